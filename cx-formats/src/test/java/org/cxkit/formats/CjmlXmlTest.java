package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.api.Test;

/**
 * {@link CjmlXml} on actual journeys in the shape of CJML's published data format ({@code
 * logs/waffle-journeys.cjml.xml}), with the events and compliance worked out by hand, and a write →
 * read round trip.
 */
class CjmlXmlTest {
  static InputStream resource() {
    return Objects.requireNonNull(
        CjmlXmlTest.class.getResourceAsStream("logs/waffle-journeys.cjml.xml"));
  }

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheSample() {
    List<CjmlXml.Journey> journeys = new ArrayList<>();
    ReadReport r = CjmlXml.builder().build().readJourneys(resource(), journeys::add);
    assertThat(r.rows()).isEqualTo(5);
    assertThat(r.values()).isEqualTo(4);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(journeys).hasSize(1);
    CjmlXml.Journey j = journeys.get(0);
    assertThat(j.id()).isEqualTo("AJ1");
    assertThat(j.missing()).containsExactly(TouchpointId.of("tp4"));
    assertThat(j.events())
        .extracting(
            e ->
                e.step()
                    + " "
                    + e.time()
                    + " "
                    + e.channel().map(Channel::name).orElse("-")
                    + " "
                    + e.initiator().map(Initiator::name).orElse("-")
                    + " "
                    + e.outcome().map(Outcome::name).orElse("-"))
        .containsExactly(
            "tp1 2026-11-04T09:00:00Z WEB CUSTOMER COMPLETED",
            "tp2 2026-11-04T09:05:00Z CHAT CUSTOMER FAILED",
            "~\"Calls the café\" 2026-11-04T09:12:00Z PHONE CUSTOMER -",
            "tp3 2026-11-04T09:40:00Z - ORGANISATION COMPLETED");
    assertThat(j.events())
        .allMatch(
            e ->
                e.caseId().orElseThrow().equals("AJ1")
                    && e.customer().orElseThrow().equals("Carl"));
    List<JourneyEvent> events = new ArrayList<>();
    assertThat(CjmlXml.builder().build().read(resource(), events::add)).isEqualTo(r);
    assertThat(events).isEqualTo(j.events());
  }

  @Test
  void mappedTouchpoints() {
    List<CjmlXml.Journey> journeys = new ArrayList<>();
    CjmlXml.builder()
        .touchpoint("TP1", "menu")
        .touchpoint("TP4", "pickup")
        .build()
        .readJourneys(resource(), journeys::add);
    CjmlXml.Journey j = journeys.get(0);
    assertThat(j.events())
        .extracting(e -> e.step().toString())
        .containsExactly(
            "menu", "~\"Asks about allergens\"", "~\"Calls the café\"", "~\"Bakes the order\"");
    assertThat(j.missing()).containsExactly(TouchpointId.of("pickup"));
  }

  @Test
  void channelNames() {
    assertThat(CjmlXml.channel("Social media")).isEqualTo(Channel.SOCIAL_MEDIA);
    assertThat(CjmlXml.channel(" face-to-face ")).isEqualTo(Channel.FACE_TO_FACE);
    assertThat(CjmlXml.channel("E-mail")).isEqualTo(Channel.EMAIL);
    assertThat(CjmlXml.channel("carrier pigeon")).isEqualTo(Channel.OTHER);
  }

