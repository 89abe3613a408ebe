package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cxkit.core.CxModel;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.JourneyComparison;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/**
 * The as-is journey beside its to-be version as text (#17), on the e-bike journey map. Worked by
 * hand from {@code ReferenceModels.journeyMap()}: the journey's own curve measures 0.5 at
 * configure, −1 at delivery and 2 at the first ride today, the to-be design intends 1.5, 1 and 2
 * there, so it rises by +1.0, +2.0 and 0.0; the leisure rider's curve (1, 0.5, 1.5 measured today;
 * 1, 1.5, 1 intended) rises by 0.0 and +1.0 and falls by −0.5 at the first ride; a family rider
 * drawn on the to-be map only is listed as such.
 */
class ComparisonTextTest {
  static JourneyComparison bike() {
    CxModel m = ReferenceModels.journeyMap();
    Journey asIs = m.journey("buy-e-bike").orElseThrow();
    Journey toBe =
        m.journey("buy-e-bike-future").orElseThrow().toBuilder()
            .personaCurve(
                PersonaCurve.of("leisure-rider")
                    .at("configure", Emotion.intended(1))
                    .at("delivery", Emotion.intended(1.5))
                    .at("first-ride", Emotion.intended(1)))
            .personaCurve(PersonaCurve.of("family-rider").at("delivery", Emotion.intended(1)))
            .build();
    return JourneyComparison.of(asIs, toBe);
  }

  @Test
  void eachCurveRowByRowThenWhereItRoseAndFell() {
    assertThat(TextReport.table(bike()))
        .isEqualTo(
            """
            Journey buy-e-bike beside its version buy-e-bike-future
              added: slot-choice
              removed: -
              moved to another stage: -
              curve                  touchpoint          as-is         to-be  rise
              journey                configure    0.5 measured  1.5 intended  +1.0
                                     delivery    -1.0 measured  1.0 intended  +2.0
                                     first-ride   2.0 measured  2.0 measured   0.0

              persona leisure-rider  configure    1.0 measured  1.0 intended   0.0
                                     delivery     0.5 measured  1.5 intended  +1.0
                                     first-ride   1.5 measured  1.0 intended  -0.5
              journey: rose at configure, delivery; fell at -
              persona leisure-rider: rose at delivery; fell at first-ride
              persona family-rider: drawn on the to-be journey only, not compared
              rise = the to-be value (intended, else measured) minus the as-is value (measured, else intended), on the journey's emotion scale""");
  }

  /** The reference map as it is: the to-be version draws no leisure rider, and says so. */
  @Test
  void aPersonaCurveOnTheAsIsJourneyOnlyIsListedNotDropped() {
    CxModel m = ReferenceModels.journeyMap();
    String text =
        TextReport.table(
            JourneyComparison.of(
                m.journey("buy-e-bike").orElseThrow(),
                m.journey("buy-e-bike-future").orElseThrow()));
    assertThat(text)
        .contains("persona leisure-rider: drawn on the as-is journey only, not compared")
        .doesNotContain("persona leisure-rider  configure");
  }

  @Test
  void aJourneyWithoutCurvesSaysSo() {
    Journey shine = ReferenceModels.shoeshine().journey("corner-shoeshine").orElseThrow();
    assertThat(TextReport.table(JourneyComparison.of(shine, shine)))
        .contains("journey  (no touchpoint with a point on both curves)")
        .doesNotContain("rose at");
  }

  @Test
  void finnish() {
    TextRenderer fi = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build();
    assertThat(fi.table(bike()))
        .isEqualTo(
            """
            Asiakaspolku buy-e-bike ja sen versio buy-e-bike-future
              lis\u00e4tty: slot-choice
              poistettu: -
              siirretty toiseen vaiheeseen: -
              k\u00e4yr\u00e4                   kosketuspiste      nykytila     tavoitetila  nousu
              polku                   configure       0,5 mitattu  1,5 tavoiteltu   +1,0
                                      delivery       -1,0 mitattu  1,0 tavoiteltu   +2,0
                                      first-ride      2,0 mitattu     2,0 mitattu    0,0

              persoona leisure-rider  configure       1,0 mitattu  1,0 tavoiteltu    0,0
                                      delivery        0,5 mitattu  1,5 tavoiteltu   +1,0
                                      first-ride      1,5 mitattu  1,0 tavoiteltu   -0,5
              polku: nousi kohdassa configure, delivery; laski kohdassa -
              persoona leisure-rider: nousi kohdassa delivery; laski kohdassa first-ride
              persoona family-rider: piirretty vain tavoitetilan polulle, ei verrattu
              nousu = tavoitetilan arvo (tavoiteltu, muuten mitattu) miinus nykytilan arvo (mitattu, muuten tavoiteltu), polun tunneasteikolla""");
  }
}
