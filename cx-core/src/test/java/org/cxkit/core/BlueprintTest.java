package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.blueprint.Dependency;
import org.cxkit.core.blueprint.DependencyKind;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.JourneyComparison;
import org.cxkit.core.blueprint.Lane;
import org.cxkit.core.blueprint.NoteKind;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.blueprint.ResearchNote;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.blueprint.Timing;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyState;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/**
 * The blueprint concepts: their values reject what can never be right, a journey resolves its
 * references (support processes, dependencies, entry points, the emotion scale), a model its zooms
 * and versions; the experience curve is derived by its stated formula; time standards add up.
 */
class BlueprintTest {

  private static Journey.Builder journey(String id) {
    return Journey.builder(id)
        .persona("p")
        .scope(JourneyScope.EPISODE)
        .stage(
            Stage.builder("s", Phase.DURING)
                .touchpoint(Touchpoint.builder("a"))
                .touchpoint(Touchpoint.builder("b")));
  }

  private static List<String> problems(UnaryOperator<Journey.Builder> change) {
    ModelValidationException e =
        catchThrowableOfType(
            ModelValidationException.class, () -> change.apply(journey("j")).build());
    assertThat(e).as("rejected").isNotNull();
    return RejectionTest.paths(e);
  }

  @Test
  void valuesRejectWhatCanNeverBeRight() {
    assertThatThrownBy(() -> Activity.of(Lane.SUPPORT, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("description");
    assertThatThrownBy(() -> Activity.of(Lane.SUPPORT, "x").inProcess("Not An Id"))
        .hasMessageContaining("process")
        .hasMessageNotContaining("Not An Id");
    assertThatThrownBy(() -> SupportProcess.of("Bad Id", "x"))
        .hasMessageNotContaining("Bad Id")
        .hasMessageContaining("6 characters");
    assertThatThrownBy(() -> Dependency.of("a", DependencyKind.TRIGGERS, "a"))
        .hasMessageContaining("itself");
    assertThatThrownBy(() -> EmotionScale.of(2, 2)).hasMessageContaining("below");
    assertThatThrownBy(() -> EmotionScale.of(Double.NaN, 2)).hasMessageContaining("finite");
    assertThatThrownBy(() -> Emotion.intended(Double.POSITIVE_INFINITY))
        .hasMessageContaining("intended");
    assertThatThrownBy(() -> ResearchNote.of(NoteKind.PAIN, "x").weighing(0))
        .hasMessageContaining("weight");
    assertThatThrownBy(() -> ResearchNote.of(NoteKind.PAIN, "x").weighing(Double.NaN))
        .hasMessageContaining("weight");
    assertThatThrownBy(
            () ->
                new Timing(Optional.empty(), Optional.of(Duration.ofSeconds(1)), Optional.empty()))
        .hasMessageContaining("needs a standard");
    assertThatThrownBy(
            () -> Timing.standard(Duration.ofSeconds(30)).toleratingUpTo(Duration.ofSeconds(29)))
        .hasMessageContaining("shorter than the standard");
    assertThatThrownBy(() -> Timing.standard(Duration.ofSeconds(-1)))
        .hasMessageContaining("negative");
  }

  @Test
  void aJourneyResolvesItsBlueprintReferences() {
    assertThat(
            problems(
                j ->
                    j.supportProcess(SupportProcess.of("kitchen", "Kitchen"))
                        .supportProcess(SupportProcess.of("kitchen", "Kitchen again"))
                        .supportProcess(SupportProcess.of("a", "Clashes with touchpoint a"))
                        .dependency("kitchen", DependencyKind.ENABLES, "nowhere")
                        .dependency("nothing", DependencyKind.TRIGGERS, "b")
                        .entry("c")
                        .entry("b")
                        .entry("b")
                        .participant(Actor.of("x"), ActorType.SYSTEM)
                        .participant(Actor.of("x"), ActorType.PARTNER)
                        .versionOf("j")))
        .containsExactlyInAnyOrder(
            "versionOf",
            "participants[1].actor",
            "supportProcesses[kitchen].id",
            "supportProcesses[a].id",
            "dependencies[0].to",
            "dependencies[1].from",
            "entries[2]",
            "entries[0]");
  }

  @Test
  void anActivityNamesASupportProcessOfItsJourney() {
    Journey.Builder j =
        Journey.builder("j")
            .persona("p")
            .stage(
                Stage.builder("s", Phase.DURING)
                    .touchpoint(
                        Touchpoint.builder("a")
                            .activity(Activity.of(Lane.SUPPORT, "x").inProcess("kitchen"))));
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, j::build);
    assertThat(RejectionTest.paths(e))
        .containsExactly("stages[s].touchpoints[a].activities[0].process");
    assertThat(j.supportProcess(SupportProcess.of("kitchen", "Kitchen")).build().supportProcesses())
        .hasSize(1);
  }

  @Test
  void emotionValuesLieOnTheJourneysStatedScale() {
    UnaryOperator<Journey.Builder> felt =
        j ->
            Journey.builder("j")
                .persona("p")
                .stage(
                    Stage.builder("s", Phase.DURING)
                        .touchpoint(Touchpoint.builder("a").emotion(Emotion.intended(3)))
                        .touchpoint(
                            Touchpoint.builder("b").emotion(Emotion.intended(1).withMeasured(-2))));
    assertThat(problems(felt))
        .containsExactly(
            "stages[s].touchpoints[a].emotion.intended",
            "stages[s].touchpoints[b].emotion.intended",
            "stages[s].touchpoints[b].emotion.measured");
    assertThat(problems(j -> felt.apply(j).emotionScale(EmotionScale.of(-2, 2))))
        .containsExactly("stages[s].touchpoints[a].emotion.intended");
    Journey ok = felt.apply(journey("j")).emotionScale(EmotionScale.of(-3, 3)).build();
    assertThat(ok.emotionScale()).contains(EmotionScale.of(-3, 3));
  }

  /**
   * The derived curve, {@code neutral + (G - P) / (G + P) * (max - min) / 2}, worked by hand: on
   * -2..2 with gains weighing 3 and pains 5, the balance is -2/8 = -0.25, so -0.5; on 1..5, equal
   * weights give the middle, 3.
   */
  @Test
  void theCurveIsDerivedFromWeightedPainsAndGains() {
    EmotionScale s = EmotionScale.of(-2, 2);
    List<ResearchNote> notes =
        List.of(
            ResearchNote.of(NoteKind.GAIN, "g").weighing(3),
            ResearchNote.of(NoteKind.PAIN, "p").weighing(5),
            ResearchNote.of(NoteKind.NEED, "n").weighing(100),
            ResearchNote.of(NoteKind.QUOTE, "q"));
    assertThat(s.derive(notes)).hasValue(-0.5);
    assertThat(s.derive(List.of(ResearchNote.of(NoteKind.GAIN, "g")))).hasValue(2.0);
    assertThat(s.derive(List.of(ResearchNote.of(NoteKind.PAIN, "p").weighing(7)))).hasValue(-2.0);
    assertThat(s.derive(List.of(ResearchNote.of(NoteKind.NEED, "n")))).isEmpty();
    assertThat(
            EmotionScale.of(1, 5)
                .derive(
                    List.of(
                        ResearchNote.of(NoteKind.GAIN, "g").weighing(2),
                        ResearchNote.of(NoteKind.PAIN, "p").weighing(2))))
        .hasValue(3.0);
  }

  /**
   * Shostack (1984) gives the shoeshine's steps 30, 30, 45 and 15 seconds and the whole a standard
   * execution time of two minutes: the steps' standards add up to the published whole.
   */
  @Test
  void timeStandardsAddUpAlongTheMainPath() {
    CxModel m = ReferenceModels.shoeshine();
    Journey steps = m.journey("shoeshine-steps").orElseThrow();
    Journey outer = m.journey("corner-shoeshine").orElseThrow();
    assertThat(steps.totalStandard()).isEqualTo(Duration.ofMinutes(2));
    Timing whole = outer.touchpoint("shoeshine").orElseThrow().timing();
    assertThat(whole.standard()).contains(steps.totalStandard());
    assertThat(whole.withinTolerance(Duration.ofMinutes(4))).isTrue();
    assertThat(whole.withinTolerance(Duration.ofMinutes(6))).isFalse();
    assertThat(Timing.standard(Duration.ofSeconds(30)).withinTolerance(Duration.ofSeconds(31)))
        .isFalse();
    Journey map = ReferenceModels.journeyMap().journey("buy-e-bike").orElseThrow();
    assertThat(map.totalStandard()).isEqualTo(Duration.ofDays(5)); // the wait counts
  }

  /**
   * The journey map's to-be version adds a slot choice; its curve rises at configure (measured 0.5
   * today, 1.5 intended: +1) and at delivery (measured -1 today, 1 intended: +2), and stays at the
   * first ride (2 and 2).
   */
  @Test
  void aToBeVersionIsComparedWithItsAsIsJourney() {
    CxModel m = ReferenceModels.journeyMap();
    Journey asIs = m.journey("buy-e-bike").orElseThrow();
    Journey toBe = m.journey("buy-e-bike-future").orElseThrow();
    assertThat(toBe.versionOf()).contains(asIs.id());
    JourneyComparison c = JourneyComparison.of(asIs, toBe);
    assertThat(c.added()).extracting(TouchpointId::value).containsExactly("slot-choice");
    assertThat(c.removed()).isEmpty();
    assertThat(c.moved()).isEmpty();
    assertThat(c.rose()).extracting(TouchpointId::value).containsExactly("configure", "delivery");
    assertThat(c.fell()).isEmpty();
    assertThat(c.changes())
        .filteredOn(x -> x.touchpoint().value().equals("delivery"))
        .singleElement()
        .satisfies(x -> assertThat(x.rise()).hasValue(2.0));
    assertThat(c.changes())
        .filteredOn(x -> x.touchpoint().value().equals("first-ride"))
        .singleElement()
        .satisfies(x -> assertThat(x.rise()).hasValue(0.0));
    assertThat(c)
        .hasToString(
            "JourneyComparison[buy-e-bike -> buy-e-bike-future: 1 added, 0 removed, 0 moved,"
                + " curve rose at 2, fell at 0; persona curves: 0 compared, 1 as-is only, 0 to-be"
                + " only]");
    // the to-be map draws no leisure rider: the curve is kept, as as-is only, not dropped
    assertThat(c.personas())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.persona().value()).isEqualTo("leisure-rider");
              assertThat(p.side()).isEqualTo(JourneyComparison.Side.AS_IS_ONLY);
              assertThat(p.changes()).isEmpty();
            });
    JourneyComparison back = JourneyComparison.of(toBe, asIs);
    assertThat(back.removed()).extracting(TouchpointId::value).containsExactly("slot-choice");
    // today's design set against the future one as measured: the curve falls at delivery
    assertThat(back.fell()).extracting(TouchpointId::value).containsExactly("delivery");
    Journey otherScale = toBe.toBuilder().emotionScale(EmotionScale.of(-3, 3)).build();
    assertThatThrownBy(() -> JourneyComparison.of(asIs, otherScale))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different emotion scales");
  }

  /**
   * Persona curves compared by hand: the leisure rider measured 1, 0.5 and 1.5 at configure,
   * delivery and first ride today; the to-be design intends 1, 1.5 and 1 there and 1 at the new
   * slot choice. Rises (intended minus measured): configure 1 − 1 = 0, delivery 1.5 − 0.5 = +1,
   * first ride 1 − 1.5 = −0.5; the slot choice has no as-is point and is not compared. A family
   * rider drawn only on the to-be map is there as to-be only.
   */
  @Test
  void eachPersonasCurveIsComparedAndOneSidedCurvesStayVisible() {
    CxModel m = ReferenceModels.journeyMap();
    Journey asIs = m.journey("buy-e-bike").orElseThrow();
    Journey toBe =
        m.journey("buy-e-bike-future").orElseThrow().toBuilder()
            .personaCurve(
                PersonaCurve.of("leisure-rider")
                    .at("slot-choice", Emotion.intended(1))
                    .at("first-ride", Emotion.intended(1))
                    .at("delivery", Emotion.intended(1.5))
                    .at("configure", Emotion.intended(1)))
            .personaCurve(PersonaCurve.of("family-rider").at("delivery", Emotion.intended(1)))
            .build();
    JourneyComparison c = JourneyComparison.of(asIs, toBe);
    assertThat(c.personas()).hasSize(2);
    JourneyComparison.PersonaChange leisure = c.personas().get(0);
    assertThat(leisure.persona().value()).isEqualTo("leisure-rider");
    assertThat(leisure.side()).isEqualTo(JourneyComparison.Side.BOTH);
    // in the to-be curve's order, only where both curves have a point
    assertThat(leisure.changes())
        .extracting(x -> x.touchpoint().value())
        .containsExactly("first-ride", "delivery", "configure");
    assertThat(leisure.changes())
        .extracting(x -> x.rise().orElseThrow())
        .containsExactly(-0.5, 1.0, 0.0);
    assertThat(leisure.rose()).extracting(TouchpointId::value).containsExactly("delivery");
    assertThat(leisure.fell()).extracting(TouchpointId::value).containsExactly("first-ride");
    JourneyComparison.PersonaChange family = c.personas().get(1);
    assertThat(family.persona().value()).isEqualTo("family-rider");
    assertThat(family.side()).isEqualTo(JourneyComparison.Side.TO_BE_ONLY);
    assertThat(family.changes()).isEmpty();
    assertThat(c.toString())
        .endsWith("; persona curves: 1 compared, 0 as-is only, 1 to-be only]")
        .doesNotContain("\n");
    // the journey's own curve is compared as before
    assertThat(c.rose()).extracting(TouchpointId::value).containsExactly("configure", "delivery");

    JourneyComparison back = JourneyComparison.of(toBe, asIs);
    assertThat(back.personas())
        .extracting(JourneyComparison.PersonaChange::side)
        .containsExactly(JourneyComparison.Side.BOTH, JourneyComparison.Side.AS_IS_ONLY);
    // back from the design to today as measured: delivery 1.5 -> 0.5 falls, first ride rises
    assertThat(back.personas().get(0).fell()).extracting(TouchpointId::value).contains("delivery");
    assertThat(back.personas().get(0).rose())
        .extracting(TouchpointId::value)
        .containsExactly("first-ride");

    Journey shine = ReferenceModels.shoeshine().journey("corner-shoeshine").orElseThrow();
    JourneyComparison same = JourneyComparison.of(shine, shine);
    assertThat(same.personas()).isEmpty();
    assertThat(same.toString()).endsWith("curve rose at 0, fell at 0]");
    assertThatThrownBy(
            () ->
                new JourneyComparison.PersonaChange(
                    PersonaId.of("a"), JourneyComparison.Side.TO_BE_ONLY, leisure.changes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changes: a curve on one side only (TO_BE_ONLY) has no points to compare");
  }

  @Test
  void zoomAndVersionsResolveAndZoomingNeverComesBack() {
    Journey a = journey("a").build();
    Journey zoomsToB =
        a.withTouchpoint(a.touchpoint("a").orElseThrow().toBuilder().detail("b").build());
    Journey b = journey("b").build();
    Journey bZoomsToA =
        b.withTouchpoint(b.touchpoint("b").orElseThrow().toBuilder().detail("a").build());
    Persona p = Persona.of("p", "P");
    CxModel ok = CxModel.builder("m").persona(p).journey(zoomsToB).journey(b).build();
    assertThat(ok.journeys()).hasSize(2);

    ModelValidationException missing =
        catchThrowableOfType(
            ModelValidationException.class,
            () -> CxModel.builder("m").persona(p).journey(zoomsToB).build());
    assertThat(RejectionTest.paths(missing))
        .containsExactly("journeys[a].stages[s].touchpoints[a].detail");

    ModelValidationException cycle =
        catchThrowableOfType(
            ModelValidationException.class,
            () -> CxModel.builder("m").persona(p).journey(zoomsToB).journey(bZoomsToA).build());
    assertThat(RejectionTest.paths(cycle))
        .containsExactly("journeys[b].stages[s].touchpoints[b].detail");

    Journey self =
        a.withTouchpoint(a.touchpoint("b").orElseThrow().toBuilder().detail("a").build());
    assertThat(
            RejectionTest.paths(
                catchThrowableOfType(
                    ModelValidationException.class,
                    () -> CxModel.builder("m").persona(p).journey(self).build())))
        .containsExactly("journeys[a].stages[s].touchpoints[b].detail");

    Journey future = journey("future").state(JourneyState.FUTURE).versionOf("gone").build();
    assertThat(
            RejectionTest.paths(
                catchThrowableOfType(
                    ModelValidationException.class,
                    () -> CxModel.builder("m").persona(p).journey(future).build())))
        .containsExactly("journeys[future].versionOf");
  }

  /** A hostile chain of zooms, each journey opening the next, is checked without recursion. */
  @Test
  void aLongChainOfZoomsIsCheckedWithoutOverflowingTheStack() {
    int n = 5_000;
    CxModel.Builder m = CxModel.builder("m").persona(Persona.of("p", "P"));
    List<Journey> chain = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Journey.Builder j =
          Journey.builder("j" + i)
              .persona("p")
              .stage(
                  Stage.builder("s", Phase.DURING)
                      .touchpoint(
                          Touchpoint.builder("t").detail(i + 1 < n ? "j" + (i + 1) : "j0")));
      chain.add(j.build());
    }
    chain.forEach(m::journey);
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, m::build);
    assertThat(RejectionTest.paths(e))
        .containsExactly("journeys[j4999].stages[s].touchpoints[t].detail");
  }

  @Test
  void theReferenceModelsRebuildEqualFromTheirBuilders() {
    for (CxModel m : ReferenceModels.all().values()) {
      for (Journey j : m.journeys()) {
        assertThat(j.toBuilder().build()).isEqualTo(j).hasSameHashCodeAs(j);
        for (Touchpoint t : j.touchpoints()) {
          assertThat(t.toBuilder().build()).isEqualTo(t);
        }
      }
    }
    Journey hotel = ReferenceModels.hotel().journeys().get(0);
    assertThat(hotel.typeOf(Actor.of("bellperson"))).contains(ActorType.FRONTLINE);
    assertThat(hotel.typeOf(Actor.CUSTOMER)).contains(ActorType.END_USER);
    assertThat(hotel.typeOf(Actor.of("nobody"))).isEmpty();
    assertThat(hotel.touchpoint("check-in").orElseThrow().activities())
        .extracting(Activity::lane)
        .containsExactly(Lane.CUSTOMER, Lane.ONSTAGE, Lane.SUPPORT);
    assertThat(Lane.ONSTAGE.visible()).isTrue();
    assertThat(Lane.BACKSTAGE.visible()).isFalse();
  }
}
