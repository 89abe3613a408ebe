package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cxkit.core.CxModel;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.testing.ReferenceModels;
import org.cxkit.metrics.analysis.OperationalFigures;
import org.cxkit.metrics.analysis.OperationalResult;
import org.junit.jupiter.api.Test;

/** The operational figures' table on Shostack's shoeshine, in English and Finnish. */
class OperationalTableTest {
  private static final CxModel MODEL = ReferenceModels.shoeshine();

  /** Ten timed shines on the outer episode, and three on the first step. */
  static OperationalResult shines(String journey, String touchpoint, double... seconds) {
    OperationalFigures.State s =
        OperationalFigures.of(
                MODEL.journey(journey).orElseThrow(), MODEL.operationalMeasures().get(0))
            .withMinimumN(10)
            .newState();
    for (double x : seconds) {
      s.add(TouchpointId.of(touchpoint), x);
    }
    return s.result();
  }

  static final double[] TEN = {95, 110, 118, 124, 131, 140, 152, 167, 185, 240};

  /**
   * The figures are those of cx-metrics' OperationalFiguresTest (mean 146.2, t interval
   * 115.8..176.6, the median's ranks 2 and 9), the quantiles as the sketch keeps them (within 1 %
   * of 131, 110, 185); this pins the layout.
   */
  @Test
  void theShineIsWithinToleranceAndTheTableSaysWhatItUsed() {
    String table = TextReport.table(shines("corner-shoeshine", "shoeshine", TEN));
    assertThat(table)
        .isEqualTo(
            """
            Operational measure execution-time in s (minimum n 10)
              touchpoint   n   mean  95 % interval  median  95 % interval    p90  95 % interval  target                        status
              shoeshine   10  146.2   115.8..176.6   130.3   111.1..186.8  186.8              -  mean 120.0, tolerating 300.0  within tolerance
              terms: t = Student's t interval of a mean; order statistics = distribution-free interval of a quantile between two ranked values (Conover 1999); median and p90 = nearest-rank quantiles, kept in a sketch to within 1 % (DDSketch)""");
  }

  @Test
  void stepsWithoutValuesAndWithTooFewAreVisible() {
    String table = TextReport.table(shines("shoeshine-steps", "brush-shoes", 28, 35, 31));
    assertThat(table)
        .isEqualTo(
            """
            Operational measure execution-time in s (minimum n 10)
              touchpoint       n  mean  95 % interval  median  95 % interval   p90  95 % interval  target     status
              brush-shoes      3  31.3     22.6..40.1    30.9              -  34.8              -  mean 30.0  too few values
              apply-polish     0     -              -       -              -     -              -  mean 30.0  no values
              buff             0     -              -       -              -     -              -  mean 45.0  no values
              collect-payment  0     -              -       -              -     -              -  mean 15.0  no values
              terms: t = Student's t interval of a mean; order statistics = distribution-free interval of a quantile between two ranked values (Conover 1999); median and p90 = nearest-rank quantiles, kept in a sketch to within 1 % (DDSketch)""");
  }

  @Test
  void finnish() {
    TextRenderer fi = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build();
    assertThat(fi.table(shines("corner-shoeshine", "shoeshine", TEN)))
        .isEqualTo(
            """
            Operatiivinen mittari execution-time, yksikkö s (vähimmäis-n 10)
              kosketuspiste   n  keskiarvo  95 %:n luottamusväli  mediaani  95 %:n luottamusväli    p90  95 %:n luottamusväli  tavoite                            tila
              shoeshine      10      146,2          115,8..176,6     130,3          111,1..186,8  186,8                     -  keskiarvo 120,0, toleranssi 300,0  toleranssin sisällä
              termit: t = keskiarvon Studentin t-luottamusväli; order statistics = kvantiilin jakaumasta riippumaton luottamusväli kahden järjestetyn arvon välillä (Conover 1999); mediaani ja p90 = järjestyslukuun perustuvat kvantiilit, säilytetty 1 %:n tarkkuudella (DDSketch)""");
  }
}
