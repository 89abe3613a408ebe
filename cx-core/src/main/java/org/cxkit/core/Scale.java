package org.cxkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A rating scale of whole points from {@code min} to {@code max}, with the end that is better and
 * the boxes analysts count: the <em>top box</em> (the best points), the <em>good</em> points (top
 * box and the others that count as a good answer) and the <em>bottom box</em> (the worst points).
 * Box sizes are counted in points from the respective end, so a scale reads the same whichever end
 * is better.
 *
 * <pre>{@code
 * Scale.NPS;     // 0..10, higher is better, top 9-10, good 9-10 (promoters), bottom 0-6 (detractors)
 * Scale.CSAT;    // 1..5, top 5, good 4-5 (top-2-box), bottom 1-2
 * Scale.higherIsBetter(1, 7, 1, 3, 3);   // a 7-point agreement scale
 * }</pre>
 *
 * @param min the lowest point
 * @param max the highest point; at most {@link #MAX_POINTS} points in all
 * @param better which end is better
 * @param topBox how many points, from the better end, form the top box (at least 1)
 * @param goodBox how many points, from the better end, count as good (at least {@code topBox})
 * @param bottomBox how many points, from the worse end, form the bottom box (0 or more, not
 *     overlapping the good points)
 */
public record Scale(int min, int max, Direction better, int topBox, int goodBox, int bottomBox) {
  /** The most points a scale may have (a 0..1000 slider fits). */
  public static final int MAX_POINTS = 1001;

  /** The Net Promoter scale: 0..10; promoters 9-10 (top and good box), detractors 0-6. */
  public static final Scale NPS = higherIsBetter(0, 10, 2, 2, 7);

  /** The five-point satisfaction scale: 1..5; top box 5, good (top-2-box) 4-5, bottom 1-2. */
  public static final Scale CSAT = higherIsBetter(1, 5, 1, 2, 2);

  /**
   * The seven-point Customer Effort Score scale (CES 2.0: "the organisation made it easy for me"):
   * 1..7; top box 7, good (agreeing) 5-7, bottom 1-3.
   */
  public static final Scale CES = higherIsBetter(1, 7, 1, 3, 3);

  /**
   * Validates the scale.
   *
   * @param min the lowest point
   * @param max the highest point; at most {@link #MAX_POINTS} points in all
   * @param better which end is better
   * @param topBox how many points, from the better end, form the top box (at least 1)
   * @param goodBox how many points, from the better end, count as good (at least {@code topBox})
   * @param bottomBox how many points, from the worse end, form the bottom box (0 or more, not
   *     overlapping the good points)
   * @throws NullPointerException if {@code better} is null
   * @throws IllegalArgumentException if the range or a box does not fit
   */
  public Scale {
    requireNonNull(better, "better");
    checkArgument(min < max, "scale min (%s) must be below max (%s)", min, max);
    long points = (long) max - min + 1;
    checkArgument(
        points <= MAX_POINTS, "a scale has at most %s points, got %s..%s", MAX_POINTS, min, max);
    checkArgument(topBox >= 1, "topBox must be at least 1 point, got %s", topBox);
    checkArgument(goodBox >= topBox, "goodBox (%s) must be at least topBox (%s)", goodBox, topBox);
    checkArgument(bottomBox >= 0, "bottomBox must not be negative, got %s", bottomBox);
    checkArgument(
        goodBox + bottomBox <= points,
        "goodBox (%s) and bottomBox (%s) overlap on a %s-point scale",
        goodBox,
        bottomBox,
        points);
  }

  /**
   * Returns a scale whose higher points are better.
   *
   * @param min the lowest point
   * @param max the highest point
   * @param topBox how many of the highest points form the top box
   * @param goodBox how many of the highest points count as good
   * @param bottomBox how many of the lowest points form the bottom box
   * @return the scale
   */
  public static Scale higherIsBetter(int min, int max, int topBox, int goodBox, int bottomBox) {
    return new Scale(min, max, Direction.HIGHER_IS_BETTER, topBox, goodBox, bottomBox);
  }

  /**
   * Returns a scale whose lower points are better.
   *
   * @param min the lowest (best) point
   * @param max the highest (worst) point
   * @param topBox how many of the lowest points form the top box
   * @param goodBox how many of the lowest points count as good
   * @param bottomBox how many of the highest points form the bottom box
   * @return the scale
   */
  public static Scale lowerIsBetter(int min, int max, int topBox, int goodBox, int bottomBox) {
    return new Scale(min, max, Direction.LOWER_IS_BETTER, topBox, goodBox, bottomBox);
  }

  /**
   * Returns the number of points on the scale.
   *
   * @return {@code max - min + 1}
   */
  public int points() {
    return max - min + 1;
  }

  /**
   * Returns whether {@code point} is on the scale.
   *
   * @param point a score
   * @return true if {@code min <= point <= max}
   */
  public boolean contains(int point) {
    return point >= min && point <= max;
  }

  /**
   * Returns how far {@code point} is from the worse end: 0 for the worst point, {@code points() -
   * 1} for the best. Callers check {@link #contains} first.
   *
   * @param point a point on the scale
   * @return its rank from the worse end
   */
  public int rank(int point) {
    return better == Direction.HIGHER_IS_BETTER ? point - min : max - point;
  }

  /**
   * Returns whether {@code point} is in the top box.
   *
   * @param point a point on the scale
   * @return true for the best {@code topBox} points
   */
  public boolean isTop(int point) {
    return contains(point) && rank(point) >= points() - topBox;
  }

  /**
   * Returns whether {@code point} counts as good.
   *
   * @param point a point on the scale
   * @return true for the best {@code goodBox} points
   */
  public boolean isGood(int point) {
    return contains(point) && rank(point) >= points() - goodBox;
  }

  /**
   * Returns whether {@code point} is in the bottom box.
   *
   * @param point a point on the scale
   * @return true for the worst {@code bottomBox} points
   */
  public boolean isBottom(int point) {
    return contains(point) && rank(point) < bottomBox;
  }

  /**
   * Returns whether value {@code a} is better than value {@code b} on this scale's direction (used
   * to compare results such as means with targets).
   *
   * @param a a value on the scale's axis
   * @param b another value
   * @return true if {@code a} is strictly better
   */
  public boolean isBetter(double a, double b) {
    return better == Direction.HIGHER_IS_BETTER ? a > b : a < b;
  }

  @Override
  public String toString() {
    return "Scale["
        + min
        + ".."
        + max
        + (better == Direction.LOWER_IS_BETTER ? " lower is better" : "")
        + ", top "
        + boxString(topBox, true)
        + ", good "
        + boxString(goodBox, true)
        + ", bottom "
        + boxString(bottomBox, false)
        + "]";
  }

  private String boxString(int size, boolean best) {
    if (size == 0) {
      return "none";
    }
    boolean highEnd = best == (better == Direction.HIGHER_IS_BETTER);
    int lo = highEnd ? max - size + 1 : min;
    int hi = highEnd ? max : min + size - 1;
    return lo == hi ? Integer.toString(lo) : lo + "-" + hi;
  }
}
