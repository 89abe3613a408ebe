package org.cxkit.metrics.journeys;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Stage;
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
 * Conformance of actual journeys to a designed journey by optimal alignment with its {@link
 * JourneyGraph}: per journey ({@link #align}) and for a log (the analysis's state and {@link
 * ConformanceResult}).
 *
 * <pre>{@code
 * Conformance c = Conformance.of(journey);
 * Alignment a = c.align(actual);                 // cost, fitness, moves, deviations
 * ConformanceResult r = log.journeys().stream().collect(c.collector());
 * r.fitness();  r.touchpoints();  r.undesignedMoves();  r.untakenMoves();
 * }</pre>
 *
 * <p><b>The design as a model.</b> A designed way starts at any of the graph's {@linkplain
 * JourneyGraph#entries() entry points} (the first move), follows designed moves (the main path's
 * order and the journey's transitions) and ends at an <em>end</em>: the last touchpoint of the main
 * path or a touchpoint no move leaves. A {@linkplain org.cxkit.core.journey.ParallelGroup parallel
 * group} is done in any order, each member once, and left only when all its members are done: any
 * order is conformant, a member not met is <em>missing</em> (a model move), one met twice is an
 * <em>irregular sequence</em> once (a log move; which of the two events, {@link Alignment}'s tie
 * rule says), and a designed transition out of a member (an exception, a loop back) leaves the
 * group unfinished without cost. An actual journey is aligned with the designed way that makes it
 * cheapest; see {@link Alignment} for the cost model (log and model moves cost 1), the fitness
 * ({@code 1 − cost / (events + shortest designed way)}) and the tie rule. The search is a dynamic
 * programme over (events read × states), exact, O(events × states) time per journey for a design
 * without groups (each group multiplies the work of an event at one of its members by at most
 * 2<sup>k−1</sup>).
 *
 * <p><b>Deviations</b> (CJML's four): an event at a step the design does not have is <em>ad
 * hoc</em>; an event at a designed touchpoint aligned as a log move is an <em>irregular
 * sequence</em>; a model move is a <em>missing</em> touchpoint; any event at a designed touchpoint
 * with a {@code FAILED} outcome is <em>failing</em>. Moves between consecutive events at designed
 * touchpoints are counted to find undesigned moves customers take and designed moves nobody takes.
 *
 * <p><b>Limits.</b> A journey with more than {@link #maxEvents()} events (default {@value
 * #DEFAULT_MAX_EVENTS}) is not aligned but counted as {@linkplain ConformanceResult#tooLong() too
 * long}: the walk back needs (events + 1) × (states + 1) ints. A design may have at most {@value
 * #MAX_TOUCHPOINTS} touchpoints, and as many alignment states: a touchpoint outside any parallel
 * group is one, a group of k members k × 2<sup>k−1</sup> (192 for the largest, six).
 *
 * <p><b>State.</b> Exact counts (per touchpoint, per stage, per pair of touchpoints, per ad hoc
 * step), so any split of a log, merged in any order, gives the same bytes as one pass. Instances
 * are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Conformance
    implements Analysis<ActualJourney, ConformanceResult, Conformance.State> {
  /** The default most events of a journey that is aligned: {@value}. */
  public static final int DEFAULT_MAX_EVENTS = 10_000;

  /** The most touchpoints a design may have: {@value}. */
  public static final int MAX_TOUCHPOINTS = 2_000;

  private static final String KIND = "conformance";
  private static final int VERSION = 1;

  private final Journey journey;
  private final Aligner aligner;
  private final int maxEvents;
  private final int[] stageOf;
  private final ImmutableList<StageId> stages;
  private final boolean[] designedPair;

  private Conformance(Journey journey, Aligner aligner, int maxEvents) {
    this.journey = journey;
    this.aligner = aligner;
    this.maxEvents = maxEvents;
    int v = aligner.size;
    this.stageOf = new int[v];
    ImmutableList.Builder<StageId> s = ImmutableList.builder();
    int k = 0;
    for (Stage stage : journey.stages()) {
      s.add(stage.id());
      for (Touchpoint t : stage.touchpoints()) {
        stageOf[aligner.node(t.id())] = k;
      }
      k++;
    }
    this.stages = s.build();
    this.designedPair = new boolean[v * v];
    for (JourneyGraph.Move m : journey.graph().moves()) {
      designedPair[aligner.node(m.from()) * v + aligner.node(m.to())] = true;
    }
  }

  /**
   * Returns the conformance check against a designed journey.
   *
   * @param journey the designed journey; at least one touchpoint, at most {@value
   *     #MAX_TOUCHPOINTS}, and at most as many alignment states (see the class description)
   * @return the analysis
   * @throws IllegalArgumentException if the journey has no touchpoints, too many, or too many
   *     states
   * @since 0.1
   */
  public static Conformance of(Journey journey) {
    requireNonNull(journey, "journey");
    int n = journey.touchpoints().size();
    checkArgument(n > 0, "journey '%s' has no touchpoints to conform to", journey.id());
    checkArgument(
        n <= MAX_TOUCHPOINTS,
        "journey '%s' has %s touchpoints, more than %s",
        journey.id(),
        n,
        MAX_TOUCHPOINTS);
    int states = Aligner.states(journey);
    checkArgument(
        states <= MAX_TOUCHPOINTS,
        "journey '%s' expands to %s alignment states with its parallel groups, more than %s",
        journey.id(),
        states,
        MAX_TOUCHPOINTS);
    return new Conformance(journey, new Aligner(journey), DEFAULT_MAX_EVENTS);
  }

  /**
   * Returns this analysis with another limit on the events of a journey that is aligned.
   *
   * @param limit the most events; at least 1
   * @return the changed analysis
   * @throws IllegalArgumentException if the limit is below 1
   * @since 0.1
   */
  public Conformance maxEvents(int limit) {
    checkArgument(limit >= 1, "limit must be at least 1, got %s", limit);
    return new Conformance(journey, aligner, limit);
  }

  /**
   * Returns the most events of a journey that is aligned.
   *
   * @return the limit
   * @since 0.1
   */
  public int maxEvents() {
    return maxEvents;
  }

  /**
   * Returns the designed journey.
   *
   * @return the journey
   * @since 0.1
   */
  public Journey journey() {
    return journey;
  }

  /**
   * Returns the number of touchpoints on a shortest designed way from the entry to an end: the
   * model part of the trivial alignment's cost.
   *
   * @return the length
   * @since 0.1
   */
  public int shortestDesignedWay() {
    return aligner.shortest;
  }

  @Override
  public String id() {
    return KIND;
  }

  /**
   * Aligns one journey with the design.
   *
   * @param actual the actual journey
   * @return an optimal alignment, chosen by the tie rule of {@link Alignment}
   * @throws BadInputException (a {@code LIMIT}) if the journey has more than {@link #maxEvents()}
   *     events
   * @since 0.1
   */
  public Alignment align(ActualJourney actual) {
    requireNonNull(actual, "actual");
    int n = actual.size();
    if (n > maxEvents) {
      throw new BadInputException(
          Kind.LIMIT, "the journey has " + n + " events, more than the limit " + maxEvents);
    }
    int[] codes = codes(actual, new int[n], n);
    int[] d = new int[(n + 1) * aligner.width];
    ImmutableList.Builder<Alignment.Move> moves = ImmutableList.builder();
    ImmutableList.Builder<Deviation> deviations = ImmutableList.builder();
    ImmutableList<JourneyEvent> events = actual.events();
    int cost =
        aligner.align(
            codes,
            n,
            d,
            (kind, node, event) -> {
              if (kind == Aligner.MODEL) {
                Step step = Step.of(aligner.touchpoints.get(node));
                moves.add(
                    new Alignment.Move(Alignment.MoveKind.MODEL, step, Optional.empty(), false));
                deviations.add(new Deviation(Deviation.Kind.MISSING, step));
                return;
              }
              JourneyEvent e = events.get(event);
              boolean failed = e.failed();
              moves.add(
                  new Alignment.Move(
                      kind == Aligner.SYNC ? Alignment.MoveKind.SYNC : Alignment.MoveKind.LOG,
                      e.step(),
                      Optional.of(event),
                      failed));
              if (kind == Aligner.LOG) {
                deviations.add(
                    new Deviation(
                        node < 0 ? Deviation.Kind.AD_HOC : Deviation.Kind.IRREGULAR_SEQUENCE,
                        e.step()));
              }
              if (failed && node >= 0) {
                deviations.add(new Deviation(Deviation.Kind.FAILING, e.step()));
              }
            });
    return new Alignment(moves.build(), deviations.build(), cost, n + aligner.shortest);
  }

  private int[] codes(ActualJourney actual, int[] out, int n) {
    ImmutableList<JourneyEvent> events = actual.events();
    for (int i = 0; i < n; i++) {
      Optional<TouchpointId> t = events.get(i).touchpoint();
      Integer ix = t.isPresent() ? aligner.index.get(t.get()) : null;
      out[i] = ix == null ? -1 : ix;
    }
    return out;
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
    return "Conformance[" + journey.id() + ", shortest way " + aligner.shortest + "]";
  }

  /**
   * The counts of a conformance run: add actual journeys, merge, read the result.
   *
   * @since 0.1
   */
  public static final class State
      implements MergeableState<ActualJourney, ConformanceResult, Conformance.State> {
    private final Conformance c;
    private long journeys;
    private long tooLong;
    private long events;
    private long cost;
    private long trivial;
    private long perfect;
    private final long[] met;
    private final long[] failing;
    private final long[] irregular;
    private final long[] missing;
    private final long[] stageMissing;
    private final long[] stageFailing;
    private final long[] stageIrregular;
    private final long[] follows;
    private final TreeMap<Step, long[]> adHoc = new TreeMap<>();
    // scratch, reused between journeys
    private int[] codes = new int[16];
    private int[] dp = new int[0];
    private final int[] seenIn;
    private final int[] stageSeen;
    private int journeyMark;

    State(Conformance c) {
      this.c = c;
      int v = c.aligner.size;
      int s = c.stages.size();
      met = new long[v];
      failing = new long[v];
      irregular = new long[v];
      missing = new long[v];
      stageMissing = new long[s];
      stageFailing = new long[s];
      stageIrregular = new long[s];
      follows = new long[v * v];
      seenIn = new int[v];
      stageSeen = new int[3 * s];
    }

    /**
     * Adds one actual journey: aligns it and counts its deviations.
     *
     * @param actual the journey
     * @throws ArithmeticException if a count overflows
     */
    @Override
    public void add(ActualJourney actual) {
      requireNonNull(actual, "actual");
      int n = actual.size();
      if (n > c.maxEvents) {
        tooLong = Exact.add(tooLong, 1);
        return;
      }
      if (codes.length < n) {
        codes = new int[Math.max(n, codes.length * 2)];
      }
      c.codes(actual, codes, n);
      // a decoded state may hold totals near a long's limit: check them before counting anything,
      // so that an add that overflows fails loudly and whole (every other count is at most these)
      Exact.add(journeys, 1);
      Exact.add(events, n);
      Exact.add(trivial, (long) n + c.aligner.shortest);
      int need = (n + 1) * c.aligner.width;
      if (dp.length < need) {
        dp = new int[Math.max(need, dp.length * 2)];
      }
      ImmutableList<JourneyEvent> list = actual.events();
      int mark = ++journeyMark;
      int v = c.aligner.size;
      int[] cs = codes;
      // Counted into the fields only after the walk, by adding; overflow of a long count is
      // beyond reach (2^63 events), so the state cannot be left half-changed in practice.
      int jc =
          c.aligner.align(
              cs,
              n,
              dp,
              (kind, node, event) -> {
                if (kind == Aligner.MODEL) {
                  if (seenIn[node] != mark) {
                    seenIn[node] = mark;
                    missing[node]++;
                  }
                  markStage(0, c.stageOf[node], mark, stageMissing);
                } else if (kind == Aligner.LOG && node >= 0) {
                  irregular[node]++;
                  markStage(2, c.stageOf[node], mark, stageIrregular);
                }
              });
      for (int i = 0; i < n; i++) {
        int node = cs[i];
        JourneyEvent e = list.get(i);
        if (node < 0) {
          adHoc.computeIfAbsent(e.step(), k -> new long[1])[0]++;
        } else {
          met[node]++;
          if (e.failed()) {
            failing[node]++;
            markStage(1, c.stageOf[node], mark, stageFailing);
          }
          if (i > 0 && cs[i - 1] >= 0) {
            follows[cs[i - 1] * v + node]++;
          }
        }
      }
      journeys++;
      events += n;
      cost += jc;
      trivial += n + c.aligner.shortest;
      if (jc == 0) {
        perfect++;
      }
    }

    private void markStage(int which, int stage, int mark, long[] counts) {
      int slot = which * c.stages.size() + stage;
      if (stageSeen[slot] != mark) {
        stageSeen[slot] = mark;
        counts[stage]++;
      }
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      checkArgument(
          other.c.journey.equals(c.journey), "the other state is of another designed journey");
      State sum = copy();
      sum.journeys = Exact.add(journeys, other.journeys);
      sum.tooLong = Exact.add(tooLong, other.tooLong);
      sum.events = Exact.add(events, other.events);
      sum.cost = Exact.add(cost, other.cost);
      sum.trivial = Exact.add(trivial, other.trivial);
      sum.perfect = Exact.add(perfect, other.perfect);
      add(sum.met, other.met);
      add(sum.failing, other.failing);
      add(sum.irregular, other.irregular);
      add(sum.missing, other.missing);
      add(sum.stageMissing, other.stageMissing);
      add(sum.stageFailing, other.stageFailing);
      add(sum.stageIrregular, other.stageIrregular);
      add(sum.follows, other.follows);
      for (Map.Entry<Step, long[]> e : other.adHoc.entrySet()) {
        long[] mine = sum.adHoc.computeIfAbsent(e.getKey(), k -> new long[1]);
        mine[0] = Exact.add(mine[0], e.getValue()[0]);
      }
      // all sums succeeded: take them
      journeys = sum.journeys;
      tooLong = sum.tooLong;
      events = sum.events;
      cost = sum.cost;
      trivial = sum.trivial;
      perfect = sum.perfect;
      System.arraycopy(sum.met, 0, met, 0, met.length);
      System.arraycopy(sum.failing, 0, failing, 0, met.length);
      System.arraycopy(sum.irregular, 0, irregular, 0, met.length);
      System.arraycopy(sum.missing, 0, missing, 0, met.length);
      System.arraycopy(sum.stageMissing, 0, stageMissing, 0, stageMissing.length);
      System.arraycopy(sum.stageFailing, 0, stageFailing, 0, stageMissing.length);
      System.arraycopy(sum.stageIrregular, 0, stageIrregular, 0, stageMissing.length);
      System.arraycopy(sum.follows, 0, follows, 0, follows.length);
      adHoc.clear();
      adHoc.putAll(sum.adHoc);
      return this;
    }

    private static void add(long[] into, long[] from) {
      for (int i = 0; i < into.length; i++) {
        into[i] = Exact.add(into[i], from[i]);
      }
    }

    @Override
    public ConformanceResult result() {
      int v = c.aligner.size;
      ImmutableList.Builder<ConformanceResult.TouchpointRow> rows = ImmutableList.builder();
      for (int i = 0; i < v; i++) {
        rows.add(
            new ConformanceResult.TouchpointRow(
                c.aligner.touchpoints.get(i),
                c.stages.get(c.stageOf[i]),
                met[i],
                failing[i],
                irregular[i],
                missing[i],
                journeys));
      }
      ImmutableList.Builder<ConformanceResult.StageRow> stageRows = ImmutableList.builder();
      for (int s = 0; s < c.stages.size(); s++) {
        stageRows.add(
            new ConformanceResult.StageRow(
                c.stages.get(s), stageMissing[s], stageFailing[s], stageIrregular[s], journeys));
      }
      List<ConformanceResult.StepCount> hoc = new ArrayList<>();
      adHoc.forEach((k, n) -> hoc.add(new ConformanceResult.StepCount(k, n[0])));
      // stable: ties stay in Step order
      hoc.sort(Comparator.comparingLong(ConformanceResult.StepCount::count).reversed());
      List<MoveCount> undesigned = new ArrayList<>();
      for (int a = 0; a < v; a++) {
        for (int b = 0; b < v; b++) {
          if (follows[a * v + b] > 0 && !c.designedPair[a * v + b]) {
            undesigned.add(new MoveCount(step(a), step(b), follows[a * v + b]));
          }
        }
      }
      undesigned.sort(
          Comparator.comparingLong(MoveCount::count)
              .reversed()
              .thenComparing(MoveCount::from)
              .thenComparing(MoveCount::to));
      List<MoveCount> designed = new ArrayList<>();
      boolean[] listed = new boolean[v * v];
      for (JourneyGraph.Move m : c.journey.graph().moves()) {
        int a = c.aligner.node(m.from());
        int b = c.aligner.node(m.to());
        if (!listed[a * v + b]) {
          listed[a * v + b] = true;
          designed.add(new MoveCount(step(a), step(b), follows[a * v + b]));
        }
      }
      return new ConformanceResult(
          c.journey.id(),
          journeys,
          tooLong,
          events,
          cost,
          trivial,
          perfect,
          rows.build(),
          stageRows.build(),
          ImmutableList.copyOf(hoc),
          ImmutableList.copyOf(designed),
          ImmutableList.copyOf(undesigned));
    }

    private Step step(int node) {
      return Step.of(c.aligner.touchpoints.get(node));
    }

    @Override
    public State copy() {
      State s = new State(c);
      s.journeys = journeys;
      s.tooLong = tooLong;
      s.events = events;
      s.cost = cost;
      s.trivial = trivial;
      s.perfect = perfect;
      System.arraycopy(met, 0, s.met, 0, met.length);
      System.arraycopy(failing, 0, s.failing, 0, met.length);
      System.arraycopy(irregular, 0, s.irregular, 0, met.length);
      System.arraycopy(missing, 0, s.missing, 0, met.length);
      System.arraycopy(stageMissing, 0, s.stageMissing, 0, stageMissing.length);
      System.arraycopy(stageFailing, 0, s.stageFailing, 0, stageMissing.length);
      System.arraycopy(stageIrregular, 0, s.stageIrregular, 0, stageMissing.length);
      System.arraycopy(follows, 0, s.follows, 0, follows.length);
      adHoc.forEach((k, n) -> s.adHoc.put(k, new long[] {n[0]}));
      return s;
    }

    /**
     * Encodes the state: the design's journey id and touchpoint ids (so a state is only read
     * against the same design), the totals, the per-touchpoint and per-stage counts, the non-zero
     * pair counts in order, and the ad hoc steps in {@link Step} order.
     */
    @Override
    public byte[] toBytes() {
      Frame.Writer w = Frame.writer(KIND, VERSION);
      w.putString(c.journey.id().value());
      w.putInt(c.aligner.size);
      for (TouchpointId t : c.aligner.touchpoints) {
        w.putString(t.value());
      }
      w.putInt(c.stages.size());
      w.putLong(journeys).putLong(tooLong).putLong(events).putLong(cost).putLong(trivial);
      w.putLong(perfect);
      for (long[] a : new long[][] {met, failing, irregular, missing}) {
        for (long x : a) {
          w.putLong(x);
        }
      }
      for (long[] a : new long[][] {stageMissing, stageFailing, stageIrregular}) {
        for (long x : a) {
          w.putLong(x);
        }
      }
      int pairs = 0;
      for (long f : follows) {
        pairs += f > 0 ? 1 : 0;
      }
      w.putInt(pairs);
      for (int i = 0; i < follows.length; i++) {
        if (follows[i] > 0) {
          w.putInt(i).putLong(follows[i]);
        }
      }
      w.putInt(adHoc.size());
      adHoc.forEach(
          (k, n) -> {
            StepCodec.write(w, k).putLong(n[0]);
          });
      return w.finish();
    }

    static State decode(Conformance c, byte[] bytes) {
      Frame.Reader r = Frame.read(bytes, KIND, "state", VERSION);
      try {
        return decode(c, r);
      } catch (ArithmeticException e) {
        // a hostile count whose sum overflows: rejected as the bad state it is (issue #11)
        throw r.invalid("its counts add up to more than a long holds");
      }
    }

    private static State decode(Conformance c, Frame.Reader r) {
      r.check(
          r.getString("journey id").equals(c.journey.id().value()),
          "the state is of another designed journey");
      int v = r.getSize("touchpoint count", MAX_TOUCHPOINTS);
      r.check(v == c.aligner.size, "the state has another number of touchpoints");
      for (int i = 0; i < v; i++) {
        r.check(
            r.getString("touchpoint id").equals(c.aligner.touchpoints.get(i).value()),
            "the state's touchpoints differ from the design's");
      }
      r.check(
          r.getSize("stage count", MAX_TOUCHPOINTS) == c.stages.size(),
          "the state has another number of stages");
      State s = new State(c);
      s.journeys = r.getCount("journeys");
      s.tooLong = r.getCount("too long");
      s.events = r.getCount("events");
      s.cost = r.getCount("cost");
      s.trivial = r.getCount("trivial cost");
      s.perfect = r.getCount("perfect");
      for (long[] a : new long[][] {s.met, s.failing, s.irregular, s.missing}) {
        for (int i = 0; i < a.length; i++) {
          a[i] = r.getCount("a touchpoint count");
        }
      }
      for (long[] a : new long[][] {s.stageMissing, s.stageFailing, s.stageIrregular}) {
        for (int i = 0; i < a.length; i++) {
          a[i] = r.getCount("a stage count");
        }
      }
      int pairs = r.getSize("pair count", v * v);
      int last = -1;
      long follows = 0;
      for (int p = 0; p < pairs; p++) {
        int i = r.getInt("pair");
        r.check(i > last && i < v * v, "the pairs are out of order or range");
        long n = r.getCount("pair count");
        r.check(n > 0, "a pair count is zero");
        s.follows[i] = n;
        follows = Exact.add(follows, n);
        last = i;
      }
      int hoc = r.getSize("ad hoc step count", Integer.MAX_VALUE - 8);
      Step previous = null;
      long adHocEvents = 0;
      for (int i = 0; i < hoc; i++) {
        Step step = StepCodec.read(r, "an ad hoc step");
        r.check(
            step.isAdHoc() || !c.aligner.index.containsKey(step.touchpoint().orElseThrow()),
            "an ad hoc step is a designed touchpoint");
        r.check(previous == null || previous.compareTo(step) < 0, "ad hoc steps out of order");
        long n = r.getCount("ad hoc count");
        r.check(n > 0, "an ad hoc count is zero");
        s.adHoc.put(step, new long[] {n});
        adHocEvents = Exact.add(adHocEvents, n);
        previous = step;
      }
      r.end();
      long metEvents = 0;
      for (int i = 0; i < v; i++) {
        r.check(s.failing[i] <= s.met[i], "more failing than met events at a touchpoint");
        r.check(s.irregular[i] <= s.met[i], "more irregular than met events at a touchpoint");
        r.check(s.missing[i] <= s.journeys, "more journeys missing a touchpoint than journeys");
        metEvents = Exact.add(metEvents, s.met[i]);
      }
      for (long[] a : new long[][] {s.stageMissing, s.stageFailing, s.stageIrregular}) {
        for (long x : a) {
          r.check(x <= s.journeys, "more journeys with a stage deviation than journeys");
        }
      }
      r.check(s.perfect <= s.journeys, "more perfect journeys than journeys");
      r.check(
          Exact.add(metEvents, adHocEvents) == s.events,
          "the events at touchpoints and ad hoc steps do not add up to the events");
      r.check(s.events >= s.journeys, "fewer events than journeys");
      r.check(follows <= s.events - s.journeys, "more moves than events allow");
      r.check(
          s.trivial == Exact.add(s.events, Exact.multiply(s.journeys, (long) c.aligner.shortest)),
          "the trivial cost is not events plus the shortest way per journey");
      r.check(s.cost <= s.trivial, "the cost is above the trivial cost");
      r.check(s.journeys > 0 || s.cost == 0, "a cost without journeys");
      return s;
    }

    @Override
    public String toString() {
      return "Conformance.State[" + c.journey.id() + ", " + journeys + " journeys]";
    }
  }
}
