package org.cxkit.beam.example;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cxkit.beam.ResponseCoder;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Persona;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;

/**
 * A timed run on a responses file of {@code ../shared/bench/make_responses.py} (touchpoints {@code
 * tp-0} .. {@code tp-(n-1)}, measure {@code nps}), side by side on the same file in one JVM: (1)
 * the local path, cx-formats' {@link ResponseCsv} into one {@code Scorecard.Tally}, one pass, one
 * thread; (2) the same responses through {@link ResponseCoder}, encoded and decoded once each (what
 * one DirectRunner encodability check costs per element and step); (3) {@link ScorecardPipeline} on
 * the runner the options name (the DirectRunner by default), which reads the file through the same
 * reader. Both scorecards must be equal. Arguments: FILE [TOUCHPOINTS=1000] [PARTS=1], then any
 * Beam options (such as {@code --enforceEncodability=false}). With PARTS above 1 the pipeline reads
 * the same rows from that many files (written once beside FILE, each with the header), as a data
 * lake holds them: a CSV file is read whole by one worker, so a runner's parallelism over the read
 * comes from files. With {@code --measure=nps} among the Beam options the pipeline reads byte
 * ranges straight into tallies ({@code --rangeBytes}, see {@link ScorecardPipeline}), and the local
 * path it is timed against is {@code ResponseCsv.readInto} on one thread (no coder step).
 */
public final class OverheadRun {
  private OverheadRun() {}

  /**
   * Runs the comparison.
   *
   * @param args FILE [TOUCHPOINTS] [PARTS], then Beam options
   * @throws Exception if a step fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      throw new IllegalArgumentException(
          "usage: FILE [TOUCHPOINTS=1000] [PARTS=1] [beam options...]");
    }
    Path file = Path.of(args[0]);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no file "
              + file
              + "; write one with: python3 ../shared/bench/make_responses.py "
              + file
              + " 10000000");
    }
    int touchpoints = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    int parts = args.length > 2 ? Integer.parseInt(args[2]) : 1;
    String responses = parts == 1 ? file.toString() : split(file, parts);
    CxModel model = benchModel(touchpoints);
    Path modelFile = Files.createTempFile("cxkit-beam-model", ".json");
    CxJson.defaults().write(model, modelFile);
    System.out.printf("load average at start: %.2f%n", loadAverage());

    boolean ranged = Arrays.stream(args).skip(3).anyMatch(a -> a.startsWith("--measure="));
    long t0 = System.nanoTime();
    Scorecard card = Scorecard.builder(model.journeys().get(0)).model(model).build();
    Scorecard.Tally tally = card.newTally();
    long[] n = {0};
    if (ranged) {
      // The local path of the ranged read: the same reader straight into one tally, one thread.
      n[0] =
          ResponseCsv.builder()
              .parallelism(1)
              .build()
              .readInto(file, card, MeasureId.of("nps"), tally)
              .values();
    } else {
      ResponseCsv.builder()
          .build()
          .read(
              file,
              r -> {
                tally.add(r);
                n[0]++;
              });
    }
    ScorecardResult local = tally.result();
    double localS = seconds(t0);
    System.out.printf(
        "%,d responses: local (%s) %.2f s (%.0f k/s)%n",
        n[0], ranged ? "readInto, one thread" : "read, one thread", localS, n[0] / localS / 1e3);

    if (!ranged) {
      ResponseCoder coder = ResponseCoder.of();
      ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);
      long[] bytes = {0};
      long[] coderNanos = {0};
      ResponseCsv.builder()
          .build()
          .read(
              file,
              r -> {
                buffer.reset();
                long c0 = System.nanoTime();
                try {
                  coder.encode(r, buffer);
                  bytes[0] += buffer.size();
                  if (!coder.decode(new ByteArrayInputStream(buffer.toByteArray())).equals(r)) {
                    throw new AssertionError("the coder lost a response");
                  }
                  coderNanos[0] += System.nanoTime() - c0;
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      System.out.printf(
          "ResponseCoder encode+decode of each: %.2f s (%.0f bytes each)%n",
          coderNanos[0] / 1e9, (double) bytes[0] / Math.max(1, n[0]));
    }
    Path out = Files.createTempFile("cxkit-beam-scorecard", ".json");
    ScorecardPipeline.Options options =
        PipelineOptionsFactory.fromArgs(
                Stream.concat(
                        Stream.of(
                            "--model=" + modelFile,
                            "--journey=" + model.journeys().get(0).id().value(),
                            "--responses=" + responses,
                            "--output=" + out),
                        Arrays.stream(args).skip(3))
                    .toArray(String[]::new))
            .as(ScorecardPipeline.Options.class);
    long t2 = System.nanoTime();
    ScorecardPipeline.run(options).waitUntilFinish();
    double beamS = seconds(t2);
    ScorecardResult beam = CxJson.defaults().readResult(out, ScorecardResult.class);
    System.out.printf(
        "pipeline %.2f s (%.0f k/s), %.1fx local; results equal: %s; load average at end: %.2f%n",
        beamS, n[0] / beamS / 1e3, beamS / localS, beam.equals(local), loadAverage());
    if (!beam.equals(local)) {
      throw new AssertionError("the pipeline's scorecard differs from the local one");
    }
  }

  /**
   * Writes the rows of {@code file} into {@code parts} files of about equal size, each with the
   * header, once, in a directory beside it; returns their glob.
   */
  private static String split(Path file, int parts) throws IOException {
    Path dir = file.resolveSibling(file.getFileName() + ".parts-" + parts);
    if (!Files.isDirectory(dir)) {
      Path tmp = Files.createTempDirectory(file.toAbsolutePath().getParent(), "parts");
      long size = Files.size(file);
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String header = in.readLine();
        String line = in.readLine();
        for (int k = 0; k < parts && line != null; k++) {
          try (BufferedWriter out =
              Files.newBufferedWriter(
                  tmp.resolve(String.format("part-%03d.csv", k)), StandardCharsets.UTF_8)) {
            out.write(header + "\n");
            long written = 0;
            while (line != null && (k == parts - 1 || written < size / parts)) {
              out.write(line + "\n");
              written += line.length() + 1;
              line = in.readLine();
            }
          }
        }
      }
      Files.move(tmp, dir);
    }
    return dir.resolve("part-*.csv").toString();
  }

  /** One journey of one stage with touchpoints tp-0 .. tp-(n-1), each with an NPS target. */
  static CxModel benchModel(int touchpoints) {
    Stage.Builder stage = Stage.builder("all", Phase.DURING);
    for (int i = 0; i < touchpoints; i++) {
      stage.touchpoint(Touchpoint.builder("tp-" + i).measure(MetricTarget.npsPoints("nps", 0)));
    }
    return CxModel.builder("bench")
        .persona(Persona.of("p", "P"))
        .journey(Journey.builder("j").persona("p").stage(stage))
        .build();
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
