package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Comparator;
import java.util.OptionalDouble;
import org.cxkit.metrics.internal.Numbers;

/**
 * The result of a {@link KeyDrivers} analysis: R² and adjusted R² of the outcome's regression on
 * the drivers, and every driver's {@link DriverWeight}, in the order the drivers were named. When
 * the data cannot support the regression the {@link #status()} says why, and there are no weights
 * and no R².
 *
 * <pre>{@code
 * KeyDriversResult r = drivers.newState().addAll(rows).result();
 * r.ranking(Importance.SHAPLEY);      // [networking, arrival, ...]
 * r.weight("networking").shapleyShare();
 * }</pre>
 *
 * @param outcome the outcome's name
 * @param driverNames the drivers' names, in order
 * @param missing the missing-data rule that was applied
 * @param rows every row added, complete or not
 * @param n the rows the correlations rest on: complete rows (listwise) or the smallest count of any
 *     pair (pairwise)
 * @param status whether the regression could be estimated, and if not, why
 * @param rSquared R², when estimated
 * @param adjustedRSquared adjusted R² ({@code 1 − (1 − R²)(n − 1)/(n − p − 1)}), when estimated
 * @param weights one per driver, in order, when estimated; empty otherwise
 * @since 0.1
 */
public record KeyDriversResult(
    String outcome,
    ImmutableList<String> driverNames,
    KeyDrivers.Missing missing,
    long rows,
    long n,
    Status status,
    OptionalDouble rSquared,
    OptionalDouble adjustedRSquared,
    ImmutableList<DriverWeight> weights) {

  /**
   * Whether a key-driver regression could be estimated.
   *
   * @since 0.1
   */
  public enum Status {
    /** Estimated: R² and the weights are there. */
    ESTIMATED,
    /** Fewer rows than drivers + 2: the regression has no residual degrees of freedom. */
    TOO_FEW_ROWS,
    /** The outcome or a driver does not vary over the rows used. */
    NO_VARIANCE,
    /**
     * The drivers' correlation matrix is (nearly) singular: a driver is a linear combination of
     * others, or, pairwise, the correlations do not fit together.
     */
    COLLINEAR
  }

  /**
   * Checks the components.
   *
   * @param outcome the outcome's name
   * @param driverNames the drivers' names
   * @param missing the missing-data rule
   * @param rows every row added
   * @param n the rows the correlations rest on
   * @param status whether estimated
   * @param rSquared R², when estimated
   * @param adjustedRSquared adjusted R², when estimated
   * @param weights one per driver when estimated
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if counts are negative or the weights, R² and status disagree
   */
  public KeyDriversResult {
    requireNonNull(outcome, "outcome");
    driverNames = ImmutableList.copyOf(requireNonNull(driverNames, "driverNames"));
    requireNonNull(missing, "missing");
    requireNonNull(status, "status");
    requireNonNull(rSquared, "rSquared");
    requireNonNull(adjustedRSquared, "adjustedRSquared");
    weights = ImmutableList.copyOf(requireNonNull(weights, "weights"));
    checkArgument(n >= 0 && rows >= n, "need 0 <= n <= rows, got n=%s, rows=%s", n, rows);
    boolean estimated = status == Status.ESTIMATED;
    checkArgument(
        estimated == rSquared.isPresent()
            && estimated == adjustedRSquared.isPresent()
            && (estimated ? weights.size() == driverNames.size() : weights.isEmpty()),
        "R², adjusted R² and one weight per driver go with status ESTIMATED, and only with it");
  }

  /**
   * Whether R² and the weights are there.
   *
   * @return whether the status is {@link Status#ESTIMATED}
   */
  public boolean estimated() {
    return status == Status.ESTIMATED;
  }

  /**
   * Returns one driver's weight.
   *
   * @param driver the driver's name
   * @return the weight
   * @throws IllegalArgumentException if there is no such driver
   * @throws IllegalStateException if the regression was not estimated
   */
  public DriverWeight weight(String driver) {
    requireNonNull(driver, "driver");
    int i = driverNames.indexOf(driver);
    checkArgument(i >= 0, "no driver named %s; the drivers are %s", driver, driverNames);
    if (!estimated()) {
      throw new IllegalStateException("no weights: " + status);
    }
    return weights.get(i);
  }

  /**
   * Returns the drivers from most to least important by one method (r and β by magnitude); ties
   * keep the drivers' order. Empty when not estimated.
   *
   * @param method the method
   * @return the drivers' names
   */
  public ImmutableList<String> ranking(Importance method) {
    requireNonNull(method, "method");
    return weights.stream()
        .sorted(Comparator.comparingDouble((DriverWeight w) -> -w.magnitude(method)))
        .map(DriverWeight::driver)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    StringBuilder s =
        new StringBuilder("KeyDriversResult[")
            .append(outcome)
            .append(" on ")
            .append(driverNames.size())
            .append(driverNames.size() == 1 ? " driver, n=" : " drivers, n=")
            .append(n)
            .append(" of ")
            .append(rows)
            .append(' ')
            .append(missing.name().toLowerCase(java.util.Locale.ROOT));
    if (!estimated()) {
      return s.append(", ").append(status).append(']').toString();
    }
    s.append(", R²=")
        .append(Numbers.brief(rSquared.getAsDouble()))
        .append(" (adj. ")
        .append(Numbers.brief(adjustedRSquared.getAsDouble()))
        .append("), by Shapley: ");
    ImmutableList<String> rank = ranking(Importance.SHAPLEY);
    for (int i = 0; i < rank.size(); i++) {
      if (i == 3) {
        s.append(", …");
        break;
      }
      if (i > 0) {
        s.append(", ");
      }
      s.append(rank.get(i))
          .append(' ')
          .append(Numbers.brief(100 * weight(rank.get(i)).shapleyShare()))
          .append('%');
    }
    return s.append(']').toString();
  }
}
