package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.cxkit.core.CxModel;
import org.cxkit.core.Ids;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
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
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.internal.HistogramGrouped;
import org.cxkit.metrics.internal.RejectLog;
import org.cxkit.metrics.internal.ResponseChecks;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.MergeableState;
import org.cxkit.metrics.spi.Metric;

/**
 * The touchpoint scorecard of a journey: runs the right calculator (from {@link Metrics}) for every
 * touchpoint and measure, rolls results up by stage, phase and journey, compares them with each
 * touchpoint's targets, ranks them and names the weakest link. See {@link ScorecardResult}.
 *
 * <p>Memory: one histogram per touchpoint and measure and one per measure for the overall answers
 * (responses without a touchpoint, scored apart: an overall answer and a touchpoint answer are
 * different populations); on the response path also one small entry per respondent (their lowest
 * score so far, for {@link ScorecardResult#lowestExperiences()}). The column path ({@link
 * Tally#addColumns}) keeps no per-respondent state.
 *
 * <p>A {@code Scorecard} is an immutable, thread-safe configuration and an {@link Analysis} of
 * responses. Responses go into a {@link Tally} (its {@link MergeableState}: mutable, one per
 * thread, mergeable, encodable as bytes); {@link #compute(Iterable)} does both in one call, {@link
 * #collector()} does it in a stream.
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
public final class Scorecard implements Analysis<Response, ScorecardResult, Scorecard.Tally> {
  private static final int VERSION = 2;

  /**
   * The minimum n below which a target is not judged, unless {@link Builder#minimumN} says
   * otherwise: 30. Below about 30 answers a box share's 95 % interval is some ±15 to ±18 points
   * wide (Wilson, p near 0.5) and NPS's some ±30 points, wider than the distance between most
   * targets and results, so "met" or "missed" would mostly be noise; 30 is also where the normal
   * approximations behind the tests against a target become usable (the usual rule of thumb {@code
   * np ≥ 5} and {@code n(1 − p) ≥ 5} for shares from 17 % to 83 %). Rows below it keep their value
   * and interval with the status {@link TargetStatus#TOO_FEW}. Lower it for a pilot with {@code
   * minimumN(10)}; raise it when targets are close to the results.
   *
   * @since 0.1
   */
  public static final long DEFAULT_MINIMUM_N = 30;

  private final Journey journey;
  private final ImmutableMap<MeasureId, Measure> measures;
  private final ImmutableSet<MeasureId> operational;
  private final Metrics metrics;
  private final long minimumN;
  private final Trends.Correction correction;
  private final double alpha;
  private final BadInput onBadInput;
  private final ImmutableList<Touchpoint> touchpoints;
  private final ImmutableMap<TouchpointId, Integer> index;
  private final int[] stageOf;
  private final Map<MeasureId, Metric<? extends MetricResult>> calculators =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Scorecard(Builder b) {
    this.journey = b.journey;
    this.measures = ImmutableMap.copyOf(b.measures);
    this.operational = ImmutableSet.copyOf(b.operational);
    this.metrics = b.metrics;
    this.minimumN = b.minimumN;
    this.correction = b.correction;
    this.alpha = b.alpha;
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
      for (MetricTarget target : tp.measures()) {
        if (operational.contains(target.measure())) {
          continue;
        }
        Measure m = measures.get(target.measure());
        checkArgument(
            m != null,
            "touchpoint '%s' has a target on measure '%s', which the scorecard does not know (known: %s); "
                + "pass the model with Scorecard.builder(journey).model(model)",
            tp.id(),
            target.measure(),
            measures.keySet());
        checkArgument(
            target.isPossibleOn(m.scale()),
            "touchpoint '%s' has a target on measure '%s' in %s, which its scale rules out (must"
                + " be %s)",
            tp.id(),
            target.measure(),
            target.unit().label(),
            target.unit().describe(m.scale()));
        checkArgument(
            TargetFigures.histogram(calculator(m).newAccumulator().result()) != null,
            "touchpoint '%s' has a target on measure '%s', whose calculator keeps no scale"
                + " histogram, so no figure in %s can be judged",
            tp.id(),
            target.measure(),
            target.unit().label());
      }
    }
  }

  /**
   * Returns a scorecard with the built-in measures and calculators, a minimum n of {@value
   * #DEFAULT_MINIMUM_N}, Holm's correction and α 0.05.
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
   * @return a builder with the built-in measures, the built-in calculators, minimum n {@value
   *     #DEFAULT_MINIMUM_N}, Holm's correction at α 0.05 and {@link BadInput#failFast()}
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
   * Returns how the rows' p values against their targets are adjusted for the number of targets
   * judged.
   *
   * @return the correction
   */
  public Trends.Correction correction() {
    return correction;
  }

  /**
   * Returns the significance level the adjusted p values are compared with.
   *
   * @return alpha
   */
  public double alpha() {
    return alpha;
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

  /** Whether a measure is one of the model's operational measures, which answers do not score. */
  boolean isOperational(MeasureId measure) {
    return operational.contains(measure);
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
    private final java.util.Set<MeasureId> operational = new java.util.HashSet<>();
    private Metrics metrics = Metrics.builtIns();
    private long minimumN = DEFAULT_MINIMUM_N;
    private Trends.Correction correction = Trends.Correction.HOLM;
    private double alpha = 0.05;
    private BadInput onBadInput = BadInput.failFast();

    private Builder(Journey journey) {
      this.journey = journey;
      for (Measure m : Measure.builtIns()) {
        measures.put(m.id(), m);
      }
    }

    /**
     * Uses the measures of a model (its declared measures and the built-ins). Targets on the
     * model's {@linkplain CxModel#operationalMeasures() operational measures} are not survey
     * answers, so the scorecard leaves them out; judge an operational figure with {@link
     * TargetStatus#of}.
     *
     * @param model the model
     * @return this builder
     */
    public Builder model(CxModel model) {
      measures.putAll(requireNonNull(model, "model").measures());
      model.operationalMeasures().forEach(o -> operational.add(o.id()));
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
     * Sets the minimum sample size for judging a target (default {@value
     * Scorecard#DEFAULT_MINIMUM_N}, see there why); below it the row keeps its value and the status
     * is {@link TargetStatus#TOO_FEW}.
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
     * Sets how the rows' p values against their targets are adjusted for the number of targets
     * judged: {@link Trends.Correction#HOLM} (the default, family-wise error) or {@link
     * Trends.Correction#BENJAMINI_HOCHBERG} (false discovery rate).
     *
     * @param correction the correction
     * @return this builder
     */
    public Builder correction(Trends.Correction correction) {
      this.correction = requireNonNull(correction, "correction");
      return this;
    }

    /**
     * Sets the significance level adjusted p values are compared with (default 0.05).
     *
     * @param alpha within (0, 1)
     * @return this builder
     * @throws IllegalArgumentException if outside (0, 1)
     */
    public Builder alpha(double alpha) {
      checkArgument(alpha > 0 && alpha < 1, "alpha must be within (0, 1)");
      this.alpha = alpha;
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

  /** A respondent's lowest normalised score so far and the touchpoints holding it. */
  private static final class Low {
    double score;
    final BitSet lowest = new BitSet();
    final BitSet seen = new BitSet();

    Low(double score) {
      this.score = score;
    }

    Low copy() {
      Low c = new Low(score);
      c.lowest.or(lowest);
      c.seen.or(seen);
      return c;
    }

    /** Keeps the lower score (both touchpoint sets on a tie) and every touchpoint seen. */
    void merge(Low o) {
      if (o.score < score) {
        score = o.score;
        lowest.clear();
        lowest.or(o.lowest);
      } else if (o.score == score) {
        lowest.or(o.lowest);
      }
      seen.or(o.seen);
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

    /**
     * Adds a table of counts, {@code counts[group * points + score - scale.min()]} (none negative,
     * the length checked), all or nothing: the built-in histogram adds it in one step, any other
     * grouped accumulator through a fresh one that is then merged.
     */
    void addCounts(long[] counts, Scale scale) {
      if (grouped instanceof HistogramGrouped<R> h) {
        h.addTable(counts);
        return;
      }
      GroupedAccumulator<R> table = metric.newGroupedAccumulator(grouped.groups());
      int points = scale.points();
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] != 0) {
          table.addCount(i / points, scale.min() + i % points, counts[i]);
        }
      }
      grouped.merge(table);
    }

    PerMeasure<R> copy() {
      PerMeasure<R> c = new PerMeasure<>(metric, grouped.groups());
      c.grouped.merge(grouped);
      return c;
    }

    void write(Frame.Writer w) {
      w.putInt(grouped.groups());
      for (int t = 0; t < grouped.groups(); t++) {
        w.putBytes(grouped.accumulator(t).toBytes());
      }
    }

    void read(Frame.Reader r, String entry) {
      for (int t = 0; t < grouped.groups(); t++) {
        byte[] bytes = r.getBytes(entry + ", touchpoint " + t);
        Accumulator<R> a;
        try {
          a = metric.decode(bytes);
        } catch (IllegalArgumentException e) {
          throw r.invalid(entry + ", touchpoint " + t + ": " + e.getMessage());
        }
        grouped.merge(t, a);
      }
    }
  }

  /** Rejects in one order whatever the order of merges: by index, respondent, reason. */

  /**
   * Returns the analysis id, {@code scorecard}: the kind of the encoded tally.
   *
   * @return {@code scorecard}
   * @since 0.1
   */
  @Override
  public String id() {
    return "scorecard";
  }

  /**
   * Returns a new, empty tally: {@link #newTally()} under the name the {@link Analysis} contract
   * gives it.
   *
   * @return a tally
   * @since 0.1
   */
  @Override
  public Tally newState() {
    return newTally();
  }

  /**
   * Reads a tally written by {@link Tally#toBytes()} (by a tally of this scorecard or of one with
   * the same journey, measures and calculators).
   *
   * @param bytes the encoded tally
   * @return the tally
   * @throws IllegalArgumentException if the bytes are corrupt or of another journey, or hold a
   *     state no responses could give (an unknown measure, a count for a touchpoint the journey
   *     has, more rejects than responses, a reject under {@link BadInput#failFast()}); the message
   *     names the part, never an id or answer from the bytes
   * @since 0.1
   */
  @Override
  public Tally decode(byte[] bytes) {
    Frame.Reader r = Frame.read(bytes, id(), "tally", VERSION);
    Tally t = new Tally();
    r.check(
        r.getString("the journey id").equals(journey.id().value())
            && r.getInt("the touchpoint count") == touchpoints.size()
            && r.getInt("the stage count") == journey.stages().size(),
        "the tally is of another journey than " + journey.id());
    t.seen = r.getCount("the responses seen");
    t.untagged = r.getCount("the responses without a touchpoint");
    readMeasures(r, "measure", touchpoints.size(), t.perMeasure);
    readMeasures(r, "overall measure", 1, t.overall);
    long overallAnswers = 0;
    for (PerMeasure<?> pm : t.overall.values()) {
      overallAnswers = addCounted(r, overallAnswers, pm.grouped.count(0));
    }
    r.check(
        overallAnswers == t.untagged,
        "the responses without a touchpoint do not add up to the overall answers");
    int unknownCount = r.getSize("the unknown-touchpoint count", Integer.MAX_VALUE);
    TouchpointId previousTp = null;
    long counted = t.untagged;
    for (int i = 0; i < unknownCount; i++) {
      String entry = "unknown-touchpoint entry " + (i + 1) + " of " + unknownCount;
      String id = r.getString(entry);
      r.check(Ids.isValid(id), entry + " is not a touchpoint id");
      TouchpointId tid = TouchpointId.of(id);
      r.check(!index.containsKey(tid), entry + " is a touchpoint of the journey");
      r.check(previousTp == null || previousTp.compareTo(tid) < 0, entry + " is out of order");
      previousTp = tid;
      long c = r.getCount(entry + ", count");
      r.check(c > 0, entry + " has no responses");
      t.unknown.put(tid, c);
      counted = addCounted(r, counted, c);
    }
    long rejectCount = r.getCount("the reject count");
    r.check(
        rejectCount == 0 || !onBadInput.failsFast(),
        "the tally holds rejects, but this scorecard fails on bad input");
    int listedCount =
        r.getSize("the listed reject count", (int) Math.min(rejectCount, onBadInput.maxListed()));
    List<Reject> listed = new ArrayList<>(listedCount);
    for (int i = 0; i < listedCount; i++) {
      String entry = "reject " + (i + 1) + " of " + listedCount;
      long at = r.getCount(entry + ", index");
      String field = r.getString(entry + ", field");
      String reason = r.getString(entry + ", reason");
      r.check(at < t.seen, entry + " has an index past the responses seen");
      r.check(!reason.isBlank(), entry + " has a blank reason");
      listed.add(
          new Reject(
              new InputLocation.RecordPosition(
                  at, field.isEmpty() ? Optional.empty() : Optional.of(field)),
              reason));
    }
    r.check(
        t.rejects.restore(rejectCount, listed),
        "the listed rejects are out of order or fewer than the policy lists");
    counted = addCounted(r, counted, rejectCount);
    r.check(counted <= t.seen, "the tally set aside more responses than it saw");
    int lowCount = r.getSize("the respondent count", Integer.MAX_VALUE);
    r.check(lowCount <= t.seen, "the tally has more respondents than responses");
    String previousRespondent = null;
    int tps = touchpoints.size();
    for (int i = 0; i < lowCount; i++) {
      String entry = "respondent " + (i + 1) + " of " + lowCount;
      String respondent = r.getString(entry);
      r.check(!respondent.isBlank(), entry + " is blank");
      r.check(
          previousRespondent == null || previousRespondent.compareTo(respondent) < 0,
          entry + " is out of order");
      previousRespondent = respondent;
      double score = r.getDouble(entry + ", lowest score");
      r.check(score >= 0 && score <= 1, entry + " has a lowest score outside 0..1");
      Low low = new Low(score);
      low.lowest.or(bits(r, entry + ", lowest touchpoints", tps));
      low.seen.or(bits(r, entry + ", touchpoints seen", tps));
      r.check(!low.lowest.isEmpty(), entry + " has no lowest touchpoint");
      BitSet outside = (BitSet) low.lowest.clone();
      outside.andNot(low.seen);
      r.check(outside.isEmpty(), entry + " has a lowest touchpoint it did not answer");
      for (int tp = low.seen.nextSetBit(0); tp >= 0; tp = low.seen.nextSetBit(tp + 1)) {
        r.check(t.answered(tp), entry + " answered a touchpoint the tally holds no answers for");
      }
      t.lows.put(respondent, low);
    }
    return t;
  }

  /**
   * Reads one map of per-measure accumulators: {@code groups} of them per measure, measures in
   * order, each known to this scorecard, none empty.
   */
  private void readMeasures(
      Frame.Reader r, String what, int groups, TreeMap<MeasureId, PerMeasure<?>> into) {
    int measureCount = r.getSize("the " + what + " count", measures.size());
    MeasureId previous = null;
    for (int i = 0; i < measureCount; i++) {
      String entry = what + " entry " + (i + 1) + " of " + measureCount;
      String id = r.getString(entry);
      r.check(Ids.isValid(id), entry + " is not a measure id");
      MeasureId mid = MeasureId.of(id);
      Measure m = measures.get(mid);
      r.check(m != null, entry + " is not a measure of this scorecard");
      r.check(previous == null || previous.compareTo(mid) < 0, entry + " is out of order");
      previous = mid;
      r.check(r.getInt(entry + ", group count") == groups, entry + " has another group count");
      PerMeasure<?> pm = new PerMeasure<>(calculator(requireNonNull(m)), groups);
      pm.read(r, entry);
      into.put(mid, pm);
    }
  }

  private static long addCounted(Frame.Reader r, long counted, long c) {
    try {
      return Exact.add(counted, c);
    } catch (ArithmeticException e) {
      throw r.invalid("the tally set aside more responses than a long counts");
    }
  }

  private static BitSet bits(Frame.Reader r, String what, int size) {
    int words = r.getSize(what + " length", (size + 63) / 64);
    long[] w = new long[words];
    for (int i = 0; i < words; i++) {
      w[i] = r.getLong(what);
    }
    r.check(words == 0 || w[words - 1] != 0, what + " is not in canonical form");
    BitSet b = BitSet.valueOf(w);
    r.check(b.length() <= size, what + " names a touchpoint the journey does not have");
    return b;
  }

  private static void writeBits(Frame.Writer w, BitSet b) {
    long[] words = b.toLongArray();
    w.putInt(words.length);
    for (long x : words) {
      w.putLong(x);
    }
  }

  /**
   * The mutable state of one scorecard run, a {@link MergeableState} of {@link Response}s. Merging
   * is exact: any split of the responses, merged in any order, gives the result of one sequential
   * run (rejects are listed by index, respondent and reason). Not thread-safe: give each thread its
   * own and {@link #merge} them.
   */
  public final class Tally implements MergeableState<Response, ScorecardResult, Tally> {
    private TreeMap<MeasureId, PerMeasure<?>> perMeasure = new TreeMap<>();
    private TreeMap<MeasureId, PerMeasure<?>> overall = new TreeMap<>();
    private TreeMap<TouchpointId, Long> unknown = new TreeMap<>();
    private RejectLog rejects = new RejectLog(onBadInput);
    private HashMap<String, Low> lows = new HashMap<>();
    private long untagged;
    private long seen;

    private Tally() {}

    private PerMeasure<?> perMeasure(Measure m) {
      return perMeasure.computeIfAbsent(
          m.id(), id -> new PerMeasure<>(calculator(m), touchpoints.size()));
    }

    private PerMeasure<?> overall(Measure m) {
      return overall.computeIfAbsent(m.id(), id -> new PerMeasure<>(calculator(m), 1));
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
    @Override
    public void add(Response r) {
      requireNonNull(r, "response");
      long at = seen;
      long next = Exact.add(seen, 1);
      Measure m = measures.get(r.measure());
      if (m == null) {
        rejects.reject(
            InputLocation.record(at, "measure"),
            "measure '" + r.measure() + "' is not declared (known: " + measures.keySet() + ")");
        seen = next;
        return;
      }
      if (!ResponseChecks.onScale(r, at, m, rejects)) {
        seen = next;
        return;
      }
      Scale scale = m.scale();
      if (r.touchpoint().isEmpty()) {
        untagged = Exact.add(untagged, 1);
        overall(m).grouped.add(0, r.score());
        seen = next;
        return;
      }
      TouchpointId tid = r.touchpoint().orElseThrow();
      Integer t = index.get(tid);
      if (t == null) {
        unknown.merge(tid, 1L, Math::addExact);
        seen = next;
        return;
      }
      perMeasure(m).grouped.add(t, r.score());
      seen = next;
      double norm = (double) scale.rank(r.score()) / (scale.points() - 1);
      Low low = lows.get(r.respondent());
      if (low == null) {
        low = new Low(norm);
        low.lowest.set(t);
        lows.put(r.respondent(), low);
      } else if (norm < low.score) {
        low.score = norm;
        low.lowest.clear();
        low.lowest.set(t);
      } else if (norm == low.score) {
        low.lowest.set(t);
      }
      low.seen.set(t);
    }

    /**
     * Adds every response, in order.
     *
     * @param responses the responses
     * @return this tally
     * @throws BadInputException under {@link BadInput#failFast()}, naming the first bad response
     */
    @Override
    public Tally addAll(Iterable<? extends Response> responses) {
      for (Response r : requireNonNull(responses, "responses")) {
        add(r);
      }
      return this;
    }

    /**
     * Adds bulk columns for one measure: {@code scores[i]} at touchpoint {@code touchpointIndex[i]}
     * (indices as in {@link Scorecard#touchpoints()}). No object per response; respondents are not
     * known on this path, so these responses do not count towards the stage holding respondents'
     * lowest scores. The columns are read during the call only, so the caller may fill them again.
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
      requireNonNull(touchpointIndex, "touchpointIndex");
      requireNonNull(scores, "scores");
      addColumns(measure, pm -> pm.grouped.addAll(touchpointIndex, scores));
    }

    /**
     * Adds bulk columns for one measure, as {@link #addColumns(MeasureId, int[], byte[])} does,
     * with scores as {@code int}s: for a scale beyond a byte's range, such as 0..1000.
     *
     * @param measure the measure
     * @param touchpointIndex touchpoint indices
     * @param scores scores, as long as the index column
     * @throws IllegalArgumentException if the measure is not known or the lengths differ
     * @throws BadColumnValueException naming the first index whose touchpoint or score is out of
     *     range (nothing is added then)
     * @since 0.1
     */
    public void addColumns(MeasureId measure, int[] touchpointIndex, int[] scores) {
      requireNonNull(touchpointIndex, "touchpointIndex");
      requireNonNull(scores, "scores");
      addColumns(measure, pm -> pm.grouped.addAll(touchpointIndex, scores));
    }

    /**
     * Adds {@code count} answers of one score at one touchpoint for one measure at once: counts
     * aggregated elsewhere (a database's {@code GROUP BY touchpoint, score}, a frequency table, a
     * reader that counted as it went), with no object or column entry per answer. The result is
     * that of adding the answer {@code count} times through {@link #addColumns(MeasureId, int[],
     * int[]) addColumns}; like it, these answers do not count towards the stage holding
     * respondents' lowest scores.
     *
     * <pre>{@code
     * int checkout = card.indexOf(TouchpointId.of("checkout")).orElseThrow();
     * tally.addCount(MeasureId.of("nps"), checkout, 9, 120); // 120 answers of 9
     * }</pre>
     *
     * @param measure the measure
     * @param touchpointIndex the touchpoint's index, as in {@link Scorecard#touchpoints()}
     * @param score a point on the measure's scale
     * @param count how many answers (0 adds nothing)
     * @throws IllegalArgumentException if the measure is not known or the count is negative
     * @throws IndexOutOfBoundsException if the touchpoint index is out of range
     * @throws BadInputException if the score is off the measure's scale (nothing is added)
     * @throws ArithmeticException if a count would overflow (nothing is added)
     * @since 0.1
     */
    public void addCount(MeasureId measure, int touchpointIndex, int score, long count) {
      addColumns(measure, pm -> pm.grouped.addCount(touchpointIndex, score, count));
    }

    /**
     * Adds a whole frequency table of one measure at once: {@code counts[t * points + (score -
     * min)]} answers of each score at each touchpoint, where {@code t} is the touchpoint's index in
     * {@link Scorecard#touchpoints()} and {@code min} and {@code points} are the lowest point and
     * the number of points of the measure's scale. The result is that of {@link #addCount} for
     * every cell, in one step: for tables counted elsewhere (a database's {@code GROUP BY
     * touchpoint, score}; a reader that counted as it went). The array is read during the call
     * only.
     *
     * <pre>{@code
     * // 3 touchpoints on NPS's 0..10 scale: 11 cells per touchpoint
     * long[] counts = new long[3 * 11];
     * counts[1 * 11 + 9] = 120;          // 120 answers of 9 at the second touchpoint
     * tally.addCounts(MeasureId.of("nps"), counts);
     * }</pre>
     *
     * @param measure the measure
     * @param counts the table, touchpoints times scale points long
     * @throws IllegalArgumentException if the measure is not known, the length is not the
     *     touchpoints times the scale's points, or a count is negative (the message names its
     *     index, touchpoint index and score; nothing is added)
     * @throws ArithmeticException if a count would overflow (nothing is added)
     * @since 0.1
     */
    public void addCounts(MeasureId measure, long[] counts) {
      requireNonNull(counts, "counts");
      Measure m = measures.get(requireNonNull(measure, "measure"));
      checkArgument(
          m != null, "measure '%s' is not declared (known: %s)", measure, measures.keySet());
      Scale scale = m.scale();
      int points = scale.points();
      checkArgument(
          counts.length == (long) touchpoints.size() * points,
          "counts must hold %s entries (%s touchpoints times %s scale points), got %s",
          (long) touchpoints.size() * points,
          touchpoints.size(),
          points,
          counts.length);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] < 0) {
          throw new IllegalArgumentException(
              "counts["
                  + i
                  + "] (touchpoint index "
                  + i / points
                  + ", score "
                  + (scale.min() + i % points)
                  + ") must not be negative");
        }
      }
      addColumns(measure, pm -> pm.addCounts(counts, scale));
    }

    /** Adds columns through {@code add}; a measure's state made for them goes if they fail. */
    private void addColumns(MeasureId measure, Consumer<PerMeasure<?>> add) {
      Measure m = measures.get(requireNonNull(measure, "measure"));
      checkArgument(
          m != null, "measure '%s' is not declared (known: %s)", measure, measures.keySet());
      boolean fresh = !perMeasure.containsKey(m.id());
      try {
        add.accept(perMeasure(m));
      } catch (RuntimeException e) {
        if (fresh) {
          perMeasure.remove(m.id());
        }
        throw e;
      }
    }

    /**
     * Adds the state of another tally of the same scorecard; {@code other} is unchanged. Reject
     * indices stay relative to the tally that saw the record; the listed rejects are the first in
     * order (index, field, reason) of both, up to the policy's limit, whatever the order of merges.
     *
     * @param other another tally
     * @return this tally
     * @throws IllegalArgumentException if {@code other} belongs to another scorecard
     * @throws ArithmeticException if a count overflows (this tally is then unchanged)
     */
    @Override
    public Tally merge(Tally other) {
      requireNonNull(other, "other");
      checkArgument(other.owner() == Scorecard.this, "cannot merge a tally of another scorecard");
      Tally next = copy();
      for (Map.Entry<MeasureId, PerMeasure<?>> e : other.perMeasure.entrySet()) {
        PerMeasure<?> mine = next.perMeasure.get(e.getKey());
        if (mine == null) {
          next.perMeasure.put(e.getKey(), e.getValue().copy());
        } else {
          mine.merge(e.getValue());
        }
      }
      for (Map.Entry<MeasureId, PerMeasure<?>> e : other.overall.entrySet()) {
        PerMeasure<?> mine = next.overall.get(e.getKey());
        if (mine == null) {
          next.overall.put(e.getKey(), e.getValue().copy());
        } else {
          mine.merge(e.getValue());
        }
      }
      other.unknown.forEach((k, v) -> next.unknown.merge(k, v, Math::addExact));
      next.rejects.addAll(other.rejects);
      next.untagged = Exact.add(untagged, other.untagged);
      next.seen = Exact.add(seen, other.seen);
      for (Map.Entry<String, Low> e : other.lows.entrySet()) {
        Low low = next.lows.get(e.getKey());
        if (low == null) {
          next.lows.put(e.getKey(), e.getValue().copy());
        } else {
          low.merge(e.getValue());
        }
      }
      perMeasure = next.perMeasure;
      overall = next.overall;
      unknown = next.unknown;
      rejects = next.rejects;
      lows = next.lows;
      untagged = next.untagged;
      seen = next.seen;
      return this;
    }

    private Scorecard owner() {
      return Scorecard.this;
    }

    /** Whether any measure holds an answer at touchpoint index {@code t}. */
    private boolean answered(int t) {
      for (PerMeasure<?> pm : perMeasure.values()) {
        if (pm.grouped.count(t) > 0) {
          return true;
        }
      }
      return false;
    }

    /**
     * Returns an independent copy.
     *
     * @return the copy
     * @since 0.1
     */
    @Override
    public Tally copy() {
      Tally t = new Tally();
      perMeasure.forEach((k, v) -> t.perMeasure.put(k, v.copy()));
      overall.forEach((k, v) -> t.overall.put(k, v.copy()));
      t.unknown.putAll(unknown);
      t.rejects.addAll(rejects);
      lows.forEach((k, v) -> t.lows.put(k, v.copy()));
      t.untagged = untagged;
      t.seen = seen;
      return t;
    }

    /**
     * Returns the result so far; the tally stays usable.
     *
     * @return the scorecard result
     */
    @Override
    public ScorecardResult result() {
      Map<MeasureId, GroupedAccumulator<?>> grouped = new LinkedHashMap<>();
      perMeasure.forEach((k, v) -> grouped.put(k, v.grouped));
      Map<MeasureId, MetricResult> overallAnswers = new LinkedHashMap<>();
      overall.forEach((k, v) -> overallAnswers.put(k, v.grouped.result(0)));
      int tps = touchpoints.size();
      double[] lowest = new double[tps];
      double[] expected = new double[tps];
      long respondents = 0;
      // in respondent order, so the sums of shares are the same bits whatever the merges were
      for (Low low : new TreeMap<>(lows).values()) {
        int k = low.seen.cardinality();
        if (k < 2) {
          continue;
        }
        respondents++;
        double share = 1.0 / low.lowest.cardinality();
        for (int t = low.lowest.nextSetBit(0); t >= 0; t = low.lowest.nextSetBit(t + 1)) {
          lowest[t] += share;
        }
        for (int t = low.seen.nextSetBit(0); t >= 0; t = low.seen.nextSetBit(t + 1)) {
          expected[t] += 1.0 / k;
        }
      }
      List<LowestExperience> pearls = new ArrayList<>();
      for (int t = 0; t < tps; t++) {
        if (expected[t] > 0) {
          pearls.add(
              new LowestExperience(
                  touchpoints.get(t).id(),
                  lowest[t],
                  expected[t],
                  Math.min(1.0, lowest[t] / respondents)));
        }
      }
      return ScorecardResult.build(
          Scorecard.this,
          grouped,
          overallAnswers,
          unknown,
          untagged,
          rejects.count(),
          rejects.listed(),
          pearls,
          respondents);
    }

    /**
     * Encodes the tally: a frame of kind {@code scorecard}, version 2, holding the journey's id and
     * shape, the counts, each measure's per-touchpoint accumulators and its accumulator of overall
     * answers (their own frames), the unknown touchpoints, the rejects and each respondent's lowest
     * score with the touchpoints holding it, all in a fixed order. The bytes hold respondent ids
     * and reject reasons: treat them as the responses they came from.
     *
     * @return the bytes
     * @since 0.1
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w = Frame.writer(id(), VERSION);
      w.putString(journey.id().value())
          .putInt(touchpoints.size())
          .putInt(journey.stages().size())
          .putLong(seen)
          .putLong(untagged);
      w.putInt(perMeasure.size());
      perMeasure.forEach(
          (k, v) -> {
            w.putString(k.value());
            v.write(w);
          });
      w.putInt(overall.size());
      overall.forEach(
          (k, v) -> {
            w.putString(k.value());
            v.write(w);
          });
      w.putInt(unknown.size());
      unknown.forEach((k, v) -> w.putString(k.value()).putLong(v));
      ImmutableList<Reject> listed = rejects.listed();
      w.putLong(rejects.count()).putInt(listed.size());
      for (Reject r : listed) {
        InputLocation.RecordPosition at = (InputLocation.RecordPosition) r.location();
        w.putLong(at.index()).putString(at.field().orElse("")).putString(r.reason());
      }
      w.putInt(lows.size());
      new TreeMap<>(lows)
          .forEach(
              (respondent, low) -> {
                w.putString(respondent).putDouble(low.score);
                writeBits(w, low.lowest);
                writeBits(w, low.seen);
              });
      return w.finish();
    }

    @Override
    public String toString() {
      return "Tally[" + journey.id() + ", " + seen + " responses seen]";
    }
  }
}
