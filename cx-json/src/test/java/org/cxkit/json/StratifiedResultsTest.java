package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.Scale;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code stratified-uplift} result kind: a golden file pins the format, seeded random
 * stratified uplifts round-trip exactly through {@link CxJson}, the schema and a host's mapper, and
 * hostile documents fail with a located error that does not repeat their content.
 */
class StratifiedResultsTest {
  static final CxJson JSON = CxJson.defaults();

  /** A segment's numeric uplift from fixed answers: satisfaction and an outcome per answer. */
  private static UpliftResult numeric(int[] sat, double[] outcome) {
    DelightUplift.NumericTally t = DelightUplift.numeric(Scale.CSAT).newTally();
    t.addAll(sat, outcome);
    return t.result();
  }

  /** Two segments that pool and one (a single answer per group at most) that is excluded. */
  static StratifiedUplift golden() {
    Map<String, UpliftResult> strata = new LinkedHashMap<>();
    strata.put(
        "north",
        numeric(new int[] {5, 5, 5, 4, 4, 3, 2}, new double[] {120, 80.5, 99, 70, 88, 64.5, 10}));
    strata.put(
        "south",
        numeric(new int[] {5, 5, 4, 4, 4, 2, 1}, new double[] {90, 110, 60, 75, 70, 20, 35}));
    strata.put("Jane Doe's shop", numeric(new int[] {5}, new double[] {50}));
    return StratifiedUplift.of(strata);
  }

  /** A random stratified uplift: 1 to 4 segments of one outcome type, some of them too small. */
  static StratifiedUplift generate(SplittableRandom rnd) {
    DelightUplift.Outcome outcome = DelightUplift.Outcome.values()[rnd.nextInt(3)];
    Map<String, UpliftResult> strata = new LinkedHashMap<>();
    int k = 1 + rnd.nextInt(4);
    for (int s = 0; s < k; s++) {
      DelightUplift.BinaryTally binary = DelightUplift.binary(Scale.CSAT).newTally();
      DelightUplift.NpsTally nps = DelightUplift.nps(Scale.CSAT).newTally();
      DelightUplift.NumericTally num = DelightUplift.numeric(Scale.CSAT).newTally();
      int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(200);
      for (int i = 0; i < n; i++) {
        int sat = 1 + rnd.nextInt(5);
        switch (outcome) {
          case BINARY -> binary.add(sat, rnd.nextInt(10) < 3 + sat);
          case NPS -> nps.add(sat, rnd.nextInt(11));
          case NUMERIC -> num.add(sat, Math.round(rnd.nextDouble(-100, 1000) * 100) / 100.0);
        }
      }
      UpliftResult r =
          switch (outcome) {
            case BINARY -> binary.result();
            case NPS -> nps.result();
            case NUMERIC -> num.result();
          };
      strata.put("segment " + s, r);
    }
    return StratifiedUplift.of(strata);
  }

  @Test
  void goldenStratifiedUplift() {
    String golden = CxJsonTest.golden("stratified-uplift-1.0.json");
    StratifiedUplift r = JSON.readResult(golden, StratifiedUplift.class);
    assertThat(r).isEqualTo(golden());
    assertThat(r.excluded()).containsExactly("Jane Doe's shop");
    assertThat(r.pooledUplift()).isPresent();
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "stratified-uplift golden");
    // another writer may leave every derived figure out: the segments are the data
    String bare =
        "{\"cxkit\": \"1.0\", \"kind\": \"stratified-uplift\", \"segments\": "
            + golden
                .substring(golden.indexOf('[', golden.indexOf("\"segments\"")))
                .replaceFirst("(?s)\\],\\s*\"excluded\".*", "]}");
    assertThat(JSON.readResult(bare, StratifiedUplift.class)).isEqualTo(r);
    ResultSchemaTest.assertValid(bare, "stratified-uplift without derived figures");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedResultsRoundTrip(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    StratifiedUplift r = generate(rnd);
    AnalysisResultsTest.assertRoundTrips(r, seed);
    AnalysisResultsTest.assertRoundTrips(
        ResultSet.builder("segments").add("pooled", r).build(), seed);
  }

