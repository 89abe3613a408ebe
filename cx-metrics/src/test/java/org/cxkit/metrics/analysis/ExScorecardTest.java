package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.management.Management;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.Response;
import org.junit.jupiter.api.Test;

class ExScorecardTest {
  private static final TouchpointId CHECK_IN = TouchpointId.of("check-in");
  private static final TouchpointId HELPDESK = TouchpointId.of("helpdesk");
  private static final JourneyId JOURNEY = JourneyId.of("first-visit");

  static CxModel model() {
    return CxModel.builder("Waffle Wednesday")
        .strategy(Fixtures.strategy())
        .persona(Fixtures.maria())
        .journey(Fixtures.firstVisit())
        .measure(Measure.of("ex", "Employee enablement", Scale.CSAT))
        .build()
        .withManagement(
            Management.builder()
                .employeeExperience(
                    EmployeeExperience.of(HELPDESK, "Volunteer").withEnablers(Enabler.TRAINING))
                .employeeExperience(
                    EmployeeExperience.of(CHECK_IN, "Host")
                        .withEnablers(Enabler.TOOLS, Enabler.AUTHORITY)
                        .withMeasure(MetricTarget.mean("ex", 4.0)))
                .build());
  }

  static List<Response> answers(String prefix, String measure, String touchpoint, int... scores) {
    List<Response> out = new ArrayList<>();
    for (int i = 0; i < scores.length; i++) {
      out.add(Response.of(prefix + i, measure, scores[i]).withTouchpoint(touchpoint));
    }
    return out;
  }

  @Test
  void setsTheEmployeesScoreBesideTheCustomersOnTheSameTouchpoint() {
    List<Response> customers = answers("c", "csat", "check-in", 5, 5, 4, 4, 5);
    List<Response> employees = new ArrayList<>(answers("e", "ex", "check-in", 3, 4, 5, 4));
    // An employee's answer on a CX measure is not mistaken for the EX measure.
    employees.addAll(answers("x", "csat", "check-in", 1));
    ExScorecardResult r =
        ExScorecard.builder(model(), JOURNEY).minimumN(3).build().compute(customers, employees);

    assertThat(r.journey()).isEqualTo(JOURNEY);
    assertThat(r.minimumN()).isEqualTo(3);
    // Journey order: check-in (stage attend) comes before helpdesk, whatever the records' order.
    assertThat(r.rows())
        .extracting(ExScorecardResult.Row::touchpoint)
        .containsExactly(CHECK_IN, HELPDESK);
    ExScorecardResult.Row checkIn = r.rows().get(0);
    assertThat(checkIn.roles()).containsExactly("Host");
    assertThat(checkIn.enablers()).containsExactly(Enabler.TOOLS, Enabler.AUTHORITY);

    TouchpointScore ex = checkIn.employee().orElseThrow();
    assertThat(ex.measure()).isEqualTo(MeasureId.of("ex"));
    assertThat(ex.n()).isEqualTo(4);
    // Worked by hand: mean of 3, 4, 5, 4 = 4.00; s = sqrt(2/3) = 0.8165; Student t interval
    // mean ± t(0.975, 3) · s / sqrt(4) with t(0.975, 3) = 3.182446 (NIST/SEMATECH e-Handbook of
    // Statistical Methods, table 1.3.6.7.2): 4.00 ± 1.2992.
    assertThat(ex.value().getAsDouble()).isCloseTo(4.0, within(1e-12));
    Interval i = ex.interval().orElseThrow();
    assertThat(i.lower()).isCloseTo(4.0 - 1.29924, within(1e-4));
    assertThat(ex.status()).isEqualTo(TargetStatus.MET);

    assertThat(checkIn.customer()).hasSize(1);
    TouchpointScore cx = checkIn.customer().get(0);
    assertThat(cx.measure()).isEqualTo(MeasureId.of("csat"));
    assertThat(cx.n()).isEqualTo(5);
    // (5 + 5 + 4 + 4 + 5) / 5 = 4.6 against the fixture's CSAT mean target of 4: met.
    assertThat(cx.value().getAsDouble()).isCloseTo(4.6, within(1e-12));
    assertThat(cx.status()).isEqualTo(TargetStatus.MET);
    assertThat(checkIn.tooFew()).isFalse();

    ExScorecardResult.Row helpdesk = r.rows().get(1);
    assertThat(helpdesk.employee()).isEmpty();
    assertThat(helpdesk.roles()).containsExactly("Volunteer");
    assertThat(r.tooFew()).isEmpty();
    assertThat(r.toString())
        .isEqualTo("ExScorecardResult[first-visit, 2 touchpoints, minimum n 3]");
  }

