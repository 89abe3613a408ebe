package org.cxkit.metrics.journeys;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.graph.JourneyGraph;

/**
 * The optimal-alignment engine behind {@link Conformance}: the designed graph as primitive tables,
 * and a layered dynamic programme over (events read, touchpoint reached).
 *
 * <p>Node {@code v} (0..V−1) is a touchpoint in journey order; node V is the start, before the
 * entry. {@code dist[u][v]} is the number of designed moves on a shortest way from u to v (from the
 * start, the entry counts as one move); {@code parent[u][v]} the node before v on the breadth-first
 * shortest way (successors in the graph's order), which fixes which way model moves take.
 *
 * <p>Let {@code D_i[v]} be the least cost of aligning the first i events and ending at node v. Then
 * {@code D_0[v] = dist[start][v]} and, for event i at touchpoint w, with {@code S = min(min over
 * designed predecessors u of w of D_{i−1}[u], D_{i−1}[w] + 1)}: {@code D_i[v] = min(D_{i−1}[v] + 1,
 * S + dist[w][v])}; an event at no designed touchpoint gives {@code D_i[v] = D_{i−1}[v] + 1}. This
 * is exact because {@code D_{i−1}} is already closed under model moves ({@code D[v] ≤ D[u] +
 * dist[u][v]}), so after a layer only the synchronous node can improve others. Cost O(V) per event
 * plus the synchronous node's in-degree, memory (events + 1) × (V + 1) ints for the walk back.
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
  final int size;
  private final int start;
  private final int[][] dist;
  private final int[][] parent;
  private final int[][] pred;
  private final int[] finals;

  /** The trivial alignment's model part: the fewest touchpoints from the start to an end. */
  final int shortest;

  Aligner(JourneyGraph graph) {
    this.touchpoints = graph.touchpoints();
    this.size = touchpoints.size();
    this.start = size;
    ImmutableMap.Builder<TouchpointId, Integer> ix = ImmutableMap.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      ix.put(touchpoints.get(i), i);
    }
    this.index = ix.buildOrThrow();
    int[][] succ = new int[size + 1][];
    List<List<Integer>> preds = new ArrayList<>();
    for (int i = 0; i <= size; i++) {
      preds.add(new ArrayList<>());
    }
    int entry = graph.entry().map(this::node).orElse(-1);
    for (int u = 0; u < size; u++) {
      var s = graph.successors(touchpoints.get(u));
      succ[u] = new int[s.size()];
      int k = 0;
      for (TouchpointId t : s) {
        int v = node(t);
        succ[u][k++] = v;
        preds.get(v).add(u);
      }
    }
    succ[start] = entry < 0 ? new int[0] : new int[] {entry};
    if (entry >= 0) {
      preds.get(entry).add(0, start);
    }
    this.pred = new int[size + 1][];
    for (int v = 0; v <= size; v++) {
      pred[v] = preds.get(v).stream().mapToInt(Integer::intValue).toArray();
    }
    this.dist = new int[size + 1][size + 1];
    this.parent = new int[size + 1][size + 1];
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    for (int u = 0; u <= size; u++) {
      int[] d = dist[u];
      Arrays.fill(d, INF);
      Arrays.fill(parent[u], -1);
      d[u] = 0;
      todo.add(u);
      while (!todo.isEmpty()) {
        int a = todo.removeFirst();
        for (int b : succ[a]) {
          if (d[b] == INF) {
            d[b] = d[a] + 1;
            parent[u][b] = a;
            todo.add(b);
          }
        }
      }
    }
    // Ends: touchpoints no move leaves, and the last touchpoint on the main path.
    List<Integer> ends = new ArrayList<>();
    int lastMain = -1;
    for (JourneyGraph.Move m : graph.moves()) {
      if (m.implicit()) {
        lastMain = node(m.to());
      }
    }
    if (lastMain < 0) {
      lastMain = entry;
    }
    for (int v = 0; v < size; v++) {
      if (succ[v].length == 0 || v == lastMain) {
        ends.add(v);
      }
    }
    this.finals = ends.stream().mapToInt(Integer::intValue).toArray();
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
   * @param d scratch of at least (n + 1) × (size + 1) ints
   * @param sink receives the moves of the chosen optimal alignment, or null for the cost only
   * @return the cost
   */
  int align(int[] codes, int n, int[] d, @org.jspecify.annotations.Nullable Moves sink) {
    int w1 = size + 1;
    System.arraycopy(dist[start], 0, d, 0, w1);
    for (int i = 1; i <= n; i++) {
      int prev = (i - 1) * w1;
      int cur = i * w1;
      int w = codes[i - 1];
      int s = INF;
      if (w >= 0) {
        s = d[prev + w] + 1;
        for (int u : pred[w]) {
          s = Math.min(s, d[prev + u]);
        }
      }
      if (s < INF) {
        int[] dw = dist[w];
        for (int v = 0; v <= size; v++) {
          d[cur + v] = Math.min(d[prev + v] + 1, s + dw[v]);
        }
      } else {
        for (int v = 0; v <= size; v++) {
          d[cur + v] = d[prev + v] + 1;
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

  /**
   * Walks back from the end, preferring at each event a synchronous move, then a log move, then
   * model moves along the breadth-first shortest way; reports the moves in forward order.
   */
  private void walkBack(int[] codes, int n, int[] d, int end, Moves sink) {
    int w1 = size + 1;
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
      if (v == w) {
        for (int u : pred[w]) {
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
        // model moves from w to v: the touchpoints after w up to v
        for (int x = v; x != w; x = parent[w][x]) {
          rev = room(rev, k);
          rev[k++] = MODEL;
          rev[k++] = x;
          rev[k++] = -1;
        }
        v = w;
      }
    }
    for (int x = v; x != start; x = parent[start][x]) {
      rev = room(rev, k);
      rev[k++] = MODEL;
      rev[k++] = x;
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
