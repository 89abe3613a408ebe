package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxkit.core.CxModel;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;

/**
 * The front door of cx-json: reads and writes {@link CxModel}s as cxkit JSON documents (format
 * {@value #FORMAT_VERSION}), hardened against hostile input. Thread-safe and reusable; build one
 * and share it.
 *
 * <pre>{@code
 * CxJson json = CxJson.defaults();
 * String text = json.write(model);                 // pinned property order, stable bytes
 * CxModel again = json.readModel(text);            // strict: every problem as a CxJsonException
 * CxDocument doc = json.readDocument(Path.of("model.cx.json"));  // keeps newer 1.y properties
 * String card = json.writeScorecard(scorecard);    // results too, and back again exactly:
 * ScorecardResult same = json.readResult(card, ScorecardResult.class);
 * }</pre>
 *
 * <p>Reading is strict: bytes are checked as strict UTF-8 (RFC 3629) before parsing; the
 * {@linkplain JsonLimits limits} bound nesting, string, number and name lengths, document size and
 * token count; duplicate properties, trailing content, {@code null} or empty documents, non-finite
 * numbers and any coercion between types (a {@code "9"} where an integer belongs, {@code 9.7} for
 * an integer, {@code null} for anything) are errors. Every failure is a {@link CxJsonException}
 * that names the JSON Pointer, the line and column, and what was expected, without quoting the
 * input. Model validation problems from cx-core come through all at once, their paths mapped to
 * JSON Pointers.
 *
 * <p>Writing pins the property order and formatting (two-space indent, {@code "name": value},
 * {@code \n} line ends, a final newline), so {@code write(read(write(m)))} is byte-identical to
 * {@code write(m)} and diffs stay readable. The JSON Schema of the format is at {@link
 * #SCHEMA_RESOURCE} ({@link #schema()}); that of the results documents at {@link
 * #RESULTS_SCHEMA_RESOURCE} ({@link #resultsSchema()}).
 *
 * <p>This class never changes JVM-wide Jackson defaults; it owns its {@code JsonFactory}. For a
 * host that brings its own {@code ObjectMapper}, register {@link CxJacksonModule}.
 *
 * @since 0.1
 */
public final class CxJson {
  /**
   * The model format version this library writes: {@value}. Version 1.1 added the service blueprint
   * (lanes and activities, participants, support processes, dependencies, entry points, the
   * experience curve, research notes, time standards, zoom and versions); every 1.0 document reads
   * unchanged, and one read and written unchanged keeps its version.
   */
  public static final String FORMAT_VERSION = TableReader.VERSION;

  /**
   * The results format version this library writes: {@value}. Results did not change in 1.1.
   *
   * @since 0.1
   */
  public static final String RESULTS_FORMAT_VERSION = TableReader.RESULTS_VERSION;

  /** Classpath resource of the JSON Schema (draft 2020-12) of format 1.x: {@value}. */
  public static final String SCHEMA_RESOURCE = "/org/cxkit/json/schema/v1/cxkit-model.schema.json";

  /**
   * Classpath resource of the JSON Schema (draft 2020-12) of the format 1.x results documents:
   * {@value}.
   */
  public static final String RESULTS_SCHEMA_RESOURCE =
      "/org/cxkit/json/schema/v1/cxkit-results.schema.json";

  static {
    // Before anything touches a Jackson method newer than the floor: one clear message instead.
    JacksonFloor.checkRuntime();
  }

  private static final CxJson DEFAULTS = new Builder().build();

  private final JsonLimits limits;
  private final ResultKinds kinds;
  private final JacksonIo io;
  private final ObjectMapper mapper;

  private CxJson(JsonLimits limits, ResultKinds kinds) {
    this.limits = limits;
    this.kinds = kinds;
    this.io = new JacksonIo(limits);
    this.mapper = io.mapper(new CxJacksonModule(kinds, limits));
  }

  /**
   * Returns the shared instance with the {@linkplain JsonLimits#DEFAULTS default limits}.
   *
   * @return the default instance
   */
  public static CxJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder for an instance with other limits, or with a host's own result kinds.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the limits this instance reads with.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  // ---- reading -------------------------------------------------------------------------------

  /**
   * Reads a model from JSON text.
   *
   * @param json the document
   * @return the model
   * @throws CxJsonException if the text is not a valid cxkit document
   */
  public CxModel readModel(String json) {
    return readDocument(json).model();
  }

  /**
   * Reads a model from UTF-8 bytes.
   *
   * @param json the document
   * @return the model
   * @throws CxJsonException if the bytes are not a valid cxkit document
   */
  public CxModel readModel(byte[] json) {
    return readDocument(json).model();
  }

