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
import org.cxkit.core.Direction;
import org.cxkit.core.JourneyId;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;

/**
 * The result of a {@link Scorecard}: a row per touchpoint and measure, rollups by stage, phase and
 * journey, the ranking against targets, the weakest link, and everything that was not scored
 * (touchpoints without data, responses for unknown touchpoints or without one, rejects).
 *
 * <p>How targets are judged: a row with fewer responses than the scorecard's minimum n (or no
 * value) is {@link TargetStatus#NOT_ENOUGH_DATA}; otherwise the headline is compared with the
 * threshold, higher being better for NPS and percentages and the scale's direction deciding for
 * means; equal meets. The <em>ranking</em> orders judged rows best to worst by their gap relative
 * to the headline's span. The <em>weakest link</em> is the row most below its target. The
 * <em>weakest stage</em> is the stage that most often holds a respondent's lowest score (scores
 * normalised to 0..1 on their scales, ties counted for every stage holding the minimum, only
 * respondents who answered in at least two stages).
 *
 * @param journey the journey's id
 * @param minimumN the minimum n used for judging targets
 * @param rows one row per touchpoint and measure (targets first), in journey order
 * @param stages rollups per stage and measure
 * @param phases rollups per phase and measure
 * @param overall rollups for the whole journey, per measure
 * @param noData touchpoints without any response
 * @param unknownTouchpoints responses for touchpoints the journey does not have, counted per id
 * @param untagged responses without a touchpoint (not scored here)
 * @param rejected how many responses were left out as bad
 * @param rejects the first responses left out, each with its record position and reason, up to the
 *     policy's limit
 * @param lowestScoreStages per stage, how many respondents had their lowest score there
 * @param respondentsCompared how many respondents answered in at least two stages
 */
