package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.check.Rule;
import org.cxkit.core.check.Severity;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.management.Management;
import org.cxkit.core.management.Review;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.ExperienceIntent;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.MarketAnalysis;
import org.cxkit.core.strategy.MaturityLevel;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Rule}: it fires on a minimal bad case (and only there, with its path and code), is
 * silent on a model that follows CX practice, and can be suppressed by rule and by code.
 */
class RuleTest {
  private static final String J = "journeys[first-visit]";

  /**
   * A touchpoint that breaks no rule: goals with a feeling and enablers, a measure, front and back.
   */
  static Touchpoint.Builder good(String id, Channel channel) {
    return Touchpoint.builder(id)
        .channel(channel)
        .goals(
            TouchpointGoals.builder()
                .does("Signs up")
                .feels("Welcome")
                .process("RSVP list")
                .build())
        .measure(MetricTarget.mean("csat", 4))
        .frontstage("A clear page")
        .backstage(Backstage.builder().system("Events CMS").build());
  }

  /** A model that follows every rule. */
  static CxModel clean() {
    Strategy strategy =
        Strategy.builder()
            .businessGoal(
                BusinessGoal.of("growth", "Grow the community").withTarget("+30 % members"))
            .offering(
                Offering.of("waffle-wednesday", "Waffle Wednesday", OfferingType.SERVICE)
                    .withValueProposition(
                        ValueProposition.builder().promise("Ideas, people and waffles").build()))
            .segment(Segment.of("freelancers", "Freelancers"))
            .market(
                MarketAnalysis.of(
                    List.of(Competitor.of("Coworking Co")),
                    List.of(
                        Insight.of("Freelancers feel alone", InsightMethod.QUALITATIVE),
                        Insight.of("40 % come back", InsightMethod.QUANTITATIVE))))
            .intent(
                ExperienceIntent.NONE
                    .with(IntentPerspective.SUPPORTS_SELF_IMAGE, "I am a professional among peers")
                    .with(IntentPerspective.SURPRISES, "Waffles")
                    .with(IntentPerspective.IS_REMEMBERED, "The talk")
                    .with(IntentPerspective.MAKES_THEM_WANT_MORE, "Next month's topic"))
            .maturity(
                CxMaturity.of(
                    MaturityLevel.EXPECTED, "Journey maps exist", LocalDate.of(2026, 1, 1)))
            .build();
    Persona maria =
        Persona.of("maria", "Maria")
            .withSegment("freelancers")
            .withProfile(Profile.builder().goal("Find clients").build())
            .withStory("Works alone at home.");
    Journey journey =
        Journey.builder("first-visit")
            .persona("maria")
            .offering("waffle-wednesday")
            .status(JourneyStatus.VALIDATED)
            .provenance(
                Provenance.of(ResearchMethod.CUSTOMER_INTERVIEW)
                    .withParticipants(ParticipantRole.CUSTOMER, 6))
            .stage(
                Stage.builder("discover", Phase.BEFORE).touchpoint(good("event-page", Channel.WEB)))
            .stage(
                Stage.builder("attend", Phase.DURING)
                    .touchpoint(
                        good("check-in", Channel.FACE_TO_FACE)
                            .momentOfTruth()
                            .failPoint("Queue at the door"))
                    .touchpoint(good("helpdesk", Channel.PHONE)))
            .stage(
                Stage.builder("follow-up", Phase.AFTER).touchpoint(good("survey", Channel.EMAIL)))
            .transition("check-in", "helpdesk", TransitionKind.EXCEPTION)
            .build();
    return CxModel.builder("Clean").strategy(strategy).persona(maria).journey(journey).build();
  }

  private static Journey journey(CxModel m) {
    return m.journeys().get(0);
  }

  private static CxModel withTouchpoint(
      CxModel m, String id, UnaryOperator<Touchpoint.Builder> change) {
    Journey j = journey(m);
    return m.withJourney(
        j.withTouchpoint(change.apply(j.touchpoint(id).orElseThrow().toBuilder()).build()));
  }

  private static CxModel everyTouchpoint(CxModel m, UnaryOperator<Touchpoint> change) {
    Journey j = journey(m);
    for (Touchpoint t : journey(m).touchpoints()) {
      j = j.withTouchpoint(change.apply(t));
    }
    return m.withJourney(j);
  }

  private static CxModel withStrategy(CxModel m, UnaryOperator<Strategy.Builder> change) {
    return m.withStrategy(change.apply(m.strategy().toBuilder()).build());
  }

  private static CxModel withPersonas(CxModel m, Persona... personas) {
    return CxModel.of(
        m.name(),
        m.strategy(),
        m.declaredMeasures(),
        m.operationalMeasures(),
        List.of(personas),
        m.journeys());
  }

