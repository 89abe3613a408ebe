package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxkit.metrics.journeys.ConformanceTest.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Step;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conformance with parallel groups and several entry points: alignments worked out by hand on the
 * design {@code a [b c] d} (a, then b and c in either order, then d), and, on random small designs
 * with groups, costs against {@link ReferenceAutomaton}'s search.
 *
 * <p>The cost model is the standard one (Carmona et al., <i>Conformance Checking</i>, Springer
 * 2018, ch. 7: log and model moves cost 1, synchronous moves 0); for {@code a [b c] d} the shortest
 * designed way has 4 touchpoints (a, one member, the other, d), so a journey of n events has
 * trivial cost n + 4.
 */
class ParallelConformanceTest {
  /** a, then b and c in either order, then d. */
  static Journey abcd() {
    return abcdBuilder().build();
  }

  static Journey.Builder abcdBuilder() {
    return Journey.builder("abcd")
        .persona("p")
        .stage(
            Stage.builder("s", Phase.DURING)
                .touchpoint(Touchpoint.builder("a"))
                .touchpoint(Touchpoint.builder("b"))
                .touchpoint(Touchpoint.builder("c"))
                .touchpoint(Touchpoint.builder("x").offMainPath())
                .touchpoint(Touchpoint.builder("d")))
        .transition("x", "d", TransitionKind.EXPECTED)
        .parallel("b", "c");
  }

  static final Conformance ABCD = Conformance.of(abcd());

  private static Alignment align(String... steps) {
    return ABCD.align(journey(steps));
  }

  private static Deviation missing(String t) {
    return new Deviation(Deviation.Kind.MISSING, Step.of(TouchpointId.of(t)));
  }

  private static Deviation irregular(String t) {
    return new Deviation(Deviation.Kind.IRREGULAR_SEQUENCE, Step.of(TouchpointId.of(t)));
  }

  @Test
  void handWorkedAlignmentsAgainstAThenBAndCInEitherOrderThenD() {
    assertThat(ABCD.shortestDesignedWay()).isEqualTo(4);
    // a b c d and a c b d: both orders conform; 4 events, trivial cost 8
    for (String[] order :
        List.of(new String[] {"a", "b", "c", "d"}, new String[] {"a", "c", "b", "d"})) {
      Alignment a = align(order);
      assertThat(a.cost()).as(String.join(" ", order)).isZero();
      assertThat(a.trivialCost()).isEqualTo(8);
      assertThat(a.fitness()).isEqualTo(1.0);
      assertThat(a.deviations()).isEmpty();
    }
    // a b d: c never met, one model move (the group is left only when all is done): 1 - 1/7
    Alignment abd = align("a", "b", "d");
    assertThat(abd.cost()).isEqualTo(1);
    assertThat(abd.fitness()).isEqualTo(1 - 1.0 / 7);
    assertThat(abd.deviations()).containsExactly(missing("c"));
    // a c b b d: b met twice, one of the two a log move (cost 1 either way; Alignment's tie rule,
    // walking back from the end and preferring synchronous moves, makes the earlier one the log
    // move)
    Alignment twice = align("a", "c", "b", "b", "d");
    assertThat(twice.cost()).isEqualTo(1);
    assertThat(twice.deviations()).containsExactly(irregular("b"));
    assertThat(twice.moves())
        .extracting(Alignment.Move::kind)
        .containsExactly(
            Alignment.MoveKind.SYNC,
            Alignment.MoveKind.SYNC,
            Alignment.MoveKind.LOG,
            Alignment.MoveKind.SYNC,
            Alignment.MoveKind.SYNC);
    // a d: both members missing: cost 2, 1 - 2/6
    Alignment ad = align("a", "d");
    assertThat(ad.cost()).isEqualTo(2);
    assertThat(ad.deviations()).containsExactlyInAnyOrder(missing("b"), missing("c"));
    // a c ~x b d: an ad hoc step inside the group is one log move, the group still conforms
    Alignment noise = align("a", "c", "~asked the nurse", "b", "d");
    assertThat(noise.cost()).isEqualTo(1);
    assertThat(noise.deviations())
        .containsExactly(new Deviation(Deviation.Kind.AD_HOC, Step.adHoc("asked the nurse")));
    // with an EXCEPTION from b to x (x leads to d): a b x d abandons the group by design, so c
    // is not missing
    Conformance exception =
        Conformance.of(abcdBuilder().transition("b", "x", TransitionKind.EXCEPTION).build());
    assertThat(exception.align(journey("a", "b", "x", "d")).cost()).isZero();
    // ... while without it, x is not reachable from b: a log move for x (or model moves)
    assertThat(align("a", "b", "x", "d").cost()).isEqualTo(2);
    // a b d c: c after d is out of order; either way 2 (c missing before d and c irregular after,
    // or d irregular and missing at the end)
    assertThat(align("a", "b", "d", "c").cost()).isEqualTo(2);
    // b c d without a: a is missing; the group is not an entry point here
    assertThat(align("b", "c", "d").deviations()).containsExactly(missing("a"));
  }

