package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxkit.core.RejectionTest.rejected;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.check.Rule;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.observed.JourneyObservations;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Parallel groups: their rules (each with its path), the graph's moves, and what the checks say of
 * them. The design {@code a [b c] d} is written out in {@link #abcd()}.
 */
class ParallelGroupTest {
  private static TouchpointId t(String id) {
    return TouchpointId.of(id);
  }

  /** a, then b and c in either order, then d; x off the main path. */
  static Journey.Builder abcd() {
    return Journey.builder("j")
        .persona("p")
        .stage(
            Stage.builder("s1", Phase.BEFORE)
                .touchpoint(Touchpoint.builder("a"))
                .touchpoint(Touchpoint.builder("b"))
                .touchpoint(Touchpoint.builder("x").offMainPath())
                .touchpoint(Touchpoint.builder("c")))
        .stage(Stage.builder("s2", Phase.AFTER).touchpoint(Touchpoint.builder("d")));
  }

  private static List<String> paths(ModelValidationException e) {
    return RejectionTest.paths(e);
  }

  @Test
  void aGroupOnItsOwnHasTwoToSixDistinctMembersAndANonBlankNote() {
    ParallelGroup g = ParallelGroup.of("b", "c").withNote("at the desk");
    assertThat(g.touchpoints()).containsExactly(t("b"), t("c"));
    assertThat(g.note()).contains("at the desk");
    assertThat(g.contains(t("c"))).isTrue();
    assertThat(g.contains(t("a"))).isFalse();
    assertThat(g).hasToString("ParallelGroup[b | c (at the desk)]");
    assertThat(ParallelGroup.of("a", "b", "c", "d", "e", "f").touchpoints()).hasSize(6);
    assertThatThrownBy(() -> ParallelGroup.of("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two touchpoints, got 1");
    assertThatThrownBy(() -> ParallelGroup.of("a", "b", "c", "d", "e", "f", "g"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 6 touchpoints, got 7");
    assertThatThrownBy(() -> ParallelGroup.of("b", "c", "b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("touchpoints[2]")
        .hasMessageContaining("listed twice (also touchpoints[0])");
    assertThatThrownBy(() -> ParallelGroup.of("b", "c").withNote(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("note");
    assertThat(ParallelGroup.MAX_TOUCHPOINTS).isEqualTo(6);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreNamed() {
    assertThatThrownBy(() -> new ParallelGroup(null, Optional.empty()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("touchpoints");
    assertThatThrownBy(() -> new ParallelGroup(ImmutableList.of(t("a"), t("b")), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("note");
    assertThatThrownBy(() -> ParallelGroup.of("a", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("touchpoints[1]");
    assertThatThrownBy(() -> abcd().parallel((ParallelGroup) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("group");
    assertThatThrownBy(() -> abcd().parallel((List<String>) null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("touchpoints");
  }

  @Test
  void theJourneyKeepsItsGroupsAndRoundTripsThemThroughItsBuilder() {
    Journey j = abcd().parallel(List.of("c", "b"), "either order").build();
    assertThat(j.parallelGroups())
        .containsExactly(
            new ParallelGroup(ImmutableList.of(t("c"), t("b")), Optional.of("either order")));
    assertThat(j.toBuilder().build()).isEqualTo(j).hasSameHashCodeAs(j);
    assertThat(abcd().build()).isNotEqualTo(j);
    assertThat(abcd().build().parallelGroups()).isEmpty();
    assertThat(abcd().parallel(ParallelGroup.of("b", "c")).build().parallelGroups())
        .containsExactly(ParallelGroup.of("b", "c"));
  }

  @Test
  void eachBrokenRuleIsReportedWithItsPathAllAtOnce() {
    ModelValidationException e =
        rejected(
            () ->
                abcd()
                    .parallel("a", "nope") // unknown
                    .parallel("b", "x") // x off the main path
                    .parallel("c", "d") // two stages
                    .parallel("a", "c") // a again; and b comes between a and c
                    .parallel("b") // too few
                    .parallel("b", "Bad Id")
                    .build());
    assertThat(paths(e))
        .containsExactlyInAnyOrder(
            "parallel[5].touchpoints[1]",
            "parallel[4].touchpoints",
            "parallel[0].touchpoints[nope]",
            "parallel[1].touchpoints[x]",
            "parallel[2].touchpoints",
            "parallel[3].touchpoints[a]",
            "parallel[3].touchpoints[c]");
    assertThat(e.problems())
        .extracting(p -> p.message())
        .anySatisfy(m -> assertThat(m).contains("no touchpoint 'nope' in this journey"))
        .anySatisfy(m -> assertThat(m).contains("'x' is off the main path"))
        .anySatisfy(m -> assertThat(m).contains("two stages ('s1' and 's2')"))
        .anySatisfy(m -> assertThat(m).contains("'a' is in parallel[0] already"))
        .anySatisfy(m -> assertThat(m).contains("'c' is in parallel[2] already"))
        .anySatisfy(m -> assertThat(m).contains("at least two touchpoints, got 1"));
  }

  @Test
  void membersAreConsecutiveOnTheMainPathAndNoTransitionJoinsTwo() {
    ModelValidationException gap =
        rejected(() -> Fixtures.line("a", "b", "c").parallel("a", "c").build());
    assertThat(paths(gap)).containsExactly("parallel[0].touchpoints");
    assertThat(gap.problems().get(0).message())
        .contains("not consecutive on the main path: 'b' comes between them");
    // x off the main path between b and c does not break the run
    assertThat(abcd().parallel("b", "c").build().parallelGroups()).hasSize(1);

    ModelValidationException joined =
        rejected(
            () -> abcd().transition("c", "b", TransitionKind.LOOP_BACK).parallel("b", "c").build());
    assertThat(paths(joined)).containsExactly("transitions[0]");
    assertThat(joined.problems().get(0).message())
        .contains("a LOOP_BACK transition from 'c' to 'b' means nothing: both are in parallel[0]");
    // a retry of one member is allowed, and so are transitions into and out of the group
    assertThat(
            abcd()
                .transition("b", "b", TransitionKind.LOOP_BACK)
                .transition("b", "x", TransitionKind.EXCEPTION)
                .transition("x", "c", TransitionKind.EXPECTED)
                .parallel("b", "c")
                .build()
                .transitions())
        .hasSize(3);
  }

  @Test
  void theGraphDesignsEveryOrderOfTheGroupAndNothingMore() {
    JourneyGraph g = abcd().parallel("b", "c").build().graph();
    assertThat(g.successors(t("a"))).containsExactly(t("b"), t("c"));
    assertThat(g.successors(t("b"))).containsExactly(t("c"), t("d"));
    assertThat(g.successors(t("c"))).containsExactly(t("d"), t("b"));
    assertThat(g.predecessors(t("d"))).containsExactlyInAnyOrder(t("b"), t("c"));
    assertThat(g.isDesignedMove(t("c"), t("b"))).isTrue();
    assertThat(g.isDesignedMove(t("a"), t("d"))).isFalse();
    assertThat(g.shortestDesignedPath(t("a"), t("d")))
        .contains(ImmutableList.of(t("a"), t("b"), t("d")));
    assertThat(g.unreachable()).containsExactly(t("x"));
    assertThat(g.groupOf(t("b"))).contains(ParallelGroup.of("b", "c"));
    assertThat(g.groupOf(t("a"))).isEmpty();
    assertThat(g.parallelGroups()).containsExactly(ParallelGroup.of("b", "c"));
    // the group's moves are implicit EXPECTED moves, after the main path's and before transitions
    assertThat(g.moves())
        .extracting(JourneyGraph.Move::toString)
        .containsExactly(
            "a -EXPECTED-> b (main path)",
            "b -EXPECTED-> c (main path)",
            "c -EXPECTED-> d (main path)",
            "a -EXPECTED-> c (main path)",
            "c -EXPECTED-> b (main path)",
            "b -EXPECTED-> d (main path)");
    assertThat(g.moves()).allSatisfy(m -> assertThat(m.implicit()).isTrue());
    // without the group: the plain main path
    assertThat(abcd().build().graph().moves()).hasSize(3);
  }

  @Test
  void aJourneyThatStartsWithAGroupCanStartAtAnyMember() {
    Journey j = Fixtures.line("a", "b", "c").parallel("a", "b").build();
    assertThat(j.graph().entry()).contains(t("a"));
    assertThat(j.graph().entries()).containsExactly(t("a"), t("b"));
    assertThat(j.graph().predecessors(t("a"))).containsExactly(t("b"));
  }

  private static CxModel clinic() {
    return CxModel.builder("Clinic")
        .persona(Persona.of("patient", "Patient"))
        .journey(Fixtures.clinicVisit())
        .build();
  }

  private static List<Rule> rules(CheckReport r, String code) {
    return r.findings().stream().map(Finding::rule).filter(x -> x.code().equals(code)).toList();
  }

  @Test
  void unreachableIsQuietOnEntryPointsAndGroupMembersAndFiresOffThem() {
    // CX306: the walk-in entry point and both group members are reachable
    assertThat(rules(ModelCheck.defaults().run(clinic()), "CX306")).isEmpty();
    assertThat(Fixtures.clinicVisit().unreachable()).isEmpty();
    // ... and an off-path touchpoint nothing leads to still fires
    CxModel lost =
        CxModel.builder("m")
            .persona(Persona.of("p", "P"))
            .journey(abcd().parallel("b", "c"))
            .build();
    assertThat(ModelCheck.defaults().run(lost).findings())
        .filteredOn(f -> f.rule() == Rule.TOUCHPOINT_UNREACHABLE)
        .extracting(f -> f.path().toString())
        .containsExactly("journeys[j].stages[s1].touchpoints[x]");
  }

  @Test
  void neverTakenIsQuietOnTheGroupsOrdersAndFiresOnItsTransitionsAndTheMainPath() {
    // 40 journeys: every one books, checks in, fills in the form first, then shows the card
    ImmutableTable.Builder<TouchpointId, TouchpointId, Long> moves =
        ImmutableTable.<TouchpointId, TouchpointId, Long>builder()
            .put(t("book-online"), t("check-in"), 40L)
            .put(t("check-in"), t("fill-in-form"), 40L)
            .put(t("fill-in-form"), t("show-insurance-card"), 40L)
            .put(t("show-insurance-card"), t("consultation"), 40L)
            .put(t("walk-in"), t("check-in"), 3L)
            .put(t("self-pay"), t("consultation"), 1L);
    // the card-first order (check-in -> card, card -> form, form -> consultation) is not judged;
    // the designed exception out of a member is, and so is a main-path move outside the group
    assertThat(neverTaken(moves.build()))
        .containsExactly("consultation->feedback", "show-insurance-card->self-pay");
    assertThat(neverTaken(moves.put(t("consultation"), t("feedback"), 40L).build()))
        .containsExactly("show-insurance-card->self-pay");
  }

  private static List<String> neverTaken(ImmutableTable<TouchpointId, TouchpointId, Long> moves) {
    JourneyObservations o =
        new JourneyObservations(
            JourneyId.of("clinic-visit"), 40, moves, ImmutableMap.of(), ImmutableMap.of());
    return ModelCheck.defaults().run(clinic(), List.of(o)).findings().stream()
        .filter(x -> x.rule() == Rule.MOVE_NEVER_TAKEN)
        .map(x -> x.arguments().get("from") + "->" + x.arguments().get("to"))
        .toList();
  }
}
