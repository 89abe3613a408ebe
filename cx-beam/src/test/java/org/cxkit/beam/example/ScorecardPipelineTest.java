package org.cxkit.beam.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.cxkit.core.CxModel;
import org.cxkit.formats.ExportMapping;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example pipeline, which reads through cx-formats' {@code ResponseCsv}, writes the scorecard a
 * local one-pass run gives: on the building-permit example's 2,256 long-format responses, and on a
 * Qualtrics export read through its export mapping.
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
  void readsASurveyToolsExportThroughItsMappingAsALocalRunDoes(@TempDir Path tmp) throws Exception {
    Path exports = Path.of("..", "examples", "survey-exports");
    Path model = Path.of("..", "examples", "waffle-wednesday", "model.json");
    Path out = tmp.resolve("scorecard.json");
    ScorecardPipeline.main(
        new String[] {
          "--model=" + model,
          "--journey=first-visit",
          "--responses=" + exports.resolve("qualtrics.csv"),
          "--mapping=" + exports.resolve("qualtrics-mapping.json"),
          "--output=" + out
        });

    CxJson json = CxJson.defaults();
    CxModel m = json.readModel(model);
    List<Response> responses = new ArrayList<>();
    ExportMapping.read(exports.resolve("qualtrics-mapping.json"))
        .reader()
        .build()
        .read(exports.resolve("qualtrics.csv"), responses::add);
    assertThat(responses).isNotEmpty();
    ScorecardResult local =
        Scorecard.builder(m.journey("first-visit").orElseThrow())
            .model(m)
            .build()
            .compute(responses);
    assertThat(json.readResult(out, ScorecardResult.class)).isEqualTo(local);
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
        .hasMessage("row 1, column 'score': not an integer score")
        .hasMessageNotContaining("secret");
  }
}
