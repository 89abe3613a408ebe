package org.cxkit.beam.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.testing.Seeds;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example pipeline's ranged read ({@code --measure}): files cut into byte ranges of random
 * sizes, down to a few bytes so that rows and the header straddle every boundary, read straight
 * into tallies on the DirectRunner and merged, give exactly the local one-pass {@code readInto}
 * scorecard, and its counters the local report's counts, bad rows collected included. Replay with
 * {@code -Dcx.seed=N}.
 */
class RangesPipelineTest {
  private static final CxModel MODEL = OverheadRun.benchModel(7);

  @TempDir Path tmp;

  static LongStream seeds() {
    return Seeds.seeds(5);
  }

  /** A file of make_responses.py's shape over tp-0..tp-6, with bad rows if asked. */
  private static String file(SplittableRandom r, boolean bad) {
    String nl = r.nextBoolean() ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder("respondent,touchpoint,measure,score").append(nl);
    int rows = r.nextInt(0, 400);
    for (int i = 0; i < rows; i++) {
      String tp = "tp-" + r.nextInt(7);
      String score = Integer.toString(r.nextInt(11));
      if (bad) {
        switch (r.nextInt(12)) {
          case 0 -> score = "11";
          case 1 -> tp = "tp-99";
          case 2 -> score = "secret";
          default -> {}
        }
      }
      sb.append(i).append(',').append(tp).append(",nps,").append(score).append(nl);
    }
    return sb.toString();
  }

  private PipelineResult run(Path file, long rangeBytes, int maxRejects, Path out)
      throws Exception {
    Path model = tmp.resolve("model.json");
    CxJson.defaults().write(MODEL, model);
    ScorecardPipeline.Options options =
        PipelineOptionsFactory.fromArgs(
                "--model=" + model,
                "--journey=j",
                "--responses=" + file,
                "--measure=nps",
                "--rangeBytes=" + rangeBytes,
                "--maxRejects=" + maxRejects,
                "--output=" + out)
            .as(ScorecardPipeline.Options.class);
    PipelineResult result = ScorecardPipeline.run(options);
    result.waitUntilFinish();
    return result;
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c :
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(CsvRanges.class, name))
                    .build())
            .getCounters()) {
      sum += c.getCommitted();
    }
    return sum;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rangesGiveTheLocalOnePassResultAndCounts(long seed) throws Exception {
    SplittableRandom r = new SplittableRandom(seed);
    Path file = tmp.resolve("r.csv");
    Files.writeString(file, file(r, true), StandardCharsets.UTF_8);
    long rangeBytes = 1L + r.nextInt(r.nextBoolean() ? 40 : 3000);

    Scorecard card = Scorecard.builder(MODEL.journeys().get(0)).model(MODEL).build();
    Scorecard.Tally tally = card.newTally();
    ReadReport local =
        ResponseCsv.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .readInto(file, card, MeasureId.of("nps"), tally);

    Path out = tmp.resolve("out.json");
    PipelineResult result = run(file, rangeBytes, 5, out);
    String what = Seeds.describe(seed) + ", ranges of " + rangeBytes + " bytes";
    assertThat(CxJson.defaults().readResult(out, ScorecardResult.class))
        .as(what)
        .isEqualTo(tally.result());
    assertThat(counter(result, "rows")).as(what).isEqualTo(local.rows());
    assertThat(counter(result, "values")).as(what).isEqualTo(local.values());
    assertThat(counter(result, "rejected")).as(what).isEqualTo(local.rejected());
    assertThat(counter(result, "skipped")).as(what).isEqualTo(local.skipped());
  }

  @Test
  void aBadRowInALaterRangeIsNamedByItsRowInTheFileWithoutItsContent() throws Exception {
    StringBuilder sb = new StringBuilder("respondent,touchpoint,measure,score\n");
    for (int i = 1; i <= 500; i++) {
      sb.append("person-").append(i).append(",tp-").append(i % 7).append(",nps,");
      sb.append(i == 420 ? "eleven" : Integer.toString(i % 11)).append('\n');
    }
    Path file = tmp.resolve("bad.csv");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> run(file, 1000, 0, tmp.resolve("out.json")))
        .rootCause()
        .hasMessage("row 420, column 'score': not an integer score")
        .hasMessageNotContaining("person");
  }

  @Test
  void anEmptyFileGivesTheEmptyScorecard() throws Exception {
    Path file = tmp.resolve("empty.csv");
    Files.writeString(file, "respondent,touchpoint,measure,score\n", StandardCharsets.UTF_8);
    Path out = tmp.resolve("out.json");
    run(file, 7, 0, out);
    Scorecard card = Scorecard.builder(MODEL.journeys().get(0)).model(MODEL).build();
    assertThat(CxJson.defaults().readResult(out, ScorecardResult.class))
        .isEqualTo(card.newTally().result());
  }
}
