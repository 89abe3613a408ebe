package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/**
 * The journey map draws what the model holds: Bitner, Ostrom and Morgan's hotel blueprint in its
 * four lanes and three lines, the journey map's experience curve on its stated scale. Pinned as a
 * golden file like the meetup's map (regenerate with {@code -Dcx.golden.update=true}).
 */
class BlueprintMapTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/hotel-map.svg");

  static String map(Journey j, Locale locale) {
    return new JourneyMap(j, Optional.empty(), Messages.load(locale)).svg() + "\n";
  }

  @Test
  void theHotelBlueprintIsDrawnInItsLanes() throws Exception {
    String svg = map(ReferenceModels.hotel().journeys().get(0), Locale.ENGLISH);
    if (Boolean.getBoolean("cx.golden.update")) {
      Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
    }
    assertThat(svg).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(svg)
        .contains("class=\"line-of-interaction\"")
        .contains("class=\"line-of-visibility\"")
        .contains("class=\"line-of-internal-interaction\"")
        .contains(">Customer actions<")
        .contains(">Support processes<")
        .contains("front desk: Processes registration")
        .contains("Registration system<")
        .doesNotContain("Registration system (Registration system)")
        .contains("Prepares food (Prepare food)")
        .contains("bellperson: Takes bags to room")
        // the blueprint's arrows (#17): room service triggers the kitchen, which enables the meal
        .contains(
            "<g class=\"dependency triggers\" id=\"dependency-0\" data-from=\"order-food\""
                + " data-to=\"kitchen\"><title>Call room service triggers Prepare food</title>")
        .contains("<g class=\"dependency enables\" id=\"dependency-1\"");
    assertThat(map(ReferenceModels.hotel().journeys().get(0), Locale.forLanguageTag("fi")))
        .contains(">Tukitoiminnot<")
        .contains("sis\u00e4isen vuorovaikutuksen raja");
  }

  /** A parallel group is a bracket over its members' cards, labelled in the report's language. */
  @Test
  void aParallelGroupIsABracketOverItsCards() {
    Journey clinic = org.cxkit.core.testing.Fixtures.clinicVisit();
    String svg = map(clinic, Locale.ENGLISH);
    // columns: book-online 0, walk-in 1, check-in 2, fill-in-form 3, show-insurance-card 4
    int x1 = JourneyMap.LEFT + 3 * JourneyMap.COLUMN + 4;
    int x2 = JourneyMap.LEFT + 4 * JourneyMap.COLUMN + JourneyMap.CARD_WIDTH - 4;
    int y = JourneyMap.CARD_Y - 16;
    assertThat(svg)
        .contains(
            "<g class=\"parallel-group\" id=\"parallel-0\" data-touchpoints=\"tp-fill-in-form"
                + " tp-show-insurance-card\"><title>in either order: at the front desk, in either"
                + " order</title><path d=\"M"
                + x1
                + ","
                + (y + 12)
                + " V"
                + y
                + " H"
                + x2
                + " V"
                + (y + 12)
                + "\"")
        .contains(">in either order</text>");
    assertThat(map(clinic, Locale.forLanguageTag("fi")))
        .contains(">miss\u00e4 tahansa j\u00e4rjestyksess\u00e4</text>");
    // the group's orders are not drawn as arcs; the designed transitions are
    assertThat(svg)
        .doesNotContain("data-from=\"tp-show-insurance-card\" data-to=\"tp-fill-in-form\"");
    assertThat(svg).contains("data-from=\"tp-show-insurance-card\" data-to=\"tp-self-pay\"");
    // a journey without groups has no bracket
    assertThat(map(ReferenceModels.hotel().journeys().get(0), Locale.ENGLISH))
        .doesNotContain("parallel-group");
  }

  @Test
  void theExperienceCurveIsDrawnOnItsScale() {
    Journey j = ReferenceModels.journeyMap().journeys().get(0);
    String svg = map(j, Locale.ENGLISH);
    // configure: intended 1.5, measured 0.5 on -2..2; delivery measured -1; first ride measured 2
    assertThat(svg).contains("class=\"emotion-intended\"").contains("class=\"emotion-measured\"");
    assertThat(svg).contains(">-2<").contains(">0<").contains(">2<");
    // measured points: y = 80 + (1 - (v + 2) / 4) * 110
    assertThat(svg)
        .contains("cy=\"121.3\"") // 0.5
        .contains("cy=\"162.5\"") // -1
        .contains("cy=\"80.0\""); // 2
    // the leisure rider's curve (#17): measured 1 at configure, its diamond's top at y - 5
    assertThat(svg)
        .contains("<g class=\"emotion-persona\" data-persona=\"leisure-rider\">")
        .contains(",102.5 l5,5 l-5,5 l-5,-5 z\" fill=\"#CC79A7\"");
    String fi = map(j, Locale.forLanguageTag("fi"));
    assertThat(fi).contains(">2<").contains("class=\"emotion-measured\"");
  }

  @Test
  void aJourneyWithoutLanesOrCurveIsDrawnAsBefore() {
    String svg = map(ReportFixtures.meetup().journeys().get(0), Locale.ENGLISH);
    assertThat(svg)
        .doesNotContain("line-of-interaction")
        .doesNotContain("emotion-intended")
        .doesNotContain("dependency")
        .doesNotContain("emotion-persona")
        .contains(">Frontstage<");
  }
}
