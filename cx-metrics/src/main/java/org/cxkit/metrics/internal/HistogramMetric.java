package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;

/**
 * A calculator whose state is an exact histogram over the measure's scale.
 *
 * <p>Byte format: a {@link Frame} of kind = the calculator id, version 1, whose payload is the
 * scale ({@link Frame.Writer#putScale}) and one 64-bit count per point, lowest point first. The
 * decoder checks the scale, that no count is negative and that the total fits a {@code long}.
 *
 * @param <R> the result type
 */
public final class HistogramMetric<R extends MetricResult> implements Metric<R> {
  /** Ids: lower-case slugs, optionally dot- or dash-separated. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

  static final int VERSION = 1;

  private final String id;
  private final Measure measure;
  private final Function<ScaleHistogram, R> result;

  /**
   * Creates the calculator.
   *
   * @param id its id
   * @param measure the measure
   * @param result the histogram-to-result function
   */
  public HistogramMetric(String id, Measure measure, Function<ScaleHistogram, R> result) {
    this.id = checkId(id);
    this.measure = requireNonNull(measure, "measure");
    this.result = requireNonNull(result, "result");
  }

  /**
   * Checks a calculator id.
   *
   * @param id the id
   * @return the id
   */
  public static String checkId(String id) {
    requireNonNull(id, "id");
    checkArgument(
        ID.matcher(id).matches(),
        "calculator id '%s' must be lower case letters and digits, separated by dots or dashes (such as 'nps' or 'acme.fcr')",
        id);
    return id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Measure measure() {
    return measure;
  }

  /** Says that {@code score} is off the measure's scale: {@code "9 is off the csat scale 1..5"}. */
  String offScale() {
    return ResponseChecks.offScale(measure);
  }

  @Override
  public Accumulator<R> newAccumulator() {
    return new HistogramAccumulator<>(this, new long[measure.scale().points()], 0);
  }

  @Override
  public GroupedAccumulator<R> newGroupedAccumulator(int groups) {
    return new HistogramGrouped<>(this, groups);
  }

  R result(long[] counts) {
    return requireNonNull(
        result.apply(ScaleHistogram.of(measure.scale(), counts)),
        () -> "calculator '" + id + "' returned a null result");
  }

  /**
   * Returns {@code other} as a histogram accumulator of this metric, for a merge; fails naming what
   * it is otherwise.
   */
  HistogramAccumulator<R> mergeable(Accumulator<R> other) {
    requireNonNull(other, "other");
    checkArgument(
        other instanceof HistogramAccumulator,
        "cannot merge a %s into a '%s' accumulator",
        other.getClass().getName(),
        id);
    HistogramAccumulator<R> o = (HistogramAccumulator<R>) other;
    checkArgument(sameAs(o.metric()), "cannot merge %s into %s", o.metric(), this);
    return o;
  }

  /**
   * Adds {@code add[0..length)} to {@code into[from..from+length)}, all or, if a count would
   * overflow, nothing.
   */
  static void addExact(long[] into, int from, long[] add, int length) {
    for (int i = 0; i < length; i++) {
      Exact.add(into[from + i], add[i]);
    }
    for (int i = 0; i < length; i++) {
      into[from + i] += add[i];
    }
  }

  boolean sameAs(HistogramMetric<?> other) {
    return other == this || (other.id.equals(id) && other.measure.scale().equals(measure.scale()));
  }

  byte[] encode(long[] counts) {
    Frame.Writer w = Frame.writer(id, VERSION).putScale(measure.scale());
    for (long c : counts) {
      w.putLong(c);
    }
    return w.finish();
  }

  @Override
  public Accumulator<R> decode(byte[] bytes) {
    Frame.Reader r = Frame.read(bytes, id, "accumulator", VERSION);
    Scale scale = measure.scale();
    r.expectScale(scale);
    long[] counts = new long[scale.points()];
    long total = 0;
    for (int i = 0; i < counts.length; i++) {
      counts[i] = r.getCount("the count of point " + (scale.min() + i));
      try {
        total = Exact.add(total, counts[i]);
      } catch (ArithmeticException e) {
        throw r.invalid("the counts add up to more than a long holds");
      }
    }
    r.end();
    return new HistogramAccumulator<>(this, counts, total);
  }

  @Override
  public String toString() {
    return "Metric["
        + id
        + " on "
        + measure.id()
        + " "
        + measure.scale().min()
        + ".."
        + measure.scale().max()
        + "]";
  }
}
