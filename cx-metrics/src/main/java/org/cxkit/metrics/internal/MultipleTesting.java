package org.cxkit.metrics.internal;

import java.util.Arrays;

/**
 * Adjusted p values for a family of tests: Holm's (1979) step-down and Benjamini &amp; Hochberg's
 * (1995) step-up procedure, as R's {@code p.adjust} defines them. A test is significant at level α
 * when its adjusted p is at most α; Holm controls the family-wise error rate, Benjamini–Hochberg
 * the false discovery rate.
 */
public final class MultipleTesting {
  private MultipleTesting() {}

  /**
   * Returns Holm's adjusted p values: with the raw values sorted ascending, {@code p̃(i) = max over
   * j ≤ i of min(1, (m − j + 1)·p(j))}.
   *
   * @param p the raw p values, each in 0..1 (not changed)
   * @return the adjusted values, in the order of {@code p}
   */
  public static double[] holm(double[] p) {
    double[] sorted = sorted(p);
    int m = sorted.length;
    double[] adjusted = new double[m];
    double running = 0;
    for (int k = 0; k < m; k++) {
      running = Math.max(running, Math.min(1, (m - k) * sorted[k]));
      adjusted[k] = running;
    }
    return inOrder(p, sorted, adjusted);
  }

  /**
   * Returns Benjamini–Hochberg adjusted p values: with the raw values sorted ascending, {@code
   * p̃(i) = min over j ≥ i of min(1, m·p(j) / j)}.
   *
   * @param p the raw p values, each in 0..1 (not changed)
   * @return the adjusted values, in the order of {@code p}
   */
  public static double[] benjaminiHochberg(double[] p) {
    double[] sorted = sorted(p);
    int m = sorted.length;
    double[] adjusted = new double[m];
    double running = 1;
    for (int k = m - 1; k >= 0; k--) {
      running = Math.min(running, Math.min(1, (double) m * sorted[k] / (k + 1)));
      adjusted[k] = Math.max(sorted[k], running); // m·p/m may round below p
    }
    return inOrder(p, sorted, adjusted);
  }

  /** The raw values checked and sorted ascending, in a primitive sort (no boxed indices). */
  private static double[] sorted(double[] p) {
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p value " + i + " is not in 0..1");
      }
    }
    double[] sorted = p.clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /**
   * Each raw value's adjusted value, found by its place among the sorted ones. Equal raw values
   * take equal adjusted values in both procedures (the running maximum or minimum carries across a
   * tie), so whichever of the tied places the search finds gives the same answer.
   */
  private static double[] inOrder(double[] p, double[] sorted, double[] adjusted) {
    double[] out = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = adjusted[Arrays.binarySearch(sorted, p[i])];
    }
    return out;
  }
}
