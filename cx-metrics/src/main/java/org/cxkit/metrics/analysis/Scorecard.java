package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Metrics;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.internal.RejectLog;
import org.cxkit.metrics.internal.ResponseChecks;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;

/**
 * The touchpoint scorecard of a journey: runs the right calculator (from {@link Metrics}) for every
 * touchpoint and measure, rolls results up by stage, phase and journey, compares them with each
 * touchpoint's targets, ranks them and names the weakest link. See {@link ScorecardResult}.
 *
 * <p>Memory: one histogram per touchpoint and measure; on the response path also one small entry
 * per respondent (their lowest score so far, for {@link ScorecardResult#weakestStage()}). The
 * column path ({@link Tally#addColumns}) keeps no per-respondent state.
 *
 * <p>A {@code Scorecard} is an immutable, thread-safe configuration. Responses go into a {@link
 * Tally} (mutable, one per thread, mergeable like an {@link Accumulator}); {@link
 * #compute(Iterable)} does both in one call.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.builder(journey).model(model).minimumN(30).build();
 * ScorecardResult r = card.compute(responses);
 * System.out.println(r);        // aligned table, rollups, weakest link
 * r.weakestLink();              // Optional[TouchpointScore ...]
 *
 * // bulk columns: touchpoint index (see touchpoints()) and score, no object per response
 * Scorecard.Tally t = card.newTally();
 * t.addColumns(MeasureId.of("nps"), touchpointIndex, scores);
 * }</pre>
 */
public final class Scorecard {
  private final Journey journey;
  private final ImmutableMap<MeasureId, Measure> measures;
  private final Metrics metrics;
  private final long minimumN;
  private final BadInput onBadInput;
  private final ImmutableList<Touchpoint> touchpoints;
  private final ImmutableMap<TouchpointId, Integer> index;
  private final int[] stageOf;
  private final Map<MeasureId, Metric<? extends MetricResult>> calculators =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Scorecard(Builder b) {
    this.journey = b.journey;
    this.measures = ImmutableMap.copyOf(b.measures);
    this.metrics = b.metrics;
    this.minimumN = b.minimumN;
    this.onBadInput = b.onBadInput;
    this.touchpoints = journey.touchpoints();
    ImmutableMap.Builder<TouchpointId, Integer> ix = ImmutableMap.builder();
    this.stageOf = new int[touchpoints.size()];
    int t = 0;
    ImmutableList<Stage> stages = journey.stages();
    for (int s = 0; s < stages.size(); s++) {
      for (Touchpoint tp : stages.get(s).touchpoints()) {
        ix.put(tp.id(), t);
        stageOf[t] = s;
        t++;
      }
    }
    this.index = ix.buildOrThrow();
    for (Touchpoint tp : touchpoints) {
      for (org.cxkit.core.MetricTarget target : tp.measures()) {
        checkArgument(
            measures.containsKey(target.measure()),
            "touchpoint '%s' has a target on measure '%s', which the scorecard does not know (known: %s); "
                + "pass the model with Scorecard.builder(journey).model(model)",
            tp.id(),
            target.measure(),
            measures.keySet());
      }
    }
  }

  /**
   * Returns a scorecard with the built-in measures and calculators and a minimum n of 1.
   *
   * @param journey the journey
   * @return the scorecard
   * @throws IllegalArgumentException if a touchpoint targets a measure that is not built in
   */
  public static Scorecard of(Journey journey) {
    return builder(journey).build();
  }

  /**
   * Returns a builder.
   *
   * @param journey the journey to score
   * @return a builder with the built-in measures, the built-in calculators, minimum n 1 and {@link
   *     BadInput#failFast()}
   */
  public static Builder builder(Journey journey) {
    return new Builder(requireNonNull(journey, "journey"));
  }

  /**
   * Returns the journey.
   *
   * @return the journey
   */
  public Journey journey() {
    return journey;
  }

