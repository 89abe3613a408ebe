package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;

/**
 * One moment in an actual customer's journey: the customer met a touchpoint at a time, on a
 * channel. Sequences of events are compared with the designed journey (ad hoc, missing, failing and
 * out-of-order touchpoints).
 *
 * <pre>{@code
 * JourneyEvent e = JourneyEvent.of("c-42", "sign-up", Instant.parse("2026-11-04T17:02:00Z"))
 *     .withChannel(Channel.WEB);
 * }</pre>
 *
 * @param customer who; not blank
 * @param touchpoint where
 * @param time when
 * @param channel on which channel, if known (may differ from the designed one)
 */
public record JourneyEvent(
    String customer, TouchpointId touchpoint, Instant time, Optional<Channel> channel) {
  /**
   * Validates the components.
   *
   * @param customer who; not blank
   * @param touchpoint where
   * @param time when
   * @param channel on which channel, if known (may differ from the designed one)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the customer is blank
   */
  public JourneyEvent {
    requireNonNull(customer, "customer");
    checkArgument(!customer.isBlank(), "customer must not be blank");
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(time, "time");
    requireNonNull(channel, "channel");
  }

  /**
   * Returns an event without a channel.
   *
   * @param customer who
   * @param touchpoint the touchpoint's id slug
   * @param time when
   * @return the event
   */
  public static JourneyEvent of(String customer, String touchpoint, Instant time) {
    return new JourneyEvent(customer, TouchpointId.of(touchpoint), time, Optional.empty());
  }

  /**
   * Returns this event with a channel.
   *
   * @param newChannel the channel
   * @return the changed event
   */
  public JourneyEvent withChannel(Channel newChannel) {
    return new JourneyEvent(
        customer, touchpoint, time, Optional.of(requireNonNull(newChannel, "newChannel")));
  }

  @Override
  public String toString() {
    return "JourneyEvent["
        + customer
        + " @"
        + touchpoint
        + " "
        + time
        + channel.map(c -> " " + c).orElse("")
        + "]";
  }
}
