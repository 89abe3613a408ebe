package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.MarketAnalysis;
import org.cxkit.core.strategy.ValueProposition;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Scales against their published definitions, and the lookups users call from scripts. */
class ScaleAndQueriesTest {

  private static List<Integer> points(Scale s, java.util.function.IntPredicate p) {
    return IntStream.rangeClosed(s.min(), s.max()).filter(p).boxed().toList();
  }

  /**
   * NPS: promoters answer 9 or 10, passives 7 or 8, detractors 0 to 6 on the 0..10 "would you
   * recommend" question (F. F. Reichheld, "The One Number You Need to Grow", Harvard Business
   * Review 81(12), 2003).
   */
  @Test
  void npsBoxesArePromotersAndDetractors() {
    Scale nps = Scale.NPS;
    assertThat(nps.points()).isEqualTo(11);
    assertThat(points(nps, nps::isTop)).containsExactly(9, 10);
    assertThat(points(nps, nps::isGood)).containsExactly(9, 10);
    assertThat(points(nps, nps::isBottom)).containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(nps.isTop(11)).isFalse();
    assertThat(nps.isBottom(-1)).isFalse();
    assertThat(nps.contains(0)).isTrue();
    assertThat(nps.contains(11)).isFalse();
  }

  /**
   * CSAT: top-2-box, "satisfied" (4) or "very satisfied" (5) on a five-point scale, counts as good.
   */
  @Test
  void csatCountsTheTopTwoBoxes() {
    Scale csat = Scale.CSAT;
    assertThat(points(csat, csat::isTop)).containsExactly(5);
    assertThat(points(csat, csat::isGood)).containsExactly(4, 5);
    assertThat(points(csat, csat::isBottom)).containsExactly(1, 2);
  }

  /**
   * CES 2.0: "The company made it easy for me to handle my issue", 1 strongly disagree to 7
   * strongly agree; 5 to 7 is agreement (Dixon, Toman and DeLisi, The Effortless Experience, 2013).
   */
  @Test
  void cesCountsAgreementAsGood() {
    Scale ces = Scale.CES;
    assertThat(points(ces, ces::isTop)).containsExactly(7);
    assertThat(points(ces, ces::isGood)).containsExactly(5, 6, 7);
    assertThat(points(ces, ces::isBottom)).containsExactly(1, 2, 3);
  }

  @Test
  void lowerIsBetterScalesMirrorTheBoxes() {
    Scale effort = Scale.lowerIsBetter(1, 5, 1, 2, 1);
    assertThat(points(effort, effort::isTop)).containsExactly(1);
    assertThat(points(effort, effort::isGood)).containsExactly(1, 2);
    assertThat(points(effort, effort::isBottom)).containsExactly(5);
    assertThat(effort.rank(1)).isEqualTo(4);
    assertThat(effort.rank(5)).isZero();
    assertThat(effort.isBetter(1.5, 2.0)).isTrue();
    assertThat(effort.isBetter(2.0, 2.0)).isFalse();
    assertThat(Scale.NPS.isBetter(2.0, 1.5)).isTrue();
    assertThat(Scale.NPS.isBetter(1.5, 2.0)).isFalse();
    assertThat(Scale.higherIsBetter(-3, 3, 1, 1, 0).rank(-3)).isZero();
  }

