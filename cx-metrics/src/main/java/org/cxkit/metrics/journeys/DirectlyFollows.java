package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.internal.Exact;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * The directly-follows graph alone (process mining's DFG): how often one step came straight after
 * another, with start and end counts, in one pass over primitive counters. Use it when the graph is
 * all you need; {@link JourneyPaths} counts the same pairs and also variants, channel switches,
 * visits and the time between steps, at about half the speed.
 *
 * <pre>{@code
 * DirectlyFollowsResult g = log.journeys().stream()
 *     .collect(DirectlyFollows.of(design).collector());
 * g.count(Step.of(bookTable), Step.of(compareDates));   // 12
 *
 * // already coded: codes index DirectlyFollows.of(design).steps()
 * DirectlyFollows.State s = DirectlyFollows.of(design).newState();
 * s.addCodes(codes, from, to);                          // one journey: codes[from..to)
 * }</pre>
 *
 * <p><b>Definitions.</b> As in {@link JourneyPaths}: in a journey's time-ordered events e1..en (the
 * {@link ActualJourney}'s order and tie rule), each pair (ei, ei+1) is one occurrence of (step of
 * ei, step of ei+1); e1's step counts a start and en's an end.
 *
 * <p><b>State.</b> Each step gets an int code; the analysis's {@linkplain #steps() preset steps} (a
 * design's touchpoints) take the first codes, other steps (ad hoc, or not in the design) the next
 * ones as they are met. Pairs of the first {@value #DENSE_STEPS} codes are counted in a dense
 * matrix of longs (at most 512 KB), other pairs in an open-addressing hash table. Memory grows with
 * the distinct steps and pairs, never with the events; at most {@value #MAX_STEPS} distinct steps.
 * Counts are exact, and any split of a log, merged in any order, gives the same bytes as one pass.
 *
 * <p>Instances are immutable and thread-safe; states are not.
 *
 * @since 0.1
 */
public final class DirectlyFollows
    implements Analysis<ActualJourney, DirectlyFollowsResult, DirectlyFollows.State> {
  /** The most distinct steps a state holds: {@value}. */
  public static final int MAX_STEPS = 1 << 24;

  /** The codes whose pairs a state counts in its dense matrix: {@value}. */
  public static final int DENSE_STEPS = 256;

  private static final String KIND = "directly-follows";
  private static final int VERSION = 1;
  private static final DirectlyFollows EMPTY = new DirectlyFollows(ImmutableList.of());

  private final ImmutableList<Step> steps;

  private DirectlyFollows(ImmutableList<Step> steps) {
    this.steps = steps;
  }

  /**
   * Returns the graph with no preset steps: every step gets its code when first met.
   *
   * @return the analysis
   * @since 0.1
   */
  public static DirectlyFollows create() {
    return EMPTY;
  }

  /**
   * Returns the graph with a design's touchpoints as preset steps, in the design's order (stage by
   * stage), so that their pairs are counted densely whatever else customers do.
   *
   * @param design the designed journey
   * @return the analysis
   * @since 0.1
   */
  public static DirectlyFollows of(Journey design) {
    requireNonNull(design, "design");
    ImmutableList.Builder<Step> b = ImmutableList.builder();
    for (Touchpoint t : design.touchpoints()) {
      b.add(Step.of(t.id()));
    }
    return new DirectlyFollows(b.build());
  }

  /**
   * Returns the graph with these preset steps: step {@code i} has code {@code i} in {@link
   * State#addCodes}.
   *
   * @param steps distinct steps; at most {@value #MAX_STEPS}
   * @return the analysis
   * @throws IllegalArgumentException if a step repeats or there are too many
   * @since 0.1
   */
  public static DirectlyFollows of(List<Step> steps) {
    ImmutableList<Step> list = ImmutableList.copyOf(requireNonNull(steps, "steps"));
    checkArgument(
        list.size() <= MAX_STEPS, "%s steps, more than the %s allowed", list.size(), MAX_STEPS);
    Set<Step> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(list.get(i))) {
        throw new IllegalArgumentException(
            "steps element " + i + " repeats an earlier element; preset steps must be distinct");
      }
    }
    return new DirectlyFollows(list);
  }

  /**
   * Returns the preset steps: the codes of {@link State#addCodes} index this list.
   *
   * @return the preset steps, perhaps none
   * @since 0.1
   */
  public ImmutableList<Step> steps() {
    return steps;
  }

  @Override
  public String id() {
    return KIND;
  }

  @Override
  public State newState() {
    return new State(this);
  }

  @Override
  public State decode(byte[] bytes) {
    return State.decode(this, bytes);
  }

  /** Returns {@code DirectlyFollows[50 preset steps]}. */
  @Override
  public String toString() {
    return "DirectlyFollows["
        + steps.size()
        + (steps.size() == 1 ? " preset step]" : " preset steps]");
  }

  /**
   * The counts of a directly-follows graph: add actual journeys (or coded ones), merge, read the
   * result.
   *
   * @since 0.1
   */
  public static final class State
      implements MergeableState<ActualJourney, DirectlyFollowsResult, State> {
    private final DirectlyFollows analysis;
    private StepCodes codes = new StepCodes();
    private long[] eventsAt = new long[16];
    private long[] starts = new long[16];
    private long[] ends = new long[16];

    /**
     * The dense matrix's side: every code below it (and no other) has its pairs in {@code dense}.
     */
    private int dim;

    private long[] dense = new long[0];
    private LongCounts sparse = new LongCounts();
    private long journeys;
    private long events;

    State(DirectlyFollows analysis) {
      this(analysis, true);
    }

    private State(DirectlyFollows analysis, boolean preset) {
      this.analysis = analysis;
      if (preset) {
        for (Step s : analysis.steps) {
          code(s);
        }
      }
    }

    private int code(Step s) {
      int c = codes.find(s);
      return c >= 0 ? c : newCode(s);
    }

    private int newCode(Step s) {
      int c = codes.code(s);
      if (c == eventsAt.length) {
        int cap = c * 2;
        eventsAt = Arrays.copyOf(eventsAt, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
      }
      if (c < DENSE_STEPS && c >= dim) {
        int side = Math.min(DENSE_STEPS, Math.max(16, Integer.highestOneBit(c) * 2));
        long[] m = new long[side * side];
        for (int a = 0; a < dim; a++) {
          System.arraycopy(dense, a * dim, m, a * side, dim);
        }
        dense = m;
        dim = side;
      }
      return c;
    }

    private void pair(int a, int b, long n) {
      if (a < dim && b < dim) {
        int i = a * dim + b;
        dense[i] = Exact.add(dense[i], n);
      } else {
        sparse.add(((long) a << 32) | b, n);
      }
    }

    /** Counts an event at {@code c} straight after one at {@code prev}; returns {@code c}. */
    private int move(int prev, int c) {
      eventsAt[c]++;
      if (prev < dim && c < dim) {
        dense[prev * dim + c]++;
      } else {
        sparse.add(((long) prev << 32) | c, 1);
      }
      return c;
    }

    /**
     * Adds one actual journey.
     *
     * @param actual the journey
     * @throws BadInputException if its steps would take the state past {@link #MAX_STEPS} distinct
     *     steps (the state is then unchanged)
     */
    @Override
    public void add(ActualJourney actual) {
      requireNonNull(actual, "actual");
      ImmutableList<JourneyEvent> list = actual.events();
      int n = list.size();
      if (codes.size() > MAX_STEPS - n) {
        throw new BadInputException(Kind.LIMIT, "more than " + MAX_STEPS + " distinct steps");
      }
      int prev = code(list.get(0).step());
      starts[prev]++;
      eventsAt[prev]++;
      for (int i = 1; i < n; i++) {
        prev = move(prev, code(list.get(i).step()));
      }
      ends[prev]++;
      journeys++;
      events += n;
    }

    /**
     * Adds one journey given as the codes of its steps in time order: code {@code i} is the
     * analysis's {@linkplain DirectlyFollows#steps() preset step} {@code i}. The primitive path for
     * logs already coded (a column of step codes and a column of journey starts): no step objects,
     * no lookups.
     *
     * @param codes step codes
     * @param from the journey's first index in {@code codes}, inclusive
     * @param to its last index, exclusive; above {@code from}
     * @throws IndexOutOfBoundsException if {@code from..to} is not within {@code codes}
     * @throws IllegalArgumentException if the range is empty or a code is not a preset step's (the
     *     state is then unchanged)
     * @since 0.1
     */
    public void addCodes(int[] codes, int from, int to) {
      requireNonNull(codes, "codes");
      Objects.checkFromToIndex(from, to, codes.length);
      checkArgument(
          from < to, "a journey has at least one event; the range %s..%s is empty", from, to);
      int k = analysis.steps.size();
      checkArgument(
          k > 0,
          "this analysis has no preset steps to code: make it with DirectlyFollows.of(steps) or"
              + " DirectlyFollows.of(design)");
      for (int i = from; i < to; i++) {
        if (codes[i] < 0 || codes[i] >= k) {
          throw new IllegalArgumentException(
              "codes["
                  + i
                  + "] is "
                  + codes[i]
                  + ", not the code of a preset step (0.."
                  + (k - 1)
                  + ")");
        }
      }
      int prev = codes[from];
      starts[prev]++;
      eventsAt[prev]++;
      for (int i = from + 1; i < to; i++) {
        prev = move(prev, codes[i]);
      }
      ends[prev]++;
      journeys++;
      events += to - from;
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      if (codes.size() > MAX_STEPS - other.codes.size()) {
        throw new BadInputException(Kind.LIMIT, "more than " + MAX_STEPS + " distinct steps");
      }
      State sum = copy();
      int[] map = new int[other.codes.size()];
      for (int i = 0; i < map.length; i++) {
        int c = sum.code(other.codes.step(i));
        map[i] = c;
        sum.eventsAt[c] = Exact.add(sum.eventsAt[c], other.eventsAt[i]);
        sum.starts[c] = Exact.add(sum.starts[c], other.starts[i]);
        sum.ends[c] = Exact.add(sum.ends[c], other.ends[i]);
      }
      for (int a = 0; a < other.dim; a++) {
        for (int b = 0; b < other.dim; b++) {
          long n = other.dense[a * other.dim + b];
          if (n != 0) {
            sum.pair(map[a], map[b], n);
          }
        }
      }
      for (long k : other.sparse.sortedKeys()) {
        sum.pair(map[(int) (k >>> 32)], map[(int) k], other.sparse.get(k));
      }
      sum.journeys = Exact.add(journeys, other.journeys);
      sum.events = Exact.add(events, other.events);
      codes = sum.codes;
      eventsAt = sum.eventsAt;
      starts = sum.starts;
      ends = sum.ends;
      dim = sum.dim;
      dense = sum.dense;
      sparse = sum.sparse;
      journeys = sum.journeys;
      events = sum.events;
      return this;
    }

    @Override
    public State copy() {
      State s = new State(analysis, false);
      s.codes = codes.copy();
      s.eventsAt = eventsAt.clone();
      s.starts = starts.clone();
      s.ends = ends.clone();
      s.dim = dim;
      s.dense = dense.clone();
      s.sparse = sparse.copy();
      s.journeys = journeys;
      s.events = events;
      return s;
    }

    /** The codes of the steps met, in {@link Step} order. */
    private int[] metInOrder() {
      int n = 0;
      Integer[] met = new Integer[codes.size()];
      for (int c = 0; c < codes.size(); c++) {
        if (eventsAt[c] > 0) {
          met[n++] = c;
        }
      }
      Integer[] sorted = Arrays.copyOf(met, n);
      Arrays.sort(sorted, Comparator.comparing(codes::step));
      int[] out = new int[n];
      for (int i = 0; i < n; i++) {
        out[i] = sorted[i];
      }
      return out;
    }

    /**
     * The pairs as {@code [rank(from) << 32 | rank(to), count]}, sorted by key, where a rank is a
     * position in {@code order}.
     */
    private long[][] rankedPairs(int[] order) {
      int[] rank = new int[codes.size()];
      for (int r = 0; r < order.length; r++) {
        rank[order[r]] = r;
      }
      LongCounts byRank = new LongCounts();
      for (int a = 0; a < dim; a++) {
        for (int b = 0; b < dim; b++) {
          long n = dense[a * dim + b];
          if (n != 0) {
            byRank.add(((long) rank[a] << 32) | rank[b], n);
          }
        }
      }
      for (long k : sparse.sortedKeys()) {
        byRank.add(((long) rank[(int) (k >>> 32)] << 32) | rank[(int) k], sparse.get(k));
      }
      long[] keys = byRank.sortedKeys();
      long[] counts = new long[keys.length];
      for (int i = 0; i < keys.length; i++) {
        counts[i] = byRank.get(keys[i]);
      }
      return new long[][] {keys, counts};
    }

    @Override
    public DirectlyFollowsResult result() {
      int[] order = metInOrder();
      ImmutableList.Builder<DirectlyFollowsResult.StepCount> rows = ImmutableList.builder();
      for (int c : order) {
        rows.add(
            new DirectlyFollowsResult.StepCount(codes.step(c), eventsAt[c], starts[c], ends[c]));
      }
      long[][] pairs = rankedPairs(order);
      ImmutableList.Builder<MoveCount> moves = ImmutableList.builder();
      for (int i = 0; i < pairs[0].length; i++) {
        long k = pairs[0][i];
        moves.add(
            new MoveCount(
                codes.step(order[(int) (k >>> 32)]), codes.step(order[(int) k]), pairs[1][i]));
      }
      return new DirectlyFollowsResult(journeys, events, rows.build(), moves.build());
    }

    /**
     * Encodes the state canonically: the steps met in {@link Step} order, the pairs keyed by the
     * steps' ranks in that order, sorted, so equal counts give equal bytes whatever order the steps
     * were first met in and whatever the preset steps.
     */
    @Override
    public byte[] toBytes() {
      int[] order = metInOrder();
      Frame.Writer w = Frame.writer(KIND, VERSION);
      w.putLong(journeys).putLong(events).putInt(order.length);
      for (int c : order) {
        StepCodec.write(w, codes.step(c));
        w.putLong(eventsAt[c]).putLong(starts[c]).putLong(ends[c]);
      }
      long[][] pairs = rankedPairs(order);
      w.putInt(pairs[0].length);
      for (int i = 0; i < pairs[0].length; i++) {
        w.putLong(pairs[0][i]).putLong(pairs[1][i]);
      }
      return w.finish();
    }

    static State decode(DirectlyFollows analysis, byte[] bytes) {
      Frame.Reader r = Frame.read(bytes, KIND, "state", VERSION);
      try {
        return decode(analysis, r);
      } catch (ArithmeticException e) {
        throw r.invalid("its counts add up to more than a long holds");
      }
    }

    private static State decode(DirectlyFollows analysis, Frame.Reader r) {
      State s = new State(analysis);
      s.journeys = r.getCount("journeys");
      s.events = r.getCount("events");
      int n = r.getSize("step count", MAX_STEPS);
      Step previous = null;
      long sumEvents = 0;
      long sumStarts = 0;
      long sumEnds = 0;
      // read step by step: arrays grow with the steps actually present, never with a claimed size
      int[] byRank = new int[Math.min(n, 16)];
      for (int i = 0; i < n; i++) {
        Step step = StepCodec.read(r, "a step");
        r.check(previous == null || previous.compareTo(step) < 0, "the steps are out of order");
        int c = s.code(step);
        if (i == byRank.length) {
          byRank = Arrays.copyOf(byRank, Math.min(n, i * 2));
        }
        byRank[i] = c;
        s.eventsAt[c] = r.getCount("a step's events");
        s.starts[c] = r.getCount("a step's starts");
        s.ends[c] = r.getCount("a step's ends");
        r.check(s.eventsAt[c] >= 1, "a step without events");
        sumEvents = Exact.add(sumEvents, s.eventsAt[c]);
        sumStarts = Exact.add(sumStarts, s.starts[c]);
        sumEnds = Exact.add(sumEnds, s.ends[c]);
        previous = step;
      }
      r.check(sumEvents == s.events, "the steps' events do not add up to the events");
      r.check(
          sumStarts == s.journeys && sumEnds == s.journeys,
          "the starts or ends do not add up to the journeys");
      long[] out = new long[n];
      long[] in = new long[n];
      int pairs = r.getSize("pair count", Integer.MAX_VALUE);
      long last = -1;
      for (int i = 0; i < pairs; i++) {
        long k = r.getLong("pair");
        long a = k >>> 32;
        long b = k & 0xFFFFFFFFL;
        r.check(k > last && a < n && b < n, "the pairs are out of order or range");
        long cnt = r.getCount("a pair's count");
        r.check(cnt > 0, "a pair's count is zero");
        out[(int) a] = Exact.add(out[(int) a], cnt);
        in[(int) b] = Exact.add(in[(int) b], cnt);
        s.pair(byRank[(int) a], byRank[(int) b], cnt);
        last = k;
      }
      for (int i = 0; i < n; i++) {
        int c = byRank[i];
        r.check(
            out[i] + s.ends[c] == s.eventsAt[c] && in[i] + s.starts[c] == s.eventsAt[c],
            "a step's moves, starts and ends do not add up to its events");
      }
      r.end();
      return s;
    }

    /** Returns {@code DirectlyFollows.State[40 journeys, 310 events]}. */
    @Override
    public String toString() {
      return "DirectlyFollows.State[" + journeys + " journeys, " + events + " events]";
    }
  }
}
