package org.cxkit.metrics.journeys;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.Transition;

/**
 * The optimal-alignment engine behind {@link Conformance}: the designed journey as an automaton in
 * primitive tables, and a layered dynamic programme over (events read, state reached).
 *
 * <p><b>States.</b> A touchpoint outside any {@linkplain ParallelGroup parallel group} is one
 * state. A group of k members is expanded into its k × 2<sup>k−1</sup> states (done-set S, member m
 * ∈ S done last), so "every member once, in any order" is a property of the automaton: from (S, m)
 * the designed moves go to (S ∪ {m′}, m′) for each member m′ ∉ S, and only from the full states
 * (all members done, any last) to the next part of the main path. The main path is a sequence of
 * units (a touchpoint or a whole group); every exit state of a unit (the touchpoint's state, or a
 * group's full states) leads to every entry state of the next (the touchpoint's state, or a group's
 * ({m′}, m′)). A designed transition from touchpoint x to y leads from every state labelled x to
 * y's entry state: leaving a member by a transition abandons the group (an exception, a loop back);
 * a {@code LOOP_BACK} from a member to itself (a retry) keeps the done-set. The start leads to the
 * entry state of each of the graph's {@linkplain JourneyGraph#entries() entry points}. The ends are
 * the states no move leaves and the exit states of the main path's last unit. Each state is
 * labelled with its touchpoint; without groups the states are the touchpoints, and this is the
 * plain graph.
 *
 * <p>State {@code x} (0..N−1) has label {@code label[x]}, a touchpoint in journey order; state N is
 * the start. {@code dist[u][v]} is the number of designed moves on a shortest way from u to v (from
 * the start, the entry counts as one move); {@code parent[u][v]} the state before v on the
 * breadth-first shortest way (successors in the order main path, groups, transitions), which fixes
 * which way model moves take.
 *
 * <p>Let {@code D_i[v]} be the least cost of aligning the first i events and ending at state v.
 * Then {@code D_0[v] = dist[start][v]} and, for event i at touchpoint w, with, for every state x
 * labelled w, {@code S_x = min(min over predecessors u of x of D_{i−1}[u], D_{i−1}[x] + 1)}: {@code
 * D_i[v] = min(D_{i−1}[v] + 1, min over x labelled w of S_x + dist[x][v])}; an event at no designed
 * touchpoint gives {@code D_i[v] = D_{i−1}[v] + 1}. This is exact: an alignment's last move that
 * reads event i is either a log move (staying at v, the first term) or a synchronous move into some
 * state x labelled w, followed by model moves from x to v, at least {@code dist[x][v]} of them;
 * {@code D_{i−1}} is already closed under model moves ({@code D[v] ≤ D[u] + dist[u][v]}), so model
 * moves before the synchronous one are counted in {@code D_{i−1}[u]}, and {@code D_i} is closed
 * again (the minimum of closed terms). So after a layer only the synchronous states can improve
 * others. Cost O(N) per event times the states labelled w (1, or 2<sup>k−1</sup> for a member of a
 * group of k), plus their in-degree; memory (events + 1) × (N + 1) ints for the walk back, and (N +
 * 1)² ints twice for the tables.
 */
final class Aligner {
  static final int INF = Integer.MAX_VALUE / 4;

  /** Move kinds, as the walk back reports them. */
  static final int SYNC = 0;

  static final int LOG = 1;
  static final int MODEL = 2;

  /** Receives the moves of one optimal alignment, in order. */
  interface Moves {
    /**
     * One move.
     *
     * @param kind {@link #SYNC}, {@link #LOG} or {@link #MODEL}
     * @param node the touchpoint's node, or −1 for a log move of a step not in the design
     * @param event the event's index, or −1 for a model move
     */
    void move(int kind, int node, int event);
  }

  final ImmutableList<TouchpointId> touchpoints;
  final ImmutableMap<TouchpointId, Integer> index;