  private static CxModel withJourney(CxModel m, UnaryOperator<Journey.Builder> change) {
    return m.withJourney(change.apply(journey(m).toBuilder()).build());
  }

  /** The clean model's journey owned and reviewed monthly. */
  private static Management.Builder cycle() {
    return Management.builder()
        .journeyOwner(JourneyId.of("first-visit"), "Community lead")
        .review(Review.every("Community lead", Period.ofMonths(1)));
  }

  /** An initiative with an owner and a target. */
  private static final Initiative KIOSK =
      Initiative.of("Check-in kiosk", InitiativeStatus.IN_PROGRESS)
          .withOwner("Community lead")
          .withTarget(MetricTarget.mean("csat", 4.5));

  /**
   * The model with owners on every touchpoint and a management record; with {@link #cycle()} and
   * {@link #KIOSK} the evidence supports MANAGED, so the clean model's declared EXPECTED is not
   * above it.
   */
  private static CxModel managed(CxModel m, Management management) {
    return everyTouchpoint(m, t -> t.toBuilder().owner("Events team").build())
        .withManagement(management);
  }

  /** The helpdesk delivered by a frontline volunteer. */
  private static CxModel frontline(CxModel m) {
    CxModel staffed =
        withJourney(m, j -> j.participant(Actor.of("volunteer"), ActorType.FRONTLINE));
    return withTouchpoint(staffed, "helpdesk", t -> t.initiator(Actor.of("volunteer")));
  }

  private static Arguments bad(
      Rule rule, String path, UnaryOperator<CxModel> breakIt, Rule... alsoFires) {
    return Arguments.of(
        rule,
        path,
        breakIt,
        EnumSet.copyOf(Stream.concat(Stream.of(rule), Arrays.stream(alsoFires)).toList()));
  }

