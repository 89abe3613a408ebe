package org.cxkit.json;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.function.Function;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.CxModel;
import org.cxkit.core.Ids;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.BadInputException.Kind;
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
import org.jspecify.annotations.Nullable;

/**
 * A plain Jackson 2 {@code Module} for hosts that bring their own {@code ObjectMapper} (a service
 * reading request bodies): it reads and writes every type a service exchanges, alone, in JSON
 * arrays ({@code List<Response>}, {@code Response[]}) and inside the host's own records:
 *
 * <ul>
 *   <li>{@link CxModel} and {@link CxDocument}, in the cxkit format (the same strict reader and
 *       pinned writer as {@link CxJson});
 *   <li>{@link Response} and {@link JourneyEvent}, as {@link JsonLines} reads them, one line each;
 *   <li>metric results, scorecards and uplift results as {@link CxJson#writeResult} writes them
 *       (without the envelope), read back as {@link CxJson#readResult(String, Class)} does ({@code
 *       MetricResult}, {@code NpsResult}, {@code ScaleResult}, {@code ScorecardResult}, {@code
 *       UpliftResult}, {@code TrendResult}, {@code KeyDriversResult}, {@code RecoveryResult},
 *       {@code ParadoxResult}, {@code ExScorecardResult}, {@code PathsResult}, {@code
 *       ConformanceResult}, {@code DirectlyFollowsResult}, {@code StratifiedUplift}, {@code
 *       OperationalResult}, {@link ResultSet}; {@link CxJson#jacksonModule()} gives a module that
 *       knows a host's own result kinds too);
 *   <li>the id types ({@link TouchpointId} and friends) as plain strings, also as map keys.
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CxJacksonModule()).build();
 * CxModel model = mapper.readValue(json, CxModel.class);
 * List<Response> responses = mapper.readValue(body, new TypeReference<List<Response>>() {});
 * }</pre>
 *
 * <p>Reading is as strict as {@link CxJson}'s inside each of these values: no coercion, duplicate
 * and unknown properties rejected, and a JSON {@code null} where one of them belongs is an error
 * rather than a Java {@code null}. Each value is read under {@link JsonLimits#DEFAULTS} ({@link
 * CxJson#jacksonModule()}: that instance's limits), counted from the value's start, whatever wider
 * limits the host's mapper has. Every failure is a {@link CxJsonException} that never repeats the
 * input; its JSON Pointers count from the root of the document the host's mapper reads (a model
 * embedded in a request record fails at {@code /model/...}), as its line and column do. Jackson
 * wraps a failure inside a host's own record in its {@code JsonMappingException}: {@link
 * org.cxkit.metrics.BadInputException#in(Throwable)} finds it. The host's own stream limits apply
 * to the rest of its document (an array of a million responses is the host's to bound, as it bounds
 * its request bodies); {@link CxJson#objectMapper()} has {@link CxJson}'s limits throughout.
 *
 * <p>The module is also registered for {@code ObjectMapper.findModules()} (through {@code
 * META-INF/services} and {@code provides} in {@code module-info}). It changes nothing else about
 * the host's mapper. Registering it on a Jackson older than 2.21 fails with an {@code
 * IllegalStateException} that names the version found and the minimum. The core types carry no
 * Jackson annotations; ids get an annotation-only mix-in for writing.
 *
 * @since 0.1
 */
public final class CxJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as reported by {@link #getModuleName()}: {@value}. */
  public static final String NAME = "cxkit";

  /** Not serialized (a deserialized module reads with the default limits). */
  private final transient @Nullable JsonLimits limits;

  /** Creates the module, for cxkit's own result kinds (see {@link CxJson#jacksonModule()}). */
  public CxJacksonModule() {
    this(ResultKinds.BUILT_IN, JsonLimits.DEFAULTS);
  }

