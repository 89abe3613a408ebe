package org.cxkit.metrics;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.Measure;
import org.cxkit.metrics.internal.HistogramMetric;
import org.cxkit.metrics.spi.Metric;

/**
 * Calculators for rating scales: CSAT (headline: top-2-box percent), CES (headline: mean) and a
 * generic one for any measure (headline: mean).
 *
 * <pre>{@code
 * ScaleResult r = ScaleMetrics.csat().compute(new int[] {5, 4, 4, 3, 1});
 * ScaleResult effort = ScaleMetrics.mean(myMeasure).compute(scores);
 * }</pre>
 */
public final class ScaleMetrics {
  private static final Metric<ScaleResult> CSAT = csat(Measure.CSAT);
  private static final Metric<ScaleResult> CES = ces(Measure.CES);

  private ScaleMetrics() {}

  /**
   * Returns the CSAT calculator for the built-in 1..5 measure.
   *
   * @return the calculator, id {@code csat}
   */
  public static Metric<ScaleResult> csat() {
    return CSAT;
  }

  /**
   * Returns a CSAT calculator (headline: good-box percent) for a measure.
   *
   * @param measure the measure
   * @return the calculator, id {@code csat}
   */
  public static Metric<ScaleResult> csat(Measure measure) {
    return of("csat", measure, ScaleResult.Headline.GOOD_BOX_PERCENT);
  }

  /**
   * Returns the CES calculator for the built-in 1..7 measure.
   *
   * @return the calculator, id {@code ces}
   */
  public static Metric<ScaleResult> ces() {
    return CES;
  }

  /**
   * Returns a CES calculator (headline: mean) for a measure.
   *
   * @param measure the measure
   * @return the calculator, id {@code ces}
   */
  public static Metric<ScaleResult> ces(Measure measure) {
    return of("ces", measure, ScaleResult.Headline.MEAN);
  }

  /**
   * Returns the generic calculator for any measure (headline: mean; top, good and bottom box shares
   * alongside).
   *
   * @param measure the measure
   * @return the calculator, id {@code mean}
   */
  public static Metric<ScaleResult> mean(Measure measure) {
    return of("mean", measure, ScaleResult.Headline.MEAN);
  }

  private static Metric<ScaleResult> of(String id, Measure measure, ScaleResult.Headline headline) {
    requireNonNull(measure, "measure");
    return new HistogramMetric<>(id, measure, h -> new ScaleResult(id, h, headline));
  }
}
