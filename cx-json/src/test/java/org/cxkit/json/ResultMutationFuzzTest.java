package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;

/**
 * The mutation fuzzer of {@link MutationFuzzTest} over results documents: each mutant either reads
 * to a result whose re-write reads back equal and byte-identical, or fails with {@link
 * CxJsonException}: nothing else, and quickly. Replay with {@code -Dcx.seed=<seed>}.
 */
class ResultMutationFuzzTest {
  static final int CASES = 6_000;
  static final CxJson JSON = CxJson.defaults();

  @Test
  void mutatedResultsReadOrFailCleanly() {
    // The seed printed and named in every message is the one -Dcx.seed takes back; only the
    // random stream is drawn from it mixed with a constant (so it differs from the model fuzzer's).
    long seed = MutationFuzzTest.seed();
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x7e5_0175L);
    List<byte[]> docs = new ArrayList<>();
    List<Class<?>> types = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      docs.add(
          JSON.writeResult(ResultGenerator.metricResult(rnd)).getBytes(StandardCharsets.UTF_8));
      types.add(MetricResult.class);
      docs.add(
          JSON.writeScorecard(ResultGenerator.scorecard(seed + s))
              .getBytes(StandardCharsets.UTF_8));
      types.add(ScorecardResult.class);
      docs.add(JSON.writeUplift(ResultGenerator.uplift(rnd)).getBytes(StandardCharsets.UTF_8));
      types.add(UpliftResult.class);
      docs.add(
          JSON.writeResult(
                  AnalysisResultsTest.trend(
                      rnd, Trends.Statistic.NPS, rnd.nextBoolean(), BadInput.collect(s)))
              .getBytes(StandardCharsets.UTF_8));
      types.add(TrendResult.class);
    }
    int accepted = 0;
    int rejected = 0;
    long worst = 0;
    for (int i = 0; i < CASES; i++) {
      int which = rnd.nextInt(docs.size());
      int op = rnd.nextInt(16);
      byte[] input;
      try {
        input = MutationFuzzTest.mutate(docs.get(which), op, rnd);
      } catch (Exception e) {
        throw new AssertionError(
            "mutation " + op + " failed (seed " + seed + ", case " + i + ")", e);
      }
      Class<?> type = types.get(which);
      long t0 = System.nanoTime();
      try {
        Object r = JSON.readResult(input, type);
        String again = write(r);
        Object back = JSON.readResult(again, type);
        assertThat(back).as("seed %s, case %s, op %s", seed, i, op).isEqualTo(r);
        assertThat(write(back)).as("seed %s, case %s, op %s", seed, i, op).isEqualTo(again);
        accepted++;
      } catch (CxJsonException e) {
        assertThat(e.getMessage()).isNotBlank();
        rejected++;
      } catch (Throwable t) {
        fail("seed " + seed + ", case " + i + ", op " + op + ": " + t, t);
      }
      worst = Math.max(worst, System.nanoTime() - t0);
    }
    System.out.printf(
        "ResultMutationFuzzTest: %d cases (%d read, %d rejected), slowest %.1f ms, seed %d%n",
        CASES, accepted, rejected, worst / 1e6, seed);
    assertThat(accepted).as("some mutants stay valid").isPositive();
    assertThat(rejected).as("most mutants are rejected").isGreaterThan(CASES / 2);
    assertThat(worst).as("slowest case (ns), seed " + seed).isLessThan(2_000_000_000L);
  }

  static String write(Object r) {
    return r instanceof ScorecardResult s
        ? JSON.writeScorecard(s)
        : r instanceof UpliftResult u
            ? JSON.writeUplift(u)
            : r instanceof TrendResult t ? JSON.writeResult(t) : JSON.writeResult((MetricResult) r);
  }
}