  /** Creates the module for the given result kinds, reading each value under {@code limits}. */
  CxJacksonModule(ResultKinds kinds, JsonLimits limits) {
    super(NAME, moduleVersion());
    this.limits = limits;
    addSerializer(CxModel.class, new ModelSerializer());
    addDeserializer(CxModel.class, new ModelDeserializer(limits));
    addSerializer(CxDocument.class, new DocumentSerializer());
    addDeserializer(CxDocument.class, new DocumentDeserializer(limits));
    addResult(MetricResult.class, kinds);
    addResult(NpsResult.class, kinds);
    addResult(ScaleResult.class, kinds);
    addResult(ScorecardResult.class, kinds);
    addResult(UpliftResult.class, kinds);
    addResult(TrendResult.class, kinds);
    addResult(KeyDriversResult.class, kinds);
    addResult(RecoveryResult.class, kinds);
    addResult(ParadoxResult.class, kinds);
    addResult(ExScorecardResult.class, kinds);
    addResult(ResultSet.class, kinds);
    addResult(PathsResult.class, kinds);
    addResult(ConformanceResult.class, kinds);
    addResult(DirectlyFollowsResult.class, kinds);
    addResult(StratifiedUplift.class, kinds);
    addResult(OperationalResult.class, kinds);
    for (ResultKind<?> k : kinds.hostKinds()) {
      addResult(k.type(), kinds);
    }
    addRecord(Response.class, Records.RESPONSE);
    addRecord(JourneyEvent.class, Records.EVENT);
    addRecord(FeedbackCase.class, Records.FEEDBACK_CASE);
    addId(TouchpointId.class, "touchpoint id", TouchpointId::of);
    addId(StageId.class, "stage id", StageId::of);
    addId(JourneyId.class, "journey id", JourneyId::of);
    addId(PersonaId.class, "persona id", PersonaId::of);
    addId(SegmentId.class, "segment id", SegmentId::of);
    addId(OfferingId.class, "offering id", OfferingId::of);
    addId(MeasureId.class, "measure id", MeasureId::of);
    addId(BusinessGoalId.class, "business goal id", BusinessGoalId::of);
  }

  private <T> void addRecord(Class<T> type, ObjectCodec<T, T> table) {
    addSerializer(type, new RecordSerializer<>(type, table));
    addDeserializer(type, new RecordDeserializer<>(type, table, limits()));
  }

  private JsonLimits limits() {
    return limits == null ? JsonLimits.DEFAULTS : limits;
  }

  /** The limits a deserializer reads with: its own, or the defaults after deserialization. */
  static JsonLimits limits(@Nullable JsonLimits limits) {
    return limits == null ? JsonLimits.DEFAULTS : limits;
  }

  private <I> void addId(Class<I> type, String what, Function<String, I> parse) {
    setMixInAnnotation(type, IdMixIn.class);
    addDeserializer(type, new IdDeserializer<>(type, what, parse, limits()));
    addKeyDeserializer(type, new IdKeyDeserializer<>(what, parse));
  }

  private <R> void addResult(Class<R> type, ResultKinds kinds) {
    addSerializer(type, new ResultSerializer<>(type, kinds));
    addDeserializer(type, new ResultDeserializer<>(type, kinds, limits()));
  }

