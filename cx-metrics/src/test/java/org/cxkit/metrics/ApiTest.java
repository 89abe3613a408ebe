package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Journey;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;

/** Null handling of the public API, and the response path with rejects. */
class ApiTest {
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRejectedByName() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(Measure.class, Measure.NPS)
            .setDefault(Scale.class, Scale.NPS)
            .setDefault(Journey.class, ScorecardTest.journey())
            .setDefault(NpsResult.class, Nps.of(9));
    t.testAllPublicStaticMethods(Nps.class);
    t.testAllPublicStaticMethods(ScaleMetrics.class);
    t.testAllPublicStaticMethods(Metrics.class);
    t.testAllPublicStaticMethods(DelightUplift.class);
    t.testAllPublicInstanceMethods(Nps.of(9, 3));
    t.testAllPublicInstanceMethods(Metrics.builtIns());
    t.testAllPublicInstanceMethods(Nps.metric().newAccumulator());
    Scorecard card = Scorecard.builder(ScorecardTest.journey()).measure(MetricsTest.FCR).build();
    t.testAllPublicInstanceMethods(card);
    t.setDefault(MeasureId.class, MeasureId.of("nps"));
    t.testAllPublicInstanceMethods(card.newTally());
    t.testAllPublicInstanceMethods(DelightUplift.binary(Scale.CSAT));
    t.setDefault(DelightUplift.Customer.class, new DelightUplift.Customer<>(5, true));
    t.testAllPublicInstanceMethods(DelightUplift.binary(Scale.CSAT).newTally());
    t.testAllPublicInstanceMethods(DelightUplift.nps(Scale.CSAT).newTally());
    t.testAllPublicInstanceMethods(DelightUplift.numeric(Scale.CSAT).newTally());
    t.testAllPublicStaticMethods(UpliftResult.class);
    t.testAllPublicInstanceMethods(DelightUplift.binary(Scale.CSAT).newTally().result());
    assertThatThrownBy(() -> Scorecard.builder(null)).hasMessage("journey");
  }

  @Test
  void responsesForAnotherMeasureOrOffTheScaleAreNamedOrSetAside() {
    List<Response> rs =
        List.of(
            Response.of("a", "nps", 10),
            Response.of("b", "csat", 4),
            Response.of("c", "nps", 12),
            Response.of("d", "nps", 0));
    assertThatThrownBy(() -> Nps.metric().compute(rs))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("record 1, field 'measure'")
        .hasMessageContaining("measure 'csat' is not 'nps'")
        .hasMessageNotContaining("respondent")
        .hasMessageNotContaining(" b");
    Computation<NpsResult> c = Nps.metric().compute(rs, BadInput.collect(10));
    assertThat(c.result().n()).isEqualTo(2);
    assertThat(c.result().score()).hasValue(0.0);
    assertThat(c.rejected()).isEqualTo(2);
    assertThat(c.rejects().get(1).toString())
        .isEqualTo("record 2, field 'score': score off the nps scale 0..10");
    assertThat(c.toString()).contains("rejected 2");
    Computation<NpsResult> counted = Nps.metric().compute(rs, BadInput.collect(1));
    assertThat(counted.rejected()).isEqualTo(2);
    assertThat(counted.rejects())
        .containsExactly(
            new Reject(InputLocation.record(1, "measure"), "measure 'csat' is not 'nps'"));
  }
}
