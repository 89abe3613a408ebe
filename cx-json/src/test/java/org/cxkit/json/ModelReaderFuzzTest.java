package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz target for the model reader. In a plain {@code mvn test} it runs in regression mode
 * over the inputs in {@code
 * src/test/resources/org/cxkit/json/ModelReaderFuzzTestInputs/readDocument/}. To fuzz for longer:
 * {@code JAZZER_FUZZ=1 mvn -pl cx-json test -Dtest=ModelReaderFuzzTest -Djazzer.max_duration=10m};
 * new crashing inputs land in that directory and then run in every build.
 */
class ModelReaderFuzzTest {
  @FuzzTest(maxDuration = "30s")
  void readDocument(byte[] input) {
    try {
      CxDocument d = CxJson.defaults().readDocument(input);
      String once = CxJson.defaults().write(d);
      assertThat(CxJson.defaults().write(CxJson.defaults().readDocument(once))).isEqualTo(once);
    } catch (CxJsonException expected) {
      // the only failure allowed
    }
  }
}
