package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.metrics.spi.Metric;
import org.junit.jupiter.api.Test;

class MetricsTest {
  static final Measure FCR =
      Measure.of("fcr", "First-contact resolution", Scale.higherIsBetter(0, 1, 1, 1, 1));

  @Test
  void builtInsAreKnownByIdAndDiscoveryIsOptIn() {
    Metrics m = Metrics.builtIns();
    assertThat(m.ids()).containsExactly("ces", "csat", "nps");
    assertThat(m.find("fcr")).isEmpty();
    assertThat(m.forMeasure(Measure.NPS).id()).isEqualTo("nps");
    assertThat(m.forMeasure(Measure.CSAT).id()).isEqualTo("csat");
    assertThat(m.forMeasure(FCR).id()).as("no provider: generic mean").isEqualTo("mean");
    assertThat(m.toString()).isEqualTo("Metrics[ces, csat, nps]");
  }

  @Test
  void serviceLoaderFindsTheTestProvider() {
    Metrics m = Metrics.discover(getClass().getClassLoader());
    assertThat(m.ids()).contains("fcr");
    assertThat(m.provider("fcr").description()).contains("first-contact");
    MetricResult r = m.forMeasure(FCR).compute(new int[] {1, 1, 0, 1});
    assertThat(r).isInstanceOf(FcrProvider.FcrResult.class);
    assertThat(r.headline()).hasValue(75.0);
  }

  @Test
  void unknownAndDuplicateIdsAreClearErrors() {
    assertThatThrownBy(() -> Metrics.builtIns().provider("fcr"))
        .isInstanceOf(UnknownMetricException.class)
        .hasMessageContaining("'fcr'")
        .hasMessageContaining("[ces, csat, nps]");
    assertThatThrownBy(() -> Metrics.builder().add(new FcrProvider()).add(new FcrProvider()))
        .hasMessageContaining("two calculators for id 'fcr'");
    assertThatThrownBy(() -> Metric.ofHistogram("Bad Id", FCR, FcrProvider.FcrResult::new))
        .hasMessageContaining("'Bad Id'");
  }
}
