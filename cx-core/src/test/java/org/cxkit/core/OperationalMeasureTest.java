package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cxkit.core.MetricTarget.Unit;
import org.cxkit.core.OperationalMeasure.Kind;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/**
 * Operational measures (a unit and a kind, values that need not be whole) and targets with a
 * tolerance band (#17): a target in the wrong unit for its measure fails the model's build.
 */
class OperationalMeasureTest {
  static final OperationalMeasure WAIT =
      OperationalMeasure.of(
          "wait", "Waiting time", Kind.WAITING_TIME, OperationalMeasure.Unit.MINUTES);
  static final OperationalMeasure FCR =
      OperationalMeasure.of(
              "fcr", "First-contact resolution", Kind.RATE, OperationalMeasure.Unit.PERCENT)
          .withBetter(Direction.HIGHER_IS_BETTER);

  static CxModel model(MetricTarget target) {
    return CxModel.builder("m")
        .operationalMeasure(WAIT)
        .operationalMeasure(FCR)
        .persona(Persona.of("p", "P"))
        .journey(
            Journey.builder("j")
                .persona("p")
                .stage(
                    Stage.builder("s", Phase.DURING)
                        .touchpoint(Touchpoint.builder("queue").measure(target))))
        .build();
  }

  static List<String> problems(MetricTarget target) {
    try {
      model(target);
      return List.of();
    } catch (ModelValidationException e) {
      return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }
  }

  @Test
  void aUnitThatDoesNotFitTheKindIsRejectedNamingTheField() {
    assertThatThrownBy(
            () ->
                OperationalMeasure.of("w", "W", Kind.WAITING_TIME, OperationalMeasure.Unit.PERCENT))
        .isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("unit")
        .hasMessageContaining("SECONDS, MINUTES, HOURS or DAYS");
    assertThatThrownBy(
            () -> OperationalMeasure.of("r", "R", Kind.RATE, OperationalMeasure.Unit.COUNT))
        .hasMessageContaining("PERCENT");
    assertThatThrownBy(
            () -> OperationalMeasure.of("c", "C", Kind.COUNT, OperationalMeasure.Unit.SECONDS))
        .hasMessageContaining("COUNT");
  }

  @Test
  void nonIntegerValuesAndMediansAndPercentilesAreTargets() {
    CxModel m = model(MetricTarget.of(WAIT.id(), Unit.P90, 7.5).withTolerance(12.25));
    MetricTarget t = m.journeys().get(0).touchpoints().get(0).measures().get(0);
    assertThat(t.threshold()).isEqualTo(7.5);
    assertThat(t.tolerance()).hasValue(12.25);
    assertThat(t).hasToString("wait target 90th percentile 7.5 tolerating 12.25");
    assertThat(m.operationalMeasure(WAIT.id())).contains(WAIT);
    assertThat(m.measure(WAIT.id())).isEmpty();
    assertThat(problems(MetricTarget.of(WAIT.id(), Unit.MEDIAN, 4))).isEmpty();
    assertThat(problems(MetricTarget.of(WAIT.id(), Unit.MEAN, 4))).isEmpty();
  }