public record ScorecardResult(
    JourneyId journey,
    long minimumN,
    ImmutableList<TouchpointScore> rows,
    ImmutableList<Rollup> stages,
    ImmutableList<Rollup> phases,
    ImmutableList<Rollup> overall,
    ImmutableList<TouchpointId> noData,
    ImmutableSortedMap<TouchpointId, Long> unknownTouchpoints,
    long untagged,
    long rejected,
    ImmutableList<Reject> rejects,
    ImmutableMap<StageId, Long> lowestScoreStages,
    long respondentsCompared) {
  /**
   * Validates and copies the components.
   *
   * @param journey the journey's id
   * @param minimumN the minimum n used for judging targets
   * @param rows one row per touchpoint and measure (targets first), in journey order
   * @param stages rollups per stage and measure
   * @param phases rollups per phase and measure
   * @param overall rollups for the whole journey, per measure
   * @param noData touchpoints without any response
   * @param unknownTouchpoints responses for touchpoints the journey does not have, counted per id
   * @param untagged responses without a touchpoint (not scored here)
   * @param rejected how many responses were left out as bad
   * @param rejects the first responses left out, each with its record position and reason
   * @param lowestScoreStages per stage, how many respondents had their lowest score there
   * @param respondentsCompared how many respondents answered in at least two stages
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if more rejects are listed than rejected, or a reject is not
   *     located by its record
   */
  public ScorecardResult {
    requireNonNull(journey, "journey");
    rows = ImmutableList.copyOf(rows);
    stages = ImmutableList.copyOf(stages);
    phases = ImmutableList.copyOf(phases);
    overall = ImmutableList.copyOf(overall);
    noData = ImmutableList.copyOf(noData);
    unknownTouchpoints = ImmutableSortedMap.copyOf(unknownTouchpoints);
    rejects = ImmutableList.copyOf(rejects);
    checkArgument(
        rejected >= rejects.size(),
        "rejected must be at least the listed rejects, got %s",
        rejected);
    checkArgument(
        rejects.stream().allMatch(r -> r.location() instanceof InputLocation.RecordPosition),
        "a scorecard's rejects are located by their record");
    lowestScoreStages = ImmutableMap.copyOf(lowestScoreStages);
  }

  static ScorecardResult build(
      Scorecard card,
      Map<MeasureId, GroupedAccumulator<?>> grouped,
      Map<TouchpointId, Long> unknown,
      long untagged,
      long rejected,
      List<Reject> rejects,
      long[] lowest,
      long respondents) {
    List<TouchpointScore> rows = new ArrayList<>();
    List<TouchpointId> noData = new ArrayList<>();
    ImmutableList<Stage> stageList = card.journey().stages();
    int t = 0;
    for (Stage stage : stageList) {
      for (Touchpoint tp : stage.touchpoints()) {
        Set<MeasureId> ms = new LinkedHashSet<>();
        for (MetricTarget target : tp.measures()) {
          ms.add(target.measure());
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
      GroupedAccumulator<?> g = e.getValue();
      int from = 0;
      for (Stage stage : stageList) {
        int to = from + stage.touchpoints().size();
        stageRollups.add(
            new Rollup(
                Rollup.Level.STAGE,
                stage.id().value(),
                e.getKey(),
                merged(g, card, requireNonNull(card.measures().get(e.getKey())), from, to, null)));
        from = to;
      }
      for (Phase phase : Phase.values()) {
        if (card.journey().phases().contains(phase)) {
          phaseRollups.add(
              new Rollup(
                  Rollup.Level.PHASE,
                  phase.name(),
                  e.getKey(),
                  merged(
                      g,
                      card,
                      requireNonNull(card.measures().get(e.getKey())),
                      0,
                      g.groups(),
                      phase)));
        }
      }
      overall.add(
          new Rollup(
              Rollup.Level.JOURNEY,
              card.journey().id().value(),
              e.getKey(),
              merged(
                  g, card, requireNonNull(card.measures().get(e.getKey())), 0, g.groups(), null)));
    }
    ImmutableMap.Builder<StageId, Long> lows = ImmutableMap.builder();
    for (int s = 0; s < stageList.size(); s++) {
      lows.put(stageList.get(s).id(), lowest[s]);
    }
    return new ScorecardResult(
        card.journey().id(),
        card.minimumN(),
        ImmutableList.copyOf(rows),
        ImmutableList.copyOf(stageRollups),
        ImmutableList.copyOf(phaseRollups),
        ImmutableList.copyOf(overall),
        ImmutableList.copyOf(noData),
        ImmutableSortedMap.copyOf(unknown),
        untagged,
        rejected,
        ImmutableList.copyOf(rejects),
        lows.buildOrThrow(),
        respondents);
  }

  private static <R extends MetricResult> MetricResult merged(
      GroupedAccumulator<R> g,
      Scorecard card,
      Measure measure,
      int from,
      int to,
      @org.jspecify.annotations.Nullable Phase phase) {
    Accumulator<R> acc = null;
    for (int i = from; i < to; i++) {
      if (phase != null && card.journey().stages().get(card.stageIndex(i)).phase() != phase) {
        continue;
      }
      if (acc == null) {
        acc = g.accumulator(i);
      } else {
        acc.merge(g.accumulator(i));
      }
    }
    if (acc == null) {
      return card.calculator(measure).newAccumulator().result();
    }
    return acc.result();
  }

  private static TouchpointScore row(
      Touchpoint tp,
      Stage stage,
      Measure m,
      MetricResult r,
      Optional<MetricTarget> target,
      long minimumN) {
    TargetStatus status;
    OptionalDouble gap = OptionalDouble.empty();
    OptionalDouble rel = OptionalDouble.empty();
    if (target.isEmpty()) {
      status = TargetStatus.NO_TARGET;
    } else if (r.n() < minimumN || r.headline().isEmpty()) {
      status = TargetStatus.NOT_ENOUGH_DATA;
    } else {
      boolean lowerBetter = isMean(r) && m.scale().better() == Direction.LOWER_IS_BETTER;
      double diff = r.headline().getAsDouble() - target.orElseThrow().threshold();
      double g = lowerBetter ? -diff : diff;
      g = g == 0.0 ? 0.0 : g;
      status = g >= 0 ? TargetStatus.MET : TargetStatus.MISSED;
      gap = OptionalDouble.of(g);
      rel = OptionalDouble.of(g / r.headlineSpan());
    }
    return new TouchpointScore(tp.id(), stage.id(), stage.phase(), r, target, status, gap, rel);
  }

  private static boolean isMean(MetricResult r) {
    return r instanceof ScaleResult
        && ((ScaleResult) r).headlineKind() == ScaleResult.Headline.MEAN;
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
   * Returns the row most below its target.
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
   * Returns the stage that most often holds a respondent's lowest score (the earliest on ties).
   *
   * @return the stage, or empty when no respondent answered in two or more stages
   */
  public Optional<StageId> weakestStage() {
    StageId best = null;
    long max = 0;
    for (Map.Entry<StageId, Long> e : lowestScoreStages.entrySet()) {
      if (e.getValue() > max) {
        max = e.getValue();
        best = e.getKey();
      }
    }
    return Optional.ofNullable(best);
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
        + weakestLink().map(r -> r.touchpoint() + " " + r.metric()).orElse("none")
        + ", "
        + noData.size()
        + " without data, "
        + rejected
        + " rejected]";
  }
}
