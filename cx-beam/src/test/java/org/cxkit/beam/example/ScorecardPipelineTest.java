package org.cxkit.beam.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cxkit.core.CxModel;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example pipeline on the building-permit example's 2,256 long-format responses writes the
 * scorecard that cx-formats' CSV reader and a local one-pass scorecard give.
 */
class ScorecardPipelineTest {
  private static final Path DIR = Path.of("..", "examples", "building-permit");

  @Test
  void writesTheLocalScorecardAsCxkitJson(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("scorecard.json");
    ScorecardPipeline.main(
        new String[] {
          "--model=" + DIR.resolve("model.json"),
          "--journey=apply-for-permit",
          "--responses=" + DIR.resolve("responses.csv"),
          "--delimiter=;",
          "--timeColumn=submitted",
          "--output=" + out
        });

    CxJson json = CxJson.defaults();
    CxModel model = json.readModel(DIR.resolve("model.json"));
    List<Response> responses = new ArrayList<>();
    ResponseCsv.builder()
        .delimiter(';')
        .timeColumn("submitted")
        .build()
        .read(DIR.resolve("responses.csv"), responses::add);
    ScorecardResult local =
        Scorecard.builder(model.journey("apply-for-permit").orElseThrow())
            .model(model)
            .build()
            .compute(responses);

    ScorecardResult written = json.readResult(out, ScorecardResult.class);
    assertThat(written).isEqualTo(local);
    assertThat(Files.readString(out)).isEqualTo(json.writeScorecard(local));
  }

  @Test
  void aBadScoreIsNamedWithoutTheLinesContent(@TempDir Path tmp) throws Exception {
    Path csv = tmp.resolve("bad.csv");
    Files.writeString(
        csv, "respondent,touchpoint,measure,score\nsecret-person,forum,csat,very good\n");
    ScorecardPipeline.Options options =
        PipelineOptionsFactory.fromArgs(
                "--model=" + DIR.resolve("model.json"),
                "--journey=apply-for-permit",
                "--responses=" + csv,
                "--output=" + tmp.resolve("out.json"))
            .as(ScorecardPipeline.Options.class);
    assertThatThrownBy(() -> ScorecardPipeline.run(options).waitUntilFinish())
        .rootCause()
        .hasMessage("column 'score': expected a whole number")
        .hasMessageNotContaining("secret");
  }
}
