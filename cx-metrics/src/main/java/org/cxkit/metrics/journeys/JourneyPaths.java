package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cxkit.core.journey.Channel;
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
 * The paths customers actually took, with no design needed: directly-follows counts with start and
 * end counts (process mining's directly-follows graph), variants with top-k coverage, channel
 * switches after a failed event, drop-off per step and the time between steps ({@link
 * PathsResult}).
 *
 * <pre>{@code
 * PathsResult p = log.journeys().stream().collect(JourneyPaths.create().collector());
 * p.directlyFollows();     // [book-table -> compare-dates: 12, ...]
 * p.variants().get(0);     // 17 × book-table > pay > visit
 * p.coverage(3);           // share of journeys the top 3 variants cover
 * }</pre>
 *
 * <p><b>Definitions.</b> In a journey's time-ordered events e1..en (the {@link ActualJourney}'s
 * order and tie rule), each pair (ei, ei+1) is one directly-follows occurrence of (step of ei, step
 * of ei+1); e1's step counts a start and en's an end. A variant is the sequence of steps. A channel
 * switch is a failed event followed by an event, both with a channel (the same channel counts: a
 * retry). The gap of a pair is the elapsed time between the two events' instants, in whole seconds
 * (rounded down); see {@link PathsResult.Gap} for the quantiles and the time zone.
 *
 * <p><b>State.</b> Exact counts: per step, per pair, per (pair, duration bucket), per variant, per
 * pair of channels. Any split of a log, merged in any order, gives the same bytes as one pass.
 * Memory grows with the distinct steps, pairs and variants, not with the events. At most {@value
 * #MAX_STEPS} distinct steps.
 *
 * @since 0.1
 */
public final class JourneyPaths
    implements Analysis<ActualJourney, PathsResult, JourneyPaths.State> {
  /** The default number of variants a result lists: {@value}. */
  public static final int DEFAULT_TOP_VARIANTS = 20;

  /** The most distinct steps a state holds: {@value}. */
  public static final int MAX_STEPS = 1 << 24;

  private static final String KIND = "paths";
  private static final int VERSION = 1;
  private static final int CHANNELS = Channel.values().length;

  private final int topVariants;

  private JourneyPaths(int topVariants) {
    this.topVariants = topVariants;
  }

  /**
   * Returns the path analysis, listing the {@value #DEFAULT_TOP_VARIANTS} most frequent variants.
   *
   * @return the analysis
   * @since 0.1
   */
  public static JourneyPaths create() {
    return new JourneyPaths(DEFAULT_TOP_VARIANTS);
  }

  /**
   * Returns this analysis listing another number of variants (the state keeps them all).
   *
   * @param k the most variants a result lists; not negative
   * @return the changed analysis
   * @throws IllegalArgumentException if {@code k} is negative
   * @since 0.1
   */
  public JourneyPaths topVariants(int k) {
    checkArgument(k >= 0, "k must not be negative, got %s", k);
    return new JourneyPaths(k);
  }

  /**
   * Returns the number of variants a result lists.
   *
   * @return the number
   * @since 0.1
   */
  public int topVariants() {
    return topVariants;
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

  @Override
  public String toString() {
    return "JourneyPaths[top " + topVariants + " variants]";
  }

  /** Whole seconds from one instant to a later one, rounded down. */
  static long seconds(java.time.Instant from, java.time.Instant to) {
    long s = to.getEpochSecond() - from.getEpochSecond();
    return to.getNano() < from.getNano() ? s - 1 : s;
  }

  /** A duration's bucket: exact below 64 s, then 32 buckets per power of two. */
  static int bucket(long seconds) {
    if (seconds < 64) {
      return (int) seconds;
    }
    int e = 63 - Long.numberOfLeadingZeros(seconds);
    return 64 + (e - 6) * 32 + (int) ((seconds >>> (e - 5)) & 31);
  }

  static long bucketLow(int bucket) {
    if (bucket < 64) {
      return bucket;
    }
    int e = 6 + (bucket - 64) / 32;
    return (32L + (bucket - 64) % 32) << (e - 5);
  }

  static long bucketMid(int bucket) {
    if (bucket < 64) {
      return bucket;
    }
    int e = 6 + (bucket - 64) / 32;
    return bucketLow(bucket) + ((1L << (e - 5)) - 1) / 2;
  }

  static final int BUCKETS = bucket(Long.MAX_VALUE) + 1;

  /** An int sequence with value equality: a variant's step codes. */
  private static final class Seq {
    final int[] codes;
    final int hash;

    Seq(int[] codes) {
      this.codes = codes;
      this.hash = Arrays.hashCode(codes);
    }

    @Override
    public boolean equals(@org.jspecify.annotations.Nullable Object o) {
      return o instanceof Seq s && hash == s.hash && Arrays.equals(codes, s.codes);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The counts of a path analysis: add actual journeys, merge, read the result.
   *
   * @since 0.1
   */
  public static final class State implements MergeableState<ActualJourney, PathsResult, State> {
    private final JourneyPaths paths;
    private final List<Step> steps = new ArrayList<>();
    private final Map<Step, Integer> codes = new HashMap<>();
    private long[] eventsAt = new long[16];
    private long[] visits = new long[16];
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int[] seen = new int[16];
    private int mark;
    private long journeys;
    private long events;
    private LongCounts follows = new LongCounts();
    private LongCounts gaps = new LongCounts();
    private HashMap<Seq, long[]> variants = new HashMap<>();
    private final long[] switches = new long[CHANNELS * CHANNELS];
    private int[] scratch = new int[16];

    State(JourneyPaths paths) {
      this.paths = paths;
    }

    private int code(Step s) {
      Integer c = codes.get(s);
      if (c != null) {
        return c;
      }
      int n = steps.size();
      steps.add(s);
      codes.put(s, n);
      if (n == eventsAt.length) {
        int cap = n * 2;
        eventsAt = Arrays.copyOf(eventsAt, cap);
        visits = Arrays.copyOf(visits, cap);
        starts = Arrays.copyOf(starts, cap);
        ends = Arrays.copyOf(ends, cap);
        seen = Arrays.copyOf(seen, cap);
      }
      return n;
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
      if (steps.size() > MAX_STEPS - n) {
        throw new BadInputException(Kind.LIMIT, "more than " + MAX_STEPS + " distinct steps");
      }
      // totals first (every other count is at most these): an overflowing add fails whole
      Exact.add(journeys, 1);
      Exact.add(events, n);
      if (scratch.length < n) {
        scratch = new int[Math.max(n, scratch.length * 2)];
      }
      int[] cs = scratch;
      int m = ++mark;
      JourneyEvent before = null;
      int prev = -1;
      for (int i = 0; i < n; i++) {
        JourneyEvent e = list.get(i);
        int c = code(e.step());
        cs[i] = c;
        eventsAt[c]++;
        if (seen[c] != m) {
          seen[c] = m;
          visits[c]++;
        }
        if (before != null) {
          follows.add(((long) prev << 32) | c, 1);
          long secs = seconds(before.time(), e.time());
          gaps.add(((long) prev << 40) | ((long) c << 16) | bucket(secs), 1);
          if (before.failed() && before.channel().isPresent() && e.channel().isPresent()) {
            switches[before.channel().get().ordinal() * CHANNELS + e.channel().get().ordinal()]++;
          }
        }
        before = e;
        prev = c;
      }
      starts[cs[0]]++;
      ends[cs[n - 1]]++;
      variants.computeIfAbsent(new Seq(Arrays.copyOf(cs, n)), k -> new long[1])[0]++;
      journeys++;
      events += n;
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      if (steps.size() > MAX_STEPS - other.steps.size()) {
        throw new BadInputException(Kind.LIMIT, "more than " + MAX_STEPS + " distinct steps");
      }
      State sum = copy();
      int[] map = new int[other.steps.size()];
      for (int i = 0; i < map.length; i++) {
        int c = sum.code(other.steps.get(i));
        map[i] = c;
        sum.eventsAt[c] = Exact.add(sum.eventsAt[c], other.eventsAt[i]);
        sum.visits[c] = Exact.add(sum.visits[c], other.visits[i]);
        sum.starts[c] = Exact.add(sum.starts[c], other.starts[i]);
        sum.ends[c] = Exact.add(sum.ends[c], other.ends[i]);
      }
      for (long k : other.follows.sortedKeys()) {
        long a = map[(int) (k >>> 32)];
        long b = map[(int) k];
        sum.follows.add((a << 32) | b, other.follows.get(k));
      }
      for (long k : other.gaps.sortedKeys()) {
        long a = map[(int) (k >>> 40)];
        long b = map[(int) ((k >>> 16) & 0xFFFFFF)];
        sum.gaps.add((a << 40) | (b << 16) | (k & 0xFFFF), other.gaps.get(k));
      }
      for (Map.Entry<Seq, long[]> e : other.variants.entrySet()) {
        int[] cs = e.getKey().codes.clone();
        for (int i = 0; i < cs.length; i++) {
          cs[i] = map[cs[i]];
        }
        long[] mine = sum.variants.computeIfAbsent(new Seq(cs), k -> new long[1]);
        mine[0] = Exact.add(mine[0], e.getValue()[0]);
      }
      for (int i = 0; i < switches.length; i++) {
        sum.switches[i] = Exact.add(sum.switches[i], other.switches[i]);
      }
      sum.journeys = Exact.add(journeys, other.journeys);
      sum.events = Exact.add(events, other.events);
      take(sum);
      return this;
    }

    private void take(State s) {
      steps.clear();
      steps.addAll(s.steps);
      codes.clear();
      codes.putAll(s.codes);
      eventsAt = s.eventsAt;
      visits = s.visits;
      starts = s.starts;
      ends = s.ends;
      seen = s.seen;
      mark = s.mark;
      journeys = s.journeys;
      events = s.events;
      follows = s.follows;
      gaps = s.gaps;
      variants = s.variants;
      System.arraycopy(s.switches, 0, switches, 0, switches.length);
    }

    @Override
    public State copy() {
      State s = new State(paths);
      s.steps.addAll(steps);
      s.codes.putAll(codes);
      s.eventsAt = eventsAt.clone();
      s.visits = visits.clone();
      s.starts = starts.clone();
      s.ends = ends.clone();
      s.seen = new int[seen.length];
      s.journeys = journeys;
      s.events = events;
      s.follows = follows.copy();
      s.gaps = gaps.copy();
      variants.forEach((k, v) -> s.variants.put(k, new long[] {v[0]}));
      System.arraycopy(switches, 0, s.switches, 0, switches.length);
      return s;
    }

    /** The codes in Step order: rank[code], and the codes by rank. */
    private int[][] ranks() {
      Integer[] byRank = new Integer[steps.size()];
      for (int i = 0; i < byRank.length; i++) {
        byRank[i] = i;
      }
      Arrays.sort(byRank, Comparator.comparing(steps::get));
      int[] rank = new int[byRank.length];
      int[] order = new int[byRank.length];
      for (int r = 0; r < byRank.length; r++) {
        rank[byRank[r]] = r;
        order[r] = byRank[r];
      }
      return new int[][] {rank, order};
    }

    private static long[] remapPairs(LongCounts c, int[] rank, boolean gap) {
      long[] keys = c.sortedKeys();
      for (int i = 0; i < keys.length; i++) {
        long k = keys[i];
        keys[i] =
            gap
                ? ((long) rank[(int) (k >>> 40)] << 40)
                    | ((long) rank[(int) ((k >>> 16) & 0xFFFFFF)] << 16)
                    | (k & 0xFFFF)
                : ((long) rank[(int) (k >>> 32)] << 32) | rank[(int) k];
      }
      return keys;
    }

    /** Variants as rank sequences, sorted by count (descending), then sequence. */
    private List<Map.Entry<int[], Long>> rankedVariants(int[] rank) {
      List<Map.Entry<int[], Long>> out = new ArrayList<>(variants.size());
      variants.forEach(
          (k, v) -> {
            int[] r = new int[k.codes.length];
            for (int i = 0; i < r.length; i++) {
              r[i] = rank[k.codes[i]];
            }
            out.add(Map.entry(r, v[0]));
          });
      out.sort(
          Comparator.<Map.Entry<int[], Long>>comparingLong(Map.Entry::getValue)
              .reversed()
              .thenComparing(Map.Entry::getKey, Arrays::compare));
      return out;
    }

    @Override
    public PathsResult result() {
      int[][] ro = ranks();
      int[] rank = ro[0];
      int[] order = ro[1];
      ImmutableList.Builder<PathsResult.StepRow> rows = ImmutableList.builder();
      for (int c : order) {
        rows.add(new PathsResult.StepRow(steps.get(c), eventsAt[c], visits[c], starts[c], ends[c]));
      }
      ImmutableList.Builder<MoveCount> dfg = ImmutableList.builder();
      long[] pairKeys = follows.sortedKeys();
      long[] rankedPairs = new long[pairKeys.length];
      Map<Long, Long> pairCount = new HashMap<>();
      for (int i = 0; i < pairKeys.length; i++) {
        long k = pairKeys[i];
        rankedPairs[i] = ((long) rank[(int) (k >>> 32)] << 32) | rank[(int) k];
        pairCount.put(rankedPairs[i], follows.get(k));
      }
      Arrays.sort(rankedPairs);
      long[] gapKeys = remapPairs(gaps, rank, true);
      Arrays.sort(gapKeys);
      Map<Long, Long> gapCount = new HashMap<>();
      for (long k : gaps.sortedKeys()) {
        long rk =
            ((long) rank[(int) (k >>> 40)] << 40)
                | ((long) rank[(int) ((k >>> 16) & 0xFFFFFF)] << 16)
                | (k & 0xFFFF);
        gapCount.put(rk, gaps.get(k));
      }
      ImmutableList.Builder<PathsResult.Gap> gapRows = ImmutableList.builder();
      int g = 0;
      for (long rp : rankedPairs) {
        Step from = steps.get(order[(int) (rp >>> 32)]);
        Step to = steps.get(order[(int) rp]);
        long n = requireNonNull(pairCount.get(rp));
        dfg.add(new MoveCount(from, to, n));
        long prefix = ((rp >>> 32) << 40) | ((rp & 0xFFFFFFFFL) << 16);
        long medianRank = (n + 1) / 2; // ⌈0.5 n⌉
        long p90Rank = (9 * n + 9) / 10; // ⌈0.9 n⌉
        long seenSoFar = 0;
        long median = -1;
        long p90 = -1;
        while (g < gapKeys.length && (gapKeys[g] & ~0xFFFFL) == prefix) {
          int b = (int) (gapKeys[g] & 0xFFFF);
          seenSoFar += requireNonNull(gapCount.get(gapKeys[g]));
          if (median < 0 && seenSoFar >= medianRank) {
            median = bucketMid(b);
          }
          if (p90 < 0 && seenSoFar >= p90Rank) {
            p90 = bucketMid(b);
          }
          g++;
        }
        gapRows.add(
            new PathsResult.Gap(from, to, n, Duration.ofSeconds(median), Duration.ofSeconds(p90)));
      }
      ImmutableList.Builder<PathsResult.Variant> top = ImmutableList.builder();
      List<Map.Entry<int[], Long>> ranked = rankedVariants(rank);
      for (int i = 0; i < Math.min(paths.topVariants, ranked.size()); i++) {
        ImmutableList.Builder<Step> vs = ImmutableList.builder();
        for (int r : ranked.get(i).getKey()) {
          vs.add(steps.get(order[r]));
        }
        top.add(new PathsResult.Variant(vs.build(), ranked.get(i).getValue()));
      }
      ImmutableList.Builder<PathsResult.ChannelSwitch> sw = ImmutableList.builder();
      Channel[] ch = Channel.values();
      for (int i = 0; i < switches.length; i++) {
        if (switches[i] > 0) {
          sw.add(new PathsResult.ChannelSwitch(ch[i / CHANNELS], ch[i % CHANNELS], switches[i]));
        }
      }
      return new PathsResult(
          journeys,
          events,
          rows.build(),
          dfg.build(),
          top.build(),
          variants.size(),
          sw.build(),
          gapRows.build());
    }

    /**
     * Encodes the state canonically: steps in {@link Step} order, and every count keyed by the
     * steps' ranks in that order, sorted, so equal contents give equal bytes whatever order the
     * steps were first met in.
     */
    @Override
    public byte[] toBytes() {
      int[][] ro = ranks();
      int[] rank = ro[0];
      int[] order = ro[1];
      Frame.Writer w = Frame.writer(KIND, VERSION);
      w.putLong(journeys).putLong(events);
      w.putInt(steps.size());
      for (int c : order) {
        Step s = steps.get(c);
        StepCodec.write(w, s);
        w.putLong(eventsAt[c]).putLong(visits[c]).putLong(starts[c]).putLong(ends[c]);
      }
      putCounts(w, follows, remapPairs(follows, rank, false), rank, false);
      putCounts(w, gaps, remapPairs(gaps, rank, true), rank, true);
      List<Map.Entry<int[], Long>> ranked = rankedVariants(rank);
      w.putInt(ranked.size());
      for (Map.Entry<int[], Long> v : ranked) {
        w.putInt(v.getKey().length);
        for (int r : v.getKey()) {
          w.putInt(r);
        }
        w.putLong(v.getValue());
      }
      for (long s : switches) {
        w.putLong(s);
      }
      return w.finish();
    }

    private static void putCounts(
        Frame.Writer w, LongCounts c, long[] rankedKeys, int[] rank, boolean gap) {
      Map<Long, Long> byRanked = new HashMap<>();
      for (long k : c.sortedKeys()) {
        long rk =
            gap
                ? ((long) rank[(int) (k >>> 40)] << 40)
                    | ((long) rank[(int) ((k >>> 16) & 0xFFFFFF)] << 16)
                    | (k & 0xFFFF)
                : ((long) rank[(int) (k >>> 32)] << 32) | rank[(int) k];
        byRanked.put(rk, c.get(k));
      }
      Arrays.sort(rankedKeys);
      w.putInt(rankedKeys.length);
      for (long k : rankedKeys) {
        w.putLong(k).putLong(requireNonNull(byRanked.get(k)));
      }
    }

    static State decode(JourneyPaths paths, byte[] bytes) {
      Frame.Reader r = Frame.read(bytes, KIND, "state", VERSION);
      try {
        return decode(paths, bytes, r);
      } catch (ArithmeticException e) {
        throw r.invalid("its counts add up to more than a long holds");
      }
    }

    private static State decode(JourneyPaths paths, byte[] bytes, Frame.Reader r) {
      State s = new State(paths);
      s.journeys = r.getCount("journeys");
      s.events = r.getCount("events");
      int n = r.getSize("step count", MAX_STEPS);
      Step previous = null;
      long sumEvents = 0;
      long sumStarts = 0;
      long sumEnds = 0;
      for (int i = 0; i < n; i++) {
        Step step = StepCodec.read(r, "a step");
        r.check(previous == null || previous.compareTo(step) < 0, "the steps are out of order");
        int c = s.code(step);
        s.eventsAt[c] = r.getCount("a step's events");
        s.visits[c] = r.getCount("a step's journeys");
        s.starts[c] = r.getCount("a step's starts");
        s.ends[c] = r.getCount("a step's ends");
        r.check(s.eventsAt[c] >= 1, "a step without events");
        r.check(
            s.visits[c] >= 1 && s.visits[c] <= s.eventsAt[c] && s.visits[c] <= s.journeys,
            "a step's journeys are out of range");
        r.check(
            s.starts[c] <= s.visits[c] && s.ends[c] <= s.visits[c],
            "a step's starts or ends exceed its journeys");
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
      // each entry: a key and a count, 16 bytes
      int pairs = r.getEntryCount("pair count", 16);
      long last = -1;
      // grown as pairs are read, so a claimed count beyond the bytes cannot exhaust the heap
      long[] pairKeys = new long[Math.min(pairs, 64)];
      long[] pairCounts = new long[pairKeys.length];
      for (int i = 0; i < pairs; i++) {
        if (i == pairKeys.length) {
          int cap = (int) Math.min(pairs, 2L * i);
          pairKeys = Arrays.copyOf(pairKeys, cap);
          pairCounts = Arrays.copyOf(pairCounts, cap);
        }
        long k = r.getLong("pair");
        long a = k >>> 32;
        long b = k & 0xFFFFFFFFL;
        r.check(k > last && a < n && b < n, "the pairs are out of order or range");
        long cnt = r.getCount("a pair's count");
        r.check(cnt > 0, "a pair's count is zero");
        s.follows.add(k, cnt);
        out[(int) a] = Exact.add(out[(int) a], cnt);
        in[(int) b] = Exact.add(in[(int) b], cnt);
        pairKeys[i] = k;
        pairCounts[i] = cnt;
        last = k;
      }
      for (int c = 0; c < n; c++) {
        r.check(
            out[c] + s.ends[c] == s.eventsAt[c] && in[c] + s.starts[c] == s.eventsAt[c],
            "a step's moves, starts and ends do not add up to its events");
      }
      int gapN = r.getEntryCount("duration count", 16);
      last = -1;
      long[] gapSums = new long[pairs];
      for (int i = 0; i < gapN; i++) {
        long k = r.getLong("duration key");
        int b = (int) (k & 0xFFFF);
        long pair = ((k >>> 40) << 32) | ((k >>> 16) & 0xFFFFFF);
        int at = Arrays.binarySearch(pairKeys, pair);
        r.check(
            k > last && b < BUCKETS && ((k >>> 16) & 0xFFFFFF) < n && at >= 0,
            "the durations are out of order or range");
        long cnt = r.getCount("a duration's count");
        r.check(cnt > 0, "a duration's count is zero");
        s.gaps.add(k, cnt);
        gapSums[at] = Exact.add(gapSums[at], cnt);
        last = k;
      }
      r.check(Arrays.equals(gapSums, pairCounts), "the durations do not add up to the pairs");
      // each variant: its length, at least one step and a count, 16 bytes
      int vn = r.getEntryCount("variant count", 16);
      r.check(vn <= s.journeys, "more variants than journeys");
      long sumVariants = 0;
      long variantEvents = 0;
      for (int i = 0; i < vn; i++) {
        int len = r.getSize("a variant's length", MAX_STEPS);
        r.check(len >= 1, "an empty variant");
        int[] cs = new int[Math.min(len, 64)];
        for (int j = 0; j < len; j++) {
          if (j == cs.length) {
            cs = Arrays.copyOf(cs, (int) Math.min(len, 2L * j));
          }
          cs[j] = r.getInt("a variant's step");
          r.check(cs[j] >= 0 && cs[j] < n, "a variant's step is out of range");
        }
        long cnt = r.getCount("a variant's count");
        r.check(cnt > 0, "a variant's count is zero");
        r.check(s.variants.put(new Seq(cs), new long[] {cnt}) == null, "a variant twice");
        sumVariants = Exact.add(sumVariants, cnt);
        variantEvents = Exact.add(variantEvents, Exact.multiply(cnt, (long) len));
      }
      r.check(sumVariants == s.journeys, "the variants do not add up to the journeys");
      r.check(variantEvents == s.events, "the variants' steps do not add up to the events");
      long sumSwitches = 0;
      for (int i = 0; i < s.switches.length; i++) {
        s.switches[i] = r.getCount("a channel switch count");
        sumSwitches = Exact.add(sumSwitches, s.switches[i]);
      }
      r.check(sumSwitches <= s.events - s.journeys, "more channel switches than moves");
      r.end();
      r.check(Arrays.equals(s.toBytes(), bytes), "the variants are not in canonical order");
      return s;
    }

    @Override
    public String toString() {
      return "JourneyPaths.State[" + journeys + " journeys, " + steps.size() + " steps]";
    }
  }
}
