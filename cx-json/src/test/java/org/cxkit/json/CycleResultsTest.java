package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.Measure;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.management.Management;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.ExScorecard;
import org.cxkit.metrics.analysis.ExScorecardResult;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.RecoveryParadox;
import org.cxkit.metrics.journeys.RecoveryResult;
import org.cxkit.metrics.journeys.ServiceRecovery;
import org.junit.jupiter.api.Test;

/**
 * The management cycle's result kinds ({@code service-recovery}, {@code recovery-paradox}, {@code
 * ex-scorecard}): checked-in golden documents pin the format (they read to the result the analysis
 * gives, re-write byte for byte and validate against the results schema), results round-trip alone
 * and inside a result set, and contradicting documents are refused without quoting them.
 */
class CycleResultsTest {
  static final CxJson JSON = CxJson.defaults();
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static RecoveryResult recovery() {
    ServiceRecovery.State s = ServiceRecovery.of(Scale.CSAT).newState();
    s.add(
        FeedbackCase.builder()
            .id("a")
            .channel(Channel.FORUM)
            .alsoVia(Channel.PHONE)
            .category("upload-failed")
            .severity(CaseSeverity.HIGH)
            .received(T0)
            .firstResponse(T0.plus(Duration.ofHours(2)))
            .resolved(T0.plus(Duration.ofHours(3)))
            .contacts(2)
            .action(RecoveryAction.LISTENING)
            .action(RecoveryAction.FIX)
            .ratingAfterRecovery(5)
            .build());
    s.add(
        FeedbackCase.builder()
            .id("b")
            .channel(Channel.PHONE)
            .category("long-wait")
            .severity(CaseSeverity.LOW)
            .received(T0)
            .firstResponse(T0.plus(Duration.ofMinutes(30)))
            .resolved(T0.plus(Duration.ofMinutes(30)))
            .action(RecoveryAction.APOLOGY)
            .ratingAfterRecovery(4)
            .build());
    s.add(
        FeedbackCase.builder()
            .id("c")
            .channel(Channel.LETTER)
            .category("missing-documents")
            .severity(CaseSeverity.MEDIUM)
            .received(T0)
            .build());
    return s.result();
  }

  static ParadoxResult paradox() {
    RecoveryParadox.State s = RecoveryParadox.of(Scale.CSAT).newState();
    for (int r : new int[] {5, 4, 5}) {
      s.add(RecoveryParadox.Group.RECOVERED, r);
    }
    s.add(RecoveryParadox.Group.NOT_RECOVERED, 2);
    for (int r : new int[] {3, 4, 3, 4}) {
      s.add(RecoveryParadox.Group.NEVER_FAILED, r);
    }
    return s.result();
  }

  static ExScorecardResult ex() {
    CxModel model =
        CxModel.builder("Waffle Wednesday")
            .strategy(Fixtures.strategy())
            .persona(Fixtures.maria())
            .journey(Fixtures.firstVisit())
            .measure(Measure.of("ex", "Employee enablement", Scale.CSAT))
            .build()
            .withManagement(
                Management.builder()
                    .employeeExperience(
                        EmployeeExperience.of(TouchpointId.of("check-in"), "Host")
                            .withEnablers(Enabler.TOOLS)
                            .withMeasure(MetricTarget.mean("ex", 4.0)))
                    .employeeExperience(
                        EmployeeExperience.of(TouchpointId.of("helpdesk"), "Volunteer"))
                    .build());
    return ExScorecard.builder(model, JourneyId.of("first-visit"))
        .minimumN(3)
        .build()
        .compute(
            List.of(
                Response.of("c1", "csat", 5).withTouchpoint("check-in"),
                Response.of("c2", "csat", 4).withTouchpoint("check-in")),
            List.of(
                Response.of("e1", "ex", 3).withTouchpoint("check-in"),
                Response.of("e2", "ex", 4).withTouchpoint("check-in"),
                Response.of("e3", "ex", 5).withTouchpoint("check-in")));
  }

  @Test
  void serviceRecoveryGolden() {
    String golden = CxJsonTest.golden("service-recovery-1.0.json");
    RecoveryResult r = JSON.readResult(golden, RecoveryResult.class);
    assertThat(r).isEqualTo(recovery());
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "service-recovery golden");
  }

  @Test
  void recoveryParadoxGolden() {
    String golden = CxJsonTest.golden("recovery-paradox-1.0.json");
    ParadoxResult r = JSON.readResult(golden, ParadoxResult.class);
    assertThat(r).isEqualTo(paradox());
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "recovery-paradox golden");
  }

  @Test
  void exScorecardGolden() {
    String golden = CxJsonTest.golden("ex-scorecard-1.0.json");
    ExScorecardResult r = JSON.readResult(golden, ExScorecardResult.class);
    assertThat(r).isEqualTo(ex());
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "ex-scorecard golden");
  }

  @Test
  void theNewKindsRoundTripInsideAResultSet() {
    ResultSet set =
        ResultSet.builder("cycle")
            .add("service recovery", recovery())
            .add("recovery paradox", paradox())
            .add("ex beside cx", ex())
            .build();
    String json = JSON.writeResult(set);
    ResultSchemaTest.assertValid(json, "result set of the cycle's kinds");
    ResultSet back = JSON.readResult(json, ResultSet.class);
    assertThat(back).isEqualTo(set);
    assertThat(back.get("service recovery", RecoveryResult.class)).contains(recovery());
  }

  @Test
  void aDerivedFigureThatDisagreesIsRefused() {
    String golden = CxJsonTest.golden("recovery-paradox-1.0.json");
    String wrong = golden.replaceFirst("\"difference\": [-0-9.eE]+", "\"difference\": 9.5");
    assertThat(wrong).isNotEqualTo(golden);
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(wrong, ParadoxResult.class));
    assertThat(e.pointer()).hasValue("/difference");
    assertThat(e.getMessage()).doesNotContain("9.5");
  }

  @Test
  void contradictingFiguresAreRefusedWithoutQuotingThem() {
    String golden = CxJsonTest.golden("service-recovery-1.0.json");
    // More first-contact resolutions (3) than resolved cases (2).
    String tooMany =
        golden.replaceFirst(
            "\"firstContactResolution\": \\{\n    \"count\": 1,",
            "\"firstContactResolution\": {\n    \"count\": 3,");
    assertThat(tooMany).isNotEqualTo(golden);
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(tooMany, RecoveryResult.class));
    assertThat(e.kind()).isEqualTo(org.cxkit.metrics.BadInputException.Kind.MODEL);
    // An action listed twice is a structure error at the list.
    String twice = golden.replace("\"action\": \"FIX\"", "\"action\": \"APOLOGY\"");
    CxJsonException dup =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(twice, RecoveryResult.class));
    assertThat(dup.pointer()).hasValue("/byAction");
    assertThat(dup.getMessage()).contains("an action listed twice");
  }

  @Test
  void theGoldenFilesAreWhatTheAnalysesWrite() {
    // The format is pinned by the golden files; the figures are the analyses' (checked in their
    // own tests against hand-worked values), so a regenerated golden must come from these inputs.
    assertThat(JSON.writeResult(recovery()))
        .isEqualTo(CxJsonTest.golden("service-recovery-1.0.json"));
    assertThat(JSON.writeResult(paradox()))
        .isEqualTo(CxJsonTest.golden("recovery-paradox-1.0.json"));
    assertThat(JSON.writeResult(ex())).isEqualTo(CxJsonTest.golden("ex-scorecard-1.0.json"));
  }
}
