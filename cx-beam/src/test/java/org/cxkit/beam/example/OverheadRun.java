package org.cxkit.beam.example;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cxkit.core.CxModel;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;

/**
 * A timed run: the building-permit journey's scorecard over a generated long-format file of N
 * responses, once on the local path (the same line parser, one {@code Scorecard.Tally}, one pass)
 * and once through {@link ScorecardPipeline} on the DirectRunner; both results must be equal.
 * Arguments: rows (default 1,000,000), the file (default /tmp/cxkit-beam/responses-N.csv), then any
 * Beam options (such as {@code --enforceEncodability=false}).
 */
public final class OverheadRun {
  private OverheadRun() {}

  /**
   * Runs the comparison.
   *
   * @param args rows, file
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Path file =
        args.length > 1 ? Path.of(args[1]) : Path.of("/tmp/cxkit-beam/responses-" + rows + ".csv");
    Path model = Path.of("..", "examples", "building-permit", "model.json");
    CxModel m = CxJson.defaults().readModel(model);
    String journey = "apply-for-permit";
    if (!Files.exists(file)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      List<Touchpoint> tps = m.journey(journey).orElseThrow().touchpoints();
      SplittableRandom random = new SplittableRandom(14);
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        w.write("respondent,touchpoint,measure,score\n");
        for (int i = 0; i < rows; i++) {
          boolean csat = random.nextBoolean();
          w.write(
              "r-"
                  + random.nextInt(Math.max(1, rows / 4))
                  + ','
                  + tps.get(random.nextInt(tps.size())).id().value()
                  + (csat ? ",csat," + (1 + random.nextInt(5)) : ",ces," + (1 + random.nextInt(7)))
                  + '\n');
        }
      }
    }

    long t0 = System.nanoTime();
    Scorecard card = Scorecard.builder(m.journey(journey).orElseThrow()).model(m).build();
    Scorecard.Tally tally = card.newTally();
    LongFormatLines parse = new LongFormatLines("respondent,touchpoint,measure,score", ',', "");
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        Response response = parse.parse(line);
        if (response != null) {
          tally.add(response);
        }
      }
    }
    ScorecardResult local = tally.result();
    double localS = (System.nanoTime() - t0) / 1e9;

    Path out = Files.createTempFile("cxkit-beam-scorecard", ".json");
    ScorecardPipeline.Options options =
        PipelineOptionsFactory.fromArgs(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                            "--model=" + model,
                            "--journey=" + journey,
                            "--responses=" + file,
                            "--output=" + out),
                        java.util.Arrays.stream(args).skip(2))
                    .toArray(String[]::new))
            .as(ScorecardPipeline.Options.class);
    long t1 = System.nanoTime();
    ScorecardPipeline.run(options).waitUntilFinish();
    double beamS = (System.nanoTime() - t1) / 1e9;
    ScorecardResult beam = CxJson.defaults().readResult(out, ScorecardResult.class);
    System.out.printf(
        "%,d rows: local %.2f s (%.0f k rows/s), DirectRunner %.2f s (%.0f k rows/s), %.1fx;"
            + " results equal: %s%n",
        rows,
        localS,
        rows / localS / 1e3,
        beamS,
        rows / beamS / 1e3,
        beamS / localS,
        beam.equals(local));
    if (!beam.equals(local)) {
      throw new AssertionError("the pipeline's scorecard differs from the local one");
    }
  }
}
