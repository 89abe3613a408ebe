package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.ReadReport;

/**
 * Jazzer fuzz target for the JSON Lines reader (responses and events): the only failure allowed is
 * a {@link CxJsonException}, and every non-blank line is accepted or rejected. Regression inputs:
 * {@code src/test/resources/org/cxkit/json/JsonLinesFuzzTestInputs/}. Fuzz longer with {@code
 * JAZZER_FUZZ=1 mvn -pl cx-json -am test -Dtest=JsonLinesFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. (The CSV readers' target is in cx-formats.)
 */
class JsonLinesFuzzTest {
  static final JsonLines LINES = JsonLines.builder().onBadInput(BadInput.collect(3)).build();

  @FuzzTest(maxDuration = "30s")
  void lines(FuzzedDataProvider data) {
    boolean events = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      ReadReport r =
          events
              ? LINES.readEvents(new ByteArrayInputStream(bytes), x -> {})
              : LINES.readResponses(new ByteArrayInputStream(bytes), x -> {});
      assertThat(r.accepted() + r.rejected()).isEqualTo(r.rows());
      assertThat(r.rejects().size()).isLessThanOrEqualTo(3);
    } catch (CxJsonException expected) {
      // the only failure allowed
    }
  }
}