  @Test
  void theWidestScaleHasMaxPoints() {
    Scale wide = Scale.higherIsBetter(-500, 500, 1, 10, 10);
    assertThat(wide.points()).isEqualTo(Scale.MAX_POINTS);
    assertThat(points(wide, wide::isGood)).hasSize(10).endsWith(500);
    assertThat(points(wide, wide::isBottom)).hasSize(10).startsWith(-500);
    assertThat(Scale.higherIsBetter(0, 1, 1, 2, 0).isGood(0)).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void boxesOfAnyValidScaleNestAndCountAsDeclared(long seed) {
    Scale s = new ModelGenerator(seed).scale();
    String why = Seeds.describe(seed) + " " + s;
    assertThat(points(s, s::isTop)).as(why).hasSize(s.topBox());
    assertThat(points(s, s::isGood)).as(why).hasSize(s.goodBox()).containsAll(points(s, s::isTop));
    assertThat(points(s, s::isBottom))
        .as(why)
        .hasSize(s.bottomBox())
        .doesNotContainAnyElementsOf(points(s, s::isGood));
    for (int p = s.min(); p <= s.max(); p++) {
      assertThat(s.rank(p)).as(why).isBetween(0, s.points() - 1);
    }
    assertThat(s.rank(s.min()) + s.rank(s.max())).as(why).isEqualTo(s.points() - 1);
  }

  @Test
  void modelLookups() {
    CxModel m = Fixtures.meetup();
    Journey j = m.journeys().get(0);
    assertThat(m.persona(PersonaId.of("maria"))).contains(Fixtures.maria());
    assertThat(m.persona(PersonaId.of("sam"))).isEmpty();
    assertThat(m.journey("first-visit")).contains(j);
    assertThat(m.journey(JourneyId.of("none"))).isEmpty();
    assertThat(m.journeysOf(PersonaId.of("maria"))).containsExactly(j);
    assertThat(m.journeysOf(PersonaId.of("sam"))).isEmpty();
    assertThat(m.measure(MeasureId.of("nps"))).contains(Measure.NPS);
    assertThat(m.measure(MeasureId.of("fcr"))).isEmpty();
    assertThat(m.strategy().segment(SegmentId.of("freelancers"))).isPresent();
    assertThat(m.strategy().segment(SegmentId.of("students"))).isEmpty();
    assertThat(m.strategy().offering(OfferingId.of("waffle-wednesday"))).isPresent();
    assertThat(m.strategy().offering(OfferingId.of("other"))).isEmpty();
    assertThat(m.check()).isEqualTo(ModelCheck.defaults().run(m));
  }

  @Test
  void journeyLookupsAndGraph() {
    Journey j = Fixtures.firstVisit();
    TouchpointId checkIn = TouchpointId.of("check-in");
    assertThat(j.start()).contains(TouchpointId.of("hear-about"));
    assertThat(j.successors(checkIn))
        .extracting(TouchpointId::value)
        .containsExactly("talk", "helpdesk");
    assertThat(j.predecessors(TouchpointId.of("talk")))
        .extracting(TouchpointId::value)
        .containsExactlyInAnyOrder("check-in", "helpdesk");
    assertThat(j.predecessors(TouchpointId.of("event-page")))
        .extracting(TouchpointId::value)
        .containsExactlyInAnyOrder("hear-about", "reminder");
    assertThat(j.successors(TouchpointId.of("survey"))).isEmpty();
    assertThat(j.isFullyReachable()).isTrue();
    assertThat(j.reachable()).hasSize(10);
    assertThat(j.touchpoints(Phase.DURING))
        .extracting(t -> t.id().value())
        .containsExactly("check-in", "helpdesk", "talk", "networking");
    assertThat(j.touchpoints(Channel.EMAIL))
        .extracting(t -> t.id().value())
        .containsExactly("reminder", "slides");
    assertThat(j.touchpoints(Channel.LETTER)).isEmpty();
    assertThat(j.phases()).containsExactly(Phase.BEFORE, Phase.DURING, Phase.AFTER);
    assertThat(j.stageOf(checkIn).map(Stage::id)).contains(StageId.of("attend"));
    assertThat(j.stage(StageId.of("attend")).orElseThrow().touchpoint(checkIn))
        .isEqualTo(j.touchpoint(checkIn));
    assertThat(j.stage(StageId.of("discover")).orElseThrow().touchpoint(checkIn)).isEmpty();
    Touchpoint t = j.touchpoint(checkIn).orElseThrow();
    assertThat(t.target(MeasureId.of("csat"))).contains(MetricTarget.mean("csat", 4));
    assertThat(t.target(MeasureId.of("nps"))).isEmpty();
  }

  @Test
  void lookupsByAStringThatIsNoIdFindNothing() {
    CxModel m = Fixtures.meetup();
    assertThat(m.journey("first-visit")).isPresent();
    assertThat(m.journey("First Visit")).isEmpty();
    assertThat(m.journey("")).isEmpty();
    assertThat(m.journey("x".repeat(Ids.MAX_LENGTH + 1))).isEmpty();
    Journey j = Fixtures.firstVisit();
    assertThat(j.touchpoint("check-in")).isPresent();
    assertThat(j.touchpoint("Check In")).isEmpty();
    assertThat(j.touchpoint(" ")).isEmpty();
  }

  @Test
  void aJourneyWithoutMainPathStartsAtItsFirstTouchpointAndOneWithoutTouchpointsNowhere() {
    Journey off =
        Journey.builder("j")
            .persona("p")
            .stage(
                Stage.builder("s", Phase.DURING)
                    .touchpoint(Touchpoint.builder("a").offMainPath())
                    .touchpoint(Touchpoint.builder("b").offMainPath()))
            .build();
    assertThat(off.start()).contains(TouchpointId.of("a"));
    assertThat(off.flow()).isEmpty();
    assertThat(off.unreachable()).containsExactly(TouchpointId.of("b"));
    assertThat(off.graph().entry()).contains(TouchpointId.of("a"));
    assertThat(off.graph().moves()).isEmpty();
    assertThat(off.graph().reachable()).containsExactly(TouchpointId.of("a"));
    assertThat(off.graph().unreachable()).containsExactly(TouchpointId.of("b"));
    Journey empty = Journey.builder("j").persona("p").build();
    assertThat(empty.start()).isEmpty();
    assertThat(empty.reachable()).isEmpty();
    assertThat(empty.unreachable()).isEmpty();
    assertThat(empty.isFullyReachable()).isTrue();
    assertThat(empty.graph().entry()).isEmpty();
    assertThat(empty.graph().network().nodes()).isEmpty();
    assertThat(empty.phases()).isEmpty();
  }

  @Test
  void idsOrderByTheirSlugs() {
    assertThat(List.of(StageId.of("b"), StageId.of("a"), StageId.of("a-1")).stream().sorted())
        .containsExactly(StageId.of("a"), StageId.of("a-1"), StageId.of("b"));
    assertThat(JourneyId.of("a")).isLessThan(JourneyId.of("b"));
    assertThat(PersonaId.of("a")).isLessThan(PersonaId.of("b"));
    assertThat(SegmentId.of("a")).isLessThan(SegmentId.of("b"));
    assertThat(OfferingId.of("a")).isLessThan(OfferingId.of("b"));
    assertThat(BusinessGoalId.of("a")).isLessThan(BusinessGoalId.of("b"));
    assertThat(MeasureId.of("a")).isLessThan(MeasureId.of("b"));
    assertThat(TouchpointId.of("a")).isLessThan(TouchpointId.of("b"));
  }

  @Test
  void smallValuesKeepWhatTheyAreGiven() {
    Competitor c =
        Competitor.of("Coworking Co").withStrengths("Cheap").withWeaknesses("Noisy", "Far");
    assertThat(c.strengths()).containsExactly("Cheap");
    assertThat(c.weaknesses()).containsExactly("Noisy", "Far");
    assertThat(c).hasToString("Competitor[Coworking Co: +[Cheap] -[Noisy, Far]]");
    assertThat(Insight.of("x", InsightMethod.QUANTITATIVE).withSource("survey 2026").source())
        .contains("survey 2026");
    assertThat(Frontstage.EMPTY.isEmpty()).isTrue();
    assertThat(Frontstage.of("x").isEmpty()).isFalse();
    assertThat(Backstage.EMPTY.isEmpty()).isTrue();
    assertThat(ValueProposition.EMPTY.isEmpty()).isTrue();
    assertThat(ValueProposition.builder().gain("g").build().isEmpty()).isFalse();
    assertThat(MarketAnalysis.EMPTY.isEmpty()).isTrue();
    RuntimeException cause = new IllegalStateException("boom");
    assertThat(new CxException("failed", cause)).hasMessage("failed").hasCause(cause);
  }
}
