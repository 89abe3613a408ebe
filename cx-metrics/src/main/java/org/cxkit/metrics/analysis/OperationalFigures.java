package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.internal.RelativeSketch;
import org.cxkit.metrics.internal.Stats;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * Scores an {@linkplain OperationalMeasure operational measure} from data: per touchpoint of a
 * journey, the observed values (handling times, waits, contacts, in the measure's unit) give n, the
 * mean with a t interval, the median and the 90th percentile with distribution-free intervals, and
 * each of the touchpoint's targets on the measure is judged with {@link TargetStatus#of} (met,
 * within tolerance, missed), or {@link TargetStatus#TOO_FEW} below the minimum n. See {@link
 * OperationalResult} for the figures and their methods.
 *
 * <pre>{@code
 * OperationalFigures figures = OperationalFigures.of(journey, shineTime);
 * OperationalFigures.State s = figures.newState();
 * s.add(TouchpointId.of("shoeshine"), 131.5);    // seconds, as the measure's unit says
 * OperationalResult r = s.result();
 * r.row("shoeshine").orElseThrow().judged();      // each target with its status
 * }</pre>
 *
 * <p>The state is constant per touchpoint: n, the mean and the sum of squared deviations (West
 * 1979; merged by Chan, Golub and LeVeque 1979), and a {@code DDSketch} of the values (Masson, Rim
 * and Lee 2019) that answers quantiles to within a relative error of 1 %. Values under 1e-6 count
 * as zero in the sketch (not in the mean); values over 1e12 in the measure's unit are refused.
 *
 * @since 0.1
 */
