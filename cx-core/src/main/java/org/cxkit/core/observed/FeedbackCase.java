package org.cxkit.core.observed;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.jspecify.annotations.Nullable;

/**
 * One piece of customer feedback handled as a case: a complaint, a question or praise that came in
 * on a channel about a touchpoint, and how it was handled: when it was first answered and resolved,
 * how many contacts and which channels it took, what was done to recover the customer and how they
 * rated the handling afterwards. Cases are what service-recovery metrics count (first-contact
 * resolution, time to first response and to resolution, channel switches, the recovery paradox).
 *
 * <pre>{@code
 * FeedbackCase c = FeedbackCase.builder()
 *     .id("case-118").channel(Channel.FORUM).touchpoint("submit-application")
 *     .category("missing-documents").severity(CaseSeverity.HIGH)
 *     .received(Instant.parse("2026-03-02T08:10:00Z"))
 *     .firstResponse(Instant.parse("2026-03-02T09:40:00Z"))
 *     .resolved(Instant.parse("2026-03-03T11:00:00Z"))
 *     .contacts(3).alsoVia(Channel.PHONE)
 *     .action(RecoveryAction.LISTENING).action(RecoveryAction.FIX)
 *     .ratingAfterRecovery(4)
 *     .build();
 * c.resolvedAtFirstContact();   // false: three contacts
 * c.channelSwitches();          // 1: the forum, then the phone
 * }</pre>
 *
 * <p>Rules checked at construction: the first response and the resolution are not before the case
 * was received, and a resolved case has a first response no later than its resolution (the
 * resolving answer may be the first one: give the same instant); the number of contacts is at least
 * one and at least the number of channels; channels are not repeated. A case is <em>resolved at
 * first contact</em> when it is resolved after exactly one contact; this is derived, not stored, so
 * it can never contradict the contacts.
 *
 * <p>Instances are immutable and compare by value. The case id is personal data: {@link
 * #toString()} shows the channel, severity, contacts and whether the case is resolved only.
 *
 * @since 0.1
 */
public final class FeedbackCase {
  private final String id;
  private final ImmutableList<Channel> channels;
  private final @Nullable TouchpointId touchpoint;
  private final String category;
  private final CaseSeverity severity;
  private final Instant received;
  private final @Nullable Instant firstResponse;
  private final @Nullable Instant resolved;
  private final int contacts;
  private final ImmutableSet<RecoveryAction> actions;
  private final @Nullable Integer ratingAfterRecovery;

  private FeedbackCase(Builder b) {
    this.id = text(b.id, "id");
    checkArgument(!b.channels.isEmpty(), "channel must be set: where the case came in");
    this.channels = ImmutableList.copyOf(b.channels);
    checkArgument(
        ImmutableSet.copyOf(channels).size() == channels.size(),
        "channels must not repeat: list each channel the case used once, in the order first used");
    this.touchpoint = b.touchpoint;
    this.category = text(b.category, "category");
    this.severity = requireNonNull(b.severity, "severity");
    this.received = requireNonNull(b.received, "received");
    this.firstResponse = b.firstResponse;
    this.resolved = b.resolved;
    if (firstResponse != null) {
      checkArgument(!firstResponse.isBefore(received), "firstResponse is before received");
    }
    if (resolved != null) {
      checkArgument(!resolved.isBefore(received), "resolved is before received");
      checkArgument(
          firstResponse != null,
          "a resolved case needs its firstResponse (the resolving answer may be the first: give the same time)");
      checkArgument(!resolved.isBefore(firstResponse), "resolved is before firstResponse");
    }
    this.contacts = b.contacts;
    checkArgument(contacts >= 1, "contacts must be at least 1, got %s", contacts);
    checkArgument(
        contacts >= channels.size(),
        "contacts (%s) must be at least the number of channels used (%s)",
        contacts,
        channels.size());
    this.actions = Sets.immutableEnumSet(b.actions);
    this.ratingAfterRecovery = b.ratingAfterRecovery;
  }