  /**
   * Reads a model from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the model
   * @throws CxJsonException if the stream is not a valid cxkit document, or reading fails
   */
  public CxModel readModel(InputStream json) {
    return readDocument(json).model();
  }

  /**
   * Reads a model from characters, which are read to their end but not closed.
   *
   * @param json the document
   * @return the model
   * @throws CxJsonException if the text is not a valid cxkit document, or reading fails
   */
  public CxModel readModel(Reader json) {
    return readDocument(json).model();
  }

  /**
   * Reads a model from a UTF-8 file.
   *
   * @param file the file
   * @return the model
   * @throws CxJsonException if the file is not a valid cxkit document, or reading fails
   */
  public CxModel readModel(Path file) {
    return readDocument(file).model();
  }

  /**
   * Reads a document (model, format version and extensions) from JSON text.
   *
   * @param json the document
   * @return the document
   * @throws CxJsonException if the text is not a valid cxkit document
   */
  public CxDocument readDocument(String json) {
    requireNonNull(json, "json");
    return parse(Inputs.chars(json, limits.maxDocumentBytes()));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the document
   * @return the document
   * @throws CxJsonException if the bytes are not a valid cxkit document
   */
  public CxDocument readDocument(byte[] json) {
    requireNonNull(json, "json");
    return parse(json, json.length);
  }

  /**
   * Reads a document from a UTF-8 stream, which is read to its end but not closed.
   *
   * @param json the document
   * @return the document
   * @throws CxJsonException if the stream is not a valid cxkit document, or reading fails
   */
  public CxDocument readDocument(InputStream json) {
    requireNonNull(json, "json");
    byte[] bytes = Inputs.readAll(json, limits.maxDocumentBytes());
    return parse(bytes, bytes.length);
  }

  /**
   * Reads a document from characters, which are read to their end but not closed.
   *
   * @param json the document
   * @return the document
   * @throws CxJsonException if the text is not a valid cxkit document, or reading fails
   */
  public CxDocument readDocument(Reader json) {
    requireNonNull(json, "json");
    return parse(Inputs.readAll(json, limits.maxDocumentBytes()));
  }

  /**
   * Reads a document from a UTF-8 file.
   *
   * @param file the file
   * @return the document
   * @throws CxJsonException if the file is not a valid cxkit document, or reading fails
   */
  public CxDocument readDocument(Path file) {
    requireNonNull(file, "file");
    return Inputs.readFile(file, this::readDocument);
  }

  /** Validates the bytes as strict UTF-8, then parses them directly (no decoded copy). */
  private CxDocument parse(byte[] bytes, int length) {
    if (length > limits.maxDocumentBytes()) {
      throw Inputs.tooLong(limits.maxDocumentBytes());
    }
    int start = Inputs.validateUtf8(bytes, 0, length);
    try (JsonSource src = io.source(bytes, start, length - start)) {
      return ModelFormat.read(src, true);
    }
  }

  private CxDocument parse(Inputs.Chars chars) {
    try (JsonSource src = io.source(chars.chars(), 0, chars.length())) {
      return ModelFormat.read(src, true);
    }
  }

  /** A source over checked characters, for the other readers of this package. */
  JsonSource source(char[] chars, int offset, int length) {
    return io.source(chars, offset, length);
  }

  // ---- writing -------------------------------------------------------------------------------

  /**
   * Writes a model as a format {@value #FORMAT_VERSION} document.
   *
   * @param model the model
   * @return the JSON text, ending with a newline
   */
  public String write(CxModel model) {
    return write(CxDocument.of(requireNonNull(model, "model")));
  }

  /**
   * Writes a document, with its format version and extensions.
   *
   * @param document the document
   * @return the JSON text, ending with a newline
   */
  public String write(CxDocument document) {
    requireNonNull(document, "document");
    StringWriter w = new StringWriter(4096);
    write(document, w);
    return w.toString();
  }

  /**
   * Writes a model as UTF-8 bytes.
   *
   * @param model the model
   * @return the bytes
   */
  public byte[] writeBytes(CxModel model) {
    requireNonNull(model, "model");
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    write(CxDocument.of(model), out);
    return out.toByteArray();
  }

  /**
   * Writes a document as UTF-8 to a stream, which is flushed but not closed.
   *
   * @param document the document
   * @param out the stream
   * @throws CxJsonException if writing fails
   */
  public void write(CxDocument document, OutputStream out) {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    io.write(out, sink -> ModelFormat.write(document, sink));
  }

  /**
   * Writes a document to a character stream, which is flushed but not closed.
   *
   * @param document the document
   * @param out the writer
   * @throws CxJsonException if writing fails
   */
  public void write(CxDocument document, Writer out) {
    requireNonNull(document, "document");
    requireNonNull(out, "out");
    io.write(out, sink -> ModelFormat.write(document, sink));
  }

  /**
   * Writes a model to a UTF-8 file, replacing it.
   *
   * @param model the model
   * @param file the file
   * @throws CxJsonException if writing fails
   */
  public void write(CxModel model, Path file) {
    write(CxDocument.of(requireNonNull(model, "model")), file);
  }

  /**
   * Writes a document to a UTF-8 file, replacing it.
   *
   * @param document the document
   * @param file the file
   * @throws CxJsonException if writing fails
   */
  public void write(CxDocument document, Path file) {
    requireNonNull(document, "document");
    requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      write(document, out);
    } catch (IOException e) {
      throw new CxJsonException.Details(
              BadInputException.Kind.IO, "writing failed: " + e.getClass().getSimpleName())
          .build(e);
    }
  }

