package org.cxkit.metrics.internal;

/**
 * Weighted counts, means and co-moments of {@code k} variables, updated one row at a time and
 * merged pairwise: the state behind correlations and regressions that must give one result in any
 * split.
 *
 * <p>A row of values {@code x} with weight {@code w > 0} updates, after West (1979, "Updating mean
 * and variance estimates: an improved method", CACM 22(9)), with {@code W' = W + w} and {@code d =
 * x - mean}: {@code mean += d w / W'}, {@code C += d dᵀ w W / W'}. Two states merge by Chan, Golub
 * &amp; LeVeque (1979, "Updating formulae and a pairwise algorithm for computing sample
 * variances"): {@code W = Wa + Wb}, {@code d = mean_b - mean_a}, {@code mean = mean_a + d Wb / W},
 * {@code C = Ca + Cb + d dᵀ Wa Wb / W}. {@code C} is the weighted sum of cross-products of
 * deviations from the mean; only its upper triangle (row by row) is kept. Constant memory: {@code k
 * + k(k+1)/2} doubles and a count.
 */
public final class CoMoments {
  private final int k;
  private long n;
  private double w;
  private final double[] mean;
  private final double[] c;
  private final double[] d;

  /**
   * Returns an empty state of {@code k} variables.
   *
   * @param k the number of variables, at least 1
   */
  public CoMoments(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("need at least one variable, got " + k);
    }
    this.k = k;
    this.mean = new double[k];
    this.c = new double[k * (k + 1) / 2];
    this.d = new double[k];
  }

  /**
   * Returns the number of variables.
   *
   * @return k
   */
  public int k() {
    return k;
  }

  /**
   * Returns the number of rows added.
   *
   * @return the count
   */
  public long n() {
    return n;
  }

  /**
   * Returns the sum of the rows' weights.
   *
   * @return the weight
   */
  public double weight() {
    return w;
  }

  /**
   * Returns the weighted mean of variable {@code i}.
   *
   * @param i the variable
   * @return the mean (0 when empty)
   */
  public double mean(int i) {
    return mean[i];
  }

  /**
   * Returns the weighted sum of cross-products of deviations of variables {@code i} and {@code j}.
   *
   * @param i a variable
   * @param j a variable
   * @return the co-moment
   */
  public double comoment(int i, int j) {
    return i <= j ? c[index(i, j)] : c[index(j, i)];
  }

  private int index(int i, int j) {
    return i * k - i * (i - 1) / 2 + (j - i);
  }

  /**
   * Adds a row. The caller has checked that the values are finite and the weight positive and
   * finite; the row is read from {@code values[from..from+k)}.
   *
   * @param values the values
   * @param from where the row starts
   * @param weight the row's weight
   * @throws ArithmeticException if the count or the weight sum overflows (the state is unchanged)
   */
  public void add(double[] values, int from, double weight) {
    long nn = Exact.add(n, 1);
    double ww = w + weight;
    if (!Double.isFinite(ww)) {
      throw new ArithmeticException("the sum of the weights overflows");
    }
    double f = weight / ww;
    double g = weight * w / ww;
    for (int i = 0; i < k; i++) {
      d[i] = values[from + i] - mean[i];
    }
    int at = 0;
    for (int i = 0; i < k; i++) {
      double gi = g * d[i];
      for (int j = i; j < k; j++) {
        c[at++] += gi * d[j];
      }
      mean[i] += d[i] * f;
    }
    n = nn;
    w = ww;
  }

  /**
   * Adds the rows of another state of as many variables; {@code other} is unchanged.
   *
   * @param other the other state
   * @throws ArithmeticException if the count overflows or a sum is no longer finite (this state is
   *     then unchanged)
   */
  public void merge(CoMoments other) {
    if (other.k != k) {
      throw new IllegalArgumentException("cannot merge " + other.k + " variables into " + k);
    }
    if (other.n == 0) {
      return;
    }
    if (n == 0) {
      restore(other);
      return;
    }
    long nn = Exact.add(n, other.n);
    double ww = w + other.w;
    double f = other.w / ww;
    double g = w * other.w / ww;
    double[] nextMean = new double[k];
    double[] nextC = new double[c.length];
    for (int i = 0; i < k; i++) {
      d[i] = other.mean[i] - mean[i];
      nextMean[i] = mean[i] + d[i] * f;
    }
    int at = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i; j < k; j++, at++) {
        nextC[at] = c[at] + other.c[at] + g * d[i] * d[j];
      }
    }
    if (!Double.isFinite(ww) || !allFinite(nextMean) || !allFinite(nextC)) {
      throw new ArithmeticException("merging overflows the sums of the co-moments");
    }
    n = nn;
    w = ww;
    System.arraycopy(nextMean, 0, mean, 0, k);
    System.arraycopy(nextC, 0, c, 0, c.length);
  }

  private static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Makes this state a copy of {@code from}, of as many variables.
   *
   * @param from the state to copy
   */
  public void restore(CoMoments from) {
    n = from.n;
    w = from.w;
    System.arraycopy(from.mean, 0, mean, 0, k);
    System.arraycopy(from.c, 0, c, 0, c.length);
  }

  /**
   * Writes the state: count, weight, means, upper triangle of the co-moments.
   *
   * @param out the frame
   */
  public void write(Frame.Writer out) {
    out.putLong(n).putDouble(w);
    for (double m : mean) {
      out.putDouble(m);
    }
    for (double v : c) {
      out.putDouble(v);
    }
  }

  /**
   * Reads a state written by {@link #write} and checks that adding rows could give it: a count and
   * a weight that are both zero or both positive, an empty state all zeros, a single row without
   * spread, non-negative sums of squares and co-moments within the Cauchy–Schwarz bound.
   *
   * @param in the frame
   * @param k the number of variables
   * @param what what the state is called in messages
   * @return the state
   */
  public static CoMoments read(Frame.Reader in, int k, String what) {
    CoMoments s = new CoMoments(k);
    s.n = in.getCount("the row count of " + what);
    s.w = in.getDouble("the weight sum of " + what);
    for (int i = 0; i < k; i++) {
      s.mean[i] = in.getDouble("a mean of " + what);
    }
    for (int i = 0; i < s.c.length; i++) {
      s.c[i] = in.getDouble("a co-moment of " + what);
    }
    in.check((s.n == 0) == (s.w == 0), what + ": the row count and the weight sum disagree");
    in.check(s.w >= 0, what + ": the weight sum is negative");
    if (s.n == 0) {
      in.check(allZero(s.mean) && allZero(s.c), what + ": no rows, but means or co-moments");
    }
    if (s.n == 1) {
      in.check(allZero(s.c), what + ": one row, but co-moments");
    }
    for (int i = 0; i < k; i++) {
      double cii = s.comoment(i, i);
      in.check(cii >= 0, what + ": a sum of squares is negative");
      in.check(
          s.n == 0 || (Double.isFinite(cii / s.w) && Double.isFinite(Math.sqrt(cii) * s.w)),
          what + ": a variance (the sum of squares over the weight sum) is not finite");
      for (int j = i + 1; j < k; j++) {
        double bound = Math.sqrt(cii * s.comoment(j, j));
        in.check(
            Math.abs(s.comoment(i, j)) <= bound * (1 + 1e-9) + Double.MIN_NORMAL,
            what + ": a co-moment exceeds the Cauchy-Schwarz bound");
      }
    }
    in.check(
        s.positiveSemidefinite(),
        what + ": the co-moments are not positive semidefinite, as every sample's are");
    return s;
  }

  /**
   * Returns whether the co-moment matrix is positive semidefinite (to rounding), as the co-moments
   * of any rows are: the pairwise Cauchy–Schwarz bound does not imply it for three or more
   * variables. Gaussian elimination of the correlation-scaled matrix (a variable without spread
   * left out); a pivot clearly below 0, or a zero pivot with a column left over, fails.
   */
  private boolean positiveSemidefinite() {
    double[] sd = new double[k];
    for (int i = 0; i < k; i++) {
      sd[i] = Math.sqrt(comoment(i, i));
    }
    double[][] a = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        a[i][j] = sd[i] > 0 && sd[j] > 0 ? comoment(i, j) / sd[i] / sd[j] : 0;
      }
    }
    for (int j = 0; j < k; j++) {
      double pivot = a[j][j];
      if (!(pivot >= -PSD_SLACK)) {
        return false;
      }
      if (pivot <= PSD_SLACK) {
        for (int i = j + 1; i < k; i++) {
          if (Math.abs(a[i][j]) > Math.sqrt(PSD_SLACK)) {
            return false;
          }
        }
        continue;
      }
      for (int i = j + 1; i < k; i++) {
        double f = a[i][j] / pivot;
        for (int m = j; m < k; m++) {
          a[i][m] -= f * a[j][m];
        }
      }
    }
    return true;
  }

  /** How far below 0 a pivot of the correlation-scaled co-moments may fall by rounding. */
  private static final double PSD_SLACK = 1e-9;

  private static boolean allZero(double[] a) {
    for (double v : a) {
      if (v != 0) {
        return false;
      }
    }
    return true;
  }
}
