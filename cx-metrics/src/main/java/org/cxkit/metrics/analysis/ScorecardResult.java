package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.cxkit.core.JourneyId;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.GroupComparison;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.internal.MultipleTesting;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.jspecify.annotations.Nullable;

/**
 * The result of a {@link Scorecard}: a row per touchpoint and measure, rollups by stage, phase and
 * journey, the ranking against targets, the weakest link, and everything that was not scored
 * (touchpoints without data, responses for unknown touchpoints or without one, rejects).
 *
 * <p>How targets are judged: each row's figure is in its target's {@linkplain MetricTarget#unit()
 * unit} (a top- or good-box share in percent, NPS points, or a mean on the scale). A row without
 * answers is {@link TargetStatus#NOT_ENOUGH_DATA}; a row with fewer answers than the minimum n
 * (default {@value Scorecard#DEFAULT_MINIMUM_N}) keeps its value and interval but is {@link
 * TargetStatus#TOO_FEW}, neither met nor missed; otherwise the figure is compared with the
 * threshold (higher is better for shares and NPS points, the scale's direction decides for means;
 * equal meets) and tested against it, the p values adjusted across every target judged ({@link
 * #correction()}, Holm by default), so {@link #flagged()} says which differences are beyond noise.
 * The <em>ranking</em> orders judged rows best to worst by their gap relative to the unit's span.
 * The <em>weakest link</em> is the judged row most below its target. The <em>weakest stage</em> of
 * a measure ({@link #weakestStage(MeasureId)}) is the stage scoring worst, named only when it is
 * significantly worse than every other stage. The per-respondent "string of pearls" figure ({@link
 * #lowestExperiences()}) is separate: where respondents' lowest experiences fall, normalised for
 * how many touchpoints each answered. Answers without a touchpoint are scored apart ({@link
 * #overallAnswers()}).
 *
 * @param journey the journey's id
 * @param minimumN the minimum n used for judging targets
 * @param correction how the rows' p values against their targets are adjusted for the number of
 *     targets judged
 * @param alpha the significance level a row's adjusted p is compared with
 * @param rows one row per touchpoint and measure (targets first), in journey order
 * @param stages rollups per stage and measure
 * @param phases rollups per phase and measure
 * @param overall rollups of the touchpoint answers over the whole journey, per measure
 * @param overallAnswers the answers without a touchpoint (such as "how likely are you to recommend
 *     us?" asked of the whole experience), one rollup per measure at level {@link
 *     Rollup.Level#OVERALL_ANSWERS}: a population of its own, never mixed with touchpoint answers
 * @param noData touchpoints without any response
 * @param unknownTouchpoints responses for touchpoints the journey does not have, counted per id
 * @param untagged responses without a touchpoint (scored in {@code overallAnswers})
 * @param rejected how many responses were left out as bad
 * @param rejects the first responses left out, each with its record position and reason, up to the
 *     policy's limit
 * @param lowestExperiences the "string of pearls" figure per touchpoint answered by a compared
 *     respondent, in journey order
 * @param respondentsCompared how many respondents answered at two or more touchpoints
 */
