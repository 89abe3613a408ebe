package org.cxkit.metrics.analysis;

/**
 * How a key-driver analysis ranks the drivers ({@link KeyDriversResult#ranking(Importance)}). The
 * four answer different questions and disagree when drivers are correlated, as survey items about
 * one visit usually are: Pearson's r counts what a driver shares with the others; the standardized
 * β credits only what it adds to all the others (and can flip sign); Johnson's relative weights and
 * the Shapley (LMG) decomposition split R² among the drivers, all of it, non-negatively.
 *
 * @since 0.1
 */
public enum Importance {
  /** Pearson's correlation with the outcome, ranked by its magnitude. */
  PEARSON_R,
  /** The standardized regression coefficient β, ranked by its magnitude. */
  STANDARDIZED_BETA,
  /**
   * Johnson's (2000) relative weight: R² split through the orthogonal counterparts of the drivers
   * (the symmetric square root of their correlation matrix).
   */
  JOHNSON,
  /**
   * The Shapley value of R² (LMG, after Lindeman, Merenda &amp; Gold 1980): a driver's R² gain,
   * averaged over every order in which the drivers can enter the regression.
   */
  SHAPLEY
}
