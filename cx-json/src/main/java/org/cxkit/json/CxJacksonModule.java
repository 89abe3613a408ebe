package org.cxkit.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.jspecify.annotations.Nullable;

/**
 * A plain Jackson 2 {@code Module} for hosts that bring their own {@code ObjectMapper}: it reads
 * and writes {@link CxModel} and {@link CxDocument} values in the cxkit format (the same strict
 * reader and pinned writer as {@link CxJson}), writes metric results, scorecards and uplift results
 * as {@link CxJson#writeResult} and friends do (without the envelope) and reads them back ({@code
 * MetricResult}, {@code NpsResult}, {@code ScaleResult}, {@code ScorecardResult}, {@code
 * UpliftResult}, as {@link CxJson#readResult(String, Class)} does; {@link CxJson#jacksonModule()}
 * gives a module that knows a host's own result kinds too), and reads and writes the id types
 * ({@link TouchpointId} and friends) as plain strings. The core types carry no Jackson annotations;
 * ids get annotation-only mix-ins.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new CxJacksonModule()).build();
 * CxModel model = mapper.readValue(json, CxModel.class);
 * }</pre>
 *
 * <p>The module is also registered for {@code ObjectMapper.findModules()} (through {@code
 * META-INF/services} and {@code provides} in {@code module-info}). It changes nothing else about
 * the host's mapper: the host's stream limits, features and pretty printer apply.
 *
 * @since 0.1
 */
public final class CxJacksonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, as reported by {@link #getModuleName()}: {@value}. */
  public static final String NAME = "cxkit";

  /** Creates the module, for cxkit's own result kinds (see {@link CxJson#jacksonModule()}). */
  public CxJacksonModule() {
    this(ResultKinds.BUILT_IN);
  }

  /** Creates the module for the given result kinds. */
  CxJacksonModule(ResultKinds kinds) {
    super(NAME, moduleVersion());
    addSerializer(CxModel.class, new ModelSerializer());
    addDeserializer(CxModel.class, new ModelDeserializer());
    addSerializer(CxDocument.class, new DocumentSerializer());
    addDeserializer(CxDocument.class, new DocumentDeserializer());
    addResult(MetricResult.class, kinds);
    addResult(NpsResult.class, kinds);
    addResult(ScaleResult.class, kinds);
    addResult(ScorecardResult.class, kinds);
    addResult(UpliftResult.class, kinds);
    for (ResultKind<?> k : kinds.hostKinds()) {
      addResult(k.type(), kinds);
    }
    setMixInAnnotation(TouchpointId.class, IdMixIn.class);
    setMixInAnnotation(StageId.class, IdMixIn.class);
    setMixInAnnotation(JourneyId.class, IdMixIn.class);
    setMixInAnnotation(PersonaId.class, IdMixIn.class);
    setMixInAnnotation(SegmentId.class, IdMixIn.class);
    setMixInAnnotation(OfferingId.class, IdMixIn.class);
    setMixInAnnotation(MeasureId.class, IdMixIn.class);
    setMixInAnnotation(BusinessGoalId.class, IdMixIn.class);
  }

  private <R> void addResult(Class<R> type, ResultKinds kinds) {
    addSerializer(type, new ResultSerializer<>(type, kinds));
    addDeserializer(type, new ResultDeserializer<>(type, kinds));
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
   * The one mix-in of every id record: annotation-only, on members every id has ({@code value()}
   * and the static factory {@code of(String)}). Jackson matches mix-in methods by name and
   * parameters, so the body here never runs; the target's own {@code of} does.
   */
  abstract static class IdMixIn {
    @JsonValue
    abstract String value();

    @JsonCreator
    static Object of(String value) {
      throw new AssertionError("mix-in methods are never called");
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
  static final class ResultDeserializer<R> extends StdDeserializer<R> {
    private static final long serialVersionUID = 1L;
    private final Class<R> type;

    /** Not serialized: a deserialized module reads cxkit's own kinds. */
    private final transient @Nullable ResultKinds kinds;

    ResultDeserializer(Class<R> type, ResultKinds kinds) {
      super(type);
      this.type = type;
      this.kinds = kinds;
    }

    @Override
    public R deserialize(JsonParser p, DeserializationContext ctxt) {
      return (kinds == null ? ResultKinds.BUILT_IN : kinds).read(new JacksonSource(p), type, false);
    }
  }

  static final class ModelDeserializer extends StdDeserializer<CxModel> {
    private static final long serialVersionUID = 1L;

    ModelDeserializer() {
      super(CxModel.class);
    }

    @Override
    public CxModel deserialize(JsonParser p, DeserializationContext ctxt) {
      return ModelFormat.read(new JacksonSource(p), false).model();
    }
  }

  static final class DocumentDeserializer extends StdDeserializer<CxDocument> {
    private static final long serialVersionUID = 1L;

    DocumentDeserializer() {
      super(CxDocument.class);
    }

    @Override
    public CxDocument deserialize(JsonParser p, DeserializationContext ctxt) {
      return ModelFormat.read(new JacksonSource(p), false);
    }
  }
}
