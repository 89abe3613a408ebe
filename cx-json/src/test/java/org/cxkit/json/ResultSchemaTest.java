package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed results schema accepts every results document the writer produces and rejects
 * invalid ones.
 */
class ResultSchemaTest {
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CxJson.resultsSchema(), InputFormat.JSON);
  static final CxJson JSON = CxJson.defaults();

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static void assertValid(String json, String what) {
    List<Error> errors = errors(json);
    assertThat(errors)
        .as(
            () ->
                what
                    + "\n"
                    + errors.stream().map(Error::toString).collect(Collectors.joining("\n"))
                    + "\n"
                    + json)
        .isEmpty();
  }

  static LongStream seeds() {
    return Seeds.seeds(60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writtenResultsValidate(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    assertValid(JSON.writeResult(ResultGenerator.metricResult(rnd)), Seeds.describe(seed));
    assertValid(JSON.writeScorecard(ResultGenerator.scorecard(seed)), Seeds.describe(seed));
    assertValid(JSON.writeUplift(ResultGenerator.uplift(rnd)), Seeds.describe(seed));
  }

  @Test
  void aHostsOwnResultValidatesAsAMetricResult() {
    MetricResult custom =
        new MetricResult() {
          @Override
          public String metric() {
            return "fcr";
          }

          @Override
          public long n() {
            return 3;
          }

          @Override
          public java.util.OptionalDouble headline() {
            return java.util.OptionalDouble.empty();
          }
        };
    assertValid(JSON.writeResult(custom), "host result");
  }

  @Test
  void schemaHasAStableIdAndDialect() {
    assertThat(CxJson.resultsSchema())
        .contains("\"$id\": \"https://cxkit.org/schema/v1/cxkit-results.schema.json\"")
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  /** Each row: a replacement in a written NPS result that the schema must reject. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"cxkit\": \"1.0\"|\"cxkit\": \"2.0\"",
        "\"kind\": \"nps-result\"|\"kind\": \"org.cxkit.metrics.NpsResult\"",
        "\"kind\": \"nps-result\"|\"kind\": \"scorecard\"",
        "\"metric\": \"nps\"|\"metric\": \"csat\"",
        "\"n\": 60|\"n\": -60",
        "\"n\": 60|\"n\": 60.5",
        "\"promoters\": 30|\"promoters\": \"30\"",
        "\"headline\": |\"headlines\": ",
        "\"better\": \"HIGHER_IS_BETTER\"|\"better\": \"higher\"",
        "\"topBox\": 2|\"topBox\": 0",
        "\"counts\": [|\"counts\": [-1, ",
        "\"method\": \"adjusted Wald\"|\"method\": null",
        "\"level\": 0.95|\"level\": 95",
      })
  void invalidDocumentsAreRejected(String from, String to) {
    String doc = JSON.writeResult(NpsResult.ofCounts(10, 20, 30));
    assertThat(doc).contains(from);
    String bad =
        doc.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(errors(bad)).as(bad).isNotEmpty();
  }

  @Test
  void invalidScorecardsAndUpliftsAreRejected() {
    String card = JSON.writeScorecard(ResultGenerator.scorecard(3));
    assertValid(card, "scorecard");
    assertThat(errors(card.replaceFirst("\"journey\": \"", "\"journey\": \"Not A Slug ")))
        .isNotEmpty();
    assertThat(errors(card.replaceFirst("\"untagged\": \\d+", "\"untagged\": -1"))).isNotEmpty();
    assertThat(errors(card.replaceFirst("\"minimumN\"", "\"minimum\""))).isNotEmpty();
    String uplift = JSON.writeUplift(ResultGenerator.uplift(new SplittableRandom(5)));
    assertValid(uplift, "uplift");
    assertValid(uplift.replaceFirst("\"name\": \"delighted\"", "\"name\": \"happy\""), "renamed");
    assertThat(errors(uplift.replaceFirst("\"name\": \"delighted\"", "\"name\": \"\"")))
        .isNotEmpty();
    // binary and NPS outcomes have fixed units; a numeric one names its own, printable and short
    String nps = CxJsonTest.golden("uplift-named-1.0.json");
    assertThat(errors(nps.replaceFirst("\"upliftUnit\": \"", "\"upliftUnit\": \"X"))).isNotEmpty();
    assertThat(errors(nps.replaceFirst("\"outcomeUnit\": \"", "\"outcomeUnit\": \"X")))
        .isNotEmpty();
    String eur = CxJsonTest.golden("uplift-unit-1.0.json");
    assertValid(eur.replace("\"EUR\"", "\"visits per year\""), "a numeric outcome's own unit");
    assertThat(errors(eur.replace("\"EUR\"", "\"\""))).isNotEmpty();
    assertThat(errors(eur.replace("\"EUR\"", "\"E\\u0007R\""))).isNotEmpty();
    assertThat(errors(eur.replace("\"EUR\"", "\"" + "x".repeat(41) + "\""))).isNotEmpty();
    assertThat(errors(uplift.replaceFirst("\"outcome\": \"", "\"outcome\": \"X"))).isNotEmpty();
  }
}
