package org.cxkit.benchmarks.metrics;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Grouped NPS over (touchpoint, score) columns: one operation = all {@code size} pairs over {@code
 * touchpoints} touchpoints. Divide the time per operation by {@code size} for ns/response.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ScorecardBench {
  @Param("10000000")
  int size;

  @Param("1000")
  int touchpoints;

  int[] tp;
  byte[] scores;
  Scorecard card;
  ExecutorService pool;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(7);
    tp = new int[size];
    scores = new byte[size];
    for (int i = 0; i < size; i++) {
      tp[i] = rnd.nextInt(touchpoints);
      scores[i] = (byte) rnd.nextInt(11);
    }
    Journey.Builder j = Journey.builder("big").persona("p");
    int perStage = Math.max(1, touchpoints / 10);
    int made = 0;
    for (int s = 0; made < touchpoints; s++) {
      Stage.Builder st =
          Stage.builder("stage-" + s, s < 3 ? Phase.BEFORE : s < 7 ? Phase.DURING : Phase.AFTER);
      for (int k = 0; k < perStage && made < touchpoints; k++, made++) {
        st.touchpoint(Touchpoint.builder("tp-" + made).measure(MetricTarget.npsPoints("nps", 20)));
      }
      j.stage(st);
    }
    card = Scorecard.of(j.build());
    pool = Executors.newFixedThreadPool(2);
    // the two halves for the two-thread run, split once here so no copy is timed
    int half = size / 2;
    tpLo = Arrays.copyOfRange(tp, 0, half);
    tpHi = Arrays.copyOfRange(tp, half, size);
    scLo = Arrays.copyOfRange(scores, 0, half);
    scHi = Arrays.copyOfRange(scores, half, size);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    pool.shutdownNow();
  }

  /** The grouped accumulator alone, one thread. */
  @Benchmark
  public GroupedAccumulator<NpsResult> groupedOneThread() {
    GroupedAccumulator<NpsResult> g = Nps.metric().newGroupedAccumulator(touchpoints);
    g.addAll(tp, scores);
    return g;
  }

  /** The full scorecard from columns: tally, then rows, rollups, ranking and weakest link. */
  @Benchmark
  public ScorecardResult scorecardOneThread() {
    Scorecard.Tally t = card.newTally();
    t.addColumns(MeasureId.of("nps"), tp, scores);
    return t.result();
  }

  /** Split in two halves, accumulate each on its own thread, merge. */
  @Benchmark
  public GroupedAccumulator<NpsResult> groupedTwoThreads() throws Exception {
    Future<GroupedAccumulator<NpsResult>> a = pool.submit(() -> grouped(tpLo, scLo));
    Future<GroupedAccumulator<NpsResult>> b = pool.submit(() -> grouped(tpHi, scHi));
    return a.get().merge(b.get());
  }

  private GroupedAccumulator<NpsResult> grouped(int[] t, byte[] s) {
    GroupedAccumulator<NpsResult> g = Nps.metric().newGroupedAccumulator(touchpoints);
    g.addAll(t, s);
    return g;
  }

  /** Control: the plain grouped loop (no validation, no cxkit), one thread. */
  @Benchmark
  public long[] plainOneThread() {
    long[] c = new long[touchpoints * 11];
    for (int i = 0; i < size; i++) {
      c[tp[i] * 11 + scores[i]]++;
    }
    return c;
  }

  /** Control: the plain grouped loop on two threads (two halves, then a sum of the arrays). */
  @Benchmark
  public long[] plainTwoThreads() throws Exception {
    Future<long[]> a = pool.submit(() -> plain(tpLo, scLo));
    Future<long[]> b = pool.submit(() -> plain(tpHi, scHi));
    long[] x = a.get();
    long[] y = b.get();
    for (int i = 0; i < x.length; i++) {
      x[i] += y[i];
    }
    return x;
  }

  private long[] plain(int[] t, byte[] s) {
    long[] c = new long[touchpoints * 11];
    for (int i = 0; i < t.length; i++) {
      c[t[i] * 11 + s[i]]++;
    }
    return c;
  }

  int[] tpLo;
  int[] tpHi;
  byte[] scLo;
  byte[] scHi;
}
