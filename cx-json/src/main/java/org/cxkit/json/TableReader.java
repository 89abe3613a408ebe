package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.MeasureId;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.Problem;
import org.cxkit.json.CxJsonException.JsonProblem;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reads one cxkit document from a {@link JsonSource}, streaming, driven by the property tables
 * ({@link ObjectCodec}) of its types: the model format and the results format share it.
 *
 * <p>Strict: every property is typed (no coercion between strings, numbers, booleans and null),
 * unknown properties are errors in documents of this reader's version or older (and kept as
 * extensions of a model, or ignored in results, in documents of a newer minor version), duplicate
 * properties are errors. A model document's problems of shape are collected (up to {@link
 * #MAX_PROBLEMS}) and thrown together; if its shape is right, the model is built and its validation
 * problems are mapped to JSON Pointers. A results document fails on its first problem.
 *
 * <p>Error messages name the JSON Pointer, line and column and what was expected, and never quote a
 * string from the input. One instance reads one document; not thread-safe.
 */
final class TableReader {
  static final int MAJOR = 1;

  /** The model format's minor version: 1.1 added the blueprint. */
  static final int MINOR = 1;

  static final String VERSION = MAJOR + "." + MINOR;

  /** The results documents' minor version: unchanged since 1.0. */
  static final int RESULTS_MINOR = 0;

  static final String RESULTS_VERSION = MAJOR + "." + RESULTS_MINOR;
  static final String VERSION_PROPERTY = "cxkit";

  /** Most problems a model document reports at once. */
  static final int MAX_PROBLEMS = 100;

  private static final Pattern VERSION_PATTERN =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");
  private static final double TOLERANCE = 1e-9;

  /** What a results document says about a property this result does not have. */
  static final String NOT_GIVEN = "unknown property, or a value the result's data does not give";

  private static final String NOT_GIVEN_EXPECTED =
      "only the properties of format " + RESULTS_VERSION + " that this result has";

