package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;

/**
 * Jazzer fuzz target for the results readers. In a plain {@code mvn test} it runs in regression
 * mode over the inputs in {@code
 * src/test/resources/org/cxkit/json/ResultReaderFuzzTestInputs/readResult/}. To fuzz for longer:
 * {@code JAZZER_FUZZ=1 mvn -pl cx-json test -Dtest=ResultReaderFuzzTest -Djazzer.max_duration=10m}.
 */
class ResultReaderFuzzTest {
  static final CxJson JSON = CxJson.defaults();

  @FuzzTest(maxDuration = "30s")
  void readResult(byte[] input) {
    try {
      MetricResult m = JSON.readResult(input, MetricResult.class);
      assertThat(JSON.readResult(JSON.writeResult(m), MetricResult.class)).isEqualTo(m);
    } catch (CxJsonException expected) {
      // the only failure allowed
    }
    try {
      ScorecardResult s = JSON.readResult(input, ScorecardResult.class);
      assertThat(JSON.readResult(JSON.writeScorecard(s), ScorecardResult.class)).isEqualTo(s);
    } catch (CxJsonException expected) {
      // the only failure allowed
    }
    try {
      UpliftResult u = JSON.readResult(input, UpliftResult.class);
      assertThat(JSON.readResult(JSON.writeUplift(u), UpliftResult.class)).isEqualTo(u);
    } catch (CxJsonException expected) {
      // the only failure allowed
    }
  }
}
