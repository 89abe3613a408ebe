package org.cxkit.metrics.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.cxkit.core.MeasureId;
import org.cxkit.metrics.MetricResult;

/**
 * A result rolled up over several touchpoints: a stage, a phase or the whole journey, on one
 * measure. Rollups merge the touchpoints' accumulators, so they weigh every response once.
 *
 * @param level what was rolled up
 * @param name the stage id, the phase name or the journey id
 * @param measure the measure
 * @param result the merged result
 */
public record Rollup(Level level, String name, MeasureId measure, MetricResult result) {
  /**
   * What a {@link Rollup} rolls up.
   *
   * @since 0.1
   */
  public enum Level {
    /** The touchpoints of one stage; the rollup's name is the stage id. */
    STAGE,
    /** The touchpoints of every stage in one phase; the rollup's name is the phase's name. */
    PHASE,
    /** Every touchpoint of the journey; the rollup's name is the journey id. */
    JOURNEY
  }

  /**
   * Validates the components.
   *
   * @param level what was rolled up
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
    return level.name().toLowerCase(Locale.ROOT)
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
