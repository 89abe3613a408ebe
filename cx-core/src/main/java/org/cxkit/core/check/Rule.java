package org.cxkit.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.JourneyId;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;

/**
 * The rules {@link ModelCheck} applies, each with a stable code (hosts filter and suppress by it),
 * a severity, and the {@linkplain #parameters() named arguments} its findings carry. The codes are
 * grouped: CX1xx strategy, CX2xx personas, CX3xx journeys and stages, CX4xx touchpoints, CX5xx
 * observed journeys (run only with observed data). Codes are never reused; a retired rule keeps its
 * code.
 *
 * <p>A rule holds no text for people: its title, its advice and the sentence of each finding are
 * rendered by the cx-report module ({@code org.cxkit.report.TextReport}) from a resource bundle, in
 * the reader's language, from the code and the finding's arguments.
 */
public enum Rule {
  /** CX101: A business goal has no measurable target. */
  GOAL_WITHOUT_TARGET("CX101", Severity.MEDIUM, arg("goal", BusinessGoalId.class)),
  /** CX102: An offering's value proposition has no promise. */
  OFFERING_WITHOUT_PROMISE("CX102", Severity.MEDIUM, arg("offering", OfferingId.class)),
  /** CX103: The intended experience does not cover all four perspectives. */
  INTENT_INCOMPLETE("CX103", Severity.LOW, list("perspectives", IntentPerspective.class)),
  /** CX104: The market insights come from one kind of research only. */
  MARKET_ONE_METHOD("CX104", Severity.LOW, list("methods", InsightMethod.class)),
  /** CX105: The organisation's CX maturity is not assessed. */
  MATURITY_NOT_ASSESSED("CX105", Severity.LOW),
  /** CX106: No persona represents a segment. */
  SEGMENT_UNREPRESENTED("CX106", Severity.MEDIUM, arg("segment", SegmentId.class)),
  /** CX201: A persona has no story. */
  PERSONA_WITHOUT_STORY("CX201", Severity.MEDIUM, arg("persona", PersonaId.class)),
  /** CX202: A persona represents no segment. */
  PERSONA_WITHOUT_SEGMENT("CX202", Severity.MEDIUM, arg("persona", PersonaId.class)),
  /** CX203: A persona's profile has no goals, needs or frustrations. */
  PERSONA_THIN_PROFILE("CX203", Severity.LOW, arg("persona", PersonaId.class)),
  /** CX204: A persona has no journey. */
  PERSONA_WITHOUT_JOURNEY("CX204", Severity.LOW, arg("persona", PersonaId.class)),
  /** CX301: A journey misses the BEFORE, DURING or AFTER phase. */
  JOURNEY_MISSING_PHASE(
      "CX301", Severity.HIGH, arg("journey", JourneyId.class), list("phases", Phase.class)),
  /** CX302: A journey names no moment of truth. */
  JOURNEY_NO_MOMENT_OF_TRUTH("CX302", Severity.MEDIUM, arg("journey", JourneyId.class)),
  /** CX303: A validated or live journey was drawn without customers or frontline staff. */
  JOURNEY_MANAGEMENT_ONLY(
      "CX303", Severity.HIGH, arg("journey", JourneyId.class), arg("status", JourneyStatus.class)),
  /** CX304: A validated or live journey rests on assumptions only. */
  JOURNEY_ASSUMED(
      "CX304",
      Severity.MEDIUM,
      arg("journey", JourneyId.class),
      arg("status", JourneyStatus.class),
      list("methods", ResearchMethod.class)),
  /** CX305: A stage has no touchpoints. */
  STAGE_EMPTY("CX305", Severity.MEDIUM, arg("stage", StageId.class)),
  /** CX306: No customer can reach a touchpoint from the start. */
  TOUCHPOINT_UNREACHABLE("CX306", Severity.HIGH, arg("touchpoint", TouchpointId.class)),
  /** CX401: A touchpoint has no goals. */
  TOUCHPOINT_NO_GOALS("CX401", Severity.MEDIUM, arg("touchpoint", TouchpointId.class)),
  /** CX402: A touchpoint's goals name no feeling. */
  TOUCHPOINT_NO_FEELING("CX402", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /** CX403: A controllable touchpoint has no measure. */
  TOUCHPOINT_NO_MEASURE("CX403", Severity.MEDIUM, arg("touchpoint", TouchpointId.class)),
  /** CX404: A partner or social touchpoint has no internal owner. */
  TOUCHPOINT_NO_OWNER(
      "CX404",
      Severity.MEDIUM,
      arg("touchpoint", TouchpointId.class),
      arg("ownership", Ownership.class)),
  /** CX405: A controllable touchpoint has a frontstage but no backstage. */
  TOUCHPOINT_NO_BACKSTAGE("CX405", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /** CX406: A touchpoint has customer goals but nothing that makes it work. */
  TOUCHPOINT_NO_ENABLERS("CX406", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /** CX407: A touchpoint can fail but no exception or alternative path leaves it. */
  FAIL_POINT_WITHOUT_RECOVERY(
      "CX407",
      Severity.LOW,
      arg("touchpoint", TouchpointId.class),
      arg("failPoints", Integer.class)),
  /** CX408: A moment of truth lists no fail points. */
  MOMENT_OF_TRUTH_NO_FAIL_POINTS("CX408", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /**
   * CX501: No observed journey takes a designed move (checked with observed data, from {@value
   * ModelCheck#MIN_OBSERVED_JOURNEYS} journeys on).
   */
  MOVE_NEVER_TAKEN(
      "CX501",
      Severity.LOW,
      arg("from", TouchpointId.class),
      arg("to", TouchpointId.class),
      arg("journeys", Integer.class)),
  /** CX502: Customers often make a move the design does not have (observed data). */
  UNDESIGNED_MOVE_FREQUENT(
      "CX502",
      Severity.MEDIUM,
      arg("from", TouchpointId.class),
      arg("to", TouchpointId.class),
      arg("count", Integer.class),
      arg("journeys", Integer.class)),
  /** CX503: A moment of truth often fails (observed data). */
  MOMENT_OF_TRUTH_FAILING(
      "CX503",
      Severity.HIGH,
      arg("touchpoint", TouchpointId.class),
      arg("failing", Integer.class),
      arg("events", Integer.class));

  private final String code;
  private final Severity severity;
  private final ImmutableList<Parameter> parameters;
  private final ImmutableList<String> parameterNames;

  Rule(String code, Severity severity, Parameter... parameters) {
    this.code = code;
    this.severity = severity;
    this.parameters = ImmutableList.copyOf(parameters);
    this.parameterNames =
        this.parameters.stream().map(Parameter::name).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the stable code, such as {@code CX301}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * Returns how much a finding of this rule matters.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the names of the arguments every finding of this rule carries, in order: for example
   * {@code [touchpoint]} for {@link #TOUCHPOINT_NO_MEASURE}, {@code [journey, phases]} for {@link
   * #JOURNEY_MISSING_PHASE}. An argument is an id (such as a {@link TouchpointId}), an enum
   * constant, an {@link Integer}, or an immutable list of enum constants.
   *
   * @return the parameter names, possibly none
   * @since 0.1
   */
  public ImmutableList<String> parameters() {
    return parameterNames;
  }

  /**
   * Returns the rule with this code.
   *
   * @param code a code such as {@code CX301}
   * @return the rule, or empty if no rule has that code
   */
  public static Optional<Rule> byCode(String code) {
    requireNonNull(code, "code");
    for (Rule r : values()) {
      if (r.code.equals(code)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  ImmutableList<Parameter> declaredParameters() {
    return parameters;
  }

  private static Parameter arg(String name, Class<?> type) {
    return new Parameter(name, type, false);
  }

  private static Parameter list(String name, Class<? extends Enum<?>> elementType) {
    return new Parameter(name, elementType, true);
  }

  /** A named argument of a rule's findings: one value of a type, or a list of enum constants. */
  @com.google.errorprone.annotations.Immutable
  record Parameter(String name, Class<?> type, boolean isList) {}
}
