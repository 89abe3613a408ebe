package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.journeys.Conformance;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.PathsResult;
import org.junit.jupiter.api.Test;

/** The text views of conformance and paths: their layout, in English and Finnish. */
class JourneyTextTest {
  private static final Instant T0 = Instant.parse("2026-11-04T15:00:00Z");

  private static EventLog log() {
    String[] main = {
      "hear-about",
      "event-page",
      "rsvp",
      "reminder",
      "check-in",
      "talk",
      "networking",
      "slides",
      "survey"
    };
    List<JourneyEvent> events = new java.util.ArrayList<>();
    for (int i = 0; i < main.length; i++) {
      events.add(JourneyEvent.of("a", main[i], T0.plusSeconds(60L * i)));
      if (i != 6) { // b skips networking
        events.add(JourneyEvent.of("b", main[i], T0.plusSeconds(90L * i)));
      }
    }
    events.add(JourneyEvent.of("c", "hear-about", T0, Channel.CHAT, Outcome.FAILED));
    events.add(
        JourneyEvent.builder()
            .customer("c")
            .adHoc("called a friend")
            .time(T0.plusSeconds(30))
            .channel(Channel.PHONE)
            .build());
    return EventLog.of(Grain.CUSTOMER, events);
  }

  @Test
  void conformanceReadsAsATable() {
    ConformanceResult r =
        log().journeys().stream().collect(Conformance.of(Fixtures.firstVisit()).collector());
    String text = TextReport.table(r);
    String[] lines = text.split("\n");
    assertThat(lines[0])
        .startsWith("Conformance of 3 journeys to 'first-visit': fitness ")
        .contains("1 follow the design exactly (33.3 %)");
    assertThat(lines[1])
        .matches("  touchpoint +stage +met +failing +out of order +missing \\(journeys\\)");
    assertThat(text)
        .contains("  networking ")
        .contains("ad hoc steps (not in the design):\n  ~\"called a friend\": 1")
        .contains("designed moves nobody took:\n  check-in -> helpdesk")
        .doesNotEndWith("\n");
    String fi = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build().table(r);
    assertThat(fi).startsWith("3 polun vastaavuus suunnitelmaan 'first-visit': sopivuus ");
  }

  @Test
  void pathsReadAsTables() {
    PathsResult r = log().journeys().stream().collect(JourneyPaths.create().collector());
    String text = TextReport.table(r);
    assertThat(text.split("\n")[0]).isEqualTo("Paths of 3 journeys, 19 events, 3 variants");
    assertThat(text)
        .contains(
            "directly follows (time between, elapsed whatever the time zone: nearest-rank median"
                + " and p90):")
        .contains("most frequent variants:\n  1 × hear-about > event-page")
        .contains("channel after a failed event:\n  CHAT -> PHONE: 1");
    assertThat(text.split("\n")[1]).matches("  step +events +journeys +starts +ends +drop-off");
  }
}
