package org.cxkit.benchmarks.metrics;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Key drivers over primitive columns on one core: {@code size} respondents × {@code drivers}
 * ratings (1..5, sharing a mood, one in twenty missing) and an outcome (0..10). One operation of
 * {@link #driversFromColumns()} = every row into a fresh listwise state, then the result (r, β, R²,
 * Johnson's weights, exact Shapley over 2^drivers subsets); {@link #resultOnly()} is the result
 * alone, from a filled state.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DriversBench {
  @Param("1000000")
  int size;

  @Param("10")
  int drivers;

  double[] outcome;
  double[][] columns;
  KeyDrivers analysis;
  KeyDrivers.State filled;

  @Setup
  public void setup() {
    SplittableRandom rnd = new SplittableRandom(42);
    outcome = new double[size];
    columns = new double[drivers][size];
    for (int i = 0; i < size; i++) {
      double mood = rnd.nextGaussian();
      double sum = 0;
      for (int j = 0; j < drivers; j++) {
        double v =
            Math.max(
                1, Math.min(5, Math.round(3 + mood + (0.5 + 0.5 * (j % 3)) * rnd.nextGaussian())));
        columns[j][i] = rnd.nextInt(20) == 0 ? Double.NaN : v;
        sum += (j + 1) * v;
      }
      outcome[i] =
          Math.max(0, Math.min(10, Math.round(sum / (drivers * 3.0) + rnd.nextGaussian())));
    }
    String[] names = new String[drivers];
    for (int j = 0; j < drivers; j++) {
      names[j] = "d" + j;
    }
    analysis = KeyDrivers.of("outcome", names);
    filled = analysis.newState().addColumns(outcome, columns);
  }

  /** Every row into a fresh state, then the result. */
  @Benchmark
  public KeyDriversResult driversFromColumns() {
    return analysis.newState().addColumns(outcome, columns).result();
  }

  /** The result of a filled state: correlations, decompositions and 2^drivers subsets. */
  @Benchmark
  public KeyDriversResult resultOnly() {
    return filled.result();
  }
}
