package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.cxkit.core.JourneyId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.management.Enabler;

/**
 * The result of an {@link ExScorecard}: per touchpoint with an employee-experience record, the EX
 * measure's row beside the touchpoint's CX rows. Each row is a {@link TouchpointScore}: its n, its
 * figure in the target's unit, its 95 % interval and its status ({@link TargetStatus#TOO_FEW} below
 * the minimum n, {@link TargetStatus#NOT_ENOUGH_DATA} without answers).
 *
 * @param journey the journey
 * @param minimumN the fewest answers a side needed before its target was judged
 * @param rows one row per touchpoint with an EX record, in journey order
 * @since 0.1
 */
public record ExScorecardResult(JourneyId journey, long minimumN, ImmutableList<Row> rows) {
  /**
   * Validates and copies the components.
   *
   * @param journey the journey
   * @param minimumN at least 1
   * @param rows the rows
   * @throws NullPointerException if an argument or row is null
   * @throws IllegalArgumentException if {@code minimumN} is below 1
   */
  public ExScorecardResult {
    requireNonNull(journey, "journey");
    checkArgument(minimumN >= 1, "minimumN must be at least 1, got %s", minimumN);
    rows = ImmutableList.copyOf(requireNonNull(rows, "rows"));
  }

  /**
   * Returns the touchpoints where either side has answers but fewer than the minimum n.
   *
   * @return the touchpoints, in journey order
   * @since 0.1
   */
  public ImmutableList<TouchpointId> tooFew() {
    return rows.stream()
        .filter(Row::tooFew)
        .map(Row::touchpoint)
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "ExScorecardResult["
        + journey
        + ", "
        + rows.size()
        + (rows.size() == 1 ? " touchpoint" : " touchpoints")
        + ", minimum n "
        + minimumN
        + "]";
  }

  /**
   * One touchpoint: who delivers it, what enables them, their EX score and the customers' scores.
   *
   * @param touchpoint the touchpoint
   * @param roles the roles that deliver it
   * @param enablers what the employees have
   * @param employee the EX measure's row; empty if the record names no EX measure
   * @param customer the touchpoint's CX rows (targets first), empty if it has no measure or data
   * @since 0.1
   */
  public record Row(
      TouchpointId touchpoint,
      ImmutableList<String> roles,
      ImmutableSet<Enabler> enablers,
      Optional<TouchpointScore> employee,
      ImmutableList<TouchpointScore> customer) {
    /**
     * Validates and copies the components.
     *
     * @param touchpoint the touchpoint
     * @param roles the roles
     * @param enablers the enablers
     * @param employee the EX row
     * @param customer the CX rows
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if a row is of another touchpoint
     */
    public Row {
      requireNonNull(touchpoint, "touchpoint");
      roles = ImmutableList.copyOf(requireNonNull(roles, "roles"));
      enablers = ImmutableSet.copyOf(requireNonNull(enablers, "enablers"));
      requireNonNull(employee, "employee");
      customer = ImmutableList.copyOf(requireNonNull(customer, "customer"));
      checkArgument(
          employee.map(e -> e.touchpoint().equals(touchpoint)).orElse(true)
              && customer.stream().allMatch(c -> c.touchpoint().equals(touchpoint)),
          "a row's scores must be of its touchpoint");
    }

    /**
     * Returns whether either side has answers but fewer than the minimum n.
     *
     * @return true if a side is too thin to judge
     * @since 0.1
     */
    public boolean tooFew() {
      return employee.filter(e -> e.status() == TargetStatus.TOO_FEW).isPresent()
          || customer.stream().anyMatch(c -> c.status() == TargetStatus.TOO_FEW);
    }

    @Override
    public String toString() {
      return "Row["
          + touchpoint
          + ": EX "
          + employee.map(TouchpointScore::toString).orElse("not measured")
          + "; CX "
          + customer.size()
          + (customer.size() == 1 ? " row" : " rows")
          + "]";
    }
  }
}
