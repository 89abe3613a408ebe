package org.cxkit.core.graph;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.common.graph.ImmutableNetwork;
import com.google.common.graph.NetworkBuilder;
import com.google.common.graph.Traverser;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.JourneyId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.jspecify.annotations.Nullable;

/**
 * A designed {@link Journey} as a directed graph: its touchpoints are the nodes, and the moves a
 * customer can make are the edges, both the main path's order (each touchpoint on it leads to the
 * next, an implicit {@link TransitionKind#EXPECTED EXPECTED} move) and the journey's designed
 * {@linkplain Transition transitions}. A pair of touchpoints may be joined by several moves of
 * different kinds (parallel edges), and a {@link TransitionKind#LOOP_BACK LOOP_BACK} may lead a
 * touchpoint to itself.
 *
 * <p><b>Parallel groups.</b> A journey's {@linkplain ParallelGroup parallel groups} (touchpoints
 * done in any order) replace a stretch of the main path's single order with every order: the
 * touchpoint before a group leads to any member, any member to any other, and any member to the
 * touchpoint after the group (when two groups follow one another, any member of the first leads to
 * any member of the second). These moves are implicit {@link TransitionKind#EXPECTED EXPECTED}
 * moves without a note, as the main path's own ({@link Move#implicit()} is true: they come from the
 * journey's structure, not from a transition), listed in {@link #moves()} after the main path's
 * moves and before the transitions. When the journey starts with a group, every member is an
 * {@linkplain #entries() entry point}. The graph holds the moves; which orders are complete (every
 * member once) is conformance checking's business.
 *
 * <pre>{@code
 * JourneyGraph g = journey.graph();               // or JourneyGraph.of(journey)
 * g.successors(TouchpointId.of("check-in"));      // [talk, helpdesk]
 * g.unreachable();                                // touchpoints no customer can reach
 * g.isDesignedMove(TouchpointId.of("talk"), TouchpointId.of("survey"));   // false: not designed
 * g.shortestDesignedPath(TouchpointId.of("hear-about"), TouchpointId.of("talk"));
 * g.network();                                    // for Guava's Graphs and Traverser
 * }</pre>
 *
 * <p>The graph is built once from a journey and never changes; {@link Journey#graph()} builds it on
 * first use and keeps it, and the graph builds its Guava {@link #network()} when first asked for
 * it. Queries about a touchpoint's neighbours ({@link #successors}, {@link #predecessors}) reject a
 * touchpoint the journey does not have; questions about a move ({@link #isDesignedMove}, {@link
 * #moves(TouchpointId, TouchpointId)}, {@link #shortestDesignedPath}) answer "no such move" for it,
 * since observed data may name touchpoints the design does not have.
 *
 * <p>Instances are immutable and thread-safe, and compare by value (journey id, touchpoints,
 * moves).
 *
 * @since 0.1
 */
public final class JourneyGraph {
  private final JourneyId journey;
  private final ImmutableList<TouchpointId> touchpoints;
  private final ImmutableList<Move> moves;
  // Built on first use: the checks and most queries need only the adjacency below.
  private final Supplier<ImmutableNetwork<TouchpointId, Move>> network =
      Suppliers.memoize(this::buildNetwork);
  private final ImmutableSetMultimap<TouchpointId, TouchpointId> successors;
  private final ImmutableSetMultimap<TouchpointId, TouchpointId> predecessors;
  private final Optional<TouchpointId> entry;
  private final ImmutableSet<TouchpointId> entries;
  private final ImmutableSet<TouchpointId> reachable;
  private final ImmutableSet<TouchpointId> unreachable;
  private final ImmutableList<ParallelGroup> parallelGroups;
  private final ImmutableMap<TouchpointId, ParallelGroup> groupOf;

  /**
   * One edge of a {@link JourneyGraph}: a move a customer can make from one touchpoint to another,
   * along the main path or through a designed transition.
   *
   * @param transition the move as a transition: for an implicit move, the {@link
   *     TransitionKind#EXPECTED EXPECTED} transition without a note from a main-path touchpoint to
   *     the next
   * @param implicit whether the move comes from the main path's order rather than from a transition
   *     of the journey (a designed transition may repeat an implicit move; they are two edges)
   * @since 0.1
   */
  public record Move(Transition transition, boolean implicit) {
    /**
     * Validates the components.
     *
     * @param transition the move as a transition
     * @param implicit whether the move comes from the main path's order
     * @throws NullPointerException if {@code transition} is null
     * @throws IllegalArgumentException if an implicit move is not an {@link TransitionKind#EXPECTED
     *     EXPECTED} transition without a note
     * @since 0.1
     */
    public Move {
      requireNonNull(transition, "transition");
      checkArgument(
          !implicit
              || (transition.kind() == TransitionKind.EXPECTED && transition.note().isEmpty()),
          "an implicit move is an EXPECTED transition without a note, got %s",
          transition.kind());
    }

