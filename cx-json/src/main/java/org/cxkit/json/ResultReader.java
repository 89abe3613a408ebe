package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.Direction;
import org.cxkit.core.Ids;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation.RecordPosition;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.UpliftResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads the results documents {@link ResultWriter} writes, strictly and fail-fast.
 *
 * <p>A result is rebuilt from its <em>primary</em> data only (histogram counts and scale; a
 * scorecard's rows, rollups and counts; an uplift's group statistics). Everything else in the
 * document (headline, shares, intervals, reasons, the weakest link, ...) is <em>derived</em>: it
 * may be left out, and when present it must have the type and, within a relative 1e-9, the value
 * the rebuilt result gives. So a document cannot say one thing in its counts and another in its
 * headline. Properties the writer does not write are errors in documents of this reader's version
 * (and ignored in documents of a newer 1.y minor version). The {@code kind} of every result object
 * comes from a closed list; nothing in the input names a Java type.
 *
 * <p>Error messages name the JSON Pointer, line and column and what was expected, and never quote a
 * string from the input.
 */
final class ResultReader {
  private static final Pattern VERSION_PATTERN =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");
  private static final double TOLERANCE = 1e-9;

  /** Parses this library's own output (trusted, and possibly larger than a caller's limits). */
  private static final com.fasterxml.jackson.core.JsonFactory OWN_OUTPUT =
      com.fasterxml.jackson.core.JsonFactory.builder()
          .streamReadConstraints(
              com.fasterxml.jackson.core.StreamReadConstraints.builder()
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNestingDepth(Integer.MAX_VALUE)
                  .build())
          .build();

  /** A parsed JSON value with its location. */
  static final class Node {
    final Tok type;
    final int line;
    final int column;
    final String text;
    final boolean intFits;
    final double number;
    final @Nullable Map<String, Node> fields;
    final @Nullable List<Node> items;

    Node(
        Tok type,
        int line,
        int column,
        String text,
        boolean intFits,
        double number,
        @Nullable Map<String, Node> fields,
        @Nullable List<Node> items) {
      this.type = type;
      this.line = line;
      this.column = column;
      this.text = text;
      this.intFits = intFits;
      this.number = number;
      this.fields = fields;
      this.items = items;
    }
  }

  private boolean newerMinor;

  private ResultReader() {}

  // ---- entry points --------------------------------------------------------------------------

  /**
   * Reads one result of {@code type}. If {@code requireEnd}, the source is before the document and
   * must hold nothing after it, and the document must start with {@code "cxkit"}; otherwise (in a
   * Jackson deserializer) the source is on the value's first token, left on its last, and the
   * version is optional.
   */
  static <R> R read(JsonSource src, Class<R> type, boolean requireEnd) {
    try {
      Tok t = requireEnd ? src.next() : src.current();
      if (t == Tok.EOF) {
        throw new CxJsonException.Details(Kind.SYNTAX, "empty document").at("", 0, 0).build();
      }
      Node root = tree(src, t, "");
      if (requireEnd && src.next() != Tok.EOF) {
        throw new CxJsonException.Details(Kind.SYNTAX, "trailing content after the document")
            .at("", src.line(), src.column())
            .build();
      }
      return new ResultReader().document(root, type, requireEnd);
    } catch (SourceFailure f) {
      CxJsonException.Details d = f.details;
      Throwable cause = f.getCause();
      throw cause == null ? d.build() : d.build(cause);
    }
  }

  /** Whether {@link #read} can produce {@code type}. */
  static boolean supports(Class<?> type) {
    return type == MetricResult.class
        || type == NpsResult.class
        || type == ScaleResult.class
        || type == ScorecardResult.class
        || type == UpliftResult.class;
  }

  // ---- tree ----------------------------------------------------------------------------------

