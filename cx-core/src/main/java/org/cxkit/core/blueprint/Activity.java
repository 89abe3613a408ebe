package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.Ids;
import org.cxkit.core.internal.Args;
import org.cxkit.core.journey.Actor;

/**
 * One thing done at a touchpoint, in a {@link Lane} of the blueprint: by whom, and, for work below
 * the line of internal interaction, which of the journey's shared {@link SupportProcess} it is part
 * of.
 *
 * <pre>{@code
 * Activity.of(Lane.ONSTAGE, "Greets the guest and checks the booking").by(Actor.of("front desk"));
 * Activity.of(Lane.SUPPORT, "Room status updated").inProcess("housekeeping");
 * }</pre>
 *
 * @param lane the lane it is drawn in
 * @param description what is done
 * @param actor who does it, if named
 * @param process the id of the journey's support process it is part of, if any
 * @since 0.1
 */
public record Activity(
    Lane lane, String description, Optional<Actor> actor, Optional<String> process) {
  /**
   * Validates the components.
   *
   * @param lane the lane it is drawn in
   * @param description what is done
   * @param actor who does it, if named
   * @param process the id of the journey's support process it is part of, if any
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the description is blank or the process is not a
   *     well-formed id
   * @since 0.1
   */
  public Activity {
    requireNonNull(lane, "lane");
    Args.text(description, "description");
    requireNonNull(actor, "actor");
    requireNonNull(process, "process");
    process.ifPresent(
        p -> {
          if (!Ids.isValid(p)) {
            throw new IllegalArgumentException(
                "process must be the id of a support process (lower-case letters and digits"
                    + " joined by '-', '_' or '.'), got a text of "
                    + p.length()
                    + " characters");
          }
        });
  }

  /**
   * Returns an activity with no actor and no support process named.
   *
   * @param lane the lane
   * @param description what is done
   * @return the activity
   * @since 0.1
   */
  public static Activity of(Lane lane, String description) {
    return new Activity(lane, description, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this activity done by an actor.
   *
   * @param who who does it
   * @return the changed activity
   * @since 0.1
   */
  public Activity by(Actor who) {
    return new Activity(lane, description, Optional.of(requireNonNull(who, "who")), process);
  }

  /**
   * Returns this activity as part of a support process of the journey.
   *
   * @param processId the support process's id
   * @return the changed activity
   * @since 0.1
   */
  public Activity inProcess(String processId) {
    return new Activity(
        lane, description, actor, Optional.of(requireNonNull(processId, "processId")));
  }

  @Override
  public String toString() {
    return "Activity["
        + lane
        + actor.map(a -> " by " + a).orElse("")
        + process.map(p -> " in " + p).orElse("")
        + ": "
        + description
        + "]";
  }
}