    /**
     * Returns where the customer comes from.
     *
     * @return the touchpoint the move leaves
     * @since 0.1
     */
    public TouchpointId from() {
      return transition.from();
    }

    /**
     * Returns where the customer goes.
     *
     * @return the touchpoint the move enters
     * @since 0.1
     */
    public TouchpointId to() {
      return transition.to();
    }

    /**
     * Returns the kind of move.
     *
     * @return the kind; {@link TransitionKind#EXPECTED EXPECTED} for an implicit move
     * @since 0.1
     */
    public TransitionKind kind() {
      return transition.kind();
    }

    /** Returns the move as {@code a -EXPECTED-> b}, marked {@code (main path)} when implicit. */
    @Override
    public String toString() {
      return implicit ? transition + " (main path)" : transition.toString();
    }
  }

  private JourneyGraph(Journey journey) {
    this.journey = journey.id();
    ImmutableList.Builder<TouchpointId> nodes = ImmutableList.builder();
    ImmutableList.Builder<Move> edges = ImmutableList.builder();
    Touchpoint previous = null;
    List<TouchpointId> main = new ArrayList<>();
    for (Touchpoint t : journey.touchpoints()) {
      nodes.add(t.id());
      if (t.mainPath()) {
        if (previous != null) {
          edges.add(implicit(previous.id(), t.id()));
        }
        previous = t;
        main.add(t.id());
      }
    }
    this.parallelGroups = journey.parallelGroups();
    ImmutableMap.Builder<TouchpointId, ParallelGroup> groupMap = ImmutableMap.builder();
    for (ParallelGroup g : parallelGroups) {
      for (TouchpointId m : g.touchpoints()) {
        groupMap.put(m, g);
      }
    }
    this.groupOf = groupMap.buildOrThrow();
    if (!parallelGroups.isEmpty()) {
      groupMoves(main, edges);
    }
    for (Transition t : journey.transitions()) {
      edges.add(new Move(t, false));
    }
    this.touchpoints = nodes.build();
    this.moves = edges.build();

    // In the order of moves (a network's own adjacency sets are in no stable order).
    ImmutableSetMultimap.Builder<TouchpointId, TouchpointId> next = ImmutableSetMultimap.builder();
    ImmutableSetMultimap.Builder<TouchpointId, TouchpointId> back = ImmutableSetMultimap.builder();
    for (Move m : moves) {
      next.put(m.from(), m.to());
      back.put(m.to(), m.from());
    }
    this.successors = next.build();
    this.predecessors = back.build();

    Touchpoint first = null;
    for (Touchpoint t : journey.touchpoints()) {
      if (t.mainPath()) {
        first = t;
        break;
      }
    }
    if (first == null && !journey.touchpoints().isEmpty()) {
      first = journey.touchpoints().get(0);
    }
    this.entry = first == null ? Optional.empty() : Optional.of(first.id());
    ImmutableSet.Builder<TouchpointId> starts = ImmutableSet.builder();
    entry.ifPresent(starts::add);
    entry.map(groupOf::get).ifPresent(g -> starts.addAll(g.touchpoints()));
    starts.addAll(journey.entries());
    this.entries = starts.build();
    Set<TouchpointId> seen = new HashSet<>();
    Traverser.forGraph(successors::get).breadthFirst(entries).forEach(seen::add);
    ImmutableSet.Builder<TouchpointId> in = ImmutableSet.builder();
    ImmutableSet.Builder<TouchpointId> out = ImmutableSet.builder();
    for (TouchpointId t : touchpoints) {
      (seen.contains(t) ? in : out).add(t);
    }
    this.reachable = in.build();
    this.unreachable = out.build();
  }

  private static Move implicit(TouchpointId from, TouchpointId to) {
    return new Move(new Transition(from, to, TransitionKind.EXPECTED, Optional.empty()), true);
  }

