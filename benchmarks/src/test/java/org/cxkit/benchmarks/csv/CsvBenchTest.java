package org.cxkit.benchmarks.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one-pass runs compute NPS per touchpoint right (the figure they print is compared with the
 * peers'), on a small file shaped like {@code make_responses.py}'s, with touchpoints that get no
 * row.
 */
class CsvBenchTest {
  private static final int ROWS = 5_000;
  private static final int USED = 40;
  private static final int TOUCHPOINTS = 43;

  @TempDir static Path dir;
  static Path file;
  static double[] expected = new double[TOUCHPOINTS];

  @BeforeAll
  static void writeFile() throws IOException {
    file = dir.resolve("responses.csv");
    long[] n = new long[TOUCHPOINTS];
    long[] net = new long[TOUCHPOINTS];
    SplittableRandom random = new SplittableRandom(7);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("respondent,touchpoint,measure,score\n");
      for (int i = 0; i < ROWS; i++) {
        int tp = random.nextInt(USED);
        int score = random.nextInt(11);
        w.write(i + ",tp-" + tp + ",nps," + score + "\n");
        n[tp]++;
        net[tp] += score >= 9 ? 1 : score >= 7 ? 0 : -1;
      }
    }
    for (int tp = 0; tp < TOUCHPOINTS; tp++) {
      expected[tp] = n[tp] == 0 ? Double.NaN : 100.0 * net[tp] / n[tp];
    }
  }

  @Test
  void npsPerTouchpoint() {
    CsvNpsBench.Pass pass =
        CsvNpsBench.pass(ResponseCsv.builder().build(), file, CsvNpsBench.touchpoints(TOUCHPOINTS));

    assertThat(pass.report().rows()).isEqualTo(ROWS);
    assertThat(pass.report().accepted()).isEqualTo(ROWS);
    for (int tp = 0; tp < USED; tp++) {
      assertThat(pass.nps().get(tp)).as("tp-%s", tp).isCloseTo(expected[tp], within(1e-9));
    }
    for (int tp = USED; tp < TOUCHPOINTS; tp++) {
      assertThat(pass.nps().get(tp)).as("tp-%s has no rows", tp).isNaN();
    }
  }

  @Test
  void scorecardPerTouchpoint() {
    Scorecard card = CsvScorecardBench.scorecard(TOUCHPOINTS);
    CsvScorecardBench.Pass pass = CsvScorecardBench.pass(ResponseCsv.builder().build(), card, file);

    assertThat(pass.report().rows()).isEqualTo(ROWS);
    assertThat(pass.report().rejected()).isZero();
    ScorecardResult result = pass.result();
    assertThat(result.rows()).hasSize(TOUCHPOINTS);
    for (int tp = 0; tp < USED; tp++) {
      assertThat(result.rows().get(tp).touchpoint().value()).isEqualTo("tp-" + tp);
      assertThat(result.rows().get(tp).result().headline().orElseThrow())
          .as("tp-%s", tp)
          .isCloseTo(expected[tp], within(1e-9));
    }
    for (int tp = USED; tp < TOUCHPOINTS; tp++) {
      assertThat(result.rows().get(tp).result().headline()).as("tp-%s has no rows", tp).isEmpty();
    }
  }
}
