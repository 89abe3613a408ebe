package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.metrics.internal.Numbers;

/**
 * One driver's importance in a {@link KeyDriversResult}: its correlation with the outcome, its
 * standardized β, its Johnson and Shapley weights (each also as a share of R²), its performance
 * (mean score) and where that puts it in the importance–performance grid.
 *
 * <p><b>Sign convention.</b> Johnson's and Shapley's weights are parts of R², so never negative;
 * {@link #signedWeight(Importance)} gives them the sign of the driver's Pearson r (how the driver
 * moves with the outcome by itself), not of its β, which can flip when drivers are correlated (a
 * suppressor).
 *
 * @param driver the driver's name
 * @param pearsonR Pearson's r with the outcome, -1..1
 * @param beta the standardized regression coefficient
 * @param johnson Johnson's relative weight, 0..R²
 * @param shapley the Shapley (LMG) value of R², 0..R²
 * @param johnsonShare the Johnson weight as a share of R², 0..1
 * @param shapleyShare the Shapley value as a share of R², 0..1
 * @param mean the driver's mean score over the rows used (its performance)
 * @param quadrant the importance–performance quadrant
 * @since 0.1
 */
public record DriverWeight(
    String driver,
    double pearsonR,
    double beta,
    double johnson,
    double shapley,
    double johnsonShare,
    double shapleyShare,
    double mean,
    Quadrant quadrant) {
  /** Slack for rounding when checking ranges. */
  private static final double SLACK = 1e-9;

  /**
   * Where a driver falls in the importance–performance grid (Martilla &amp; James 1977), against
   * the average importance (Shapley share) and the average performance (mean) of all the drivers.
   * The means are compared as they are, so drivers should be on one scale.
   *
   * @since 0.1
   */
  public enum Quadrant {
    /** Important and performing below average: fix these first. */
    CONCENTRATE_HERE,
    /** Important and performing above average. */
    KEEP_UP_THE_GOOD_WORK,
    /** Less important and performing below average. */
    LOW_PRIORITY,
    /** Less important and performing above average. */
    POSSIBLE_OVERKILL
  }

  /**
   * Checks the components.
   *
   * @param driver the driver's name
   * @param pearsonR Pearson's r with the outcome
   * @param beta the standardized coefficient
   * @param johnson Johnson's relative weight
   * @param shapley the Shapley value of R²
   * @param johnsonShare the Johnson weight's share of R²
   * @param shapleyShare the Shapley value's share of R²
   * @param mean the driver's mean score
   * @param quadrant the importance–performance quadrant
   * @throws NullPointerException if the driver or quadrant is null
   * @throws IllegalArgumentException if a number is not finite or out of its range
   */
  public DriverWeight {
    requireNonNull(driver, "driver");
    requireNonNull(quadrant, "quadrant");
    checkArgument(Math.abs(pearsonR) <= 1 + SLACK, "pearsonR must be in -1..1, got %s", pearsonR);
    checkArgument(Double.isFinite(beta), "beta must be finite, got %s", beta);
    checkArgument(johnson >= 0 && johnson <= 1 + SLACK, "johnson must be in 0..1, got %s", johnson);
    checkArgument(shapley >= 0 && shapley <= 1 + SLACK, "shapley must be in 0..1, got %s", shapley);
    checkArgument(
        johnsonShare >= 0 && johnsonShare <= 1 + SLACK,
        "johnsonShare must be in 0..1, got %s",
        johnsonShare);
    checkArgument(
        shapleyShare >= 0 && shapleyShare <= 1 + SLACK,
        "shapleyShare must be in 0..1, got %s",
        shapleyShare);
    checkArgument(Double.isFinite(mean), "mean must be finite, got %s", mean);
  }

  /**
   * Returns the driver's importance by one method: r, β, or the Johnson or Shapley weight (the
   * first two signed, the last two not; see {@link #signedWeight}).
   *
   * @param method the method
   * @return the value
   */
  public double weight(Importance method) {
    requireNonNull(method, "method");
    return switch (method) {
      case PEARSON_R -> pearsonR;
      case STANDARDIZED_BETA -> beta;
      case JOHNSON -> johnson;
      case SHAPLEY -> shapley;
    };
  }

  /**
   * Returns the weight by one method with the sign of the driver's Pearson r (r and β as they are).
   *
   * @param method the method
   * @return the signed value
   */
  public double signedWeight(Importance method) {
    double v = weight(method);
    return method == Importance.JOHNSON || method == Importance.SHAPLEY
        ? Math.copySign(v, pearsonR)
        : v;
  }

  /**
   * Returns the magnitude by which {@link KeyDriversResult#ranking} ranks: |r|, |β|, or the weight.
   *
   * @param method the method
   * @return the magnitude
   */
  double magnitude(Importance method) {
    return Math.abs(weight(method));
  }

  @Override
  public String toString() {
    return "DriverWeight["
        + driver
        + ": r="
        + Numbers.brief(pearsonR)
        + ", beta="
        + Numbers.brief(beta)
        + ", johnson="
        + Numbers.brief(johnson)
        + " ("
        + Numbers.brief(100 * johnsonShare)
        + "%), shapley="
        + Numbers.brief(shapley)
        + " ("
        + Numbers.brief(100 * shapleyShare)
        + "%), mean="
        + Numbers.brief(mean)
        + ", "
        + quadrant
        + "]";
  }
}