  // ---- metric results ------------------------------------------------------------------------

  /**
   * Writes a result of any kind this instance knows as JSON a dashboard can use directly: {@code
   * "cxkit"} and {@code "kind"}, then the kind's properties. cxkit's own kinds are {@code
   * "nps-result"} and {@code "scale-result"} ({@code metric}, {@code n}, {@code headline} (left
   * out, with a {@code reason}, when there are no or too few responses), shares, counts, 95 %
   * intervals and the histogram), {@code "scorecard"}, {@code "delight-uplift"}, {@code "trend"}
   * ({@code TrendResult}), {@code "key-drivers"} ({@code KeyDriversResult}), {@code "result-set"}
   * (a {@link ResultSet}: several results by name), and the observed-journey results {@code
   * "paths"}, {@code "conformance"} and {@code "directly-follows"} ({@code PathsResult}, {@code
   * ConformanceResult}, {@code DirectlyFollowsResult}); a host adds its own with {@link
   * Builder#resultKind}. A {@link MetricResult} of a type no kind is registered for is written as
   * {@code "metric-result"} with the common fields only (and cannot be read back). Absent values
   * are left out, never written as 0 or {@code null}.
   *
   * @param result the result
   * @return the JSON text, ending with a newline
   * @throws IllegalArgumentException if no kind of this instance writes results of that type
   */
  public String writeResult(Object result) {
    requireNonNull(result, "result");
    return emitString(sink -> kinds.write(result, sink, true));
  }

  /**
   * Writes a touchpoint scorecard: the rows (touchpoint, stage, phase, target status, gap and
   * result), the rollups by stage, phase and overall, the weakest link and stage, the touchpoints
   * with no data, responses for unknown touchpoints, untagged and rejected counts.
   *
   * @param scorecard the scorecard result
   * @return the JSON text, ending with a newline
   */
  public String writeScorecard(ScorecardResult scorecard) {
    requireNonNull(scorecard, "scorecard");
    return emitString(sink -> kinds.write(scorecard, sink, true));
  }

  /**
   * Writes a delight-uplift result: the outcome kind, the groups with their sizes and outcomes, the
   * overall outcome, the absolute and relative uplift and its 95 % interval.
   *
   * @param uplift the uplift result
   * @return the JSON text, ending with a newline
   */
  public String writeUplift(UpliftResult uplift) {
    requireNonNull(uplift, "uplift");
    return emitString(sink -> kinds.write(uplift, sink, true));
  }

  private String emitString(java.util.function.Consumer<JsonSink> body) {
    StringWriter w = new StringWriter(1024);
    io.write(w, body);
    return w.toString();
  }

  // ---- reading metric results ----------------------------------------------------------------

