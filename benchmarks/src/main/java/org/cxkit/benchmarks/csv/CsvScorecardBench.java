package org.cxkit.benchmarks.csv;

import java.nio.file.Path;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Persona;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;

/**
 * End to end, one run per JVM like {@code ../shared/bench/pandas_peer.py}: a long responses CSV of
 * {@code make_responses.py} (touchpoints tp-0..tp-N-1, measure nps) into cx-metrics' touchpoint
 * scorecard through {@link ResponseCsv#readInto}. Usage: {@code java -Xmx256m -cp benchmarks.jar
 * org.cxkit.benchmarks.csv.CsvScorecardBench FILE [TOUCHPOINTS=1000] [RUNS=1] [PARALLELISM=builder
 * default]}.
 */
public final class CsvScorecardBench {
  private CsvScorecardBench() {}

  /**
   * Runs the passes and prints one line per pass.
   *
   * @param args FILE [TOUCHPOINTS=1000] [RUNS=1] [THREADS=the reader's default]
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    ResponseCsv.Builder b = ResponseCsv.builder();
    if (args.length > 3) {
      b.parallelism(Integer.parseInt(args[3]));
    }
    Scorecard card = scorecard(n);
    ResponseCsv csv = b.build();
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Pass pass = pass(csv, card, file);
      double s = (System.nanoTime() - t0) / 1e9;
      ScorecardResult result = pass.result();
      System.out.printf(
          "cx-json scorecard: %.3f s for %d rows, %d touchpoints (first: %s %.4f), %d rejected,"
              + " max heap %d MB%n",
          s,
          pass.report().rows(),
          result.rows().size(),
          result.rows().get(0).touchpoint(),
          result.rows().get(0).result().headline().orElse(Double.NaN),
          pass.report().rejected(),
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }

  /** A scorecard over one journey of one stage with touchpoints tp-0 .. tp-(n-1), NPS targets. */
  static Scorecard scorecard(int n) {
    Stage.Builder stage = Stage.builder("all", Phase.DURING);
    for (int i = 0; i < n; i++) {
      stage.touchpoint(Touchpoint.builder("tp-" + i).measure(MetricTarget.npsPoints("nps", 0)));
    }
    CxModel model =
        CxModel.builder("bench")
            .persona(Persona.of("p", "P"))
            .journey(Journey.builder("j").persona("p").stage(stage))
            .build();
    return Scorecard.builder(model.journeys().get(0)).model(model).build();
  }

  /** One timed pass: the file into a fresh tally, then the scorecard (rows, rollups, ranking). */
  static Pass pass(ResponseCsv csv, Scorecard card, Path file) {
    Scorecard.Tally tally = card.newTally();
    ReadReport report = csv.readInto(file, card, MeasureId.of("nps"), tally);
    return new Pass(report, tally.result());
  }

  /** What one pass read, and the scorecard. */
  record Pass(ReadReport report, ScorecardResult result) {}
}
