package org.cxkit.metrics;

import org.cxkit.core.Measure;
import org.cxkit.metrics.spi.Metric;
import org.cxkit.metrics.spi.MetricProvider;

/**
 * A host's own calculator, registered only through the test provider file
 * src/test/resources/META-INF/services/org.cxkit.metrics.spi.MetricProvider: first-contact
 * resolution, the share of contacts resolved at the first contact (scale 0 = no, 1 = yes).
 */
public final class FcrProvider implements MetricProvider {
  /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
  public FcrProvider() {}

  @Override
  public String id() {
    return "fcr";
  }

  @Override
  public Metric<FcrResult> create(Measure measure) {
    return Metric.ofHistogram("fcr", measure, FcrResult::new);
  }

  @Override
  public String description() {
    return "first-contact resolution (test provider)";
  }

  /** The share resolved at first contact, in percent. */
  public record FcrResult(ScaleHistogram histogram) implements MetricResult {
    @Override
    public String metric() {
      return "fcr";
    }

    @Override
    public java.util.Optional<ScaleHistogram> scaleHistogram() {
      return java.util.Optional.of(histogram);
    }

    @Override
    public long n() {
      return histogram.n();
    }

    @Override
    public java.util.OptionalDouble headline() {
      long n = n();
      return n == 0
          ? java.util.OptionalDouble.empty()
          : java.util.OptionalDouble.of(100.0 * histogram.goodCount() / n);
    }
  }
}
