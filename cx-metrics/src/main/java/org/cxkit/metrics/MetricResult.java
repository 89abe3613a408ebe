package org.cxkit.metrics;

import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;

/**
 * The immutable result of a calculator: its sample size and its <em>headline</em> value (NPS: the
 * score on −100..100; CSAT: the top-2-box share in percent; CES and other measures: the mean). A
 * {@link org.cxkit.core.MetricTarget} is judged on the figure its unit names (a box share, NPS
 * points, the mean), computed from the result's {@link #scaleHistogram()}.
 *
 * <p>An empty or too-small sample is a visible state: {@link #headline()} is empty and {@link
 * #reason()} says why. A result never reports 0 or NaN for "no data".
 */
public interface MetricResult {
  /**
   * Returns the id of the calculator that produced this result, such as {@code nps}.
   *
   * @return the calculator id
   */
  String metric();

  /**
   * Returns how many observations the result is based on.
   *
   * @return the sample size, 0 or more
   */
  long n();

  /**
   * Returns the headline value, if the sample allows one.
   *
   * @return the value compared with targets, or empty when there is no value
   */
  OptionalDouble headline();

  /**
   * Returns the unit of the {@link #headline()}: {@link MetricTarget.Unit#NPS_POINTS} for an NPS,
   * {@link MetricTarget.Unit#GOOD_BOX_PERCENT} for a CSAT-style good-box share, {@link
   * MetricTarget.Unit#MEAN} for a mean on the scale. A host's own result says its unit by
   * overriding this.
   *
   * @return the unit, or empty (the default) when the result does not say
   * @since 0.1
   */
  default Optional<MetricTarget.Unit> headlineUnit() {
    return Optional.empty();
  }

  /**
   * Returns why there is no headline value (for example "no responses").
   *
   * @return the reason, or empty when {@link #headline()} is present
   */
  default Optional<String> reason() {
    return headline().isPresent()
        ? Optional.empty()
        : Optional.of(n() == 0 ? "no responses" : "too few responses (n=" + n() + ")");
  }

  /**
   * Returns the exact counts per scale point the result was computed from, if it keeps them. A
   * scorecard judges targets with units (box shares, NPS points, means) from these counts, so a
   * host's own result type supports targets by returning them; the built-in results do.
   *
   * @return the histogram, or empty (the default) when the result keeps none
   * @since 0.1
   */
  default Optional<ScaleHistogram> scaleHistogram() {
    return Optional.empty();
  }

  /**
   * Returns the width of the range the headline lives on, used to compare gaps to targets across
   * measures: 200 for NPS (−100..100), 100 for percentages, {@code points − 1} for a mean on a
   * scale. The default is 100.
   *
   * @return a positive span
   */
  default double headlineSpan() {
    return 100.0;
  }
}
