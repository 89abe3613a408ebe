package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.internal.Args;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Ownership;

/**
 * A piece of physical evidence at a touchpoint, in a service blueprint's evidence row: a thing,
 * screen or place the customer meets, with its own channel and ownership where they differ from the
 * touchpoint's. A hotel's newspaper advertisement reaches the guest in print and is paid for but
 * placed in a medium the hotel does not own; its menu is the hotel's own.
 *
 * <pre>{@code
 * Evidence ad = Evidence.of("newspaper ad").in(Channel.PRINT).ownedBy(Ownership.PARTNER);
 * Evidence menu = Evidence.of("room-service menu");   // the touchpoint's channel and ownership
 * }</pre>
 *
 * @param name what the evidence is
 * @param channel the channel it reaches the customer through, if not the touchpoint's
 * @param ownership who owns it, if not the touchpoint's owner
 * @since 0.1
 */
public record Evidence(String name, Optional<Channel> channel, Optional<Ownership> ownership) {
  /**
   * Validates the components.
   *
   * @param name what the evidence is
   * @param channel the channel, if not the touchpoint's
   * @param ownership who owns it, if not the touchpoint's owner
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   * @since 0.1
   */
  public Evidence {
    Args.text(name, "name");
    requireNonNull(channel, "channel");
    requireNonNull(ownership, "ownership");
  }

  /**
   * Returns evidence with a name only: it shares the touchpoint's channel and ownership.
   *
   * @param name what the evidence is
   * @return the evidence
   * @throws IllegalArgumentException if the name is blank
   * @since 0.1
   */
  public static Evidence of(String name) {
    return new Evidence(name, Optional.empty(), Optional.empty());
  }

  /**
   * Returns this evidence reaching the customer through a channel.
   *
   * @param newChannel the channel
   * @return the changed evidence
   * @since 0.1
   */
  public Evidence in(Channel newChannel) {
    return new Evidence(name, Optional.of(requireNonNull(newChannel, "newChannel")), ownership);
  }

  /**
   * Returns this evidence with an owner.
   *
   * @param newOwnership who owns it
   * @return the changed evidence
   * @since 0.1
   */
  public Evidence ownedBy(Ownership newOwnership) {
    return new Evidence(name, channel, Optional.of(requireNonNull(newOwnership, "newOwnership")));
  }

  /**
   * Returns whether only the name is set, so it shares the touchpoint's channel and ownership.
   *
   * @return true if neither channel nor ownership is set
   * @since 0.1
   */
  public boolean isNameOnly() {
    return channel.isEmpty() && ownership.isEmpty();
  }

  /**
   * Returns one line: the name, then the channel and ownership if set, such as {@code ad (PRINT,
   * PARTNER)}.
   */
  @Override
  public String toString() {
    if (isNameOnly()) {
      return name;
    }
    StringBuilder sb = new StringBuilder(name).append(" (");
    channel.ifPresent(c -> sb.append(c));
    if (channel.isPresent() && ownership.isPresent()) {
      sb.append(", ");
    }
    ownership.ifPresent(o -> sb.append(o));
    return sb.append(')').toString();
  }
}
