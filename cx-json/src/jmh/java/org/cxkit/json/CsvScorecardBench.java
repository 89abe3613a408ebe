package org.cxkit.json;

import java.nio.file.Path;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;

/**
 * End to end, one run per JVM like {@code ../shared/bench/pandas_peer.py}: a long responses CSV of
 * {@code make_responses.py} (touchpoints tp-0..tp-N-1, measure nps) into cx-metrics' touchpoint
 * scorecard through {@link ResponseCsv#readInto}. Usage: {@code java -Xmx256m ...
 * org.cxkit.json.CsvScorecardBench FILE [TOUCHPOINTS=1000] [RUNS=1] [PARALLELISM=builder default]}.
 */
public final class CsvScorecardBench {
  private CsvScorecardBench() {}

  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    ResponseCsv.Builder b = ResponseCsv.builder();
    if (args.length > 3) {
      b.parallelism(Integer.parseInt(args[3]));
    }
    Stage.Builder stage = Stage.builder("all", Phase.DURING);
    for (int i = 0; i < n; i++) {
      stage.touchpoint(Touchpoint.builder("tp-" + i).measure("nps", 0));
    }
    CxModel model =
        CxModel.builder("bench")
            .persona(org.cxkit.core.strategy.Persona.of("p", "P"))
            .journey(Journey.builder("j").persona("p").stage(stage))
            .build();
    Scorecard card = Scorecard.builder(model.journeys().get(0)).model(model).build();
    ResponseCsv csv = b.build();
    for (int run = 0; run < runs; run++) {
      long t0 = System.nanoTime();
      Scorecard.Tally tally = card.newTally();
      ReadReport r = csv.readInto(file, card, MeasureId.of("nps"), tally);
      ScorecardResult result = tally.result();
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "cx-json scorecard: %.3f s for %d rows, %d touchpoints (first: %s %.4f), %d rejected, max heap %d MB%n",
          s,
          r.rows(),
          result.rows().size(),
          result.rows().get(0).touchpoint(),
          result.rows().get(0).result().headline().orElse(Double.NaN),
          r.rejected(),
          Runtime.getRuntime().maxMemory() >> 20);
    }
  }
}
