package org.cxkit.metrics.analysis;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.jspecify.annotations.Nullable;

/**
 * The relative-importance arithmetic over a correlation matrix, on Apache Commons Math's
 * decompositions. Variable 0 is the outcome, 1..p the drivers.
 */
final class DriverMath {
  /** The smallest eigenvalue of the drivers' correlation matrix, relative to p, still estimable. */
  static final double COLLINEAR = 1e-10;

  private DriverMath() {}

  /** What the arithmetic gives: per driver beta, Johnson's and Shapley's weights; R². */
  record Fit(double[] beta, double[] johnson, double[] shapley, double rSquared) {}

  /**
   * Fits the drivers, or returns null if their correlation matrix is not positive definite.
   *
   * @param r the correlation matrix, (p+1)×(p+1), outcome first
   */
  static @Nullable Fit fit(double[][] r) {
    int p = r.length - 1;
    double[][] xx = new double[p][p];
    double[] xy = new double[p];
    for (int i = 0; i < p; i++) {
      xy[i] = r[0][i + 1];
      for (int j = 0; j < p; j++) {
        xx[i][j] = r[i + 1][j + 1];
      }
    }
    RealMatrix rxx = new Array2DRowRealMatrix(xx, false);
    EigenDecomposition eigen = new EigenDecomposition(rxx);
    double[] lambda = eigen.getRealEigenvalues();
    for (double l : lambda) {
      if (!(l > COLLINEAR * p)) {
        return null;
      }
    }
    RealVector rxy = new ArrayRealVector(xy, false);
    double[] beta;
    try {
      beta = new CholeskyDecomposition(rxx, 1e-12, 0).getSolver().solve(rxy).toArray();
    } catch (NonPositiveDefiniteMatrixException e) {
      return null;
    }
    double r2 = 0;
    for (int i = 0; i < p; i++) {
      r2 += beta[i] * xy[i];
    }
    return new Fit(beta, johnson(eigen, xy), shapley(xx, xy), r2);
  }

  /**
   * Johnson's (2000) relative weights: with the symmetric square root {@code Λ = V diag(√λ) Vᵀ} of
   * the drivers' correlation matrix, the outcome's regression on the orthogonal counterparts {@code
   * β* = Λ⁻¹ r_xy}, and {@code ε_j = Σ_k Λ_jk² β*_k²}.
   */
  private static double[] johnson(EigenDecomposition eigen, double[] xy) {
    int p = xy.length;
    RealMatrix v = eigen.getV();
    double[] lambda = eigen.getRealEigenvalues();
    double[][] root = new double[p][p];
    double[][] inverseRoot = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double s = 0;
        double t = 0;
        for (int m = 0; m < p; m++) {
          double vv = v.getEntry(i, m) * v.getEntry(j, m);
          s += vv * Math.sqrt(lambda[m]);
          t += vv / Math.sqrt(lambda[m]);
        }
        root[i][j] = s;
        inverseRoot[i][j] = t;
      }
    }
    double[] betaStar = new double[p];
    for (int i = 0; i < p; i++) {
      double s = 0;
      for (int j = 0; j < p; j++) {
        s += inverseRoot[i][j] * xy[j];
      }
      betaStar[i] = s;
    }
    double[] eps = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int m = 0; m < p; m++) {
        s += root[j][m] * root[j][m] * betaStar[m] * betaStar[m];
      }
      eps[j] = s;
    }
    return eps;
  }

  /**
   * Shapley values of R² (LMG; Lindeman, Merenda &amp; Gold 1980, Grömping 2006): {@code φ_j = Σ_{S
   * ⊆ others} |S|! (p−|S|−1)! / p! · (R²(S ∪ j) − R²(S))}, exact over all 2^p subsets, each
   * subset's R² from a Cholesky solve of its correlation submatrix.
   */
  private static double[] shapley(double[][] xx, double[] xy) {
    int p = xy.length;
    int subsets = 1 << p;
    double[] r2 = new double[subsets];
    for (int s = 1; s < subsets; s++) {
      r2[s] = subsetRSquared(xx, xy, s);
    }
    double[] weight = new double[p];
    for (int size = 0; size < p; size++) {
      // size! (p - size - 1)! / p! = 1 / (p * C(p - 1, size))
      weight[size] = 1.0 / (p * binomial(p - 1, size));
    }
    double[] phi = new double[p];
    for (int s = 0; s < subsets; s++) {
      int size = Integer.bitCount(s);
      if (size == p) {
        continue;
      }
      for (int j = 0; j < p; j++) {
        if ((s & (1 << j)) == 0) {
          phi[j] += weight[size] * (r2[s | (1 << j)] - r2[s]);
        }
      }
    }
    return phi;
  }

  private static double binomial(int n, int k) {
    double b = 1;
    for (int i = 1; i <= k; i++) {
      b = b * (n - k + i) / i;
    }
    return b;
  }

  private static double subsetRSquared(double[][] xx, double[] xy, int subset) {
    int size = Integer.bitCount(subset);
    int[] at = new int[size];
    for (int j = 0, m = 0; j < xy.length; j++) {
      if ((subset & (1 << j)) != 0) {
        at[m++] = j;
      }
    }
    double[][] sub = new double[size][size];
    double[] y = new double[size];
    for (int a = 0; a < size; a++) {
      y[a] = xy[at[a]];
      for (int b = 0; b < size; b++) {
        sub[a][b] = xx[at[a]][at[b]];
      }
    }
    RealVector ry = new ArrayRealVector(y, false);
    RealVector b =
        new CholeskyDecomposition(new Array2DRowRealMatrix(sub, false), 1e-12, 0)
            .getSolver()
            .solve(ry);
    return b.dotProduct(ry);
  }
}
