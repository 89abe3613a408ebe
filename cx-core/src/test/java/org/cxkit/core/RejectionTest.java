package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TouchpointKind;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.ExperienceIntent;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.MaturityLevel;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;
import org.cxkit.core.testing.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Everything that can never be right is rejected, with every problem and its exact path. */
class RejectionTest {

  /** Builds and returns the rejection, failing if there is none. */
  static ModelValidationException rejected(ThrowingCallable build) {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, build);
    assertThat(e).as("expected a ModelValidationException").isNotNull();
    return e;
  }

  static List<String> paths(ModelValidationException e) {
    return e.problems().stream().map(p -> p.path().toString()).toList();
  }

  static Journey.Builder journey(String id) {
    return Journey.builder(id)
        .persona("maria")
        .stage(
            Stage.builder("s1", Phase.BEFORE)
                .touchpoint(Touchpoint.builder("a"))
                .touchpoint(Touchpoint.builder("b")))
        .stage(Stage.builder("s2", Phase.AFTER).touchpoint(Touchpoint.builder("c")));
  }

  static CxModel.Builder model() {
    return CxModel.builder("m").persona(Persona.of("maria", "Maria"));
  }

  @Nested
  class Ids {
    static Stream<Arguments> factories() {
      return Stream.of(
          Arguments.of("journey id", (Function<String, Object>) JourneyId::of),
          Arguments.of("stage id", (Function<String, Object>) StageId::of),
          Arguments.of("touchpoint id", (Function<String, Object>) TouchpointId::of),
          Arguments.of("persona id", (Function<String, Object>) PersonaId::of),
          Arguments.of("segment id", (Function<String, Object>) SegmentId::of),
          Arguments.of("offering id", (Function<String, Object>) OfferingId::of),
          Arguments.of("business goal id", (Function<String, Object>) BusinessGoalId::of),
          Arguments.of("measure id", (Function<String, Object>) MeasureId::of));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factories")
    @SuppressWarnings("NullAway") // passes null on purpose
    void blankMalformedAndOverlongIdsAreRejectedWithTheirKind(
        String kind, Function<String, Object> of) {
      for (String blank : List.of("", " ", "\t\n")) {
        assertThatThrownBy(() -> of.apply(blank))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(kind + " must not be blank");
      }
      for (String bad :
          List.of(
              "Sign-up",
              "sign up",
              "-sign",
              "sign-",
              "sign--up",
              "sign-.up",
              "über",
              "a/b",
              "_a",
              "a.",
              "é")) {
        assertThatThrownBy(() -> of.apply(bad))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith(kind + " ")
            .hasMessageContaining("is malformed: expected a slug of lower-case letters and digits")
            .hasMessageContaining(org.cxkit.core.Ids.PATTERN);
      }
      assertThatThrownBy(() -> of.apply("Sign Up"))
          .hasMessageStartingWith(kind + " 'Sign Up' is malformed");
      assertThatThrownBy(() -> of.apply("a\u0000b"))
          .hasMessageStartingWith(kind + " (with characters outside printable ASCII) is malformed");
      assertThatThrownBy(() -> of.apply("a".repeat(65)))
          .hasMessage(kind + " is 65 characters long; at most 64 allowed");
      assertThatThrownBy(() -> of.apply(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage(kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factories")
    void validSlugsAreAcceptedAndPrintAsWritten(String kind, Function<String, Object> of) {
      for (String ok :
          List.of("a", "0", "sign-up", "tp_12", "custom.fcr", "a1-b2_c3.d4", "a".repeat(64))) {
        assertThat(of.apply(ok)).hasToString(ok).isEqualTo(of.apply(ok));
        assertThat(org.cxkit.core.Ids.isValid(ok)).isTrue();
      }
    }

    @Test
    void typedIdsOfDifferentKindsAreNeverEqual() {
      assertThat((Object) TouchpointId.of("x")).isNotEqualTo(PersonaId.of("x"));
      assertThat(TouchpointId.of("a")).isLessThan(TouchpointId.of("b"));
    }

    @Test
    void malformedIdsAtEveryLevelOfABuiltModelAreReportedWithTheirPositions() {
      ModelValidationException e =
          rejected(
              () ->
                  model()
                      .journey(
                          Journey.builder("First Visit")
                              .persona("Maria")
                              .offering("Waffles")
                              .stage(
                                  Stage.builder("Discover", Phase.BEFORE)
                                      .touchpoint(Touchpoint.builder("ok"))
                                      .touchpoint(Touchpoint.builder("Sign Up")))
                              .transition("ok", "-x", TransitionKind.SKIP)
                              .transition("Ok", "ok", TransitionKind.LOOP_BACK))
                      .build());
      assertThat(paths(e))
          .containsExactly(
              "journeys[0].id",
              "journeys[0].persona",
              "journeys[0].offering",
              "journeys[0].stages[0].id",
              "journeys[0].stages[0].touchpoints[1].id",
              "journeys[0].transitions[0].to",
              "journeys[0].transitions[1].from");
      assertThat(e.problems().get(0).message())
          .isEqualTo(
              "journey id 'First Visit' is malformed: expected a slug of lower-case letters and digits joined by"
                  + " single '-', '_' or '.' (pattern "
                  + org.cxkit.core.Ids.PATTERN
                  + "), such as 'sign-up'");
      assertThat(e.problems().get(0).path().toJsonPointer()).isEqualTo("/journeys/0/id");
      assertThat(e.problems().get(4).path().toJsonPointer())
          .isEqualTo("/journeys/0/stages/0/touchpoints/1/id");
    }

    @Test
    void idsOfValuesBuiltDirectlyAreRejectedWhenTheyAreCreated() {
      assertThatThrownBy(() -> Persona.of("Maria", "Maria"))
          .hasMessageStartingWith("persona id 'Maria' is malformed");
      assertThatThrownBy(() -> Segment.of("", "x")).hasMessage("segment id must not be blank");
      assertThatThrownBy(() -> Offering.of("a b", "x", OfferingType.PRODUCT))
          .hasMessageStartingWith("offering id 'a b' is malformed");
      assertThatThrownBy(() -> BusinessGoal.of("-", "x"))
          .hasMessageStartingWith("business goal id '-' is malformed");
      assertThatThrownBy(() -> Measure.of("NPS", "x", Scale.NPS))
          .hasMessageStartingWith("measure id 'NPS'");
      assertThatThrownBy(() -> MetricTarget.mean("n p s", 1))
          .hasMessageStartingWith("measure id 'n p s'");
      assertThatThrownBy(() -> Transition.of("a", "B", TransitionKind.SKIP))
          .hasMessageStartingWith("touchpoint id 'B'");
      assertThatThrownBy(() -> Persona.of("maria", "x").withSegment("Free Lancers"))
          .hasMessageStartingWith("segment id 'Free Lancers'");
    }
  }

  @Nested
  class Blanks {
    @Test
    void blankNamesAtEveryLevelAreReportedTogether() {
      ModelValidationException e =
          rejected(
              () ->
                  CxModel.builder(" ")
                      .persona(Persona.of("maria", "Maria"))
                      .journey(
                          Journey.builder("j")
                              .name("")
                              .persona("maria")
                              .stage(
                                  Stage.builder("s", Phase.BEFORE)
                                      .name("\t")
                                      .touchpoint(
                                          Touchpoint.builder("t")
                                              .name(" ")
                                              .owner("")
                                              .failPoint("ok")
                                              .failPoint(" "))))
                      .build());
      assertThat(paths(e))
          .containsExactly(
              "journeys[j].stages[s].touchpoints[t].owner",
              "journeys[j].stages[s].touchpoints[t].name",
              "journeys[j].stages[s].touchpoints[t].failPoints[1]",
              "journeys[j].stages[s].name",
              "journeys[j].name",
              "name");
      assertThat(e.problems())
          .extracting(Problem::message)
          .containsExactly(
              "must not be blank when present",
              "must not be blank",
              "must not be blank",
              "must not be blank",
              "must not be blank",
              "must not be blank");
    }

    @Test
    void blankTextsInValuesAreRejectedNamingTheField() {
      assertThatThrownBy(() -> Persona.of("maria", " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must not be blank");
      assertThatThrownBy(() -> Persona.of("maria", "M").withStory(""))
          .hasMessage("story must not be blank when present");
      assertThatThrownBy(() -> BusinessGoal.of("g", "x").withTarget(" "))
          .hasMessage("target must not be blank when present");
      assertThatThrownBy(() -> Profile.builder().goal("ok").goal(" ").build())
          .hasMessage("goals[1] must not be blank");
      assertThatThrownBy(() -> TouchpointGoals.builder().feels("").build())
          .hasMessage("feels[0] must not be blank");
      assertThatThrownBy(() -> Backstage.builder().role(" ").build())
          .hasMessage("roles[0] must not be blank");
      assertThatThrownBy(() -> Frontstage.of("x", "ok", ""))
          .hasMessage("evidence[1] must not be blank");
      assertThatThrownBy(() -> Actor.of(" ")).hasMessage("actor name must not be blank");
      assertThatThrownBy(() -> Competitor.of("c").withStrengths(" "))
          .hasMessage("strengths[0] must not be blank");
      assertThatThrownBy(() -> Insight.of("x", InsightMethod.QUALITATIVE).withSource(""))
          .hasMessage("source must not be blank when present");
      assertThatThrownBy(() -> ExperienceIntent.NONE.with(IntentPerspective.SURPRISES, " "))
          .hasMessage("statement must not be blank");
      assertThatThrownBy(
              () -> new ExperienceIntent(ImmutableSortedMap.of(IntentPerspective.SURPRISES, "")))
          .hasMessage("statements[SURPRISES] must not be blank");
      assertThatThrownBy(() -> CxMaturity.of(MaturityLevel.MANAGED, " ", java.time.LocalDate.EPOCH))
          .hasMessage("evidence must not be blank");
      assertThatThrownBy(() -> Transition.of("a", "b", TransitionKind.SKIP).withNote(""))
          .hasMessage("note must not be blank when present");
      assertThatThrownBy(() -> ValueProposition.builder().promise(" ").build())
          .hasMessage("promise must not be blank when present");
      assertThatThrownBy(() -> Segment.of("s", "")).hasMessage("name must not be blank");
      assertThatThrownBy(() -> Segment.of("s", "S").withDescription(" "))
          .hasMessage("description must not be blank when present");
      assertThatThrownBy(() -> Offering.of("o", " ", OfferingType.BUNDLE))
          .hasMessage("name must not be blank");
      assertThatThrownBy(() -> BusinessGoal.of("g", "\t"))
          .hasMessage("statement must not be blank");
      assertThatThrownBy(() -> BusinessGoal.of("g", "G").withHorizon(""))
          .hasMessage("horizon must not be blank when present");
      assertThatThrownBy(() -> Measure.of("m", " ", Scale.CSAT))
          .hasMessage("name must not be blank");
      assertThatThrownBy(() -> Competitor.of(" ")).hasMessage("name must not be blank");
      assertThatThrownBy(() -> Insight.of("", InsightMethod.QUANTITATIVE))
          .hasMessage("statement must not be blank");
    }

    @Test
    void aBlankTouchpointNameInTheRecordConstructorIsAValidationProblem() {
      Touchpoint t = Touchpoint.builder("t").build();
      ModelValidationException e =
          rejected(
              () ->
                  new Touchpoint(
                      t.id(),
                      " ",
                      t.kind(),
                      t.initiator(),
                      t.receiver(),
                      t.channel(),
                      t.ownership(),
                      t.controllable(),
                      t.owner(),
                      t.frontstage(),
                      t.backstage(),
                      t.goals(),
                      t.momentOfTruth(),
                      t.failPoints(),
                      t.realms(),
                      t.measures(),
                      t.mainPath(),
                      t.activities(),
                      t.emotion(),
                      t.research(),
                      t.observed(),
                      t.timing(),
                      t.detail()));
      assertThat(paths(e)).containsExactly("name");
      assertThat(e).hasMessage("invalid touchpoint 't': 1 problem\n  name: must not be blank");
    }
  }

  @Nested
  class Duplicates {
    @Test
    void duplicateMeasuresPersonasAndJourneys() {
      ModelValidationException e =
          rejected(
              () ->
                  CxModel.builder("m")
                      .measure(Measure.of("fcr", "FCR", Scale.higherIsBetter(0, 1, 1, 1, 1)))
                      .measure(Measure.of("fcr", "FCR again", Scale.higherIsBetter(0, 1, 1, 1, 1)))
                      .persona(Persona.of("maria", "Maria"))
                      .persona(Persona.of("maria", "Maria 2"))
                      .journey(journey("j"))
                      .journey(journey("j").name("Again"))
                      .build());
      assertThat(paths(e))
          .containsExactly("measures[fcr].id", "personas[maria].id", "journeys[j].id");
      assertThat(e.problems())
          .extracting(Problem::message)
          .containsExactly(
              "duplicate measure id 'fcr' (also measures[0])",
              "duplicate persona id 'maria' (also personas[0])",
              "duplicate journey id 'j' (also journeys[0])");
      assertThat(e.problems().get(2).path().toJsonPointer()).isEqualTo("/journeys/1/id");
    }

    @Test
    void redeclaringABuiltInMeasureOnceIsAllowedAndReplacesIt() {
      Measure nps = Measure.of("nps", "NPS on 1..5", Scale.higherIsBetter(1, 5, 1, 2, 2));
      CxModel m = model().measure(nps).build();
      assertThat(m.measure(MeasureId.of("nps"))).contains(nps);
      assertThat(m.measures().keySet())
          .extracting(MeasureId::value)
          .containsExactly("nps", "csat", "ces");
      assertThat(m.declaredMeasures()).containsExactly(nps);
    }

    @Test
    void duplicateSegmentsOfferingsAndBusinessGoals() {
      Strategy.Builder s =
          Strategy.builder()
              .segment(Segment.of("s", "S"))
              .segment(Segment.of("t", "T"))
              .segment(Segment.of("s", "S2"))
              .offering(Offering.of("o", "O", OfferingType.PRODUCT))
              .offering(Offering.of("o", "O", OfferingType.SERVICE))
              .businessGoal(BusinessGoal.of("g", "G"))
              .businessGoal(BusinessGoal.of("g", "G2"));
      ModelValidationException alone = rejected(s::build);
      assertThat(paths(alone))
          .containsExactly("businessGoals[g].id", "offerings[o].id", "segments[s].id");
      assertThat(alone.problems().get(2).path().toJsonPointer()).isEqualTo("/segments/2/id");
      assertThat(alone).hasMessageStartingWith("invalid strategy: 3 problems");
      ModelValidationException inModel = rejected(() -> model().strategy(s).build());
      assertThat(paths(inModel))
          .containsExactly(
              "strategy.businessGoals[g].id",
              "strategy.offerings[o].id",
              "strategy.segments[s].id");
    }

    @Test
    void duplicateStagesAndTouchpointsWithinAndAcrossStages() {
      ModelValidationException e =
          rejected(
              () ->
                  model()
                      .journey(
                          Journey.builder("j")
                              .persona("maria")
                              .stage(
                                  Stage.builder("s", Phase.BEFORE)
                                      .touchpoint(Touchpoint.builder("a"))
                                      .touchpoint(Touchpoint.builder("a")))
                              .stage(
                                  Stage.builder("t", Phase.DURING)
                                      .touchpoint(Touchpoint.builder("b")))
                              .stage(
                                  Stage.builder("s", Phase.AFTER)
                                      .touchpoint(Touchpoint.builder("b"))))
                      .build());
      assertThat(paths(e))
          .containsExactly(
              "journeys[j].stages[s].touchpoints[a].id",
              "journeys[j].stages[s].id",
              "journeys[j].stages[s].touchpoints[b].id");
      assertThat(e.problems())
          .extracting(p -> p.path().toJsonPointer())
          .containsExactly(
              "/journeys/0/stages/0/touchpoints/1/id",
              "/journeys/0/stages/2/id",
              "/journeys/0/stages/2/touchpoints/0/id");
      assertThat(e.problems())
          .extracting(Problem::message)
          .containsExactly(
              "duplicate touchpoint id 'a' (also touchpoints[0]); ids are unique within a journey",
              "duplicate stage id 's' (also stages[0])",
              "duplicate touchpoint id 'b' (also in stage 't'); ids are unique within a journey");
    }

    @Test
    void aDuplicateTouchpointIsFoundEvenWhenTheOtherOneIsBroken() {
      ModelValidationException e =
          rejected(
              () ->
                  Stage.builder("s", Phase.BEFORE)
                      .touchpoint(
                          Touchpoint.builder("a")
                              .kind(TouchpointKind.COMMUNICATION)
                              .initiator(Actor.CUSTOMER))
                      .touchpoint(Touchpoint.builder("a"))
                      .build());
      assertThat(paths(e)).containsExactly("touchpoints[a].receiver", "touchpoints[a].id");
      assertThat(e.problems())
          .extracting(p -> p.path().toJsonPointer())
          .containsExactly("/touchpoints/0/receiver", "/touchpoints/1/id");
    }

    @Test
    void idsOnlyNeedToBeUniqueInTheirOwnScope() {
      assertThatCode(
              () ->
                  model()
                      .journey(journey("j1"))
                      .journey(journey("j2")) // same stage and touchpoint ids in another journey
                      .build())
          .doesNotThrowAnyException();
    }

    @Test
    void aTargetMayNameEachMeasureOnlyOnce() {
      ModelValidationException e =
          rejected(
              () ->
                  Touchpoint.builder("t")
                      .measure(MetricTarget.npsPoints("nps", 30))
                      .measure(MetricTarget.mean("csat", 4))
                      .measure(MetricTarget.npsPoints("nps", 40))
                      .build());
      assertThat(paths(e)).containsExactly("measures[2].measure");
      assertThat(e.problems().get(0).message())
          .isEqualTo("measure 'nps' is targeted twice; give each measure one target");
    }
  }

  @Nested
  class References {
    @Test
    void danglingReferencesFromPersonasJourneysAndTargets() {
      ModelValidationException e =
          rejected(
              () ->
                  CxModel.builder("m")
                      .strategy(
                          Strategy.builder()
                              .segment(Segment.of("freelancers", "F"))
                              .offering(Offering.of("meetup", "Meetup", OfferingType.SERVICE))
                              .build())
                      .persona(Persona.of("maria", "Maria").withSegment("students"))
                      .journey(
                          Journey.builder("j")
                              .persona("sam")
                              .offering("workshop")
                              .stage(
                                  Stage.builder("s", Phase.DURING)
                                      .touchpoint(
                                          Touchpoint.builder("t")
                                              .measure(MetricTarget.mean("fcr", 1))
                                              .measure(MetricTarget.npsPoints("nps", 1)))))
                      .build());
      assertThat(paths(e))
          .containsExactly(
              "personas[maria].segment",
              "journeys[j].persona",
              "journeys[j].offering",
              "journeys[j].stages[s].touchpoints[t].measures[0].measure");
      assertThat(e.problems())
          .extracting(Problem::message)
          .containsExactly(
              "no segment 'students' in strategy.segments",
              "no persona 'sam' in personas",
              "no offering 'workshop' in strategy.offerings",
              "no measure 'fcr': declare it in measures or use a built-in (nps, csat, ces)");
    }

    @Test
    void aDeclaredMeasureResolvesTargets() {
      CxModel m =
          model()
              .measure(Measure.of("fcr", "FCR", Scale.higherIsBetter(0, 1, 1, 1, 0)))
              .journey(
                  Journey.builder("j")
                      .persona("maria")
                      .stage(
                          Stage.builder("s", Phase.DURING)
                              .touchpoint(
                                  Touchpoint.builder("t").measure(MetricTarget.mean("fcr", 0.8)))))
              .build();
      assertThat(
              m.journey("j")
                  .orElseThrow()
                  .touchpoint("t")
                  .orElseThrow()
                  .target(MeasureId.of("fcr")))
          .contains(MetricTarget.mean("fcr", 0.8));
    }

    @Test
    void aJourneyNeedsAPersona() {
      ModelValidationException e = rejected(() -> Journey.builder("j").build());
      assertThat(paths(e)).containsExactly("persona");
      assertThat(e)
          .hasMessage(
              "invalid journey 'j': 1 problem\n  persona: a journey belongs to one persona; none was set");
      ModelValidationException inModel =
          rejected(() -> model().journey(Journey.builder("j")).build());
      assertThat(paths(inModel)).containsExactly("journeys[j].persona");
    }

    @Test
    void replacingPartsOfAModelChecksReferencesAgain() {
      CxModel m = Fixtures.meetup();
      ModelValidationException e = rejected(() -> m.withStrategy(Strategy.EMPTY));
      assertThat(paths(e))
          .containsExactly("personas[maria].segment", "journeys[first-visit].offering");
      Journey other = Journey.builder("other").persona("nobody").build();
      assertThat(paths(rejected(() -> m.withJourney(other))))
          .containsExactly("journeys[other].persona");
    }
  }

  @Nested
  class TouchpointKinds {
    @Test
    void aCommunicationNeedsAnInitiatorAndADifferentReceiver() {
      assertThat(
              paths(
                  rejected(
                      () -> Touchpoint.builder("t").kind(TouchpointKind.COMMUNICATION).build())))
          .containsExactly("initiator", "receiver");
      assertThat(
              paths(
                  rejected(
                      () ->
                          Touchpoint.builder("t")
                              .kind(TouchpointKind.COMMUNICATION)
                              .initiator(Actor.CUSTOMER)
                              .build())))
          .containsExactly("receiver");
      assertThat(
              paths(
                  rejected(
                      () ->
                          Touchpoint.builder("t")
                              .kind(TouchpointKind.COMMUNICATION)
                              .receiver(Actor.CUSTOMER)
                              .build())))
          .containsExactly("initiator");
      ModelValidationException same =
          rejected(
              () ->
                  Touchpoint.builder("t")
                      .communication(Actor.of("host"), Actor.of("host"))
                      .build());
      assertThat(same.problems())
          .singleElement()
          .hasToString(
              "receiver: the receiver of a COMMUNICATION touchpoint must differ from its initiator ('host')");
    }

    @Test
    void anActionHasNoReceiver() {
      ModelValidationException e =
          rejected(() -> Touchpoint.builder("t").receiver(Actor.CUSTOMER).build());
      assertThat(e.problems())
          .singleElement()
          .hasToString(
              "receiver: an ACTION touchpoint has one actor (its"
                  + " initiator) and no receiver; use COMMUNICATION for a message");
      Touchpoint t = Touchpoint.builder("t").build();
      ModelValidationException direct =
          rejected(
              () ->
                  new Touchpoint(
                      t.id(),
                      t.name(),
                      TouchpointKind.ACTION,
                      Optional.of(Actor.CUSTOMER),
                      Optional.of(Actor.ORGANISATION),
                      t.channel(),
                      t.ownership(),
                      t.controllable(),
                      t.owner(),
                      t.frontstage(),
                      t.backstage(),
                      t.goals(),
                      t.momentOfTruth(),
                      t.failPoints(),
                      t.realms(),
                      t.measures(),
                      t.mainPath(),
                      t.activities(),
                      t.emotion(),
                      t.research(),
                      t.observed(),
                      t.timing(),
                      t.detail()));
      assertThat(paths(direct)).containsExactly("receiver");
    }

    @Test
    void switchingBackToAnActionClearsTheActorsOfTheCommunication() {
      Touchpoint t =
          Touchpoint.builder("t")
              .communication(Actor.ORGANISATION, Actor.CUSTOMER)
              .action()
              .build();
      assertThat(t.kind()).isEqualTo(TouchpointKind.ACTION);
      assertThat(t.receiver()).isEmpty();
      assertThat(t.initiator()).isEmpty();
      Touchpoint acted =
          Touchpoint.builder("t")
              .communication(Actor.ORGANISATION, Actor.CUSTOMER)
              .action(Actor.CUSTOMER)
              .build();
      assertThat(acted.initiator()).contains(Actor.CUSTOMER);
      assertThat(acted.receiver()).isEmpty();
    }

    @Test
    void controllabilityFollowsTheOwnershipUnlessSetAlsoThroughToBuilder() {
      Touchpoint brand = Touchpoint.builder("t").build();
      assertThat(brand.controllable()).isTrue();
      assertThat(Touchpoint.builder("t").ownership(Ownership.PARTNER).build().controllable())
          .isFalse();
      assertThat(brand.toBuilder().ownership(Ownership.PARTNER).build().controllable()).isFalse();
      Touchpoint steered =
          Touchpoint.builder("t").ownership(Ownership.SOCIAL).controllable(true).build();
      assertThat(steered.toBuilder().build()).isEqualTo(steered);
      assertThat(steered.toBuilder().ownership(Ownership.PARTNER).build().controllable()).isTrue();
      Touchpoint notSteered = Touchpoint.builder("t").controllable(false).build();
      assertThat(notSteered.toBuilder().ownership(Ownership.CUSTOMER).build().controllable())
          .isFalse();
    }

    @Test
    void touchpointProblemsInAModelCarryTheFullPath() {
      ModelValidationException e =
          rejected(
              () ->
                  model()
                      .journey(
                          Journey.builder("onboarding")
                              .persona("maria")
                              .stage(
                                  Stage.builder("discover", Phase.BEFORE)
                                      .touchpoint(
                                          Touchpoint.builder("sign-up")
                                              .kind(TouchpointKind.COMMUNICATION)
                                              .initiator(Actor.ORGANISATION))))
                      .build());
      assertThat(e.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.path())
                    .hasToString(
                        "journeys[onboarding].stages[discover].touchpoints[sign-up].receiver");
                assertThat(p.path())
                    .isEqualTo(
                        ModelPath.root()
                            .element("journeys", 0, "onboarding")
                            .element("stages", 0, "discover")
                            .element("touchpoints", 0, "sign-up")
                            .field("receiver"));
              });
    }
  }

  @Nested
  class Phases {
    @Test
    void phasesNeverGoBackwards() {
      ModelValidationException e =
          rejected(
              () ->
                  Journey.builder("j")
                      .persona("maria")
                      .stage(Stage.builder("a", Phase.DURING))
                      .stage(Stage.builder("b", Phase.BEFORE))
                      .stage(Stage.builder("c", Phase.AFTER))
                      .stage(Stage.builder("d", Phase.DURING))
                      .stage(Stage.builder("e", Phase.AFTER))
                      .build());
      assertThat(paths(e)).containsExactly("stages[b].phase", "stages[d].phase");
      assertThat(e.problems().get(0).message())
          .isEqualTo(
              "phase BEFORE comes after a DURING stage (stages[0]);"
                  + " phases go BEFORE, DURING, AFTER and never back (model going back with a LOOP_BACK transition instead)");
      assertThat(e.problems().get(1).message())
          .startsWith("phase DURING comes after a AFTER stage (stages[2])");
    }

    @Test
    void repeatedPhasesAreFine() {
      assertThatCode(
              () ->
                  Journey.builder("j")
                      .persona("maria")
                      .stage(Stage.builder("a", Phase.BEFORE))
                      .stage(Stage.builder("b", Phase.BEFORE))
                      .stage(Stage.builder("c", Phase.AFTER))
                      .stage(Stage.builder("d", Phase.AFTER))
                      .build())
          .doesNotThrowAnyException();
    }

    @Test
    void phasesAreCheckedEvenWhenAStageIsBroken() {
      ModelValidationException e =
          rejected(
              () ->
                  Journey.builder("j")
                      .persona("maria")
                      .stage(Stage.builder("a", Phase.AFTER).touchpoint(Touchpoint.builder("Bad")))
                      .stage(Stage.builder("b", Phase.BEFORE))
                      .build());
      assertThat(paths(e)).containsExactly("stages[a].touchpoints[0].id", "stages[b].phase");
    }
  }

  @Nested
  class Transitions {
    @Test
    void transitionsConnectTouchpointsOfTheirOwnJourneyOnly() {
      ModelValidationException e =
          rejected(
              () ->
                  model()
                      .journey(
                          journey("j1")
                              .stage(
                                  Stage.builder("s3", Phase.AFTER)
                                      .touchpoint(Touchpoint.builder("only-in-j1"))))
                      .journey(
                          journey("j2")
                              .transition("a", "only-in-j1", TransitionKind.EXCEPTION)
                              .transition("nowhere", "c", TransitionKind.ALTERNATIVE))
                      .build());
      assertThat(paths(e))
          .containsExactly("journeys[j2].transitions[0].to", "journeys[j2].transitions[1].from");
      assertThat(e.problems().get(0).message())
          .isEqualTo(
              "no touchpoint 'only-in-j1' in this journey; a transition"
                  + " connects touchpoints of its own journey, never those of another");
    }

    @Test
    void duplicateTransitionsAreRejectedWhateverTheirNotes() {
      ModelValidationException e =
          rejected(
              () ->
                  journey("j")
                      .transition("a", "c", TransitionKind.SKIP)
                      .transition("a", "c", TransitionKind.EXCEPTION)
                      .transition("a", "c", TransitionKind.SKIP, "again")
                      .transition(Transition.of("a", "c", TransitionKind.SKIP).withNote("third"))
                      .build());
      assertThat(paths(e)).containsExactly("transitions[2]", "transitions[3]");
      assertThat(e.problems().get(0).message()).isEqualTo("duplicate transition a -SKIP-> c");
    }

    @Test
    void onlyALoopBackMayLeadToItsOwnTouchpoint() {
      for (TransitionKind kind : TransitionKind.values()) {
        if (kind == TransitionKind.LOOP_BACK) {
          assertThat(Transition.of("a", "a", kind).to()).isEqualTo(TouchpointId.of("a"));
          assertThatCode(() -> journey("j").transition("a", "a", kind).build())
              .doesNotThrowAnyException();
          continue;
        }
        assertThatThrownBy(() -> Transition.of("a", "a", kind))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "a "
                    + kind
                    + " transition cannot lead from touchpoint 'a' to itself; only a LOOP_BACK"
                    + " (trying again) can");
        ModelValidationException e =
            rejected(() -> journey("j").transition("a", "a", kind).build());
        assertThat(paths(e)).containsExactly("transitions[0]");
      }
    }

    @Test
    void aBlankNoteIsReportedAndTheOtherTransitionsAreStillChecked() {
      ModelValidationException e =
          rejected(
              () ->
                  journey("j")
                      .transition("a", "b", TransitionKind.SKIP, " ")
                      .transition("a", "x", TransitionKind.SKIP)
                      .build());
      assertThat(paths(e)).containsExactly("transitions[0].note", "transitions[1].to");
    }

    @Test
    void unknownTouchpointsAreNotReportedTwiceWhenTheirStageIsBroken() {
      ModelValidationException e =
          rejected(
              () ->
                  Journey.builder("j")
                      .persona("maria")
                      .stage(
                          Stage.builder("s", Phase.BEFORE)
                              .touchpoint(Touchpoint.builder("a").name(" ")))
                      .transition("a", "a", TransitionKind.LOOP_BACK)
                      .transition("a", "a", TransitionKind.LOOP_BACK)
                      .build());
      // Stage 's' failed, so whether 'a' exists is unknown; the duplicate transition is still
      // found.
      assertThat(paths(e)).containsExactly("stages[s].touchpoints[a].name", "transitions[1]");
    }
  }

  @Test
  void everyProblemOfAModelComesInOneException() {
    ModelValidationException e =
        rejected(
            () ->
                CxModel.builder("")
                    .strategy(
                        Strategy.builder()
                            .segment(Segment.of("s", "S"))
                            .segment(Segment.of("s", "S")))
                    .measure(Measure.NPS)
                    .measure(Measure.NPS)
                    .persona(Persona.of("maria", "Maria").withSegment("nowhere"))
                    .persona(Persona.of("maria", "Maria"))
                    .journey(
                        Journey.builder("broken")
                            .persona("maria")
                            .stage(
                                Stage.builder("a", Phase.AFTER)
                                    .touchpoint(Touchpoint.builder("t").receiver(Actor.CUSTOMER)))
                            .stage(
                                Stage.builder("b", Phase.BEFORE)
                                    .touchpoint(Touchpoint.builder("t")))
                            .transition("t", "t", TransitionKind.SKIP))
                    .journey(
                        Journey.builder("fine-but-dangling")
                            .persona("sam")
                            .offering("nothing")
                            .stage(
                                Stage.builder("s", Phase.DURING)
                                    .touchpoint(
                                        Touchpoint.builder("t")
                                            .measure(MetricTarget.mean("fcr", 1)))))
                    .journey(Journey.builder("broken").persona("maria"))
                    .build());
    assertThat(paths(e))
        .containsExactly(
            "strategy.segments[s].id",
            "journeys[broken].stages[a].touchpoints[t].receiver",
            "journeys[broken].transitions[0]",
            "journeys[broken].stages[b].phase",
            "name",
            "measures[nps].id",
            "personas[maria].id",
            "journeys[broken].id",
            "journeys[fine-but-dangling].persona",
            "journeys[fine-but-dangling].stages[s].touchpoints[t].measures[0].measure");
    assertThat(e.problems().get(7).path().toJsonPointer()).isEqualTo("/journeys/2/id");
    assertThat(e.getMessage())
        .startsWith("invalid model '': 10 problems\n  strategy.segments[s].id: duplicate");
    assertThat(String.valueOf(e.getMessage()).lines()).hasSize(11);
    assertThat(e).isInstanceOf(CxException.class);
  }

  @Test
  void journeysBuiltFromPartsReportEveryProblemToo() {
    Stage s1 = Stage.builder("s", Phase.AFTER).touchpoint(Touchpoint.builder("a")).build();
    Stage s2 = Stage.builder("s", Phase.BEFORE).touchpoint(Touchpoint.builder("a")).build();
    ModelValidationException e =
        rejected(
            () ->
                Journey.of(
                    JourneyId.of("j"),
                    " ",
                    PersonaId.of("p"),
                    Optional.empty(),
                    JourneyStatus.DRAFT,
                    Provenance.NONE,
                    List.of(s1, s2),
                    List.of(
                        Transition.of("a", "b", TransitionKind.SKIP),
                        Transition.of("a", "b", TransitionKind.SKIP))));
    assertThat(paths(e))
        .containsExactly(
            "name",
            "stages[s].id",
            "stages[s].phase",
            "stages[s].touchpoints[a].id",
            "transitions[0].to",
            "transitions[1].to",
            "transitions[1]");
    assertThat(e).hasMessageStartingWith("invalid journey 'j': 7 problems");
  }

  @Test
  void theExceptionNeedsAtLeastOneProblem() {
    assertThatThrownBy(() -> new ModelValidationException("model", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("problems must not be empty");
    ModelValidationException one =
        new ModelValidationException(
            "model 'x'", ImmutableList.of(new Problem(ModelPath.root(), "is empty")));
    assertThat(one).hasMessage("invalid model 'x': 1 problem\n  is empty");
  }

  @Nested
  class Values {
    @Test
    void scalesRejectImpossibleBoxes() {
      assertThatThrownBy(() -> Scale.higherIsBetter(5, 5, 1, 1, 0))
          .hasMessage("scale min (5) must be below max (5)");
      assertThatThrownBy(() -> Scale.higherIsBetter(0, 1001, 1, 1, 0))
          .hasMessage("a scale has at most 1001 points, got 0..1001");
      assertThatThrownBy(() -> Scale.higherIsBetter(Integer.MIN_VALUE, Integer.MAX_VALUE, 1, 1, 0))
          .hasMessageStartingWith("a scale has at most 1001 points");
      assertThatThrownBy(() -> Scale.higherIsBetter(1, 5, 0, 1, 0))
          .hasMessage("topBox must be at least 1 point, got 0");
      assertThatThrownBy(() -> Scale.higherIsBetter(1, 5, 2, 1, 0))
          .hasMessage("goodBox (1) must be at least topBox (2)");
      assertThatThrownBy(() -> Scale.higherIsBetter(1, 5, 1, 1, -1))
          .hasMessage("bottomBox must not be negative, got -1");
      assertThatThrownBy(() -> Scale.lowerIsBetter(1, 5, 1, 3, 3))
          .hasMessage("goodBox (3) and bottomBox (3) overlap on a 5-point scale");
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void targetsMustBeFinite(double threshold) {
      assertThatThrownBy(() -> MetricTarget.mean("ces", threshold))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a target's threshold must be a finite number");
    }

    /** Issue #11: {@code measure("nps", 150)} was accepted; a share above 100 % was too. */
    @Test
    void targetsOutsideTheirUnitsRangeAreRejectedWithTheRange() {
      assertThatThrownBy(() -> MetricTarget.npsPoints("nps", 150))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a target in NPS points must be within -100..100");
      assertThatThrownBy(() -> MetricTarget.npsPoints("nps", -100.5))
          .hasMessage("a target in NPS points must be within -100..100");
      assertThatThrownBy(() -> MetricTarget.goodBoxShare("csat", 100.01))
          .hasMessage("a target in % good box must be within 0..100");
      assertThatThrownBy(() -> MetricTarget.topBoxShare("csat", -1))
          .hasMessage("a target in % top box must be within 0..100");
      assertThat(MetricTarget.npsPoints("nps", -100).threshold()).isEqualTo(-100);
      assertThat(MetricTarget.goodBoxShare("csat", 100).threshold()).isEqualTo(100);
    }

    /**
     * Issue #11: a CES target of 9 on the 1..7 scale was accepted. A mean off the scale, and NPS
     * points on a scale without a bottom box, are problems of the model with the target's path and
     * the valid range (never the value written).
     */
    @Test
    void targetsImpossibleOnTheirMeasureAreModelProblems() {
      assertThatThrownBy(
              () ->
                  model()
                      .measure(Measure.of("fcr", "FCR", Scale.higherIsBetter(0, 1, 1, 1, 0)))
                      .journey(
                          Journey.builder("j")
                              .persona("maria")
                              .stage(
                                  Stage.builder("s", Phase.DURING)
                                      .touchpoint(
                                          Touchpoint.builder("t")
                                              .measure(MetricTarget.mean("ces", 9))
                                              .measure(MetricTarget.mean("csat", 0.5))
                                              .measure(MetricTarget.npsPoints("fcr", 10))
                                              .measure(MetricTarget.mean("nps", 10)))))
                      .build())
          .isInstanceOfSatisfying(
              ModelValidationException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(Problem::toString)
                      .containsExactly(
                          "journeys[j].stages[s].touchpoints[t].measures[0].threshold: a target"
                              + " in MEAN must be within 1..7 on measure 'ces'",
                          "journeys[j].stages[s].touchpoints[t].measures[1].threshold: a target"
                              + " in MEAN must be within 1..5 on measure 'csat'",
                          "journeys[j].stages[s].touchpoints[t].measures[2].unit: NPS points need"
                              + " a scale with a bottom box (the detractors); measure 'fcr' has"
                              + " none"))
          .hasMessageNotContaining("9.0")
          .hasMessageNotContaining("0.5");
    }

    @Test
    void lowerIsBetterMeansAreMetFromBelow() {
      Scale effort = Scale.lowerIsBetter(1, 5, 1, 2, 1);
      MetricTarget t = MetricTarget.of(MeasureId.of("effort"), MetricTarget.Unit.MEAN, 2);
      assertThat(t.isMetBy(1.5, effort)).isTrue();
      assertThat(t.isMetBy(2, effort)).isTrue();
      assertThat(t.isMetBy(2.5, effort)).isFalse();
      MetricTarget share =
          MetricTarget.of(MeasureId.of("effort"), MetricTarget.Unit.GOOD_BOX_PERCENT, 60);
      assertThat(share.isMetBy(61, effort)).isTrue();
      assertThat(share.isMetBy(59, effort)).isFalse();
    }

    @Test
    void negativeZeroTargetsEqualZero() {
      assertThat(MetricTarget.npsPoints("nps", -0.0))
          .isEqualTo(MetricTarget.npsPoints("nps", 0.0))
          .hasSameHashCodeAs(MetricTarget.npsPoints("nps", 0.0));
    }

    @Test
    void participantCountsArePositive() {
      assertThatThrownBy(
              () ->
                  new Provenance(
                      com.google.common.collect.ImmutableSet.of(),
                      ImmutableSortedMap.of(ParticipantRole.CUSTOMER, 0),
                      Optional.empty()))
          .hasMessage("participants[CUSTOMER] must be positive, got 0");
      assertThatThrownBy(() -> Provenance.NONE.withParticipants(ParticipantRole.CUSTOMER, -1))
          .hasMessage("count must not be negative, got -1");
      assertThat(
              Provenance.NONE
                  .withParticipants(ParticipantRole.CUSTOMER, 3)
                  .withParticipants(ParticipantRole.CUSTOMER, 0))
          .isEqualTo(Provenance.NONE);
    }

    @Test
    void queriesForTouchpointsAJourneyDoesNotHaveAreErrors() {
      Journey j = Fixtures.firstVisit();
      assertThatThrownBy(() -> j.successors(TouchpointId.of("nope")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("journey 'first-visit' has no touchpoint 'nope'");
      assertThatThrownBy(() -> j.predecessors(TouchpointId.of("nope")))
          .hasMessage("journey 'first-visit' has no touchpoint 'nope'");
      assertThatThrownBy(() -> j.withTouchpoint(Touchpoint.builder("nope").build()))
          .hasMessage("journey 'first-visit' has no touchpoint 'nope'");
      assertThat(j.touchpoint("nope")).isEmpty();
      assertThat(j.stageOf(TouchpointId.of("nope"))).isEmpty();
      assertThat(j.stage(StageId.of("nope"))).isEmpty();
    }

    @Test
    void modelPathsRejectWhatIsNotAPath() {
      for (String bad :
          List.of(".a", "a.", "a..b", "a[", "a[]", "[0]", "a]", "a[0]b", "a[0].", "a b[")) {
        assertThatThrownBy(() -> ModelPath.parse(bad))
            .as(bad)
            .isInstanceOf(IllegalArgumentException.class);
      }
      assertThat(ModelPath.parse("")).isEqualTo(ModelPath.root());
      assertThat(ModelPath.parse("journeys[custom.fcr].stages[2].name"))
          .isEqualTo(
              ModelPath.root()
                  .element("journeys", 0, "custom.fcr")
                  .element("stages", 2)
                  .field("name"));
      assertThat(ModelPath.parse("a[007]").segments().get(0).key()).contains("007");
      assertThatThrownBy(() -> ModelPath.root().element("x", -1))
          .hasMessage("index must be >= 0, got -1");
      assertThatThrownBy(() -> new ModelPath.Segment("x", -1, Optional.of("k")))
          .hasMessage("a key needs an index");
      assertThatThrownBy(() -> ModelPath.root().field(" ")).hasMessage("field must not be blank");
    }
  }
}
