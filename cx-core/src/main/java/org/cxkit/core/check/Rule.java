package org.cxkit.core.check;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The rules {@link ModelCheck} applies, each with a stable code (hosts filter and suppress by it),
 * a severity, a title and advice drawn from customer-experience practice. The codes are grouped:
 * CX1xx strategy, CX2xx personas, CX3xx journeys and stages, CX4xx touchpoints. Codes are never
 * reused; a retired rule keeps its code.
 */
public enum Rule {
  /** CX101: A business goal has no measurable target. */
  GOAL_WITHOUT_TARGET(
      "CX101",
      Severity.MEDIUM,
      "A business goal has no measurable target",
      "Give the goal a number and a unit (\"NPS 40\", \"+30 % members\") so the design can be judged against it."),
  /** CX102: An offering's value proposition has no promise. */
  OFFERING_WITHOUT_PROMISE(
      "CX102",
      Severity.MEDIUM,
      "An offering's value proposition has no promise",
      "Write the promise in one sentence; every touchpoint should keep it."),
  /** CX103: The intended experience does not cover all four perspectives. */
  INTENT_INCOMPLETE(
      "CX103",
      Severity.LOW,
      "The intended experience does not cover all four perspectives",
      "State how the experience supports the customer's self-image, surprises, is remembered and makes them want more."),
  /** CX104: The market insights come from one kind of research only. */
  MARKET_ONE_METHOD(
      "CX104",
      Severity.LOW,
      "The market insights come from one kind of research only",
      "Combine qualitative insight (why) with quantitative insight (how many)."),
  /** CX105: The organisation's CX maturity is not assessed. */
  MATURITY_NOT_ASSESSED(
      "CX105",
      Severity.LOW,
      "The organisation's CX maturity is not assessed",
      "Assess it (random, expected, managed) with evidence, and again after each improvement cycle."),
  /** CX106: No persona represents a segment. */
  SEGMENT_UNREPRESENTED(
      "CX106",
      Severity.MEDIUM,
      "No persona represents a segment",
      "Add a persona for the segment, or drop the segment from the strategy."),
  /** CX201: A persona has no story. */
  PERSONA_WITHOUT_STORY(
      "CX201",
      Severity.MEDIUM,
      "A persona has no story",
      "Write the persona's story from research so the team can empathise with them."),
  /** CX202: A persona represents no segment. */
  PERSONA_WITHOUT_SEGMENT(
      "CX202",
      Severity.MEDIUM,
      "A persona represents no segment",
      "Link the persona to the segment it stands for."),
  /** CX203: A persona's profile has no goals, needs or frustrations. */
  PERSONA_THIN_PROFILE(
      "CX203",
      Severity.LOW,
      "A persona's profile has no goals, needs or frustrations",
      "Fill the profile from interviews: what they want, need and dislike."),
  /** CX204: A persona has no journey. */
  PERSONA_WITHOUT_JOURNEY(
      "CX204",
      Severity.LOW,
      "A persona has no journey",
      "Map the persona's journey, or remove the persona."),
  /** CX301: A journey misses the BEFORE, DURING or AFTER phase. */
  JOURNEY_MISSING_PHASE(
      "CX301",
      Severity.HIGH,
      "A journey misses the BEFORE, DURING or AFTER phase",
      "Design what happens before, during and after the service: experiences start before and end after the service itself."),
  /** CX302: A journey names no moment of truth. */
  JOURNEY_NO_MOMENT_OF_TRUTH(
      "CX302",
      Severity.MEDIUM,
      "A journey names no moment of truth",
      "Mark the touchpoints that make or break the experience, and design and measure them first."),
  /** CX303: A validated or live journey was drawn without customers or frontline staff. */
  JOURNEY_MANAGEMENT_ONLY(
      "CX303",
      Severity.HIGH,
      "A validated or live journey was drawn without customers or frontline staff",
      "Validate the journey with customers and frontline staff; a journey drawn by management alone is a hypothesis."),
  /** CX304: A validated or live journey rests on assumptions only. */
  JOURNEY_ASSUMED(
      "CX304",
      Severity.MEDIUM,
      "A validated or live journey rests on assumptions only",
      "Back it with research: interviews, observation, diaries, surveys or event logs."),
  /** CX305: A stage has no touchpoints. */
  STAGE_EMPTY(
      "CX305",
      Severity.MEDIUM,
      "A stage has no touchpoints",
      "Add the touchpoints where the customer meets the organisation in this stage, or remove the stage."),
  /** CX306: No customer can reach a touchpoint from the start. */
  TOUCHPOINT_UNREACHABLE(
      "CX306",
      Severity.HIGH,
      "No customer can reach a touchpoint from the start",
      "Put it on the main path or add a transition that leads to it."),
  /** CX401: A touchpoint has no goals. */
  TOUCHPOINT_NO_GOALS(
      "CX401",
      Severity.MEDIUM,
      "A touchpoint has no goals",
      "Say what the customer should do, think and feel there."),
  /** CX402: A touchpoint's goals name no feeling. */
  TOUCHPOINT_NO_FEELING(
      "CX402",
      Severity.LOW,
      "A touchpoint's goals name no feeling",
      "Add what the customer should feel; feelings are what they remember."),
  /** CX403: A controllable touchpoint has no measure. */
  TOUCHPOINT_NO_MEASURE(
      "CX403",
      Severity.MEDIUM,
      "A controllable touchpoint has no measure",
      "Give it a measure and a target so its weakness would show."),
  /** CX404: A partner or social touchpoint has no internal owner. */
  TOUCHPOINT_NO_OWNER(
      "CX404",
      Severity.MEDIUM,
      "A partner or social touchpoint has no internal owner",
      "Name who inside the organisation watches and influences it."),
  /** CX405: A controllable touchpoint has a frontstage but no backstage. */
  TOUCHPOINT_NO_BACKSTAGE(
      "CX405",
      Severity.LOW,
      "A controllable touchpoint has a frontstage but no backstage",
      "Describe the hidden actions, processes, systems and roles that make the frontstage work."),
  /** CX406: A touchpoint has customer goals but nothing that makes it work. */
  TOUCHPOINT_NO_ENABLERS(
      "CX406",
      Severity.LOW,
      "A touchpoint has customer goals but nothing that makes it work",
      "Say what of the place, the processes and the communication makes the goals happen."),
  /** CX407: A touchpoint can fail but no exception or alternative path leaves it. */
  FAIL_POINT_WITHOUT_RECOVERY(
      "CX407",
      Severity.LOW,
      "A touchpoint can fail but no exception or alternative path leaves it",
      "Design the recovery: an EXCEPTION or ALTERNATIVE transition (another channel, a call back)."),
  /** CX408: A moment of truth lists no fail points. */
  MOMENT_OF_TRUTH_NO_FAIL_POINTS(
      "CX408",
      Severity.LOW,
      "A moment of truth lists no fail points",
      "Ask frontline staff how it goes wrong; a moment of truth without known fail points is untested.");

  private final String code;
  private final Severity severity;
  private final String title;
  private final String advice;

  Rule(String code, Severity severity, String title, String advice) {
    this.code = code;
    this.severity = severity;
    this.title = title;
    this.advice = advice;
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
   * Returns what the rule finds, in one line.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns what to do about a finding, in one or two sentences.
   *
   * @return the advice
   */
  public String advice() {
    return advice;
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
}
