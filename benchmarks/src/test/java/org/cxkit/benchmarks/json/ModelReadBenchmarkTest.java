package org.cxkit.benchmarks.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.cxkit.core.CxModel;
import org.junit.jupiter.api.Test;

/** The benchmark reads what it wrote, and its model is the one BENCHMARKS.md's figures are for. */
class ModelReadBenchmarkTest {
  @Test
  void readsTheModelItWrote() throws IOException {
    ModelReadBenchmark bench = new ModelReadBenchmark();
    bench.setUp();
    ModelReadBenchmark.WriteState write = new ModelReadBenchmark.WriteState();
    write.setUp();

    CxModel read = bench.cxJsonReadModel();

    assertThat(read).isEqualTo(bench.coreBuildersOnly()).isEqualTo(write.model);
    assertThat(bench.cxJsonWriteModel(write)).isEqualTo(bench.bytes);
    assertThat(bench.jacksonReadTree().get("journeys").size()).isEqualTo(1);
  }

  @Test
  void theModelHasTenThousandTouchpointsInAboutSixAndAHalfMegabytes() {
    ModelReadBenchmark bench = new ModelReadBenchmark();
    bench.setUp();

    assertThat(bench.coreBuildersOnly().journeys().get(0).touchpoints()).hasSize(10_000);
    assertThat(bench.bytes.length).isBetween(6_000_000, 7_000_000);
  }
}