  private static String text(@Nullable String value, String name) {
    requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  /**
   * Starts a case; set an id, a channel, a category, a severity and when it was received.
   *
   * @return a builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this case's values.
   *
   * @return a builder
   * @since 0.1
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.channels.addAll(channels);
    b.touchpoint = touchpoint;
    b.category = category;
    b.severity = severity;
    b.received = received;
    b.firstResponse = firstResponse;
    b.resolved = resolved;
    b.contacts = contacts;
    b.actions.addAll(actions);
    b.ratingAfterRecovery = ratingAfterRecovery;
    return b;
  }

  /**
   * Returns the case id (personal data: not shown by {@link #toString()}).
   *
   * @return the id
   * @since 0.1
   */
  public String id() {
    return id;
  }

  /**
   * Returns the channel the case came in on: the first of {@link #channels()}.
   *
   * @return the channel
   * @since 0.1
   */
  public Channel channel() {
    return channels.get(0);
  }

  /**
   * Returns every channel the case used, in the order first used; the first is where it came in.
   *
   * @return one or more distinct channels
   * @since 0.1
   */
  public ImmutableList<Channel> channels() {
    return channels;
  }

  /**
   * Returns how many times the case moved to a channel it had not used: the channels beyond the
   * first. A case that moves from the forum to the phone has one switch.
   *
   * @return the number of switches, zero or more
   * @since 0.1
   */
  public int channelSwitches() {
    return channels.size() - 1;
  }

  /**
   * Returns the designed touchpoint the feedback is about, if known.
   *
   * @return the touchpoint
   * @since 0.1
   */
  public Optional<TouchpointId> touchpoint() {
    return Optional.ofNullable(touchpoint);
  }

  /**
   * Returns the category, such as {@code missing-documents} or {@code billing}.
   *
   * @return the category
   * @since 0.1
   */
  public String category() {
    return category;
  }

  /**
   * Returns how bad the failure was.
   *
   * @return the severity
   * @since 0.1
   */
  public CaseSeverity severity() {
    return severity;
  }

  /**
   * Returns when the case was received.
   *
   * @return the instant
   * @since 0.1
   */
  public Instant received() {
    return received;
  }

  /**
   * Returns when the customer was first answered by a person or a process, if they were.
   *
   * @return the instant
   * @since 0.1
   */
  public Optional<Instant> firstResponse() {
    return Optional.ofNullable(firstResponse);
  }

  /**
   * Returns when the case was resolved, if it was.
   *
   * @return the instant
   * @since 0.1
   */
  public Optional<Instant> resolved() {
    return Optional.ofNullable(resolved);
  }

  /**
   * Returns the time from receipt to the first response, if answered.
   *
   * @return the duration, zero or positive
   * @since 0.1
   */
  public Optional<Duration> timeToFirstResponse() {
    return firstResponse == null
        ? Optional.empty()
        : Optional.of(Duration.between(received, firstResponse));
  }

  /**
   * Returns the time from receipt to resolution, if resolved.
   *
   * @return the duration, zero or positive
   * @since 0.1
   */
  public Optional<Duration> timeToResolution() {
    return resolved == null ? Optional.empty() : Optional.of(Duration.between(received, resolved));
  }

  /**
   * Returns whether the case is resolved.
   *
   * @return true if resolved
   * @since 0.1
   */
  public boolean isResolved() {
    return resolved != null;
  }

  /**
   * Returns the number of contacts the case took, counting the first.
   *
   * @return one or more
   * @since 0.1
   */
  public int contacts() {
    return contacts;
  }

  /**
   * Returns whether the case was resolved at the first contact: resolved after exactly one contact
   * (so also in the channel the customer chose).
   *
   * @return true if resolved at first contact
   * @since 0.1
   */
  public boolean resolvedAtFirstContact() {
    return resolved != null && contacts == 1;
  }

  /**
   * Returns what was done to recover the customer, in declaration order of {@link RecoveryAction}.
   *
   * @return the actions; empty if none was recorded
   * @since 0.1
   */
  public ImmutableSet<RecoveryAction> actions() {
    return actions;
  }

  /**
   * Returns the customer's rating of the case's handling after recovery, on whatever scale the
   * organisation asks (the analysis that reads it checks the scale), if they gave one.
   *
   * @return the rating
   * @since 0.1
   */
  public OptionalInt ratingAfterRecovery() {
    return ratingAfterRecovery == null ? OptionalInt.empty() : OptionalInt.of(ratingAfterRecovery);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FeedbackCase c
        && id.equals(c.id)
        && channels.equals(c.channels)
        && Objects.equals(touchpoint, c.touchpoint)
        && category.equals(c.category)
        && severity == c.severity
        && received.equals(c.received)
        && Objects.equals(firstResponse, c.firstResponse)
        && Objects.equals(resolved, c.resolved)
        && contacts == c.contacts
        && actions.equals(c.actions)
        && Objects.equals(ratingAfterRecovery, c.ratingAfterRecovery);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        channels,
        touchpoint,
        category,
        severity,
        received,
        firstResponse,
        resolved,
        contacts,
        actions,
        ratingAfterRecovery);
  }

