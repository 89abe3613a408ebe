package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.cxkit.core.CxModel;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over arbitrary valid models from cx-core's seeded {@link ModelGenerator}: a written
 * model reads back equal, re-writes byte-identically through every entry point, validates against
 * the JSON Schema, and survives a host's own mapper. Replay a failure with {@code -Dcx.seed=N}.
 */
class RoundTripPropertiesTest {
  static final CxJson JSON = CxJson.defaults();

  static LongStream seeds() {
    return Seeds.seeds(200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readOfWriteIsIdentityAndRewriteIsByteIdentical(long seed) throws Exception {
    CxModel m = ModelGenerator.model(seed);
    String text = JSON.write(m);
    CxModel back = JSON.readModel(text);
    assertThat(back).as(Seeds.describe(seed)).isEqualTo(m);
    assertThat(JSON.write(back)).as(Seeds.describe(seed)).isEqualTo(text);
    byte[] bytes = JSON.writeBytes(m);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).as(Seeds.describe(seed)).isEqualTo(text);
    assertThat(JSON.readModel(bytes)).as(Seeds.describe(seed)).isEqualTo(m);
    List<Error> errors = SchemaTest.errors(text);
    assertThat(errors)
        .as(
            () ->
                Seeds.describe(seed)
                    + "\n"
                    + errors.stream().map(Error::toString).collect(Collectors.joining("\n")))
        .isEmpty();
    String compact = JsonTestSuiteTest.HOST.writeValueAsString(m);
    assertThat(JsonTestSuiteTest.HOST.readValue(compact, CxModel.class))
        .as(Seeds.describe(seed))
        .isEqualTo(m);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void managedModelsRoundTripAndMatchTheSchema(long seed) {
    CxModel m = ModelGenerator.managed(seed);
    String text = JSON.write(m);
    assertThat(text).as(Seeds.describe(seed)).contains("\"management\"");
    CxModel back = JSON.readModel(text);
    assertThat(back).as(Seeds.describe(seed)).isEqualTo(m);
    assertThat(JSON.write(back)).as(Seeds.describe(seed)).isEqualTo(text);
    List<Error> errors = SchemaTest.errors(text);
    assertThat(errors)
        .as(
            () ->
                Seeds.describe(seed)
                    + "\n"
                    + errors.stream().map(Error::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }
}
