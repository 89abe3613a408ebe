package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxkit.metrics.ScorecardUnitsTest.answers;
import static org.cxkit.metrics.ScorecardUnitsTest.oneTouchpoint;

import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.ReferenceModels;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.junit.jupiter.api.Test;

/**
 * Targets with a tolerance band (#17): "within tolerance" is a status of its own beside met and
 * missed, as Shostack (1984) tolerates an execution time between the standard and the tolerance.
 */
class ToleranceBandTest {
  /** 30 of 40 answers in CSAT's good box is 75 %: below 80, above the tolerated 70. */
  @Test
  void aFigureBetweenTheThresholdAndTheLimitIsWithinTolerance() {
    List<Response> rs = new ArrayList<>(answers("t", "csat", 4, 30));
    rs.addAll(answers("t", "csat", 2, 10));
    assertThat(status(MetricTarget.goodBoxShare("csat", 80).withTolerance(70), rs))
        .isEqualTo(TargetStatus.WITHIN_TOLERANCE);
    assertThat(status(MetricTarget.goodBoxShare("csat", 80).withTolerance(75), rs))
        .as("equal to the limit is within")
        .isEqualTo(TargetStatus.WITHIN_TOLERANCE);
    assertThat(status(MetricTarget.goodBoxShare("csat", 80).withTolerance(76), rs))
        .isEqualTo(TargetStatus.MISSED);
    assertThat(status(MetricTarget.goodBoxShare("csat", 80), rs)).isEqualTo(TargetStatus.MISSED);
    assertThat(status(MetricTarget.goodBoxShare("csat", 75).withTolerance(60), rs))
        .isEqualTo(TargetStatus.MET);
  }

  /** A mean's band on CES 2.0 (higher is better): the limit lies below the threshold. */
  @Test
  void theBandOfAMeanLiesOnItsWorseSide() {
    // 40 answers of 4 on 1..7 (the default minimum n is 30): mean 4; a target of 5 tolerating 3.5
    // is within, tolerating 4.5 not
    List<Response> rs = answers("t", "ces", 4, 40);
    assertThat(status(MetricTarget.mean("ces", 5).withTolerance(3.5), rs))
        .isEqualTo(TargetStatus.WITHIN_TOLERANCE);
    assertThat(status(MetricTarget.mean("ces", 5).withTolerance(4.5), rs))
        .isEqualTo(TargetStatus.MISSED);
  }

  @Test
  void anOperationalFigureIsJudgedTheSameWay() {
    // Shostack: two minutes' standard, tolerated up to five; lower is better
    MetricTarget shine =
        ReferenceModels.shoeshine().journeys().get(0).touchpoints().get(0).measures().get(0);
    assertThat(TargetStatus.of(shine, 119.5, false)).isEqualTo(TargetStatus.MET);
    assertThat(TargetStatus.of(shine, 240, false)).isEqualTo(TargetStatus.WITHIN_TOLERANCE);
    assertThat(TargetStatus.of(shine, 300.5, false)).isEqualTo(TargetStatus.MISSED);
  }

  /** The scorecard scores answers; targets on operational measures are not its rows. */
  @Test
  void aScorecardLeavesOperationalTargetsOut() {
    OperationalMeasure wait =
        OperationalMeasure.of(
            "wait", "Wait", OperationalMeasure.Kind.WAITING_TIME, OperationalMeasure.Unit.MINUTES);
    Journey j =
        Journey.builder("j")
            .persona("p")
            .stage(
                Stage.builder("s", Phase.DURING)
                    .touchpoint(
                        Touchpoint.builder("t")
                            .measure(MetricTarget.of(wait.id(), MetricTarget.Unit.MEDIAN, 4))
                            .measure(MetricTarget.goodBoxShare("csat", 80))))
            .build();
    CxModel m =
        CxModel.builder("m")
            .operationalMeasure(wait)
            .persona(Persona.of("p", "P"))
            .journey(j)
            .build();
    ScorecardResult r = Scorecard.builder(j).model(m).build().compute(answers("t", "csat", 5, 40));
    assertThat(r.rows()).extracting(x -> x.measure()).containsExactly(MeasureId.of("csat"));
    assertThat(r.rows().get(0).status()).isEqualTo(TargetStatus.MET);
  }

  private static TargetStatus status(MetricTarget target, List<Response> rs) {
    ScorecardResult r = Scorecard.of(oneTouchpoint(target)).compute(rs);
    return r.rows().get(0).status();
  }
}
