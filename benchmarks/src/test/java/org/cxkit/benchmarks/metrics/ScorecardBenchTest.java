package org.cxkit.benchmarks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On small columns, the one- and two-thread paths, the scorecard and the plain controls all count
 * the same (touchpoint, score) pairs.
 */
class ScorecardBenchTest {
  private final ScorecardBench bench = new ScorecardBench();

  @BeforeEach
  void setUp() {
    bench.size = 10_001;
    bench.touchpoints = 25;
    bench.setup();
  }

  @AfterEach
  void tearDown() {
    bench.tearDown();
  }

  @Test
  void everyPathCountsWhatThePlainLoopCounts() throws Exception {
    long[] plain = bench.plainOneThread();
    assertThat(bench.plainTwoThreads()).isEqualTo(plain);

    GroupedAccumulator<NpsResult> one = bench.groupedOneThread();
    GroupedAccumulator<NpsResult> two = bench.groupedTwoThreads();
    ScorecardResult card = bench.scorecardOneThread();
    assertThat(card.rows()).hasSize(25);
    long total = 0;
    for (int tp = 0; tp < 25; tp++) {
      long n = 0;
      for (int s = 0; s <= 10; s++) {
        n += plain[tp * 11 + s];
      }
      long passives = plain[tp * 11 + 7] + plain[tp * 11 + 8];
      long promoters = plain[tp * 11 + 9] + plain[tp * 11 + 10];
      long[] expected = {n - passives - promoters, passives, promoters};
      assertThat(counts(one.result(tp))).as("touchpoint %s, one thread", tp).isEqualTo(expected);
      assertThat(counts(two.result(tp))).as("touchpoint %s, two threads", tp).isEqualTo(expected);
      assertThat(card.rows().get(tp).result().n()).as("touchpoint %s, scorecard", tp).isEqualTo(n);
      assertThat(card.rows().get(tp).result().headline()).isEqualTo(one.result(tp).headline());
      assertThat(card.rows().get(tp).touchpoint().value()).isEqualTo("tp-" + tp);
      total += n;
    }
    assertThat(total).isEqualTo(10_001);
  }

  private static long[] counts(NpsResult nps) {
    return new long[] {nps.detractors(), nps.passives(), nps.promoters()};
  }
}