  /**
   * Returns the journey's touchpoints in the order used by {@link Tally#addColumns}: position
   * {@code i} is touchpoint index {@code i}.
   *
   * @return the touchpoints in journey order
   */
  public ImmutableList<TouchpointId> touchpoints() {
    return touchpoints.stream().map(Touchpoint::id).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a touchpoint's index for {@link Tally#addColumns}.
   *
   * @param touchpoint the touchpoint
   * @return its index, or empty if the journey has no such touchpoint
   */
  public Optional<Integer> indexOf(TouchpointId touchpoint) {
    return Optional.ofNullable(index.get(requireNonNull(touchpoint, "touchpoint")));
  }

  /**
   * Returns the minimum n below which a target is not judged.
   *
   * @return the minimum n
   */
  public long minimumN() {
    return minimumN;
  }

  /**
   * Returns a new, empty tally.
   *
   * @return a tally
   */
  public Tally newTally() {
    return new Tally();
  }

  /**
   * Scores responses in one call.
   *
   * @param responses the responses
   * @return the scorecard result
   * @throws BadInputException under {@link BadInput#failFast()}, naming the first bad response
   */
  public ScorecardResult compute(Iterable<Response> responses) {
    Tally t = newTally();
    t.addAll(responses);
    return t.result();
  }

  /**
   * Returns the measure with this id as this scorecard knows it (with its scale), if it knows it.
   *
   * @param measure the measure's id
   * @return the measure, or empty if the scorecard has no such measure
   */
  public Optional<Measure> measure(MeasureId measure) {
    return Optional.ofNullable(measures.get(requireNonNull(measure, "measure")));
  }

  Metric<? extends MetricResult> calculator(Measure m) {
    return calculators.computeIfAbsent(m.id(), id -> metrics.forMeasure(m));
  }

  ImmutableMap<MeasureId, Measure> measures() {
    return measures;
  }

  int stageIndex(int touchpoint) {
    return stageOf[touchpoint];
  }

  @Override
  public String toString() {
    return "Scorecard["
        + journey.id()
        + ", "
        + touchpoints.size()
        + " touchpoints, measures "
        + measures.keySet()
        + ", minimum n "
        + minimumN
        + ", "
        + metrics
        + "]";
  }

  /** Configures a {@link Scorecard}. */
  public static final class Builder {
    private final Journey journey;
    private final Map<MeasureId, Measure> measures = new LinkedHashMap<>();
    private Metrics metrics = Metrics.builtIns();
    private long minimumN = 1;
    private BadInput onBadInput = BadInput.failFast();

    private Builder(Journey journey) {
      this.journey = journey;
      for (Measure m : Measure.builtIns()) {
        measures.put(m.id(), m);
      }
    }

    /**
     * Uses the measures of a model (its declared measures and the built-ins).
     *
     * @param model the model
     * @return this builder
     */
    public Builder model(CxModel model) {
      measures.putAll(requireNonNull(model, "model").measures());
      return this;
    }

    /**
     * Adds (or redeclares) a measure.
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(Measure measure) {
      measures.put(requireNonNull(measure, "measure").id(), measure);
      return this;
    }

    /**
     * Sets the calculator registry.
     *
     * @param metrics the registry
     * @return this builder
     */
    public Builder metrics(Metrics metrics) {
      this.metrics = requireNonNull(metrics, "metrics");
      return this;
    }

    /**
     * Sets the minimum sample size for judging a target; below it the status is {@link
     * TargetStatus#NOT_ENOUGH_DATA}.
     *
     * @param minimumN at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder minimumN(long minimumN) {
      checkArgument(minimumN >= 1, "minimumN must be at least 1, got %s", minimumN);
      this.minimumN = minimumN;
      return this;
    }

    /**
     * Sets what happens to bad responses (unknown measure, score off the scale).
     *
     * @param policy fail fast (the default), or leave them out, counted and listed
     * @return this builder
     */
    public Builder onBadInput(BadInput policy) {
      this.onBadInput = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Returns the scorecard.
     *
     * @return the scorecard
     * @throws IllegalArgumentException if a touchpoint targets a measure the scorecard does not
     *     know
     */
    public Scorecard build() {
      return new Scorecard(this);
    }
  }

  /** A respondent's lowest normalised score so far and the stages holding it. */
  private static final class Low {
    double score;
    final BitSet stages = new BitSet();
    final BitSet seen = new BitSet();

    Low(double score) {
      this.score = score;
    }
  }

  /** The per-measure grouped accumulator, typed. */
  private static final class PerMeasure<R extends MetricResult> {
    final Metric<R> metric;
    final GroupedAccumulator<R> grouped;

    PerMeasure(Metric<R> metric, int groups) {
      this.metric = metric;
      this.grouped = metric.newGroupedAccumulator(groups);
    }

    @SuppressWarnings("unchecked")
    void merge(PerMeasure<?> other) {
      grouped.merge((GroupedAccumulator<R>) other.grouped);
    }

    PerMeasure<R> copy() {
      PerMeasure<R> c = new PerMeasure<>(metric, grouped.groups());
      c.grouped.merge(grouped);
      return c;
    }
  }

  /**
   * The mutable state of one scorecard run. Not thread-safe: give each thread its own and {@link
   * #merge} them.
   */
  public final class Tally {
    private final Map<MeasureId, PerMeasure<?>> perMeasure = new TreeMap<>();
    private final Map<TouchpointId, Long> unknown = new TreeMap<>();
    private final RejectLog rejects = new RejectLog(onBadInput);
    private final Map<String, Low> lows = new HashMap<>();
    private long untagged;
    private long seen;

    private Tally() {}

    private PerMeasure<?> perMeasure(Measure m) {
      return perMeasure.computeIfAbsent(
          m.id(), id -> new PerMeasure<>(calculator(m), touchpoints.size()));
    }

    /**
     * Adds one response. A response without a touchpoint is counted as untagged; one for a
     * touchpoint the journey lacks is counted per touchpoint id; neither is scored.
     *
     * @param r the response
     * @throws BadInputException under {@link BadInput#failFast()}: the measure is not known or the
     *     score is off its scale (the message names the record's index and field and the expected
     *     range, never the respondent or the score)
     */
    public void add(Response r) {
      requireNonNull(r, "response");
      long at = seen++;
      Measure m = measures.get(r.measure());
      if (m == null) {
        rejects.reject(
            InputLocation.record(at, "measure"),
            "measure '" + r.measure() + "' is not declared (known: " + measures.keySet() + ")");
        return;
      }
      if (!ResponseChecks.onScale(r, at, m, rejects)) {
        return;
      }
      Scale scale = m.scale();
      if (r.touchpoint().isEmpty()) {
        untagged = Math.addExact(untagged, 1);
        return;
      }
      TouchpointId tid = r.touchpoint().orElseThrow();
      Integer t = index.get(tid);
      if (t == null) {
        unknown.merge(tid, 1L, Math::addExact);
        return;
      }
      perMeasure(m).grouped.add(t, r.score());
      double norm = (double) scale.rank(r.score()) / (scale.points() - 1);
      int stage = stageOf[t];
      Low low = lows.get(r.respondent());
      if (low == null) {
        low = new Low(norm);
        low.stages.set(stage);
        lows.put(r.respondent(), low);
      } else if (norm < low.score) {
        low.score = norm;
        low.stages.clear();
        low.stages.set(stage);
      } else if (norm == low.score) {
        low.stages.set(stage);
      }
      low.seen.set(stage);
    }

    /**
     * Adds every response, in order.
     *
     * @param responses the responses
     * @throws BadInputException under {@link BadInput#failFast()}, naming the first bad response
     */
    public void addAll(Iterable<Response> responses) {
      for (Response r : requireNonNull(responses, "responses")) {
        add(r);
      }
    }

    /**
     * Adds bulk columns for one measure: {@code scores[i]} at touchpoint {@code touchpointIndex[i]}
     * (indices as in {@link Scorecard#touchpoints()}). No object per response; respondents are not
     * known on this path, so these responses do not count towards the stage holding respondents'
     * lowest scores.
     *
     * @param measure the measure
     * @param touchpointIndex touchpoint indices
     * @param scores scores, as long as the index column
     * @throws IllegalArgumentException if the measure is not known or the lengths differ
     * @throws BadColumnValueException naming the first index whose touchpoint or score is out of
     *     range (nothing is added then; {@link BadColumnValueException#index()} gives the index, so
     *     the caller can set that record aside and add the others, which are known to be good up to
     *     it)
     */
    public void addColumns(MeasureId measure, int[] touchpointIndex, byte[] scores) {
      Measure m = measures.get(requireNonNull(measure, "measure"));
      checkArgument(
          m != null, "measure '%s' is not declared (known: %s)", measure, measures.keySet());
      perMeasure(m).grouped.addAll(touchpointIndex, scores);
    }

    /**
     * Adds the state of another tally of the same scorecard; {@code other} is unchanged. Reject
     * indices stay relative to the tally that saw the record; the listed rejects are the first in
     * order (index, field, reason) of both, up to the policy's limit, whatever the order of merges.
     *
     * @param other another tally
     * @return this tally
     * @throws IllegalArgumentException if {@code other} belongs to another scorecard
     */
    public Tally merge(Tally other) {
      requireNonNull(other, "other");
      checkArgument(other.owner() == Scorecard.this, "cannot merge a tally of another scorecard");
      for (Map.Entry<MeasureId, PerMeasure<?>> e : other.perMeasure.entrySet()) {
        PerMeasure<?> mine = perMeasure.get(e.getKey());
        if (mine == null) {
          perMeasure.put(e.getKey(), e.getValue().copy());
        } else {
          mine.merge(e.getValue());
        }
      }
      other.unknown.forEach((k, v) -> unknown.merge(k, v, Math::addExact));
      rejects.addAll(other.rejects);
      untagged = Math.addExact(untagged, other.untagged);
      seen = Math.addExact(seen, other.seen);
      for (Map.Entry<String, Low> e : other.lows.entrySet()) {
        Low o = e.getValue();
        Low low = lows.get(e.getKey());
        if (low == null) {
          Low c = new Low(o.score);
          c.stages.or(o.stages);
          c.seen.or(o.seen);
          lows.put(e.getKey(), c);
        } else {
          if (o.score < low.score) {
            low.score = o.score;
            low.stages.clear();
            low.stages.or(o.stages);
          } else if (o.score == low.score) {
            low.stages.or(o.stages);
          }
          low.seen.or(o.seen);
        }
      }
      return this;
    }

    private Scorecard owner() {
      return Scorecard.this;
    }

    /**
     * Returns the result so far; the tally stays usable.
     *
     * @return the scorecard result
     */
    public ScorecardResult result() {
      Map<MeasureId, GroupedAccumulator<?>> grouped = new LinkedHashMap<>();
      perMeasure.forEach((k, v) -> grouped.put(k, v.grouped));
      long[] lowest = new long[journey.stages().size()];
      long respondents = 0;
      for (Low low : lows.values()) {
        if (low.seen.cardinality() < 2) {
          continue;
        }
        respondents++;
        for (int s = low.stages.nextSetBit(0); s >= 0; s = low.stages.nextSetBit(s + 1)) {
          lowest[s]++;
        }
      }
      return ScorecardResult.build(
          Scorecard.this,
          grouped,
          unknown,
          untagged,
          rejects.count(),
          rejects.listed(),
          lowest,
          respondents);
    }

    @Override
    public String toString() {
      return "Tally[" + journey.id() + ", " + seen + " responses seen]";
    }
  }
}
