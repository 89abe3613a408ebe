package org.cxkit.benchmarks.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.cxkit.metrics.analysis.Importance;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** On a small table, the column path gives what adding row by row gives. */
class DriversBenchTest {
  private final DriversBench bench = new DriversBench();

  @BeforeEach
  void setUp() {
    bench.size = 5_000;
    bench.drivers = 10;
    bench.setup();
  }

  @Test
  void columnsGiveWhatRowsGive() {
    KeyDrivers.State rows = bench.analysis.newState();
    double[] row = new double[bench.drivers];
    for (int i = 0; i < bench.size; i++) {
      for (int j = 0; j < bench.drivers; j++) {
        row[j] = bench.columns[j][i];
      }
      rows.add(bench.outcome[i], row);
    }
    KeyDriversResult expected = rows.result();
    KeyDriversResult actual = bench.driversFromColumns();
    assertThat(actual.estimated()).isTrue();
    assertThat(actual.rows()).isEqualTo(bench.size);
    assertThat(actual.n()).isEqualTo(expected.n()).isLessThan(bench.size);
    assertThat(actual.rSquared().getAsDouble())
        .isCloseTo(expected.rSquared().getAsDouble(), within(1e-12));
    assertThat(actual.ranking(Importance.SHAPLEY)).isEqualTo(expected.ranking(Importance.SHAPLEY));
    assertThat(bench.resultOnly()).isEqualTo(actual);
  }
}
