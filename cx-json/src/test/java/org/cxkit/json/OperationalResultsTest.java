package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cxkit.json.StratifiedResultsTest.replaceFirst;

import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.ReferenceModels;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.analysis.OperationalFigures;
import org.cxkit.metrics.analysis.OperationalResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code operational} result kind: a golden file pins the format, seeded random operational
 * results round-trip exactly through {@link CxJson}, the schema and a host's mapper, and hostile
 * documents fail with a located error that does not repeat their content.
 */
class OperationalResultsTest {
  static final CxJson JSON = CxJson.defaults();
  private static final CxModel MODEL = ReferenceModels.shoeshine();
  private static final Journey SHINE = MODEL.journey("corner-shoeshine").orElseThrow();
  private static final OperationalMeasure TIME = MODEL.operationalMeasures().get(0);
  private static final TouchpointId SHOESHINE = TouchpointId.of("shoeshine");

  /** Ten shines timed in seconds (a sample of our own) and one more touchpoint with none. */
  static OperationalResult golden() {
    OperationalFigures.State s = OperationalFigures.of(SHINE, TIME).newState();
    for (double x : new double[] {95, 110, 118, 124, 131, 140, 152, 167, 185, 240}) {
      s.add(SHOESHINE, x);
    }
    return s.result();
  }

  /** Random values at random touchpoints, with a random minimum n and level. */
  static OperationalResult generate(SplittableRandom rnd) {
    OperationalFigures figures =
        OperationalFigures.of(SHINE, TIME)
            .withMinimumN(1 + rnd.nextInt(40))
            .withLevel(rnd.nextBoolean() ? 0.95 : 0.9);
    OperationalFigures.State s = figures.newState();
    int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(400);
    var touchpoints = SHINE.touchpoints();
    for (int i = 0; i < n; i++) {
      Touchpoint t = touchpoints.get(rnd.nextInt(touchpoints.size()));
      s.add(t.id(), Math.round(rnd.nextDouble(1, 900) * 10) / 10.0);
    }
    return s.result();
  }

  @Test
  void goldenOperational() {
    String golden = CxJsonTest.golden("operational-1.0.json");
    OperationalResult r = JSON.readResult(golden, OperationalResult.class);
    assertThat(r).isEqualTo(golden());
    assertThat(r.row(SHOESHINE).orElseThrow().judged()).isNotEmpty();
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "operational golden");
    // another writer may leave the derived figures and statuses out
    String bare =
        golden
            .replaceAll(",\\s*\"figure\": [-0-9.E]+", "")
            .replaceAll(",\\s*\"status\": \"[A-Z_]+\"", "");
    assertThat(bare).doesNotContain("\"status\"");
    assertThat(JSON.readResult(bare, OperationalResult.class)).isEqualTo(r);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedResultsRoundTrip(long seed) throws Exception {
    OperationalResult r = generate(new SplittableRandom(seed));
    AnalysisResultsTest.assertRoundTrips(r, seed);
    AnalysisResultsTest.assertRoundTrips(
        ResultSet.builder("operations").add("shine time", r).build(), seed);
  }

  private static CxJsonException fails(String doc) {
    return StratifiedResultsTest.fails(doc, OperationalResult.class, "Jane", "-7");
  }

  @Test
  void hostileDocumentsAreRejectedAndLocated() {
    String golden = CxJsonTest.golden("operational-1.0.json");
    assertThat(fails(replaceFirst(golden, "\"n\": 10", "\"n\": -7")).pointer())
        .hasValue("/rows/0/n");
    assertThat(fails(replaceFirst(golden, "\"minimumN\": ", "\"minimumN\": -7")).pointer())
        .hasValue("/minimumN");
    // a status that contradicts the figure and the target
    String status = golden.replaceFirst("\"status\": \"[A-Z_]+\"", "\"status\": \"NO_TARGET\"");
    assertThat(fails(status).pointer().orElseThrow()).isEqualTo("/rows/0/targets/0/status");
    // a figure that is not the row's
    String figure = golden.replaceFirst("\"figure\": [-0-9.E]+", "\"figure\": 1.5");
    assertThat(fails(figure).pointer().orElseThrow()).isEqualTo("/rows/0/targets/0/figure");
    // a row with values but no mean
    CxJsonException noMean = fails(golden.replaceFirst(",\\s*\"mean\": [-0-9.E]+", ""));
    assertThat(noMean.pointer().orElseThrow()).startsWith("/rows/0");
    // figures for no values
    CxJsonException none = fails(replaceFirst(golden, "\"n\": 10", "\"n\": 0"));
    assertThat(none.pointer().orElseThrow()).startsWith("/rows/0");
    // one value with a standard deviation
    CxJsonException one = fails(replaceFirst(golden, "\"n\": 10", "\"n\": 1"));
    assertThat(one.pointer()).hasValue("/rows/0/standardDeviation");
    // an interval at another level than the result's
    CxJsonException level = fails(replaceFirst(golden, "\"level\": 0.95,\n", "\"level\": 0.9,\n"));
    assertThat(level.pointer().orElseThrow()).startsWith("/rows/0/");
    // a level that is no level
    assertThat(fails(replaceFirst(golden, "\"level\": 0.95,\n", "\"level\": 7.0,\n")).kind())
        .isEqualTo(Kind.MODEL);
    // a measure whose unit does not fit its kind
    assertThat(
            fails(replaceFirst(golden, "\"unit\": \"SECONDS\"", "\"unit\": \"PERCENT\""))
                .pointer()
                .orElseThrow())
        .startsWith("/measure");
    // a malformed touchpoint id is named, never quoted
    CxJsonException id =
        fails(
            replaceFirst(golden, "\"touchpoint\": \"shoeshine\"", "\"touchpoint\": \"Jane Doe\""));
    assertThat(id.pointer()).hasValue("/rows/0/touchpoint");
    // an unknown status
    fails(golden.replaceFirst("\"status\": \"[A-Z_]+\"", "\"status\": \"JANE\""));
    assertThat(TargetStatus.valueOf("MET")).isEqualTo(TargetStatus.MET);
  }
}
