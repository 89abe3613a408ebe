package org.cxkit.core.management;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;

/**
 * Work meant to improve the experience: who owns it, where it stands, the measure and target it
 * should move, when it is due, which touchpoints it changes and which opportunity it takes up. An
 * initiative without an owner or a target is legal but unwise: the check reports it.
 *
 * <pre>{@code
 * Initiative.of("Document checklist in the e-service", InitiativeStatus.IN_PROGRESS)
 *     .withOwner("Permit services lead")
 *     .withTarget(MetricTarget.mean("csat", 4.2))
 *     .withDue(LocalDate.of(2026, 6, 30))
 *     .withTouchpoints(TouchpointId.of("submit-application"))
 *     .withOpportunity("checklist-first");
 * }</pre>
 *
 * @param name what is done; not blank
 * @param status where it stands
 * @param owner who answers for it, if anyone
 * @param target the measure and threshold it should reach, if set
 * @param due when it is due, if set
 * @param touchpoints the touchpoints it changes
 * @param opportunity the name of the {@link Opportunity} it takes up, if any
 * @since 0.1
 */
public record Initiative(
    String name,
    InitiativeStatus status,
    Optional<String> owner,
    Optional<MetricTarget> target,
    Optional<LocalDate> due,
    ImmutableSortedSet<TouchpointId> touchpoints,
    Optional<String> opportunity) {
  /**
   * Validates and copies the components.
   *
   * @param name what is done
   * @param status where it stands
   * @param owner who answers for it
   * @param target the measure and threshold it should reach
   * @param due when it is due
   * @param touchpoints the touchpoints it changes
   * @param opportunity the opportunity it takes up
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Initiative {
    Args.text(name, "name");
    requireNonNull(status, "status");
    Args.optionalText(owner, "owner");
    requireNonNull(target, "target");
    requireNonNull(due, "due");
    touchpoints = ImmutableSortedSet.copyOf(Args.list(touchpoints, "touchpoints"));
    Args.optionalText(opportunity, "opportunity");
  }

  /**
   * Returns an initiative with nothing but a name and a status.
   *
   * @param name what is done
   * @param status where it stands
   * @return the initiative
   * @since 0.1
   */
  public static Initiative of(String name, InitiativeStatus status) {
    return new Initiative(
        name,
        status,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ImmutableSortedSet.of(),
        Optional.empty());
  }

  /**
   * Returns this initiative with an owner.
   *
   * @param newOwner who answers for it
   * @return the changed initiative
   * @since 0.1
   */
  public Initiative withOwner(String newOwner) {
    return new Initiative(
        name,
        status,
        Optional.of(requireNonNull(newOwner, "newOwner")),
        target,
        due,
        touchpoints,
        opportunity);
  }

  /**
   * Returns this initiative with a target.
   *
   * @param newTarget the measure and threshold it should reach
   * @return the changed initiative
   * @since 0.1
   */
  public Initiative withTarget(MetricTarget newTarget) {
    return new Initiative(
        name,
        status,
        owner,
        Optional.of(requireNonNull(newTarget, "newTarget")),
        due,
        touchpoints,
        opportunity);
  }

  /**
   * Returns this initiative with a due date.
   *
   * @param newDue when it is due
   * @return the changed initiative
   * @since 0.1
   */
  public Initiative withDue(LocalDate newDue) {
    return new Initiative(
        name,
        status,
        owner,
        target,
        Optional.of(requireNonNull(newDue, "newDue")),
        touchpoints,
        opportunity);
  }

  /**
   * Returns this initiative changing these touchpoints.
   *
   * @param newTouchpoints the touchpoints
   * @return the changed initiative
   * @since 0.1
   */
  public Initiative withTouchpoints(TouchpointId... newTouchpoints) {
    requireNonNull(newTouchpoints, "newTouchpoints");
    return new Initiative(
        name,
        status,
        owner,
        target,
        due,
        ImmutableSortedSet.copyOf(Args.list(Arrays.asList(newTouchpoints), "newTouchpoints")),
        opportunity);
  }

  /**
   * Returns this initiative with another status.
   *
   * @param newStatus where it stands
   * @return the changed initiative
   * @since 0.1
   */
  public Initiative withStatus(InitiativeStatus newStatus) {
    return new Initiative(
        name, requireNonNull(newStatus, "newStatus"), owner, target, due, touchpoints, opportunity);
  }

  /**
   * Returns this initiative taking up an opportunity.
   *
   * @param opportunityName the opportunity's name
   * @return the changed initiative
   * @since 0.1
   */
  public Initiative withOpportunity(String opportunityName) {
    return new Initiative(
        name,
        status,
        owner,
        target,
        due,
        touchpoints,
        Optional.of(requireNonNull(opportunityName, "opportunityName")));
  }

  @Override
  public String toString() {
    return "Initiative["
        + name
        + ", "
        + status
        + owner.map(o -> ", owner " + o).orElse(", no owner")
        + target.map(t -> ", target " + t).orElse(", no target")
        + due.map(d -> ", due " + d).orElse("")
        + "]";
  }
}
