package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cxkit.core.Scale;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.Delight;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;

/**
 * Checked-in results documents of format 1.0 ({@code src/test/resources/golden/*-1.0.json}): they
 * must keep reading to the same results, and re-write byte for byte, as the format evolves.
 */
class ResultGoldenTest {
  static final CxJson JSON = CxJson.defaults();

  @Test
  void npsResult() {
    String golden = CxJsonTest.golden("nps-result-1.0.json");
    NpsResult r = JSON.readResult(golden, NpsResult.class);
    assertThat(r).isEqualTo(NpsResult.ofCounts(2, 3, 5));
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    assertThat(JSON.readResult(golden, MetricResult.class)).isEqualTo(r);
    ResultSchemaTest.assertValid(golden, "nps golden");
  }

  @Test
  void scaleResult() {
    String golden = CxJsonTest.golden("scale-result-1.0.json");
    ScaleResult r = JSON.readResult(golden, ScaleResult.class);
    assertThat(r).isEqualTo(ScaleMetrics.csat().compute(new int[] {5, 4, 4, 3, 1, 5, 2}));
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "scale golden");
  }

  @Test
  void uplift() {
    String golden = CxJsonTest.golden("uplift-1.0.json");
    DelightUplift.NumericTally t = DelightUplift.numeric(Scale.CSAT).newTally();
    t.addAll(
        new int[] {5, 5, 5, 4, 4, 4, 2}, new double[] {120.0, 80.5, 99.0, 70.0, 88.0, 64.5, 10.0});
    UpliftResult r = JSON.readResult(golden, UpliftResult.class);
    assertThat(r).isEqualTo(t.result());
    ResultSchemaTest.assertValid(golden, "uplift golden");
    // written now with the figures issue #11 added (units, SE, z, p, the test): still 1.0, read
    // back
    String written = CxJsonTest.golden("uplift-figures-1.0.json");
    assertThat(JSON.writeUplift(r)).isEqualTo(written);
    assertThat(JSON.readResult(written, UpliftResult.class)).isEqualTo(r);
    ResultSchemaTest.assertValid(written, "uplift as written");
    // another writer may leave the derived names out: each reads as its position's default
    String unnamed = golden.replaceAll("\\s*\"name\": \"[a-z]+\",", "");
    assertThat(unnamed).doesNotContain("\"name\"");
    assertThat(JSON.readResult(unnamed, UpliftResult.class)).isEqualTo(r);
  }

  /**
   * A numeric outcome's unit the user named (#11) travels with the result: written in {@code
   * outcomeUnit} and {@code upliftUnit}, read back, schema-valid; the same document in {@code
   * outcome units} is the unnamed result documents had before.
   */
  @Test
  void upliftInANamedUnit() {
    DelightUplift.NumericTally t =
        DelightUplift.numeric(Scale.CSAT).withOutcomeUnit("EUR").newTally();
    t.addAll(
        new int[] {5, 5, 5, 4, 4, 4, 2}, new double[] {120.0, 80.5, 99.0, 70.0, 88.0, 64.5, 10.0});
    UpliftResult r = t.result();
    String golden = CxJsonTest.golden("uplift-unit-1.0.json");
    assertThat(JSON.writeUplift(r)).isEqualTo(golden);
    UpliftResult read = JSON.readResult(golden, UpliftResult.class);
    assertThat(read).isEqualTo(r);
    assertThat(read.namedUnit()).contains("EUR");
    ResultSchemaTest.assertValid(golden, "uplift in a named unit");
    String unnamed = golden.replace("\"EUR\"", "\"outcome units\"");
    assertThat(unnamed).isEqualTo(CxJsonTest.golden("uplift-figures-1.0.json"));
    assertThat(JSON.readResult(unnamed, UpliftResult.class).namedUnit()).isEmpty();
    // a writer may leave the unit out: the outcome type's default
    String without = golden.replaceFirst("\\s*\"outcomeUnit\": \"EUR\",", "");
    assertThat(without).doesNotContain("outcomeUnit");
    assertThat(
            catchThrowableOfType(
                CxJsonException.class, () -> JSON.readResult(without, UpliftResult.class)))
        .as("upliftUnit EUR no longer fits: it is derived")
        .isNotNull();
  }

  /**
   * A unit that does not fit the outcome type, or is not a valid name, is rejected at {@code
   * /outcomeUnit} with what was expected, never quoting what was found.
   */
  @Test
  void aBadOutcomeUnitIsRejectedWithoutItsContent() {
    String binary =
        CxJsonTest.golden("uplift-named-1.0.json").replace("\"NPS points\"", "\"Secret\"");
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(binary, UpliftResult.class));
    assertThat(e.pointer()).hasValue("/outcomeUnit");
    assertThat(e.getMessage())
        .contains("the unit does not fit the outcome type")
        .contains("NPS points")
        .doesNotContain("Secret");
    String control =
        CxJsonTest.golden("uplift-unit-1.0.json").replace("\"EUR\"", "\"Sec\\u0007ret\"");
    CxJsonException c =
        catchThrowableOfType(
            CxJsonException.class, () -> JSON.readResult(control, UpliftResult.class));
    assertThat(c.pointer()).hasValue("/outcomeUnit");
    assertThat(c.getMessage()).contains("control character").doesNotContain("Sec");
  }

  /** Renamed groups travel with the result (issue #11): written, read back, schema-valid. */
  @Test
  void upliftWithNamedGroups() {
    String golden = CxJsonTest.golden("uplift-named-1.0.json");
    DelightUplift.NpsTally t =
        DelightUplift.nps(Delight.answers(Scale.NPS, 10).named("tens", "nines", "others"))
            .newTally();
    t.addAll(new int[] {10, 10, 10, 9, 9, 3, 0}, new int[] {10, 9, 6, 8, 10, 2, 7});
    UpliftResult r = JSON.readResult(golden, UpliftResult.class);
    assertThat(r).isEqualTo(t.result());
    assertThat(r.groupNames()).containsExactly("tens", "nines", "others");
    assertThat(JSON.writeUplift(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "named uplift golden");
  }

  @Test
  void scorecard() {
    String golden = CxJsonTest.golden("scorecard-1.0.json");
    ScorecardResult r = JSON.readResult(golden, ScorecardResult.class);
    assertThat(r).isEqualTo(ResultJsonTest.scorecard(Fixtures.rich(), 7));
    assertThat(JSON.writeScorecard(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "scorecard golden");
  }
}
