package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import org.cxkit.core.Scale;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;

/**
 * The stratified uplift's table (#11), in English and Finnish, on two segments worked by hand and
 * one with too little data.
 *
 * <p>The figures, by hand from Borenstein, Hedges, Higgins &amp; Rothstein (2009), <i>Introduction
 * to Meta-Analysis</i>, ch. 11 (fixed effect, w = 1/SE²), with each segment's SE² = p_d(1 −
 * p_d)/n_d + p_s(1 − p_s)/n_s in percentage points²:
 *
 * <ul>
 *   <li>new: 56/70 − 48/80 = 80 % − 60 % = +20.0; SE² = 22.857 + 30.000 = 52.857, SE 7.27;
 *   <li>regulars: 18/40 − 45/120 = 45 % − 37.5 % = +7.5; SE² = 61.875 + 19.531 = 81.406, SE 9.02;
 *   <li>weights: 81.406 / 134.263 = 60.6 % and 39.4 %; pooled 0.606·20 + 0.394·7.5 = +15.1, SE
 *       1/√(1/52.857 + 1/81.406) = 5.66, z 2.66, p 0.0077 (normal two-sided), 95 % interval 15.08 ±
 *       1.96·5.66 = 4.0..26.2;
 *   <li>the segments' own intervals are Newcombe's (1998) method 10, as {@code UpliftResult} gives
 *       them (checked against Newcombe's tables in cx-metrics).
 * </ul>
 */
class StratifiedTableTest {
  static UpliftResult binary(int dYes, int dN, int sYes, int sN) {
    DelightUplift.BinaryTally t = DelightUplift.binary(Scale.CSAT).newTally();
    for (int i = 0; i < dN; i++) {
      t.add(5, i < dYes);
    }
    for (int i = 0; i < sN; i++) {
      t.add(4, i < sYes);
    }
    return t.result();
  }

  /** Two segments that pool and one (two delighted, no satisfied) that cannot be weighed. */
  static StratifiedUplift threeSegments() {
    return StratifiedUplift.of(
        ImmutableMap.of(
            "new", binary(56, 70, 48, 80),
            "regulars", binary(18, 40, 45, 120),
            "walk-ins", binary(1, 2, 0, 0)));
  }

  @Test
  void eachSegmentThenThePooledUpliftWithItsTestAndMethod() {
    assertThat(TextReport.table(threeSegments()))
        .isEqualTo(
            """
            Stratified delight uplift (binary outcome, 3 segments, n=312)
              segment   n delighted  n satisfied  uplift (percentage points)    SE  95 % interval  weight %  note
              new                70           80                       +20.0  7.27      5.2..33.4      60.6
              regulars           40          120                        +7.5  9.02     -9.4..24.7      39.4
              walk-ins            2            0                           -     -              -         -  too little data: not pooled
              pooled uplift (delighted \u2212 satisfied): +15.1 percentage points
              [4.0, 26.2] 95% inverse-variance fixed effect
              SE 5.66, z 2.66, p 0.0077
              method: fixed-effect inverse-variance weighted mean of the segments' uplifts (Borenstein et al. 2009); a segment's weight is 1/SE\u00b2
              observational, not causal: delighted customers may differ in other ways
              terms: Newcombe = interval of a difference of two shares built from their Wilson intervals (Newcombe 1998)""");
  }

  @Test
  void withNoSegmentToWeighThereIsNoPooledUpliftAndNoTest() {
    String table =
        TextReport.table(StratifiedUplift.of(ImmutableMap.of("walk-ins", binary(1, 2, 0, 0))));
    assertThat(table)
        .isEqualTo(
            """
            Stratified delight uplift (binary outcome, 1 segment, n=2)
              segment   n delighted  n satisfied  uplift (percentage points)  SE  95 % interval  weight %  note
              walk-ins            2            0                           -   -              -         -  too little data: not pooled
              pooled uplift: none, no segment has data enough to be weighed
              method: fixed-effect inverse-variance weighted mean of the segments' uplifts (Borenstein et al. 2009); a segment's weight is 1/SE\u00b2
              observational, not causal: delighted customers may differ in other ways""");
  }

  @Test
  void renamedGroupsAndTheNamedUnitHeadTheColumns() {
    org.cxkit.metrics.analysis.Delight named =
        org.cxkit.metrics.analysis.Delight.topBox(Scale.CSAT).named("wowed", "content", "let down");
    DelightUplift.NumericTally a =
        DelightUplift.numeric(named).withOutcomeUnit("visits per year").newTally();
    DelightUplift.NumericTally b =
        DelightUplift.numeric(named).withOutcomeUnit("visits per year").newTally();
    for (double[] x : new double[][] {{5, 10}, {5, 14}, {4, 8}, {4, 10}}) {
      a.add((int) x[0], x[1]);
      b.add((int) x[0], x[1] + 1);
    }
    String table =
        TextReport.table(StratifiedUplift.of(ImmutableMap.of("a", a.result(), "b", b.result())));
    assertThat(table)
        .contains("n wowed  n content  uplift (visits per year)")
        .contains("pooled uplift (wowed \u2212 content): +3.0 visits per year");
  }

  @Test
  void finnish() {
    TextRenderer fi = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build();
    assertThat(fi.table(threeSegments()))
        .isEqualTo(
            """
            Ositettu ilahduttamisen hy\u00f6ty (kyll\u00e4/ei tulos, 3 osaa, n=312)
              osa       n ilahtuneet  n tyytyv\u00e4iset  hy\u00f6ty (prosenttiyksikk\u00f6\u00e4)  keskivirhe  95 %:n luottamusv\u00e4li  paino %  huomautus
              new                 70             80                      +20,0        7,27             5,2..33,4     60,6
              regulars            40            120                       +7,5        9,02            -9,4..24,7     39,4
              walk-ins             2              0                          -           -                     -        -  liian v\u00e4h\u00e4n tietoa: ei yhdistetty
              yhdistetty hy\u00f6ty (ilahtuneet \u2212 tyytyv\u00e4iset): +15,1 prosenttiyksikk\u00f6\u00e4
              [4,0, 26,2] 95 % inverse-variance fixed effect
              keskivirhe 5,66, z 2,66, p 0,0077
              menetelm\u00e4: osien hy\u00f6tyjen kiinte\u00e4n vaikutuksen k\u00e4\u00e4nteisvarianssipainotettu keskiarvo (Borenstein ym. 2009); osan paino on 1/keskivirhe\u00b2
              havainnoiva, ei syy-yhteys: ilahtuneet asiakkaat voivat erota muiltakin osin
              termit: Newcombe = kahden osuuden erotuksen luottamusv\u00e4li niiden Wilson-v\u00e4leist\u00e4 (Newcombe 1998)""");
  }
}