  @Test
  void aSideBelowTheMinimumNIsMarkedTooFew() {
    ExScorecardResult r =
        ExScorecard.builder(model(), JOURNEY)
            .minimumN(5)
            .build()
            .compute(
                answers("c", "csat", "check-in", 5, 5, 4, 4, 5),
                answers("e", "ex", "check-in", 3, 4, 5, 4));
    ExScorecardResult.Row checkIn = r.rows().get(0);
    assertThat(checkIn.employee().orElseThrow().status()).isEqualTo(TargetStatus.TOO_FEW);
    assertThat(checkIn.employee().orElseThrow().value().getAsDouble())
        .isCloseTo(4.0, within(1e-12));
    assertThat(checkIn.customer().get(0).status()).isEqualTo(TargetStatus.MET);
    assertThat(checkIn.tooFew()).isTrue();
    assertThat(r.tooFew()).containsExactly(CHECK_IN);
  }

  @Test
  void noEmployeeAnswersIsNotEnoughData() {
    ExScorecardResult r =
        ExScorecard.builder(model(), JOURNEY)
            .build()
            .compute(answers("c", "csat", "check-in", 5), List.of());
    TouchpointScore ex = r.rows().get(0).employee().orElseThrow();
    assertThat(ex.n()).isZero();
    assertThat(ex.status()).isEqualTo(TargetStatus.NOT_ENOUGH_DATA);
    assertThat(ex.value()).isEmpty();
  }

  @Test
  void sidesTalliedElsewhereAreJoinedAndAnotherJourneysResultIsRefused() {
    ExScorecard card = ExScorecard.builder(model(), JOURNEY).minimumN(3).build();
    ScorecardResult cx =
        card.customerScorecard()
            .newState()
            .addAll(answers("c", "csat", "check-in", 5, 5, 4, 4, 5))
            .result();
    ScorecardResult ex =
        card.employeeScorecard()
            .newState()
            .addAll(answers("e", "ex", "check-in", 3, 4, 5, 4))
            .result();
    assertThat(card.result(cx, ex))
        .isEqualTo(
            card.compute(
                answers("c", "csat", "check-in", 5, 5, 4, 4, 5),
                answers("e", "ex", "check-in", 3, 4, 5, 4)));
    ScorecardResult other =
        Scorecard.of(
                Journey.builder("other")
                    .persona("maria")
                    .stage(Stage.builder("s", Phase.BEFORE).touchpoint(Touchpoint.builder("t")))
                    .build())
            .compute(List.of());
    assertThatThrownBy(() -> card.result(other, ex))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customerSide: a result of another journey");
  }

  @Test
  void anUnknownJourneyIsRefusedWithoutRepeatingTheId() {
    assertThatThrownBy(() -> ExScorecard.builder(model(), JourneyId.of("secret-journey")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("journey: the model has no journey of that id");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreNamed() {
    assertThatThrownBy(() -> ExScorecard.builder(null, JOURNEY)).hasMessage("model");
    ExScorecard card = ExScorecard.builder(model(), JOURNEY).build();
    assertThatThrownBy(() -> card.compute(List.of(), null)).hasMessage("employeeAnswers");
  }
}
