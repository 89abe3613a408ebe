package org.cxkit.benchmarks.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxkit.metrics.NpsResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a small column, each calculator path counts what the plain-loop baselines count. */
class NpsBenchTest {
  private final NpsBench bench = new NpsBench();

  @BeforeEach
  void setUp() {
    bench.size = 10_000;
    bench.setup();
  }

  @Test
  void bytesAndIntsGiveWhatThePlainLoopsCount() {
    NpsResult fromBytes = bench.npsFromBytes();
    long promotersMinusDetractors = fromBytes.promoters() - fromBytes.detractors();

    assertThat(fromBytes.n()).isEqualTo(10_000);
    assertThat(promotersMinusDetractors).isEqualTo(bench.plainLoopBaseline());
    assertThat(bench.plainIntLoopBaseline()).isEqualTo(bench.plainLoopBaseline());
    assertThat(bench.npsFromInts()).isEqualTo(fromBytes);
  }

  @Test
  void theReusedAccumulatorAddsEveryScoreOfEachOperation() {
    assertThat(bench.npsFromBytesReusedAccumulator()).isEqualTo(10_000);
    assertThat(bench.npsFromBytesReusedAccumulator()).isEqualTo(20_000);
  }
}
