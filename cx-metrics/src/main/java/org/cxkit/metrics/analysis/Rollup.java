package org.cxkit.metrics.analysis;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.ScaleHistogram;

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
    JOURNEY,
    /**
     * The answers given without a touchpoint, for the experience as a whole (such as NPS asked at
     * the end of a survey); the rollup's name is the journey id. A population of its own, never
     * merged with touchpoint answers.
     */
    OVERALL_ANSWERS
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

  /**
   * Returns the unit of the rollup's figure, the unit of the calculator's headline: NPS points for
   * NPS, the good-box share in percent for CSAT, the mean on the scale otherwise.
   *
   * @return the unit, or empty for a host's own result type
   */
  public Optional<MetricTarget.Unit> unit() {
    return Optional.ofNullable(TargetFigures.headlineUnit(result));
  }

  /**
   * Returns the rollup's figure in its {@link #unit()} (the calculator's headline).
   *
   * @return the figure, or empty without answers
   */
  public OptionalDouble value() {
    return result.headline();
  }

  /**
   * Returns the 95 % interval of the figure: adjusted Wald for NPS, Wilson for a share, Student t
   * for a mean.
   *
   * @return the interval, or empty when the sample gives none (or for a host's own result type)
   */
  public Optional<Interval> interval() {
    ScaleHistogram h = TargetFigures.histogram(result);
    return h == null || unit().isEmpty()
        ? Optional.empty()
        : TargetFigures.interval(h, unit().orElseThrow());
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
        + org.cxkit.metrics.internal.Numbers.brief(result.headline())
        + unit().map(u -> u == MetricTarget.Unit.MEAN ? " mean" : " " + u.label()).orElse("");
  }
}
