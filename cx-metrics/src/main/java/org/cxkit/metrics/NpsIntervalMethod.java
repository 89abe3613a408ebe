package org.cxkit.metrics;

/**
 * How {@link NpsResult#interval(NpsIntervalMethod, double)} builds a confidence interval for the
 * Net Promoter Score. All intervals are clamped to −100..100.
 *
 * <p>Source: B. Rocks (2016), "Interval Estimation for the 'Net Promoter Score'", <i>The American
 * Statistician</i> 70(4):365–372 (arXiv:1601.07235), which compares these methods on trinomial
 * simulations and real company data and finds the adjusted Wald and the iterative score interval
 * best.
 */
public enum NpsIntervalMethod {
  /**
   * Adjusted Wald (the default): add 3 to n and ¾ to both promoters and detractors, then a Wald
   * interval around the adjusted score with the trinomial variance {@code p + d − (p − d)²} of the
   * adjusted shares (Rocks 2016; as summarised by Lewis and Sauro, MeasuringU, 2021).
   */
  ADJUSTED_WALD("adjusted Wald"),
  /**
   * Wald: {@code NPS ± z·√(var/n)} with {@code var = p + d − (p − d)²}, as the R package {@code
   * NPS} ({@code nps_var}, {@code nps_se}, {@code nps_test}) computes it. Degenerate (zero width)
   * when all answers fall into one category.
   */
  WALD("Wald"),
  /**
   * Iterative score interval: the set of differences {@code δ = p − d} whose score statistic, with
   * the shares re-estimated under {@code p − d = δ} (restricted maximum likelihood, the closed-form
   * quadratic of Tango 1998 used by the R package {@code NPS}), stays within ±z. Solved here by
   * bisection to 1e-12.
   */
  SCORE("iterative score");

  private final String label;

  NpsIntervalMethod(String label) {
    this.label = label;
  }

  /**
   * Returns the human-readable name.
   *
   * @return the label, such as {@code adjusted Wald}
   */
  public String label() {
    return label;
  }
}
