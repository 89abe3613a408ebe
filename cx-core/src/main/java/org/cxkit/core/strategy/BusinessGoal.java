package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.internal.Args;

/**
 * A business goal the customer-experience design serves, with the measurable target that says
 * whether it was reached and the horizon by which.
 *
 * <pre>{@code
 * BusinessGoal.of("member-growth", "Grow the community").withTarget("+30 % members").withHorizon("2027");
 * }</pre>
 *
 * @param id the goal's id
 * @param statement what the organisation wants to achieve
 * @param target the measurable target, if set ("NPS 40", "+30 % members")
 * @param horizon by when, if set ("2027", "Q3")
 */
public record BusinessGoal(
    BusinessGoalId id, String statement, Optional<String> target, Optional<String> horizon) {
  /**
   * Validates the components.
   *
   * @param id the goal's id
   * @param statement what the organisation wants to achieve
   * @param target the measurable target, if set ("NPS 40", "+30 % members")
   * @param horizon by when, if set ("2027", "Q3")
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public BusinessGoal {
    requireNonNull(id, "id");
    Args.text(statement, "statement");
    Args.optionalText(target, "target");
    Args.optionalText(horizon, "horizon");
  }

  /**
   * Returns a goal without target or horizon.
   *
   * @param id the id slug
   * @param statement what the organisation wants to achieve
   * @return the goal
   */
  public static BusinessGoal of(String id, String statement) {
    return new BusinessGoal(BusinessGoalId.of(id), statement, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this goal with a measurable target.
   *
   * @param newTarget the target
   * @return the changed goal
   */
  public BusinessGoal withTarget(String newTarget) {
    return new BusinessGoal(
        id, statement, Optional.of(requireNonNull(newTarget, "newTarget")), horizon);
  }

  /**
   * Returns this goal with a horizon.
   *
   * @param newHorizon by when
   * @return the changed goal
   */
  public BusinessGoal withHorizon(String newHorizon) {
    return new BusinessGoal(
        id, statement, target, Optional.of(requireNonNull(newHorizon, "newHorizon")));
  }

  @Override
  public String toString() {
    return "BusinessGoal["
        + id
        + ": "
        + statement
        + target.map(t -> "; target " + t).orElse("; no target")
        + horizon.map(h -> " by " + h).orElse("")
        + "]";
  }
}
