package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One moment in an actual customer's journey: someone met a {@linkplain Step step} (a designed
 * touchpoint or an ad hoc one) at a time, perhaps on a channel, started by someone, with an
 * outcome. Sequences of events grouped into {@link ActualJourney}s are compared with the designed
 * journey (ad hoc, missing, failing and out-of-order touchpoints).
 *
 * <pre>{@code
 * JourneyEvent e = JourneyEvent.of("c-42", "sign-up", Instant.parse("2026-11-04T17:02:00Z"))
 *     .withChannel(Channel.WEB);
 * JourneyEvent chat = JourneyEvent.builder()
 *     .customer("c-42").caseId("order-7")
 *     .touchpoint("support-chat").time(Instant.parse("2026-11-04T17:09:00Z"))
 *     .channel(Channel.CHAT).initiator(Initiator.CUSTOMER).outcome(Outcome.FAILED)
 *     .attribute("agent", "bot")
 *     .build();
 * }</pre>
 *
 * <p>Who: a customer, a case (an order, a claim, a ticket) or a session, at least one of them; the
 * {@link Grain} of an {@link EventLog} says which one groups events into journeys. Where: exactly
 * one step. When: an instant (a time zone is a question for whoever reports it). Channel, initiator
 * and outcome are optional; attributes are any other named text, kept sorted by name.
 *
 * <p>Instances are immutable and compare by value. Customer, case and session ids and attribute
 * values are personal data: {@link #toString()} shows the step, the time and the channel only.
 *
 * @since 0.1
 */
public final class JourneyEvent {
  private final @Nullable String customer;
  private final @Nullable String caseId;
  private final @Nullable String session;
  private final Step step;
  private final Instant time;
  private final @Nullable Channel channel;
  private final @Nullable Initiator initiator;
  private final @Nullable Outcome outcome;
  private final ImmutableSortedMap<String, String> attributes;

  private JourneyEvent(Builder b) {
    this.customer = optionalText(b.customer, "customer");
    this.caseId = optionalText(b.caseId, "caseId");
    this.session = optionalText(b.session, "session");
    checkArgument(
        customer != null || caseId != null || session != null,
        "an event needs a customer, a case or a session");
    this.step = requireNonNull(b.step, "step (a touchpoint or an ad hoc label)");
    this.time = requireNonNull(b.time, "time");
    this.channel = b.channel;
    this.initiator = b.initiator;
    this.outcome = b.outcome;
    this.attributes = ImmutableSortedMap.copyOf(b.attributes);
  }

  private static @Nullable String optionalText(@Nullable String value, String name) {
    checkArgument(value == null || !value.isBlank(), "%s must not be blank when present", name);
    return value;
  }

  /**
   * Returns a customer's event at a designed touchpoint, without channel, initiator or outcome.
   *
   * @param customer who; not blank
   * @param touchpoint the touchpoint's id slug
   * @param time when
   * @return the event
   * @throws IllegalArgumentException if the customer is blank or the touchpoint is not a valid id
   * @since 0.1
   */
  public static JourneyEvent of(String customer, String touchpoint, Instant time) {
    requireNonNull(customer, "customer");
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(time, "time");
    return builder().customer(customer).touchpoint(touchpoint).time(time).build();
  }

  /**
   * Returns a customer's event at a designed touchpoint on a channel, with an outcome: the common
   * case for conformance and channel-switch analyses.
   *
   * @param customer who; not blank
   * @param touchpoint the touchpoint's id slug
   * @param time when
   * @param channel on which channel
   * @param outcome how it ended
   * @return the event
   * @throws IllegalArgumentException if the customer is blank or the touchpoint is not a valid id
   * @since 0.1
   */
  public static JourneyEvent of(
      String customer, String touchpoint, Instant time, Channel channel, Outcome outcome) {
    requireNonNull(customer, "customer");
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(time, "time");
    requireNonNull(channel, "channel");
    requireNonNull(outcome, "outcome");
    return builder()
        .customer(customer)
        .touchpoint(touchpoint)
        .time(time)
        .channel(channel)
        .outcome(outcome)
        .build();
  }

  /**
   * Starts an event; set at least one of customer, case and session, a step and a time.
   *
   * @return a builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this event's values.
   *
   * @return a builder
   * @since 0.1
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.customer = customer;
    b.caseId = caseId;
    b.session = session;
    b.step = step;
    b.time = time;
    b.channel = channel;
    b.initiator = initiator;
    b.outcome = outcome;
    b.attributes.putAll(attributes);
    return b;
  }

  /**
   * Returns who the event happened to.
   *
   * @return the customer's id, if known
   * @since 0.1
   */
  public Optional<String> customer() {
    return Optional.ofNullable(customer);
  }

  /**
   * Returns the case the event belongs to: an order, a claim, a ticket.
   *
   * @return the case id, if known
   * @since 0.1
   */
  public Optional<String> caseId() {
    return Optional.ofNullable(caseId);
  }

  /**
   * Returns the session the event belongs to, as the source system named it.
   *
   * @return the session id, if known
   * @since 0.1
   */
  public Optional<String> session() {
    return Optional.ofNullable(session);
  }

  /**
   * Returns where the event happened.
   *
   * @return the step: a designed touchpoint or an ad hoc label
   * @since 0.1
   */
  public Step step() {
    return step;
  }

  /**
   * Returns the designed touchpoint the event happened at.
   *
   * @return the touchpoint's id, or empty for an ad hoc step
   * @since 0.1
   */
  public Optional<TouchpointId> touchpoint() {
    return step.touchpoint();
  }

  /**
   * Returns when the event happened.
   *
   * @return the instant
   * @since 0.1
   */
  public Instant time() {
    return time;
  }

  /**
   * Returns the channel the event happened on (which may differ from the designed one).
   *
   * @return the channel, if known
   * @since 0.1
   */
  public Optional<Channel> channel() {
    return Optional.ofNullable(channel);
  }

  /**
   * Returns who started the event.
   *
   * @return the initiator, if known
   * @since 0.1
   */
  public Optional<Initiator> initiator() {
    return Optional.ofNullable(initiator);
  }

  /**
   * Returns how the event ended.
   *
   * @return the outcome, if known
   * @since 0.1
   */
  public Optional<Outcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns whether the event's outcome is {@link Outcome#FAILED}.
   *
   * @return true for a failed event
   * @since 0.1
   */
  public boolean failed() {
    return outcome == Outcome.FAILED;
  }

  /**
   * Returns any other named values of the event.
   *
   * @return the attributes, sorted by name
   * @since 0.1
   */
  public ImmutableSortedMap<String, String> attributes() {
    return attributes;
  }

  /**
   * Returns this event with a channel.
   *
   * @param newChannel the channel
   * @return the changed event
   * @since 0.1
   */
  public JourneyEvent withChannel(Channel newChannel) {
    return toBuilder().channel(requireNonNull(newChannel, "newChannel")).build();
  }

  /**
   * Returns this event with an outcome.
   *
   * @param newOutcome the outcome
   * @return the changed event
   * @since 0.1
   */
  public JourneyEvent withOutcome(Outcome newOutcome) {
    return toBuilder().outcome(requireNonNull(newOutcome, "newOutcome")).build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JourneyEvent e
        && Objects.equals(customer, e.customer)
        && Objects.equals(caseId, e.caseId)
        && Objects.equals(session, e.session)
        && step.equals(e.step)
        && time.equals(e.time)
        && channel == e.channel
        && initiator == e.initiator
        && outcome == e.outcome
        && attributes.equals(e.attributes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        customer, caseId, session, step, time, channel, initiator, outcome, attributes);
  }

  /**
   * Returns a one-line summary such as {@code JourneyEvent[support-chat 2026-11-04T17:09:00Z CHAT
   * FAILED, 1 attribute]}; no customer, case or session id and no attribute value.
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("JourneyEvent[").append(step).append(' ').append(time);
    if (channel != null) {
      s.append(' ').append(channel);
    }
    if (initiator != null) {
      s.append(" by ").append(initiator);
    }
    if (outcome != null) {
      s.append(' ').append(outcome);
    }
    if (!attributes.isEmpty()) {
      s.append(", ")
          .append(attributes.size())
          .append(attributes.size() == 1 ? " attribute" : " attributes");
    }
    return s.append(']').toString();
  }

  /**
   * Collects the values of a {@link JourneyEvent}; {@link #build()} validates them.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable String customer;
    private @Nullable String caseId;
    private @Nullable String session;
    private @Nullable Step step;
    private @Nullable Instant time;
    private @Nullable Channel channel;
    private @Nullable Initiator initiator;
    private @Nullable Outcome outcome;
    private final Map<String, String> attributes = new TreeMap<>();

    private Builder() {}

    /**
     * Sets who the event happened to.
     *
     * @param customer the customer's id; not blank
     * @return this builder
     * @since 0.1
     */
    public Builder customer(String customer) {
      this.customer = requireNonNull(customer, "customer");
      return this;
    }

    /**
     * Sets the case the event belongs to.
     *
     * @param caseId the case's id; not blank
     * @return this builder
     * @since 0.1
     */
    public Builder caseId(String caseId) {
      this.caseId = requireNonNull(caseId, "caseId");
      return this;
    }

    /**
     * Sets the session the event belongs to.
     *
     * @param session the session's id; not blank
     * @return this builder
     * @since 0.1
     */
    public Builder session(String session) {
      this.session = requireNonNull(session, "session");
      return this;
    }

    /**
     * Sets where the event happened.
     *
     * @param step a designed touchpoint or an ad hoc step
     * @return this builder
     * @since 0.1
     */
    public Builder step(Step step) {
      this.step = requireNonNull(step, "step");
      return this;
    }

    /**
     * Sets the designed touchpoint where the event happened.
     *
     * @param touchpoint the touchpoint's id slug
     * @return this builder
     * @throws IllegalArgumentException if the slug is not a valid id
     * @since 0.1
     */
    public Builder touchpoint(String touchpoint) {
      this.step = Step.of(TouchpointId.of(requireNonNull(touchpoint, "touchpoint")));
      return this;
    }

    /**
     * Sets an ad hoc step, one the design has no touchpoint for, as where the event happened.
     *
     * @param label what happened, in a few words; not blank
     * @return this builder
     * @throws IllegalArgumentException if the label is blank
     * @since 0.1
     */
    public Builder adHoc(String label) {
      this.step = Step.adHoc(requireNonNull(label, "label"));
      return this;
    }

    /**
     * Sets when the event happened.
     *
     * @param time the instant
     * @return this builder
     * @since 0.1
     */
    public Builder time(Instant time) {
      this.time = requireNonNull(time, "time");
      return this;
    }

    /**
     * Sets the channel.
     *
     * @param channel the channel
     * @return this builder
     * @since 0.1
     */
    public Builder channel(Channel channel) {
      this.channel = requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets who started the event.
     *
     * @param initiator the initiator
     * @return this builder
     * @since 0.1
     */
    public Builder initiator(Initiator initiator) {
      this.initiator = requireNonNull(initiator, "initiator");
      return this;
    }

    /**
     * Sets how the event ended.
     *
     * @param outcome the outcome
     * @return this builder
     * @since 0.1
     */
    public Builder outcome(Outcome outcome) {
      this.outcome = requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Sets an attribute, replacing one of the same name.
     *
     * @param name the attribute's name; not blank
     * @param value its value
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     * @since 0.1
     */
    public Builder attribute(String name, String value) {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
      checkArgument(!name.isBlank(), "attribute name must not be blank");
      attributes.put(name, value);
      return this;
    }

    /**
     * Sets several attributes, replacing ones of the same names.
     *
     * @param values the attributes by name
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     * @since 0.1
     */
    public Builder attributes(Map<String, String> values) {
      requireNonNull(values, "values");
      values.forEach(
          (k, v) ->
              attribute(
                  requireNonNull(k, "values must not contain a null name"),
                  requireNonNull(v, "values must not contain a null value")));
      return this;
    }

    /**
     * Builds the event.
     *
     * @return the event
     * @throws NullPointerException if the step or the time is not set
     * @throws IllegalArgumentException if none of customer, case and session is set, or one is
     *     blank
     * @since 0.1
     */
    public JourneyEvent build() {
      return new JourneyEvent(this);
    }

    @Override
    public String toString() {
      return "JourneyEvent.Builder[" + (step == null ? "no step" : step) + "]";
    }
  }
}