  /**
   * Reads a results document written by {@link #writeResult}, {@link #writeScorecard} or {@link
   * #writeUplift} back into the result, exactly: {@code readResult(writeScorecard(s),
   * ScorecardResult.class).equals(s)}.
   *
   * <p>{@code type} is one of {@link MetricResult} (reads an NPS, a scale result or a host's
   * registered metric result, as its {@code "kind"} says), {@link NpsResult}, {@link ScaleResult},
   * {@link ScorecardResult}, {@link UpliftResult}, {@code TrendResult}, {@code KeyDriversResult},
   * {@link ResultSet}, {@code PathsResult}, {@code ConformanceResult}, {@code
   * DirectlyFollowsResult}, or the type of a {@link ResultKind} the host registered with {@link
   * Builder#resultKind} (or a supertype of it). The document's {@code "kind"} must be one of this
   * instance's closed list of kinds ({@code "nps-result"}, {@code "scale-result"}, {@code
   * "scorecard"}, {@code "delight-uplift"}, {@code "trend"}, {@code "key-drivers"}, {@code
   * "result-set"}, {@code "paths"}, {@code "conformance"}, {@code "directly-follows"} and the
   * registered ones) and fit {@code type}; the input never names a Java type. A {@code
   * "metric-result"} (a metric result of a type no kind is registered for, written with the common
   * fields only) cannot be read back.
   *
   * <p>The result is rebuilt from its primary data: histogram counts and scale; a scorecard's rows,
   * rollups, counts and rejects; an uplift's group statistics; every property of a trend or of key
   * drivers (which hold no raw data), checked by the result's own constructor. The derived figures
   * (headline, shares, intervals, reasons, weakest link, ...) may be left out; when present they
   * must match what the data gives (within a relative 1e-9), so a document cannot contradict
   * itself. Otherwise reading is as strict as {@link #readModel(String)}: the same limits, no
   * coercion, duplicate and unknown properties rejected (unknown ones are ignored in documents of a
   * newer 1.y format).
   *
   * <pre>{@code
   * String text = json.writeScorecard(scorecard);
   * ScorecardResult again = json.readResult(text, ScorecardResult.class);
   * MetricResult any = json.readResult(json.writeResult(nps), MetricResult.class);
   * }</pre>
   *
   * @param <R> the result type
   * @param json the document
   * @param type the result type
   * @return the result
   * @throws CxJsonException if the text is not a valid results document of that type
   * @throws IllegalArgumentException if {@code type} is not one of the types above
   */
  public <R> R readResult(String json, Class<R> type) {
    requireNonNull(json, "json");
    checkResultType(type);
    Inputs.Chars chars = Inputs.chars(json, limits.maxDocumentBytes());
    try (JsonSource src = io.source(chars.chars(), 0, chars.length())) {
      return kinds.read(src, type, true);
    }
  }

  /**
   * Reads a results document from UTF-8 bytes (see {@link #readResult(String, Class)}).
   *
   * @param <R> the result type
   * @param json the document
   * @param type the result type
   * @return the result
   * @throws CxJsonException if the bytes are not a valid results document of that type
   * @throws IllegalArgumentException if {@code type} is not a readable result type
   */
  public <R> R readResult(byte[] json, Class<R> type) {
    requireNonNull(json, "json");
    checkResultType(type);
    if (json.length > limits.maxDocumentBytes()) {
      throw Inputs.tooLong(limits.maxDocumentBytes());
    }
    int start = Inputs.validateUtf8(json, 0, json.length);
    try (JsonSource src = io.source(json, start, json.length - start)) {
      return kinds.read(src, type, true);
    }
  }

  /**
   * Reads a results document from a UTF-8 stream, which is read to its end but not closed (see
   * {@link #readResult(String, Class)}).
   *
   * @param <R> the result type
   * @param json the document
   * @param type the result type
   * @return the result
   * @throws CxJsonException if the stream is not a valid results document of that type, or reading
   *     fails
   * @throws IllegalArgumentException if {@code type} is not a readable result type
   */
  public <R> R readResult(InputStream json, Class<R> type) {
    requireNonNull(json, "json");
    checkResultType(type);
    return readResult(Inputs.readAll(json, limits.maxDocumentBytes()), type);
  }

  /**
   * Reads a results document from a UTF-8 file (see {@link #readResult(String, Class)}).
   *
   * @param <R> the result type
   * @param file the file
   * @param type the result type
   * @return the result
   * @throws CxJsonException if the file is not a valid results document of that type, or reading
   *     fails
   * @throws IllegalArgumentException if {@code type} is not a readable result type
   */
  public <R> R readResult(Path file, Class<R> type) {
    requireNonNull(file, "file");
    checkResultType(type);
    return Inputs.readFile(file, in -> readResult(in, type));
  }

