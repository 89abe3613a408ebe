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
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.MaturityLevel;

/**
 * The rules {@link ModelCheck} applies, each with a stable code (hosts filter and suppress by it),
 * a severity, and the {@linkplain #parameters() named arguments} its findings carry. The codes are
 * grouped: CX1xx strategy, CX2xx personas, CX3xx journeys and stages, CX4xx touchpoints, CX5xx
 * observed journeys (run only with observed data), CX6xx the management cycle. Codes are never
 * reused; a retired rule keeps its code.
 *
 * <p>A rule holds no text for people: its title, its advice and the sentence of each finding are
 * rendered by the cx-report module ({@code org.cxkit.report.TextReport}) from a resource bundle, in
 * the reader's language, from the code and the finding's arguments.
 */
public enum Rule {
  /**
   * CX101: A business goal has no measurable target. Fires for each such goal; quiet on a model
   * without any strategy, as every strategy rule is (a blueprint-only model is legal).
   */
  GOAL_WITHOUT_TARGET("CX101", Severity.MEDIUM, arg("goal", BusinessGoalId.class)),
  /**
   * CX102: An offering's value proposition has no promise. Fires for each such offering; quiet
   * without a strategy.
   */
  OFFERING_WITHOUT_PROMISE("CX102", Severity.MEDIUM, arg("offering", OfferingId.class)),
  /**
   * CX103: The intended experience does not cover all four perspectives. Fires when a model has a
   * strategy whose intent misses a perspective; quiet on a model without any strategy.
   */
  INTENT_INCOMPLETE("CX103", Severity.LOW, list("perspectives", IntentPerspective.class)),
  /**
   * CX104: The market insights come from one kind of research only (or there are none). Fires when
   * a model has a strategy whose insights do not use every kind; quiet without a strategy.
   */
  MARKET_ONE_METHOD("CX104", Severity.LOW, list("methods", InsightMethod.class)),
  /**
   * CX105: The organisation's CX maturity is not assessed. Fires when a model has a strategy
   * without a maturity assessment; quiet on a model without any strategy.
   */
  MATURITY_NOT_ASSESSED("CX105", Severity.LOW),
  /**
   * CX106: No persona represents a segment. Fires for each segment of the strategy that no persona
   * names; quiet when the strategy has no segments.
   */
  SEGMENT_UNREPRESENTED("CX106", Severity.MEDIUM, arg("segment", SegmentId.class)),
  /**
   * CX107: The declared maturity is above what the model's evidence supports ({@link
   * org.cxkit.core.management.MaturityEvidence}). Fires once when the strategy declares a level
   * above the supported one; quiet when maturity is not assessed (CX105 says so) and on a model
   * that records no management (the evidence of a working cycle cannot be read from it).
   *
   * @since 0.1
   */
  MATURITY_ABOVE_EVIDENCE(
      "CX107",
      Severity.MEDIUM,
      arg("declared", MaturityLevel.class),
      arg("supported", MaturityLevel.class)),
  /**
   * CX201: A persona has no story. Fires for a persona with a segment or a profile but no story;
   * quiet on a bare persona (a name only, as a blueprint names its customer).
   */
  PERSONA_WITHOUT_STORY("CX201", Severity.MEDIUM, arg("persona", PersonaId.class)),
  /**
   * CX202: A persona represents no segment. Fires when the strategy has segments and a persona that
   * is more than a name names none; quiet when there are no segments to name, and on a bare
   * persona.
   */
  PERSONA_WITHOUT_SEGMENT("CX202", Severity.MEDIUM, arg("persona", PersonaId.class)),
  /**
   * CX203: A persona's profile has no goals, needs or frustrations. Fires for a persona with a
   * segment, a story or preferred channels but none of those; quiet on a bare persona.
   */
  PERSONA_THIN_PROFILE("CX203", Severity.LOW, arg("persona", PersonaId.class)),
  /**
   * CX204: A persona has no journey. Fires for every persona no journey belongs to, bare or not (it
   * is declared for nothing); quiet for a persona whose {@linkplain
   * org.cxkit.core.blueprint.PersonaCurve curve} a journey draws beside its own persona's.
   */
  PERSONA_WITHOUT_JOURNEY("CX204", Severity.LOW, arg("persona", PersonaId.class)),
  /**
   * CX301: An end-to-end journey misses the BEFORE, DURING or AFTER phase. Fires only for a journey
   * whose scope is {@link org.cxkit.core.journey.JourneyScope#END_TO_END END_TO_END}; quiet on an
   * {@link org.cxkit.core.journey.JourneyScope#EPISODE EPISODE}, whose stages need not span every
   * phase.
   */
  JOURNEY_MISSING_PHASE(
      "CX301", Severity.HIGH, arg("journey", JourneyId.class), list("phases", Phase.class)),
  /**
   * CX302: An end-to-end journey with touchpoints names no moment of truth. Quiet on a journey
   * without touchpoints, and on an {@link org.cxkit.core.journey.JourneyScope#EPISODE EPISODE} (a
   * shoeshine, a check-in), which is usually itself one moment of a longer relationship.
   */
  JOURNEY_NO_MOMENT_OF_TRUTH("CX302", Severity.MEDIUM, arg("journey", JourneyId.class)),
  /**
   * CX303: A validated or live journey was drawn without customers or frontline staff. Quiet on a
   * draft, a journey in validation and a retired one.
   */
  JOURNEY_MANAGEMENT_ONLY(
      "CX303", Severity.HIGH, arg("journey", JourneyId.class), arg("status", JourneyStatus.class)),
  /**
   * CX304: A validated or live journey rests on assumptions only (or names no method). Quiet on a
   * draft, a journey in validation and a retired one.
   */
  JOURNEY_ASSUMED(
      "CX304",
      Severity.MEDIUM,
      arg("journey", JourneyId.class),
      arg("status", JourneyStatus.class),
      list("methods", ResearchMethod.class)),
  /** CX305: A stage has no touchpoints. Fires for each empty stage, whatever the scope. */
  STAGE_EMPTY("CX305", Severity.MEDIUM, arg("stage", StageId.class)),
  /**
   * CX306: No customer can reach a touchpoint from any entry point. Fires for a touchpoint off the
   * main path that no move reaches; quiet on a touchpoint that is one of the journey's {@linkplain
   * org.cxkit.core.journey.Journey#entries() entry points} or is reached from one, a member of a
   * {@linkplain org.cxkit.core.journey.ParallelGroup parallel group} the journey starts with
   * included (each member is a way in).
   */
  TOUCHPOINT_UNREACHABLE("CX306", Severity.HIGH, arg("touchpoint", TouchpointId.class)),
  /**
   * CX307: No touchpoint of a journey has goals. Fires once for a journey none of whose designed
   * touchpoints (controllable, with the customer taking part) has goals, in place of a CX401 for
   * each of them: a blueprint drawn before goals are set gets one finding, not one per step. Quiet
   * when any designed touchpoint has goals (then CX401 names the others), and on a journey with no
   * designed touchpoint.
   *
   * @since 0.1
   */
  JOURNEY_NO_GOALS("CX307", Severity.LOW, arg("journey", JourneyId.class)),
  /**
   * CX308: No touchpoint of a journey is measured. Fires once for a journey none of whose designed
   * touchpoints has a measure or a time standard, in place of a CX403 for each of them. Quiet when
   * any designed touchpoint is measured (then CX403 names the others), and on a journey with no
   * designed touchpoint.
   *
   * @since 0.1
   */
  JOURNEY_UNMEASURED("CX308", Severity.LOW, arg("journey", JourneyId.class)),
  /**
   * CX401: A touchpoint has no goals. Fires for a designed touchpoint (controllable, with the
   * customer taking part) when other designed touchpoints of its journey have goals; quiet where
   * the organisation does not control it, where the customer takes no part (its named actors are
   * none of them end users, and no activity is above the line of visibility), and when no
   * touchpoint of the journey has goals (CX307 says so once).
   */
  TOUCHPOINT_NO_GOALS("CX401", Severity.MEDIUM, arg("touchpoint", TouchpointId.class)),
  /**
   * CX402: A touchpoint's goals name no feeling. Fires where CX401 would apply and the goals exist
   * but name no feeling; quiet where CX401 is.
   */
  TOUCHPOINT_NO_FEELING("CX402", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /**
   * CX403: A controllable touchpoint has no measure. Quiet where the organisation does not control
   * it or the customer takes no part (as for CX401), where a time standard measures it, and when no
   * touchpoint of the journey is measured (CX308 says so once).
   */
  TOUCHPOINT_NO_MEASURE("CX403", Severity.MEDIUM, arg("touchpoint", TouchpointId.class)),
  /**
   * CX404: A partner or social touchpoint has no internal owner. Quiet on touchpoints the brand or
   * the customer owns.
   */
  TOUCHPOINT_NO_OWNER(
      "CX404",
      Severity.MEDIUM,
      arg("touchpoint", TouchpointId.class),
      arg("ownership", Ownership.class)),
  /**
   * CX405: A controllable touchpoint describes a frontstage but no backstage. Quiet on a touchpoint
   * laid out in blueprint lanes ({@linkplain org.cxkit.core.journey.Touchpoint#activities()
   * activities}): there, an empty backstage is what was drawn, not an omission.
   */
  TOUCHPOINT_NO_BACKSTAGE("CX405", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /**
   * CX406: A touchpoint has customer goals but nothing that makes it work. Fires where CX401 would
   * apply and the goals exist; quiet where CX401 is.
   */
  TOUCHPOINT_NO_ENABLERS("CX406", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /**
   * CX407: A touchpoint can fail but no way out leaves it. Quiet when an {@code EXCEPTION}, an
   * {@code ALTERNATIVE} or a {@code LOOP_BACK} transition (a retry counts) leaves the touchpoint.
   */
  FAIL_POINT_WITHOUT_RECOVERY(
      "CX407",
      Severity.MEDIUM,
      arg("touchpoint", TouchpointId.class),
      arg("failPoints", Integer.class)),
  /**
   * CX408: A moment of truth lists no fail points. Quiet when a support process the touchpoint's
   * activities rely on lists fail points.
   */
  MOMENT_OF_TRUTH_NO_FAIL_POINTS("CX408", Severity.LOW, arg("touchpoint", TouchpointId.class)),
  /**
   * CX409: A frontline touchpoint has no employee-experience data. Fires for each touchpoint whose
   * initiator or receiver is a participant of type {@code FRONTLINE} and that has no {@link
   * org.cxkit.core.management.EmployeeExperience} record; quiet on a model that records no
   * management.
   *
   * @since 0.1
   */
  FRONTLINE_WITHOUT_EX("CX409", Severity.MEDIUM, arg("touchpoint", TouchpointId.class)),
  /**
   * CX501: No observed journey takes a designed move (checked with observed data, from {@link
   * ModelCheck#minObservedJourneys()} journeys on, default {@value
   * ModelCheck#MIN_OBSERVED_JOURNEYS}). Fires for a move of the main path or a designed transition
   * that no observed journey makes. Quiet on the moves into, inside and out of a {@linkplain
   * org.cxkit.core.journey.ParallelGroup parallel group} that come from the group (its touchpoints
   * are done in any order, so no single order is designed and one nobody takes is nothing to act
   * on); a designed transition that touches a member is still judged.
   */
  MOVE_NEVER_TAKEN(
      "CX501",
      Severity.LOW,
      arg("from", TouchpointId.class),
      arg("to", TouchpointId.class),
      arg("journeys", Integer.class)),
  /**
   * CX502: Customers often make a move the design does not have (observed data; "often" is {@link
   * ModelCheck#undesignedMovePercent()} of the journeys and {@link ModelCheck#minUndesignedMoves()}
   * moves).
   */
  UNDESIGNED_MOVE_FREQUENT(
      "CX502",
      Severity.MEDIUM,
      arg("from", TouchpointId.class),
      arg("to", TouchpointId.class),
      arg("count", Integer.class),
      arg("journeys", Integer.class)),
  /**
   * CX503: A moment of truth often fails (observed data; "often" is {@link
   * ModelCheck#failingPercent()} of at least {@link ModelCheck#minObservedEvents()} events).
   */
  MOMENT_OF_TRUTH_FAILING(
      "CX503",
      Severity.HIGH,
      arg("touchpoint", TouchpointId.class),
      arg("failing", Integer.class),
      arg("events", Integer.class)),
  /**
   * CX601: An initiative has no owner. Fires for each initiative that is not dropped and names no
   * owner.
   *
   * @since 0.1
   */
  INITIATIVE_WITHOUT_OWNER("CX601", Severity.MEDIUM, arg("status", InitiativeStatus.class)),
  /**
   * CX602: An initiative has no target metric: nothing says what it should move. Fires for each
   * initiative that is not dropped and has no target.
   *
   * @since 0.1
   */
  INITIATIVE_WITHOUT_TARGET("CX602", Severity.MEDIUM, arg("status", InitiativeStatus.class)),
  /**
   * CX603: A journey owner has no review in the cadence. Fires for each journey whose owner holds
   * no {@link org.cxkit.core.management.Review}.
   *
   * @since 0.1
   */
  OWNER_WITHOUT_REVIEW("CX603", Severity.MEDIUM, arg("journey", JourneyId.class));

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