  /** {@code doc} with the first {@code from} replaced, which must be there. */
  static String replaceFirst(String doc, String from, String to) {
    String out = doc.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(out).as(from).isNotEqualTo(doc);
    return out;
  }

  private static CxJsonException fails(String doc) {
    return fails(doc, StratifiedUplift.class, "Jane", "north");
  }

  /**
   * Reads {@code doc} as {@code type}, which must fail without repeating any of {@code secrets}.
   */
  static CxJsonException fails(String doc, Class<?> type, String... secrets) {
    CxJsonException e =
        catchThrowableOfType(CxJsonException.class, () -> JSON.readResult(doc, type));
    assertThat(e).as(doc).isNotNull();
    for (String secret : secrets) {
      assertThat(e.getMessage()).doesNotContain(secret);
    }
    return e;
  }

  @Test
  void hostileDocumentsAreRejectedAndLocated() {
    String golden = CxJsonTest.golden("stratified-uplift-1.0.json");
    // a negative count inside a segment's uplift
    CxJsonException negative = fails(replaceFirst(golden, "\"n\": 3,", "\"n\": -3,"));
    assertThat(negative.pointer().orElseThrow()).startsWith("/segments/0/result/groups/");
    // a pooled figure that disagrees with the segments
    CxJsonException pooled =
        fails(golden.replaceFirst("\"pooledUplift\": [-0-9.E]+", "\"pooledUplift\": 99.5"));
    assertThat(pooled.pointer()).hasValue("/pooledUplift");
    // a segment said to be excluded that is not
    CxJsonException excluded =
        fails(
            replaceFirst(
                golden, "\"Jane Doe's shop\"\n  ]", "\"Jane Doe's shop\", \"north\"\n  ]"));
    assertThat(excluded.pointer()).hasValue("/excluded");
    // two segments of the same name: the position is named, never the name
    CxJsonException twice =
        fails(replaceFirst(golden, "\"segment\": \"south\"", "\"segment\": \"north\""));
    assertThat(twice.pointer()).hasValue("/segments");
    assertThat(twice.getMessage()).contains("segment 1");
    // a blank segment name
    CxJsonException blank =
        fails(replaceFirst(golden, "\"segment\": \"south\"", "\"segment\": \" \""));
    assertThat(blank.kind()).isEqualTo(Kind.MODEL);
    // segments of different outcome types
    String nps = JSON.writeResult(ResultGeneratorNps.nps());
    String mixed =
        replaceFirst(
            golden,
            golden.substring(
                golden.indexOf("\"result\": {", golden.indexOf("\"segment\": \"south\"")),
                golden.indexOf("\n      }\n    },", golden.indexOf("\"segment\": \"south\""))
                    + "\n      }".length()),
            "\"result\": " + nps.replaceFirst("\"cxkit\": \"1.0\",\\s*", ""));
    assertThat(fails(mixed).kind()).isEqualTo(Kind.MODEL);
    // no segment at all
    CxJsonException none =
        fails(golden.replaceFirst("(?s)\"segments\": \\[.*?\\n  \\],", "\"segments\": [],"));
    assertThat(none.pointer()).isPresent();
    // a nested result of another kind
    CxJsonException kind =
        fails(replaceFirst(golden, "\"kind\": \"delight-uplift\"", "\"kind\": \"nps-result\""));
    assertThat(kind.pointer().orElseThrow()).startsWith("/segments/0/result");
  }

  /** An NPS-outcome uplift, to mix into a numeric stratification. */
  private static final class ResultGeneratorNps {
    static UpliftResult nps() {
      DelightUplift.NpsTally t = DelightUplift.nps(Scale.CSAT).newTally();
      int[] sat = {5, 5, 4, 4, 2, 1};
      int[] nps = {10, 9, 7, 8, 3, 0};
      for (int i = 0; i < sat.length; i++) {
        t.add(sat[i], nps[i]);
      }
      return t.result();
    }
  }
}
