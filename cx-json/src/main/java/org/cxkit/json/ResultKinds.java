package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.MetricResult;

/**
 * The result kinds one {@link CxJson} writes and reads: cxkit's own, then the host's in the order
 * they were registered, then the write-only fallback for a metric result of an unregistered type.
 * Immutable. Also the entry points for results documents.
 */
final class ResultKinds {
  static final ResultKinds BUILT_IN = new ResultKinds(ResultFormat.KINDS);

  /** In lookup order: the first kind whose type a value is an instance of writes it. */
  private final ImmutableList<ResultKind<?>> kinds;

  private final ImmutableMap<String, ResultKind<?>> byName;

  private ResultKinds(List<ResultKind<?>> kinds) {
    this.kinds = ImmutableList.copyOf(kinds);
    ImmutableMap.Builder<String, ResultKind<?>> b = ImmutableMap.builder();
    kinds.forEach(k -> b.put(k.name(), k));
    this.byName = b.buildOrThrow();
  }

  /**
   * These kinds and {@code kind}, which is looked up before cxkit's write-only fallback.
   *
   * @throws IllegalArgumentException if a kind of that name or for that type is registered
   */
  ResultKinds with(ResultKind<?> kind) {
    for (ResultKind<?> k : kinds) {
      checkArgument(!k.name().equals(kind.name()), "result kind %s is registered already", k);
      checkArgument(
          !k.readable() || k.type() != kind.type(),
          "a result kind for %s is registered already: %s",
          kind.type().getName(),
          k);
    }
    List<ResultKind<?>> all = new ArrayList<>(kinds);
    all.add(all.size() - 1, kind);
    return new ResultKinds(all);
  }

  /** The kinds a host registered. */
  ImmutableList<ResultKind<?>> hostKinds() {
    return kinds.stream()
        .filter(k -> !ResultFormat.KINDS.contains(k))
        .collect(ImmutableList.toImmutableList());
  }

  /** The kind that writes {@code value}: the first whose type it is an instance of. */
  ResultKind<?> forValue(Object value) {
    for (ResultKind<?> k : kinds) {
      if (k.type() == value.getClass()) {
        return k;
      }
    }
    for (ResultKind<?> k : kinds) {
      if (k.type().isInstance(value)) {
        return k;
      }
    }
    throw new IllegalArgumentException(
        "no result kind writes a "
            + value.getClass().getName()
            + "; kinds: "
            + byName.keySet()
            + " (register one with CxJson.builder().resultKind(...))");
  }

  /** The kinds a reader may give for {@code type}: readable, of {@code type} or a subtype. */
  List<ResultKind<?>> readable(Class<?> type) {
    List<ResultKind<?>> out = new ArrayList<>();
    for (ResultKind<?> k : kinds) {
      if (k.readable() && type.isAssignableFrom(k.type())) {
        out.add(k);
      }
    }
    return out;
  }

  /** The types {@link #read} reads, for messages. */
  String readableTypes() {
    Set<String> names = new LinkedHashSet<>();
    names.add(MetricResult.class.getSimpleName());
    for (ResultKind<?> k : kinds) {
      if (k.readable()) {
        names.add(k.type().getSimpleName());
      }
    }
    return String.join(", ", names);
  }

  /** Names a kind a document gave: one of the known, or none of them (without quoting it). */
  String describe(String name) {
    return byName.containsKey(name)
        ? "kind \"" + name + "\""
        : "a kind that is not in this reader's closed list of registered kinds";
  }

  private static String wanted(List<ResultKind<?>> kinds, Class<?> type) {
    return "kind "
        + kinds.stream().map(k -> "\"" + k.name() + "\"").collect(Collectors.joining(" or "))
        + " for "
        + type.getSimpleName();
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads one result of {@code type}. If {@code requireEnd}, the source is before the document and
   * must hold nothing after it, and the document must start with {@code "cxkit"}; otherwise (in a
   * Jackson deserializer) the source is on the value's first token, left on its last, and the
   * version is optional.
   *
   * @throws IllegalArgumentException if no kind gives a {@code type}
   */
  <R> R read(JsonSource src, Class<R> type, boolean requireEnd) {
    List<ResultKind<?>> candidates = readable(type);
    checkArgument(
        !candidates.isEmpty(),
        "cannot read %s as a result; readable: %s",
        type.getName(),
        readableTypes());
    TableReader r = TableReader.forResults(src, this);
    return r.run(
        () -> {
          Tok t = r.start(requireEnd);
          if (t != Tok.START_OBJECT) {
            throw new CxJsonException.Details(Kind.STRUCTURE, "not a cxkit results document")
                .at("", r.src.line(), r.src.column())
                .expected("an object", TableReader.found(t))
                .build();
          }
          int line = r.src.line();
          int column = r.src.column();
          boolean versioned = r.version(requireEnd) != null;
          Object result =
              r.readKinded(candidates, wanted(candidates, type), line, column, !versioned);
          r.end(requireEnd);
          return type.cast(result);
        });
  }

  /** Reads a nested result of {@code type} at the reader's current token (an object's start). */
  <R> R readNested(TableReader r, Class<R> type) {
    List<ResultKind<?>> candidates = readable(type);
    return type.cast(
        r.readKinded(candidates, wanted(candidates, type), r.src.line(), r.src.column(), false));
  }

  // ---- writing -------------------------------------------------------------------------------

  /** Writes a results document (with its format version if {@code envelope}), then flushes. */
  void write(Object value, JsonSink out, boolean envelope) {
    TableWriter w = new TableWriter(out, ImmutableMap.of(), this);
    out.startObject();
    if (envelope) {
      out.name(TableReader.VERSION_PROPERTY);
      out.string(TableReader.RESULTS_VERSION);
    }
    properties(w, forValue(value), value);
    w.end();
    out.flush();
  }

  /** Writes a result as an object of its kind. */
  void writeObject(TableWriter w, Object value) {
    w.out.startObject();
    properties(w, forValue(value), value);
    w.end();
  }

  private static <R> void properties(TableWriter w, ResultKind<R> kind, Object value) {
    w.properties(kind.codec(), kind.type().cast(value));
  }

  @Override
  public String toString() {
    return "ResultKinds" + byName.keySet();
  }
}
