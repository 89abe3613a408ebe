package org.cxkit.core.management;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.Arrays;
import java.util.Optional;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;

/**
 * The employee experience behind one frontline touchpoint: the roles that deliver it, what enables
 * them (tools, training, authority to solve), what they say about it, and the EX measure with its
 * target. Without a good employee experience there is rarely a good customer experience; the
 * EX-beside-CX scorecard sets this measure next to the touchpoint's CX measures.
 *
 * <pre>{@code
 * EmployeeExperience.of(TouchpointId.of("phone-advice"), "Permit advisor")
 *     .withEnablers(Enabler.TOOLS, Enabler.TRAINING)
 *     .withFeedback("We cannot see the application's attachments during the call")
 *     .withMeasure(MetricTarget.mean("ex-enablement", 4.0));
 * }</pre>
 *
 * @param touchpoint the touchpoint the employees deliver
 * @param roles the roles that deliver it; at least one, not blank
 * @param enablers what they have
 * @param feedback what frontline staff say about it
 * @param measure the EX measure and its target, if measured
 * @since 0.1
 */
public record EmployeeExperience(
    TouchpointId touchpoint,
    ImmutableList<String> roles,
    ImmutableSet<Enabler> enablers,
    ImmutableList<String> feedback,
    Optional<MetricTarget> measure) {
  /**
   * Validates and copies the components.
   *
   * @param touchpoint the touchpoint
   * @param roles the roles; at least one
   * @param enablers what they have
   * @param feedback what they say
   * @param measure the EX measure and target
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if there is no role or a text is blank
   */
  public EmployeeExperience {
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(roles, "roles");
    requireNonNull(enablers, "enablers");
    requireNonNull(feedback, "feedback");
    requireNonNull(measure, "measure");
    roles = Args.texts(roles, "roles");
    com.google.common.base.Preconditions.checkArgument(
        !roles.isEmpty(), "roles must name at least one role that delivers the touchpoint");
    enablers = Args.enums(enablers, "enablers");
    feedback = Args.texts(feedback, "feedback");
    requireNonNull(measure, "measure");
  }

  /**
   * Returns the roles delivering a touchpoint, with no enablers, feedback or measure recorded.
   *
   * @param touchpoint the touchpoint
   * @param role the first role
   * @param moreRoles more roles
   * @return the record
   * @since 0.1
   */
  public static EmployeeExperience of(TouchpointId touchpoint, String role, String... moreRoles) {
    requireNonNull(role, "role");
    requireNonNull(moreRoles, "moreRoles");
    return new EmployeeExperience(
        touchpoint,
        ImmutableList.<String>builder().add(role).add(moreRoles).build(),
        ImmutableSet.of(),
        ImmutableList.of(),
        Optional.empty());
  }

  /**
   * Returns this record with these enablers.
   *
   * @param newEnablers what the employees have
   * @return the changed record
   * @since 0.1
   */
  public EmployeeExperience withEnablers(Enabler... newEnablers) {
    requireNonNull(newEnablers, "newEnablers");
    return new EmployeeExperience(
        touchpoint,
        roles,
        Args.enums(Arrays.asList(newEnablers), "newEnablers"),
        feedback,
        measure);
  }

  /**
   * Returns this record with one more piece of frontline feedback.
   *
   * @param text what they say
   * @return the changed record
   * @since 0.1
   */
  public EmployeeExperience withFeedback(String text) {
    requireNonNull(text, "text");
    return new EmployeeExperience(
        touchpoint,
        roles,
        enablers,
        ImmutableList.<String>builder().addAll(feedback).add(text).build(),
        measure);
  }

  /**
   * Returns this record with an EX measure and target.
   *
   * @param target the measure and threshold
   * @return the changed record
   * @since 0.1
   */
  public EmployeeExperience withMeasure(MetricTarget target) {
    return new EmployeeExperience(
        touchpoint, roles, enablers, feedback, Optional.of(requireNonNull(target, "target")));
  }

  /**
   * Returns whether the employees have every enabler: tools, training and authority.
   *
   * @return true if fully enabled
   * @since 0.1
   */
  public boolean fullyEnabled() {
    return enablers.size() == Enabler.values().length;
  }

  @Override
  public String toString() {
    return "EmployeeExperience["
        + touchpoint
        + ": "
        + roles.size()
        + (roles.size() == 1 ? " role, " : " roles, ")
        + "enablers "
        + enablers
        + measure.map(m -> ", " + m).orElse("")
        + "]";
  }
}