public final class OperationalFigures
    implements Analysis<OperationalFigures.Value, OperationalResult, OperationalFigures.State> {
  private static final int VERSION = 1;
  private static final double MIN_KEPT = 1e-6;

  /** The largest value accepted, in the measure's unit. */
  public static final double MAX_VALUE = 1e12;

  private final Journey journey;
  private final OperationalMeasure measure;
  private final ImmutableList<TouchpointId> touchpoints;
  private final ImmutableMap<TouchpointId, Integer> index;
  private final long minimumN;
  private final double level;

  private OperationalFigures(
      Journey journey, OperationalMeasure measure, long minimumN, double level) {
    this.journey = journey;
    this.measure = measure;
    this.minimumN = minimumN;
    this.level = level;
    ImmutableList.Builder<TouchpointId> ids = ImmutableList.builder();
    ImmutableMap.Builder<TouchpointId, Integer> at = ImmutableMap.builder();
    int i = 0;
    for (Touchpoint t : journey.touchpoints()) {
      ids.add(t.id());
      at.put(t.id(), i++);
    }
    this.touchpoints = ids.build();
    this.index = at.buildOrThrow();
  }

  /**
   * Returns the analysis of a measure's values on a journey's touchpoints, with the scorecard's
   * default minimum n ({@value Scorecard#DEFAULT_MINIMUM_N}) and 95 % intervals.
   *
   * @param journey the journey whose touchpoints (and their targets on the measure) are scored
   * @param measure the operational measure the values are in
   * @return the analysis
   * @throws NullPointerException if an argument is null
   */
  public static OperationalFigures of(Journey journey, OperationalMeasure measure) {
    return new OperationalFigures(
        requireNonNull(journey, "journey"),
        requireNonNull(measure, "measure"),
        Scorecard.DEFAULT_MINIMUM_N,
        0.95);
  }

  /**
   * Returns this analysis with another minimum n: a touchpoint with fewer values keeps its figures,
   * but its targets are {@link TargetStatus#TOO_FEW}.
   *
   * @param n the minimum number of values, at least 1
   * @return the changed analysis
   * @throws IllegalArgumentException if {@code n} is under 1
   */
  public OperationalFigures withMinimumN(long n) {
    checkArgument(n >= 1, "the minimum n must be at least 1");
    return new OperationalFigures(journey, measure, n, level);
  }

  /**
   * Returns this analysis with another confidence level for its intervals.
   *
   * @param newLevel the level, strictly between 0 and 1
   * @return the changed analysis
   * @throws IllegalArgumentException if the level is outside (0, 1)
   */
  public OperationalFigures withLevel(double newLevel) {
    return new OperationalFigures(journey, measure, minimumN, Stats.level(newLevel));
  }

  /**
   * Returns the measure.
   *
   * @return the operational measure
   */
  public OperationalMeasure measure() {
    return measure;
  }

  /**
   * Returns {@code operational}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return "operational";
  }

  @Override
  public State newState() {
    return new State(this);
  }

  /**
   * Reads a state written by {@link State#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the state
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if the bytes are corrupt, of another analysis, journey or
   *     measure, or hold a state that adding cannot reach: buckets that do not add up to n, a
   *     non-finite or negative mean or sum of squares, moments without values
   */
  @Override
  public State decode(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    Frame.Reader r = Frame.read(bytes, id(), "state", VERSION);
    r.check(
        r.getString("the journey").equals(journey.id().toString()),
        "the state is of another journey");
    r.check(
        r.getString("the measure").equals(measure.id().toString()),
        "the state is of another measure");
    int k = r.getSize("the number of touchpoints", touchpoints.size());
    r.check(k == touchpoints.size(), "the state has another number of touchpoints");
    State s = new State(this);
    long total = 0;
    for (int i = 0; i < k; i++) {
      String what = "the values at touchpoint " + (i + 1);
      Group g = s.groups[i];
      g.mean = r.getDouble("the mean of " + what);
      g.m2 = r.getDouble("the sum of squares of " + what);
      g.sketch = g.sketch.read(r, what);
      long n = g.sketch.n();
      r.check(g.mean >= 0 && g.mean <= MAX_VALUE, "the mean of " + what + " is out of range");
      r.check(g.m2 >= 0, "the sum of squares of " + what + " is negative");
      // Popoviciu: values in [0, MAX_VALUE] have a variance of at most MAX_VALUE^2 / 4
      r.check(
          g.m2 <= n * (MAX_VALUE * MAX_VALUE / 4),
          "the sum of squares of " + what + " is more than its values can give");
      r.check(
          n > 0 || (g.mean == 0 && g.m2 == 0), "moments without values at touchpoint " + (i + 1));
      r.check(n > 1 || g.m2 == 0, "a spread from a single value at touchpoint " + (i + 1));
      try {
        total = Exact.add(total, n);
      } catch (ArithmeticException e) {
        throw r.invalid("the touchpoints hold more values than a long counts");
      }
    }
    s.total = total;
    r.end();
    return s;
  }

  @Override
  public String toString() {
    return "OperationalFigures[" + measure.id() + " on " + journey.id() + "]";
  }

  /**
   * One observed value of the measure at a touchpoint, for the generic {@link Analysis} paths.
   *
   * @param touchpoint the touchpoint
   * @param value the value, in the measure's unit
   * @since 0.1
   */
  public record Value(TouchpointId touchpoint, double value) {
    /**
     * Checks the touchpoint.
     *
     * @param touchpoint the touchpoint
     * @param value the value
     * @throws NullPointerException if {@code touchpoint} is null
     */
    public Value {
      requireNonNull(touchpoint, "touchpoint");
    }
  }

  /** One touchpoint's moments and sketch. */
  private static final class Group {
    double mean;
    double m2;
    RelativeSketch sketch = new RelativeSketch(MIN_KEPT, MAX_VALUE);

    long n() {
      return sketch.n();
    }

    void add(double x) {
      long n = sketch.n() + 1;
      double d = x - mean;
      mean += d / n;
      m2 += d * (x - mean);
      sketch.add(x);
    }

    void merge(Group o) {
      long na = n();
      long nb = o.n();
      if (nb == 0) {
        return;
      }
      if (na == 0) {
        // the empty state is the identity bit for bit
        mean = o.mean;
        m2 = o.m2;
        sketch.merge(o.sketch);
        return;
      }
      long n = na + nb;
      double d = o.mean - mean;
      mean += d * nb / n;
      m2 += o.m2 + d * d * ((double) na * nb / n);
      sketch.merge(o.sketch);
    }

    Group copy() {
      Group g = new Group();
      g.mean = mean;
      g.m2 = m2;
      g.sketch = sketch.copy();
      return g;
    }
  }

  /**
   * The mutable state: per touchpoint, n, the mean, the sum of squared deviations and a quantile
   * sketch. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class State implements MergeableState<Value, OperationalResult, State> {
    private final OperationalFigures analysis;
    private final Group[] groups;
    private long total;

    State(OperationalFigures analysis) {
      this.analysis = analysis;
      this.groups = new Group[analysis.touchpoints.size()];
      for (int i = 0; i < groups.length; i++) {
        groups[i] = new Group();
      }
    }

    /**
     * Adds one value at a touchpoint.
     *
     * @param touchpoint the touchpoint, one of the journey's
     * @param value the value, in the measure's unit
     * @throws NullPointerException if {@code touchpoint} is null
     * @throws org.cxkit.metrics.BadInputException if the touchpoint is not in the journey, or the
     *     value is not finite, negative, over {@link #MAX_VALUE}, or over 100 for a measure in
     *     percent (the message says which, never the value)
     * @throws ArithmeticException if the count overflows
     */
    public void add(TouchpointId touchpoint, double value) {
      requireNonNull(touchpoint, "touchpoint");
      Integer i = analysis.index.get(touchpoint);
      if (i == null) {
        throw BadValues.value("the touchpoint is not in journey '" + analysis.journey.id() + "'");
      }
      String what = "the value of " + analysis.measure.id();
      BadValues.check(Double.isFinite(value), what + " is not a finite number");
      BadValues.check(value >= 0, what + " is negative; expected 0 or more");
      double highest = Math.min(MAX_VALUE, analysis.measure.unit().highest());
      BadValues.check(
          value <= highest,
          what + " is over " + (highest == 100 ? "100 percent" : "the largest accepted, 1e12"));
      total = Exact.add(total, 1);
      groups[i].add(value == 0.0 ? 0.0 : value);
    }

    @Override
    public void add(Value observation) {
      requireNonNull(observation, "observation");
      add(observation.touchpoint(), observation.value());
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      checkArgument(
          other.analysis.journey.id().equals(analysis.journey.id())
              && other.analysis.measure.id().equals(analysis.measure.id())
              && other.groups.length == groups.length,
          "cannot merge a state of %s into %s",
          other.analysis,
          analysis);
      long sum = Exact.add(total, other.total);
      if (other == this) {
        other = other.copy();
      }
      for (int i = 0; i < groups.length; i++) {
        groups[i].merge(other.groups[i]);
      }
      total = sum;
      return this;
    }

    @Override
    public OperationalResult result() {
      List<OperationalResult.Row> rows = new ArrayList<>();
      for (int i = 0; i < groups.length; i++) {
        Touchpoint tp = analysis.journey.touchpoints().get(i);
        List<MetricTarget> targets = new ArrayList<>();
        for (MetricTarget t : tp.measures()) {
          if (t.measure().equals(analysis.measure.id())) {
            targets.add(t);
          }
        }
        Group g = groups[i];
        if (g.n() == 0 && targets.isEmpty()) {
          continue;
        }
        rows.add(
            OperationalResult.Row.of(
                tp.id(),
                g.n(),
                g.mean,
                g.m2,
                g.sketch,
                targets,
                analysis.measure.higherIsBetter(),
                analysis.minimumN,
                analysis.level));
      }
      return new OperationalResult(
          analysis.measure, analysis.minimumN, analysis.level, ImmutableList.copyOf(rows));
    }

    @Override
    public State copy() {
      State s = new State(analysis);
      for (int i = 0; i < groups.length; i++) {
        s.groups[i] = groups[i].copy();
      }
      s.total = total;
      return s;
    }

    /**
     * Encodes the state: a frame of kind {@code operational}, version 1, holding the journey's and
     * the measure's ids, the number of touchpoints, and per touchpoint in the journey's order the
     * mean, the sum of squared deviations and the sketch (its count and its nonempty buckets).
     *
     * @return the bytes
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w =
          Frame.writer(analysis.id(), VERSION)
              .putString(analysis.journey.id().toString())
              .putString(analysis.measure.id().toString())
              .putInt(groups.length);
      for (Group g : groups) {
        w.putDouble(g.mean == 0.0 ? 0.0 : g.mean).putDouble(g.m2 == 0.0 ? 0.0 : g.m2);
        g.sketch.write(w);
      }
      return w.finish();
    }

    @Override
    public String toString() {
      return "OperationalFigures.State[" + analysis.measure.id() + ", n " + total + "]";
    }
  }
}
