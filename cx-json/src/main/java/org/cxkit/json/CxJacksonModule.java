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

/**
 * A plain Jackson 2 {@code Module} for hosts that bring their own {@code ObjectMapper}: it reads
 * and writes {@link CxModel} and {@link CxDocument} values in the cxkit format (the same strict
 * reader and pinned writer as {@link CxJson}), writes metric results, scorecards and uplift results
 * as {@link CxJson#writeResult} and friends do (without the envelope) and reads them back ({@code
 * MetricResult}, {@code NpsResult}, {@code ScaleResult}, {@code ScorecardResult}, {@code
 * UpliftResult}, as {@link CxJson#readResult(String, Class)} does), and reads and writes the id
 * types ({@link TouchpointId} and friends) as plain strings. The core types carry no Jackson
 * annotations; ids get annotation-only mix-ins.
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

  /** Creates the module. */
  public CxJacksonModule() {
    super(NAME, moduleVersion());
    addSerializer(CxModel.class, new ModelSerializer());
    addDeserializer(CxModel.class, new ModelDeserializer());
    addSerializer(CxDocument.class, new DocumentSerializer());
    addDeserializer(CxDocument.class, new DocumentDeserializer());
    addSerializer(MetricResult.class, new ResultSerializer());
    addSerializer(ScorecardResult.class, new ScorecardSerializer());
    addSerializer(UpliftResult.class, new UpliftSerializer());
    addDeserializer(MetricResult.class, new ResultDeserializer<>(MetricResult.class));
    addDeserializer(NpsResult.class, new ResultDeserializer<>(NpsResult.class));
    addDeserializer(ScaleResult.class, new ResultDeserializer<>(ScaleResult.class));
    addDeserializer(ScorecardResult.class, new ResultDeserializer<>(ScorecardResult.class));
    addDeserializer(UpliftResult.class, new ResultDeserializer<>(UpliftResult.class));
    setMixInAnnotation(TouchpointId.class, IdMixIn.class);
    setMixInAnnotation(StageId.class, IdMixIn.class);
    setMixInAnnotation(JourneyId.class, IdMixIn.class);
    setMixInAnnotation(PersonaId.class, IdMixIn.class);
    setMixInAnnotation(SegmentId.class, IdMixIn.class);
    setMixInAnnotation(OfferingId.class, IdMixIn.class);
    setMixInAnnotation(MeasureId.class, IdMixIn.class);
    setMixInAnnotation(BusinessGoalId.class, IdMixIn.class);
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
      ModelWriter.write(CxDocument.of(value), new JacksonSink(gen));
    }
  }

  static final class DocumentSerializer extends StdSerializer<CxDocument> {
    private static final long serialVersionUID = 1L;

    DocumentSerializer() {
      super(CxDocument.class);
    }

    @Override
    public void serialize(CxDocument value, JsonGenerator gen, SerializerProvider provider) {
      ModelWriter.write(value, new JacksonSink(gen));
    }
  }

  static final class ResultSerializer extends StdSerializer<MetricResult> {
    private static final long serialVersionUID = 1L;

    ResultSerializer() {
      super(MetricResult.class);
    }

    @Override
    public void serialize(MetricResult value, JsonGenerator gen, SerializerProvider provider) {
      ResultWriter.result(value, new JacksonSink(gen), false);
    }
  }

  static final class ScorecardSerializer extends StdSerializer<ScorecardResult> {
    private static final long serialVersionUID = 1L;

    ScorecardSerializer() {
      super(ScorecardResult.class);
    }

    @Override
    public void serialize(ScorecardResult value, JsonGenerator gen, SerializerProvider provider) {
      ResultWriter.scorecard(value, new JacksonSink(gen), false);
    }
  }

  static final class UpliftSerializer extends StdSerializer<UpliftResult> {
    private static final long serialVersionUID = 1L;

    UpliftSerializer() {
      super(UpliftResult.class);
    }

    @Override
    public void serialize(UpliftResult value, JsonGenerator gen, SerializerProvider provider) {
      ResultWriter.uplift(value, new JacksonSink(gen), false);
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

    ResultDeserializer(Class<R> type) {
      super(type);
      this.type = type;
    }

    @Override
    public R deserialize(JsonParser p, DeserializationContext ctxt) {
      return ResultReader.read(new JacksonSource(p), type, false);
    }
  }

  static final class ModelDeserializer extends StdDeserializer<CxModel> {
    private static final long serialVersionUID = 1L;

    ModelDeserializer() {
      super(CxModel.class);
    }

    @Override
    public CxModel deserialize(JsonParser p, DeserializationContext ctxt) {
      return ModelReader.read(new JacksonSource(p), false).model();
    }
  }

  static final class DocumentDeserializer extends StdDeserializer<CxDocument> {
    private static final long serialVersionUID = 1L;

    DocumentDeserializer() {
      super(CxDocument.class);
    }

    @Override
    public CxDocument deserialize(JsonParser p, DeserializationContext ctxt) {
      return ModelReader.read(new JacksonSource(p), false);
    }
  }
}
