package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.primitives.ImmutableLongArray;
import java.util.OptionalDouble;
import org.cxkit.core.Direction;
import org.cxkit.core.Scale;
import org.cxkit.metrics.internal.Exact;

/**
 * The exact count of answers at each point of a {@link Scale}: the state behind every built-in
 * calculator. Because it is exact, any split of the data gives the same histogram, and everything
 * derived from it (shares, means, variances) is bit-identical however the data was split.
 *
 * <pre>{@code
 * ScaleHistogram h = Nps.metric().compute(new byte[] {10, 9, 7, 3}).histogram();
 * h.count(9);        // 1
 * h.goodCount();     // 2 (promoters)
 * h.mean();          // OptionalDouble[7.25]
 * }</pre>
 *
 * @param scale the scale
 * @param counts the count at each point, lowest point first ({@code scale.points()} entries, none
 *     negative)
 */
public record ScaleHistogram(Scale scale, ImmutableLongArray counts) {
  /**
   * Validates the components.
   *
   * @param scale the scale
   * @param counts the count at each point, lowest point first ({@code scale.points()} entries, none
   *     negative)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the length does not fit the scale or a count is negative
   * @throws ArithmeticException if the total overflows a {@code long}
   */
  public ScaleHistogram {
    requireNonNull(scale, "scale");
    requireNonNull(counts, "counts");
    checkArgument(
        counts.length() == scale.points(),
        "a %s..%s scale needs %s counts, got %s",
        scale.min(),
        scale.max(),
        scale.points(),
        counts.length());
    long total = 0;
    for (int i = 0, points = counts.length(); i < points; i++) {
      long count = counts.get(i);
      checkArgument(count >= 0, "count of point %s is negative: %s", scale.min() + i, count);
      total = Exact.add(total, count);
    }
    counts = counts.trimmed();
  }

  /**
   * Returns a histogram from counts, lowest point first.
   *
   * @param scale the scale
   * @param counts one count per point
   * @return the histogram
   */
  public static ScaleHistogram of(Scale scale, long... counts) {
    return new ScaleHistogram(scale, ImmutableLongArray.copyOf(counts));
  }

  /**
   * Returns the total count.
   *
   * @return the sample size
   */
  public long n() {
    return sum(0, counts.length());
  }

  /**
   * Returns the count at one point.
   *
   * @param point a point on the scale
   * @return its count
   * @throws IllegalArgumentException if the point is off the scale
   */
  public long count(int point) {
    checkArgument(
        scale.contains(point), "point %s is off the scale %s..%s", point, scale.min(), scale.max());
    return counts.get(point - scale.min());
  }

  /**
   * Returns the count in the top box.
   *
   * @return how many answers are in the top box
   */
  public long topCount() {
    return bestCount(scale.topBox());
  }

  /**
   * Returns the count of good answers (the good box, such as CSAT's top-2-box or NPS promoters).
   *
   * @return how many answers are good
   */
  public long goodCount() {
    return bestCount(scale.goodBox());
  }

  /**
   * Returns the count in the bottom box (such as NPS detractors).
   *
   * @return how many answers are in the bottom box
   */
  public long bottomCount() {
    return worstCount(scale.bottomBox());
  }

  /** The count of the {@code box} best points: the top indices on a higher-is-better scale. */
  private long bestCount(int box) {
    int points = counts.length();
    return scale.better() == Direction.HIGHER_IS_BETTER ? sum(points - box, points) : sum(0, box);
  }

  /** The count of the {@code box} worst points. */
  private long worstCount(int box) {
    int points = counts.length();
    return scale.better() == Direction.HIGHER_IS_BETTER ? sum(0, box) : sum(points - box, points);
  }

  private long sum(int from, int to) {
    long c = 0;
    for (int i = from; i < to; i++) {
      c += counts.get(i);
    }
    return c;
  }

  /**
   * Returns the mean point, computed exactly from the counts.
   *
   * @return the mean, or empty when there are no answers
   */
  public OptionalDouble mean() {
    long n = n();
    if (n == 0) {
      return OptionalDouble.empty();
    }
    // Offsets from min are small; their weighted sum is summed with compensation, then shifted.
    double sum = 0;
    double c = 0;
    for (int i = 0; i < counts.length(); i++) {
      double y = (double) counts.get(i) * i - c;
      double t = sum + y;
      c = (t - sum) - y;
      sum = t;
    }
    return OptionalDouble.of(scale.min() + sum / n);
  }

  /**
   * Returns the sample variance (divisor {@code n − 1}).
   *
   * @return the variance, or empty when there are fewer than two answers
   */
  public OptionalDouble variance() {
    long n = n();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double mean = mean().orElseThrow();
    double ss = 0;
    double c = 0;
    for (int i = 0; i < counts.length(); i++) {
      double d = scale.min() + i - mean;
      double y = counts.get(i) * d * d - c;
      double t = ss + y;
      c = (t - ss) - y;
      ss = t;
    }
    return OptionalDouble.of(Math.max(0.0, ss / (n - 1)));
  }

  @Override
  public String toString() {
    StringBuilder head = new StringBuilder();
    StringBuilder row = new StringBuilder();
    for (int i = 0; i < counts.length(); i++) {
      String p = Integer.toString(scale.min() + i);
      String c = Long.toString(counts.get(i));
      int w = Math.max(p.length(), c.length());
      head.append(' ').append(" ".repeat(w - p.length())).append(p);
      row.append(' ').append(" ".repeat(w - c.length())).append(c);
    }
    return "point" + head + "\ncount" + row + "\n(n=" + n() + ")";
  }
}
