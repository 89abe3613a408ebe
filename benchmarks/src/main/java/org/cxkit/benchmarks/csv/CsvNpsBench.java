package org.cxkit.benchmarks.csv;

import com.google.common.primitives.ImmutableDoubleArray;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.metrics.ReadReport;

/**
 * End to end, in one run like {@code ../shared/bench/pandas_peer.py}: a long responses CSV
 * (respondent,touchpoint,measure,score; written by {@code make_responses.py}) to NPS per
 * touchpoint, through {@link ResponseCsv#readScores} into an exact 11-point histogram per
 * touchpoint. Usage: {@code java -Xmx256m -cp benchmarks.jar org.cxkit.benchmarks.csv.CsvNpsBench
 * FILE [TOUCHPOINTS=1000] [RUNS=3]}.
 */
public final class CsvNpsBench {
  private CsvNpsBench() {}

  /**
   * Runs the passes and prints one line per pass.
   *
   * @param args FILE [TOUCHPOINTS=1000] [RUNS=3]
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ResponseCsv csv = ResponseCsv.builder().build();
    List<TouchpointId> tps = touchpoints(n);
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Pass pass = pass(csv, file, tps);
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "cx-json: %.3f s for %d rows, %d touchpoints (first: tp-0 %.4f) %s, max heap %d MB%n",
          s,
          pass.report().rows(),
          n,
          pass.nps().get(0),
          pass.report(),
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  /** The ids {@code tp-0} .. {@code tp-(n-1)}, as {@code make_responses.py} writes them. */
  static List<TouchpointId> touchpoints(int n) {
    List<TouchpointId> tps = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      tps.add(TouchpointId.of("tp-" + i));
    }
    return tps;
  }

  /**
   * One timed pass: the scores of measure {@code nps} for the touchpoints into one histogram each
   * (a row of another touchpoint is a bad row), then NPS per touchpoint (NaN for one without
   * scores).
   */
  static Pass pass(ResponseCsv csv, Path file, List<TouchpointId> tps) {
    int n = tps.size();
    long[][] hist = new long[n][11];
    ReadReport report =
        csv.readScores(file, tps, MeasureId.of("nps"), (tp, score) -> hist[tp][score]++);
    ImmutableDoubleArray.Builder nps = ImmutableDoubleArray.builder(n);
    for (int t = 0; t < n; t++) {
      long[] h = hist[t];
      long total = 0;
      long detractors = 0;
      for (int s = 0; s <= 10; s++) {
        total += h[s];
        if (s <= 6) {
          detractors += h[s];
        }
      }
      long promoters = h[9] + h[10];
      nps.add(total == 0 ? Double.NaN : 100.0 * (promoters - detractors) / total);
    }
    return new Pass(report, nps.build());
  }

  /** What one pass read, and NPS per touchpoint in touchpoint order. */
  record Pass(ReadReport report, ImmutableDoubleArray nps) {}
}