  /** Thrown after a problem was recorded and the offending value skipped. */
  static final class Skipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skipped() {
      super(null, null, false, false);
    }
  }

  @SuppressWarnings("StaticAssignmentOfThrowable") // stackless control flow, never seen by callers
  static final Skipped SKIPPED = new Skipped();

  /** The source being read; a replay of held tokens while they are judged. */
  JsonSource src;

  final JsonPointer path = new JsonPointer();

  /** A results document: fails on its first problem, every value located, results' wording. */
  final boolean results;

  /** The result kinds a results document may hold. */
  final ResultKinds kinds;

  /** Records handed over in bulk (responses, events): read as results are, unversioned. */
  private final boolean records;

  private final int maxProblems;
  private final List<JsonProblem> problems = new ArrayList<>();
  private boolean shapeProblem;
  private int firstLine;
  private int firstColumn;
  private @Nullable String firstExpected;
  private @Nullable String firstFound;

  /** The document declares a newer minor version than this reader's. */
  boolean newerMinor;

  private boolean versionRead;

  /** A model document's properties of a newer minor version, by the pointer of their object. */
  final Map<String, Map<String, RawJson>> extensions = new LinkedHashMap<>();

  /** Measure ids repeat across touchpoints: validate each distinct one once per document. */
  private final Map<String, MeasureId> measureIds = new HashMap<>();

  /** The live source of a results document, for reading it to its end after a problem. */
  private final @Nullable Depth live;

  private boolean requireEnd;

  private TableReader(
      JsonSource src, boolean results, ResultKinds kinds, @Nullable Depth live, boolean records) {
    this.src = src;
    this.results = results;
    this.records = records;
    this.kinds = kinds;
    this.maxProblems = results ? 1 : MAX_PROBLEMS;
    this.live = live;
  }

  /** The version this reader's kind of document is written in. */
  private String version() {
    return results ? RESULTS_VERSION : VERSION;
  }

  /** A reader of a model document. */
  static TableReader forModel(JsonSource src) {
    return new TableReader(src, false, ResultKinds.BUILT_IN, null, false);
  }

  /** A reader of a results document holding the given kinds. */
  static TableReader forResults(JsonSource src, ResultKinds kinds) {
    Depth live = new Depth(src);
    return new TableReader(live, true, kinds, live, false);
  }

  /**
   * A reader of one record handed over in bulk (a response, an event): fails on its first problem,
   * every value located, and an unknown property is named as one of the record's type.
   */
  static TableReader forRecords(JsonSource src) {
    Depth live = new Depth(src);
    return new TableReader(live, true, ResultKinds.BUILT_IN, live, true);
  }

  /**
   * Runs {@code body}, completing a failure of the source with the pointer the reader is at.
   *
   * <p>A results document stops at its first problem, but malformed JSON anywhere in it is reported
   * before that problem (as the model reader, which reads on after a problem, does): the rest of
   * the document is read, and a syntax error, a limit or trailing content there is what fails.
   *
   * @throws CxJsonException for every problem of the document
   */
  <T> T run(Supplier<T> body) {
    try {
      return body.get();
    } catch (SourceFailure f) {
      throw complete(f, path.current());
    } catch (CxJsonException e) {
      if (live != null) {
        try {
          live.finish();
          if (requireEnd && live.next() != Tok.EOF) {
            throw new CxJsonException.Details(Kind.SYNTAX, "trailing content after the document")
                .at("", live.line(), live.column())
                .build();
          }
        } catch (SourceFailure f) {
          throw complete(f, "");
        }
      }
      throw e;
    }
  }

  private static CxJsonException complete(SourceFailure f, String pointer) {
    CxJsonException.Details d = f.details;
    if (d.pointer == null) {
      d.pointer = pointer;
    }
    Throwable cause = f.getCause();
    return cause == null ? d.build() : d.build(cause);
  }

  /** A source that knows how deep in the document it is. */
  private static final class Depth extends ForwardingSource {
    private int depth;

    Depth(JsonSource d) {
      super(d);
      Tok t = d.current();
      depth = t == Tok.START_OBJECT || t == Tok.START_ARRAY ? 1 : 0;
    }

    /** Reads to the end of the document's value (syntax errors and limits included). */
    void finish() {
      while (depth > 0 && next() != Tok.EOF) {
        // the tokens are read for what the parser finds in them
      }
    }

    @Override
    public Tok next() {
      Tok t = delegate.next();
      if (t == Tok.START_OBJECT || t == Tok.START_ARRAY) {
        depth++;
      } else if (t == Tok.END_OBJECT || t == Tok.END_ARRAY) {
        depth--;
      }
      return t;
    }

    @Override
    public void skipChildren() {
      Tok t = delegate.current();
      delegate.skipChildren();
      if (t == Tok.START_OBJECT || t == Tok.START_ARRAY) {
        depth--;
      }
    }
  }

  /** The first token of the document: the next one, or (in a Jackson deserializer) the current. */
  Tok start(boolean requireEnd) {
    this.requireEnd = requireEnd;
    Tok t = requireEnd ? src.next() : src.current();
    if (t == Tok.EOF) {
      throw new CxJsonException.Details(Kind.SYNTAX, "empty document").at("", 0, 0).build();
    }
    return t;
  }

  /** If {@code requireEnd}, checks that nothing follows the document. */
  void end(boolean requireEnd) {
    if (requireEnd && src.next() != Tok.EOF) {
      throw new CxJsonException.Details(Kind.SYNTAX, "trailing content after the document")
          .at("", src.line(), src.column())
          .build();
    }
  }

  // ---- problems ------------------------------------------------------------------------------

  /** Throws the problems recorded so far, if any. */
  void throwProblems() {
    if (!problems.isEmpty()) {
      throw failure();
    }
  }

  /** Records the validation problems of a model that cx-core rejected, and throws them all. */
  CxJsonException invalidModel(ModelValidationException e) {
    for (Problem p : e.problems()) {
      problems.add(new JsonProblem(p.path().toJsonPointer(), p.redactedMessage()));
    }
    return failure();
  }

  private CxJsonException failure() {
    ImmutableList<JsonProblem> all = ImmutableList.copyOf(problems);
    Kind kind = shapeProblem ? Kind.STRUCTURE : Kind.MODEL;
    String what =
        kind == Kind.MODEL
            ? "invalid model"
            : "document does not match the cxkit format " + version();
    if (all.size() == 1) {
      JsonProblem p = all.get(0);
      CxJsonException.Details d =
          new CxJsonException.Details(
              kind, firstExpected == null ? p.message() : stripExpectation(p.message()));
      d.at(p.pointer(), firstLine, firstColumn);
      if (firstExpected != null) {
        d.expected(firstExpected, firstFound);
      }
      return d.build();
    }
    String msg =
        what + ": " + all.size() + (all.size() >= MAX_PROBLEMS ? " or more" : "") + " problems";
    return new CxJsonException.Details(kind, msg).problems(all).build();
  }

  private static String stripExpectation(String message) {
    int i = message.indexOf(": expected ");
    return i < 0 ? message : message.substring(0, i);
  }

  /** Records a problem of shape with the current value (at the current token). */
  void shape(String message, @Nullable String expected, @Nullable Object found) {
    String foundText = found instanceof Tok tok ? found(tok) : (String) found;
    problem(Kind.STRUCTURE, message, expected, foundText, src.line(), src.column());
  }

  /** Records a problem at the current pointer; a results document throws it at once. */
  void problem(
      Kind kind,
      String message,
      @Nullable String expected,
      @Nullable String found,
      int line,
      int column) {
    if (problems.isEmpty()) {
      firstLine = line;
      firstColumn = column;
      firstExpected = expected;
      firstFound = found;
    }
    if (kind == Kind.STRUCTURE) {
      shapeProblem = true;
    }
    StringBuilder sb = new StringBuilder(message);
    if (expected != null) {
      sb.append(": expected ").append(expected);
      if (found != null) {
        sb.append(", found ").append(found);
      }
    }
    add(new JsonProblem(path.current(), sb.toString()));
  }

  /** Records a model problem (from cx-core's validation: no location in the text). */
  void model(String message) {
    problem(Kind.MODEL, message, null, null, 0, 0);
  }

  private void add(JsonProblem p) {
    problems.add(p);
    if (problems.size() >= maxProblems) {
      throw failure();
    }
  }

  /** Records that the current value has the wrong type, skips it, and gives up on it. */
  Skipped wrongType(String expected, Tok found) {
    shape("wrong type", expected, found);
    src.skipChildren();
    throw SKIPPED;
  }

  /** Records a derived figure that differs from the one the rebuilt result gives. */
  void mismatch(String expected, String found, int line, int column) {
    problem(
        Kind.MODEL,
        "does not match the value computed from the result's data",
        expected,
        found,
        line,
        column);
  }

  static String found(Tok t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case STRING -> "a string";
      case INT -> "an integer";
      case FLOAT -> "a decimal number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      default -> "the end of input";
    };
  }

  // ---- version -------------------------------------------------------------------------------

  /**
   * Reads the format version, the first property of a document (the source is on the document's
   * start). Returns it, or null if the document has none and {@code required} is false (the source
   * is then on the first property's name, or on the end of the object).
   */
  @Nullable String version(boolean required) {
    Tok t = src.next();
    if (t != Tok.NAME || !VERSION_PROPERTY.equals(src.text())) {
      if (!required) {
        return null;
      }
      throw versionFirst();
    }
    Tok v = src.next();
    path.push(VERSION_PROPERTY);
    if (v != Tok.STRING) {
      throw new CxJsonException.Details(Kind.VERSION, "malformed format version")
          .at(path.current(), src.line(), src.column())
          .expected("a string such as \"" + version() + "\"", found(v))
          .build();
    }
    String text = src.text();
    Matcher m = VERSION_PATTERN.matcher(text);
    if (!m.matches()) {
      throw new CxJsonException.Details(Kind.VERSION, "malformed format version")
          .at(path.current(), src.line(), src.column())
          .expected(
              "a string of the form major.minor such as \"" + version() + "\"",
              "a string of another form")
          .build();
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != MAJOR) {
      throw new CxJsonException.Details(
              Kind.VERSION,
              "format version "
                  + text
                  + " is not supported: this reader reads format "
                  + version()
                  + " (and newer "
                  + MAJOR
                  + ".x documents)")
          .at(path.current(), src.line(), src.column())
          .expected("format " + MAJOR + ".x", "format " + text)
          .build();
    }
    path.pop();
    newerMinor = minor > (results ? RESULTS_MINOR : MINOR);
    versionRead = true;
    return text;
  }

  private static String names(ObjectCodec<?, ?> type) {
    StringBuilder sb = new StringBuilder();
    for (Prop<?, ?, ?> p : type.props) {
      sb.append(sb.length() == 0 ? "" : ", ").append('"').append(p.name).append('"');
    }
    return sb.toString();
  }

  private CxJsonException versionFirst() {
    return new CxJsonException.Details(
            Kind.VERSION,
            "a cxkit document starts with its format version, \"cxkit\": \"" + version() + "\"")
        .at("", src.line(), src.column())
        .build();
  }

  // ---- objects -------------------------------------------------------------------------------

  /**
   * Reads the properties of an object whose start (at {@code line}, {@code column}) was read; the
   * properties in {@code preSeen} were read already. Returns the values, or null if a problem was
   * found inside the object.
   */
  @Nullable Values readObject(ObjectCodec<?, ?> type, long preSeen, int line, int column) {
    int before = problems.size();
    Values values = new Values(type, results, line, column);
    long seen = preSeen;
    while (src.next() == Tok.NAME) {
      String name = src.text();
      src.next();
      int i = type.index(name);
      if (i < 0) {
        unknown(name, type);
        continue;
      }
      long bit = 1L << i;
      path.push(name);
      try {
        if ((seen & bit) != 0) {
          shape("duplicate property", null, null);
          src.skipChildren();
          continue;
        }
        seen |= bit;
        Prop<?, ?, ?> p = type.props.get(i);
        int l = results ? src.line() : 0;
        int c = results ? src.column() : 0;
        values.set(i, p.mode == Prop.Mode.DERIVED ? hold() : p.codec.read(this), l, c);
      } catch (Skipped s) {
        // recorded; the value was skipped
      } finally {
        path.pop();
      }
    }
    long missing = type.required & ~seen;
    if (missing != 0) {
      for (int i = 0; i < type.size(); i++) {
        if ((missing & (1L << i)) != 0) {
          shape(
              "missing required property \"" + type.props.get(i).name + "\" of a " + type.what,
              null,
              null);
        }
      }
    }
    return problems.size() == before ? values : null;
  }

  /** Holds the current value as tokens (a duplicate property inside it is an error). */
  RawJson capture() {
    return RawJson.capture(
        src,
        () -> {
          throw new SourceFailure(
              new CxJsonException.Details(Kind.STRUCTURE, "duplicate property")
                  .at(path.current(), src.line(), src.column()));
        });
  }

  /**
   * Holds a derived figure as tokens, to be checked once the result is rebuilt (the check finds a
   * duplicate property inside it, at its own pointer).
   */
  private RawJson hold() {
    return RawJson.capture(src, () -> {});
  }

  private void unknown(String name, ObjectCodec<?, ?> type) {
    path.push(name);
    try {
      if (records) {
        shape("unknown property of a " + type.what, "one of " + names(type), null);
        src.skipChildren();
      } else if (results && path.depth() == 1 && VERSION_PROPERTY.equals(name)) {
        if (!versionRead) {
          throw versionFirst();
        }
        shape("duplicate property", null, null);
        src.skipChildren();
      } else if (newerMinor && results) {
        capture(); // a newer writer's property: ignored, once it is known to be well-formed
      } else if (newerMinor) {
        String at = path.parent();
        Map<String, RawJson> m = extensions.computeIfAbsent(at, k -> new LinkedHashMap<>());
        if (m.containsKey(name)) {
          shape("duplicate property", null, null);
          src.skipChildren();
          return;
        }
        m.put(name, capture());
      } else if (results) {
        shape(NOT_GIVEN, NOT_GIVEN_EXPECTED, null);
        src.skipChildren();
      } else {
        shape(
            "unknown property in a format "
                + version()
                + " document (newer properties are kept only in documents"
                + " that declare a newer 1.x version)",
            null,
            null);
        src.skipChildren();
      }
    } finally {
      path.pop();
    }
  }

  // ---- results: kinds and derived figures ----------------------------------------------------

  /**
   * Reads a result object of one of {@code kinds}, as its {@code "kind"} property says. The source
   * is on the object's start, or (if {@code onFirst}) on its first property name or its end. The
   * properties before {@code "kind"} are held and read once the kind is known.
   */
  Object readKinded(
      List<ResultKind<?>> kinds, String wanted, int line, int column, boolean onFirst) {
    RawJson.Tokens held = new RawJson.Tokens();
    Tok t = onFirst ? src.current() : src.next();
    while (t == Tok.NAME && !ResultKind.KIND.equals(src.text())) {
      held.add(Tok.NAME, src.text(), src.line(), src.column());
      src.next();
      held.addValue(src, () -> {});
      t = src.next();
    }
    if (t != Tok.NAME) {
      problem(
          Kind.STRUCTURE,
          "missing required property \"" + ResultKind.KIND + "\" of a result",
          null,
          null,
          src.line(),
          src.column());
      throw SKIPPED;
    }
    Tok v = src.next();
    path.push(ResultKind.KIND);
    if (v != Tok.STRING) {
      wrongType("a string", v);
    }
    String name = src.text();
    ResultKind<?> kind = null;
    for (ResultKind<?> k : kinds) {
      if (k.name().equals(name)) {
        kind = k;
      }
    }
    if (kind == null) {
      problem(
          Kind.STRUCTURE,
          "wrong kind of result",
          wanted,
          this.kinds.describe(name),
          src.line(),
          src.column());
      throw SKIPPED;
    }
    path.pop();
    if (!held.isEmpty()) {
      src = held.freeze().replay(src);
    }
    return readKind(kind, line, column);
  }

  private <R> R readKind(ResultKind<R> kind, int line, int column) {
    ObjectCodec<R, R> type = kind.codec();
    Values v = readObject(type, 1L << type.index(kind.kindProperty()), line, column);
    src = RawJson.unwrap(src);
    R r = v == null ? null : type.complete(v, this);
    if (r == null) {
      throw SKIPPED; // never in a results document, which throws on its first problem
    }
    return r;
  }

  /**
   * Checks the derived figures an object was read with against the object rebuilt from its primary
   * data: each must be one the object has, of the same type and value.
   */
  <T> void checkDerived(ObjectCodec<T, ?> type, Values v, T built) {
    for (int i = 0; i < type.size(); i++) {
      Prop<? super T, ?, ?> p = type.props.get(i);
      if (p.mode == Prop.Mode.DERIVED && v.slot(i) instanceof RawJson raw) {
        path.push(p.name);
        try {
          checkHeld(p, raw, built);
        } finally {
          path.pop();
        }
      }
    }
  }

  private <T, W> void checkHeld(Prop<T, W, ?> p, RawJson raw, T built) {
    W expected = p.written(built);
    if (expected == null && !newerMinor) {
      problem(Kind.STRUCTURE, NOT_GIVEN, NOT_GIVEN_EXPECTED, null, raw.line(), raw.column());
      return;
    }
    JsonSource reading = src;
    src = raw.replay(null);
    try {
      src.next();
      if (expected == null) {
        capture(); // a newer writer's figure: ignored, once it is known to be well-formed
      } else {
        p.codec.check(this, expected);
      }
    } finally {
      src = reading;
    }
  }

  /**
   * Checks the primary values an object was read with against the object as rebuilt: each must be
   * one the rebuilt object has, with the same value (for values whose meaning depends on another
   * property, such as an uplift group's statistics on the outcome type).
   */
  <T> void checkRead(ObjectCodec<T, ?> type, Values v, T built) {
    for (int i = 0; i < type.size(); i++) {
      Prop<? super T, ?, ?> p = type.props.get(i);
      Object read = v.slot(i);
      if (p.mode != Prop.Mode.DERIVED && read != null) {
        Object expected = p.written(built);
        if (expected == null && !newerMinor) {
          throw fail(v, p, Kind.STRUCTURE, NOT_GIVEN, NOT_GIVEN_EXPECTED, null);
        }
        if (expected != null && !expected.equals(read)) {
          path.push(p.name);
          mismatch("the computed value", "another value", v.line(i), v.column(i));
          path.pop();
        }
      }
    }
  }

  /** Checks an object value (a derived figure) against the object the result gives. */
  <T> void checkObject(ObjectCodec<T, ?> type, T expected) {
    Tok t = src.current();
    if (t != Tok.START_OBJECT) {
      wrongType("an object (" + type.what + ")", t);
    }
    long seen = 0;
    while (src.next() == Tok.NAME) {
      String name = src.text();
      src.next();
      int i = type.index(name);
      path.push(name);
      try {
        if (i >= 0 && (seen & (1L << i)) != 0) {
          shape("duplicate property", null, null);
          src.skipChildren();
        } else if (i < 0 || !checkProperty(type.props.get(i), expected)) {
          if (newerMinor) {
            capture();
          } else {
            shape(NOT_GIVEN, NOT_GIVEN_EXPECTED, null);
            src.skipChildren();
          }
        }
        if (i >= 0) {
          seen |= 1L << i;
        }
      } finally {
        path.pop();
      }
    }
  }

  /** Checks one property's value; false if the expected object does not have it. */
  private <T, W> boolean checkProperty(Prop<T, W, ?> p, T expected) {
    W w = p.written(expected);
    if (w == null) {
      return false;
    }
    p.codec.check(this, w);
    return true;
  }

  /** Whether two numbers agree within a relative 1e-9. */
  static boolean close(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  /**
   * Runs a constructor of cx-core or cx-metrics for a result object; its {@code
   * IllegalArgumentException} (or overflow) is a problem at {@code at} (or at the object). Those
   * messages describe numbers and structure, not strings from the input (ids are checked before
   * they get there).
   */
  <T> T build(Values v, @Nullable Prop<?, ?, ?> at, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw fail(v, at, Kind.MODEL, "invalid result: " + Messages.safe(e), null, null);
    }
  }

  /** Records a problem with property {@code at} of an object (or the object) and gives up. */
  Skipped fail(
      Values v,
      @Nullable Prop<?, ?, ?> at,
      Kind kind,
      String message,
      @Nullable String expected,
      @Nullable String found) {
    int i = at == null ? -1 : v.type.index(at);
    if (at != null) {
      path.push(at.name);
    }
    try {
      problem(
          kind,
          message,
          expected,
          found,
          i < 0 ? v.line : v.line(i),
          i < 0 ? v.column : v.column(i));
    } finally {
      if (at != null) {
        path.pop();
      }
    }
    throw SKIPPED;
  }

  // ---- model: ids and records ----------------------------------------------------------------

  /** Parses an id at {@code .../id}; a malformed one is a model problem (never quoting it). */
  <I> @Nullable I id(String raw, Function<String, I> parse) {
    path.push("id");
    try {
      return parse.apply(raw);
    } catch (IllegalArgumentException e) {
      model(Problem.of(ModelPath.root(), e).redactedMessage()); // never quote input
      return null;
    } finally {
      path.pop();
    }
  }

  /** A measure id, parsed once per document. */
  @Nullable MeasureId measureId(String raw) {
    MeasureId m = measureIds.get(raw);
    if (m == null) {
      m = id(raw, MeasureId::of);
      if (m != null) {
        measureIds.put(raw, m);
      }
    }
    return m;
  }

  /**
   * Builds a record of the model, recording its validation failure as a model problem at the
   * current pointer.
   */
  <T> @Nullable T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (ModelValidationException e) {
      String base = path.current();
      for (Problem p : e.problems()) {
        add(new JsonProblem(base + p.path().toJsonPointer(), p.redactedMessage()));
      }
      return null;
    } catch (IllegalArgumentException e) {
      model(Problem.of(ModelPath.root(), e).redactedMessage()); // never quote input
      return null;
    }
  }

  // ---- values --------------------------------------------------------------------------------

  <T> List<T> list(Supplier<@Nullable T> element) {
    Tok t = src.current();
    if (t != Tok.START_ARRAY) {
      throw wrongType("an array", t);
    }
    ImmutableList.Builder<T> b = ImmutableList.builder();
    int i = 0;
    while (src.next() != Tok.END_ARRAY) {
      path.push(i++);
      try {
        T v = element.get();
        if (v != null) {
          b.add(v);
        }
      } catch (Skipped s) {
        // recorded
      } finally {
        path.pop();
      }
    }
    return b.build();
  }

  String str() {
    Tok t = src.current();
    if (t != Tok.STRING) {
      throw wrongType("a string", t);
    }
    String s = src.text();
    if (!wellFormed(s)) {
      shape("string with an unpaired surrogate", "well-formed Unicode text", null);
      throw SKIPPED;
    }
    return s;
  }

  /** True if the string has no unpaired UTF-16 surrogates (they could not be written as UTF-8). */
  static boolean wellFormed(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  int integer() {
    Tok t = src.current();
    if (t != Tok.INT) {
      throw wrongType("an integer", t);
    }
    if (!src.intFits()) {
      shape(
          "integer out of range",
          "an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE,
          null);
      throw SKIPPED;
    }
    if (results) {
      negativeZero(src.numberText());
    }
    return src.intValue();
  }

  /**
   * A results document holds integers exactly as the writer writes them, so never {@code -0} (which
   * would read as 0 and be written back differently).
   */
  private void negativeZero(String text) {
    if (text.equals("-0")) {
      shape("malformed integer", "an integer without a sign on 0", "-0");
      throw SKIPPED;
    }
  }

  /** A count: an integer from 0 to {@code Long.MAX_VALUE}. */
  long count() {
    Tok t = src.current();
    if (t != Tok.INT) {
      throw wrongType("an integer count", t);
    }
    String text = src.numberText();
    negativeZero(text);
    try {
      long v = Long.parseLong(text);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // out of range: below
    }
    shape(
        "count out of range", "an integer from 0 to " + Long.MAX_VALUE, "an integer out of range");
    throw SKIPPED;
  }

  double number() {
    Tok t = src.current();
    if (t != Tok.INT && t != Tok.FLOAT) {
      throw wrongType("a number", t);
    }
    double d = src.doubleValue();
    if (!Double.isFinite(d)) {
      shape("number out of range", "a finite number", null);
      throw SKIPPED;
    }
    return d;
  }

  boolean bool() {
    Tok t = src.current();
    if (t == Tok.TRUE) {
      return true;
    }
    if (t == Tok.FALSE) {
      return false;
    }
    throw wrongType("a boolean", t);
  }

  LocalDate date() {
    String s = str();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    shape("malformed date", "a date of the form yyyy-mm-dd", "a string of another form");
    throw SKIPPED;
  }

  /** The minor number of a well-formed {@code major.minor} version, as the reader accepted it. */
  static int minorOf(String version) {
    Matcher m = VERSION_PATTERN.matcher(version);
    if (!m.matches()) {
      throw new IllegalArgumentException("not a format version of the form major.minor");
    }
    return Integer.parseInt(m.group(2));
  }

  Duration duration() {
    String s = str();
    try {
      if (s.length() <= 64) {
        Duration d = Duration.parse(s);
        if (!d.isNegative() && d.toString().equals(s)) { // one spelling, so a re-write is stable
          return d;
        }
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    shape(
        "malformed duration",
        "a non-negative ISO-8601 duration as java.time.Duration writes it, such as \"PT30S\" or"
            + " \"PT120H\"",
        "a string of another form");
    throw SKIPPED;
  }

  <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = str();
    E e = constant(type, s);
    if (e == null) {
      shape("unknown value", "one of " + EnumSet.allOf(type), "a string of another value");
      throw SKIPPED;
    }
    return e;
  }

  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> m = new HashMap<>();
          for (Object e : type.getEnumConstants()) {
            m.put(((Enum<?>) e).name(), (Enum<?>) e);
          }
          return m;
        }
      };

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String s) {
    return type.cast(CONSTANTS.get(type).get(s));
  }

  <E extends Enum<E>> ImmutableSet<E> enumSet(Class<E> type) {
    Tok t = src.current();
    if (t != Tok.START_ARRAY) {
      throw wrongType("an array", t);
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    int i = 0;
    while (src.next() != Tok.END_ARRAY) {
      path.push(i++);
      try {
        E e = enumValue(type);
        if (!set.add(e)) {
          shape("duplicate value in a set", null, null);
        }
      } catch (Skipped s) {
        // recorded
      } finally {
        path.pop();
      }
    }
    return ImmutableSet.copyOf(set);
  }

  <E extends Enum<E>, V> Map<E, V> enumMap(Class<E> type, Supplier<V> value) {
    Tok t = src.current();
    if (t != Tok.START_OBJECT) {
      throw wrongType("an object", t);
    }
    Map<E, V> map = new EnumMap<>(type);
    while (src.next() == Tok.NAME) {
      String name = src.text();
      src.next();
      path.push(name);
      try {
        E key = constant(type, name);
        if (key == null) {
          shape("unknown key", "keys from " + EnumSet.allOf(type), null);
          src.skipChildren();
          continue;
        }
        V v = value.get();
        if (map.put(key, v) != null) {
          shape("duplicate property", null, null);
        }
      } catch (Skipped s) {
        // recorded
      } finally {
        path.pop();
      }
    }
    return map;
  }
}
