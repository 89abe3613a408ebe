package org.cxkit.metrics.internal;

/**
 * Non-negative values in constant memory with quantiles to a known relative error: the logarithmic
 * buckets of DDSketch (Masson, Rim and Lee 2019, "DDSketch: a fast and fully-mergeable quantile
 * sketch with relative-error guarantees", PVLDB 12(12)). A value {@code x} goes to bucket {@code
 * ceil(log_γ x)} with {@code γ = (1 + α) / (1 − α)}, α = {@value #ACCURACY}; the bucket's
 * representative {@code 2 γ^i / (γ + 1)} is within α of every value in it. Values under the
 * sketch's smallest kept value count as zero; values over its largest are refused by the caller.
 * Merging adds bucket counts, so it is exact, commutative and associative. The buckets take {@code
 * log_γ(max / min) + 2} longs: about 1,400 for a millisecond to a century, 2,100 for 1e-6 to 1e12.
 */
public final class RelativeSketch {
  /** The relative accuracy α. */
  public static final double ACCURACY = 0.01;

  private static final double GAMMA = (1 + ACCURACY) / (1 - ACCURACY);
  private static final double LOG_GAMMA = Math.log(GAMMA);

  private final double min;
  private final double max;
  private final int offset;

  /** Bucket 0 holds zero; buckets 1.. the logarithmic ones. */
  private final long[] counts;

  private long n;

  /**
   * Returns an empty sketch.
   *
   * @param min the smallest nonzero value kept (positive); smaller ones count as zero
   * @param max the largest value held (above {@code min}); the caller refuses larger ones
   */
  public RelativeSketch(double min, double max) {
    if (!(min > 0 && max > min && Double.isFinite(max))) {
      throw new IllegalArgumentException("need 0 < min < max, finite");
    }
    this.min = min;
    this.max = max;
    this.offset = index(min);
    this.counts = new long[index(max) - offset + 2];
  }

  /**
   * Returns the largest value the sketch holds.
   *
   * @return the maximum
   */
  public double max() {
    return max;
  }

  /**
   * Returns a new, empty sketch with this one's bounds.
   *
   * @return the empty sketch
   */
  public RelativeSketch empty() {
    return new RelativeSketch(min, max);
  }

  private static int index(double x) {
    return (int) Math.ceil(Math.log(x) / LOG_GAMMA);
  }

  /**
   * Returns the number of values added.
   *
   * @return the count
   */
  public long n() {
    return n;
  }

  /**
   * Adds a value in {@code 0..MAX} (the caller checks); the count cannot overflow while the
   * caller's own count, which is at least as large, does not.
   *
   * @param x the value
   */
  public void add(double x) {
    int bucket = x < min ? 0 : index(x) - offset + 1;
    counts[bucket]++;
    n++;
  }

  /**
   * Adds another sketch's counts; {@code other} (with the same bounds) is unchanged.
   *
   * @param other the other sketch
   */
  public void merge(RelativeSketch other) {
    if (other.counts.length != counts.length || other.min != min) {
      throw new IllegalArgumentException("cannot merge sketches of different bounds");
    }
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
    n += other.n;
  }

  /**
   * Returns an independent copy.
   *
   * @return the copy
   */
  public RelativeSketch copy() {
    RelativeSketch s = empty();
    System.arraycopy(counts, 0, s.counts, 0, counts.length);
    s.n = n;
    return s;
  }

  /**
   * Returns the value at rank {@code rank} (1-based) in sorted order, as its bucket's
   * representative: within α of the true order statistic.
   *
   * @param rank the rank, 1..n
   * @return the value
   */
  public double atRank(long rank) {
    if (rank < 1 || rank > n) {
      throw new IllegalArgumentException("rank " + rank + " is outside 1.." + n);
    }
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) {
        return i == 0 ? 0 : 2 * Math.pow(GAMMA, i - 1 + offset) / (GAMMA + 1);
      }
    }
    throw new IllegalStateException("rank beyond the count");
  }

  /**
   * Returns the lower nearest-rank quantile (Hyndman and Fan 1996, definition 1; R's {@code
   * quantile(type = 1)}): the value at rank {@code ceil(p · n)}, at least 1.
   *
   * @param p the probability, 0..1
   * @return the value, to within α
   */
  public double quantile(double p) {
    return atRank(Math.max(1, (long) Math.ceil(p * n)));
  }

  /**
   * Writes the count, the number of nonempty buckets, and each as index and count.
   *
   * @param w the writer
   */
  public void write(Frame.Writer w) {
    int used = 0;
    for (long c : counts) {
      if (c != 0) {
        used++;
      }
    }
    w.putLong(n).putInt(used);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != 0) {
        w.putInt(i).putLong(counts[i]);
      }
    }
  }

  /**
   * Reads what {@link #write} wrote into a new sketch with this one's bounds, checking that the
   * buckets are in order, nonempty and add up to the count.
   *
   * @param r the reader
   * @param what what the values are, for the failure
   * @return the sketch
   */
  public RelativeSketch read(Frame.Reader r, String what) {
    RelativeSketch s = empty();
    s.n = r.getCount("the number of " + what);
    int used = r.getSize("the nonempty buckets of " + what, counts.length);
    int last = -1;
    long total = 0;
    for (int k = 0; k < used; k++) {
      int i = r.getInt("a bucket of " + what);
      r.check(
          i > last && i < counts.length, "the buckets of " + what + " are out of order or range");
      long c = r.getCount("a bucket count of " + what);
      r.check(c > 0, "a bucket of " + what + " is listed but empty");
      try {
        total = Exact.add(total, c);
      } catch (ArithmeticException e) {
        throw r.invalid("the buckets of " + what + " hold more than a long counts");
      }
      s.counts[i] = c;
      last = i;
    }
    r.check(total == s.n, "the buckets of " + what + " do not add up to its count");
    return s;
  }
}