  private void checkResultType(Class<?> type) {
    requireNonNull(type, "type");
    if (kinds.readable(type).isEmpty()) {
      throw new IllegalArgumentException(
          "cannot read " + type.getName() + " as a result; readable: " + kinds.readableTypes());
    }
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the format 1.x results documents ({@link
   * #writeResult}, {@link #writeScorecard}, {@link #writeUplift}), as text.
   *
   * @return the schema
   */
  public static String resultsSchema() {
    return resource(RESULTS_SCHEMA_RESOURCE);
  }

  // ---- Jackson integration -------------------------------------------------------------------

  /**
   * Returns a new {@code ObjectMapper} with this instance's limits and strictness (duplicate
   * properties, trailing tokens, scalar coercion, null primitives and float-as-int all rejected)
   * and {@link #jacksonModule()} registered. Each call returns a fresh copy, so a caller may
   * configure it further without affecting anyone else.
   *
   * @return a hardened mapper
   */
  public ObjectMapper objectMapper() {
    return mapper.copy();
  }

  /**
   * Returns a Jackson module for a host's own {@code ObjectMapper} that writes and reads this
   * instance's result kinds (a host's registered kinds included), as {@link CxJacksonModule} does
   * for cxkit's own, and reads each value under this instance's limits.
   *
   * @return a new module
   * @since 0.1
   */
  public CxJacksonModule jacksonModule() {
    return new CxJacksonModule(kinds, limits);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of format 1.x, as text.
   *
   * @return the schema
   */
  public static String schema() {
    return resource(SCHEMA_RESOURCE);
  }

  private static String resource(String name) {
    try (InputStream in = CxJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw Inputs.io(e);
    }
  }

  @Override
  public String toString() {
    ImmutableList<ResultKind<?>> own = kinds.hostKinds();
    return "CxJson[format "
        + FORMAT_VERSION
        + ", "
        + limits
        + (own.isEmpty() ? "" : ", result kinds " + own)
        + "]";
  }

  /**
   * Builds a {@link CxJson} with other {@linkplain JsonLimits limits}, or with a host's own {@link
   * ResultKind}s.
   *
   * <pre>{@code
   * CxJson big = CxJson.builder().maxDocumentBytes(64L << 20).maxTokenCount(4_000_000).build();
   * CxJson acme = CxJson.builder().resultKind(AcmeKinds.FCR).build();
   * }</pre>
   *
   * @since 0.1
   */
  public static final class Builder {
    private int maxNestingDepth = JsonLimits.DEFAULTS.maxNestingDepth();
    private int maxStringLength = JsonLimits.DEFAULTS.maxStringLength();
    private int maxNumberLength = JsonLimits.DEFAULTS.maxNumberLength();
    private int maxNameLength = JsonLimits.DEFAULTS.maxNameLength();
    private long maxDocumentBytes = JsonLimits.DEFAULTS.maxDocumentBytes();
    private long maxTokenCount = JsonLimits.DEFAULTS.maxTokenCount();
    private ResultKinds kinds = ResultKinds.BUILT_IN;

    private Builder() {}

    /**
     * Registers a host's own kind of result, so that the instance writes results of its type (in
     * {@link #writeResult}, and nested in scorecard rows if it is a {@link MetricResult}) and reads
     * them back ({@link #readResult(String, Class)} with its type, or with {@code MetricResult}).
     *
     * @param kind the kind
     * @return this builder
     * @throws IllegalArgumentException if a kind of that name, or for that type, is registered
     *     already
     * @since 0.1
     */
    public Builder resultKind(ResultKind<?> kind) {
      kinds = kinds.with(requireNonNull(kind, "kind"));
      return this;
    }

    /**
     * Sets all limits at once.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      requireNonNull(limits, "limits");
      maxNestingDepth = limits.maxNestingDepth();
      maxStringLength = limits.maxStringLength();
      maxNumberLength = limits.maxNumberLength();
      maxNameLength = limits.maxNameLength();
      maxDocumentBytes = limits.maxDocumentBytes();
      maxTokenCount = limits.maxTokenCount();
      return this;
    }

    /**
     * Sets the deepest nesting of objects and arrays.
     *
     * @param depth the limit
     * @return this builder
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = depth;
      return this;
    }

    /**
     * Sets the longest string value, in characters.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = length;
      return this;
    }

    /**
     * Sets the longest number, in characters.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = length;
      return this;
    }

    /**
     * Sets the longest property name, in characters.
     *
     * @param length the limit
     * @return this builder
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = length;
      return this;
    }

    /**
     * Sets the largest document, in bytes.
     *
     * @param bytes the limit
     * @return this builder
     */
    public Builder maxDocumentBytes(long bytes) {
      this.maxDocumentBytes = bytes;
      return this;
    }

    /**
     * Sets the most tokens in one document.
     *
     * @param tokens the limit
     * @return this builder
     */
    public Builder maxTokenCount(long tokens) {
      this.maxTokenCount = tokens;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws IllegalArgumentException if a limit is not positive
     */
    public CxJson build() {
      return new CxJson(
          new JsonLimits(
              maxNestingDepth,
              maxStringLength,
              maxNumberLength,
              maxNameLength,
              maxDocumentBytes,
              maxTokenCount),
          kinds);
    }
  }
}