  @Override
  public String toString() {
    return "FeedbackCase["
        + channels
        + ", "
        + severity
        + ", "
        + contacts
        + (contacts == 1 ? " contact, " : " contacts, ")
        + (resolved == null ? "open" : "resolved")
        + "]";
  }

  /**
   * Builds a {@link FeedbackCase}; {@link #build()} checks the rules.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable String id;
    private final List<Channel> channels = new ArrayList<>();
    private @Nullable TouchpointId touchpoint;
    private @Nullable String category;
    private @Nullable CaseSeverity severity;
    private @Nullable Instant received;
    private @Nullable Instant firstResponse;
    private @Nullable Instant resolved;
    private int contacts = 1;
    private final EnumSet<RecoveryAction> actions = EnumSet.noneOf(RecoveryAction.class);
    private @Nullable Integer ratingAfterRecovery;

    private Builder() {}

    /**
     * Sets the case id.
     *
     * @param id not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the channel the case came in on, replacing any channels set before.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      requireNonNull(channel, "channel");
      channels.clear();
      channels.add(channel);
      return this;
    }

    /**
     * Adds a channel the case moved to, after those set before.
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder alsoVia(Channel channel) {
      channels.add(requireNonNull(channel, "channel"));
      return this;
    }

    /**
     * Sets the designed touchpoint the feedback is about.
     *
     * @param touchpoint the touchpoint's id slug
     * @return this builder
     * @throws IllegalArgumentException if the slug is not a valid id
     */
    public Builder touchpoint(String touchpoint) {
      this.touchpoint = TouchpointId.of(requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /**
     * Sets the designed touchpoint the feedback is about.
     *
     * @param touchpoint the touchpoint
     * @return this builder
     */
    public Builder touchpoint(TouchpointId touchpoint) {
      this.touchpoint = requireNonNull(touchpoint, "touchpoint");
      return this;
    }

    /**
     * Sets the category.
     *
     * @param category not blank
     * @return this builder
     */
    public Builder category(String category) {
      this.category = requireNonNull(category, "category");
      return this;
    }

    /**
     * Sets the severity.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(CaseSeverity severity) {
      this.severity = requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets when the case was received.
     *
     * @param received the instant
     * @return this builder
     */
    public Builder received(Instant received) {
      this.received = requireNonNull(received, "received");
      return this;
    }

    /**
     * Sets when the customer was first answered.
     *
     * @param firstResponse the instant
     * @return this builder
     */
    public Builder firstResponse(Instant firstResponse) {
      this.firstResponse = requireNonNull(firstResponse, "firstResponse");
      return this;
    }

    /**
     * Sets when the case was resolved.
     *
     * @param resolved the instant
     * @return this builder
     */
    public Builder resolved(Instant resolved) {
      this.resolved = requireNonNull(resolved, "resolved");
      return this;
    }

    /**
     * Sets the number of contacts, counting the first (1 unless set).
     *
     * @param contacts at least 1 and at least the number of channels
     * @return this builder
     */
    public Builder contacts(int contacts) {
      this.contacts = contacts;
      return this;
    }

    /**
     * Adds a recovery action.
     *
     * @param action the action
     * @return this builder
     */
    public Builder action(RecoveryAction action) {
      actions.add(requireNonNull(action, "action"));
      return this;
    }

    /**
     * Sets the customer's rating of the handling after recovery.
     *
     * @param rating the rating on the organisation's scale
     * @return this builder
     */
    public Builder ratingAfterRecovery(int rating) {
      this.ratingAfterRecovery = rating;
      return this;
    }

    /**
     * Builds the case.
     *
     * @return the case
     * @throws NullPointerException if the id, category, severity or receipt time is missing
     * @throws IllegalArgumentException if a rule in {@link FeedbackCase}'s description is broken
     */
    public FeedbackCase build() {
      return new FeedbackCase(this);
    }
  }
}
