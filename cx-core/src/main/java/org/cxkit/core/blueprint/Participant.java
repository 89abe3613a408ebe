package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.journey.Actor;

/**
 * An actor of a journey with its type: who takes part, and on which side.
 *
 * <pre>{@code
 * Participant.of(Actor.of("shoeshiner"), ActorType.FRONTLINE);
 * }</pre>
 *
 * @param actor the actor, as touchpoints and activities name it
 * @param type what kind of party it is
 * @since 0.1
 */
public record Participant(Actor actor, ActorType type) {
  /**
   * Validates the components.
   *
   * @param actor the actor
   * @param type what kind of party it is
   * @throws NullPointerException if an argument is null
   * @since 0.1
   */
  public Participant {
    requireNonNull(actor, "actor");
    requireNonNull(type, "type");
  }

  /**
   * Returns a participant.
   *
   * @param actor the actor
   * @param type what kind of party it is
   * @return the participant
   * @since 0.1
   */
  public static Participant of(Actor actor, ActorType type) {
    return new Participant(actor, type);
  }

  @Override
  public String toString() {
    return actor + " (" + type + ")";
  }
}
