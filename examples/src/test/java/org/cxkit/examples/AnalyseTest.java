package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.cxkit.core.CheckReport;
import org.cxkit.core.CxModel;
import org.cxkit.core.Rule;
import org.junit.jupiter.api.Test;

/** The README's main job prints the example's model and check. */
class AnalyseTest {
  @Test
  void mainJobPrintsTheModelAndItsCheck() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Analyse.run(WaffleWednesday.model(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("CxModel[Waffle Wednesday: 3 segments, 3 personas, 1 journey, 12 touchpoints]")
        .contains("== Model check")
        .contains("CX407")
        .contains("reminder -LOOP_BACK-> event-page");
  }

  @Test
  void waffleWednesdayIsAFullyReachableJourneyWithEveryPhase() {
    CxModel model = WaffleWednesday.model();
    var journey = model.journey("first-visit").orElseThrow();
    assertThat(journey.isFullyReachable()).isTrue();
    CheckReport report = model.check();
    assertThat(report.of(Rule.JOURNEY_MISSING_PHASE)).isEmpty();
    assertThat(report.of(Rule.JOURNEY_MANAGEMENT_ONLY)).isEmpty();
    assertThat(report.of(Rule.PERSONA_WITHOUT_JOURNEY)).hasSize(2);
  }
}
