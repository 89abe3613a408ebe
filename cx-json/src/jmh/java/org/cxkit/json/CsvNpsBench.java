package org.cxkit.json;

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
 * touchpoint. Usage: {@code java -Xmx256m ... org.cxkit.json.CsvNpsBench FILE [TOUCHPOINTS=1000]
 * [RUNS=3]}.
 */
public final class CsvNpsBench {
  private CsvNpsBench() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    List<TouchpointId> tps = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      tps.add(TouchpointId.of("tp-" + i));
    }
    MeasureId nps = MeasureId.of("nps");
    ResponseCsv csv = ResponseCsv.builder().build();
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      long[][] hist = new long[n + 1][11];
      ReadReport r = csv.readScores(file, tps, nps, (tp, score) -> hist[tp + 1][score]++);
      double first = Double.NaN;
      for (int t = 1; t <= n; t++) {
        long total = 0;
        long promoters = hist[t][9] + hist[t][10];
        long detractors = 0;
        for (int s = 0; s <= 10; s++) {
          total += hist[t][s];
        }
        for (int s = 0; s <= 6; s++) {
          detractors += hist[t][s];
        }
        double score = total == 0 ? Double.NaN : 100.0 * (promoters - detractors) / total;
        if (t == 1) {
          first = score;
        }
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "cx-json: %.3f s for %d rows, %d touchpoints (first: tp-0 %.4f) %s, max heap %d MB%n",
          s, r.rows(), n, first, r, Runtime.getRuntime().maxMemory() >> 20);
    }
  }
}