  @Test
  void writesAndReadsBack() {
    Instant t = Instant.parse("2026-11-04T09:00:00Z");
    JourneyEvent.Builder base = JourneyEvent.builder().caseId("j & <1>").customer("c-1");
    List<JourneyEvent> events =
        List.of(
            base.touchpoint("menu")
                .time(t)
                .channel(Channel.WEB)
                .initiator(Initiator.CUSTOMER)
                .outcome(Outcome.COMPLETED)
                .build(),
            JourneyEvent.builder()
                .caseId("j & <1>")
                .customer("c-1")
                .touchpoint("chat")
                .time(t.plusSeconds(60))
                .channel(Channel.CHAT)
                .initiator(Initiator.CUSTOMER)
                .outcome(Outcome.FAILED)
                .build(),
            JourneyEvent.builder()
                .caseId("j & <1>")
                .customer("c-1")
                .adHoc("Rang \"the\" café\n")
                .time(t.plusSeconds(120))
                .channel(Channel.PHONE)
                .initiator(Initiator.CUSTOMER)
                .build(),
            JourneyEvent.builder()
                .caseId("j & <1>")
                .customer("c-1")
                .touchpoint("bake")
                .time(t.plusSeconds(180))
                .initiator(Initiator.ORGANISATION)
                .build(),
            JourneyEvent.builder()
                .caseId("j & <1>")
                .customer("c-1")
                .touchpoint("deliver")
                .time(t.plusSeconds(240))
                .initiator(Initiator.THIRD_PARTY)
                .outcome(Outcome.COMPLETED)
                .build());
    CjmlXml.Journey written =
        CjmlXml.Journey.of(
            ActualJourney.of(Grain.CASE, "j & <1>", events), List.of(TouchpointId.of("pickup")));
    CjmlXml.Journey other =
        CjmlXml.Journey.of(
            ActualJourney.of(
                Grain.CASE,
                "j2",
                List.of(JourneyEvent.builder().caseId("j2").touchpoint("menu").time(t).build())));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CjmlXml.write(List.of(written, other), out);
    List<CjmlXml.Journey> back = new ArrayList<>();
    ReadReport r =
        CjmlXml.builder()
            .build()
            .readJourneys(new ByteArrayInputStream(out.toByteArray()), back::add);
    assertThat(back.get(0).events()).containsExactlyElementsOf(written.events());
    assertThat(back).containsExactly(written, other);
    assertThat(r.rows()).isEqualTo(7);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CJML version=\"2.0\">")
        .contains("<compliance>failing</compliance>")
        .contains("<compliance>adhoc</compliance>")
        .contains("<compliance>missing</compliance>");
  }

  static final String BAD =
      "<CJML version=\"1.1\">\n"
          + "<actualJourney><journeyID>A</journeyID><touchpoints>\n"
          + "<actualAction><touchpointID>T1</touchpointID></actualAction>\n"
          + "<actualAction><touchpointID>T2</touchpointID><compliance>qzmaybe</compliance>"
          + "<timeStarted>2026-01-01T00:00:00Z</timeStarted></actualAction>\n"
          + "<actualAction><touchpointID>T3</touchpointID>"
          + "<timeStarted>qzsoon</timeStarted></actualAction>\n"
          + "<actualAction><touchpointID>T4</touchpointID>"
          + "<timeStarted>2026-01-01T00:00:00Z</timeStarted></actualAction>\n"
          + "</touchpoints></actualJourney>\n"
          + "<actualJourney><touchpoints>\n"
          + "<actualAction><touchpointID>T1</touchpointID></actualAction>\n"
          + "<actualAction><touchpointID>T2</touchpointID></actualAction>\n"
          + "</touchpoints></actualJourney>\n"
          + "</CJML>";

  @Test
  void collectsBadTouchpointsAndJourneys() {
    List<CjmlXml.Journey> journeys = new ArrayList<>();
    ReadReport r =
        CjmlXml.builder()
            .onBadInput(BadInput.collect(10))
            .build()
            .readJourneys(utf8(BAD), journeys::add);
    assertThat(r.rows()).isEqualTo(6);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejects())
        .extracting(Object::toString)
        .containsExactly(
            "/actualJourney/0/touchpoints/0 (line 3, column 15): touchpoint without a timestamp",
            "/actualJourney/0/touchpoints/1 (line 4, column 15): compliance is not one of"
                + " completed, missing, failing, adhoc",
            "/actualJourney/0/touchpoints/2 (line 5, column 15): timeStarted is not a date and"
                + " time: expected ISO 8601 such as 2010-12-30T11:02:00.000+01:00",
            "/actualJourney/1 (line 8, column 16): actual journey without a journeyID");
    assertThat(journeys).hasSize(1);
    assertThat(journeys.get(0).events()).hasSize(1);
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class, () -> CjmlXml.builder().build().read(utf8(BAD), x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.getMessage()).doesNotContain("qz");
    BadInputException limit =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                CjmlXml.builder()
                    .limits(XmlLimits.DEFAULTS.withMaxEventsPerJourney(3))
                    .build()
                    .read(utf8(BAD), x -> {}));
    assertThat(limit.kind()).isEqualTo(Kind.LIMIT);
    assertThat(
            catchThrowableOfType(
                    BadInputException.class,
                    () -> CjmlXml.builder().build().read(utf8("<log/>"), x -> {}))
                .reason())
        .contains("<CJML>");
  }
}