  @Test
  void theLogResultCountsAGroupInEitherOrderAsConformant() {
    ConformanceResult r =
        List.of(
                journey("a", "b", "c", "d"),
                journey("a", "c", "b", "d"),
                journey("a", "c", "b", "b", "d"))
            .stream()
            .collect(ABCD.collector());
    assertThat(r.perfect()).isEqualTo(2);
    assertThat(r.touchpoint(TouchpointId.of("b")).orElseThrow().irregular()).isEqualTo(1);
    // both orders are designed moves, so neither is "undesigned"; b straight after b is
    assertThat(r.undesignedMoves()).extracting(MoveCount::toString).containsExactly("b -> b: 1");
  }

  @Test
  void aJourneyStartingAtADesignedAlternativeEntryConforms() {
    Conformance clinic = Conformance.of(Fixtures.clinicVisit());
    // booked online, card first
    assertThat(
            clinic
                .align(
                    journey(
                        "book-online",
                        "check-in",
                        "show-insurance-card",
                        "fill-in-form",
                        "consultation",
                        "feedback"))
                .cost())
        .isZero();
    // walked in: the further entry point is one designed move from the start
    Alignment walkIn =
        clinic.align(
            journey(
                "walk-in",
                "check-in",
                "fill-in-form",
                "show-insurance-card",
                "consultation",
                "feedback"));
    assertThat(walkIn.cost()).isZero();
    assertThat(walkIn.deviations()).isEmpty();
    // the card is not valid: self-pay leaves the group without the form, by design
    assertThat(
            clinic
                .align(
                    journey(
                        "walk-in",
                        "check-in",
                        "show-insurance-card!",
                        "self-pay",
                        "consultation",
                        "feedback"))
                .deviations())
        .extracting(Deviation::kind)
        .containsExactly(Deviation.Kind.FAILING);
    assertThat(clinic.shortestDesignedWay()).isEqualTo(6);
  }

  @Test
  void aJourneyThatStartsWithAGroupStartsAtAnyMember() {
    Journey j = Fixtures.line("a", "b", "c").parallel("a", "b").build();
    Conformance c = Conformance.of(j);
    assertThat(c.align(journey("b", "a", "c")).cost()).isZero();
    assertThat(c.align(journey("a", "b", "c")).cost()).isZero();
    assertThat(c.align(journey("b", "c")).deviations()).containsExactly(missing("a"));
    assertThat(c.shortestDesignedWay()).isEqualTo(3);
  }

  @Test
  void aDesignWhoseGroupsExpandBeyondTheLimitIsRefused() {
    Journey.Builder b = Journey.builder("wide").persona("p");
    Stage.Builder s = Stage.builder("s", Phase.DURING);
    for (int i = 0; i < 66; i++) {
      s.touchpoint(Touchpoint.builder("t" + i));
    }
    b.stage(s);
    for (int g = 0; g < 11; g++) {
      List<String> members = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        members.add("t" + (g * 6 + k));
      }
      b.parallel(members, null);
    }
    // 11 groups of six: 11 * 192 = 2,112 states
    assertThatThrownBy(() -> Conformance.of(b.build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "journey 'wide' expands to 2112 alignment states with its parallel groups, more than"
                + " 2000");
  }

