package org.cxkit.core.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.graph.EndpointPair;
import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.CxModel;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.graph.JourneyGraph.Move;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link JourneyGraph} on fixed journeys, and on generated journeys against a reference: the moves
 * listed the simple way, reachability by fixpoint iteration and distances by relaxation (neither is
 * how the graph computes them).
 */
class JourneyGraphTest {
  private static final TouchpointId NOWHERE = TouchpointId.of("nowhere");

  private static TouchpointId id(String value) {
    return TouchpointId.of(value);
  }

  private static List<TouchpointId> ids(String... values) {
    return List.of(values).stream().map(TouchpointId::of).toList();
  }

  @Test
  void theFirstVisitJourney() {
    Journey j = Fixtures.firstVisit();
    JourneyGraph g = JourneyGraph.of(j);
    assertThat(g.journey()).isEqualTo(j.id());
    assertThat(g.entry()).contains(id("hear-about"));
    assertThat(g.touchpoints()).hasSize(10);
    assertThat(g.moves()).hasSize(8 + 3);
    assertThat(g.moves().subList(0, 8)).allMatch(Move::implicit);
    assertThat(g.moves().subList(8, 11)).noneMatch(Move::implicit);
    assertThat(g.moves().subList(8, 11)).extracting(Move::transition).isEqualTo(j.transitions());
    assertThat(g.successors(id("check-in"))).containsExactly(id("talk"), id("helpdesk"));
    assertThat(g.predecessors(id("talk"))).containsExactly(id("check-in"), id("helpdesk"));
    assertThat(g.reachable()).hasSize(10);
    assertThat(g.unreachable()).isEmpty();
    assertThat(g.isDesignedMove(id("check-in"), id("helpdesk"))).isTrue();
    assertThat(g.isDesignedMove(id("reminder"), id("event-page"))).isTrue();
    assertThat(g.isDesignedMove(id("talk"), id("check-in"))).isFalse();
    assertThat(g.isDesignedMove(NOWHERE, id("talk"))).isFalse();
    assertThat(g.isDesignedMove(id("talk"), NOWHERE)).isFalse();
    assertThat(g.shortestDesignedPath(id("hear-about"), id("talk")))
        .contains(
            ImmutableList.copyOf(
                ids("hear-about", "event-page", "rsvp", "reminder", "check-in", "talk")));
    assertThat(g.shortestDesignedPath(id("reminder"), id("event-page")))
        .contains(ImmutableList.copyOf(ids("reminder", "event-page")));
    assertThat(g.shortestDesignedPath(id("helpdesk"), id("helpdesk")))
        .contains(ImmutableList.of(id("helpdesk")));
    assertThat(g.shortestDesignedPath(id("survey"), id("hear-about"))).isEmpty();
    assertThat(g.shortestDesignedPath(NOWHERE, NOWHERE)).isEmpty();
    assertThat(g.moves(id("check-in"), id("helpdesk")))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(TransitionKind.EXCEPTION);
              assertThat(m.implicit()).isFalse();
              assertThat(m.transition().note()).contains("the guest list is down");
            });
    assertThat(g.moves(id("talk"), NOWHERE)).isEmpty();
    assertThat(g).hasToString("JourneyGraph[first-visit: 10 touchpoints, 11 moves, 0 unreachable]");
    assertThat(g.moves().get(0)).hasToString("hear-about -EXPECTED-> event-page (main path)");
  }

  @Test
  void aPairMayBeJoinedByMovesOfSeveralKindsAndATouchpointByALoopToItself() {
    Journey j =
        Fixtures.firstVisit().toBuilder()
            .transition("hear-about", "event-page", TransitionKind.SKIP)
            // the same move as the main path's implicit one, now also designed
            .transition("hear-about", "event-page", TransitionKind.EXPECTED)
            .transition("talk", "talk", TransitionKind.LOOP_BACK)
            .build();
    JourneyGraph g = j.graph();
    TouchpointId a = id("hear-about");
    TouchpointId b = id("event-page");
    assertThat(g.network().allowsParallelEdges()).isTrue();
    assertThat(g.network().edgesConnecting(a, b)).hasSize(3);
    assertThat(g.moves(a, b))
        .extracting(Move::kind, Move::implicit)
        .containsExactly(
            tuple(TransitionKind.EXPECTED, true),
            tuple(TransitionKind.SKIP, false),
            tuple(TransitionKind.EXPECTED, false));
    assertThat(g.successors(a)).containsExactly(b);
    assertThat(g.successors(id("talk"))).containsExactly(id("networking"), id("talk"));
    assertThat(g.isDesignedMove(id("talk"), id("talk"))).isTrue();
    assertThat(g.isDesignedMove(b, a)).isFalse();
    assertThat(g.shortestDesignedPath(id("talk"), id("talk")))
        .contains(ImmutableList.of(id("talk")));
    assertThat(j.flow()).hasSize(8 + 6);
  }

  @Test
  void aJourneyKeepsOneGraphAndEqualJourneysHaveEqualGraphs() {
    Journey j = Fixtures.firstVisit();
    assertThat(j.graph()).isSameAs(j.graph());
    new EqualsTester()
        .addEqualityGroup(j.graph(), JourneyGraph.of(j), Fixtures.firstVisit().graph())
        .addEqualityGroup(
            j.toBuilder().transition("survey", "talk", TransitionKind.ALTERNATIVE).build().graph())
        .addEqualityGroup(Journey.builder("j").persona("p").build().graph())
        .testEquals();
  }

  @Test
  void neighboursOfATouchpointTheJourneyDoesNotHaveAreAnError() {
    JourneyGraph g = Fixtures.firstVisit().graph();
    assertThatThrownBy(() -> g.successors(NOWHERE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("journey 'first-visit' has no touchpoint 'nowhere'");
    assertThatThrownBy(() -> g.predecessors(NOWHERE)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anImplicitMoveIsAnExpectedTransitionWithoutANote() {
    Transition skip = Transition.of("a", "b", TransitionKind.SKIP);
    assertThatThrownBy(() -> new Move(skip, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an implicit move is an EXPECTED transition without a note, got SKIP");
    assertThatThrownBy(
            () -> new Move(Transition.of("a", "b", TransitionKind.EXPECTED).withNote("n"), true))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new Move(skip, false).from()).isEqualTo(id("a"));
  }

  /** The moves of a journey, listed the simple way. */
  private static List<Move> referenceMoves(Journey j) {
    List<Move> moves = new ArrayList<>();
    List<Touchpoint> main = j.touchpoints().stream().filter(Touchpoint::mainPath).toList();
    for (int i = 0; i + 1 < main.size(); i++) {
      moves.add(
          new Move(
              new Transition(
                  main.get(i).id(),
                  main.get(i + 1).id(),
                  TransitionKind.EXPECTED,
                  Optional.empty()),
              true));
    }
    moves.addAll(groupMoves(j, main));
    j.transitions().forEach(t -> moves.add(new Move(t, false)));
    return moves;
  }

  /**
   * The moves a journey's parallel groups add, from their definition: between two main-path
   * touchpoints a and b (not already next to each other on the main path) when both are in one
   * group, or when b's part of the main path (a touchpoint, or a whole group) comes right after
   * a's. In the graph's order: part by part, first inside the group, then into the next part.
   */
  private static List<Move> groupMoves(Journey j, List<Touchpoint> main) {
    List<TouchpointId> ids = main.stream().map(Touchpoint::id).toList();
    int[] part = new int[ids.size()];
    int p = -1;
    for (int i = 0; i < ids.size(); i++) {
      TouchpointId before = i > 0 ? ids.get(i - 1) : null;
      TouchpointId here = ids.get(i);
      boolean sameGroup =
          before != null
              && j.parallelGroups().stream().anyMatch(g -> g.contains(before) && g.contains(here));
      part[i] = sameGroup ? p : ++p;
    }
    Set<List<TouchpointId>> sequence = new HashSet<>();
    for (int i = 0; i + 1 < ids.size(); i++) {
      sequence.add(List.of(ids.get(i), ids.get(i + 1)));
    }
    List<Move> out = new ArrayList<>();
    for (int q = 0; q <= p; q++) {
      for (boolean inside : new boolean[] {true, false}) {
        for (int a = 0; a < ids.size(); a++) {
          for (int b = 0; b < ids.size(); b++) {
            boolean designed = part[a] == q && (inside ? part[b] == q && a != b : part[b] == q + 1);
            if (designed && !sequence.contains(List.of(ids.get(a), ids.get(b)))) {
              out.add(
                  new Move(
                      new Transition(
                          ids.get(a), ids.get(b), TransitionKind.EXPECTED, Optional.empty()),
                      true));
            }
          }
        }
      }
    }
    return out;
  }

  /** Shortest distances by relaxation until nothing changes (Bellman-Ford on unit weights). */
  private static Map<List<TouchpointId>, Integer> referenceDistances(
      List<TouchpointId> nodes, List<Move> moves) {
    Map<List<TouchpointId>, Integer> d = new HashMap<>();
    nodes.forEach(n -> d.put(List.of(n, n), 0));
    boolean changed = true;
    while (changed) {
      changed = false;
      for (TouchpointId from : nodes) {
        for (Move m : moves) {
          Integer before = d.get(List.of(from, m.from()));
          if (before == null) {
            continue;
          }
          Integer now = d.get(List.of(from, m.to()));
          if (now == null || before + 1 < now) {
            d.put(List.of(from, m.to()), before + 1);
            changed = true;
          }
        }
      }
    }
    return d;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void queriesAgreeWithAReferenceOnGeneratedJourneys(long seed) {
    CxModel m = ModelGenerator.model(seed);
    for (Journey j : m.journeys()) {
      String why = Seeds.describe(seed) + ", journey " + j.id();
      JourneyGraph g = JourneyGraph.of(j);
      List<TouchpointId> nodes = j.touchpoints().stream().map(Touchpoint::id).toList();
      List<Move> moves = referenceMoves(j);
      assertThat(g.touchpoints()).as(why).isEqualTo(nodes);
      assertThat(g.moves()).as(why).isEqualTo(moves);
      assertThat(g.network().nodes()).as(why).containsExactlyInAnyOrderElementsOf(nodes);
      assertThat(g.network().edges()).as(why).containsExactlyInAnyOrderElementsOf(moves);
      for (Move mv : moves) {
        assertThat(g.network().incidentNodes(mv))
            .as(why)
            .isEqualTo(EndpointPair.ordered(mv.from(), mv.to()));
      }
      // Entry: the first touchpoint on the main path, else the first touchpoint.
      Optional<TouchpointId> entry =
          j.touchpoints().stream()
              .filter(Touchpoint::mainPath)
              .findFirst()
              .or(() -> j.touchpoints().stream().findFirst())
              .map(Touchpoint::id);
      assertThat(g.entry()).as(why).isEqualTo(entry);
      // Reachability by fixpoint iteration.
      Set<TouchpointId> reach = new HashSet<>();
      entry.ifPresent(reach::add);
      // a journey that starts with a group starts at any of its members
      entry.flatMap(g::groupOf).ifPresent(gr -> reach.addAll(gr.touchpoints()));
      reach.addAll(j.entries()); // further entry points
      boolean grew = true;
      while (grew) {
        grew = false;
        for (Move mv : moves) {
          grew |= reach.contains(mv.from()) && reach.add(mv.to());
        }
      }
      assertThat(g.reachable())
          .as(why)
          .containsExactlyElementsOf(nodes.stream().filter(reach::contains).toList());
      assertThat(g.unreachable())
          .as(why)
          .containsExactlyElementsOf(nodes.stream().filter(n -> !reach.contains(n)).toList());
      Map<List<TouchpointId>, Integer> dist = referenceDistances(nodes, moves);
      for (TouchpointId a : nodes) {
        Set<TouchpointId> next = new LinkedHashSet<>();
        Set<TouchpointId> previous = new LinkedHashSet<>();
        for (Move mv : moves) {
          if (mv.from().equals(a)) {
            next.add(mv.to());
          }
          if (mv.to().equals(a)) {
            previous.add(mv.from());
          }
        }
        assertThat(g.successors(a)).as(why + " " + a).containsExactlyElementsOf(next);
        assertThat(g.predecessors(a)).as(why + " " + a).containsExactlyElementsOf(previous);
        assertThat(j.successors(a)).as(why).isEqualTo(g.successors(a));
        for (TouchpointId b : nodes) {
          String pair = why + " " + a + " -> " + b;
          List<Move> between =
              moves.stream().filter(mv -> mv.from().equals(a) && mv.to().equals(b)).toList();
          assertThat(g.moves(a, b)).as(pair).isEqualTo(between);
          assertThat(g.isDesignedMove(a, b)).as(pair).isEqualTo(!between.isEmpty());
          Optional<ImmutableList<TouchpointId>> path = g.shortestDesignedPath(a, b);
          Integer d = dist.get(List.of(a, b));
          assertThat(path.isPresent()).as(pair).isEqualTo(d != null);
          if (path.isPresent() && d != null) {
            List<TouchpointId> p = path.get();
            assertThat(p).as(pair).hasSize(d + 1);
            assertThat(p.get(0)).as(pair).isEqualTo(a);
            assertThat(p.get(p.size() - 1)).as(pair).isEqualTo(b);
            for (int i = 0; i + 1 < p.size(); i++) {
              assertThat(g.isDesignedMove(p.get(i), p.get(i + 1))).as(pair).isTrue();
            }
          }
        }
        assertThat(g.isDesignedMove(a, NOWHERE)).as(why).isFalse();
        assertThat(g.shortestDesignedPath(a, NOWHERE)).as(why).isEmpty();
      }
      // The journey's own queries are the graph's.
      assertThat(j.graph()).as(why).isEqualTo(g);
      assertThat(j.reachable()).as(why).isEqualTo(g.reachable());
      assertThat(j.unreachable()).as(why).isEqualTo(g.unreachable());
      assertThat(j.start()).as(why).isEqualTo(g.entry());
      assertThat(j.isFullyReachable()).as(why).isEqualTo(g.unreachable().isEmpty());
      assertThat(j.flow()).as(why).isEqualTo(moves.stream().map(Move::transition).toList());
    }
  }
}
