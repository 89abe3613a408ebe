package org.cxkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What a touchpoint is measured with and the value that counts as good.
 *
 * <p>The threshold is compared with the measure's <em>headline</em> value as cx-metrics computes
 * it: for NPS the score on −100..100; for CSAT the top-2-box share in percent (0..100); for CES and
 * any other measure the mean on its scale. Whether a result must be above or below the threshold
 * follows the measure's {@link Scale#better() direction}; a result equal to the threshold meets it.
 *
 * <pre>{@code
 * MetricTarget.of("nps", 30);    // NPS of 30 or more
 * MetricTarget.of("csat", 80);   // 80 % or more answer 4 or 5
 * }</pre>
 *
 * @param measure the measure
 * @param threshold the headline value that counts as good; finite
 */
public record MetricTarget(MeasureId measure, double threshold) {
  /**
   * Validates the components.
   *
   * @param measure the measure
   * @param threshold the headline value that counts as good; finite
   * @throws NullPointerException if {@code measure} is null
   * @throws IllegalArgumentException if the threshold is not finite
   */
  public MetricTarget {
    requireNonNull(measure, "measure");
    checkArgument(Double.isFinite(threshold), "threshold must be finite, got %s", threshold);
    if (threshold == 0.0) {
      threshold = 0.0; // normalise -0.0, which records would otherwise treat as a different value
    }
  }

  /**
   * Returns a target.
   *
   * @param measure the measure id, such as {@code nps}
   * @param threshold the headline value that counts as good
   * @return the target
   */
  public static MetricTarget of(String measure, double threshold) {
    return new MetricTarget(MeasureId.of(measure), threshold);
  }

  @Override
  public String toString() {
    return measure
        + " target "
        + (threshold == Math.rint(threshold) && Math.abs(threshold) < 1e15
            ? Long.toString((long) threshold)
            : Double.toString(threshold));
  }
}
