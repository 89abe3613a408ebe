package org.cxkit.metrics.journeys;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Alignment costs against values computed by hand on the Waffle Wednesday first visit, and against
 * an independent search (Dijkstra over (events read, touchpoint) states, written from the
 * definition of an alignment in Carmona et al., <i>Conformance Checking</i>, Springer 2018, ch. 7)
 * on generated designs.
 *
 * <p>The first visit's designed main path is hear-about, event-page, rsvp, reminder, check-in,
 * talk, networking, slides, survey (9 touchpoints; the only end is survey), plus check-in →
 * helpdesk (EXCEPTION), helpdesk → talk and reminder → event-page (LOOP_BACK). So the shortest
 * designed way has 9 touchpoints and a journey of n events has trivial cost n + 9.
 */
class ConformanceTest {
  static final Journey FIRST_VISIT = Fixtures.firstVisit();
  static final Conformance C = Conformance.of(FIRST_VISIT);
  static final Instant T0 = Instant.parse("2026-11-04T17:00:00Z");
  static final List<String> MAIN =
      List.of(
          "hear-about",
          "event-page",
          "rsvp",
          "reminder",
          "check-in",
          "talk",
          "networking",
          "slides",
          "survey");

  static ActualJourney journey(String... steps) {
    List<JourneyEvent> events = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      JourneyEvent.Builder b = JourneyEvent.builder().customer("c").time(T0.plusSeconds(60L * i));
      String s = steps[i];
      if (s.startsWith("~")) {
        b.adHoc(s.substring(1));
      } else if (s.endsWith("!")) {
        b.touchpoint(s.substring(0, s.length() - 1)).outcome(Outcome.FAILED);
      } else {
        b.touchpoint(s);
      }
      events.add(b.build());
    }
    return ActualJourney.of(Grain.CUSTOMER, "c", events);
  }

  private static Alignment align(String... steps) {
    return C.align(journey(steps));
  }

  @Test
  void theMainPathFitsPerfectly() {
    Alignment a = align(MAIN.toArray(String[]::new));
    assertThat(a.cost()).isZero();
    assertThat(a.trivialCost()).isEqualTo(18);
    assertThat(a.fitness()).isEqualTo(1.0);
    assertThat(a.deviations()).isEmpty();
    assertThat(C.shortestDesignedWay()).isEqualTo(9);
  }

  @Test
  void handComputedCosts() {
    // skipping networking: one model move; 8 events: 1 - 1/17
    Alignment skip =
        align(
            "hear-about", "event-page", "rsvp", "reminder", "check-in", "talk", "slides", "survey");
    assertThat(skip.cost()).isEqualTo(1);
    assertThat(skip.fitness()).isEqualTo(1 - 1.0 / 17);
    assertThat(skip.deviations())
        .containsExactly(new Deviation(Deviation.Kind.MISSING, step("networking")));

    // a designed loop back (reminder -> event-page) and the helpdesk route cost nothing
    assertThat(
            align(
                    "hear-about",
                    "event-page",
                    "rsvp",
                    "reminder",
                    "event-page",
                    "rsvp",
                    "reminder",
                    "check-in",
                    "helpdesk",
                    "talk",
                    "networking",
                    "slides",
                    "survey")
                .cost())
        .isZero();

    // reminder and check-in swapped: either way one log move and one model move
    Alignment swap =
        align(
            "hear-about",
            "event-page",
            "rsvp",
            "check-in",
            "reminder",
            "talk",
            "networking",
            "slides",
            "survey");
    assertThat(swap.cost()).isEqualTo(2);
    assertThat(swap.fitness()).isEqualTo(1 - 2.0 / 18);
    assertThat(swap.deviations())
        .extracting(Deviation::kind)
        .containsExactlyInAnyOrder(Deviation.Kind.MISSING, Deviation.Kind.IRREGULAR_SEQUENCE);

    // an ad hoc step in the middle: one log move
    Alignment adHoc =
        align(
            "hear-about",
            "event-page",
            "~asked a friend",
            "rsvp",
            "reminder",
            "check-in",
            "talk",
            "networking",
            "slides",
            "survey");
    assertThat(adHoc.cost()).isEqualTo(1);
    assertThat(adHoc.deviations())
        .containsExactly(new Deviation(Deviation.Kind.AD_HOC, Step.adHoc("asked a friend")));

    // only the survey: the 8 touchpoints before it are missing; 1 event: 1 - 8/10
    Alignment late = align("survey");
    assertThat(late.cost()).isEqualTo(8);
    assertThat(late.fitness()).isEqualTo(1 - 8.0 / 10, org.assertj.core.data.Offset.offset(1e-15));

    // nothing designed: every event a log move, every designed touchpoint a model move
    Alignment none = align("~a", "~b");
    assertThat(none.cost()).isEqualTo(11);
    assertThat(none.fitness()).isZero();

    // a touchpoint id the design does not have is ad hoc
    assertThat(align("hear-about", "no-such-step").deviations())
        .contains(new Deviation(Deviation.Kind.AD_HOC, step("no-such-step")));
  }

  @Test
  void aFailedEventIsFailingWithoutCost() {
    Alignment a =
        align(
            "hear-about",
            "event-page",
            "rsvp",
            "reminder",
            "check-in!",
            "helpdesk",
            "talk",
            "networking",
            "slides",
            "survey");
    assertThat(a.cost()).isZero();
    assertThat(a.deviations())
        .containsExactly(new Deviation(Deviation.Kind.FAILING, step("check-in")));
  }

  @Test
  void theLogResultCountsDeviationsPerTouchpointAndStage() {
    ConformanceResult r =
        C.newState()
            .addAll(
                List.of(
                    journey(MAIN.toArray(String[]::new)),
                    journey(
                        "hear-about",
                        "event-page",
                        "rsvp",
                        "reminder",
                        "check-in!",
                        "talk",
                        "networking",
                        "slides",
                        "survey"),
                    journey("hear-about", "event-page", "~forum", "survey"),
                    journey("hear-about", "rsvp", "event-page")))
            .result();
    assertThat(r.journeys()).isEqualTo(4);
    assertThat(r.events()).isEqualTo(9 + 9 + 4 + 3);
    assertThat(r.perfect()).isEqualTo(2);
    // costs by hand: 0; 0 (failing costs nothing); 1 ad hoc + 6 missing (rsvp .. slides) = 7;
    // hear-about, rsvp, event-page: one of event-page/rsvp out of order (1 log + 1 model move),
    // then reminder .. survey missing (6) = 8
    assertThat(r.cost()).isEqualTo(15);
    assertThat(r.fitness()).contains(1 - 15.0 / (25 + 4 * 9));
    assertThat(r.trivialCost()).isEqualTo(25 + 4 * 9);
    ConformanceResult.TouchpointRow checkIn =
        r.touchpoint(TouchpointId.of("check-in")).orElseThrow();
    assertThat(checkIn.met()).isEqualTo(2);
    assertThat(checkIn.failing()).isEqualTo(1);
    assertThat(checkIn.failingRate().value()).contains(0.5);
    assertThat(checkIn.missing()).isEqualTo(2);
    assertThat(r.adHoc()).containsExactly(new ConformanceResult.StepCount(Step.adHoc("forum"), 1));
    assertThat(r.undesignedMoves())
        .contains(new MoveCount(step("hear-about"), step("rsvp"), 1))
        .contains(new MoveCount(step("rsvp"), step("event-page"), 1));
    // nobody went to the helpdesk or looped back
    assertThat(r.untakenMoves())
        .extracting(m -> m.from() + ">" + m.to())
        .contains("check-in>helpdesk", "helpdesk>talk", "reminder>event-page")
        .doesNotContain("hear-about>event-page");
    assertThat(r.stages()).hasSize(4);
    // in cx-core's terms, for the checks
    var seen = r.observations();
    assertThat(seen.journeys()).isEqualTo(4);
    assertThat(seen.moves().get(TouchpointId.of("hear-about"), TouchpointId.of("rsvp")))
        .isEqualTo(1L);
    assertThat(seen.moves().get(TouchpointId.of("hear-about"), TouchpointId.of("event-page")))
        .isEqualTo(3L);
    assertThat(seen.failing())
        .containsExactly(java.util.Map.entry(TouchpointId.of("check-in"), 1L));
    assertThat(seen.events().get(TouchpointId.of("check-in"))).isEqualTo(2L);
    assertThat(r.toString()).startsWith("ConformanceResult[first-visit: 4 journeys, fitness ");
  }

  @Test
  void aJourneyLongerThanTheLimitIsCountedNotAligned() {
    Conformance small = C.maxEvents(3);
    ConformanceResult r =
        small.newState().addAll(List.of(journey(MAIN.toArray(String[]::new)))).result();
    assertThat(r.tooLong()).isEqualTo(1);
    assertThat(r.journeys()).isZero();
    assertThat(r.fitness()).isEmpty();
    assertThatThrownBy(() -> small.align(journey(MAIN.toArray(String[]::new))))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> assertThat(e.kind()).isEqualTo(BadInputException.Kind.LIMIT))
        .hasMessage("the journey has 9 events, more than the limit 3");
  }

  static Step step(String id) {
    return Step.of(TouchpointId.of(id));
  }

  /**
   * The optimal alignment cost by Dijkstra over states (events read, position), position being
   * "before the start" or a state of the designed automaton: a sync move reads an event at a
   * touchpoint the position leads to (cost 0), a log move reads an event (cost 1), a model move
   * goes to a successor (1). See {@link ReferenceAutomaton}.
   */
  static int referenceCost(Journey design, List<Step> trace) {
    return new ReferenceAutomaton(design).cost(trace);
  }

  static ActualJourney randomTrace(Journey design, SplittableRandom r, int max) {
    List<TouchpointId> tps = design.touchpoints().stream().map(Touchpoint::id).toList();
    int n = 1 + r.nextInt(max);
    String[] steps = new String[n];
    // half the time a noisy walk along the design, else random touchpoints
    TouchpointId at = design.graph().entry().orElseThrow();
    for (int i = 0; i < n; i++) {
      int dice = r.nextInt(10);
      if (dice == 0) {
        steps[i] = "~noise";
      } else if (dice < 3) {
        steps[i] = tps.get(r.nextInt(tps.size())).value();
      } else {
        steps[i] = at.value();
        List<TouchpointId> next = List.copyOf(design.graph().successors(at));
        if (!next.isEmpty()) {
          at = next.get(r.nextInt(next.size()));
        }
      }
    }
    return journey(steps);
  }

  @ParameterizedTest
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void theCostIsOptimalAndTheMovesAreAnAlignment(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Journey design = r.nextBoolean() ? FIRST_VISIT : generated(seed);
    Conformance c = Conformance.of(design);
    String why = Seeds.describe(seed);
    for (int k = 0; k < 20; k++) {
      ActualJourney j = randomTrace(design, r, 14);
      Alignment a = c.align(j);
      assertThat(a.cost()).as(why).isEqualTo(referenceCost(design, j.steps()));
      assertThat(a.cost()).as(why).isLessThanOrEqualTo(j.size() + c.shortestDesignedWay());
      assertThat(a.fitness()).as(why).isBetween(0.0, 1.0);
      checkIsAlignment(design, j, a, why);
    }
  }

  /** A generated design, or the first visit when the generated one has no touchpoints. */
  static Journey generated(long seed) {
    Journey j = ModelGenerator.journey(seed);
    return j.touchpoints().isEmpty() ? FIRST_VISIT : j;
  }

  /**
   * The sync and log moves read the events in order; sync and model moves walk the design's
   * automaton from the start to an end (any of the states their touchpoints may stand for).
   */
  static void checkIsAlignment(Journey design, ActualJourney j, Alignment a, String why) {
    ReferenceAutomaton ref = new ReferenceAutomaton(design);
    int read = 0;
    Set<ReferenceAutomaton.State> at = Set.of(ReferenceAutomaton.START);
    for (Alignment.Move m : a.moves()) {
      if (m.kind() != Alignment.MoveKind.MODEL) {
        assertThat(m.event()).as(why).contains(read);
        assertThat(m.step()).as(why).isEqualTo(j.events().get(read).step());
        read++;
      }
      if (m.kind() != Alignment.MoveKind.LOG) {
        TouchpointId t = m.step().touchpoint().orElseThrow();
        Set<ReferenceAutomaton.State> next = new HashSet<>();
        for (ReferenceAutomaton.State s : at) {
          for (ReferenceAutomaton.State n : ref.next(s)) {
            if (t.equals(n.at())) {
              next.add(n);
            }
          }
        }
        assertThat(next).as(why + ": no designed move to " + t + " in " + a.moves()).isNotEmpty();
        at = next;
      }
    }
    assertThat(read).as(why).isEqualTo(j.size());
    assertThat(at.stream().anyMatch(ref::isEnd)).as(why + ": ends at " + at).isTrue();
  }

  @ParameterizedTest
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void aJourneyAlongTheDesignHasFitnessOneAndNoDeviations(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Journey design = generated(seed);
    ReferenceAutomaton ref = new ReferenceAutomaton(design);
    // a random designed walk from the start to an end, at most 40 moves; then the shortest way on
    List<String> walk = new ArrayList<>();
    ReferenceAutomaton.State at = ReferenceAutomaton.START;
    for (int i = 0; i < 40 && !(ref.isEnd(at) && r.nextInt(3) == 0); i++) {
      // only where an end can still be reached
      List<ReferenceAutomaton.State> next =
          ref.next(at).stream().filter(s -> ref.toEnd(s).isPresent()).toList();
      if (next.isEmpty()) {
        break;
      }
      at = next.get(r.nextInt(next.size()));
      walk.add(requireNonNull(at.at()).value());
    }
    for (ReferenceAutomaton.State s : ref.toEnd(at).orElseThrow()) {
      walk.add(requireNonNull(s.at()).value());
    }
    Alignment a = Conformance.of(design).align(journey(walk.toArray(String[]::new)));
    assertThat(a.cost()).as(Seeds.describe(seed) + " " + walk).isZero();
    assertThat(a.fitness()).isEqualTo(1.0);
    assertThat(a.deviations()).isEmpty();
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void rejectsBadArguments() {
    assertThatThrownBy(() -> C.maxEvents(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> C.align(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("actual");
    assertThat(C.toString()).isEqualTo("Conformance[first-visit, shortest way 9]");
    assertThat(Duration.ZERO).isNotNull();
  }
}
