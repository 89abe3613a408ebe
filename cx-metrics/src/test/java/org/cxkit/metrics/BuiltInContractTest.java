package org.cxkit.metrics;

import org.cxkit.metrics.spi.Metric;
import org.cxkit.metrics.tck.MetricContract;
import org.junit.jupiter.api.Nested;

/** The contract kit run against every built-in calculator and the test provider's. */
class BuiltInContractTest {
  @Nested
  class NpsContract extends MetricContract<NpsResult> {
    @Override
    protected Metric<NpsResult> metric() {
      return Nps.metric();
    }
  }

  @Nested
  class CsatContract extends MetricContract<ScaleResult> {
    @Override
    protected Metric<ScaleResult> metric() {
      return ScaleMetrics.csat();
    }
  }

  @Nested
  class CesContract extends MetricContract<ScaleResult> {
    @Override
    protected Metric<ScaleResult> metric() {
      return ScaleMetrics.ces();
    }
  }

  @Nested
  class WideMeanContract extends MetricContract<ScaleResult> {
    @Override
    protected Metric<ScaleResult> metric() {
      return ScaleMetrics.mean(AccumulatorContractTest.WIDE);
    }
  }

  @Nested
  class CentredContract extends MetricContract<ScaleResult> {
    @Override
    protected Metric<ScaleResult> metric() {
      return ScaleMetrics.mean(AccumulatorContractTest.CENTRED);
    }
  }

  @Nested
  class LowerIsBetterContract extends MetricContract<ScaleResult> {
    @Override
    protected Metric<ScaleResult> metric() {
      return ScaleMetrics.mean(AccumulatorContractTest.LOWER);
    }
  }

  @Nested
  class FcrContract extends MetricContract<FcrProvider.FcrResult> {
    @Override
    protected Metric<FcrProvider.FcrResult> metric() {
      return new FcrProvider().create(MetricsTest.FCR);
    }
  }
}