  static Stream<Arguments> badCases() {
    Persona maria = clean().personas().get(0);
    return Stream.of(
        bad(
            Rule.MATURITY_ABOVE_EVIDENCE,
            "strategy.maturity",
            // no owners on the touchpoints: the evidence supports RANDOM, EXPECTED is declared
            m -> m.withManagement(cycle().initiative(KIOSK).build())),
        bad(
            Rule.FRONTLINE_WITHOUT_EX,
            "journeys[first-visit].stages[attend].touchpoints[helpdesk]",
            m -> managed(frontline(m), cycle().initiative(KIOSK).build())),
        bad(
            Rule.INITIATIVE_WITHOUT_OWNER,
            "management.initiatives[1].owner",
            m ->
                managed(
                    m,
                    cycle()
                        .initiative(KIOSK)
                        .initiative(
                            Initiative.of("Waffle survey", InitiativeStatus.PLANNED)
                                .withTarget(MetricTarget.npsPoints("nps", 20)))
                        .build())),
        bad(
            Rule.INITIATIVE_WITHOUT_TARGET,
            "management.initiatives[1].target",
            m ->
                managed(
                    m,
                    cycle()
                        .initiative(KIOSK)
                        .initiative(
                            Initiative.of("Waffle survey", InitiativeStatus.PLANNED)
                                .withOwner("Community lead"))
                        .build())),
        bad(
            Rule.OWNER_WITHOUT_REVIEW,
            "management.journeyOwners[first-visit]",
            m ->
                managed(
                    m,
                    Management.builder()
                        .journeyOwner(JourneyId.of("first-visit"), "Community lead")
                        .initiative(KIOSK)
                        .build())),
        bad(
            Rule.GOAL_WITHOUT_TARGET,
            "strategy.businessGoals[growth].target",
            m ->
                m.withStrategy(
                    new Strategy(
                        ImmutableList.of(BusinessGoal.of("growth", "Grow")),
                        m.strategy().offerings(),
                        m.strategy().segments(),
                        m.strategy().market(),
                        m.strategy().intent(),
                        m.strategy().maturity()))),
        bad(
            Rule.OFFERING_WITHOUT_PROMISE,
            "strategy.offerings[waffle-wednesday].valueProposition.promise",
            m ->
                m.withStrategy(
                    new Strategy(
                        m.strategy().businessGoals(),
                        ImmutableList.of(
                            Offering.of(
                                "waffle-wednesday", "Waffle Wednesday", OfferingType.SERVICE)),
                        m.strategy().segments(),
                        m.strategy().market(),
                        m.strategy().intent(),
                        m.strategy().maturity()))),
        bad(
            Rule.INTENT_INCOMPLETE,
            "strategy.intent",
            m ->
                withStrategy(
                    m,
                    s ->
                        s.intent(
                            new ExperienceIntent(
                                m.strategy()
                                    .intent()
                                    .statements()
                                    .headMap(IntentPerspective.MAKES_THEM_WANT_MORE))))),
        bad(
            Rule.MARKET_ONE_METHOD,
            "strategy.market.insights",
            m ->
                withStrategy(
                    m,
                    s ->
                        s.market(
                            MarketAnalysis.of(
                                List.of(),
                                List.of(
                                    Insight.of("They like waffles", InsightMethod.QUALITATIVE)))))),
        bad(
            Rule.MATURITY_NOT_ASSESSED,
            "strategy.maturity",
            m ->
                m.withStrategy(
                    new Strategy(
                        m.strategy().businessGoals(),
                        m.strategy().offerings(),
                        m.strategy().segments(),
                        m.strategy().market(),
                        m.strategy().intent(),
                        Optional.empty()))),
        bad(
            Rule.SEGMENT_UNREPRESENTED,
            "strategy.segments[students]",
            m -> withStrategy(m, s -> s.segment(Segment.of("students", "Students")))),
        bad(
            Rule.PERSONA_WITHOUT_STORY,
            "personas[maria].story",
            m ->
                withPersonas(
                    m,
                    new Persona(
                        maria.id(),
                        maria.name(),
                        maria.segment(),
                        maria.profile(),
                        Optional.empty()))),
        bad(
            Rule.PERSONA_WITHOUT_SEGMENT,
            "personas[maria].segment",
            m ->
                withPersonas(
                    m,
                    new Persona(
                        maria.id(),
                        maria.name(),
                        Optional.empty(),
                        maria.profile(),
                        maria.story())),
            Rule.SEGMENT_UNREPRESENTED),
        bad(
            Rule.PERSONA_THIN_PROFILE,
            "personas[maria].profile",
            m ->
                withPersonas(
                    m,
                    maria.withProfile(Profile.builder().preferredChannels(Channel.APP).build()))),
        bad(
            Rule.PERSONA_WITHOUT_JOURNEY,
            "personas[sam]",
            m ->
                withPersonas(
                    m,
                    maria,
                    Persona.of("sam", "Sam")
                        .withSegment("freelancers")
                        .withProfile(maria.profile())
                        .withStory("Sam is new in town."))),
        bad(
            Rule.JOURNEY_MISSING_PHASE,
            J + ".stages",
            m ->
                m.withJourney(
                    Journey.of(
                        journey(m).id(),
                        "x",
                        journey(m).persona(),
                        journey(m).offering(),
                        journey(m).status(),
                        journey(m).provenance(),
                        journey(m).stages().subList(0, 2),
                        journey(m).transitions()))),
        bad(
            Rule.JOURNEY_NO_MOMENT_OF_TRUTH,
            J,
            m -> withTouchpoint(m, "check-in", t -> t.momentOfTruth(false))),
        bad(
            Rule.JOURNEY_MANAGEMENT_ONLY,
            J + ".provenance.participants",
            m ->
                withJourney(
                    m,
                    j ->
                        j.status(JourneyStatus.LIVE)
                            .provenance(
                                Provenance.of(ResearchMethod.WORKSHOP)
                                    .withParticipants(ParticipantRole.MANAGER, 3)
                                    .withParticipants(ParticipantRole.DESIGNER, 1)))),
        bad(
            Rule.JOURNEY_ASSUMED,
            J + ".provenance.methods",
            m ->
                withJourney(
                    m,
                    j ->
                        j.provenance(
                            Provenance.of(ResearchMethod.ASSUMPTION)
                                .withParticipants(ParticipantRole.FRONTLINE, 2)))),
        bad(
            Rule.STAGE_EMPTY,
            J + ".stages[wrap-up]",
            m -> withJourney(m, j -> j.stage(Stage.builder("wrap-up", Phase.AFTER)))),
        bad(
            Rule.TOUCHPOINT_UNREACHABLE,
            J + ".stages[attend].touchpoints[lost]",
            m -> {
              Draft.JourneyDraft jd = Draft.JourneyDraft.of(journey(m));
              jd.stages.get(1).touchpoints.add(good("lost", Channel.CHAT).offMainPath());
              return m.withJourney(jd.builder().build());
            }),
        bad(
            Rule.JOURNEY_NO_GOALS,
            J,
            m -> everyTouchpoint(m, t -> t.withGoals(TouchpointGoals.NONE))),
        bad(Rule.JOURNEY_UNMEASURED, J, m -> everyTouchpoint(m, t -> t.withMeasures(List.of()))),
        bad(
            Rule.TOUCHPOINT_NO_GOALS,
            J + ".stages[follow-up].touchpoints[survey].goals",
            m -> withTouchpoint(m, "survey", t -> t.goals(TouchpointGoals.NONE))),
        bad(
            Rule.TOUCHPOINT_NO_FEELING,
            J + ".stages[follow-up].touchpoints[survey].goals.feels",
            m ->
                withTouchpoint(
                    m,
                    "survey",
                    t ->
                        t.goals(
                            TouchpointGoals.builder().thinks("Worth it").place("Inbox").build()))),
        bad(
            Rule.TOUCHPOINT_NO_MEASURE,
            J + ".stages[discover].touchpoints[event-page].measures",
            m ->
                m.withJourney(
                    journey(m)
                        .withTouchpoint(
                            journey(m)
                                .touchpoint("event-page")
                                .orElseThrow()
                                .withMeasures(List.of())))),
        bad(
            Rule.TOUCHPOINT_NO_OWNER,
            J + ".stages[discover].touchpoints[event-page].owner",
            m -> withTouchpoint(m, "event-page", t -> t.ownership(Ownership.SOCIAL))),
        bad(
            Rule.TOUCHPOINT_NO_BACKSTAGE,
            J + ".stages[discover].touchpoints[event-page].backstage",
            m -> withTouchpoint(m, "event-page", t -> t.backstage(Backstage.EMPTY))),
        bad(
            Rule.TOUCHPOINT_NO_ENABLERS,
            J + ".stages[discover].touchpoints[event-page].goals",
            m ->
                withTouchpoint(
                    m,
                    "event-page",
                    t -> t.goals(TouchpointGoals.builder().feels("Curious").build()))),
        bad(
            Rule.FAIL_POINT_WITHOUT_RECOVERY,
            J + ".stages[follow-up].touchpoints[survey].failPoints",
            m -> withTouchpoint(m, "survey", t -> t.failPoint("Lands in spam"))),
        bad(
            Rule.MOMENT_OF_TRUTH_NO_FAIL_POINTS,
            J + ".stages[follow-up].touchpoints[survey].failPoints",
            m -> withTouchpoint(m, "survey", Touchpoint.Builder::momentOfTruth)));
  }