  @Test
  void aSurveyUnitOnAnOperationalMeasureFailsTheBuild() {
    assertThat(problems(MetricTarget.goodBoxShare("wait", 80)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("journeys[j].stages[s].touchpoints[queue].measures[0].unit: ")
        .contains("GOOD_BOX_PERCENT is for survey measures")
        .contains("MEAN, MEDIAN or P90")
        .contains("MINUTES");
    assertThat(problems(MetricTarget.npsPoints("wait", 10))).hasSize(1);
  }

  @Test
  void anOperationalUnitOnASurveyMeasureFailsTheBuild() {
    assertThat(problems(MetricTarget.of(MeasureId.of("csat"), Unit.MEDIAN, 4)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .startsWith("journeys[j].stages[s].touchpoints[queue].measures[0].unit: ")
        .contains("MEDIAN is for operational measures");
    // the mean fits both kinds
    assertThat(problems(MetricTarget.mean("csat", 4.2))).isEmpty();
  }

  @Test
  void aToleranceOnTheBetterSideFailsTheBuild() {
    // lower waits are better: a limit below the threshold would tolerate a better figure
    assertThat(problems(MetricTarget.of(WAIT.id(), Unit.MEAN, 10).withTolerance(5)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("measures[0].tolerance: ")
        .contains("above it");
    // a higher resolution rate is better: the limit lies below the threshold
    assertThat(problems(MetricTarget.of(FCR.id(), Unit.MEAN, 80).withTolerance(70))).isEmpty();
    assertThat(problems(MetricTarget.of(FCR.id(), Unit.MEAN, 80).withTolerance(90)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("below it");
    // survey targets have bands too, on the side the scale's direction says
    assertThat(problems(MetricTarget.npsPoints("nps", 30).withTolerance(20))).isEmpty();
    assertThat(problems(MetricTarget.npsPoints("nps", 30).withTolerance(40))).hasSize(1);
  }

  @Test
  void valuesOutsideTheMeasuresUnitFailTheBuild() {
    assertThat(problems(MetricTarget.of(WAIT.id(), Unit.MEAN, -1)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("measures[0].threshold: ")
        .contains("0 or more");
    assertThat(problems(MetricTarget.of(FCR.id(), Unit.MEAN, 101)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("0..100");
    assertThat(problems(MetricTarget.mean("csat", 4).withTolerance(0.5)))
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("threshold");
  }

  @Test
  void anOperationalIdMayNotRepeatASurveyMeasureOrItself() {
    assertThatThrownBy(
            () ->
                CxModel.builder("m")
                    .operationalMeasure(
                        OperationalMeasure.of(
                            "nps", "N", Kind.COUNT, OperationalMeasure.Unit.COUNT))
                    .operationalMeasure(WAIT)
                    .operationalMeasure(WAIT)
                    .build())
        .isInstanceOfSatisfying(
            ModelValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.path().toString())
                    .containsExactly(
                        "operationalMeasures[nps].id", "operationalMeasures[wait].id"));
  }

  @Test
  void toleranceBandsJudgeFiguresOnEitherDirection() {
    MetricTarget lower = MetricTarget.of(WAIT.id(), Unit.MEAN, 2).withTolerance(5);
    assertThat(lower.isMetBy(2, false)).isTrue();
    assertThat(lower.isWithinToleranceBy(2, false)).isFalse();
    assertThat(lower.isWithinToleranceBy(2.01, false)).isTrue();
    assertThat(lower.isWithinToleranceBy(5, false)).isTrue();
    assertThat(lower.isWithinToleranceBy(5.01, false)).isFalse();
    MetricTarget higher = MetricTarget.goodBoxShare("csat", 80).withTolerance(75);
    assertThat(higher.isWithinToleranceBy(77.5, true)).isTrue();
    assertThat(higher.isWithinToleranceBy(74.9, true)).isFalse();
    assertThat(MetricTarget.goodBoxShare("csat", 80).isWithinToleranceBy(79, true)).isFalse();
  }

  @Test
  void aToleranceIsCheckedWhereTheUnitAloneRulesItOut() {
    assertThatThrownBy(() -> MetricTarget.goodBoxShare("csat", 80).withTolerance(80))
        .hasMessageContaining("differ from its threshold");
    assertThatThrownBy(() -> MetricTarget.goodBoxShare("csat", 80).withTolerance(-1))
        .hasMessageContaining("tolerance")
        .hasMessageContaining("0..100");
    assertThatThrownBy(() -> MetricTarget.mean("ces", 5).withTolerance(Double.NaN))
        .hasMessageContaining("finite");
  }

  @Test
  void toleranceTakesPartInEquality() {
    MetricTarget a = MetricTarget.mean("ces", 5);
    assertThat(a.withTolerance(4)).isEqualTo(MetricTarget.mean("ces", 5).withTolerance(4));
    assertThat(a.withTolerance(4)).isNotEqualTo(a).isNotEqualTo(a.withTolerance(4.5));
    assertThat(a.withTolerance(4).withoutTolerance()).isEqualTo(a);
    assertThat(a.withTolerance(4).hashCode()).isEqualTo(a.withTolerance(4).hashCode());
  }

  @Test
  void operationalMeasuresSurviveTheModelsWithers() {
    CxModel m = model(MetricTarget.of(WAIT.id(), Unit.MEDIAN, 3));
    assertThat(m.toBuilder().build()).isEqualTo(m);
    assertThat(m.withStrategy(m.strategy()).operationalMeasures()).containsExactly(WAIT, FCR);
    assertThat(m.withJourney(m.journeys().get(0)).operationalMeasures()).containsExactly(WAIT, FCR);
    assertThat(m).isNotEqualTo(CxModel.builder("m").persona(Persona.of("p", "P")).build());
  }

  @Test
  void shostacksStandardsAndToleranceAreData() {
    // Shostack (1984): the shine's standard execution time is 2 minutes, tolerated up to 5
    CxModel shoeshine = ReferenceModels.shoeshine();
    MetricTarget whole =
        shoeshine
            .journey(JourneyId.of("corner-shoeshine"))
            .orElseThrow()
            .touchpoints()
            .get(0)
            .measures()
            .get(0);
    assertThat(whole.threshold()).isEqualTo(120);
    assertThat(whole.tolerance()).hasValue(300);
    assertThat(shoeshine.operationalMeasures())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.kind()).isEqualTo(Kind.HANDLING_TIME);
              assertThat(o.unit()).isEqualTo(OperationalMeasure.Unit.SECONDS);
            });
  }

  @Test
  void toStringIsOneLine() {
    assertThat(WAIT)
        .hasToString(
            "OperationalMeasure[wait \"Waiting time\" WAITING_TIME in min, lower is better]");
    assertThat(FCR.toString()).endsWith("RATE in %, higher is better]");
  }
}
