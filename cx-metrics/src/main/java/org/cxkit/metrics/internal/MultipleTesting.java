package org.cxkit.metrics.internal;

import java.util.Arrays;
import java.util.Comparator;

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
    int m = p.length;
    Integer[] order = order(p);
    double[] out = new double[m];
    double running = 0;
    for (int k = 0; k < m; k++) {
      int i = order[k];
      running = Math.max(running, Math.min(1, (m - k) * p[i]));
      out[i] = running;
    }
    return out;
  }

  /**
   * Returns Benjamini–Hochberg adjusted p values: with the raw values sorted ascending, {@code
   * p̃(i) = min over j ≥ i of min(1, m·p(j) / j)}.
   *
   * @param p the raw p values, each in 0..1 (not changed)
   * @return the adjusted values, in the order of {@code p}
   */
  public static double[] benjaminiHochberg(double[] p) {
    int m = p.length;
    Integer[] order = order(p);
    double[] out = new double[m];
    double running = 1;
    for (int k = m - 1; k >= 0; k--) {
      int i = order[k];
      running = Math.min(running, Math.min(1, (double) m * p[i] / (k + 1)));
      out[i] = Math.max(p[i], running); // m·p/m may round below p
    }
    return out;
  }

  private static Integer[] order(double[] p) {
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p value " + i + " is not in 0..1");
      }
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    return order;
  }
}
