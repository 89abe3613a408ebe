package org.cxkit.beam.example;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.cxkit.beam.AnalysisFn;
import org.cxkit.beam.CxTransforms;
import org.cxkit.core.CxModel;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.jspecify.annotations.Nullable;

/**
 * Reads responses files through cx-formats' {@code ResponseCsv} (the long format, or a survey
 * tool's export through an export mapping), scores a journey of a model and writes the scorecard as
 * cxkit JSON, on any Beam runner (see cx-beam's README for Flink, Spark and Dataflow).
 *
 * <pre>{@code
 * --model=examples/building-permit/model.json --journey=apply-for-permit \
 *   --responses=examples/building-permit/responses.csv --delimiter=';' \
 *   --output=/tmp/scorecard.json
 * }</pre>
 *
 * <p>or, for a survey tool's export: {@code --responses=qualtrics.csv --mapping=mapping.json}.
 *
 * <p>With {@code --measure=nps} the long shape is read in byte ranges ({@code --rangeBytes}, 32 MiB
 * by default) straight into scorecard tallies ({@link CsvRanges}), which {@code
 * CxTransforms.mergeStates} merges: no element per response, so a file of any size runs in bounded
 * memory and one large file is read by several workers. Without it each file is read whole by one
 * worker into {@code Response} elements (every shape, a mapping's included).
 */
public final class ScorecardPipeline {
  private ScorecardPipeline() {}

  /** The example's options, beside Beam's own (such as {@code --runner}). */
  public interface Options extends PipelineOptions {
    /** The model, as cxkit JSON; read where the pipeline is built. */
    @Description("The model (cxkit JSON), read where the pipeline is built")
    @Validation.Required
    String getModel();

    void setModel(String model);

    /** The journey to score. */
    @Description("The id of the journey to score")
    @Validation.Required
    String getJourney();

    void setJourney(String journey);

    /** The responses CSV files: a file or a glob, on any file system Beam knows. */
    @Description("The responses CSV files: a file or a glob")
    @Validation.Required
    String getResponses();

    void setResponses(String responses);

    /** The column delimiter. */
    @Description("The column delimiter")
    @Default.String(",")
    String getDelimiter();

    void setDelimiter(String delimiter);

    /** The time column, if any. */
    @Description("The name of the time column (ISO-8601 instants), or empty")
    @Default.String("")
    String getTimeColumn();

    void setTimeColumn(String column);

    /** An export mapping (cx-formats' mapping file) for a survey tool's export, or empty. */
    @Description(
        "An export mapping file (cxkitMapping JSON) for a survey tool's wide export; when given,"
            + " --delimiter and --timeColumn are the mapping's")
    @Default.String("")
    String getMapping();

    void setMapping(String mapping);

    /**
     * The measure to read in byte ranges straight into tallies; empty: read each file whole into
     * responses.
     */
    @Description(
        "Read the long shape in byte ranges straight into scorecard tallies, for this measure (the"
            + " path for large files); empty: read each file whole, one element per response")
    @Default.String("")
    String getMeasure();

    void setMeasure(String measure);

    /** The size of a byte range, with {@code --measure}. */
    @Description("The size of a byte range in bytes, with --measure (default 32 MiB)")
    @Default.Long(32L << 20)
    long getRangeBytes();

    void setRangeBytes(long bytes);

    /**
     * With {@code --measure}: 0 fails on the first bad row; N collects bad rows, logs N a range.
     */
    @Description(
        "With --measure: 0 fails on the first bad row; N > 0 counts bad rows (counter 'rejected')"
            + " and logs up to N per range by row and column")
    @Default.Integer(0)
    int getMaxRejects();

    void setMaxRejects(int max);

    /** Where the scorecard's JSON goes: one file. */
    @Description("The output file for the scorecard (cxkit JSON)")
    @Validation.Required
    String getOutput();

    void setOutput(String output);
  }

  /**
   * Runs the example.
   *
   * @param args Beam's and the example's options
   * @throws IOException if the mapping cannot be read
   */
  public static void main(String[] args) throws IOException {
    Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
    long start = System.nanoTime();
    run(options).waitUntilFinish();
    System.out.printf(
        "scorecard written to %s in %.1f s%n",
        options.getOutput(), (System.nanoTime() - start) / 1e9);
  }

  /**
   * Builds and runs the pipeline.
   *
   * @param options the options
   * @return the running pipeline
   * @throws IOException if the mapping cannot be read
   */
  public static PipelineResult run(Options options) throws IOException {
    CxModel model = CxJson.defaults().readModel(Path.of(options.getModel()));
    Pipeline p = Pipeline.create(options);
    PCollection<MatchResult.Metadata> files =
        p.apply("Match", FileIO.match().filepattern(options.getResponses()));
    PCollection<ScorecardResult> card;
    if (options.getMeasure().isEmpty()) {
      card =
          files
              .apply("Open", FileIO.readMatches())
              .apply("Read", ParDo.of(reader(options)))
              .apply("Scorecard", CxTransforms.scorecard(model, options.getJourney()));
    } else {
      if (!options.getMapping().isEmpty()) {
        throw new IllegalArgumentException(
            "--measure reads the long shape in ranges; a --mapping export is read whole");
      }
      AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn =
          CxTransforms.scorecardFn(model, options.getJourney(), Scorecard.DEFAULT_MINIMUM_N);
      CsvRanges read =
          new CsvRanges(
              fn,
              delimiter(options),
              options.getMeasure(),
              options.getRangeBytes(),
              options.getMaxRejects());
      card =
          files
              .apply("Ranges", ParDo.of(CsvRanges.split(options.getRangeBytes())))
              // Spread the ranges of one file over the workers (a runner would keep them on one).
              .apply("Spread", Reshuffle.viaRandomKey())
              .apply("ReadRanges", ParDo.of(read))
              .setCoder(fn.stateCoder())
              .apply("Scorecard", CxTransforms.mergeStates(fn));
    }
    card.apply("ToJson", ParDo.of(new ToJson()))
        .apply("Write", TextIO.write().to(options.getOutput()).withoutSharding());
    return p.run();
  }

  /** The CSV reader the options describe: a mapping file's, or the long shape's. */
  static CsvResponses reader(Options options) throws IOException {
    if (!options.getMapping().isEmpty()) {
      return CsvResponses.mapped(
          Files.readString(Path.of(options.getMapping()), StandardCharsets.UTF_8));
    }
    return CsvResponses.longFormat(delimiter(options), options.getTimeColumn());
  }

  private static char delimiter(Options options) {
    String delimiter = options.getDelimiter();
    if (delimiter.length() != 1) {
      throw new IllegalArgumentException("--delimiter must be one character");
    }
    return delimiter.charAt(0);
  }

  /** Writes the scorecard as cxkit JSON (the trailing newline is TextIO's). */
  private static final class ToJson extends DoFn<ScorecardResult, String> {
    private static final long serialVersionUID = 1L;
    private transient @Nullable CxJson json;

    @Setup
    public void setup() {
      json = CxJson.defaults();
    }

    @ProcessElement
    public void processElement(@Element ScorecardResult card, OutputReceiver<String> out) {
      CxJson j = json != null ? json : CxJson.defaults();
      out.output(j.writeScorecard(card).stripTrailing());
    }
  }
}
