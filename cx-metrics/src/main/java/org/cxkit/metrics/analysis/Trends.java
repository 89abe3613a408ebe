package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.NpsIntervalMethod;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.internal.MultipleTesting;
import org.cxkit.metrics.internal.RejectLog;
import org.cxkit.metrics.internal.ResponseChecks;
import org.cxkit.metrics.internal.Stats;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * A measure's statistic (NPS, a box share or the mean) by period (day, ISO week, month, quarter) in
 * an explicit time zone, per touchpoint and for the overall question, with the significant changes
 * between periods and, for box shares, control charts ({@link TrendResult}).
 *
 * <pre>{@code
 * Trends monthly = Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.MONTH,
 *     ZoneId.of("Europe/Helsinki"));
 * TrendResult r = responses.stream().collect(monthly.collector());
 * r.overall().orElseThrow().changes();     // month on month, tested and Holm-corrected
 * }</pre>
 *
 * <p><b>Input.</b> {@link Response}s of the measure that carry a {@linkplain Response#time() time}
 * fall in the period that holds that instant in the zone; a response of another measure is skipped
 * and one without a time is counted as {@linkplain TrendResult#undated() undated}. Answers without
 * a touchpoint make the overall series, the others one series per touchpoint. Bulk data goes in as
 * primitive columns ({@link State#addColumns(long[], int[])}).
 *
 * <p><b>Bad answers.</b> A score off the measure's scale, or a time outside the dates a period can
 * hold, fails the call by default ({@link BadInput#failFast()}: a {@link BadInputException} naming
 * the record and field, never the answer). Under {@link #onBadInput(BadInput)
 * onBadInput(BadInput.collect(n))} such an answer is left out and the trend goes on: every one is
 * counted ({@link TrendResult#rejected()}) and the first {@code n} are listed with their record
 * index and reason ({@link TrendResult#rejects()}). Indices count every record handed to the state,
 * responses and column entries alike, in order (responses of another measure included).
 *
 * <p><b>Too little data.</b> A period with fewer than {@link #minimumN()} answers (default {@value
 * #DEFAULT_MINIMUM_N}, the usual floor for the normal approximations behind the tests; with 30
 * answers an NPS's 95 % margin is still about ±30 points) is {@link TrendResult.Sample#TOO_SMALL}:
 * its value and interval are shown, no change to or from it is tested.
 *
 * <p><b>Changes.</b> Each change is tested with the statistic's two-sample test ({@link
 * TrendResult.Test}). The p values of the changes between the same two periods in every series
 * (consecutive periods, or a period and the {@linkplain #baseline(LocalDate) baseline}) form one
 * family, corrected by {@link Correction#HOLM} (the default) or {@link
 * Correction#BENJAMINI_HOCHBERG}; a change is significant when its adjusted p is at most {@code 1 −
 * level}.
 *
 * <p><b>State.</b> One exact histogram per series and period, merged by adding counts: any split of
 * the data, merged in any order, gives the same counts. The statistic, level, minimum n, correction
 * and baseline do not enter the state, so one state gives every view of the same data. The
 * bad-input policy does: only states of the same policy merge.
 *
 * @since 0.1
 */
public final class Trends implements Analysis<Response, TrendResult, Trends.State> {
  /** The default minimum answers per period for a change to be tested: {@value}. */
  public static final int DEFAULT_MINIMUM_N = 30;

  /** The most periods a result spans (about 270 years of days); more is an error. */
  public static final int MAX_PERIODS = 100_000;

  private static final String ID = "trends";
  private static final int VERSION = 2;
  private static final String OVERALL = "";

  /** The fields a reject can name, by the code the state's bytes hold. */
  private static final String[] REJECT_FIELDS = {"score", "time", "scores"};

  private static final int SCORE = 0;
  private static final int TIME = 1;
  private static final int SCORES = 2;

  /**
   * The length of a period. Periods are cut in the analysis's time zone; weeks are ISO weeks
   * (Monday to Sunday, numbered in the ISO week-based year).
   *
   * @since 0.1
   */
  public enum Period {
    /** A calendar day, labelled {@code 2026-05-06}. */
    DAY,
    /** An ISO week, labelled {@code 2026-W19}. */
    WEEK,
    /** A calendar month, labelled {@code 2026-05}. */
    MONTH,
    /** A calendar quarter, labelled {@code 2026-Q2}. */
    QUARTER;

    /**
     * Returns the first day of the period holding a day.
     *
     * @param day the day
     * @return the period's first day
     */
    public LocalDate start(LocalDate day) {
      requireNonNull(day, "day");
      switch (this) {
        case DAY:
          return day;
        case WEEK:
          return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        case MONTH:
          return day.withDayOfMonth(1);
        default:
          return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
      }
    }

    /**
     * Returns the first day of the next period.
     *
     * @param start a period's first day
     * @return the next period's first day
     */
    public LocalDate next(LocalDate start) {
      switch (this) {
        case DAY:
          return start.plusDays(1);
        case WEEK:
          return start.plusWeeks(1);
        case MONTH:
          return start.plusMonths(1);
        default:
          return start.plusMonths(3);
      }
    }

    /**
     * Returns the label of the period holding a day.
     *
     * @param day the day
     * @return {@code 2026-05-06}, {@code 2026-W19}, {@code 2026-05} or {@code 2026-Q2}
     */
    public String label(LocalDate day) {
      LocalDate s = start(day);
      switch (this) {
        case DAY:
          return s.toString();
        case WEEK:
          return String.format(
              Locale.ROOT,
              "%d-W%02d",
              s.get(IsoFields.WEEK_BASED_YEAR),
              s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        case MONTH:
          return String.format(Locale.ROOT, "%d-%02d", s.getYear(), s.getMonthValue());
        default:
          return s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
      }
    }
  }

  /**
   * What is charted for each period, its unit, and the test of a change.
   *
   * @since 0.1
   */
  public enum Statistic {
    /** The Net Promoter Score, −100..100; changes: {@link TrendResult.Test#NPS_Z}. */
    NPS,
    /** The top-box share, percent; changes: two-proportion z; control charts. */
    TOP_BOX,
    /** The good-box share (CSAT top-2-box), percent; changes: two-proportion z; control charts. */
    GOOD_BOX,
    /** The bottom-box share, percent; changes: two-proportion z; control charts. */
    BOTTOM_BOX,
    /** The mean point on the measure's scale; changes: Welch's t. */
    MEAN;

    /**
     * Returns the test of a change of this statistic.
     *
     * @return the test
     */
    public TrendResult.Test test() {
      switch (this) {
        case NPS:
          return TrendResult.Test.NPS_Z;
        case MEAN:
          return TrendResult.Test.WELCH_T;
        default:
          return TrendResult.Test.TWO_PROPORTION_Z;
      }
    }

    /**
     * Returns whether this is a box share (which gets control charts).
     *
     * @return true for the box shares
     */
    public boolean isShare() {
      return this == TOP_BOX || this == GOOD_BOX || this == BOTTOM_BOX;
    }
  }

  /**
   * The multiple-comparison correction across series.
   *
   * @since 0.1
   */
  public enum Correction {
    /** Holm (1979) step-down: controls the family-wise error rate (the default). */
    HOLM,
    /** Benjamini &amp; Hochberg (1995) step-up: controls the false discovery rate. */
    BENJAMINI_HOCHBERG
  }

  private final Measure measure;
  private final Statistic statistic;
  private final Period period;
  private final ZoneId zone;
  private final int minimumN;
  private final double level;
  private final Correction correction;
  private final Optional<LocalDate> baseline;
  private final BadInput onBadInput;

  private Trends(
      Measure measure,
      Statistic statistic,
      Period period,
      ZoneId zone,
      int minimumN,
      double level,
      Correction correction,
      Optional<LocalDate> baseline,
      BadInput onBadInput) {
    this.measure = measure;
    this.statistic = statistic;
    this.period = period;
    this.zone = zone;
    this.minimumN = minimumN;
    this.level = level;
    this.correction = correction;
    this.baseline = baseline;
    this.onBadInput = onBadInput;
  }

  /**
   * Returns a trend of a measure's statistic by period, with minimum n {@value #DEFAULT_MINIMUM_N},
   * level 0.95, Holm's correction, no baseline, and {@link BadInput#failFast()}.
   *
   * @param measure the measure (its id selects the responses, its scale checks the scores)
   * @param statistic what to chart
   * @param period the period length
   * @param zone the time zone periods are cut in
   * @return the analysis
   * @throws IllegalArgumentException if the statistic is NPS and the scale has no bottom box
   */
  public static Trends of(Measure measure, Statistic statistic, Period period, ZoneId zone) {
    requireNonNull(measure, "measure");
    requireNonNull(statistic, "statistic");
    requireNonNull(period, "period");
    requireNonNull(zone, "zone");
    checkArgument(
        statistic != Statistic.NPS || measure.scale().bottomBox() > 0,
        "an NPS trend needs a scale with a bottom box (detractors); %s has %s",
        measure.id(),
        measure.scale());
    return new Trends(
        measure,
        statistic,
        period,
        zone,
        DEFAULT_MINIMUM_N,
        NpsResult.DEFAULT_LEVEL,
        Correction.HOLM,
        Optional.empty(),
        BadInput.failFast());
  }

  /**
   * Returns this analysis with another minimum n per period.
   *
   * @param n the fewest answers for a change to or from a period to be tested, at least 2
   * @return the analysis
   * @throws IllegalArgumentException if n is below 2
   */
  public Trends minimumN(int n) {
    checkArgument(n >= 2, "the minimum n must be at least 2, got %s", n);
    return new Trends(measure, statistic, period, zone, n, level, correction, baseline, onBadInput);
  }

  /**
   * Returns this analysis with another confidence level (intervals; α = 1 − level for the tests).
   *
   * @param newLevel the level, in (0, 1)
   * @return the analysis
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public Trends level(double newLevel) {
    Stats.level(newLevel);
    return new Trends(
        measure, statistic, period, zone, minimumN, newLevel, correction, baseline, onBadInput);
  }

  /**
   * Returns this analysis with another multiple-comparison correction.
   *
   * @param newCorrection the correction
   * @return the analysis
   */
  public Trends correction(Correction newCorrection) {
    requireNonNull(newCorrection, "newCorrection");
    return new Trends(
        measure, statistic, period, zone, minimumN, level, newCorrection, baseline, onBadInput);
  }

  /**
   * Returns this analysis also comparing every period with a baseline period.
   *
   * @param day any day of the baseline period
   * @return the analysis
   */
  public Trends baseline(LocalDate day) {
    LocalDate start = period.start(requireNonNull(day, "day"));
    return new Trends(
        measure,
        statistic,
        period,
        zone,
        minimumN,
        level,
        correction,
        Optional.of(start),
        onBadInput);
  }

  /**
   * Returns this analysis with another policy for bad answers (a score off the scale, a time
   * outside the dates a period can hold): fail on the first one ({@link BadInput#failFast()}, the
   * default), or leave each one out, counted and listed with its record index and reason, never its
   * content ({@link BadInput#collect(int)}). States of different policies do not merge.
   *
   * <pre>{@code
   * Trends tolerant = monthly.onBadInput(BadInput.collect(100));
   * TrendResult r = tolerant.newState().addAll(responses).result();
   * r.rejected();   // how many answers were left out; r.rejects() lists the first 100
   * }</pre>
   *
   * @param policy what to do with a bad answer
   * @return the analysis
   * @since 0.1
   */
  public Trends onBadInput(BadInput policy) {
    requireNonNull(policy, "policy");
    return new Trends(
        measure, statistic, period, zone, minimumN, level, correction, baseline, policy);
  }

  /**
   * Returns the measure.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the statistic.
   *
   * @return the statistic
   */
  public Statistic statistic() {
    return statistic;
  }

  /**
   * Returns the period length.
   *
   * @return the period
   */
  public Period period() {
    return period;
  }

  /**
   * Returns the time zone periods are cut in.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Returns the minimum n per period.
   *
   * @return the minimum n
   */
  public int minimumN() {
    return minimumN;
  }

  /**
   * Returns the policy for bad answers.
   *
   * @return the policy; {@link BadInput#failFast()} unless {@link #onBadInput(BadInput)} set
   *     another
   * @since 0.1
   */
  public BadInput onBadInput() {
    return onBadInput;
  }

  /**
   * Returns {@code trends}.
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
   * @throws IllegalArgumentException if the bytes are corrupt, of another measure, scale, period
   *     length or zone, or hold series, periods or rejects no answers could give (more answers
   *     counted or rejected than records seen, rejects under {@link BadInput#failFast()}, a listed
   *     reject past the records seen, out of order, or more or fewer listed than this analysis's
   *     policy lists); the message names the part, never a value from the bytes
   */
  @Override
  public State decode(byte[] bytes) {
    Frame.Reader r = Frame.read(bytes, ID, "state", VERSION);
    Scale scale = measure.scale();
    r.check(
        r.getString("the measure").equals(measure.id().value()),
        "the bytes are for another measure");
    r.expectScale(scale);
    r.check(
        r.getByte("the period length") == period.ordinal(),
        "the bytes are for another period length");
    r.check(r.getString("the zone").equals(zone.getId()), "the bytes are for another time zone");
    State s = new State(this);
    s.seen = r.getCount("the records seen");
    s.undated = r.getCount("the undated count");
    long counted = s.undated;
    int seriesCount = r.getSize("the series count", bytes.length);
    String previous = null;
    for (int i = 0; i < seriesCount; i++) {
      String key = r.getString("a series' touchpoint");
      r.check(
          previous == null || previous.compareTo(key) < 0,
          "series " + i + " is out of order or repeated");
      if (!key.isEmpty()) {
        try {
          TouchpointId.of(key);
        } catch (IllegalArgumentException e) {
          throw r.invalid("series " + i + " has no valid touchpoint id");
        }
      }
      previous = key;
      int periods = r.getSize("series " + i + "'s period count", bytes.length);
      r.check(periods > 0, "series " + i + " has no periods");
      TreeMap<Long, long[]> map = new TreeMap<>();
      long before = Long.MIN_VALUE;
      for (int j = 0; j < periods; j++) {
        long day = r.getLong("a period's first day");
        r.check(day > before, "series " + i + ": period " + j + " is out of order or repeated");
        before = day;
        LocalDate d;
        try {
          d = LocalDate.ofEpochDay(day);
        } catch (DateTimeException e) {
          throw r.invalid("series " + i + ": period " + j + " is not a date");
        }
        r.check(
            period.start(d).equals(d),
            "series " + i + ": period " + j + " does not start a " + period);
        long[] counts = new long[scale.points()];
        long total = 0;
        for (int k = 0; k < counts.length; k++) {
          counts[k] = r.getCount("a count");
          try {
            total = Exact.add(total, counts[k]);
          } catch (ArithmeticException e) {
            throw r.invalid("series " + i + ": period " + j + "'s counts overflow");
          }
        }
        r.check(total > 0, "series " + i + ": period " + j + " has no answers");
        counted = addCounted(r, counted, total);
        map.put(day, counts);
      }
      s.series.put(key, map);
    }
    readRejects(r, s, counted);
    r.end();
    return s;
  }

  /**
   * Reads the rejects (their count, then the listed ones: record index and field code) into a
   * decoded state whose answers add up to {@code counted}.
   */
  private void readRejects(Frame.Reader r, State s, long counted) {
    long rejected = r.getCount("the reject count");
    r.check(
        rejected == 0 || !onBadInput.failsFast(),
        "the state holds rejects, but this analysis fails on bad input");
    r.check(
        addCounted(r, counted, rejected) <= s.seen,
        "the state counted and rejected more answers than records it saw");
    int listedCount =
        r.getSize("the listed reject count", (int) Math.min(rejected, onBadInput.maxListed()));
    List<Reject> listed = new ArrayList<>(listedCount);
    for (int i = 0; i < listedCount; i++) {
      String entry = "reject " + (i + 1) + " of " + listedCount;
      long at = r.getCount(entry + ", index");
      r.check(at < s.seen, entry + " has an index past the records seen");
      int field = r.getByte(entry + ", field");
      r.check(field < REJECT_FIELDS.length, entry + " names no field a reject can have");
      listed.add(s.reject(at, field));
    }
    r.check(
        s.rejects.restore(rejected, listed),
        "the listed rejects are out of order or fewer than the policy lists");
  }

  private static long addCounted(Frame.Reader r, long counted, long more) {
    try {
      return Exact.add(counted, more);
    } catch (ArithmeticException e) {
      throw r.invalid("the state counted more answers than a long holds");
    }
  }

  /** The one-line head of this analysis's and its result's {@code toString}. */
  static String describe(MeasureId measure, Statistic statistic, Period period, ZoneId zone) {
    return measure + " " + statistic + " by " + period + " in " + zone;
  }

  boolean sameState(Trends other) {
    return measure.equals(other.measure)
        && period == other.period
        && zone.equals(other.zone)
        && onBadInput.equals(other.onBadInput);
  }

  @Override
  public String toString() {
    return "Trends["
        + describe(measure.id(), statistic, period, zone)
        + ", min n "
        + minimumN
        + ", "
        + correction
        + baseline.map(b -> ", baseline " + period.label(b)).orElse("")
        + (onBadInput.failsFast()
            ? ""
            : ", bad input: collect, list up to " + onBadInput.maxListed())
        + "]";
  }

  /**
   * The mutable state of a trend: one exact histogram per series (the overall question and each
   * touchpoint) and period, the count of undated answers, the count of records seen and the
   * rejects. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class State implements MergeableState<Response, TrendResult, Trends.State> {
    private final Trends analysis;
    private final int min;
    private final int points;
    private final TreeMap<String, TreeMap<Long, long[]>> series = new TreeMap<>();
    private long undated;
    private long seen;
    private RejectLog rejects;
    // The last period a time fell in, as [from, to) epoch milliseconds, for the column path.
    private long cacheFrom = 1;
    private long cacheTo = 0;
    private long cacheDay;

    State(Trends analysis) {
      this.analysis = analysis;
      this.min = analysis.measure.scale().min();
      this.points = analysis.measure.scale().points();
      this.rejects = new RejectLog(analysis.onBadInput);
    }

    /** Why a value of field {@code field} ({@link #REJECT_FIELDS}) was rejected, without it. */
    private String reason(int field) {
      switch (field) {
        case SCORE:
          return ResponseChecks.offScale(analysis.measure);
        case TIME:
          return "a response's time is outside the supported dates";
        default:
          Scale s = analysis.measure.scale();
          return "the score is off the "
              + analysis.measure.id()
              + " scale "
              + s.min()
              + ".."
              + s.max();
      }
    }

    /** The reject of record {@code index}'s field {@code field}. */
    private Reject reject(long index, int field) {
      return new Reject(InputLocation.record(index, REJECT_FIELDS[field]), reason(field));
    }

    private long dayOfMillis(long epochMillis) {
      if (epochMillis >= cacheFrom && epochMillis < cacheTo) {
        return cacheDay;
      }
      LocalDate start =
          analysis.period.start(
              LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), analysis.zone));
      ZoneId z = analysis.zone;
      cacheFrom = start.atStartOfDay(z).toInstant().toEpochMilli();
      cacheTo = analysis.period.next(start).atStartOfDay(z).toInstant().toEpochMilli();
      cacheDay = start.toEpochDay();
      return cacheDay;
    }

    private void count(String key, long day, int offset, long add) {
      TreeMap<Long, long[]> periods = series.computeIfAbsent(key, k -> new TreeMap<>());
      long[] c = periods.get(day);
      if (c == null) {
        c = new long[points];
        c[offset] = add;
        periods.put(day, c);
      } else {
        c[offset] = Exact.add(c[offset], add);
      }
    }

    /**
     * Adds a response: skipped if it is of another measure, counted as undated if it has no time. A
     * score off the measure's scale, or a time outside the dates a period can hold, fails the call
     * under {@link BadInput#failFast()}; under {@link BadInput#collect(int)} the response is left
     * out and rejected at its record index (the records this state has seen before it).
     *
     * @param response the response
     * @throws BadInputException under {@link BadInput#failFast()}, if its score is off the scale or
     *     its time outside the supported dates (the message names the record's index and field,
     *     never the score or the respondent)
     * @throws ArithmeticException if a count overflows
     */
    @Override
    public void add(Response response) {
      requireNonNull(response, "response");
      long at = seen;
      long next = Exact.add(seen, 1);
      if (!response.measure().equals(analysis.measure.id())) {
        seen = next;
        return;
      }
      if (!ResponseChecks.onScale(response, at, analysis.measure, rejects)) {
        seen = next;
        return;
      }
      if (response.time().isEmpty()) {
        undated = Exact.add(undated, 1);
        seen = next;
        return;
      }
      long day;
      try {
        day =
            analysis
                .period
                .start(LocalDate.ofInstant(response.time().get(), analysis.zone))
                .toEpochDay();
      } catch (DateTimeException e) {
        rejects.reject(InputLocation.record(at, REJECT_FIELDS[TIME]), reason(TIME));
        seen = next;
        return;
      }
      count(
          response.touchpoint().map(TouchpointId::value).orElse(OVERALL),
          day,
          response.score() - min,
          1);
      seen = next;
    }

    /**
     * Adds columns of answers to the overall question: one time (epoch milliseconds) and one score
     * per answer. Under {@link BadInput#failFast()} either every answer is added or, on a score off
     * the scale, none. Under {@link BadInput#collect(int)} each such score is rejected (field
     * {@code scores}, at the record index this state has reached: the records it saw before this
     * call plus the score's position in the columns) and the others are added.
     *
     * @param epochMillis when each answer was given
     * @param scores the answers
     * @return this state
     * @throws IllegalArgumentException if the columns differ in length
     * @throws BadColumnValueException under {@link BadInput#failFast()}, if a score is off the
     *     scale (naming its index in the columns)
     * @throws ArithmeticException if a count overflows (nothing is added then)
     */
    public State addColumns(long[] epochMillis, int[] scores) {
      return add(OVERALL, epochMillis, scores);
    }

    /**
     * Adds columns of answers about a touchpoint, as {@link #addColumns(long[], int[])}.
     *
     * @param touchpoint the touchpoint's id slug
     * @param epochMillis when each answer was given
     * @param scores the answers
     * @return this state
     * @throws IllegalArgumentException if the columns differ in length
     * @throws BadColumnValueException under {@link BadInput#failFast()}, if a score is off the
     *     scale (naming its index in the columns)
     * @throws ArithmeticException if a count overflows (nothing is added then)
     */
    public State addColumns(String touchpoint, long[] epochMillis, int[] scores) {
      return add(
          TouchpointId.of(requireNonNull(touchpoint, "touchpoint")).value(), epochMillis, scores);
    }

    private State add(String key, long[] epochMillis, int[] scores) {
      requireNonNull(epochMillis, "epochMillis");
      requireNonNull(scores, "scores");
      checkArgument(
          epochMillis.length == scores.length,
          "the columns differ in length: %s times, %s scores",
          epochMillis.length,
          scores.length);
      if (analysis.onBadInput.failsFast()) {
        for (int i = 0; i < scores.length; i++) {
          if (Integer.compareUnsigned(scores[i] - min, points) >= 0) {
            throw new BadColumnValueException(i, REJECT_FIELDS[SCORES], reason(SCORES));
          }
        }
      }
      State t = copy();
      long first = t.seen;
      t.seen = Exact.add(first, scores.length);
      long[] c = null;
      long day = 0;
      TreeMap<Long, long[]> periods = t.series.computeIfAbsent(key, k -> new TreeMap<>());
      for (int i = 0; i < scores.length; i++) {
        int off = scores[i] - min;
        if (Integer.compareUnsigned(off, points) >= 0) {
          t.rejects.reject(InputLocation.record(first + i, REJECT_FIELDS[SCORES]), reason(SCORES));
          continue;
        }
        long d = t.dayOfMillis(epochMillis[i]);
        if (c == null || d != day) {
          day = d;
          c = periods.computeIfAbsent(d, k -> new long[points]);
        }
        c[off] = Exact.add(c[off], 1);
      }
      if (periods.isEmpty()) {
        t.series.remove(key);
      }
      restore(t);
      return this;
    }

    private void restore(State from) {
      series.clear();
      for (Map.Entry<String, TreeMap<Long, long[]>> e : from.series.entrySet()) {
        TreeMap<Long, long[]> m = new TreeMap<>();
        for (Map.Entry<Long, long[]> p : e.getValue().entrySet()) {
          m.put(p.getKey(), p.getValue().clone());
        }
        series.put(e.getKey(), m);
      }
      undated = from.undated;
      seen = from.seen;
      RejectLog log = new RejectLog(analysis.onBadInput);
      log.addAll(from.rejects);
      rejects = log;
      cacheFrom = from.cacheFrom;
      cacheTo = from.cacheTo;
      cacheDay = from.cacheDay;
    }

    /**
     * Adds another state of the same measure, period length, zone and bad-input policy; {@code
     * other} is unchanged. Reject indices stay relative to the state that saw the record; the
     * listed rejects are the first in order (index, field, reason) of both, up to the policy's
     * limit, whatever the order of merges.
     *
     * @param other the other state
     * @return this state
     * @throws IllegalArgumentException if {@code other} is of another measure, period, zone or
     *     policy
     * @throws ArithmeticException if a count overflows (this state is then unchanged)
     */
    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      checkArgument(
          other.analysis.sameState(analysis),
          "cannot merge a state of %s into %s",
          other.analysis,
          analysis);
      State next = copy();
      next.undated = Exact.add(undated, other.undated);
      next.seen = Exact.add(seen, other.seen);
      next.rejects.addAll(other.rejects);
      for (Map.Entry<String, TreeMap<Long, long[]>> e : other.series.entrySet()) {
        for (Map.Entry<Long, long[]> p : e.getValue().entrySet()) {
          long[] c = p.getValue();
          for (int k = 0; k < points; k++) {
            if (c[k] != 0) {
              next.count(e.getKey(), p.getKey(), k, c[k]);
            }
          }
        }
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
     * Encodes the state: a frame of kind {@code trends}, version 2, holding the measure, its scale,
     * the period length, the zone, the count of records seen, the undated count, per series in
     * order its periods' first days (epoch days) and counts, and the reject count with the listed
     * rejects (record index and a field code; the reason follows from the field, so the bytes hold
     * no text from the input).
     *
     * @return the bytes
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w =
          Frame.writer(ID, VERSION)
              .putString(analysis.measure.id().value())
              .putScale(analysis.measure.scale())
              .putByte(analysis.period.ordinal())
              .putString(analysis.zone.getId())
              .putLong(seen)
              .putLong(undated)
              .putInt(series.size());
      for (Map.Entry<String, TreeMap<Long, long[]>> e : series.entrySet()) {
        w.putString(e.getKey()).putInt(e.getValue().size());
        for (Map.Entry<Long, long[]> p : e.getValue().entrySet()) {
          w.putLong(p.getKey());
          for (long c : p.getValue()) {
            w.putLong(c);
          }
        }
      }
      ImmutableList<Reject> listed = rejects.listed();
      w.putLong(rejects.count()).putInt(listed.size());
      for (Reject r : listed) {
        InputLocation.RecordPosition at = (InputLocation.RecordPosition) r.location();
        w.putLong(at.index()).putByte(List.of(REJECT_FIELDS).indexOf(at.field().orElseThrow()));
      }
      return w.finish();
    }

    /**
     * Computes the result: every series over the same periods, the tested and corrected changes,
     * and for box shares the control charts.
     *
     * @return the result
     * @throws IllegalStateException if the data span more than {@link #MAX_PERIODS} periods
     */
    @Override
    public TrendResult result() {
      return new Result(analysis, series, undated, rejects).build();
    }

    @Override
    public String toString() {
      return "Trends.State["
          + analysis
          + ", "
          + series.size()
          + " series, "
          + undated
          + " undated"
          + (rejects.count() > 0 ? ", " + rejects.count() + " rejected" : "")
          + "]";
    }
  }

  /** Builds a result from a state's histograms. */
  private static final class Result {
    private final Trends a;
    private final TreeMap<String, TreeMap<Long, long[]>> data;
    private final long undated;
    private final RejectLog rejects;
    private final List<LocalDate> starts = new ArrayList<>();

    Result(Trends a, TreeMap<String, TreeMap<Long, long[]>> data, long undated, RejectLog rejects) {
      this.a = a;
      this.data = data;
      this.undated = undated;
      this.rejects = rejects;
    }

    TrendResult build() {
      long first = Long.MAX_VALUE;
      long last = Long.MIN_VALUE;
      for (TreeMap<Long, long[]> m : data.values()) {
        first = Math.min(first, m.firstKey());
        last = Math.max(last, m.lastKey());
      }
      if (!data.isEmpty() && a.baseline.isPresent()) {
        first = Math.min(first, a.baseline.get().toEpochDay());
        last = Math.max(last, a.baseline.get().toEpochDay());
      }
      if (!data.isEmpty()) {
        for (LocalDate d = LocalDate.ofEpochDay(first);
            d.toEpochDay() <= last;
            d = a.period.next(d)) {
          if (starts.size() == MAX_PERIODS) {
            throw new IllegalStateException(
                "the data span more than " + MAX_PERIODS + " periods; use a longer period");
          }
          starts.add(d);
        }
      }
      int periods = starts.size();
      List<String> keys = new ArrayList<>(data.keySet());
      int m = keys.size();
      ScaleHistogram[][] h = new ScaleHistogram[m][periods];
      for (int s = 0; s < m; s++) {
        TreeMap<Long, long[]> map = requireNonNull(data.get(keys.get(s)));
        for (int j = 0; j < periods; j++) {
          long[] c = map.get(starts.get(j).toEpochDay());
          h[s][j] =
              ScaleHistogram.of(
                  a.measure.scale(), c == null ? new long[a.measure.scale().points()] : c);
        }
      }
      Raw[][] consecutive = new Raw[m][Math.max(0, periods - 1)];
      for (int s = 0; s < m; s++) {
        for (int j = 1; j < periods; j++) {
          consecutive[s][j - 1] = test(h[s][j - 1], h[s][j]);
        }
      }
      correct(consecutive);
      int base = a.baseline.map(b -> starts.indexOf(b)).orElse(-1);
      Raw[][] vsBase = new Raw[m][base < 0 ? 0 : periods - 1];
      if (base >= 0) {
        for (int s = 0; s < m; s++) {
          int k = 0;
          for (int j = 0; j < periods; j++) {
            if (j != base) {
              vsBase[s][k++] = test(h[s][base], h[s][j]);
            }
          }
        }
        correct(vsBase);
      }
      ImmutableList.Builder<TrendResult.Series> out = ImmutableList.builder();
      for (int s = 0; s < m; s++) {
        ImmutableList.Builder<TrendResult.Point> pts = ImmutableList.builder();
        for (int j = 0; j < periods; j++) {
          pts.add(point(starts.get(j), h[s][j]));
        }
        ImmutableList.Builder<TrendResult.Change> changes = ImmutableList.builder();
        for (int j = 1; j < periods; j++) {
          changes.add(consecutive[s][j - 1].change(label(j - 1), label(j)));
        }
        ImmutableList.Builder<TrendResult.Change> baseChanges = ImmutableList.builder();
        if (base >= 0) {
          int k = 0;
          for (int j = 0; j < periods; j++) {
            if (j != base) {
              baseChanges.add(vsBase[s][k++].change(label(base), label(j)));
            }
          }
        }
        String key = keys.get(s);
        out.add(
            new TrendResult.Series(
                key.isEmpty() ? Optional.empty() : Optional.of(TouchpointId.of(key)),
                pts.build(),
                changes.build(),
                baseChanges.build(),
                a.statistic.isShare() ? chart(h[s]) : Optional.empty()));
      }
      return new TrendResult(
          a.measure.id(),
          a.statistic,
          a.period,
          a.zone,
          a.minimumN,
          a.level,
          a.correction,
          a.baseline.map(a.period::label),
          undated,
          rejects.count(),
          rejects.listed(),
          out.build());
    }

    private String label(int j) {
      return a.period.label(starts.get(j));
    }

    private TrendResult.Point point(LocalDate start, ScaleHistogram h) {
      long n = h.n();
      TrendResult.Sample sample =
          n == 0
              ? TrendResult.Sample.EMPTY
              : n < a.minimumN ? TrendResult.Sample.TOO_SMALL : TrendResult.Sample.ENOUGH;
      OptionalDouble value;
      Optional<Interval> interval;
      if (a.statistic == Statistic.NPS) {
        NpsResult nps = new NpsResult(h);
        value = nps.score();
        interval = nps.interval(NpsIntervalMethod.ADJUSTED_WALD, a.level);
      } else {
        ScaleResult r = new ScaleResult(a.measure.id().value(), h, ScaleResult.Headline.MEAN);
        switch (a.statistic) {
          case TOP_BOX:
            value = r.topBoxShare();
            interval = r.topBoxInterval(a.level);
            break;
          case GOOD_BOX:
            value = r.goodBoxShare();
            interval = r.goodBoxInterval(a.level);
            break;
          case BOTTOM_BOX:
            value = r.bottomBoxShare();
            interval = r.bottomBoxInterval(a.level);
            break;
          default:
            value = r.mean();
            interval = r.meanInterval(a.level);
        }
      }
      return new TrendResult.Point(a.period.label(start), start, n, value, interval, sample);
    }

    private long boxCount(ScaleHistogram h) {
      switch (a.statistic) {
        case TOP_BOX:
          return h.topCount();
        case GOOD_BOX:
          return h.goodCount();
        default:
          return h.bottomCount();
      }
    }

    /** The statistic's two-sample test of {@code to − from}, before correction. */
    private Raw test(ScaleHistogram from, ScaleHistogram to) {
      long n1 = from.n();
      long n2 = to.n();
      Raw r = new Raw(a.statistic.test());
      if (n1 == 0 || n2 == 0) {
        r.tested = TrendResult.Tested.TOO_SMALL;
        return r;
      }
      if (a.statistic == Statistic.NPS) {
        NpsComparison c = new NpsResult(to).compare(new NpsResult(from), a.level);
        r.difference = c.difference();
        if (n1 < a.minimumN || n2 < a.minimumN) {
          r.tested = TrendResult.Tested.TOO_SMALL;
        } else if (c.z().isEmpty()) {
          r.tested = TrendResult.Tested.NO_VARIANCE;
        } else {
          r.tested = TrendResult.Tested.YES;
          r.statistic = c.z().getAsDouble();
          r.p = c.p().getAsDouble();
        }
        return r;
      }
      double difference;
      double se;
      double df = Double.NaN;
      if (a.statistic.isShare()) {
        double p1 = (double) boxCount(from) / n1;
        double p2 = (double) boxCount(to) / n2;
        double pooled = (double) (boxCount(from) + boxCount(to)) / (n1 + n2);
        difference = 100 * (p2 - p1);
        se = 100 * Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
      } else {
        difference = to.mean().getAsDouble() - from.mean().getAsDouble();
        double v1 = n1 < 2 ? 0 : from.variance().getAsDouble() / n1;
        double v2 = n2 < 2 ? 0 : to.variance().getAsDouble() / n2;
        se = Math.sqrt(v1 + v2);
        if (n1 >= 2 && n2 >= 2 && se > 0) {
          df = Stats.welchDf(v1, n1, v2, n2);
        }
      }
      r.difference = OptionalDouble.of(difference);
      if (n1 < a.minimumN || n2 < a.minimumN) {
        r.tested = TrendResult.Tested.TOO_SMALL;
      } else if (!(se > 0)) {
        r.tested = TrendResult.Tested.NO_VARIANCE;
      } else {
        r.tested = TrendResult.Tested.YES;
        r.statistic = difference / se;
        r.p = Double.isNaN(df) ? Stats.twoSidedP(r.statistic) : Stats.twoSidedPt(r.statistic, df);
      }
      return r;
    }

    /** Adjusts each column (one pair of periods across all series) as one family. */
    private void correct(Raw[][] raws) {
      if (raws.length == 0) {
        return;
      }
      double alpha = 1 - a.level;
      for (int j = 0; j < raws[0].length; j++) {
        List<Raw> family = new ArrayList<>();
        for (Raw[] row : raws) {
          if (row[j].tested == TrendResult.Tested.YES) {
            family.add(row[j]);
          }
        }
        double[] p = new double[family.size()];
        for (int i = 0; i < p.length; i++) {
          p[i] = family.get(i).p;
        }
        double[] adjusted =
            a.correction == Correction.HOLM
                ? MultipleTesting.holm(p)
                : MultipleTesting.benjaminiHochberg(p);
        for (int i = 0; i < p.length; i++) {
          family.get(i).adjusted = Math.max(p[i], adjusted[i]);
          family.get(i).significant = adjusted[i] <= alpha;
        }
      }
    }

    /** The p and Laney p′ charts of a box share, over the periods with answers. */
    private Optional<TrendResult.ControlChart> chart(ScaleHistogram[] h) {
      long x = 0;
      long n = 0;
      int used = 0;
      for (ScaleHistogram p : h) {
        if (p.n() > 0) {
          x += boxCount(p);
          n += p.n();
          used++;
        }
      }
      if (used == 0) {
        return Optional.empty();
      }
      double pBar = (double) x / n;
      double spread = pBar * (1 - pBar);
      double[] z = new double[used];
      double[] sigma = new double[used];
      double[] share = new double[used];
      long[] sizes = new long[used];
      String[] labels = new String[used];
      int k = 0;
      for (int j = 0; j < h.length; j++) {
        long ni = h[j].n();
        if (ni > 0) {
          share[k] = (double) boxCount(h[j]) / ni;
          sigma[k] = Math.sqrt(spread / ni);
          z[k] = spread > 0 ? (share[k] - pBar) / sigma[k] : 0;
          sizes[k] = ni;
          labels[k] = label(j);
          k++;
        }
      }
      OptionalDouble sigmaZ = OptionalDouble.empty();
      if (used >= 2 && spread > 0) {
        double mr = 0;
        for (int i = 1; i < used; i++) {
          mr += Math.abs(z[i] - z[i - 1]);
        }
        sigmaZ = OptionalDouble.of(mr / (used - 1) / LANEY_D2);
      }
      ImmutableList.Builder<TrendResult.Limits> limits = ImmutableList.builder();
      for (int i = 0; i < used; i++) {
        double half = 3 * sigma[i];
        OptionalDouble lo = OptionalDouble.empty();
        OptionalDouble hi = OptionalDouble.empty();
        if (sigmaZ.isPresent()) {
          double laney = half * sigmaZ.getAsDouble();
          lo = OptionalDouble.of(100 * Math.max(0, pBar - laney));
          hi = OptionalDouble.of(100 * Math.min(1, pBar + laney));
        }
        limits.add(
            new TrendResult.Limits(
                labels[i],
                sizes[i],
                100 * share[i],
                100 * Math.max(0, pBar - half),
                100 * Math.min(1, pBar + half),
                lo,
                hi));
      }
      return Optional.of(new TrendResult.ControlChart(100 * pBar, sigmaZ, limits.build()));
    }
  }

  /** d2 for moving ranges of two: the unbiasing constant of σ_z (Laney 2002). */
  private static final double LANEY_D2 = 1.128;

  /** A change before and after correction. */
  private static final class Raw {
    final TrendResult.Test test;
    OptionalDouble difference = OptionalDouble.empty();
    TrendResult.Tested tested = TrendResult.Tested.TOO_SMALL;
    double statistic;
    double p;
    double adjusted;
    boolean significant;

    Raw(TrendResult.Test test) {
      this.test = test;
    }

    TrendResult.Change change(String from, String to) {
      boolean yes = tested == TrendResult.Tested.YES;
      return new TrendResult.Change(
          from,
          to,
          difference,
          yes ? OptionalDouble.of(statistic) : OptionalDouble.empty(),
          yes ? OptionalDouble.of(p) : OptionalDouble.empty(),
          yes ? OptionalDouble.of(adjusted) : OptionalDouble.empty(),
          yes && significant,
          test,
          tested);
    }
  }
}
