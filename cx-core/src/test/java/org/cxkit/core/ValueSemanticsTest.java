package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
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
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;
import org.cxkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Null handling (guava-testlib {@link NullPointerTester}) and equality ({@link EqualsTester}). */
class ValueSemanticsTest {
  private static final CxModel MODEL = Fixtures.meetup();
  private static final Journey JOURNEY = Fixtures.firstVisit();
  private static final Touchpoint CHECK_IN = JOURNEY.touchpoint("check-in").orElseThrow();

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(String.class, "a")
        .setDefault(LocalDate.class, LocalDate.EPOCH)
        .setDefault(JourneyId.class, JourneyId.of("a"))
        .setDefault(StageId.class, StageId.of("a"))
        .setDefault(TouchpointId.class, TouchpointId.of("check-in"))
        .setDefault(PersonaId.class, PersonaId.of("a"))
        .setDefault(SegmentId.class, SegmentId.of("a"))
        .setDefault(OfferingId.class, OfferingId.of("a"))
        .setDefault(BusinessGoalId.class, BusinessGoalId.of("a"))
        .setDefault(MeasureId.class, MeasureId.of("nps"))
        .setDefault(CxModel.class, MODEL)
        .setDefault(Journey.class, JOURNEY)
        .setDefault(Journey.Builder.class, JOURNEY.toBuilder())
        .setDefault(Stage.class, JOURNEY.stages().get(0))
        .setDefault(Stage.Builder.class, JOURNEY.stages().get(0).toBuilder())
        .setDefault(Touchpoint.class, CHECK_IN)
        .setDefault(Touchpoint.Builder.class, CHECK_IN.toBuilder())
        .setDefault(Strategy.class, Strategy.EMPTY)
        .setDefault(Strategy.Builder.class, Strategy.builder())
        .setDefault(Persona.class, Fixtures.maria())
        .setDefault(Measure.class, Measure.NPS)
        .setDefault(Scale.class, Scale.NPS)
        .setDefault(MetricTarget.class, MetricTarget.npsPoints("nps", 1))
        .setDefault(Provenance.class, Provenance.NONE)
        .setDefault(Frontstage.class, Frontstage.EMPTY)
        .setDefault(Backstage.class, Backstage.EMPTY)
        .setDefault(TouchpointGoals.class, TouchpointGoals.NONE)
        .setDefault(Profile.class, Profile.EMPTY)
        .setDefault(ExperienceIntent.class, ExperienceIntent.NONE)
        .setDefault(MarketAnalysis.class, MarketAnalysis.EMPTY)
        .setDefault(ValueProposition.class, ValueProposition.EMPTY)
        .setDefault(CxMaturity.class, CxMaturity.of(MaturityLevel.RANDOM, "a", LocalDate.EPOCH))
        .setDefault(Actor.class, Actor.CUSTOMER)
        .setDefault(Transition.class, Transition.of("a", "b", TransitionKind.SKIP))
        .setDefault(ModelPath.class, ModelPath.root())
        .setDefault(Problem.class, new Problem(ModelPath.root(), "a"))
        .setDefault(Finding.class, Finding.of(Rule.STAGE_EMPTY, ModelPath.root(), StageId.of("a")))
        .setDefault(ModelCheck.class, ModelCheck.defaults());
  }

  static Stream<Arguments> instances() {
    Offering offering = MODEL.strategy().offerings().get(0);
    return Stream.of(
            MODEL,
            MODEL.toBuilder(),
            MODEL.strategy(),
            MODEL.strategy().toBuilder(),
            JOURNEY,
            JOURNEY.toBuilder(),
            JOURNEY.stages().get(0),
            JOURNEY.stages().get(0).toBuilder(),
            CHECK_IN,
            CHECK_IN.toBuilder(),
            Fixtures.maria(),
            Fixtures.maria().profile(),
            Profile.builder(),
            offering,
            offering.valueProposition(),
            ValueProposition.builder(),
            MODEL.strategy().segments().get(0),
            MODEL.strategy().businessGoals().get(0),
            Measure.NPS,
            Scale.NPS,
            MetricTarget.npsPoints("nps", 1),
            JOURNEY.provenance(),
            CHECK_IN.goals(),
            TouchpointGoals.builder(),
            CHECK_IN.backstage(),
            Backstage.builder(),
            Frontstage.of("a", "b"),
            ExperienceIntent.NONE.with(IntentPerspective.SURPRISES, "Waffles"),
            MarketAnalysis.EMPTY,
            Competitor.of("c"),
            Insight.of("i", InsightMethod.QUALITATIVE),
            Actor.CUSTOMER,
            CxMaturity.of(MaturityLevel.RANDOM, "a", LocalDate.EPOCH),
            Transition.of("a", "b", TransitionKind.SKIP),
            JOURNEY.transitions().get(0),
            ModelPath.root().field("a"),
            new ModelPath.Segment("a", 1, Optional.of("k")),
            new Problem(ModelPath.root(), "a"),
            MODEL.check(),
            Finding.of(Rule.STAGE_EMPTY, ModelPath.root(), StageId.of("a")),
            ModelCheck.defaults(),
            JourneyId.of("a"),
            StageId.of("a"),
            TouchpointId.of("a"),
            PersonaId.of("a"),
            SegmentId.of("a"),
            OfferingId.of("a"),
            BusinessGoalId.of("a"),
            MeasureId.of("a"),
            Rule.STAGE_EMPTY)
        .map(o -> Arguments.of(o.getClass().getSimpleName(), o));
  }

  static Stream<Class<?>> publicTypes() {
    return Stream.of(
        Actor.class,
        Backstage.class,
        Backstage.Builder.class,
        BusinessGoal.class,
        BusinessGoalId.class,
        CheckReport.class,
        Competitor.class,
        CxMaturity.class,
        CxModel.class,
        CxModel.Builder.class,
        ExperienceIntent.class,
        Finding.class,
        Frontstage.class,
        Ids.class,
        Insight.class,
        Journey.class,
        Journey.Builder.class,
        JourneyId.class,
        MarketAnalysis.class,
        Measure.class,
        MeasureId.class,
        MetricTarget.class,
        ModelCheck.class,
        ModelPath.class,
        ModelPath.Segment.class,
        ModelValidationException.class,
        Offering.class,
        OfferingId.class,
        Persona.class,
        PersonaId.class,
        Problem.class,
        Profile.class,
        Profile.Builder.class,
        Provenance.class,
        Rule.class,
        Scale.class,
        Segment.class,
        SegmentId.class,
        Stage.class,
        Stage.Builder.class,
        StageId.class,
        Strategy.class,
        Strategy.Builder.class,
        Touchpoint.class,
        Touchpoint.Builder.class,
        TouchpointGoals.class,
        TouchpointGoals.Builder.class,
        TouchpointId.class,
        Transition.class,
        ValueProposition.class,
        ValueProposition.Builder.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void staticMethodsAndConstructorsRejectNulls(Class<?> type) {
    NullPointerTester t = tester();
    t.testAllPublicStaticMethods(type);
    t.testAllPublicConstructors(type);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("instances")
  void instanceMethodsRejectNulls(String type, Object instance) {
    tester().testAllPublicInstanceMethods(instance);
  }

  /** The NPE names the parameter, as {@code requireNonNull(x, "x")} does. */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullPointerExceptionsNameTheParameter() {
    assertNpe(() -> CxModel.builder(null), "name");
    assertNpe(() -> MODEL.toBuilder().journey((Journey) null), "journey");
    assertNpe(() -> MODEL.toBuilder().persona(null), "persona");
    assertNpe(() -> MODEL.toBuilder().measure(null), "measure");
    assertNpe(() -> MODEL.toBuilder().strategy((Strategy) null), "strategy");
    assertNpe(() -> MODEL.journey((JourneyId) null), "id");
    assertNpe(() -> MODEL.withJourney(null), "journey");
    assertNpe(() -> CxModel.of("m", Strategy.EMPTY, List.of(), null, List.of()), "personas");
    assertNpe(
        () ->
            CxModel.of(
                "m",
                Strategy.EMPTY,
                List.of(),
                java.util.Arrays.asList(Fixtures.maria(), null),
                List.of()),
        "personas[1]");
    assertNpe(() -> Journey.builder(null), "id");
    assertNpe(() -> JOURNEY.toBuilder().persona((String) null), "persona");
    assertNpe(() -> JOURNEY.toBuilder().transition("a", null, TransitionKind.SKIP), "to");
    assertNpe(() -> JOURNEY.successors(null), "touchpoint");
    assertNpe(() -> JOURNEY.touchpoints((Phase) null), "phase");
    assertNpe(() -> JOURNEY.withStatus(null), "newStatus");
    assertNpe(() -> Stage.builder("s", null), "phase");
    assertNpe(() -> Touchpoint.builder(null), "id");
    assertNpe(() -> CHECK_IN.toBuilder().channel(null), "channel");
    assertNpe(() -> CHECK_IN.toBuilder().communication(Actor.CUSTOMER, null), "receiver");
    assertNpe(() -> CHECK_IN.withMeasures(null), "newMeasures");
    assertNpe(
        () -> new Transition(TouchpointId.of("a"), TouchpointId.of("b"), null, Optional.empty()),
        "kind");
    assertNpe(
        () -> new Persona(PersonaId.of("a"), "A", null, Profile.EMPTY, Optional.empty()),
        "segment");
    assertNpe(() -> new Scale(1, 2, null, 1, 1, 0), "better");
    assertNpe(() -> Ids.isValid(null), "value");
    assertNpe(() -> ModelPath.parse(null), "text");
    assertNpe(() -> ModelCheck.defaults().run(null), "model");
    assertNpe(() -> ModelCheck.defaults().suppress(Rule.STAGE_EMPTY, null), "rules element");
    assertNpe(() -> Rule.byCode(null), "code");
    assertNpe(() -> Provenance.of(ResearchMethod.SURVEY, null), "methods must not contain null");
  }

  private static void assertNpe(ThrowingCallable call, String message) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(message);
  }

  @Test
  void equalsAndHashCodeOnFixedCases() {
    Journey j = Fixtures.firstVisit();
    Touchpoint t = j.touchpoint("rsvp").orElseThrow();
    new EqualsTester()
        .addEqualityGroup(
            Fixtures.meetup(), Fixtures.meetup(), Fixtures.meetup().toBuilder().build())
        .addEqualityGroup(
            Fixtures.meetup().toBuilder().measure(Measure.of("fcr", "FCR", Scale.CSAT)).build())
        .addEqualityGroup(
            CxModel.builder("Other").build(),
            CxModel.of("Other", Strategy.EMPTY, List.of(), List.of(), List.of()))
        .addEqualityGroup(j, Fixtures.firstVisit(), j.toBuilder().build())
        .addEqualityGroup(j.withStatus(JourneyStatus.LIVE))
        .addEqualityGroup(j.withProvenance(Provenance.NONE))
        .addEqualityGroup(j.toBuilder().name("Another name").build())
        .addEqualityGroup(
            j.toBuilder().transition("talk", "talk", TransitionKind.LOOP_BACK).build())
        .addEqualityGroup(j.stages().get(0), j.stages().get(0).toBuilder().build())
        .addEqualityGroup(j.stages().get(0).toBuilder().name("Discover").build())
        .addEqualityGroup(t, t.toBuilder().build())
        .addEqualityGroup(t.toBuilder().offMainPath().build())
        .addEqualityGroup(t.toBuilder().controllable(false).build())
        .addEqualityGroup(t.toBuilder().realms(ExperienceRealm.ESTHETIC).build())
        .addEqualityGroup(t.withMeasures(List.of(MetricTarget.mean("ces", 6))))
        .addEqualityGroup(Fixtures.strategy(), Fixtures.strategy().toBuilder().build())
        .addEqualityGroup(Strategy.EMPTY, Strategy.builder().build())
        .addEqualityGroup(Fixtures.maria(), Fixtures.maria())
        .addEqualityGroup(Fixtures.maria().withStory("Another story"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Transition.of("a", "b", TransitionKind.SKIP),
            Transition.of("a", "b", TransitionKind.SKIP))
        .addEqualityGroup(Transition.of("a", "b", TransitionKind.EXCEPTION))
        .addEqualityGroup(Transition.of("b", "a", TransitionKind.SKIP))
        .addEqualityGroup(Transition.of("a", "b", TransitionKind.SKIP).withNote("n"))
        .addEqualityGroup(MetricTarget.npsPoints("nps", 0.0), MetricTarget.npsPoints("nps", -0.0))
        .addEqualityGroup(MetricTarget.npsPoints("nps", 1))
        .addEqualityGroup(Scale.NPS, Scale.higherIsBetter(0, 10, 2, 2, 7))
        .addEqualityGroup(Scale.lowerIsBetter(0, 10, 2, 2, 7))
        .addEqualityGroup(Measure.NPS, Measure.of("nps", "Net Promoter Score", Scale.NPS))
        .addEqualityGroup(Provenance.NONE, Provenance.of())
        .addEqualityGroup(
            Provenance.of(ResearchMethod.SURVEY, ResearchMethod.WORKSHOP),
            Provenance.of(ResearchMethod.WORKSHOP, ResearchMethod.SURVEY))
        .addEqualityGroup(
            new Provenance(
                ImmutableSet.of(),
                ImmutableSortedMap.of(ParticipantRole.CUSTOMER, 2),
                Optional.empty()),
            Provenance.NONE.withParticipants(ParticipantRole.CUSTOMER, 2))
        .addEqualityGroup(
            ExperienceIntent.NONE.with(IntentPerspective.SURPRISES, "x"),
            new ExperienceIntent(ImmutableSortedMap.of(IntentPerspective.SURPRISES, "x")))
        .addEqualityGroup(Profile.EMPTY, Profile.builder().build())
        .addEqualityGroup(
            Profile.builder().preferredChannels(Channel.WEB, Channel.APP).build(),
            Profile.builder().preferredChannels(Channel.APP, Channel.WEB).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ModelPath.root(), ModelPath.parse(""))
        .addEqualityGroup(
            ModelPath.root().element("journeys", 0, "j").field("id"),
            ModelPath.parse("journeys[j].id"))
        .addEqualityGroup(
            ModelPath.root().element("journeys", 0).field("id"), ModelPath.parse("journeys[0].id"))
        .addEqualityGroup(ModelPath.root().element("journeys", 1, "j").field("id"))
        .addEqualityGroup(new Problem(ModelPath.root(), "m"), new Problem(ModelPath.root(), "m"))
        .addEqualityGroup(new Problem(ModelPath.root().field("x"), "m"))
        .addEqualityGroup(
            Finding.of(Rule.STAGE_EMPTY, ModelPath.root(), StageId.of("m")),
            Finding.of(Rule.STAGE_EMPTY, ModelPath.root(), StageId.of("m")))
        .addEqualityGroup(Finding.of(Rule.STAGE_EMPTY, ModelPath.root(), StageId.of("n")))
        .addEqualityGroup(new CheckReport(ImmutableList.of()), RuleTest.clean().check())
        .addEqualityGroup(Fixtures.meetup().check(), Fixtures.meetup().check())
        .addEqualityGroup(JourneyId.of("a"), JourneyId.of("a"))
        .addEqualityGroup(TouchpointId.of("a"), TouchpointId.of("a"))
        .addEqualityGroup(JourneyId.of("b"))
        .testEquals();
  }

  @Test
  void modelPathPrefixesCompareKeysOnlyWhereBothHaveThem() {
    ModelPath full =
        ModelPath.root().element("journeys", 3, "j").element("stages", 1, "s").field("name");
    assertThat(full.startsWith(ModelPath.root())).isTrue();
    assertThat(full.startsWith(ModelPath.parse("journeys[j]"))).isTrue();
    assertThat(full.startsWith(ModelPath.parse("journeys[3].stages[s]"))).isTrue();
    assertThat(full.startsWith(ModelPath.parse("journeys[k]"))).isFalse();
    assertThat(full.startsWith(ModelPath.parse("journeys[2]"))).isFalse();
    assertThat(full.startsWith(ModelPath.parse("personas[j]"))).isFalse();
    assertThat(ModelPath.parse("journeys[j]").startsWith(full)).isFalse();
    assertThat(full.isRoot()).isFalse();
    assertThat(ModelPath.root().resolve(full)).isEqualTo(full);
    assertThat(full.resolve(ModelPath.root())).isEqualTo(full);
    assertThat(ModelPath.root().field("a~b/c").toJsonPointer()).isEqualTo("/a~0b~1c");
    assertThat(full.toJsonPointer()).isEqualTo("/journeys/3/stages/1/name");
  }
}
