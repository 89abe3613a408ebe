package org.cxkit.core.journey;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.internal.Args;

/**
 * Where a journey's knowledge comes from: the research methods used, who took part (counted by
 * role), and when it was last validated. A journey drawn by managers alone, from assumptions, is a
 * hypothesis; {@link ModelCheck} says so.
 *
 * <pre>{@code
 * Provenance p = Provenance.of(ResearchMethod.WORKSHOP, ResearchMethod.CUSTOMER_INTERVIEW)
 *     .withParticipants(ParticipantRole.CUSTOMER, 6)
 *     .withParticipants(ParticipantRole.FRONTLINE, 2)
 *     .withValidatedOn(LocalDate.of(2026, 10, 1));
 * }</pre>
 *
 * @param methods the research methods used
 * @param participants how many people of each role took part; no zero counts
 * @param validatedOn when the journey was last validated, if ever
 */
public record Provenance(
    ImmutableSet<ResearchMethod> methods,
    ImmutableSortedMap<ParticipantRole, Integer> participants,
    Optional<LocalDate> validatedOn) {
  /** Nothing recorded: no method, no participant, never validated. */
  public static final Provenance NONE =
      new Provenance(ImmutableSet.of(), ImmutableSortedMap.of(), Optional.empty());

  /**
   * Validates and copies the components.
   *
   * @param methods the research methods used
   * @param participants how many people of each role took part; no zero counts
   * @param validatedOn when the journey was last validated, if ever
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if a count is not positive
   */
  public Provenance {
    methods = Args.enums(methods, "methods");
    requireNonNull(participants, "participants");
    for (Map.Entry<ParticipantRole, Integer> e : participants.entrySet()) {
      requireNonNull(e.getKey(), "participants key");
      requireNonNull(e.getValue(), "participants value");
      checkArgument(
          e.getValue() > 0, "participants[%s] must be positive, got %s", e.getKey(), e.getValue());
    }
    participants = ImmutableSortedMap.copyOf(participants);
    requireNonNull(validatedOn, "validatedOn");
  }

  /**
   * Returns a provenance with these methods and nothing else.
   *
   * @param methods the methods used
   * @return the provenance
   */
  public static Provenance of(ResearchMethod... methods) {
    requireNonNull(methods, "methods");
    return new Provenance(
        Args.enums(Arrays.asList(methods), "methods"), ImmutableSortedMap.of(), Optional.empty());
  }

  /**
   * Returns this provenance with {@code count} participants of {@code role} (replacing an earlier
   * count; 0 removes the role).
   *
   * @param role the role
   * @param count how many took part; 0 or more
   * @return the new provenance
   */
  public Provenance withParticipants(ParticipantRole role, int count) {
    requireNonNull(role, "role");
    checkArgument(count >= 0, "count must not be negative, got %s", count);
    Map<ParticipantRole, Integer> m = Maps.newEnumMap(ParticipantRole.class);
    m.putAll(participants);
    if (count == 0) {
      m.remove(role);
    } else {
      m.put(role, count);
    }
    return new Provenance(methods, ImmutableSortedMap.copyOf(m), validatedOn);
  }

  /**
   * Returns this provenance validated on {@code date}.
   *
   * @param date when it was validated
   * @return the new provenance
   */
  public Provenance withValidatedOn(LocalDate date) {
    return new Provenance(methods, participants, Optional.of(requireNonNull(date, "date")));
  }

  /**
   * Returns how many people of {@code role} took part.
   *
   * @param role the role
   * @return the count; 0 if none
   */
  public int participants(ParticipantRole role) {
    return participants.getOrDefault(requireNonNull(role, "role"), 0);
  }

  /**
   * Returns whether customers or frontline staff took part: whether the journey was drawn with
   * people who live it, not by management alone.
   *
   * @return true if at least one customer or frontline participant is recorded
   */
  public boolean involvesCustomersOrFrontline() {
    return participants(ParticipantRole.CUSTOMER) > 0
        || participants(ParticipantRole.FRONTLINE) > 0;
  }

  @Override
  public String toString() {
    return "Provenance[methods="
        + methods
        + ", participants="
        + participants
        + validatedOn.map(d -> ", validated " + d).orElse(", not validated")
        + "]";
  }
}