  private static Version moduleVersion() {
    try (InputStream in = CxJacksonModule.class.getResourceAsStream("cx-json.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return VersionUtil.parseVersion(p.getProperty("version", ""), "org.cxkit", "cx-json");
    } catch (IOException e) {
      return Version.unknownVersion();
    }
  }

  /**
   * The one mix-in of every id record: annotation-only, on the member every id has ({@code
   * value()}), so an id is written as a plain string. Ids are read by {@link IdDeserializer}.
   */
  abstract static class IdMixIn {
    @JsonValue
    abstract String value();
  }

  /** Checks that the module runs on a Jackson 2 version it supports (see {@link JacksonFloor}). */
  @Override
  public void setupModule(SetupContext context) {
    JacksonFloor.check("jackson-databind", context.getMapperVersion());
    JacksonFloor.check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    super.setupModule(context);
  }

  /** A {@code null} where a value of this module's types belongs: never read as a Java null. */
  private static CxJsonException nullValue(DeserializationContext ctxt, String what) {
    JsonParser p = ctxt.getParser();
    JsonLocation l = p == null ? null : p.currentTokenLocation();
    return new CxJsonException.Details(Kind.STRUCTURE, "wrong type")
        .at(
            p == null ? "" : JacksonSource.pointer(p),
            l == null ? 0 : Math.max(0, l.getLineNr()),
            l == null ? 0 : Math.max(0, l.getColumnNr()))
        .expected(what, "null")
        .build();
  }

  /**
   * Reads an id from a JSON string as {@code CxJson} does: a malformed one is described without
   * quoting it (ids may be personal data), at its pointer from the document's root.
   *
   * @param <I> the id type
   */
  static final class IdDeserializer<I> extends StdDeserializer<I> {
    private static final long serialVersionUID = 1L;
    private final String what;

    /** Not serialized: a deserialized module's id deserializers are not used. */
    private final transient @Nullable Function<String, I> parse;

    private final transient @Nullable JsonLimits limits;

    IdDeserializer(Class<I> type, String what, Function<String, I> parse, JsonLimits limits) {
      super(type);
      this.what = what;
      this.parse = parse;
      this.limits = limits;
    }

    @Override
    public I deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken t = p.currentToken();
      JsonLocation l = p.currentTokenLocation();
      CxJsonException.Details d;
      if (t != JsonToken.VALUE_STRING) {
        d =
            new CxJsonException.Details(Kind.STRUCTURE, "wrong type")
                .expected("a string (" + what + ")", TableReader.found(JacksonSource.map(t)));
      } else {
        String text;
        try {
          text = new LimitedSource(p, limits(limits)).text();
        } catch (SourceFailure f) {
          if (f.details.pointer == null) {
            f.details.pointer = JacksonSource.pointer(p);
          }
          throw f.details.build();
        }
        if (Ids.isValid(text) && parse != null) {
          return parse.apply(text);
        }
        d =
            new CxJsonException.Details(Kind.MODEL, "malformed " + what)
                .expected(Messages.slugExpectation(), Messages.describeWithoutContent(text));
      }
      throw d.at(JacksonSource.pointer(p), Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr()))
          .build();
    }

    @Override
    public I getNullValue(DeserializationContext ctxt) {
      throw nullValue(ctxt, "a string (" + what + ")");
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }

  /**
   * Reads an id used as a property name (the key of a {@code Map<TouchpointId, ?>}); a malformed
   * one is described without quoting it.
   *
   * @param <I> the id type
   */
  static final class IdKeyDeserializer<I> extends KeyDeserializer {
    private final String what;
    private final Function<String, I> parse;

    IdKeyDeserializer(String what, Function<String, I> parse) {
      this.what = what;
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      if (Ids.isValid(key)) {
        return parse.apply(key);
      }
      JsonParser p = ctxt.getParser();
      JsonLocation l = p == null ? null : p.currentTokenLocation();
      // The pointer of the object, not of the property: its name is the malformed id.
      String at = "";
      if (p != null && p.getParsingContext() != null && p.getParsingContext().getParent() != null) {
        at = p.getParsingContext().getParent().pathAsPointer().toString();
      }
      throw new CxJsonException.Details(Kind.MODEL, "malformed " + what + " as property name")
          .expected(Messages.slugExpectation(), Messages.describeWithoutContent(key))
          .at(
              at,
              l == null ? 0 : Math.max(0, l.getLineNr()),
              l == null ? 0 : Math.max(0, l.getColumnNr()))
          .build();
    }
  }

  /**
   * Writes a record handed over in bulk (a response, an event) as {@link JsonLines} reads it.
   *
   * @param <T> the record type
   */
  static final class RecordSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;

    /** Not serialized: restored from the type. */
    private final transient @Nullable ObjectCodec<T, T> table;

