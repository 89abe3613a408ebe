package org.cxkit.metrics.journeys;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.observed.Step;
import org.jspecify.annotations.Nullable;

/**
 * The designed journey as an automaton, written for the tests from the definition in {@link
 * Conformance} and {@link ParallelGroup} rather than from {@code Aligner}'s tables: a state is
 * where the customer is and, inside a parallel group, which members are done. Alignment costs are
 * found by Dijkstra over (events read, state), the textbook search (Carmona et al., <i>Conformance
 * Checking</i>, Springer 2018, ch. 7), states being built lazily.
 */
final class ReferenceAutomaton {
  /** Where the customer is ({@code null}: before the start) and the done members of its group. */
  record State(@Nullable TouchpointId at, int done) {}

  static final State START = new State(null, 0);

  private final Journey journey;
  private final List<List<TouchpointId>> parts = new ArrayList<>();
  private final Map<TouchpointId, Integer> partOf = new HashMap<>();

  ReferenceAutomaton(Journey journey) {
    this.journey = journey;
    List<TouchpointId> main =
        journey.touchpoints().stream().filter(Touchpoint::mainPath).map(Touchpoint::id).toList();
    for (TouchpointId t : main) {
      Optional<ParallelGroup> g = group(t);
      if (g.isPresent()
          && !parts.isEmpty()
          && g.get().contains(parts.get(parts.size() - 1).get(0))) {
        parts.get(parts.size() - 1).add(t);
      } else {
        parts.add(new ArrayList<>(List.of(t)));
      }
      partOf.put(t, parts.size() - 1);
    }
  }

  private Optional<ParallelGroup> group(TouchpointId t) {
    return journey.parallelGroups().stream().filter(g -> g.contains(t)).findFirst();
  }

  private int bit(TouchpointId t) {
    ParallelGroup g = group(t).orElseThrow();
    return 1 << g.touchpoints().indexOf(t);
  }

  private boolean complete(State s) {
    TouchpointId at = s.at();
    if (at == null) {
      return false;
    }
    Optional<ParallelGroup> g = group(at);
    return g.isEmpty() || s.done() == (1 << g.get().touchpoints().size()) - 1;
  }

  /** Arriving at a touchpoint by a move: inside a group, with only it done. */
  private State enter(TouchpointId t) {
    return new State(t, group(t).isPresent() ? bit(t) : 0);
  }

  /** The designed moves from a state, in no particular order. */
  List<State> next(State s) {
    List<State> out = new ArrayList<>();
    TouchpointId at = s.at();
    if (at == null) {
      journey.graph().entries().forEach(e -> out.add(enter(e)));
      return out;
    }
    Optional<ParallelGroup> g = group(at);
    Integer part = partOf.get(at);
    if (part != null && complete(s) && part + 1 < parts.size()) {
      parts.get(part + 1).forEach(t -> out.add(enter(t)));
    }
    if (g.isPresent() && !complete(s)) {
      for (TouchpointId m : g.get().touchpoints()) {
        if ((s.done() & bit(m)) == 0) {
          out.add(new State(m, s.done() | bit(m)));
        }
      }
    }
    for (Transition t : journey.transitions()) {
      if (t.from().equals(at)) {
        out.add(t.to().equals(at) && g.isPresent() ? s : enter(t.to()));
      }
    }
    return out;
  }

  /** Whether a designed way may end here. */
  boolean isEnd(State s) {
    TouchpointId at = s.at();
    if (at == null) {
      return false;
    }
    if (next(s).isEmpty()) {
      return true;
    }
    if (parts.isEmpty()) {
      return journey.graph().entry().filter(at::equals).isPresent();
    }
    Integer part = partOf.get(at);
    return part != null && part == parts.size() - 1 && complete(s);
  }

  /** The optimal alignment cost of a trace. */
  int cost(List<Step> trace) {
    record Node(int read, State state) {}
    Map<Node, Integer> best = new HashMap<>();
    PriorityQueue<Map.Entry<Node, Integer>> todo =
        new PriorityQueue<>(Comparator.comparingInt(Map.Entry::getValue));
    Node first = new Node(0, START);
    best.put(first, 0);
    todo.add(Map.entry(first, 0));
    while (!todo.isEmpty()) {
      var e = todo.poll();
      Node n = e.getKey();
      int d = e.getValue();
      if (best.getOrDefault(n, Integer.MAX_VALUE) < d) {
        continue;
      }
      if (n.read() == trace.size() && isEnd(n.state())) {
        return d;
      }
      List<Map.Entry<Node, Integer>> moves = new ArrayList<>();
      for (State s : next(n.state())) {
        moves.add(Map.entry(new Node(n.read(), s), d + 1));
        if (n.read() < trace.size()
            && trace.get(n.read()).touchpoint().equals(Optional.ofNullable(s.at()))) {
          moves.add(Map.entry(new Node(n.read() + 1, s), d));
        }
      }
      if (n.read() < trace.size()) {
        moves.add(Map.entry(new Node(n.read() + 1, n.state()), d + 1));
      }
      for (var m : moves) {
        if (m.getValue() < best.getOrDefault(m.getKey(), Integer.MAX_VALUE)) {
          best.put(m.getKey(), m.getValue());
          todo.add(m);
        }
      }
    }
    throw new AssertionError("no alignment");
  }

  /** A shortest designed way from a state to an end, the state excluded; empty if there is none. */
  Optional<List<State>> toEnd(State from) {
    Map<State, State> cameFrom = new HashMap<>();
    ArrayDeque<State> todo = new ArrayDeque<>();
    todo.add(from);
    cameFrom.put(from, from);
    while (!todo.isEmpty()) {
      State s = todo.removeFirst();
      if (isEnd(s)) {
        List<State> way = new ArrayList<>();
        for (State x = s; !x.equals(from); x = requireNonNull(cameFrom.get(x))) {
          way.add(0, x);
        }
        return Optional.of(way);
      }
      for (State n : next(s)) {
        if (cameFrom.putIfAbsent(n, s) == null) {
          todo.add(n);
        }
      }
    }
    return Optional.empty();
  }
}
