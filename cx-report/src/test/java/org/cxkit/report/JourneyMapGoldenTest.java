package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SVG of cx-core's small meetup journey with fixed scores, pinned byte for byte: ids and
 * coordinates depend on the journey and its scores only, so a change to the drawing shows as a
 * reviewable diff of {@code src/test/resources/golden/meetup-map.svg}. After an intended change,
 * regenerate it with {@code mvn -pl cx-report -am verify -Dtest=JourneyMapGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcx.golden.update=true} and review the diff.
 */
class JourneyMapGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden/meetup-map.svg");

  static String meetupMap() {
    return new JourneyMap(
                ReportFixtures.meetup().journeys().get(0),
                Optional.of(ReportFixtures.meetupCard()),
                Messages.load(Locale.ENGLISH))
            .svg()
        + "\n";
  }

  @Test
  void theMeetupsMapIsTheGoldenFile() throws Exception {
    String svg = meetupMap();
    if (Boolean.getBoolean("cx.golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, svg, StandardCharsets.UTF_8);
    }
    assertThat(svg).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
    assertThat(meetupMap()).as("the same map twice").isEqualTo(svg);
  }
}