public record ScorecardResult(
    JourneyId journey,
    long minimumN,
    Trends.Correction correction,
    double alpha,
    ImmutableList<TouchpointScore> rows,
    ImmutableList<Rollup> stages,
    ImmutableList<Rollup> phases,
    ImmutableList<Rollup> overall,
    ImmutableList<Rollup> overallAnswers,
    ImmutableList<TouchpointId> noData,
    ImmutableSortedMap<TouchpointId, Long> unknownTouchpoints,
    long untagged,
    long rejected,
    ImmutableList<Reject> rejects,
    ImmutableList<LowestExperience> lowestExperiences,
    long respondentsCompared) {
  /**
   * Validates and copies the components.
   *
   * @param journey the journey's id
   * @param minimumN the minimum n used for judging targets
   * @param correction how the rows' p values are adjusted for the number of targets judged
   * @param alpha the significance level a row's adjusted p is compared with
   * @param rows one row per touchpoint and measure (targets first), in journey order
   * @param stages rollups per stage and measure
   * @param phases rollups per phase and measure
   * @param overall rollups of the touchpoint answers over the whole journey, per measure
   * @param overallAnswers the answers without a touchpoint, one rollup per measure
   * @param noData touchpoints without any response
   * @param unknownTouchpoints responses for touchpoints the journey does not have, counted per id
   * @param untagged responses without a touchpoint
   * @param rejected how many responses were left out as bad
   * @param rejects the first responses left out, each with its record position and reason
   * @param lowestExperiences the "string of pearls" figure per touchpoint
   * @param respondentsCompared how many respondents answered at two or more touchpoints
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if more rejects are listed than rejected, or a reject is not
   *     located by its record
   */
  public ScorecardResult {
    requireNonNull(journey, "journey");
    requireNonNull(correction, "correction");
    checkArgument(minimumN >= 1, "minimumN must be at least 1");
    checkArgument(alpha > 0 && alpha < 1, "alpha must be within (0, 1)");
    rows = ImmutableList.copyOf(rows);
    stages = ImmutableList.copyOf(stages);
    phases = ImmutableList.copyOf(phases);
    overall = ImmutableList.copyOf(overall);
    overallAnswers = ImmutableList.copyOf(overallAnswers);
    for (Rollup r : overallAnswers) {
      checkArgument(
          r.level() == Rollup.Level.OVERALL_ANSWERS,
          "overallAnswers holds rollups of level OVERALL_ANSWERS only");
    }
    noData = ImmutableList.copyOf(noData);
    unknownTouchpoints = ImmutableSortedMap.copyOf(unknownTouchpoints);
    rejects = ImmutableList.copyOf(rejects);
    checkArgument(
        rejected >= rejects.size(),
        "rejected must be at least the listed rejects, got %s",
        rejected);
    for (Reject r : rejects) {
      checkArgument(
          r.location() instanceof InputLocation.RecordPosition,
          "a scorecard's rejects are located by their record");
    }
    lowestExperiences = ImmutableList.copyOf(lowestExperiences);
    checkArgument(respondentsCompared >= 0, "respondentsCompared must not be negative");
  }

  static ScorecardResult build(
      Scorecard card,
      Map<MeasureId, GroupedAccumulator<?>> grouped,
      Map<MeasureId, MetricResult> overallAnswers,
      Map<TouchpointId, Long> unknown,
      long untagged,
      long rejected,
      List<Reject> rejects,
      List<LowestExperience> lowest,
      long respondents) {
    List<Draft> rows = new ArrayList<>();
    List<TouchpointId> noData = new ArrayList<>();
    ImmutableList<Stage> stageList = card.journey().stages();
    int t = 0;
    for (Stage stage : stageList) {
      for (Touchpoint tp : stage.touchpoints()) {
        Set<MeasureId> ms = new LinkedHashSet<>();
        for (MetricTarget target : tp.measures()) {
          if (!card.isOperational(target.measure())) {
            ms.add(target.measure());
          }
        }
        boolean any = false;
        for (Map.Entry<MeasureId, GroupedAccumulator<?>> e : grouped.entrySet()) {
          if (e.getValue().count(t) > 0) {
            ms.add(e.getKey());
            any = true;
          }
        }
        if (!any) {
          noData.add(tp.id());
        }
        for (MeasureId mid : ms) {
          Measure m = card.measures().get(mid);
          if (m == null) {
            throw new IllegalArgumentException(
                "touchpoint '"
                    + tp.id()
                    + "' has a target on measure '"
                    + mid
                    + "', which the scorecard does not know (known: "
                    + card.measures().keySet()
                    + "); pass the model with Scorecard.builder(journey).model(model)");
          }
          GroupedAccumulator<?> g = grouped.get(mid);
          MetricResult r = g == null ? card.calculator(m).newAccumulator().result() : g.result(t);
          rows.add(row(tp, stage, m, r, tp.target(mid), card.minimumN()));
        }
        t++;
      }
    }
    List<Rollup> stageRollups = new ArrayList<>();
    List<Rollup> phaseRollups = new ArrayList<>();
    List<Rollup> overall = new ArrayList<>();
    for (Map.Entry<MeasureId, GroupedAccumulator<?>> e : grouped.entrySet()) {
      rollups(
          e.getValue(),
          card,
          e.getKey(),
          requireNonNull(card.measures().get(e.getKey())),
          stageRollups,
          phaseRollups,
          overall);
    }
    List<Rollup> answers = new ArrayList<>();
    overallAnswers.forEach(
        (k, v) ->
            answers.add(
                new Rollup(Rollup.Level.OVERALL_ANSWERS, card.journey().id().value(), k, v)));
    return new ScorecardResult(
        card.journey().id(),
        card.minimumN(),
        card.correction(),
        card.alpha(),
        ImmutableList.copyOf(adjust(rows, card.correction())),
        ImmutableList.copyOf(stageRollups),
        ImmutableList.copyOf(phaseRollups),
        ImmutableList.copyOf(overall),
        ImmutableList.copyOf(answers),
        ImmutableList.copyOf(noData),
        ImmutableSortedMap.copyOf(unknown),
        untagged,
        rejected,
        ImmutableList.copyOf(rejects),
        ImmutableList.copyOf(lowest),
        respondents);
  }

  /**
   * Adds one measure's stage, phase and journey rollups. Each touchpoint's accumulator is taken
   * once: the stages merge their touchpoints, and the phases and the journey merge copies of the
   * stages (the merge is associative, so the result is the one of merging every touchpoint).
   */
  private static <R extends MetricResult> void rollups(
      GroupedAccumulator<R> g,
      Scorecard card,
      MeasureId measure,
      Measure m,
      List<Rollup> stageRollups,
      List<Rollup> phaseRollups,
      List<Rollup> overall) {
    ImmutableList<Stage> stageList = card.journey().stages();
    List<@Nullable Accumulator<R>> stages = new ArrayList<>(stageList.size());
    int from = 0;
    for (Stage stage : stageList) {
      int to = from + stage.touchpoints().size();
      Accumulator<R> acc = null;
      for (int i = from; i < to; i++) {
        acc = acc == null ? g.accumulator(i) : acc.merge(g.accumulator(i));
      }
      stages.add(acc);
      stageRollups.add(
          new Rollup(Rollup.Level.STAGE, stage.id().value(), measure, result(acc, card, m)));
      from = to;
    }
    boolean[] phases = new boolean[Phase.values().length];
    for (Stage stage : stageList) {
      phases[stage.phase().ordinal()] = true;
    }
    for (Phase phase : Phase.values()) {
      if (phases[phase.ordinal()]) {
        Accumulator<R> acc = null;
        for (int s = 0; s < stageList.size(); s++) {
          if (stageList.get(s).phase() == phase) {
            acc = merged(acc, stages.get(s));
          }
        }
        phaseRollups.add(
            new Rollup(Rollup.Level.PHASE, phase.name(), measure, result(acc, card, m)));
      }
    }
    Accumulator<R> all = null;
    for (Accumulator<R> stage : stages) {
      all = merged(all, stage);
    }
    overall.add(
        new Rollup(
            Rollup.Level.JOURNEY, card.journey().id().value(), measure, result(all, card, m)));
  }

  /** {@code into} with {@code next} merged in, or a copy of {@code next} when there is no into. */
  private static <R extends MetricResult> @Nullable Accumulator<R> merged(
      @Nullable Accumulator<R> into, @Nullable Accumulator<R> next) {
    if (next == null) {
      return into;
    }
    return into == null ? next.copy() : into.merge(next);
  }

  /** The accumulator's result, or the calculator's empty result when nothing was merged. */
  private static MetricResult result(@Nullable Accumulator<?> acc, Scorecard card, Measure m) {
    return acc == null ? card.calculator(m).newAccumulator().result() : acc.result();
  }

  private static Draft row(
      Touchpoint tp,
      Stage stage,
      Measure m,
      MetricResult r,
      Optional<MetricTarget> target,
      long minimumN) {
    TargetStatus status;
    OptionalDouble gap = OptionalDouble.empty();
    OptionalDouble rel = OptionalDouble.empty();
    OptionalDouble p = OptionalDouble.empty();
    org.cxkit.metrics.ScaleHistogram h = TargetFigures.histogram(r);
    OptionalDouble value =
        h == null || target.isEmpty()
            ? OptionalDouble.empty()
            : TargetFigures.value(h, target.get().unit());
    if (target.isEmpty()) {
      status = TargetStatus.NO_TARGET;
    } else if (value.isEmpty() || h == null) {
      status = TargetStatus.NOT_ENOUGH_DATA;
    } else if (r.n() < minimumN) {
      status = TargetStatus.TOO_FEW;
    } else {
      MetricTarget t = target.get();
      boolean higher = t.unit().higherIsBetter(m.scale());
      double diff = value.getAsDouble() - t.threshold();
      double g = higher ? diff : -diff;
      g = g == 0.0 ? 0.0 : g;
      status = TargetStatus.of(t, value.getAsDouble(), higher);
      gap = OptionalDouble.of(g);
      rel = OptionalDouble.of(g / t.unit().span(m.scale()));
      p = TargetFigures.pValue(h, t.unit(), t.threshold(), value);
    }
    return new Draft(tp, stage, m, r, target, status, gap, rel, p);
  }

  /** A row before its p value is adjusted across the rows: built into a score once, after that. */
  private record Draft(
      Touchpoint tp,
      Stage stage,
      Measure m,
      MetricResult r,
      Optional<MetricTarget> target,
      TargetStatus status,
      OptionalDouble gap,
      OptionalDouble rel,
      OptionalDouble p) {
    TouchpointScore score(OptionalDouble adjustedP) {
      return new TouchpointScore(
          tp.id(), stage.id(), stage.phase(), m.id(), r, target, status, gap, rel, adjustedP);
    }
  }

  /** The rows, with their raw p values adjusted across every row that has one. */
  private static List<TouchpointScore> adjust(List<Draft> rows, Trends.Correction correction) {
    int k = 0;
    for (Draft r : rows) {
      k += r.p().isPresent() ? 1 : 0;
    }
    double[] raw = new double[k];
    int i = 0;
    for (Draft r : rows) {
      if (r.p().isPresent()) {
        raw[i++] = r.p().getAsDouble();
      }
    }
    double[] adj =
        correction == Trends.Correction.HOLM
            ? MultipleTesting.holm(raw)
            : MultipleTesting.benjaminiHochberg(raw);
    List<TouchpointScore> out = new ArrayList<>(rows.size());
    i = 0;
    for (Draft r : rows) {
      out.add(r.score(r.p().isEmpty() ? r.p() : OptionalDouble.of(adj[i++])));
    }
    return out;
  }

  /**
   * Returns the judged rows (met or missed), best to worst by relative gap.
   *
   * @return the ranking
   */
  public ImmutableList<TouchpointScore> ranking() {
    return rows.stream()
        .filter(r -> r.relativeGap().isPresent())
        .sorted(
            Comparator.comparingDouble((TouchpointScore r) -> r.relativeGap().getAsDouble())
                .reversed())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the weakest link: the judged row furthest below its target, relative to the span of the
   * target's unit (so a CSAT share and an NPS gap compare). The row carries its figure's {@link
   * TouchpointScore#interval() interval} and its {@link TouchpointScore#adjustedP() adjusted p}
   * against the target. Rows with fewer answers than the minimum n are never the weakest link.
   *
   * @return the weakest link, or empty when no judged row misses its target
   */
  public Optional<TouchpointScore> weakestLink() {
    ImmutableList<TouchpointScore> ranking = ranking();
    if (ranking.isEmpty()) {
      return Optional.empty();
    }
    TouchpointScore last = ranking.get(ranking.size() - 1);
    return last.status() == TargetStatus.MISSED ? Optional.of(last) : Optional.empty();
  }

  /**
   * Returns the rows whose difference from their target is beyond noise: adjusted p (by {@link
   * #correction()} across every target judged) at most {@link #alpha()}.
   *
   * @return the flagged rows, in journey order
   */
  public ImmutableList<TouchpointScore> flagged() {
    return rows.stream()
        .filter(r -> r.isSignificant(alpha))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the weakest stage on a measure, if one is weakest beyond noise. Stages are scored by
   * their rollup (every answer of the stage's touchpoints on the measure, with its interval);
   * stages with fewer answers than the minimum n take no part. The stage with the worst figure is
   * the weakest only if it is significantly worse than <em>every</em> other stage taking part: it
   * is compared with each ({@link GroupComparison}: Newcombe/two-proportion z for a share,
   * two-sample NPS z, Welch t for a mean) and the p values are adjusted by {@link #correction()};
   * all must be at most {@link #alpha()}. So a stage is not called weakest because it holds more
   * touchpoints, nor on noise.
   *
   * @param measure the measure
   * @return the weakest stage, or empty when fewer than two stages take part or the worst is not
   *     clearly worse than all the others
   */
  public Optional<StageId> weakestStage(MeasureId measure) {
    requireNonNull(measure, "measure");
    List<Rollup> taking = new ArrayList<>();
    for (Rollup r : stages) {
      if (r.measure().equals(measure)
          && r.result().n() >= minimumN
          && r.value().isPresent()
          && r.unit().isPresent()
          && TargetFigures.histogram(r.result()) != null) {
        taking.add(r);
      }
    }
    if (taking.size() < 2) {
      return Optional.empty();
    }
    MetricTarget.Unit unit = taking.get(0).unit().orElseThrow();
    boolean higherBetter =
        unit.higherIsBetter(
            requireNonNull(TargetFigures.histogram(taking.get(0).result())).scale());
    Rollup worst = taking.get(0);
    for (Rollup r : taking) {
      double v = r.value().getAsDouble();
      double w = worst.value().getAsDouble();
      if (higherBetter ? v < w : v > w) {
        worst = r;
      }
    }
    double[] p = new double[taking.size() - 1];
    int i = 0;
    for (Rollup r : taking) {
      if (r == worst) {
        continue;
      }
      Optional<GroupComparison> c =
          GroupComparison.of(unit, worst.name(), worst.result(), r.name(), r.result());
      if (c.isEmpty()) {
        return Optional.empty();
      }
      p[i++] = c.get().p();
    }
    double[] adj =
        correction == Trends.Correction.HOLM
            ? MultipleTesting.holm(p)
            : MultipleTesting.benjaminiHochberg(p);
    for (double a : adj) {
      if (a > alpha) {
        return Optional.empty();
      }
    }
    return Optional.of(StageId.of(worst.name()));
  }

  /**
   * Returns the weakest stage of every measure that has one (see {@link #weakestStage(MeasureId)}).
   *
   * @return the weakest stage by measure, in measure order
   */
  public ImmutableMap<MeasureId, StageId> weakestStages() {
    ImmutableMap.Builder<MeasureId, StageId> b = ImmutableMap.builder();
    stages.stream()
        .map(Rollup::measure)
        .distinct()
        .sorted()
        .forEach(m -> weakestStage(m).ifPresent(s -> b.put(m, s)));
    return b.buildOrThrow();
  }

  /**
   * Returns the overall answers on a measure: the responses without a touchpoint.
   *
   * @param measure the measure
   * @return the rollup, or empty when no overall answer was given on it
   */
  public Optional<Rollup> overallAnswers(MeasureId measure) {
    requireNonNull(measure, "measure");
    return overallAnswers.stream().filter(r -> r.measure().equals(measure)).findFirst();
  }

  /**
   * Returns the rows of one touchpoint.
   *
   * @param touchpoint the touchpoint
   * @return its rows, possibly none
   */
  public ImmutableList<TouchpointScore> rows(TouchpointId touchpoint) {
    return rows.stream()
        .filter(r -> r.touchpoint().equals(touchpoint))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many responses named a touchpoint the journey does not have.
   *
   * @return the count
   */
  public long unknownTouchpointResponses() {
    return unknownTouchpoints.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns one line: the journey, how many rows, the weakest link, and what was not scored, such
   * as {@code ScorecardResult[first-visit: 14 rows, weakest link networking csat, 1 without data, 0
   * rejected]}. The full table is rendered by the cx-report module ({@code
   * TextReport.table(result)}).
   */
  @Override
  public String toString() {
    return "ScorecardResult["
        + journey
        + ": "
        + rows.size()
        + (rows.size() == 1 ? " row" : " rows")
        + ", weakest link "
        + weakestLink().map(r -> r.touchpoint() + " " + r.measure()).orElse("none")
        + ", "
        + noData.size()
        + " without data, "
        + rejected
        + " rejected]";
  }
}
