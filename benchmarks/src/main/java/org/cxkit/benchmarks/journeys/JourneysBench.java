package org.cxkit.benchmarks.journeys;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.journeys.Conformance;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollows;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.PathsResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Conformance and paths over actual journeys of about 10 events against a designed journey of
 * {@code touchpoints} touchpoints (main path plus loop backs, skips and exception paths). One
 * operation = {@code journeys} journeys: {@code distinct} generated journeys, passed over again and
 * again (holding a million distinct journeys of event objects would measure the heap, not the
 * analysis). Divide the time per operation by the journeys (or by {@link #events()}) for the rate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JourneysBench {
  @Param("50")
  int touchpoints;

  @Param("1000000")
  int journeys;

  @Param("10000")
  int distinct;

  /**
   * Parallel groups in the design (see {@link #design(int, int)}): 0, or groups of up to six
   * touchpoints done in any order, which conformance aligns over (done set, last member) states.
   */
  @Param({"0", "1", "6"})
  int groups;

  Journey design;
  Conformance conformance;
  JourneyPaths paths;
  DirectlyFollows directlyFollows;
  DirectlyFollows codedFollows;
  ActualJourney[] pool;
  long poolEvents;

  /**
   * The operation's journeys as a column of step codes of {@code codedFollows}: journey k is
   * codes[offsets[k]..offsets[k + 1]).
   */
  int[] codes;

  int[] offsets;

  /** Builds a design of {@code n} touchpoints in 5 stages with a few designed detours. */
  public static Journey design(int n) {
    return design(n, 0);
  }

  /**
   * Builds a design of {@code n} touchpoints in 5 stages with a few designed detours and up to
   * {@code groups} parallel groups: runs of two to six consecutive touchpoints of one stage that no
   * detour touches, the longest runs first.
   */
  public static Journey design(int n, int groups) {
    Journey.Builder j = skeleton(n);
    Set<Integer> touched = new HashSet<>();
    for (int i = 5; i + 3 < n; i += 7) {
      touched.addAll(List.of(i, i + 2, i + 3));
    }
    int perStage = Math.max(1, n / 5);
    List<List<String>> runs = new ArrayList<>();
    List<String> run = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      boolean ends = i == n || touched.contains(i) || i % perStage == 0 || run.size() == 6;
      if (ends) {
        if (run.size() >= 2) {
          runs.add(run);
        }
        run = new ArrayList<>();
      }
      if (i < n && !touched.contains(i)) {
        run.add("tp-" + i);
      }
    }
    runs.sort(Comparator.comparingInt(r -> -r.size()));
    for (List<String> members : runs.subList(0, Math.min(groups, runs.size()))) {
      j.parallel(members.toArray(String[]::new));
    }
    return j.build();
  }

  /** The design's stages, touchpoints and detours. */
  private static Journey.Builder skeleton(int n) {
    Journey.Builder j = Journey.builder("bench").persona("p");
    int perStage = Math.max(1, n / 5);
    int made = 0;
    for (int s = 0; made < n; s++) {
      Stage.Builder st =
          Stage.builder("stage-" + s, s < 2 ? Phase.BEFORE : s < 4 ? Phase.DURING : Phase.AFTER);
      for (int k = 0; k < perStage && made < n; k++, made++) {
        st.touchpoint(Touchpoint.builder("tp-" + made));
      }
      j.stage(st);
    }
    for (int i = 5; i + 3 < n; i += 7) {
      j.transition("tp-" + (i + 2), "tp-" + i, TransitionKind.LOOP_BACK);
      j.transition("tp-" + i, "tp-" + (i + 3), TransitionKind.SKIP);
    }
    return j;
  }

  /**
   * Generates journeys of about 10 events: a stretch of the main path from a random start, with a
   * step skipped, one repeated, a step out of order or an ad hoc step now and then, and one failed
   * event in five journeys.
   */
  public static ActualJourney[] journeys(int n, int touchpoints, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ActualJourney[] out = new ActualJourney[n];
    Instant t0 = Instant.parse("2026-11-04T15:00:00Z");
    for (int k = 0; k < n; k++) {
      int len = 8 + r.nextInt(5);
      int at = r.nextInt(Math.max(1, touchpoints - len));
      List<JourneyEvent> events = new ArrayList<>(len + 2);
      long t = 0;
      for (int i = 0; i < len; i++) {
        int dice = r.nextInt(20);
        JourneyEvent.Builder b = JourneyEvent.builder().customer("c" + k).time(t0.plusSeconds(t));
        if (dice == 0) {
          b.adHoc("asked a friend");
        } else if (dice == 1) {
          b.touchpoint("tp-" + r.nextInt(touchpoints));
        } else {
          at = Math.min(touchpoints - 1, at + (dice == 2 ? 2 : 1));
          b.touchpoint("tp-" + at);
        }
        if (r.nextInt(50) == 0) {
          b.outcome(Outcome.FAILED);
        }
        events.add(b.build());
        t += 30 + r.nextInt(3600);
      }
      out[k] = ActualJourney.of(Grain.CUSTOMER, "c" + k, events);
    }
    return out;
  }

  @Setup
  public void setup() {
    design = design(touchpoints, groups);
    conformance = Conformance.of(design);
    paths = JourneyPaths.create();
    pool = journeys(distinct, touchpoints, 42);
    for (ActualJourney j : pool) {
      poolEvents += j.size();
    }
    directlyFollows = DirectlyFollows.of(design);
    // the design's touchpoints, then the pool's ad hoc steps: every step of the pool has a code
    List<Step> steps = new ArrayList<>(directlyFollows.steps());
    int reps = journeys / distinct;
    codes = new int[Math.toIntExact(poolEvents * reps)];
    offsets = new int[pool.length * reps + 1];
    int at = 0;
    for (int k = 0; k < pool.length; k++) {
      offsets[k] = at;
      for (JourneyEvent e : pool[k].events()) {
        int c = steps.indexOf(e.step());
        if (c < 0) {
          c = steps.size();
          steps.add(e.step());
        }
        codes[at++] = c;
      }
    }
    // the whole operation as one column, as a columnar reader holds it (not the pool again and
    // again, which would stay in cache)
    int poolLength = at;
    for (int rep = 1; rep < reps; rep++) {
      System.arraycopy(codes, 0, codes, rep * poolLength, poolLength);
      for (int k = 0; k < pool.length; k++) {
        offsets[rep * pool.length + k] = offsets[k] + rep * poolLength;
      }
    }
    offsets[pool.length * reps] = poolLength * reps;
    codedFollows = DirectlyFollows.of(steps);
  }

  /** The events of one operation. */
  public long events() {
    return poolEvents * (journeys / distinct);
  }

  /** Conformance: align every journey and count its deviations. */
  @Benchmark
  public ConformanceResult conformance() {
    Conformance.State s = conformance.newState();
    for (int rep = 0; rep < journeys / distinct; rep++) {
      for (ActualJourney j : pool) {
        s.add(j);
      }
    }
    return s.result();
  }

  /** Paths: directly-follows, starts and ends, variants, channel switches, gap buckets. */
  @Benchmark
  public PathsResult paths() {
    JourneyPaths.State s = paths.newState();
    for (int rep = 0; rep < journeys / distinct; rep++) {
      for (ActualJourney j : pool) {
        s.add(j);
      }
    }
    return s.result();
  }

  /** The directly-follows graph alone, over the journeys' event objects. */
  @Benchmark
  public DirectlyFollowsResult directlyFollows() {
    DirectlyFollows.State s = directlyFollows.newState();
    for (int rep = 0; rep < journeys / distinct; rep++) {
      for (ActualJourney j : pool) {
        s.add(j);
      }
    }
    return s.result();
  }

  /**
   * The directly-follows graph alone, over the same journeys already coded: a column of step codes
   * (40 MB for the 10 M events) and a column of journey starts, as a columnar reader holds them.
   */
  @Benchmark
  public DirectlyFollowsResult directlyFollowsCoded() {
    DirectlyFollows.State s = codedFollows.newState();
    for (int k = 0; k + 1 < offsets.length; k++) {
      s.addCodes(codes, offsets[k], offsets[k + 1]);
    }
    return s.result();
  }

  /**
   * Measures the operations by the CPU time of the running thread rather than by the clock, so a
   * machine shared with other work still gives a per-core rate: {@code java -cp
   * benchmarks/target/benchmarks.jar org.cxkit.benchmarks.journeys.JourneysBench [rounds]}. Prints
   * the best round of each (after two warm-up rounds).
   *
   * @param args the number of measured rounds (default 5)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    java.lang.management.ThreadMXBean cpu =
        java.lang.management.ManagementFactory.getThreadMXBean();
    JourneysBench b = new JourneysBench();
    b.touchpoints = 50;
    b.journeys = 1_000_000;
    b.distinct = 10_000;
    b.setup();
    long bestConformance = Long.MAX_VALUE;
    long bestPaths = Long.MAX_VALUE;
    long bestFollows = Long.MAX_VALUE;
    long bestCoded = Long.MAX_VALUE;
    Object sink = null;
    for (int i = 0; i < rounds + 2; i++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      sink = b.conformance();
      long t1 = cpu.getCurrentThreadCpuTime();
      sink = b.paths();
      long t2 = cpu.getCurrentThreadCpuTime();
      Object follows = b.directlyFollows();
      long t3 = cpu.getCurrentThreadCpuTime();
      Object coded = b.directlyFollowsCoded();
      long t4 = cpu.getCurrentThreadCpuTime();
      if (!follows.equals(coded)) {
        throw new AssertionError("the coded and the object passes disagree");
      }
      if (i >= 2) {
        bestConformance = Math.min(bestConformance, t1 - t0);
        bestPaths = Math.min(bestPaths, t2 - t1);
        bestFollows = Math.min(bestFollows, t3 - t2);
        bestCoded = Math.min(bestCoded, t4 - t3);
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "conformance: %d journeys (%d events) in %.3f s CPU: %.0f k journeys/s per core%n",
        b.journeys,
        b.events(),
        bestConformance / 1e9,
        b.journeys / (bestConformance / 1e9) / 1e3);
    System.out.printf(
        java.util.Locale.ROOT,
        "paths: %d events in %.3f s CPU: %.1f M events/s per core (%s)%n",
        b.events(),
        bestPaths / 1e9,
        b.events() / (bestPaths / 1e9) / 1e6,
        sink);
    System.out.printf(
        java.util.Locale.ROOT,
        "directly-follows: %d events in %.3f s CPU: %.1f M events/s per core%n",
        b.events(),
        bestFollows / 1e9,
        b.events() / (bestFollows / 1e9) / 1e6);
    System.out.printf(
        java.util.Locale.ROOT,
        "directly-follows, coded: %d events in %.3f s CPU: %.1f M events/s per core%n",
        b.events(),
        bestCoded / 1e9,
        b.events() / (bestCoded / 1e9) / 1e6);
  }

  /** For the check that the design is what the benchmark says. */
  TouchpointId first() {
    return design.touchpoints().get(0).id();
  }
}