  /** The number of touchpoints (nodes). */
  final int size;

  /** The number of states, the start included: the width of a layer of the programme. */
  final int width;

  private final int start;
  private final int[] label;
  private final int[][] byLabel;
  private final int[][] dist;
  private final int[][] parent;
  private final int[][] pred;
  private final int[] finals;

  /** The trivial alignment's model part: the fewest touchpoints from the start to an end. */
  final int shortest;

  /**
   * Returns the number of states a journey's automaton has, the start excluded: one per touchpoint
   * outside the groups, k × 2<sup>k−1</sup> per group of k.
   */
  static int states(Journey journey) {
    int n = journey.touchpoints().size();
    for (ParallelGroup g : journey.parallelGroups()) {
      int k = g.touchpoints().size();
      n += k * (1 << (k - 1)) - k;
    }
    return n;
  }

  Aligner(Journey journey) {
    JourneyGraph graph = journey.graph();
    this.touchpoints = graph.touchpoints();
    this.size = touchpoints.size();
    ImmutableMap.Builder<TouchpointId, Integer> ix = ImmutableMap.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      ix.put(touchpoints.get(i), i);
    }
    this.index = ix.buildOrThrow();

    // States: those of the touchpoints outside groups, then each group's; entryOf[t] is where a
    // move into touchpoint t arrives.
    int n = states(journey);
    this.start = n;
    this.width = n + 1;
    this.label = new int[n];
    int[] entryOf = new int[size];
    int[] groupIx = new int[size];
    Arrays.fill(groupIx, -1);
    List<ParallelGroup> groups = journey.parallelGroups();
    // of each group, its state for (done-set, member done last) at [mask * k + last], or -1
    int[][] stateOf = new int[groups.size()][];
    int next = 0;
    for (int t = 0; t < size; t++) {
      if (graph.groupOf(touchpoints.get(t)).isEmpty()) {
        label[next] = t;
        entryOf[t] = next++;
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      List<TouchpointId> members = groups.get(g).touchpoints();
      int k = members.size();
      int[] slots = new int[k * (1 << k)];
      Arrays.fill(slots, -1);
      for (int mask = 1; mask < (1 << k); mask++) {
        for (int j = 0; j < k; j++) {
          if ((mask & (1 << j)) != 0) {
            label[next] = node(members.get(j));
            slots[mask * k + j] = next++;
          }
        }
      }
      stateOf[g] = slots;
      for (int j = 0; j < k; j++) {
        int t = node(members.get(j));
        groupIx[t] = g;
        entryOf[t] = slots[(1 << j) * k + j];
      }
    }
    List<Set<Integer>> succ = new ArrayList<>(n + 1);
    for (int x = 0; x <= n; x++) {
      succ.add(new LinkedHashSet<>());
    }
    // The main path's units, in order, as their entry and exit states.
    List<int[]> entries = new ArrayList<>();
    List<int[]> exits = new ArrayList<>();
    List<Integer> main = new ArrayList<>();
    for (Touchpoint t : journey.touchpoints()) {
      if (t.mainPath()) {
        main.add(node(t.id()));
      }
    }
    for (int i = 0; i < main.size(); ) {
      int t = main.get(i);
      int g = groupIx[t];
      if (g < 0) {
        entries.add(new int[] {entryOf[t]});
        exits.add(new int[] {entryOf[t]});
        i++;
      } else {
        List<TouchpointId> members = groups.get(g).touchpoints();
        int k = members.size();
        int[] in = new int[k];
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
          in[j] = stateOf[g][(1 << j) * k + j];
          out[j] = stateOf[g][((1 << k) - 1) * k + j];
        }
        entries.add(in);
        exits.add(out);
        i += k;
      }
    }
    for (int u = 0; u + 1 < entries.size(); u++) {
      for (int a : exits.get(u)) {
        for (int b : entries.get(u + 1)) {
          succ.get(a).add(b);
        }
      }
    }
    for (int g = 0; g < groups.size(); g++) {
      int k = groups.get(g).touchpoints().size();
      for (int mask = 1; mask < (1 << k) - 1; mask++) {
        for (int j = 0; j < k; j++) {
          if ((mask & (1 << j)) == 0) {
            continue;
          }
          for (int j2 = 0; j2 < k; j2++) {
            if ((mask & (1 << j2)) == 0) {
              succ.get(stateOf[g][mask * k + j]).add(stateOf[g][(mask | (1 << j2)) * k + j2]);
            }
          }
        }
      }
    }
    for (Transition tr : journey.transitions()) {
      int a = node(tr.from());
      int b = node(tr.to());
      for (int x = 0; x < n; x++) {
        if (label[x] == a) {
          succ.get(x).add(a == b && groupIx[a] >= 0 ? x : entryOf[b]);
        }
      }
    }
    for (TouchpointId e : graph.entries()) {
      succ.get(start).add(entryOf[node(e)]);
    }
    List<List<Integer>> preds = new ArrayList<>(n + 1);
    for (int x = 0; x <= n; x++) {
      preds.add(new ArrayList<>());
    }
    // the start first among a state's predecessors
    for (int y : succ.get(start)) {
      preds.get(y).add(start);
    }
    for (int x = 0; x < n; x++) {
      for (int y : succ.get(x)) {
        preds.get(y).add(x);
      }
    }
    int[][] out = new int[n + 1][];
    this.pred = new int[n + 1][];
    for (int x = 0; x <= n; x++) {
      out[x] = succ.get(x).stream().mapToInt(Integer::intValue).toArray();
      pred[x] = preds.get(x).stream().mapToInt(Integer::intValue).toArray();
    }
    int[] count = new int[size];
    for (int x = 0; x < n; x++) {
      count[label[x]]++;
    }
    this.byLabel = new int[size][];
    for (int t = 0; t < size; t++) {
      byLabel[t] = new int[count[t]];
      count[t] = 0;
    }
    for (int x = 0; x < n; x++) {
      byLabel[label[x]][count[label[x]]++] = x;
    }
    this.dist = new int[n + 1][n + 1];
    this.parent = new int[n + 1][n + 1];
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int u = 0; u <= n; u++) {
      int[] d = dist[u];
      Arrays.fill(d, INF);
      Arrays.fill(parent[u], -1);
      d[u] = 0;
      todo.add(u);
      while (!todo.isEmpty()) {
        int a = todo.removeFirst();
        for (int b : out[a]) {
          if (d[b] == INF) {
            d[b] = d[a] + 1;
            parent[u][b] = a;
            todo.add(b);
          }
        }
      }
    }
    // Ends: states no move leaves, and the exit states of the main path's last unit (without a
    // main path, the entry's state).
    Set<Integer> ends = new LinkedHashSet<>();
    if (!exits.isEmpty()) {
      for (int x : exits.get(exits.size() - 1)) {
        ends.add(x);
      }
    } else {
      graph.entry().ifPresent(e -> ends.add(entryOf[node(e)]));
    }
    for (int x = 0; x < n; x++) {
      if (out[x].length == 0) {
        ends.add(x);
      }
    }
    this.finals = ends.stream().mapToInt(Integer::intValue).sorted().toArray();
    int best = INF;
    for (int f : finals) {
      best = Math.min(best, dist[start][f]);
    }
    this.shortest = best;
  }

  /** The node of a touchpoint of the design. */
  int node(TouchpointId t) {
    Integer i = index.get(t);
    if (i == null) {
      throw new IllegalArgumentException("the design has no touchpoint '" + t + "'");
    }
    return i;
  }

  /** Whether any designed way leads from the entry to an end. */
  boolean completable() {
    return shortest < INF;
  }

  /**
   * Aligns one journey.
   *
   * @param codes each event's node, or −1 for a step not in the design
   * @param n the number of events
   * @param d scratch of at least (n + 1) × {@link #width} ints
   * @param sink receives the moves of the chosen optimal alignment, or null for the cost only
   * @return the cost
   */
  int align(int[] codes, int n, int[] d, @org.jspecify.annotations.Nullable Moves sink) {
    int w1 = width;
    System.arraycopy(dist[start], 0, d, 0, w1);
    for (int i = 1; i <= n; i++) {
      int prev = (i - 1) * w1;
      int cur = i * w1;
      for (int v = 0; v < w1; v++) {
        d[cur + v] = d[prev + v] + 1;
      }
      int w = codes[i - 1];
      if (w < 0) {
        continue;
      }
      for (int x : byLabel[w]) {
        int s = sync(d, prev, x);
        if (s < INF) {
          int[] dx = dist[x];
          for (int v = 0; v < w1; v++) {
            d[cur + v] = Math.min(d[cur + v], s + dx[v]);
          }
        }
      }
    }
    int last = n * w1;
    int end = -1;
    int cost = INF;
    for (int f : finals) {
      if (d[last + f] < cost) {
        cost = d[last + f];
        end = f;
      }
    }
    if (sink != null && end >= 0) {
      walkBack(codes, n, d, end, sink);
    }
    return cost;
  }

  /** The least cost of reading an event at state x's touchpoint and being at x: {@code S_x}. */
  private int sync(int[] d, int prev, int x) {
    int s = d[prev + x] + 1;
    for (int u : pred[x]) {
      s = Math.min(s, d[prev + u]);
    }
    return s;
  }

  /**
   * Walks back from the end, preferring at each event a synchronous move, then a log move, then
   * model moves along the breadth-first shortest way from the first state (in state order) of the
   * event's touchpoint that gives the cost; reports the moves in forward order.
   */
  private void walkBack(int[] codes, int n, int[] d, int end, Moves sink) {
    int w1 = width;
    // kind, node, event triples, in reverse
    int[] rev = new int[3 * (n + 8)];
    int k = 0;
    int v = end;
    int i = n;
    while (i > 0) {
      int prev = (i - 1) * w1;
      int here = d[i * w1 + v];
      int w = codes[i - 1];
      int from = -1;
      if (w >= 0 && v != start && label[v] == w) {
        for (int u : pred[v]) {
          if (d[prev + u] == here) {
            from = u;
            break;
          }
        }
      }
      if (from >= 0) {
        rev = room(rev, k);
        rev[k++] = SYNC;
        rev[k++] = w;
        rev[k++] = i - 1;
        v = from;
        i--;
      } else if (d[prev + v] + 1 == here) {
        rev = room(rev, k);
        rev[k++] = LOG;
        rev[k++] = w;
        rev[k++] = i - 1;
        i--;
      } else {
        // model moves from a state x of w to v: the states after x up to v
        int x = -1;
        for (int c : byLabel[w]) {
          if (c != v && dist[c][v] < INF && sync(d, prev, c) + dist[c][v] == here) {
            x = c;
            break;
          }
        }
        if (x < 0) {
          throw new IllegalStateException("the walk back lost the optimal alignment");
        }
        for (int y = v; y != x; y = parent[x][y]) {
          rev = room(rev, k);
          rev[k++] = MODEL;
          rev[k++] = label[y];
          rev[k++] = -1;
        }
        v = x;
      }
    }
    for (int y = v; y != start; y = parent[start][y]) {
      rev = room(rev, k);
      rev[k++] = MODEL;
      rev[k++] = label[y];
      rev[k++] = -1;
    }
    for (int j = k - 3; j >= 0; j -= 3) {
      sink.move(rev[j], rev[j + 1], rev[j + 2]);
    }
  }

  private static int[] room(int[] a, int k) {
    return k + 3 <= a.length ? a : Arrays.copyOf(a, Math.max(a.length * 2, k + 3));
  }
}