  /**
   * A random small design: a main path of 2 to 7 touchpoints in one or two stages, one or two
   * groups of consecutive touchpoints, maybe an off-path touchpoint, a few transitions (none
   * between two members of a group), maybe a further entry point.
   */
  static Journey randomDesign(SplittableRandom r) {
    int n = 2 + r.nextInt(6);
    List<String> main = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      main.add("t" + i);
    }
    boolean off = r.nextBoolean();
    Journey.Builder b = Journey.builder("random").persona("p");
    Stage.Builder s = Stage.builder("s", Phase.DURING);
    main.forEach(t -> s.touchpoint(Touchpoint.builder(t)));
    if (off) {
      s.touchpoint(Touchpoint.builder("off").offMainPath());
    }
    b.stage(s);
    List<List<String>> groups = new ArrayList<>();
    int at = r.nextInt(n);
    while (at < n - 1 && groups.size() < 2) {
      int len = 2 + r.nextInt(Math.min(3, n - at) - 1);
      groups.add(main.subList(at, at + len));
      at += len + r.nextInt(3);
    }
    groups.forEach(g -> b.parallel(g, null));
    List<String> all = new ArrayList<>(main);
    if (off) {
      all.add("off");
    }
    int transitions = r.nextInt(4);
    for (int i = 0; i < transitions; i++) {
      String from = all.get(r.nextInt(all.size()));
      String to = all.get(r.nextInt(all.size()));
      boolean joinsMembers =
          !from.equals(to) && groups.stream().anyMatch(g -> g.contains(from) && g.contains(to));
      TransitionKind kind =
          from.equals(to)
              ? TransitionKind.LOOP_BACK
              : TransitionKind.values()[r.nextInt(TransitionKind.values().length)];
      if (!joinsMembers) {
        b.transition(from, to, kind);
      }
    }
    if (r.nextInt(3) == 0) {
      b.entry(all.get(r.nextInt(all.size())));
    }
    try {
      return b.build();
    } catch (org.cxkit.core.ModelValidationException e) {
      // two equal random transitions: draw again
      return randomDesign(r);
    }
  }

  @ParameterizedTest
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void theCostEqualsTheOptimumOfTheExpandedAutomaton(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Journey design = randomDesign(r);
    Conformance c = Conformance.of(design);
    String why = Seeds.describe(seed) + " " + design.parallelGroups() + " " + design.transitions();
    for (int k = 0; k < 25; k++) {
      ActualJourney j = randomTrace(design, r);
      Alignment a = c.align(j);
      assertThat(a.cost())
          .as(why + " " + j.steps())
          .isEqualTo(ConformanceTest.referenceCost(design, j.steps()));
      ConformanceTest.checkIsAlignment(design, j, a, why);
    }
    assertThat(c.shortestDesignedWay())
        .as(why)
        .isEqualTo(
            new ReferenceAutomaton(design).toEnd(ReferenceAutomaton.START).orElseThrow().size());
  }

  /** Events at the design's touchpoints in random order, with repeats and now and then noise. */
  static ActualJourney randomTrace(Journey design, SplittableRandom r) {
    List<String> tps = design.touchpoints().stream().map(t -> t.id().value()).toList();
    int n = 1 + r.nextInt(8);
    String[] steps = new String[n];
    for (int i = 0; i < n; i++) {
      steps[i] = r.nextInt(8) == 0 ? "~noise" : tps.get(r.nextInt(tps.size()));
    }
    return journey(steps);
  }

  @Test
  void theGeneratedModelsTheOtherPropertyTestsUseHaveGroups() {
    long withGroups =
        Seeds.defaults(100)
            .mapToObj(ModelGenerator::journey)
            .filter(j -> !j.parallelGroups().isEmpty())
            .count();
    assertThat(withGroups).isGreaterThan(3);
  }
}
