package org.cxkit.json3;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.json.CxDocument;
import org.cxkit.json.CxJacksonModule;
import org.cxkit.json.CxJson;
import org.cxkit.json.CxJsonException;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ExScorecardResult;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.OperationalResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.journeys.RecoveryResult;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.io.JsonStringEncoder;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * A Jackson 3 ({@code tools.jackson}) module for hosts that bring their own {@code JsonMapper} (a
 * Spring Boot 4 service reading request bodies): the sibling of cx-json's Jackson 2 {@code
 * CxJacksonModule}, with the same wire format, strictness, limits and errors. It reads and writes
 * {@link CxModel}, {@link CxDocument}, {@link Response}, {@link JourneyEvent}, cxkit's results
 * ({@link MetricResult}, {@link NpsResult}, {@link ScaleResult}, {@link ScorecardResult}, {@link
 * UpliftResult}, {@link TrendResult}, {@link KeyDriversResult}, {@link RecoveryResult}, {@link
 * ParadoxResult}, {@link ExScorecardResult}, {@link PathsResult}, {@link ConformanceResult}, {@link
 * DirectlyFollowsResult}, {@link StratifiedUplift}, {@link OperationalResult}, {@link ResultSet})
 * and the id types (as plain strings, also as map keys), alone, in JSON arrays and inside the
 * host's own records.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
 * List<Response> responses = mapper.readValue(body, new TypeReference<List<Response>>() {});
 * }</pre>
 *
 * <p>Each cxkit value is taken from the host's parser token by token (at most {@link
 * org.cxkit.json.JsonLimits#maxDocumentBytes()} characters and {@link
 * org.cxkit.json.JsonLimits#maxTokenCount()} tokens) and read by cx-json's own reader under the
 * {@link CxJson} instance's limits, counted from the value's start, whatever the host's mapper
 * allows. Every failure of a value is a {@link CxJsonException} (Jackson may wrap it: {@link
 * BadInputException#in(Throwable)} finds it) that never repeats the input, with JSON Pointers from
 * the root of the host's document and the line and column of the offending token in it; a value
 * over the buffering limits is a {@link BadInputException} of kind {@link
 * BadInputException.Kind#LIMIT}. The module is registered for {@code findAndAddModules()} through
 * {@code META-INF/services} and {@code provides} in {@code module-info}.
 *
 * @since 0.1
 */
public final class CxJackson3Module extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as reported by {@link #getModuleName()}: {@value}. */
  public static final String NAME = "cxkit-jackson3";

  private static final JsonFactory FACTORY = new JsonFactory();

  /** cx-json's reader and writer of each value (not serialized: rebuilt with the defaults). */
  private final transient Codec codec;

  /** Creates the module for {@link CxJson#defaults()}: cxkit's result kinds and default limits. */
  public CxJackson3Module() {
    this(CxJson.defaults());
  }

  /**
   * Creates the module for a {@link CxJson} instance: its limits, and its result kinds (a host's
   * registered kinds are read and written as values of the built-in types above).
   *
   * @param json the instance whose limits and result kinds to use
   */
  public CxJackson3Module(CxJson json) {
    super(NAME, moduleVersion());
    requireNonNull(json, "json");
    this.codec = new Codec(json);
    value(CxModel.class);
    value(CxDocument.class);
    value(Response.class);
    value(JourneyEvent.class);
    value(MetricResult.class);
    value(NpsResult.class);
    value(ScaleResult.class);
    value(ScorecardResult.class);
    value(UpliftResult.class);
    value(TrendResult.class);
    value(KeyDriversResult.class);
    value(RecoveryResult.class);
    value(ParadoxResult.class);
    value(ExScorecardResult.class);
    value(ResultSet.class);
    value(PathsResult.class);
    value(ConformanceResult.class);
    value(DirectlyFollowsResult.class);
    value(StratifiedUplift.class);
    value(OperationalResult.class);
    id(TouchpointId.class);
    id(StageId.class);
    id(JourneyId.class);
    id(PersonaId.class);
    id(SegmentId.class);
    id(OfferingId.class);
    id(MeasureId.class);
    id(BusinessGoalId.class);
  }

  private <T> void value(Class<T> type) {
    addSerializer(type, new ValueSerializer<>(type, codec));
    addDeserializer(type, new ValueDeserializer<>(type, codec));
  }

  private <I> void id(Class<I> type) {
    value(type);
    addKeyDeserializer(type, new IdKeyDeserializer(type, codec));
    addKeySerializer(type, new IdKeySerializer<>(type, codec));
  }

  /** cx-json's version (the modules are released together), in Jackson 3's terms. */
  private static Version moduleVersion() {
    com.fasterxml.jackson.core.Version v = new CxJacksonModule().version();
    return new Version(
        v.getMajorVersion(),
        v.getMinorVersion(),
        v.getPatchLevel(),
        v.isSnapshot() ? "SNAPSHOT" : null,
        "org.cxkit",
        "cx-json3");
  }

  /** The oldest Jackson 3 this module is tested on. */
  static final Version FLOOR = new Version(3, 0, 0, null, "tools.jackson.core", "jackson-databind");

  /**
   * Checks that the host's mapper is a Jackson 3 this module supports: an older one fails with a
   * message naming the version found and the minimum.
   */
  @Override
  public void setupModule(SetupContext context) {
    String problem = floorProblem(context.getMapperVersion());
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
    super.setupModule(context);
  }

  /** What is wrong with a Jackson version, or {@code null} if it is supported (or unknown). */
  static @org.jspecify.annotations.Nullable String floorProblem(Version found) {
    if (found.isUnknownVersion()
        || (found.getMajorVersion() == 3 && found.getMinorVersion() >= FLOOR.getMinorVersion())) {
      return null;
    }
    return "cxkit's cx-json3 needs jackson-databind 3.0 or later in the 3.x line, found "
        + found.getMajorVersion()
        + "."
        + found.getMinorVersion()
        + "."
        + found.getPatchLevel();
  }

  /** cx-json's Jackson 2 reading and writing of one value, as text. */
  static final class Codec {
    final CxJson json;
    final ObjectMapper mapper;

    Codec(CxJson json) {
      this.json = json;
      this.mapper = JsonMapper.builder().addModule(json.jacksonModule()).build();
    }

    String write(Object value) {
      try {
        return mapper.writeValueAsString(value);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException("cannot write a " + value.getClass().getSimpleName(), e);
      }
    }

    /** Reads one value's text; a failure is returned as cx-json raised it. */
    Object read(String text, JavaType type) {
      try {
        return mapper.readValue(text, type);
      } catch (com.fasterxml.jackson.core.JsonProcessingException | RuntimeException e) {
        Optional<BadInputException> bad = BadInputException.in(e);
        if (bad.isPresent() && bad.get() instanceof CxJsonException cx) {
          throw cx;
        }
        // Jackson's own messages quote the input: never passed on.
        throw new CxJsonException("malformed value");
      }
    }
  }

  /**
   * Writes a value as cx-json's Jackson 2 module does, token by token into the host's generator
   * (numbers as written, so the output is the same text).
   */
  static final class ValueSerializer<T> extends StdSerializer<T> {
    private final transient Codec codec;

    ValueSerializer(Class<T> type, Codec codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), codec.write(value))) {
        for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
          switch (t) {
            case START_OBJECT -> gen.writeStartObject();
            case END_OBJECT -> gen.writeEndObject();
            case START_ARRAY -> gen.writeStartArray();
            case END_ARRAY -> gen.writeEndArray();
            case PROPERTY_NAME -> gen.writeName(p.currentName());
            case VALUE_STRING -> gen.writeString(p.getString());
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> gen.writeNumber(p.getString());
            case VALUE_TRUE -> gen.writeBoolean(true);
            case VALUE_FALSE -> gen.writeBoolean(false);
            default -> gen.writeNull();
          }
        }
      }
    }
  }

  /** Writes an id used as a map key as its value. */
  static final class IdKeySerializer<I> extends StdSerializer<I> {
    private final transient Codec codec;

    IdKeySerializer(Class<I> type, Codec codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(I value, JsonGenerator gen, SerializationContext ctxt) {
      String text = codec.write(value); // a JSON string: the id's value, which needs no escapes
      gen.writeName(text.substring(1, text.length() - 1));
    }
  }

  /** Reads an id used as a property name, through cx-json's key reader. */
  static final class IdKeyDeserializer extends KeyDeserializer {
    private final Class<?> type;
    private final transient Codec codec;

    IdKeyDeserializer(Class<?> type, Codec codec) {
      this.type = type;
      this.codec = codec;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      JavaType map = codec.mapper.getTypeFactory().constructMapType(Map.class, type, Integer.class);
      StringBuilder text = new StringBuilder("{\"");
      JsonStringEncoder.getInstance().quoteAsString(key, text);
      text.append("\":0}");
      JsonParser p = ctxt.getParser();
      try {
        Map<?, ?> m = (Map<?, ?>) codec.read(text.toString(), map);
        return m.keySet().iterator().next();
      } catch (CxJsonException e) {
        String at = "";
        TokenStreamLocation l = null;
        if (p != null) {
          l = p.currentTokenLocation();
          TokenStreamContext c = p.streamReadContext();
          if (c != null && c.getParent() != null) {
            at = c.getParent().pathAsPointer().toString();
          }
        }
        long line = l == null ? 0 : Math.max(0, l.getLineNr());
        long column = l == null ? 0 : Math.max(0, l.getColumnNr());
        throw e.relocated(at, (ln, cl) -> line, (ln, cl) -> column);
      }
    }
  }

  /**
   * Reads a value: takes its tokens from the host's parser into text, one token a line (so a
   * failure's line names the token), and reads the text with cx-json's reader.
   */
  static final class ValueDeserializer<T> extends StdDeserializer<T> {
    private final transient Codec codec;
    private final transient JavaType type;
    private final Class<T> cls;

    ValueDeserializer(Class<T> type, Codec codec) {
      super(type);
      this.cls = type;
      this.codec = codec;
      this.type = codec.mapper.constructType(type);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      String at = pointer(p);
      Buffered b = buffer(p, at, codec);
      try {
        return cls.cast(codec.read(b.text, type));
      } catch (CxJsonException e) {
        throw e.relocated(at, b::line, b::column);
      }
    }

    @Override
    public T getNullValue(DeserializationContext ctxt) {
      JsonParser p = ctxt.getParser();
      try {
        return cls.cast(codec.read("null", type));
      } catch (CxJsonException e) {
        if (p == null) {
          throw e;
        }
        TokenStreamLocation l = p.currentTokenLocation();
        long line = Math.max(0, l.getLineNr());
        long column = Math.max(0, l.getColumnNr());
        throw e.relocated(pointer(p), (ln, cl) -> line, (ln, cl) -> column);
      }
    }

    @Override
    public @org.jspecify.annotations.Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }

  /** The JSON Pointer of the value the parser is on, from the host document's root. */
  static String pointer(JsonParser p) {
    TokenStreamContext c = p.streamReadContext();
    JsonToken t = p.currentToken();
    if (c != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      c = c.getParent(); // the value's own context has no segment yet
    }
    return c == null ? "" : c.pathAsPointer().toString();
  }

  /** A value's text, one token a line, with each token's line and column in the host document. */
  static final class Buffered {
    final String text;
    private final int[] lines;
    private final int[] columns;

    Buffered(String text, int[] lines, int[] columns) {
      this.text = text;
      this.lines = lines;
      this.columns = columns;
    }

    long line(long line, long column) {
      int i = (int) Math.min(lines.length, Math.max(1, line)) - 1;
      return lines.length == 0 ? 0 : lines[i];
    }

    long column(long line, long column) {
      int i = (int) Math.min(columns.length, Math.max(1, line)) - 1;
      return columns.length == 0 || columns[i] <= 0 ? 0 : columns[i] + column - 1;
    }
  }

  /**
   * Takes the value the parser is on into text, within the limits; leaves the parser on its end.
   */
  static Buffered buffer(JsonParser p, String at, Codec codec) {
    long maxChars = codec.json.limits().maxDocumentBytes();
    long maxTokens = codec.json.limits().maxTokenCount();
    StringBuilder out = new StringBuilder(256);
    JsonStringEncoder enc = JsonStringEncoder.getInstance();
    int[] lines = new int[16];
    int[] columns = new int[16];
    int n = 0;
    int depth = 0;
    JsonToken prev = null;
    for (JsonToken t = p.currentToken(); t != null; t = p.nextToken()) {
      if (n == maxTokens || out.length() - n > maxChars) {
        TokenStreamLocation l = p.currentTokenLocation();
        throw new BadInputException(
            BadInputException.Kind.LIMIT,
            new InputLocation.DocumentPosition(
                at,
                l.getLineNr() > 0 ? OptionalLong.of(l.getLineNr()) : OptionalLong.empty(),
                l.getColumnNr() > 0 ? OptionalLong.of(l.getColumnNr()) : OptionalLong.empty()),
            n == maxTokens
                ? "limit exceeded: token count (" + maxTokens + ")"
                : "limit exceeded: document length (" + maxChars + ")");
      }
      boolean end = t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY;
      if (prev != null && !end) {
        if (prev == JsonToken.PROPERTY_NAME) {
          out.append(':');
        } else if (prev != JsonToken.START_OBJECT && prev != JsonToken.START_ARRAY) {
          out.append(',');
        }
      }
      if (prev != null) {
        out.append('\n');
      }
      if (n == lines.length) {
        lines = Arrays.copyOf(lines, n * 2);
        columns = Arrays.copyOf(columns, n * 2);
      }
      TokenStreamLocation l = p.currentTokenLocation();
      lines[n] = Math.max(0, l.getLineNr());
      columns[n] = Math.max(0, l.getColumnNr());
      n++;
      switch (t) {
        case START_OBJECT -> {
          out.append('{');
          depth++;
        }
        case START_ARRAY -> {
          out.append('[');
          depth++;
        }
        case END_OBJECT -> {
          out.append('}');
          depth--;
        }
        case END_ARRAY -> {
          out.append(']');
          depth--;
        }
        case PROPERTY_NAME -> quoted(out, enc, p.currentName());
        case VALUE_STRING -> quoted(out, enc, p.getString());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(p.getString());
        case VALUE_TRUE -> out.append("true");
        case VALUE_FALSE -> out.append("false");
        case VALUE_NULL -> out.append("null");
        default ->
            throw new CxJsonException(
                "wrong type at " + (at.isEmpty() ? "the root" : at) + ": a JSON value expected");
      }
      prev = t;
      if (depth == 0) {
        break;
      }
    }
    return new Buffered(out.toString(), lines, columns);
  }

  private static void quoted(StringBuilder out, JsonStringEncoder enc, String s) {
    out.append('"');
    enc.quoteAsString(s, out);
    out.append('"');
  }
}
