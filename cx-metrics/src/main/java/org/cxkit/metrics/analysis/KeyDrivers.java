package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.primitives.ImmutableDoubleArray;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SplittableRandom;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.CoMoments;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * Key-driver analysis: which drivers (touchpoint ratings) move an outcome (likelihood to recommend,
 * coming back), over a respondent × item table. For every driver it reports Pearson's r with the
 * outcome, the standardized regression coefficient β, Johnson's (2000) relative weight and the
 * Shapley value of R² (LMG), the last two also as shares of R²; and R², adjusted R² and the
 * importance–performance quadrant ({@link KeyDriversResult}, {@link DriverWeight}).
 *
 * <p>The state keeps weighted counts, means and co-moments (merged with Chan, Golub &amp; LeVeque's
 * formulas), so the analysis runs split, merged, in a parallel stream or on a distributed engine
 * with the result of one pass, to rounding. Everything else is computed from the correlation matrix
 * when the result is asked for, on Apache Commons Math's eigen and Cholesky decompositions. Shapley
 * values are exact (all 2^p subsets), so at most {@value #MAX_DRIVERS} drivers.
 *
 * <p><b>Missing data.</b> A missing value is {@code NaN}. {@link Missing#LISTWISE} (the default)
 * uses only rows with the outcome and every driver; {@link Missing#PAIRWISE} computes each
 * correlation from the rows that have both of its variables (as R's {@code
 * cor(use="pairwise.complete.obs")}), which keeps more data but can give a correlation matrix no
 * single data set has; then the status is {@link KeyDriversResult.Status#COLLINEAR}. The two rules
 * give different answers whenever values are missing.
 *
 * <p><b>Case weights</b> enter through the weighted means and co-moments; n (for adjusted R²) is
 * the number of rows, not the sum of the weights. Infinite values and weights that are not positive
 * and finite are rejected.
 *
 * <pre>{@code
 * KeyDrivers kd = KeyDrivers.of("overall", "arrival", "talk", "networking");
 * KeyDrivers.State s = kd.newState();
 * s.add(9, 4, 5, 2);                       // outcome, then the drivers
 * s.add(7, 5, Double.NaN, 3);              // talk skipped
 * KeyDriversResult r = s.result();
 * r.ranking(Importance.SHAPLEY);
 * }</pre>
 *
 * @since 0.1
 */
public final class KeyDrivers
    implements Analysis<KeyDrivers.Row, KeyDriversResult, KeyDrivers.State> {
  /** The most drivers one analysis takes: exact Shapley values visit 2^p subsets. */
  public static final int MAX_DRIVERS = 16;

  private static final String ID = "key-drivers";
  private static final int VERSION = 1;

  /**
   * Which rows each correlation rests on when values are missing.
   *
   * @since 0.1
   */
  public enum Missing {
    /** Only rows with the outcome and every driver (the default). */
    LISTWISE,
    /** Each pair of variables from the rows that have both. */
    PAIRWISE
  }

  private final String outcome;
  private final ImmutableList<String> drivers;
  private final Missing missing;

  private KeyDrivers(String outcome, ImmutableList<String> drivers, Missing missing) {
    this.outcome = outcome;
    this.drivers = drivers;
    this.missing = missing;
  }

  /**
   * Returns a listwise analysis of an outcome on drivers.
   *
   * @param outcome the outcome's name
   * @param drivers the drivers' names: 1..{@value #MAX_DRIVERS}, distinct, none the outcome's
   * @return the analysis
   * @throws IllegalArgumentException if a name is blank or repeated, or there are no drivers or too
   *     many
   */
  public static KeyDrivers of(String outcome, String... drivers) {
    return of(outcome, List.of(requireNonNull(drivers, "drivers")));
  }

  /**
   * Returns a listwise analysis of an outcome on drivers.
   *
   * @param outcome the outcome's name
   * @param drivers the drivers' names: 1..{@value #MAX_DRIVERS}, distinct, none the outcome's
   * @return the analysis
   * @throws IllegalArgumentException if a name is blank or repeated, or there are no drivers or too
   *     many
   */
  public static KeyDrivers of(String outcome, Iterable<String> drivers) {
    requireNonNull(outcome, "outcome");
    ImmutableList<String> names = ImmutableList.copyOf(requireNonNull(drivers, "drivers"));
    checkArgument(!outcome.isBlank(), "the outcome's name must not be blank");
    checkArgument(
        !names.isEmpty() && names.size() <= MAX_DRIVERS,
        "need 1..%s drivers, got %s",
        MAX_DRIVERS,
        names.size());
    Set<String> seen = new HashSet<>();
    seen.add(outcome);
    for (int i = 0; i < names.size(); i++) {
      checkArgument(!names.get(i).isBlank(), "driver %s: the name must not be blank", i);
      checkArgument(
          seen.add(names.get(i)),
          "driver %s: the name %s is the outcome's or another driver's",
          i,
          names.get(i));
    }
    return new KeyDrivers(outcome, names, Missing.LISTWISE);
  }

  /**
   * Returns this analysis with another missing-data rule.
   *
   * @param rule the rule
   * @return the analysis
   */
  public KeyDrivers missing(Missing rule) {
    return new KeyDrivers(outcome, drivers, requireNonNull(rule, "rule"));
  }

  /**
   * Returns the outcome's name.
   *
   * @return the name
   */
  public String outcome() {
    return outcome;
  }

  /**
   * Returns the drivers' names, in order.
   *
   * @return the names
   */
  public ImmutableList<String> drivers() {
    return drivers;
  }

  /**
   * Returns the missing-data rule.
   *
   * @return the rule
   */
  public Missing missing() {
    return missing;
  }

  /**
   * Returns {@code key-drivers}.
   *
   * @return the id
   */
  @Override
  public String id() {
    return ID;
  }

  /**
   * Returns a new, empty state.
   *
   * @return the state
   */
  @Override
  public State newState() {
    return new State(this);
  }

  /**
   * Reads a state written by {@link State#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the state
   * @throws IllegalArgumentException if the bytes are corrupt, of another analysis (other names or
   *     missing-data rule), or hold moments no rows could give
   */
  @Override
  public State decode(byte[] bytes) {
    Frame.Reader r = Frame.read(bytes, ID, "state", VERSION);
    int rule = r.getByte("the missing-data rule");
    r.check(rule == missing.ordinal(), "the bytes are for another missing-data rule");
    r.check(r.getString("the outcome").equals(outcome), "the bytes are for another outcome");
    int p = r.getSize("the driver count", MAX_DRIVERS);
    r.check(p == drivers.size(), "the bytes are for " + p + " drivers, expected " + drivers.size());
    for (int i = 0; i < p; i++) {
      r.check(
          r.getString("a driver's name").equals(drivers.get(i)),
          "driver " + i + " is another driver");
    }
    State s = new State(this);
    s.rows = r.getCount("the row count");
    long most = 0;
    for (int b = 0; b < s.blocks.length; b++) {
      s.blocks[b] = CoMoments.read(r, s.blocks[b].k(), "block " + b);
      most = Math.max(most, s.blocks[b].n());
    }
    r.end();
    r.check(most <= s.rows, "a block counts more rows than were added");
    try {
      s.result();
    } catch (IllegalArgumentException | ArithmeticException e) {
      // moments within every pairwise bound can still be ones no rows give (issue #11): their
      // weights do not compute, so the state is rejected here rather than when it is read out
      throw r.invalid("the moments give no valid driver weights, as no rows could");
    }
    return s;
  }

  @Override
  public String toString() {
    return "KeyDrivers[" + outcome + " on " + drivers + ", " + missing + "]";
  }

  /**
   * One respondent's row: the outcome, the drivers (in the analysis's order) and a case weight.
   * {@code NaN} marks a missing value.
   *
   * @param outcome the outcome, or {@code NaN}
   * @param drivers the drivers' values, each one or {@code NaN}
   * @param weight the case weight, positive and finite
   * @since 0.1
   */
  public record Row(double outcome, ImmutableDoubleArray drivers, double weight) {
    /**
     * Checks the row.
     *
     * @param outcome the outcome, or {@code NaN}
     * @param drivers the drivers' values
     * @param weight the case weight
     * @throws NullPointerException if drivers is null
     * @throws IllegalArgumentException if a value is infinite or the weight not positive and finite
     */
    public Row {
      requireNonNull(drivers, "drivers");
      checkArgument(!Double.isInfinite(outcome), "the outcome must be finite or NaN (missing)");
      for (int i = 0; i < drivers.length(); i++) {
        checkArgument(
            !Double.isInfinite(drivers.get(i)), "driver %s must be finite or NaN (missing)", i);
      }
      checkArgument(
          weight > 0 && Double.isFinite(weight), "the weight must be positive and finite");
      drivers = drivers.trimmed();
    }

    /**
     * Returns a row of weight 1.
     *
     * @param outcome the outcome, or {@code NaN}
     * @param drivers the drivers' values, each one or {@code NaN}
     * @return the row
     */
    public static Row of(double outcome, double... drivers) {
      return new Row(outcome, ImmutableDoubleArray.copyOf(drivers), 1);
    }

    /**
     * Returns this row with another weight.
     *
     * @param newWeight the weight, positive and finite
     * @return the row
     */
    public Row withWeight(double newWeight) {
      return new Row(outcome, drivers, newWeight);
    }
  }

  /**
   * Which answers of a respondent make one column of a key-driver table ({@link #rows}): the score
   * on a measure about a touchpoint, an overall score (no touchpoint), or a yes/no attribute (1 for
   * the given value, 0 for any other).
   *
   * @since 0.1
   */
  public static final class Item {
    private final String name;
    private final Optional<MeasureId> measure;
    private final Optional<TouchpointId> touchpoint;
    private final Optional<String> attribute;
    private final String yes;

    private Item(
        String name,
        Optional<MeasureId> measure,
        Optional<TouchpointId> touchpoint,
        Optional<String> attribute,
        String yes) {
      this.name = name;
      this.measure = measure;
      this.touchpoint = touchpoint;
      this.attribute = attribute;
      this.yes = yes;
    }

    /**
     * Returns the item of a measure about a touchpoint, named after the touchpoint.
     *
     * @param measure the measure's id slug, such as {@code csat}
     * @param touchpoint the touchpoint's id slug
     * @return the item
     */
    public static Item at(String measure, String touchpoint) {
      TouchpointId t = TouchpointId.of(requireNonNull(touchpoint, "touchpoint"));
      return new Item(
          t.toString(),
          Optional.of(MeasureId.of(requireNonNull(measure, "measure"))),
          Optional.of(t),
          Optional.empty(),
          "");
    }

    /**
     * Returns the item of an overall measure (answers without a touchpoint), named after it.
     *
     * @param measure the measure's id slug, such as {@code nps}
     * @return the item
     */
    public static Item overall(String measure) {
      MeasureId m = MeasureId.of(requireNonNull(measure, "measure"));
      return new Item(m.toString(), Optional.of(m), Optional.empty(), Optional.empty(), "");
    }

    /**
     * Returns a yes/no item from an attribute: 1 when it equals {@code yes}, 0 for any other value,
     * missing when the respondent's answers do not carry it. Named after the attribute.
     *
     * @param attribute the attribute's name, such as {@code returned}
     * @param yes the value that means yes, such as {@code yes}
     * @return the item
     */
    public static Item attributeIs(String attribute, String yes) {
      requireNonNull(attribute, "attribute");
      requireNonNull(yes, "yes");
      checkArgument(!attribute.isBlank(), "the attribute's name must not be blank");
      return new Item(attribute, Optional.empty(), Optional.empty(), Optional.of(attribute), yes);
    }

    /**
     * Returns the item's name: the touchpoint, the measure or the attribute.
     *
     * @return the name
     */
    public String name() {
      return name;
    }

    /** Returns the value this response gives the item, or NaN if it says nothing about it. */
    double value(Response r) {
      if (attribute.isPresent()) {
        String v = r.attributes().get(attribute.get());
        return v == null ? Double.NaN : v.equals(yes) ? 1 : 0;
      }
      return r.measure().equals(measure.orElseThrow()) && r.touchpoint().equals(touchpoint)
          ? r.score()
          : Double.NaN;
    }

    boolean isAttribute() {
      return attribute.isPresent();
    }

    @Override
    public String toString() {
      return attribute.isPresent()
          ? "Item[" + name + " is " + yes + "]"
          : "Item[" + measure.orElseThrow() + touchpoint.map(t -> " @" + t).orElse("") + "]";
    }
  }

  /**
   * Returns an analysis whose outcome and drivers are named after items of responses; its rows come
   * from {@link #rows}.
   *
   * @param outcome the outcome item
   * @param drivers the driver items
   * @return the analysis (listwise)
   * @throws IllegalArgumentException as {@link #of(String, Iterable)}
   */
  public static KeyDrivers of(Item outcome, List<Item> drivers) {
    requireNonNull(outcome, "outcome");
    List<String> names = new ArrayList<>();
    for (Item i : requireNonNull(drivers, "drivers")) {
      names.add(requireNonNull(i, "driver").name());
    }
    return of(outcome.name(), names);
  }

  /**
   * Groups responses by respondent into rows: one per respondent (in order of first appearance)
   * with a value for the outcome or at least one driver; items a respondent did not answer are
   * missing ({@code NaN}).
   *
   * @param responses the responses
   * @param outcome the outcome item
   * @param drivers the driver items, in the analysis's order
   * @return the rows, of weight 1
   * @throws BadInputException if a respondent answered one item twice, or carries two values of one
   *     attribute (the message names the item and the response's position, not the respondent)
   */
  public static ImmutableList<Row> rows(
      Iterable<Response> responses, Item outcome, List<Item> drivers) {
    requireNonNull(responses, "responses");
    requireNonNull(outcome, "outcome");
    List<Item> items = new ArrayList<>();
    items.add(outcome);
    items.addAll(requireNonNull(drivers, "drivers"));
    Map<String, double[]> byRespondent = new LinkedHashMap<>();
    long at = 0;
    for (Response r : responses) {
      requireNonNull(r, "response");
      double[] row = null;
      for (int i = 0; i < items.size(); i++) {
        Item item = items.get(i);
        double v = item.value(r);
        if (Double.isNaN(v)) {
          continue;
        }
        if (row == null) {
          row =
              byRespondent.computeIfAbsent(
                  r.respondent(),
                  k -> {
                    double[] empty = new double[items.size()];
                    java.util.Arrays.fill(empty, Double.NaN);
                    return empty;
                  });
        }
        if (!Double.isNaN(row[i]) && !(item.isAttribute() && row[i] == v)) {
          throw new BadInputException(
              BadInputException.Kind.STRUCTURE,
              InputLocation.record(at, "respondent"),
              "its respondent already has a value for "
                  + item
                  + " (one answer per respondent and item)");
        }
        row[i] = v;
      }
      at++;
    }
    ImmutableList.Builder<Row> out = ImmutableList.builderWithExpectedSize(byRespondent.size());
    for (double[] v : byRespondent.values()) {
      out.add(Row.of(v[0], java.util.Arrays.copyOfRange(v, 1, v.length)));
    }
    return out.build();
  }

  /** The most resamples {@link #bootstrap} draws. */
  public static final int MAX_RESAMPLES = 100_000;

  /**
   * Percentile bootstrap intervals for the Johnson and Shapley weights (Efron &amp; Tibshirani
   * 1993, An Introduction to the Bootstrap, ch. 13): {@code resamples} times, as many rows as given
   * are drawn with replacement (by a {@link SplittableRandom} seeded with {@code seed}) and run
   * through this analysis; each bound is the {@code (1 − level)/2} or {@code (1 + level)/2}
   * quantile of the estimated resamples' weights, interpolated between order statistics (Hyndman
   * &amp; Fan 1996, definition 7, R's default). Rows keep their case weights. The same rows,
   * resamples, level and seed give the same intervals.
   *
   * <p>This reads the rows themselves, not a mergeable state: resampling needs them.
   *
   * @param rows the rows (as from {@link #rows})
   * @param resamples how many resamples, 2..{@value #MAX_RESAMPLES}
   * @param level the confidence level, in (0, 1)
   * @param seed the seed of the generator
   * @return the intervals, with the seed and the number of resamples
   * @throws IllegalArgumentException if the resamples or level are out of range, or a row has the
   *     wrong number of drivers
   * @since 0.1
   */
  public DriverIntervals bootstrap(List<Row> rows, int resamples, double level, long seed) {
    requireNonNull(rows, "rows");
    checkArgument(
        resamples >= 2 && resamples <= MAX_RESAMPLES,
        "resamples must be in 2..%s, got %s",
        MAX_RESAMPLES,
        resamples);
    checkArgument(level > 0 && level < 1, "level must be in (0, 1), got %s", level);
    Row[] data = rows.toArray(new Row[0]);
    for (int i = 0; i < data.length; i++) {
      requireNonNull(data[i], "rows[" + i + "]");
      checkArgument(
          data[i].drivers().length() == drivers.size(),
          "rows[%s] has %s drivers, expected %s",
          i,
          data[i].drivers().length(),
          drivers.size());
    }
    int p = drivers.size();
    double[][] johnson = new double[p][resamples];
    double[][] shapley = new double[p][resamples];
    int estimated = 0;
    SplittableRandom random = new SplittableRandom(seed);
    for (int b = 0; b < resamples; b++) {
      State s = newState();
      for (int i = 0; i < data.length; i++) {
        s.add(data[random.nextInt(data.length)]);
      }
      KeyDriversResult r = data.length == 0 ? null : s.result();
      if (r != null && r.estimated()) {
        for (int j = 0; j < p; j++) {
          johnson[j][estimated] = r.weights().get(j).johnson();
          shapley[j][estimated] = r.weights().get(j).shapley();
        }
        estimated++;
      }
    }
    ImmutableMap.Builder<String, Interval> js = ImmutableMap.builder();
    ImmutableMap.Builder<String, Interval> ss = ImmutableMap.builder();
    if (estimated >= 2) {
      for (int j = 0; j < p; j++) {
        js.put(drivers.get(j), percentile(johnson[j], estimated, level));
        ss.put(drivers.get(j), percentile(shapley[j], estimated, level));
      }
    }
    return new DriverIntervals(
        drivers,
        data.length,
        resamples,
        estimated,
        seed,
        level,
        js.buildOrThrow(),
        ss.buildOrThrow());
  }

  /** The percentile interval of the first {@code m} values (sorted in place). */
  private static Interval percentile(double[] values, int m, double level) {
    java.util.Arrays.sort(values, 0, m);
    double alpha = (1 - level) / 2;
    return new Interval(
        quantile(values, m, alpha), quantile(values, m, 1 - alpha), level, DriverIntervals.METHOD);
  }

  /** Hyndman &amp; Fan's definition 7 over sorted {@code x[0..m)}. */
  static double quantile(double[] x, int m, double q) {
    double h = (m - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, m - 1);
    return x[lo] + (h - lo) * (x[hi] - x[lo]);
  }

  /**
   * The mutable state of a key-driver run: weighted counts, means and co-moments. Listwise, one
   * block of all {@code p + 1} variables over complete rows; pairwise, one block per variable (its
   * mean and spread) and one per pair. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class State
      implements MergeableState<Row, KeyDriversResult, KeyDrivers.State> {
    private final KeyDrivers analysis;
    private final int k;
    private long rows;
    private final CoMoments[] blocks;
    private final double[] scratch;
    private final double[] pair = new double[2];

    State(KeyDrivers analysis) {
      this.analysis = analysis;
      this.k = analysis.drivers.size() + 1;
      this.scratch = new double[k];
      if (analysis.missing == Missing.LISTWISE) {
        blocks = new CoMoments[] {new CoMoments(k)};
      } else {
        blocks = new CoMoments[k + k * (k - 1) / 2];
        for (int i = 0; i < k; i++) {
          blocks[i] = new CoMoments(1);
        }
        for (int b = k; b < blocks.length; b++) {
          blocks[b] = new CoMoments(2);
        }
      }
    }

    /**
     * Adds a row of weight 1: the outcome, then the drivers in order; {@code NaN} is missing.
     *
     * @param outcome the outcome
     * @param drivers the drivers' values
     * @throws IllegalArgumentException if the number of values is wrong (a programming error)
     * @throws BadInputException if a value is infinite
     * @throws ArithmeticException if the row count overflows
     */
    public void add(double outcome, double... drivers) {
      addWeighted(1, outcome, drivers);
    }

    /**
     * Adds a row with a case weight.
     *
     * @param weight the weight, positive and finite
     * @param outcome the outcome
     * @param drivers the drivers' values
     * @throws IllegalArgumentException if the number of values is wrong (a programming error)
     * @throws BadInputException if a value is infinite or the weight is not positive and finite
     * @throws ArithmeticException if the row count overflows
     */
    public void addWeighted(double weight, double outcome, double... drivers) {
      requireNonNull(drivers, "drivers");
      checkArgument(
          drivers.length == k - 1, "expected %s driver values, got %s", k - 1, drivers.length);
      BadValues.check(
          weight > 0 && Double.isFinite(weight), "the weight must be positive and finite");
      BadValues.check(!Double.isInfinite(outcome), "the outcome must be finite or NaN (missing)");
      for (int i = 0; i < drivers.length; i++) {
        if (Double.isInfinite(drivers[i])) {
          throw BadValues.value("driver " + i + " must be finite or NaN (missing)");
        }
      }
      scratch[0] = outcome;
      System.arraycopy(drivers, 0, scratch, 1, drivers.length);
      addChecked(weight);
    }

    private void addChecked(double weight) {
      long next = Exact.add(rows, 1);
      if (blocks.length == 1) {
        boolean complete = true;
        for (double v : scratch) {
          complete &= !Double.isNaN(v);
        }
        if (complete) {
          blocks[0].add(scratch, 0, weight);
        }
      } else {
        double[] pair = this.pair;
        for (int i = 0; i < k; i++) {
          if (!Double.isNaN(scratch[i])) {
            blocks[i].add(scratch, i, weight);
          }
        }
        int b = k;
        for (int i = 0; i < k; i++) {
          for (int j = i + 1; j < k; j++, b++) {
            if (!Double.isNaN(scratch[i]) && !Double.isNaN(scratch[j])) {
              pair[0] = scratch[i];
              pair[1] = scratch[j];
              blocks[b].add(pair, 0, weight);
            }
          }
        }
      }
      rows = next;
    }

    /**
     * Adds a row.
     *
     * @param row the row
     * @throws IllegalArgumentException if it has the wrong number of drivers
     */
    @Override
    public void add(Row row) {
      requireNonNull(row, "row");
      addWeighted(row.weight(), row.outcome(), row.drivers().toArray());
    }

    /**
     * Adds columns: the outcome and one array per driver, all as long; {@code NaN} is missing.
     * Either every row is added or, on a bad value, none.
     *
     * @param outcome the outcome column
     * @param drivers the driver columns, in order
     * @return this state
     * @throws IllegalArgumentException naming the first column of the wrong number or length (a
     *     programming error)
     * @throws BadInputException naming the first row with an infinite value
     */
    public State addColumns(double[] outcome, double[]... drivers) {
      requireNonNull(outcome, "outcome");
      requireNonNull(drivers, "drivers");
      checkArgument(
          drivers.length == k - 1, "expected %s driver columns, got %s", k - 1, drivers.length);
      for (int j = 0; j < drivers.length; j++) {
        requireNonNull(drivers[j], "driver column");
        checkArgument(
            drivers[j].length == outcome.length,
            "driver column %s has %s rows, the outcome %s",
            j,
            drivers[j].length,
            outcome.length);
      }
      State t = copy();
      double[] row = new double[k - 1];
      for (int i = 0; i < outcome.length; i++) {
        for (int j = 0; j < row.length; j++) {
          row[j] = drivers[j][i];
        }
        try {
          t.addWeighted(1, outcome[i], row);
        } catch (BadInputException e) {
          throw BadValues.atRecord(i, e);
        }
      }
      restore(t);
      return this;
    }

    private void restore(State from) {
      rows = from.rows;
      for (int b = 0; b < blocks.length; b++) {
        blocks[b].restore(from.blocks[b]);
      }
    }

    /**
     * Adds another state of the same analysis; {@code other} is unchanged.
     *
     * @param other the other state
     * @return this state
     * @throws IllegalArgumentException if {@code other} is of another analysis
     * @throws ArithmeticException if a count overflows (this state is then unchanged)
     */
    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      checkArgument(
          other.analysis.equalsAnalysis(analysis),
          "cannot merge a state of %s into %s",
          other.analysis,
          analysis);
      State next = copy();
      next.rows = Exact.add(rows, other.rows);
      for (int b = 0; b < blocks.length; b++) {
        next.blocks[b].merge(other.blocks[b]);
      }
      restore(next);
      return this;
    }

    @Override
    public State copy() {
      State s = new State(analysis);
      s.restore(this);
      return s;
    }

    /**
     * Encodes the state: a frame of kind {@code key-drivers}, version 1, holding the rule, the
     * names, the row count and every block's count, weight, means and co-moments.
     *
     * @return the bytes
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w =
          Frame.writer(ID, VERSION)
              .putByte(analysis.missing.ordinal())
              .putString(analysis.outcome)
              .putInt(k - 1);
      for (String d : analysis.drivers) {
        w.putString(d);
      }
      w.putLong(rows);
      for (CoMoments b : blocks) {
        b.write(w);
      }
      return w.finish();
    }

    /**
     * Computes the result from the correlations: R², adjusted R² and every driver's weights, or the
     * status that says why not.
     *
     * @return the result
     */
    @Override
    public KeyDriversResult result() {
      int p = k - 1;
      long n;
      double[][] r = new double[k][k];
      double[] mean = new double[k];
      boolean constant = false;
      if (blocks.length == 1) {
        CoMoments m = blocks[0];
        n = m.n();
        for (int i = 0; i < k; i++) {
          mean[i] = m.mean(i);
          constant |= !(m.comoment(i, i) > 0);
          for (int j = 0; j < k; j++) {
            r[i][j] = correlation(m.comoment(i, j), m.comoment(i, i), m.comoment(j, j));
          }
        }
      } else {
        n = Long.MAX_VALUE;
        for (int i = 0; i < k; i++) {
          mean[i] = blocks[i].mean(0);
          r[i][i] = 1;
        }
        int b = k;
        for (int i = 0; i < k; i++) {
          for (int j = i + 1; j < k; j++, b++) {
            CoMoments m = blocks[b];
            n = Math.min(n, m.n());
            constant |= !(m.comoment(0, 0) > 0) || !(m.comoment(1, 1) > 0);
            r[i][j] = correlation(m.comoment(0, 1), m.comoment(0, 0), m.comoment(1, 1));
            r[j][i] = r[i][j];
          }
        }
      }
      if (n < p + 2) {
        return notEstimated(n, KeyDriversResult.Status.TOO_FEW_ROWS);
      }
      if (constant) {
        return notEstimated(n, KeyDriversResult.Status.NO_VARIANCE);
      }
      DriverMath.Fit fit = DriverMath.fit(r);
      if (fit == null) {
        return notEstimated(n, KeyDriversResult.Status.COLLINEAR);
      }
      double r2 = Math.min(1, Math.max(0, fit.rSquared()));
      double adjusted = 1 - (1 - r2) * (n - 1) / (double) (n - p - 1);
      double meanImportance = 1.0 / p;
      double meanPerformance = 0;
      for (int i = 1; i < k; i++) {
        meanPerformance += mean[i] / p;
      }
      ImmutableList.Builder<DriverWeight> weights = ImmutableList.builder();
      for (int j = 0; j < p; j++) {
        double johnson = Math.max(0, fit.johnson()[j]);
        double shapley = Math.max(0, fit.shapley()[j]);
        double shapleyShare = r2 > 0 ? shapley / r2 : 0;
        boolean important = shapleyShare >= meanImportance;
        boolean performing = mean[j + 1] >= meanPerformance;
        DriverWeight.Quadrant q =
            important
                ? (performing
                    ? DriverWeight.Quadrant.KEEP_UP_THE_GOOD_WORK
                    : DriverWeight.Quadrant.CONCENTRATE_HERE)
                : (performing
                    ? DriverWeight.Quadrant.POSSIBLE_OVERKILL
                    : DriverWeight.Quadrant.LOW_PRIORITY);
        weights.add(
            new DriverWeight(
                analysis.drivers.get(j),
                r[0][j + 1],
                fit.beta()[j],
                johnson,
                shapley,
                r2 > 0 ? Math.min(1, johnson / r2) : 0,
                Math.min(1, shapleyShare),
                mean[j + 1],
                q));
      }
      return new KeyDriversResult(
          analysis.outcome,
          analysis.drivers,
          analysis.missing,
          rows,
          n,
          KeyDriversResult.Status.ESTIMATED,
          OptionalDouble.of(r2),
          OptionalDouble.of(adjusted),
          weights.build());
    }

    private static double correlation(double cij, double cii, double cjj) {
      double r = cij / Math.sqrt(cii * cjj);
      return Double.isFinite(r) ? Math.max(-1, Math.min(1, r)) : 0;
    }

    private KeyDriversResult notEstimated(long n, KeyDriversResult.Status status) {
      return new KeyDriversResult(
          analysis.outcome,
          analysis.drivers,
          analysis.missing,
          rows,
          n,
          status,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          ImmutableList.of());
    }

    @Override
    public String toString() {
      return "KeyDrivers.State[" + analysis.outcome + ", " + rows + " rows]";
    }
  }

  private boolean equalsAnalysis(KeyDrivers other) {
    return other == this
        || (other.outcome.equals(outcome)
            && other.drivers.equals(drivers)
            && other.missing == missing);
  }
}
