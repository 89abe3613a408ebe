package org.cxkit.benchmarks.metrics;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.spi.Accumulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** NPS over a column of scores on one core: one operation = all {@code size} scores. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NpsBench {
  @Param("50000000")
  int size;

  byte[] bytes;
  int[] ints;
  Accumulator<NpsResult> reused;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(42);
    bytes = new byte[size];
    ints = new int[size];
    for (int i = 0; i < size; i++) {
      // a realistic skew: many 8-10s
      int s = rnd.nextInt(100) < 60 ? 8 + rnd.nextInt(3) : rnd.nextInt(11);
      bytes[i] = (byte) s;
      ints[i] = s;
    }
    reused = Nps.metric().newAccumulator();
  }

  /** The calculator's byte[] fast path (a fresh accumulator and result per operation). */
  @Benchmark
  public NpsResult npsFromBytes() {
    return Nps.metric().compute(bytes);
  }

  /**
   * The byte[] fast path on a long-lived accumulator: the hot loop alone, which allocates nothing
   * (its scratch tables are reused).
   */
  @Benchmark
  public long npsFromBytesReusedAccumulator() {
    reused.addAll(bytes);
    return reused.count();
  }

  /** The calculator's int[] fast path. */
  @Benchmark
  public NpsResult npsFromInts() {
    return Nps.metric().compute(ints);
  }

  /** Baseline: the plain loop a researcher would write (no validation, 11 long bins). */
  @Benchmark
  public long plainLoopBaseline() {
    long[] c = new long[11];
    for (byte b : bytes) {
      c[b]++;
    }
    return c[9] + c[10] - c[0] - c[1] - c[2] - c[3] - c[4] - c[5] - c[6];
  }

  /** Baseline for int[]: the plain loop over the 4-bytes-per-score column (no validation). */
  @Benchmark
  public long plainIntLoopBaseline() {
    long[] c = new long[11];
    for (int x : ints) {
      c[x]++;
    }
    return c[9] + c[10] - c[0] - c[1] - c[2] - c[3] - c[4] - c[5] - c[6];
  }
}
