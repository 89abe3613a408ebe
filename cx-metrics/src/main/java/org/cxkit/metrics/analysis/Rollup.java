package org.cxkit.metrics.analysis;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.MeasureId;
import org.cxkit.metrics.MetricResult;

/**
 * A result rolled up over several touchpoints: a stage, a phase or the whole journey, on one
 * measure. Rollups merge the touchpoints' accumulators, so they weigh every response once.
 *
 * @param level what was rolled up: {@code stage}, {@code phase} or {@code journey}
 * @param name the stage id, the phase name or the journey id
 * @param measure the measure
 * @param result the merged result
 */
public record Rollup(String level, String name, MeasureId measure, MetricResult result) {
  /**
   * Validates the components.
   *
   * @param level what was rolled up: {@code stage}, {@code phase} or {@code journey}
   * @param name the stage id, the phase name or the journey id
   * @param measure the measure
   * @param result the merged result
   * @throws NullPointerException if an argument is null
   */
  public Rollup {
    requireNonNull(level, "level");
    requireNonNull(name, "name");
    requireNonNull(measure, "measure");
    requireNonNull(result, "result");
  }

  @Override
  public String toString() {
    return level
        + " "
        + name
        + " "
        + measure
        + " n="
        + result.n()
        + " "
        + org.cxkit.metrics.internal.Numbers.brief(result.headline());
  }
}