    RecordSerializer(Class<T> type, ObjectCodec<T, T> table) {
      super(type);
      this.table = table;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) {
      Records.write(value, Records.table(handledType(), table), new JacksonSink(gen));
    }
  }

  /**
   * Reads a record handed over in bulk (a response, an event) as {@link JsonLines} reads a line.
   *
   * @param <T> the record type
   */
  static final class RecordDeserializer<T> extends ValueDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** Not serialized: restored from the type. */
    private final transient @Nullable ObjectCodec<T, T> table;

    RecordDeserializer(Class<T> type, ObjectCodec<T, T> table, JsonLimits limits) {
      super(type, "an object (" + table.what + ")", limits);
      this.table = table;
    }

    @Override
    T read(JsonSource src) {
      return Records.read(src, Records.table(handledType(), table), false);
    }
  }

  /**
   * The one shape of this module's deserializers of values: read under the limits from the host's
   * parser, a failure located from the host's document root, a JSON {@code null} an error.
   *
   * @param <T> the value type
   */
  abstract static class ValueDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;

    /** What a value is, for the error of a {@code null}: "an object (response)". */
    private final String what;

    /** Not serialized: a deserialized module reads with the default limits. */
    private final transient @Nullable JsonLimits limits;

    ValueDeserializer(Class<?> type, String what, JsonLimits limits) {
      super(type);
      this.what = what;
      this.limits = limits;
    }

    /** Reads the value the source is on, leaving the source on its last token. */
    abstract T read(JsonSource src);

    @Override
    public final T deserialize(JsonParser p, DeserializationContext ctxt) {
      // Where the value starts: after a failure the parser is somewhere inside it.
      String at = JacksonSource.pointer(p);
      try {
        return read(new LimitedSource(p, limits(limits)));
      } catch (CxJsonException e) {
        throw e.within(at);
      }
    }

    @Override
    public final T getNullValue(DeserializationContext ctxt) {
      throw nullValue(ctxt, what);
    }

    @Override
    public final @Nullable Object getAbsentValue(DeserializationContext ctxt) {
      return null;
    }
  }

  static final class ModelSerializer extends StdSerializer<CxModel> {
    private static final long serialVersionUID = 1L;

    ModelSerializer() {
      super(CxModel.class);
    }

    @Override
    public void serialize(CxModel value, JsonGenerator gen, SerializerProvider provider) {
      ModelFormat.write(CxDocument.of(value), new JacksonSink(gen));
    }
  }

  static final class DocumentSerializer extends StdSerializer<CxDocument> {
    private static final long serialVersionUID = 1L;

    DocumentSerializer() {
      super(CxDocument.class);
    }

    @Override
    public void serialize(CxDocument value, JsonGenerator gen, SerializerProvider provider) {
      ModelFormat.write(value, new JacksonSink(gen));
    }
  }

  /**
   * Writes a result as {@link CxJson#writeResult} does, without the envelope.
   *
   * @param <R> the result type
   */
  static final class ResultSerializer<R> extends StdSerializer<R> {
    private static final long serialVersionUID = 1L;

    /** Not serialized: a deserialized module writes cxkit's own kinds. */
    private final transient @Nullable ResultKinds kinds;

    ResultSerializer(Class<R> type, ResultKinds kinds) {
      super(type);
      this.kinds = kinds;
    }

    @Override
    public void serialize(R value, JsonGenerator gen, SerializerProvider provider) {
      (kinds == null ? ResultKinds.BUILT_IN : kinds).write(value, new JacksonSink(gen), false);
    }
  }

  /**
   * Reads a result as {@link CxJson#readResult(String, Class)} does; the version is optional.
   *
   * @param <R> the result type
   */
  static final class ResultDeserializer<R> extends ValueDeserializer<R> {
    private static final long serialVersionUID = 1L;
    private final Class<R> type;

    /** Not serialized: a deserialized module reads cxkit's own kinds. */
    private final transient @Nullable ResultKinds kinds;

    ResultDeserializer(Class<R> type, ResultKinds kinds, JsonLimits limits) {
      super(type, "an object (result)", limits);
      this.type = type;
      this.kinds = kinds;
    }

    @Override
    R read(JsonSource src) {
      return (kinds == null ? ResultKinds.BUILT_IN : kinds).read(src, type, false);
    }
  }

  static final class ModelDeserializer extends ValueDeserializer<CxModel> {
    private static final long serialVersionUID = 1L;

    ModelDeserializer(JsonLimits limits) {
      super(CxModel.class, "an object (cxkit model)", limits);
    }

    @Override
    CxModel read(JsonSource src) {
      return ModelFormat.read(src, false).model();
    }
  }

  static final class DocumentDeserializer extends ValueDeserializer<CxDocument> {
    private static final long serialVersionUID = 1L;

    DocumentDeserializer(JsonLimits limits) {
      super(CxDocument.class, "an object (cxkit model)", limits);
    }

    @Override
    CxDocument read(JsonSource src) {
      return ModelFormat.read(src, false);
    }
  }
}