  /**
   * A near miss: {@code silent} changes the clean model so that the rule must not fire, {@code
   * fires} changes it only in what the rule is about, so that it fires once. The pair shows the
   * silent case is silent for the right reason.
   */
  private static Arguments nearMiss(
      Rule rule, String why, UnaryOperator<CxModel> silent, UnaryOperator<CxModel> fires) {
    return Arguments.of(rule, why, silent, fires);
  }

  private static CxModel unmeasured(CxModel m, String id, UnaryOperator<Touchpoint.Builder> how) {
    CxModel bare =
        m.withJourney(
            journey(m)
                .withTouchpoint(journey(m).touchpoint(id).orElseThrow().withMeasures(List.of())));
    return withTouchpoint(bare, id, how);
  }

  static Stream<Arguments> silentCases() {
    String tp = "event-page";
    return Stream.of(
        nearMiss(
            Rule.MATURITY_ABOVE_EVIDENCE,
            "owners, measures, a working cycle and a co-created journey support the declared level",
            m -> managed(m, cycle().initiative(KIOSK).build()),
            m -> m.withManagement(cycle().initiative(KIOSK).build())),
        nearMiss(
            Rule.FRONTLINE_WITHOUT_EX,
            "the frontline helpdesk has an employee-experience record",
            m ->
                managed(
                    frontline(m),
                    cycle()
                        .initiative(KIOSK)
                        .employeeExperience(
                            EmployeeExperience.of(TouchpointId.of("helpdesk"), "Volunteer")
                                .withEnablers(Enabler.TOOLS))
                        .build()),
            m -> managed(frontline(m), cycle().initiative(KIOSK).build())),
        nearMiss(
            Rule.INITIATIVE_WITHOUT_OWNER,
            "a dropped initiative needs no owner",
            m ->
                managed(
                    m,
                    cycle()
                        .initiative(KIOSK)
                        .initiative(Initiative.of("Idea", InitiativeStatus.DROPPED))
                        .build()),
            m ->
                managed(
                    m,
                    cycle()
                        .initiative(KIOSK)
                        .initiative(
                            Initiative.of("Idea", InitiativeStatus.PROPOSED)
                                .withTarget(MetricTarget.npsPoints("nps", 20)))
                        .build())),
        nearMiss(
            Rule.INITIATIVE_WITHOUT_TARGET,
            "a dropped initiative needs no target",
            m ->
                managed(
                    m,
                    cycle()
                        .initiative(KIOSK)
                        .initiative(
                            Initiative.of("Idea", InitiativeStatus.DROPPED).withOwner("Someone"))
                        .build()),
            m ->
                managed(
                    m,
                    cycle()
                        .initiative(KIOSK)
                        .initiative(
                            Initiative.of("Idea", InitiativeStatus.DONE).withOwner("Someone"))
                        .build())),
        nearMiss(
            Rule.OWNER_WITHOUT_REVIEW,
            "the owner reviews the journey monthly",
            m -> managed(m, cycle().initiative(KIOSK).build()),
            m ->
                managed(
                    m,
                    Management.builder()
                        .journeyOwner(JourneyId.of("first-visit"), "Community lead")
                        .review(Review.every("Someone else", Period.ofMonths(1)))
                        .initiative(KIOSK)
                        .build())),
        nearMiss(
            Rule.TOUCHPOINT_NO_MEASURE,
            "a customer's own touchpoint needs no measure of the organisation's",
            m -> unmeasured(m, tp, t -> t.ownership(Ownership.CUSTOMER)),
            m -> unmeasured(m, tp, t -> t.ownership(Ownership.BRAND))),
        nearMiss(
            Rule.TOUCHPOINT_NO_MEASURE,
            "a social touchpoint is not the organisation's to measure",
            m -> unmeasured(m, tp, t -> t.ownership(Ownership.SOCIAL).owner("community")),
            m ->
                unmeasured(
                    m,
                    tp,
                    t -> t.ownership(Ownership.SOCIAL).owner("community").controllable(true))),
        nearMiss(
            Rule.TOUCHPOINT_NO_MEASURE,
            "a partner's touchpoint, not controllable by default",
            m -> unmeasured(m, tp, t -> t.ownership(Ownership.PARTNER).owner("partnerships")),
            m ->
                unmeasured(
                    m,
                    tp,
                    t -> t.ownership(Ownership.PARTNER).owner("partnerships").controllable(true))),
        nearMiss(
            Rule.TOUCHPOINT_NO_MEASURE,
            "a brand touchpoint declared not controllable",
            m -> unmeasured(m, tp, t -> t.controllable(false)),
            m -> unmeasured(m, tp, t -> t.controllable(true))),
        nearMiss(
            Rule.TOUCHPOINT_NO_BACKSTAGE,
            "a frontstage the organisation does not control needs no backstage",
            m ->
                withTouchpoint(
                    m, tp, t -> t.backstage(Backstage.EMPTY).ownership(Ownership.CUSTOMER)),
            m ->
                withTouchpoint(
                    m, tp, t -> t.backstage(Backstage.EMPTY).ownership(Ownership.BRAND))),
        nearMiss(
            Rule.TOUCHPOINT_NO_BACKSTAGE,
            "a brand touchpoint declared not controllable",
            m -> withTouchpoint(m, tp, t -> t.backstage(Backstage.EMPTY).controllable(false)),
            m -> withTouchpoint(m, tp, t -> t.backstage(Backstage.EMPTY).controllable(true))),
        nearMiss(
            Rule.TOUCHPOINT_NO_OWNER,
            "a customer's own touchpoint has no internal owner to name",
            m -> withTouchpoint(m, tp, t -> t.ownership(Ownership.CUSTOMER)),
            m -> withTouchpoint(m, tp, t -> t.ownership(Ownership.PARTNER))),
        nearMiss(
            Rule.TOUCHPOINT_NO_OWNER,
            "a social touchpoint with an internal owner",
            m -> withTouchpoint(m, tp, t -> t.ownership(Ownership.SOCIAL).owner("community")),
            m -> withTouchpoint(m, tp, t -> t.ownership(Ownership.SOCIAL).owner(null))),
        nearMiss(
            Rule.TOUCHPOINT_NO_FEELING,
            "no goals at all is CX401's finding, not CX402's",
            m -> withTouchpoint(m, tp, t -> t.goals(TouchpointGoals.NONE)),
            m ->
                withTouchpoint(
                    m,
                    tp,
                    t -> t.goals(TouchpointGoals.builder().does("Reads").process("CMS").build()))),
        nearMiss(
            Rule.TOUCHPOINT_NO_ENABLERS,
            "no goals at all is CX401's finding, not CX406's",
            m -> withTouchpoint(m, tp, t -> t.goals(TouchpointGoals.NONE)),
            m ->
                withTouchpoint(
                    m, tp, t -> t.goals(TouchpointGoals.builder().feels("Curious").build()))),
        nearMiss(
            Rule.FAIL_POINT_WITHOUT_RECOVERY,
            "an exception transition out of the touchpoint is its recovery",
            m ->
                withJourney(
                    withTouchpoint(m, "survey", t -> t.failPoint("Lands in spam")),
                    j -> j.transition("survey", "event-page", TransitionKind.EXCEPTION)),
            m ->
                withJourney(
                    withTouchpoint(m, "survey", t -> t.failPoint("Lands in spam")),
                    j -> j.transition("event-page", "survey", TransitionKind.EXCEPTION))),
        nearMiss(
            Rule.MOMENT_OF_TRUTH_NO_FAIL_POINTS,
            "a moment of truth that lists its fail points",
            m -> withTouchpoint(m, "survey", t -> t.momentOfTruth().failPoint("Lands in spam")),
            m -> withTouchpoint(m, "survey", Touchpoint.Builder::momentOfTruth)),
        nearMiss(
            Rule.JOURNEY_MANAGEMENT_ONLY,
            "a draft may be drawn by managers alone",
            m ->
                withJourney(
                    m,
                    j ->
                        j.status(JourneyStatus.DRAFT)
                            .provenance(
                                Provenance.of(ResearchMethod.WORKSHOP)
                                    .withParticipants(ParticipantRole.MANAGER, 3))),
            m ->
                withJourney(
                    m,
                    j ->
                        j.status(JourneyStatus.VALIDATED)
                            .provenance(
                                Provenance.of(ResearchMethod.WORKSHOP)
                                    .withParticipants(ParticipantRole.MANAGER, 3)))),
        nearMiss(
            Rule.JOURNEY_ASSUMED,
            "a draft may rest on assumptions",
            m ->
                withJourney(
                    m,
                    j ->
                        j.status(JourneyStatus.DRAFT)
                            .provenance(
                                Provenance.of(ResearchMethod.ASSUMPTION)
                                    .withParticipants(ParticipantRole.FRONTLINE, 2))),
            m ->
                withJourney(
                    m,
                    j ->
                        j.status(JourneyStatus.LIVE)
                            .provenance(
                                Provenance.of(ResearchMethod.ASSUMPTION)
                                    .withParticipants(ParticipantRole.FRONTLINE, 2)))));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("silentCases")
  void staysSilentOnItsNearMiss(
      Rule rule, String why, UnaryOperator<CxModel> silent, UnaryOperator<CxModel> fires) {
    CxModel quiet = silent.apply(clean());
    assertThat(quiet).as("the silent case changes the model").isNotEqualTo(clean());
    assertThat(quiet.check().of(rule)).as(why).isEmpty();
    assertThat(fires.apply(clean()).check().of(rule)).as("the near miss's twin fires").hasSize(1);
  }

  @Test
  void everyTouchpointRuleOnControlHasASilentCase() {
    Set<Rule> covered = EnumSet.noneOf(Rule.class);
    silentCases().forEach(a -> covered.add((Rule) a.get()[0]));
    assertThat(covered)
        .contains(
            Rule.TOUCHPOINT_NO_MEASURE,
            Rule.TOUCHPOINT_NO_BACKSTAGE,
            Rule.TOUCHPOINT_NO_OWNER,
            Rule.FAIL_POINT_WITHOUT_RECOVERY);
  }

  @Test
  void theCleanModelHasNoFindings() {
    CheckReport report = clean().check();
    assertThat(report.findings()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report).hasToString("CheckReport[0 findings]");
  }

  @Test
  void everyRuleHasABadCase() {
    Set<Rule> covered = EnumSet.noneOf(Rule.class);
    badCases().forEach(a -> covered.add((Rule) a.get()[0]));
    // the CX5xx rules need observed data: ObservedRulesTest
    assertThat(covered)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Rule.values()).filter(r -> !r.code().startsWith("CX5")).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCases")
  void firesOnTheBadCaseWithItsPathAndCode(
      Rule rule, String path, UnaryOperator<CxModel> breakIt, Set<Rule> fired) {
    CxModel bad = breakIt.apply(clean());
    CheckReport report = bad.check();
    assertThat(report.findings()).extracting(Finding::rule).isSubsetOf(fired);
    ImmutableList<Finding> mine = report.of(rule);
    assertThat(mine).hasSize(1);
    Finding f = mine.get(0);
    assertThat(f.path()).hasToString(path);
    assertThat(ModelPath.parse(path).toString()).isEqualTo(path);
    assertThat(f.code()).isEqualTo(rule.code()).matches("CX[1-46]0[1-9]");
    // The code's group follows where the finding is: CX1xx strategy, CX2xx personas, CX3xx/4xx
    // journeys.
    String top = f.path().segments().get(0).field();
    assertThat(top)
        .isEqualTo(
            switch (rule.code().charAt(2)) {
              case '1' -> "strategy";
              case '2' -> "personas";
              case '6' -> "management";
              default -> "journeys";
            });
    assertThat(f.severity()).isEqualTo(rule.severity());
    assertThat(f.arguments().keySet()).containsExactlyElementsOf(rule.parameters());
    assertThat(f.toString())
        .isEqualTo("Finding[" + rule.severity() + " " + rule.code() + " " + path + "]");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCases")
  void suppressedByRuleAndByCode(
      Rule rule, String path, UnaryOperator<CxModel> breakIt, Set<Rule> fired) {
    CxModel bad = breakIt.apply(clean());
    int all = bad.check().findings().size();
    for (ModelCheck check :
        List.of(
            ModelCheck.defaults().suppress(rule), ModelCheck.defaults().suppress(rule.code()))) {
      CheckReport report = check.run(bad);
      assertThat(report.of(rule)).isEmpty();
      assertThat(report.findings()).hasSize(all - 1);
      assertThat(check.suppressed()).containsExactly(rule);
    }
    // Suppressing another rule changes nothing about this one.
    Rule other = rule == Rule.STAGE_EMPTY ? Rule.TOUCHPOINT_NO_GOALS : Rule.STAGE_EMPTY;
    assertThat(ModelCheck.defaults().suppress(other).run(bad).of(rule)).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Rule.class)
  void codesAreStableUniqueAndFoundByCode(Rule rule) {
    assertThat(Rule.byCode(rule.code())).contains(rule);
    assertThat(Arrays.stream(Rule.values()).filter(r -> r.code().equals(rule.code()))).hasSize(1);
    assertThat(rule.parameters())
        .doesNotHaveDuplicates()
        .allMatch(p -> p.matches("[a-z][A-Za-z]*"));
  }

  @Test
  void theRulesAndTheirCodesArePinned() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::code))
        .containsExactly(
            "CX101", "CX102", "CX103", "CX104", "CX105", "CX106", "CX107", "CX201", "CX202",
            "CX203", "CX204", "CX301", "CX302", "CX303", "CX304", "CX305", "CX306", "CX307",
            "CX308", "CX401", "CX402", "CX403", "CX404", "CX405", "CX406", "CX407", "CX408",
            "CX409", "CX501", "CX502", "CX503", "CX601", "CX602", "CX603");
    assertThat(Rule.byCode("CX999")).isEmpty();
    assertThat(Rule.byCode("cx101")).isEmpty();
  }

  @Test
  void suppressingAnUnknownCodeIsAnError() {
    assertThatThrownBy(() -> ModelCheck.defaults().suppress("CX999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule has code 'CX999'; codes run CX101..CX603");
  }

  @Test
  void suppressionsAccumulateAndChecksCompareByRules() {
    ModelCheck check = ModelCheck.defaults().suppress(Rule.STAGE_EMPTY).suppress("CX105", "CX101");
    assertThat(check.suppressed())
        .containsExactlyInAnyOrder(
            Rule.STAGE_EMPTY, Rule.MATURITY_NOT_ASSESSED, Rule.GOAL_WITHOUT_TARGET);
    assertThat(check).hasToString("ModelCheck[31 rules, suppressed [CX101, CX105, CX305]]");
    assertThat(ModelCheck.defaults()).hasToString("ModelCheck[34 rules]");
    assertThat(ModelCheck.defaults().suppressed()).isEmpty();
  }

  @Test
  void findingsComeMostSevereFirstThenInModelOrder() {
    CxModel m = withTouchpoint(clean(), "event-page", t -> t.goals(TouchpointGoals.NONE));
    m = withTouchpoint(m, "survey", t -> t.goals(TouchpointGoals.NONE).momentOfTruth());
    m =
        m.withJourney(
            journey(m).toBuilder().status(JourneyStatus.LIVE).provenance(Provenance.NONE).build());
    CheckReport report = m.check();
    assertThat(report.findings())
        .extracting(Finding::code)
        .containsExactly("CX303", "CX304", "CX401", "CX401", "CX408");
    assertThat(report.findings())
        .extracting(f -> f.path().toString())
        .containsSubsequence(
            J + ".stages[discover].touchpoints[event-page].goals",
            J + ".stages[follow-up].touchpoints[survey].goals");
    assertThat(report.count(Severity.HIGH)).isEqualTo(1);
    assertThat(report.count(Severity.MEDIUM)).isEqualTo(3);
    assertThat(report.count(Severity.LOW)).isEqualTo(1);
    assertThat(report.atLeast(Severity.MEDIUM)).hasSize(4);
    assertThat(report.atLeast(Severity.HIGH)).extracting(Finding::code).containsExactly("CX303");
    assertThat(report.atLeast(Severity.LOW)).isEqualTo(report.findings());
  }

  @Test
  void missingPhasesAreNamedInTheMessage() {
    CxModel m =
        withJourney(
            clean(),
            j ->
                Journey.builder("first-visit")
                    .persona("maria")
                    .stage(
                        Stage.builder("attend", Phase.DURING)
                            .touchpoint(good("x", Channel.WEB).momentOfTruth().failPoint("f")))
                    .transition("x", "x", TransitionKind.LOOP_BACK));
    Finding f = m.check().of(Rule.JOURNEY_MISSING_PHASE).get(0);
    assertThat(f.arguments())
        .containsExactly(
            entry("journey", JourneyId.of("first-visit")),
            entry("phases", List.of(Phase.BEFORE, Phase.AFTER)));
    assertThat(m.check().of(Rule.FAIL_POINT_WITHOUT_RECOVERY))
        .isEmpty(); // a LOOP_BACK out of the failing touchpoint (here a retry) is a way out
  }

  @Test
  void anAlternativeTransitionCountsAsRecoveryAndAPartnerOwnerSilencesCx404() {
    CxModel m =
        withTouchpoint(
            clean(),
            "survey",
            t -> t.failPoint("Lands in spam").ownership(Ownership.PARTNER).owner("partnerships"));
    m = withJourney(m, j -> j.transition("survey", "event-page", TransitionKind.ALTERNATIVE));
    assertThat(m.check().findings()).isEmpty();
  }

  @Test
  void aMarketWithoutInsightsSaysSo() {
    CxModel m = withStrategy(clean(), s -> s.market(MarketAnalysis.EMPTY));
    assertThat(m.check().of(Rule.MARKET_ONE_METHOD))
        .extracting(Finding::arguments)
        .containsExactly(ImmutableMap.of("methods", List.of()));
    CxModel one =
        withStrategy(
            clean(),
            s ->
                s.market(
                    MarketAnalysis.of(
                        List.of(), List.of(Insight.of("x", InsightMethod.QUANTITATIVE)))));
    assertThat(one.check().of(Rule.MARKET_ONE_METHOD))
        .extracting(Finding::arguments)
        .containsExactly(ImmutableMap.of("methods", List.of(InsightMethod.QUANTITATIVE)));
  }

  @Test
  void aTouchpointOffTheMainPathReachedByATransitionIsReachable() {
    CxModel m =
        withJourney(
            clean(),
            j ->
                j.stage(
                        Stage.builder("after-2", Phase.AFTER)
                            .touchpoint(good("callback", Channel.PHONE).offMainPath()))
                    .transition("helpdesk", "callback", TransitionKind.EXPECTED));
    assertThat(journey(m).unreachable()).isEmpty();
    assertThat(m.check().findings()).isEmpty();
  }

  @Test
  void findingArgumentsAreTheRulesParametersInItsOrder() {
    ModelPath at = ModelPath.parse("journeys[j].stages");
    Finding byName =
        new Finding(
            Rule.JOURNEY_MISSING_PHASE,
            at,
            ImmutableMap.of(
                "phases",
                new java.util.ArrayList<>(List.of(Phase.AFTER)),
                "journey",
                JourneyId.of("j")));
    Finding byPosition =
        Finding.of(Rule.JOURNEY_MISSING_PHASE, at, JourneyId.of("j"), Set.of(Phase.AFTER));
    assertThat(byName).isEqualTo(byPosition);
    assertThat(byName.arguments().keySet()).containsExactly("journey", "phases");
    assertThat(byName.arguments().get("phases")).isInstanceOf(ImmutableList.class);
    assertThat(Finding.of(Rule.MATURITY_NOT_ASSESSED, at).arguments()).isEmpty();
    assertThat(byName.code()).isEqualTo("CX301");
    assertThat(byName.severity()).isEqualTo(Severity.HIGH);
  }

  @Test
  void findingArgumentsThatDoNotFitTheRuleAreRejected() {
    ModelPath at = ModelPath.root();
    assertThatThrownBy(() -> Finding.of(Rule.STAGE_EMPTY, at))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX305 takes 1 arguments [stage], got 0");
    assertThatThrownBy(() -> Finding.of(Rule.STAGE_EMPTY, at, TouchpointId.of("secret")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX305 argument 'stage' must be of type StageId, got TouchpointId");
    assertThatThrownBy(() -> new Finding(Rule.STAGE_EMPTY, at, ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX305 needs argument 'stage'; its parameters are [stage]");
    assertThatThrownBy(
            () ->
                new Finding(
                    Rule.STAGE_EMPTY,
                    at,
                    ImmutableMap.of("stage", StageId.of("a"), "extra", StageId.of("b"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX305 takes only the arguments [stage], got [stage, extra]");
    assertThatThrownBy(
            () -> Finding.of(Rule.JOURNEY_MISSING_PHASE, at, JourneyId.of("j"), Phase.AFTER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX301 argument 'phases' must be a list of Phase, got Phase");
    assertThatThrownBy(
            () ->
                Finding.of(
                    Rule.JOURNEY_MISSING_PHASE, at, JourneyId.of("j"), List.of(Severity.LOW)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX301 argument 'phases' must be a list of Phase, got one holding Severity");
    assertThatThrownBy(
            () -> Finding.of(Rule.FAIL_POINT_WITHOUT_RECOVERY, at, TouchpointId.of("t"), 2L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CX407 argument 'failPoints' must be of type Integer, got Long");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aNullFindingArgumentIsNamed() {
    assertThatThrownBy(() -> Finding.of(Rule.STAGE_EMPTY, ModelPath.root(), (Object) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("stage");
  }
}