  /**
   * Adds the moves the parallel groups design beyond the main path's order: between consecutive
   * units of the main path (a touchpoint outside any group, or a whole group) from every member of
   * the first to every member of the second, and inside a group between any two members.
   */
  private void groupMoves(List<TouchpointId> main, ImmutableList.Builder<Move> edges) {
    List<List<TouchpointId>> units = new ArrayList<>();
    for (int i = 0; i < main.size(); ) {
      ParallelGroup g = groupOf.get(main.get(i));
      if (g == null) {
        units.add(List.of(main.get(i)));
        i++;
      } else {
        // a group's members are consecutive on the main path (the journey checks it)
        units.add(main.subList(i, i + g.touchpoints().size()));
        i += g.touchpoints().size();
      }
    }
    Set<List<TouchpointId>> seen = new HashSet<>();
    for (int i = 1; i < main.size(); i++) {
      seen.add(List.of(main.get(i - 1), main.get(i)));
    }
    for (int u = 0; u < units.size(); u++) {
      List<TouchpointId> unit = units.get(u);
      for (TouchpointId a : unit) {
        for (TouchpointId b : unit) {
          if (!a.equals(b) && seen.add(List.of(a, b))) {
            edges.add(implicit(a, b));
          }
        }
      }
      if (u + 1 < units.size()) {
        for (TouchpointId a : unit) {
          for (TouchpointId b : units.get(u + 1)) {
            if (seen.add(List.of(a, b))) {
              edges.add(implicit(a, b));
            }
          }
        }
      }
    }
  }

  /**
   * Builds the graph of a journey. {@link Journey#graph()} returns the same graph, built once per
   * journey and kept; prefer it where a journey is queried more than once.
   *
   * @param journey the journey
   * @return its graph
   * @since 0.1
   */
  public static JourneyGraph of(Journey journey) {
    return new JourneyGraph(requireNonNull(journey, "journey"));
  }

  /**
   * Returns the id of the journey this is the graph of.
   *
   * @return the journey's id
   * @since 0.1
   */
  public JourneyId journey() {
    return journey;
  }

  /**
   * Returns the graph as a Guava network, for the algorithms of {@link com.google.common.graph}
   * ({@code Graphs}, {@code Traverser}): nodes are touchpoint ids in journey order, edges are
   * {@link Move}s (parallel edges and self-loops allowed). It is built on the first call and kept.
   *
   * @return the network
   * @since 0.1
   */
  public ImmutableNetwork<TouchpointId, Move> network() {
    return network.get();
  }

  private ImmutableNetwork<TouchpointId, Move> buildNetwork() {
    ImmutableNetwork.Builder<TouchpointId, Move> net =
        NetworkBuilder.directed()
            .allowsParallelEdges(true)
            .allowsSelfLoops(true)
            .expectedNodeCount(touchpoints.size())
            .expectedEdgeCount(moves.size())
            .<TouchpointId, Move>immutable();
    touchpoints.forEach(net::addNode);
    moves.forEach(m -> net.addEdge(m.from(), m.to(), m));
    return net.build();
  }

  /**
   * Returns the touchpoints, the nodes of the graph.
   *
   * @return the touchpoint ids in journey order
   * @since 0.1
   */
  public ImmutableList<TouchpointId> touchpoints() {
    return touchpoints;
  }

  /**
   * Returns every move, the edges of the graph: the implicit moves along the main path in order,
   * then the implicit moves of the parallel groups not already among them, then the journey's
   * transitions in order.
   *
   * @return the moves
   * @since 0.1
   */
  public ImmutableList<Move> moves() {
    return moves;
  }

  /**
   * Returns the moves the design foresees from one touchpoint to another: several when a pair is
   * joined by moves of different kinds.
   *
   * @param from where the customer comes from
   * @param to where the customer goes
   * @return the moves in the order of {@link #moves()}; empty if there is none, also when the
   *     journey has no such touchpoint
   * @since 0.1
   */
  public ImmutableList<Move> moves(TouchpointId from, TouchpointId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!isDesignedMove(from, to)) {
      return ImmutableList.of();
    }
    Set<Move> between = network().edgesConnecting(from, to);
    return moves.stream().filter(between::contains).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns where the journey starts: the first touchpoint on the main path (or the first
   * touchpoint, if none is on it).
   *
   * @return the entry, or empty for a journey without touchpoints
   * @since 0.1
   */
  public Optional<TouchpointId> entry() {
    return entry;
  }

  /**
   * Returns where a customer can go from a touchpoint.
   *
   * @param touchpoint a touchpoint of the journey
   * @return the touchpoints one move away, in the order of the first move to each
   * @throws IllegalArgumentException if the journey has no such touchpoint
   * @since 0.1
   */
  public ImmutableSet<TouchpointId> successors(TouchpointId touchpoint) {
    return successors.get(known(touchpoint));
  }

  /**
   * Returns where a customer can come to a touchpoint from.
   *
   * @param touchpoint a touchpoint of the journey
   * @return the touchpoints one move before, in the order of the first move from each
   * @throws IllegalArgumentException if the journey has no such touchpoint
   * @since 0.1
   */
  public ImmutableSet<TouchpointId> predecessors(TouchpointId touchpoint) {
    return predecessors.get(known(touchpoint));
  }

  private TouchpointId known(TouchpointId touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    if (!contains(touchpoint)) {
      throw new IllegalArgumentException(
          "journey '" + journey + "' has no touchpoint '" + touchpoint + "'");
    }
    return touchpoint;
  }