  private static Node tree(JsonSource src, Tok t, String pointer) {
    int line = src.line();
    int column = src.column();
    try {
      switch (t) {
        case START_OBJECT -> {
          Map<String, Node> fields = new LinkedHashMap<>();
          Tok n;
          while ((n = src.next()) == Tok.NAME) {
            String name = src.text();
            String at = pointer + "/" + JsonPointer.escape(name);
            int nl = src.line();
            int nc = src.column();
            Node value = tree(src, src.next(), at);
            if (fields.put(name, value) != null) {
              throw new CxJsonException.Details(Kind.STRUCTURE, "duplicate property")
                  .at(at, nl, nc)
                  .build();
            }
          }
          if (n != Tok.END_OBJECT) {
            throw new CxJsonException.Details(Kind.SYNTAX, "unexpected end of input")
                .at(pointer, src.line(), src.column())
                .build();
          }
          return new Node(t, line, column, "", false, 0, fields, null);
        }
        case START_ARRAY -> {
          List<Node> items = new ArrayList<>();
          Tok n;
          while ((n = src.next()) != Tok.END_ARRAY) {
            if (n == Tok.EOF) {
              throw new CxJsonException.Details(Kind.SYNTAX, "unexpected end of input")
                  .at(pointer, src.line(), src.column())
                  .build();
            }
            items.add(tree(src, n, pointer + "/" + items.size()));
          }
          return new Node(t, line, column, "", false, 0, null, items);
        }
        case STRING -> {
          return new Node(t, line, column, src.text(), false, 0, null, null);
        }
        case INT, FLOAT -> {
          double d = src.doubleValue();
          if (!Double.isFinite(d)) {
            throw new CxJsonException.Details(Kind.STRUCTURE, "number out of range")
                .at(pointer, line, column)
                .expected("a finite number", "a number too large for a double")
                .build();
          }
          return new Node(
              t, line, column, src.numberText(), t == Tok.INT && src.intFits(), d, null, null);
        }
        case TRUE, FALSE, NULL -> {
          return new Node(t, line, column, "", false, 0, null, null);
        }
        default ->
            throw new CxJsonException.Details(Kind.SYNTAX, "unexpected end of input")
                .at(pointer, line, column)
                .build();
      }
    } catch (SourceFailure f) {
      if (f.details.pointer == null) {
        f.details.pointer = pointer;
      }
      throw f;
    }
  }

  // ---- document ------------------------------------------------------------------------------

  private <R> R document(Node root, Class<R> type, boolean requireVersion) {
    if (root.type != Tok.START_OBJECT) {
      throw fail(Kind.STRUCTURE, "not a cxkit results document", "", root, "an object");
    }
    Map<String, Node> f = fields(root);
    Iterator<Map.Entry<String, Node>> first = f.entrySet().iterator();
    boolean hasVersion =
        first.hasNext() && first.next().getKey().equals(ModelReader.VERSION_PROPERTY);
    if (hasVersion) {
      version(f.get(ModelReader.VERSION_PROPERTY));
    } else if (requireVersion || f.containsKey(ModelReader.VERSION_PROPERTY)) {
      throw new CxJsonException.Details(
              Kind.VERSION,
              "a cxkit document starts with its format version, \"cxkit\": \""
                  + ModelReader.VERSION
                  + "\"")
          .at("", root.line, root.column)
          .build();
    }
    Node kindNode = required(f, "kind", "", root, "result");
    String kind = string(kindNode, "/kind");
    Object result;
    String expected;
    if (type == ScorecardResult.class) {
      expected = "\"" + ResultWriter.SCORECARD + "\"";
      result = kind.equals(ResultWriter.SCORECARD) ? scorecard(root, "") : null;
    } else if (type == UpliftResult.class) {
      expected = "\"" + ResultWriter.UPLIFT + "\"";
      result = kind.equals(ResultWriter.UPLIFT) ? uplift(root, "") : null;
    } else if (type == NpsResult.class) {
      expected = "\"" + ResultWriter.NPS + "\"";
      result = kind.equals(ResultWriter.NPS) ? metricResult(root, "") : null;
    } else if (type == ScaleResult.class) {
      expected = "\"" + ResultWriter.SCALE + "\"";
      result = kind.equals(ResultWriter.SCALE) ? metricResult(root, "") : null;
    } else if (type == MetricResult.class) {
      expected = "\"" + ResultWriter.NPS + "\" or \"" + ResultWriter.SCALE + "\"";
      result =
          kind.equals(ResultWriter.NPS) || kind.equals(ResultWriter.SCALE)
              ? metricResult(root, "")
              : null;
    } else {
      throw new IllegalArgumentException(
          "cannot read "
              + type.getName()
              + "; readable result types: MetricResult,"
              + " NpsResult, ScaleResult, ScorecardResult, UpliftResult");
    }
    if (result == null) {
      throw fail(
          Kind.STRUCTURE,
          "wrong kind of result",
          "/kind",
          kindNode,
          "kind " + expected + " for " + type.getSimpleName(),
          kindName(kind));
    }
    // Derived values and unknown properties: compare with what the rebuilt result writes.
    Node written = rewrite(result);
    compare(root, written, "");
    return type.cast(result);
  }

