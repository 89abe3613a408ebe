package org.cxkit.metrics.spi;

import org.cxkit.core.Measure;
import org.cxkit.metrics.MetricResult;

/**
 * Makes the calculator for a measure: the plug-in point of cx-metrics. The registry ({@code
 * Metrics}) picks the provider whose {@link #id()} equals a measure's id.
 *
 * <p>A provider needs a public no-argument constructor when it is found through {@link
 * java.util.ServiceLoader}. This interface grows only by {@code default} methods.
 *
 * <pre>{@code
 * public final class FcrProvider implements MetricProvider {
 *   public String id() { return "fcr"; }
 *   public Metric<FcrResult> create(Measure measure) {
 *     return Metric.ofHistogram("fcr", measure, FcrResult::new);
 *   }
 * }
 * }</pre>
 */
public interface MetricProvider {
  /**
   * Returns the id of the measure this provider serves, such as {@code fcr}: lower case letters and
   * digits, separated by dots or dashes.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a calculator for a measure with this provider's id (its scale comes from the model).
   *
   * @param measure the measure
   * @return the calculator; never null
   * @throws IllegalArgumentException if the measure's scale does not suit this calculator
   */
  Metric<? extends MetricResult> create(Measure measure);

  /**
   * Returns a one-line description, shown when the registry prints itself.
   *
   * @return the description; the default is the class name
   */
  default String description() {
    return getClass().getName();
  }
}