  private boolean contains(TouchpointId touchpoint) {
    return reachable.contains(touchpoint) || unreachable.contains(touchpoint);
  }

  /**
   * Returns every touchpoint where a customer may start: the {@linkplain #entry() entry} first,
   * then the other members of its parallel group if the journey starts with one, then the journey's
   * further {@linkplain Journey#entries() entry points}.
   *
   * @return the entry points; empty for a journey without touchpoints
   * @since 0.1
   */
  public ImmutableSet<TouchpointId> entries() {
    return entries;
  }

  /**
   * Returns the touchpoints a customer can reach from the {@linkplain #entries() entry points}.
   *
   * @return the reachable touchpoints in journey order, the entry included; empty for a journey
   *     without touchpoints
   * @since 0.1
   */
  public ImmutableSet<TouchpointId> reachable() {
    return reachable;
  }

  /**
   * Returns the touchpoints no customer can reach from any entry point: off the main path with no
   * move leading to them from a reachable touchpoint.
   *
   * @return the unreachable touchpoints in journey order; empty when every one is reachable
   * @since 0.1
   */
  public ImmutableSet<TouchpointId> unreachable() {
    return unreachable;
  }

  /**
   * Returns the journey's {@linkplain Journey#parallelGroups() parallel groups}, whose moves this
   * graph holds.
   *
   * @return the groups, in the journey's order; empty when it has none
   * @since 0.1
   */
  public ImmutableList<ParallelGroup> parallelGroups() {
    return parallelGroups;
  }

  /**
   * Returns the parallel group a touchpoint belongs to.
   *
   * @param touchpoint a touchpoint id
   * @return its group, or empty if it is in none (also when the journey has no such touchpoint)
   * @since 0.1
   */
  public Optional<ParallelGroup> groupOf(TouchpointId touchpoint) {
    return Optional.ofNullable(groupOf.get(requireNonNull(touchpoint, "touchpoint")));
  }

  /**
   * Returns whether the design foresees a move from one touchpoint straight to another: along the
   * main path or through a transition.
   *
   * @param from where the customer comes from
   * @param to where the customer goes
   * @return true if a move leads from {@code from} to {@code to}; false otherwise, also when the
   *     journey has no such touchpoint
   * @since 0.1
   */
  public boolean isDesignedMove(TouchpointId from, TouchpointId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return successors.containsEntry(from, to);
  }

  /**
   * Returns a shortest way from one touchpoint to another through designed moves. Where several are
   * equally short, which one is returned depends only on the journey: equal journeys give equal
   * paths.
   *
   * @param from where the customer starts
   * @param to where the customer arrives
   * @return the touchpoints passed, {@code from} and {@code to} included ({@code [from]} when they
   *     are equal); empty if no designed way leads there, also when the journey has no such
   *     touchpoint
   * @since 0.1
   */
  public Optional<ImmutableList<TouchpointId>> shortestDesignedPath(
      TouchpointId from, TouchpointId to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    if (!contains(from) || !contains(to)) {
      return Optional.empty();
    }
    // Breadth-first from `from`, remembering how each touchpoint was first reached.
    Map<TouchpointId, TouchpointId> cameFrom = new HashMap<>();
    Deque<TouchpointId> todo = new ArrayDeque<>();
    todo.add(from);
    cameFrom.put(from, from);
    while (!todo.isEmpty() && !cameFrom.containsKey(to)) {
      TouchpointId at = todo.removeFirst();
      for (TouchpointId next : successors.get(at)) {
        if (cameFrom.putIfAbsent(next, at) == null) {
          todo.add(next);
        }
      }
    }
    if (!cameFrom.containsKey(to)) {
      return Optional.empty();
    }
    List<TouchpointId> path = new ArrayList<>();
    for (TouchpointId t = to; !t.equals(from); t = requireNonNull(cameFrom.get(t))) {
      path.add(t);
    }
    path.add(from);
    return Optional.of(ImmutableList.copyOf(path).reverse());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JourneyGraph g
        && journey.equals(g.journey)
        && touchpoints.equals(g.touchpoints)
        && moves.equals(g.moves);
  }

  @Override
  public int hashCode() {
    return Objects.hash(journey, touchpoints, moves);
  }

  /**
   * Returns a one-line summary such as {@code JourneyGraph[first-visit: 10 touchpoints, 12 moves, 1
   * unreachable]}.
   */
  @Override
  public String toString() {
    return "JourneyGraph["
        + journey
        + ": "
        + touchpoints.size()
        + (touchpoints.size() == 1 ? " touchpoint, " : " touchpoints, ")
        + moves.size()
        + (moves.size() == 1 ? " move, " : " moves, ")
        + unreachable.size()
        + " unreachable]";
  }
}