  /** Names a kind from the closed list, or says that it is none of them (without quoting it). */
  private static String kindName(String kind) {
    for (String k :
        List.of(
            ResultWriter.NPS,
            ResultWriter.SCALE,
            ResultWriter.OTHER,
            ResultWriter.SCORECARD,
            ResultWriter.UPLIFT)) {
      if (k.equals(kind)) {
        return "kind \"" + k + "\"";
      }
    }
    return "a kind that is not in the closed list";
  }

  private void version(@Nullable Node v) {
    if (v == null || v.type != Tok.STRING) {
      throw new CxJsonException.Details(Kind.VERSION, "malformed format version")
          .at("/cxkit", v == null ? 0 : v.line, v == null ? 0 : v.column)
          .expected(
              "a string such as \"" + ModelReader.VERSION + "\"",
              v == null ? null : ModelReader.found(v.type))
          .build();
    }
    Matcher m = VERSION_PATTERN.matcher(v.text);
    if (!m.matches()) {
      throw new CxJsonException.Details(Kind.VERSION, "malformed format version")
          .at("/cxkit", v.line, v.column)
          .expected(
              "a string of the form major.minor such as \"" + ModelReader.VERSION + "\"",
              "a string of another form")
          .build();
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != ModelReader.MAJOR) {
      throw new CxJsonException.Details(
              Kind.VERSION,
              "format version "
                  + v.text
                  + " is not supported: this reader reads format "
                  + ModelReader.VERSION
                  + " (and newer "
                  + ModelReader.MAJOR
                  + ".x documents)")
          .at("/cxkit", v.line, v.column)
          .expected("format " + ModelReader.MAJOR + ".x", "format " + v.text)
          .build();
    }
    newerMinor = minor > ModelReader.MINOR;
  }

  private static Node rewrite(Object result) {
    CxJson json = CxJson.defaults();
    String text =
        result instanceof ScorecardResult s
            ? json.writeScorecard(s)
            : result instanceof UpliftResult u
                ? json.writeUplift(u)
                : json.writeResult((MetricResult) result);
    try (com.fasterxml.jackson.core.JsonParser p = OWN_OUTPUT.createParser(text)) {
      JacksonSource src = new JacksonSource(p);
      return tree(src, src.next(), "");
    } catch (java.io.IOException e) {
      throw Inputs.io(e);
    }
  }

  // ---- metric results ------------------------------------------------------------------------

  private MetricResult metricResult(Node n, String at) {
    Map<String, Node> f = object(n, at, "metric result");
    Node kindNode = required(f, "kind", at, n, "metric result");
    String kind = string(kindNode, at + "/kind");
    Node h = required(f, "histogram", at, n, "metric result");
    if (kind.equals(ResultWriter.NPS)) {
      ScaleHistogram hist = histogram(h, at + "/histogram");
      return build(at + "/histogram", h, () -> new NpsResult(hist));
    }
    if (kind.equals(ResultWriter.SCALE)) {
      String metric = string(required(f, "metric", at, n, "scale result"), at + "/metric");
      ScaleResult.Headline headline =
          enumValue(
              ScaleResult.Headline.class,
              required(f, "headlineKind", at, n, "scale result"),
              at + "/headlineKind");
      ScaleHistogram hist = histogram(h, at + "/histogram");
      return build(at, n, () -> new ScaleResult(metric, hist, headline));
    }
    throw fail(
        Kind.STRUCTURE,
        "unsupported kind of metric result",
        at + "/kind",
        kindNode,
        "\"" + ResultWriter.NPS + "\" or \"" + ResultWriter.SCALE + "\"",
        kindName(kind));
  }

  private ScaleHistogram histogram(Node n, String at) {
    Map<String, Node> f = object(n, at, "histogram");
    int min = integer(required(f, "min", at, n, "histogram"), at + "/min");
    int max = integer(required(f, "max", at, n, "histogram"), at + "/max");
    Direction better =
        enumValue(Direction.class, required(f, "better", at, n, "histogram"), at + "/better");
    int top = integer(required(f, "topBox", at, n, "histogram"), at + "/topBox");
    int good = integer(required(f, "goodBox", at, n, "histogram"), at + "/goodBox");
    int bottom = integer(required(f, "bottomBox", at, n, "histogram"), at + "/bottomBox");
    Node countsNode = required(f, "counts", at, n, "histogram");
    List<Node> items = array(countsNode, at + "/counts");
    Scale scale = build(at, n, () -> new Scale(min, max, better, top, good, bottom));
    if (items.size() != scale.points()) {
      throw fail(
          Kind.MODEL,
          "wrong number of counts",
          at + "/counts",
          countsNode,
          scale.points() + " counts, one per point of the scale",
          items.size() + " counts");
    }
    long[] counts = new long[items.size()];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = count(items.get(i), at + "/counts/" + i);
    }
    return build(at + "/counts", countsNode, () -> ScaleHistogram.of(scale, counts));
  }

  // ---- scorecard -----------------------------------------------------------------------------

  private ScorecardResult scorecard(Node n, String at) {
    String what = "scorecard";
    Map<String, Node> f = object(n, at, what);
    JourneyId journey =
        id(required(f, "journey", at, n, what), at + "/journey", "journey id", JourneyId::of);
    long minimumN = count(required(f, "minimumN", at, n, what), at + "/minimumN");
    List<TouchpointScore> rows = new ArrayList<>();
    List<Node> rowNodes = array(required(f, "rows", at, n, what), at + "/rows");
    for (int i = 0; i < rowNodes.size(); i++) {
      rows.add(row(rowNodes.get(i), at + "/rows/" + i));
    }
    List<Rollup> stages = rollups(required(f, "stages", at, n, what), at + "/stages");
    List<Rollup> phases = rollups(required(f, "phases", at, n, what), at + "/phases");
    List<Rollup> overall = rollups(required(f, "overall", at, n, what), at + "/overall");
    List<TouchpointId> noData = new ArrayList<>();
    List<Node> noDataNodes = array(required(f, "noData", at, n, what), at + "/noData");
    for (int i = 0; i < noDataNodes.size(); i++) {
      noData.add(id(noDataNodes.get(i), at + "/noData/" + i, "touchpoint id", TouchpointId::of));
    }
    Map<TouchpointId, Long> unknown =
        countMap(
            required(f, "unknownTouchpoints", at, n, what),
            at + "/unknownTouchpoints",
            "touchpoint id",
            TouchpointId::of);
    long untagged = count(required(f, "untagged", at, n, what), at + "/untagged");
    List<Reject> rejects = new ArrayList<>();
    List<Node> rejectNodes = array(required(f, "rejects", at, n, what), at + "/rejects");
    for (int i = 0; i < rejectNodes.size(); i++) {
      rejects.add(reject(rejectNodes.get(i), at + "/rejects/" + i));
    }
    @Nullable Node rejectedNode = f.get("rejected");
    long rejected = rejectedNode == null ? rejects.size() : count(rejectedNode, at + "/rejected");
    Map<StageId, Long> lowest =
        countMap(
            required(f, "lowestScoreStages", at, n, what),
            at + "/lowestScoreStages",
            "stage id",
            StageId::of);
    long compared =
        count(required(f, "respondentsCompared", at, n, what), at + "/respondentsCompared");
    return build(
        at,
        n,
        () ->
            new ScorecardResult(
                journey,
                minimumN,
                ImmutableList.copyOf(rows),
                ImmutableList.copyOf(stages),
                ImmutableList.copyOf(phases),
                ImmutableList.copyOf(overall),
                ImmutableList.copyOf(noData),
                ImmutableSortedMap.copyOf(unknown),
                untagged,
                rejected,
                ImmutableList.copyOf(rejects),
                ImmutableMap.copyOf(lowest),
                compared));
  }

  private TouchpointScore row(Node n, String at) {
    String what = "scorecard row";
    Map<String, Node> f = object(n, at, what);
    TouchpointId tp =
        id(
            required(f, "touchpoint", at, n, what),
            at + "/touchpoint",
            "touchpoint id",
            TouchpointId::of);
    StageId stage = id(required(f, "stage", at, n, what), at + "/stage", "stage id", StageId::of);
    Phase phase = enumValue(Phase.class, required(f, "phase", at, n, what), at + "/phase");
    TargetStatus status =
        enumValue(TargetStatus.class, required(f, "status", at, n, what), at + "/status");
    Optional<MetricTarget> target = Optional.empty();
    @Nullable Node t = f.get("target");
    if (t != null) {
      Map<String, Node> tf = object(t, at + "/target", "metric target");
      MeasureId measure =
          id(
              required(tf, "measure", at + "/target", t, "metric target"),
              at + "/target/measure",
              "measure id",
              MeasureId::of);
      double threshold =
          decimal(
              required(tf, "threshold", at + "/target", t, "metric target"),
              at + "/target/threshold");
      target = Optional.of(build(at + "/target", t, () -> new MetricTarget(measure, threshold)));
    }
    OptionalDouble gap = optionalDecimal(f.get("gap"), at + "/gap");
    OptionalDouble rel = optionalDecimal(f.get("relativeGap"), at + "/relativeGap");
    MetricResult result = metricResult(required(f, "result", at, n, what), at + "/result");
    Optional<MetricTarget> tg = target;
    return build(at, n, () -> new TouchpointScore(tp, stage, phase, result, tg, status, gap, rel));
  }

  private List<Rollup> rollups(Node n, String at) {
    List<Rollup> out = new ArrayList<>();
    List<Node> items = array(n, at);
    for (int i = 0; i < items.size(); i++) {
      Node r = items.get(i);
      String here = at + "/" + i;
      Map<String, Node> f = object(r, here, "rollup");
      Rollup.Level level = rollupLevel(required(f, "level", here, r, "rollup"), here + "/level");
      String name = string(required(f, "name", here, r, "rollup"), here + "/name");
      MeasureId measure =
          id(
              required(f, "measure", here, r, "rollup"),
              here + "/measure",
              "measure id",
              MeasureId::of);
      MetricResult result =
          metricResult(required(f, "result", here, r, "rollup"), here + "/result");
      out.add(build(here, r, () -> new Rollup(level, name, measure, result)));
    }
    return out;
  }

  private Reject reject(Node n, String at) {
    Map<String, Node> f = object(n, at, "reject");
    long index = count(required(f, "index", at, n, "reject"), at + "/index");
    @Nullable Node fieldNode = f.get("field");
    Optional<String> field =
        fieldNode == null ? Optional.empty() : Optional.of(string(fieldNode, at + "/field"));
    String reason = string(required(f, "reason", at, n, "reject"), at + "/reason");
    return build(at, n, () -> new Reject(new RecordPosition(index, field), reason));
  }

  private <I extends Comparable<I>> Map<I, Long> countMap(
      Node n, String at, String what, Function<String, I> parse) {
    Map<String, Node> f = object(n, at, "object of counts");
    Map<I, Long> out = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, Node> e : f.entrySet()) {
      // The property names are ids (possibly personal data): problems point at the object and
      // give the position, never a pointer that spells the name.
      String here = at;
      String which = " (property " + (i + 1) + " of " + f.size() + ")";
      I key = idText(e.getKey(), e.getValue(), here, what + " as property name" + which, parse);
      if (e.getValue().type != Tok.INT) {
        throw fail(Kind.STRUCTURE, "wrong type" + which, here, e.getValue(), "an integer count");
      }
      out.put(key, count(e.getValue(), here));
      i++;
    }
    return out;
  }

  // ---- uplift --------------------------------------------------------------------------------

  private UpliftResult uplift(Node n, String at) {
    Map<String, Node> f = object(n, at, "delight uplift");
    DelightUplift.Outcome outcome =
        enumValue(
            DelightUplift.Outcome.class,
            required(f, "outcome", at, n, "delight uplift"),
            at + "/outcome");
    Node groupsNode = required(f, "groups", at, n, "delight uplift");
    List<Node> groups = array(groupsNode, at + "/groups");
    if (groups.size() != 3) {
      throw fail(
          Kind.STRUCTURE,
          "wrong number of groups",
          at + "/groups",
          groupsNode,
          "3 groups (delighted, satisfied, dissatisfied)",
          groups.size() + " groups");
    }
    List<UpliftResult.GroupStatistics<?>> stats = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Node g = groups.get(i);
      String here = at + "/groups/" + i;
      Map<String, Node> gf = object(g, here, "uplift group");
      stats.add(
          build(
              here,
              g,
              () ->
                  switch (outcome) {
                    case BINARY ->
                        UpliftResult.GroupStatistics.binary(
                            count(required(gf, "n", here, g, "uplift group"), here + "/n"),
                            count(required(gf, "yes", here, g, "uplift group"), here + "/yes"));
                    case NPS ->
                        UpliftResult.GroupStatistics.nps(
                            count(
                                required(gf, "detractors", here, g, "uplift group"),
                                here + "/detractors"),
                            count(
                                required(gf, "passives", here, g, "uplift group"),
                                here + "/passives"),
                            count(
                                required(gf, "promoters", here, g, "uplift group"),
                                here + "/promoters"));
                    case NUMERIC ->
                        UpliftResult.GroupStatistics.numeric(
                            count(required(gf, "n", here, g, "uplift group"), here + "/n"),
                            decimal(required(gf, "mean", here, g, "uplift group"), here + "/mean"),
                            decimal(
                                required(gf, "sumOfSquares", here, g, "uplift group"),
                                here + "/sumOfSquares"));
                  }));
    }
    return build(at + "/groups", groupsNode, () -> UpliftResult.of(outcome, stats));
  }

  // ---- comparison with the rewritten result ---------------------------------------------------

  /**
   * Checks the input against what the rebuilt result writes: every property of the input must be
   * one the writer writes (unless the document is of a newer minor version), with the same type and
   * value; properties the writer writes may be missing from the input (they are derived, or were
   * required and already read).
   */
  private void compare(Node in, Node written, String at) {
    if (in.type == Tok.START_OBJECT && written.type == Tok.START_OBJECT) {
      Map<String, Node> wf = fields(written);
      for (Map.Entry<String, Node> e : fields(in).entrySet()) {
        if (at.isEmpty() && e.getKey().equals(ModelReader.VERSION_PROPERTY)) {
          continue; // checked by version()
        }
        String here = at + "/" + JsonPointer.escape(e.getKey());
        @Nullable Node w = wf.get(e.getKey());
        if (w == null) {
          if (newerMinor) {
            continue;
          }
          throw fail(
              Kind.STRUCTURE,
              "unknown property, or a value the result's data does not give",
              here,
              e.getValue(),
              "only the properties of format " + ModelReader.VERSION + " that this result has",
              null);
        }
        compare(e.getValue(), w, here);
      }
      return;
    }
    if (in.type == Tok.START_ARRAY && written.type == Tok.START_ARRAY) {
      List<Node> a = items(in);
      List<Node> b = items(written);
      if (a.size() != b.size()) {
        throw fail(
            Kind.MODEL,
            "does not match the result's data",
            at,
            in,
            b.size() + " elements",
            a.size() + " elements");
      }
      for (int i = 0; i < a.size(); i++) {
        compare(a.get(i), b.get(i), at + "/" + i);
      }
      return;
    }
    boolean inNumber = in.type == Tok.INT || in.type == Tok.FLOAT;
    boolean wNumber = written.type == Tok.INT || written.type == Tok.FLOAT;
    if (inNumber && wNumber) {
      if (written.type == Tok.INT && in.type != Tok.INT) {
        throw fail(Kind.STRUCTURE, "wrong type", at, in, "an integer");
      }
      if (written.type == Tok.INT
          ? !in.text.equals(written.text)
          : !close(in.number, written.number)) {
        throw fail(
            Kind.MODEL,
            "does not match the value computed from the result's data",
            at,
            in,
            "the computed value (within a relative 1e-9)",
            "another number");
      }
      return;
    }
    if (in.type == Tok.STRING && written.type == Tok.STRING) {
      if (!in.text.equals(written.text)) {
        throw fail(
            Kind.MODEL,
            "does not match the value computed from the result's data",
            at,
            in,
            "the computed string",
            "another string");
      }
      return;
    }
    if (in.type == written.type) {
      return;
    }
    throw fail(Kind.STRUCTURE, "wrong type", at, in, ModelReader.found(written.type));
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
  }

  // ---- typed values --------------------------------------------------------------------------

  private static Map<String, Node> fields(Node n) {
    Map<String, Node> f = n.fields;
    if (f == null) {
      throw new IllegalStateException("not an object");
    }
    return f;
  }

  private static List<Node> items(Node n) {
    List<Node> i = n.items;
    if (i == null) {
      throw new IllegalStateException("not an array");
    }
    return i;
  }

  private static Map<String, Node> object(Node n, String at, String what) {
    if (n.type != Tok.START_OBJECT) {
      throw fail(Kind.STRUCTURE, "wrong type", at, n, "a " + what + " object");
    }
    return fields(n);
  }

  private static List<Node> array(Node n, String at) {
    if (n.type != Tok.START_ARRAY) {
      throw fail(Kind.STRUCTURE, "wrong type", at, n, "an array");
    }
    return items(n);
  }

  private static Node required(
      Map<String, Node> f, String name, String at, Node parent, String what) {
    @Nullable Node n = f.get(name);
    if (n == null) {
      throw fail(
          Kind.STRUCTURE,
          "missing property \"" + name + "\"",
          at,
          parent,
          "a " + what + " with \"" + name + "\"",
          null);
    }
    return n;
  }

  private static String string(Node n, String at) {
    if (n.type != Tok.STRING) {
      throw fail(Kind.STRUCTURE, "wrong type", at, n, "a string");
    }
    return n.text;
  }

  private static int integer(Node n, String at) {
    if (n.type != Tok.INT || !n.intFits) {
      throw fail(
          Kind.STRUCTURE,
          "wrong type",
          at,
          n,
          "an integer in the int range",
          n.type == Tok.INT ? "an integer out of range" : ModelReader.found(n.type));
    }
    return Integer.parseInt(n.text);
  }

  /** A count: an integer from 0 to {@code Long.MAX_VALUE}. */
  private static long count(Node n, String at) {
    if (n.type == Tok.INT) {
      try {
        long v = Long.parseLong(n.text);
        if (v >= 0) {
          return v;
        }
      } catch (NumberFormatException e) {
        // out of range: below
      }
      throw fail(
          Kind.STRUCTURE,
          "count out of range",
          at,
          n,
          "an integer from 0 to " + Long.MAX_VALUE,
          "an integer out of range");
    }
    throw fail(Kind.STRUCTURE, "wrong type", at, n, "an integer count");
  }

  private static double decimal(Node n, String at) {
    if (n.type != Tok.INT && n.type != Tok.FLOAT) {
      throw fail(Kind.STRUCTURE, "wrong type", at, n, "a number");
    }
    return n.number;
  }

  private static OptionalDouble optionalDecimal(@Nullable Node n, String at) {
    return n == null ? OptionalDouble.empty() : OptionalDouble.of(decimal(n, at));
  }

  /** A rollup level, written in lower case ({@code stage}, {@code phase}, {@code journey}). */
  private static Rollup.Level rollupLevel(Node n, String at) {
    String text = string(n, at);
    for (Rollup.Level l : Rollup.Level.values()) {
      if (l.name().toLowerCase(java.util.Locale.ROOT).equals(text)) {
        return l;
      }
    }
    throw fail(
        Kind.STRUCTURE, "not a known value", at, n, "stage, phase or journey", "another string");
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, Node n, String at) {
    String text = string(n, at);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return e;
      }
    }
    throw fail(
        Kind.STRUCTURE,
        "not a known value",
        at,
        n,
        "one of " + java.util.EnumSet.allOf(type),
        "another string");
  }

  private static <I> I id(Node n, String at, String what, Function<String, I> parse) {
    return idText(string(n, at), n, at, what, parse);
  }

  /** Parses an id; a malformed one is described without quoting it (input may be personal data). */
  private static <I> I idText(
      String text, Node n, String at, String what, Function<String, I> parse) {
    if (Ids.isValid(text)) {
      return parse.apply(text);
    }
    throw fail(
        Kind.MODEL,
        "malformed " + what,
        at,
        n,
        Messages.slugExpectation(),
        Messages.describeWithoutContent(text));
  }

  /**
   * Runs a constructor of cx-core or cx-metrics; its {@code IllegalArgumentException} (or overflow)
   * becomes a {@code CxJsonException} at {@code at}. Those messages describe numbers and structure,
   * not strings from the input (ids are checked before they get there).
   */
  private static <T> T build(String at, Node n, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | ArithmeticException e) {
      throw new CxJsonException.Details(Kind.MODEL, "invalid result: " + Messages.safe(e))
          .at(at, n.line, n.column)
          .build();
    }
  }

  private static CxJsonException fail(
      Kind kind, String message, String at, Node n, String expected) {
    return fail(kind, message, at, n, expected, ModelReader.found(n.type));
  }

  private static CxJsonException fail(
      Kind kind, String message, String at, Node n, String expected, @Nullable String found) {
    return new CxJsonException.Details(kind, message)
        .at(at, n.line, n.column)
        .expected(expected, found)
        .build();
  }
}
