package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation.DocumentPosition;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.api.Test;

/**
 * {@link XesLog} against a log written in the shape of PM4Py's running example (OpenXES header,
 * extensions, globals, classifiers; see {@code logs/waffle-orders.xes}), whose expected events are
 * worked out by hand from IEEE 1849-2016's concept, time and lifecycle extensions, and a write →
 * read round trip.
 */
class XesLogTest {
  static InputStream resource(String name) {
    return Objects.requireNonNull(XesLogTest.class.getResourceAsStream("logs/" + name), name);
  }

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static ReadReport read(XesLog xes, InputStream in, List<JourneyEvent> into) {
    return xes.read(in, into::add);
  }

  @Test
  void readsTheRunningExampleShape() {
    List<JourneyEvent> events = new ArrayList<>();
    ReadReport r = read(XesLog.builder().build(), resource("waffle-orders.xes"), events);
    // 8 events: one 'start' transition is skipped, none rejected
    assertThat(r.rows()).isEqualTo(8);
    assertThat(r.values()).isEqualTo(7);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.rejected()).isZero();
    assertThat(events)
        .extracting(e -> e.caseId().orElseThrow() + " " + e.step() + " " + e.time())
        .containsExactly(
            "1 browse-menu 2026-11-04T08:00:00Z",
            "1 place-order 2026-11-04T08:07:30Z",
            "1 pick-up 2026-11-04T08:30:00Z",
            "2 ask-about-allergens 2026-11-04T10:00:00Z",
            "2 call-the-cafe 2026-11-04T10:12:00Z",
            "2 place-order 2026-11-04T10:20:00Z",
            "3 browse-menu 2026-11-05T06:00:00Z");
    assertThat(events.get(1).attributes())
        .isEqualTo(Map.of("org:resource", "Web shop", "Costs", "12"));
    assertThat(events.get(6).attributes()).isEmpty();
    assertThat(events)
        .extracting(JourneyEvent::failed)
        .containsExactly(false, false, false, true, false, false, false);
    assertThat(events.get(0).customer()).isEmpty();
  }

  @Test
  void mappedActivitiesAndAdHocSteps() {
    List<JourneyEvent> events = new ArrayList<>();
    XesLog xes =
        XesLog.builder()
            .activities(Map.of("Browse menu", "menu", "Place order", "order", "Pick up", "pickup"))
            .build();
    read(xes, resource("waffle-orders.xes"), events);
    assertThat(events)
        .extracting(e -> e.step().toString())
        .containsExactly(
            "menu",
            "order",
            "pickup",
            "~\"Ask about allergens\"",
            "~\"Call the café\"",
            "order",
            "menu");
    assertThatThrownBy(() -> XesLog.builder().activity("a", "x").activity("a", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void slugsNames() {
    assertThat(Activities.slug("Register Request")).isEqualTo("register-request");
    assertThat(Activities.slug("  Crème brûlée!! 2x ")).isEqualTo("creme-brulee-2x");
    assertThat(Activities.slug("???")).isEmpty();
    assertThat(Activities.slug("日本")).isEmpty();
    String longName = "word ".repeat(30);
    assertThat(Activities.slug(longName)).hasSizeLessThanOrEqualTo(64).doesNotEndWith("-");
    assertThat(Activities.slug("x".repeat(100))).hasSize(64);
  }

  @Test
  void writesAndReadsBackEveryField() {
    Instant t0 = Instant.parse("2026-11-04T09:00:00Z");
    JourneyEvent a =
        JourneyEvent.builder()
            .caseId("case <1> & \"2\"")
            .customer("c-1")
            .touchpoint("sign-up")
            .time(t0)
            .channel(Channel.CHAT)
            .initiator(Initiator.CUSTOMER)
            .outcome(Outcome.FAILED)
            .attribute("note", "line one\nline\ttwo\r\n 😀 ]]> -->")
            .attribute("org:resource", "Pete")
            .build();
    JourneyEvent b =
        JourneyEvent.builder()
            .caseId("case <1> & \"2\"")
            .adHoc("Called the café")
            .time(t0.plusNanos(1_500))
            .outcome(Outcome.COMPLETED)
            .build();
    JourneyEvent c = JourneyEvent.builder().session("s-9").touchpoint("pay").time(t0).build();
    List<ActualJourney> journeys =
        List.of(
            ActualJourney.of(Grain.CASE, "case <1> & \"2\"", List.of(a, b)),
            ActualJourney.of(Grain.session(java.time.Duration.ofMinutes(30)), "s-9", List.of(c)));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XesLog.write(journeys, out);
    List<JourneyEvent> back = new ArrayList<>();
    ReadReport r =
        read(
            XesLog.builder().activity("unused", "x").build(),
            new ByteArrayInputStream(out.toByteArray()),
            back);
    assertThat(back).containsExactly(a, b, c);
    assertThat(r.values()).isEqualTo(3);
    String xml = out.toString(StandardCharsets.UTF_8);
    assertThat(xml)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<log xes.version=\"1849-2016\"")
        .contains("<string key=\"concept:name\" value=\"Called the café\"/>")
        .contains("<date key=\"time:timestamp\" value=\"2026-11-04T09:00:00Z\"/>");
  }

  @Test
  void writerRefusesWhatXmlCannotCarry() {
    JourneyEvent bad =
        JourneyEvent.builder()
            .caseId("k")
            .touchpoint("a")
            .time(Instant.EPOCH)
            .attribute("x", "bell \u0007")
            .build();
    assertThatThrownBy(
            () ->
                XesLog.write(
                    List.of(ActualJourney.of(Grain.CASE, "k", List.of(bad))),
                    new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("bell");
    JourneyEvent reserved =
        JourneyEvent.builder()
            .caseId("k")
            .touchpoint("a")
            .time(Instant.EPOCH)
            .attribute("cx:channel", "WEB")
            .build();
    assertThatThrownBy(
            () ->
                XesLog.write(
                    List.of(ActualJourney.of(Grain.CASE, "k", List.of(reserved))),
                    new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static final String BAD =
      "<log>\n"
          + "<trace><string key=\"concept:name\" value=\"k\"/>\n"
          + "<event><string key=\"concept:name\" value=\"A\"/></event>\n"
          + "<event><string key=\"concept:name\" value=\"A\"/>"
          + "<date key=\"time:timestamp\" value=\"qzyesterday\"/></event>\n"
          + "<event><date key=\"time:timestamp\" value=\"2026-01-01T00:00:00\"/></event>\n"
          + "<event><string key=\"concept:name\" value=\"A\"/>"
          + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00\"/>"
          + "<string key=\"cx:channel\" value=\"qzpigeon\"/></event>\n"
          + "<event><string key=\"concept:name\" value=\"A\"/>"
          + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00\"/></event>\n"
          + "</trace>\n"
          + "<trace>\n"
          + "<event><string key=\"concept:name\" value=\"A\"/>"
          + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00+0200\"/></event>\n"
          + "</trace>\n"
          + "</log>";

  @Test
  void collectsBadEventsWithTheirLocationAndGoesOn() {
    List<JourneyEvent> events = new ArrayList<>();
    ReadReport r =
        read(
            XesLog.builder()
                .onBadInput(BadInput.collect(10))
                .zone(ZoneId.of("Europe/Helsinki"))
                .build(),
            utf8(BAD),
            events);
    assertThat(r.rows()).isEqualTo(6);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(5);
    assertThat(r.rejects())
        .extracting(Object::toString)
        .containsExactly(
            "/trace/0/event/0 (line 3, column 8): event without a time:timestamp",
            "/trace/0/event/1 (line 4, column 8): time:timestamp is not a date and time: expected"
                + " ISO 8601 such as 2010-12-30T11:02:00.000+01:00",
            "/trace/0/event/2 (line 5, column 8): event without a concept:name: expected the"
                + " activity",
            "/trace/0/event/3 (line 6, column 8): cx:channel is not one of "
                + java.util.Arrays.toString(Channel.values()),
            "/trace/1/event/0 (line 10, column 8): trace without a concept:name: expected the case"
                + " id");
    // a local time is read in the zone given: Helsinki is UTC+2 in January
    assertThat(events)
        .extracting(JourneyEvent::time)
        .containsExactly(Instant.parse("2025-12-31T22:00:00Z"));

    BadInputException e =
        catchThrowableOfType(
            BadInputException.class, () -> read(XesLog.builder().build(), utf8(BAD), events));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(((DocumentPosition) e.location().orElseThrow()).pointer())
        .isEqualTo("/trace/0/event/0");
    for (Object o : r.rejects()) {
      assertThat(o.toString()).doesNotContain("qz");
    }
  }

  @Test
  void aTraceOverTheEventLimitIsRejectedWhole() {
    StringBuilder xml = new StringBuilder("<log><trace><string key=\"concept:name\" value=\"k\"/>");
    String event =
        "<event><string key=\"concept:name\" value=\"A\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-01-01T00:00:00Z\"/></event>";
    xml.append(event.repeat(5)).append("</trace><trace><string key=\"concept:name\" value=\"j\"/>");
    xml.append(event.repeat(3)).append("</trace></log>");
    XmlLimits limits = XmlLimits.DEFAULTS.withMaxEventsPerJourney(4);
    List<JourneyEvent> events = new ArrayList<>();
    ReadReport r =
        read(
            XesLog.builder().limits(limits).onBadInput(BadInput.collect(5)).build(),
            utf8(xml.toString()),
            events);
    assertThat(r.rows()).isEqualTo(8);
    assertThat(r.rejected()).isEqualTo(5);
    assertThat(r.rejects()).hasSize(1);
    assertThat(r.rejects().get(0).reason()).contains("limit of 4");
    assertThat(events).hasSize(3).allMatch(x -> x.caseId().orElseThrow().equals("j"));
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> read(XesLog.builder().limits(limits).build(), utf8(xml.toString()), events));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
  }

  @Test
  void refusesWhatIsNotAnXesLog() {
    for (String doc :
        List.of(
            "<ocel/>",
            "<!DOCTYPE log [<!ENTITY x \"y\">]><log/>",
            "<log></log><log/>",
            "<log><trace>")) {
      BadInputException e =
          catchThrowableOfType(
              BadInputException.class,
              () ->
                  read(
                      XesLog.builder().onBadInput(BadInput.collect(5)).build(),
                      utf8(doc),
                      new ArrayList<>()));
      assertThat(e).as(doc).isNotNull();
    }
    assertThat(read(XesLog.builder().build(), utf8("<log/>"), new ArrayList<>()).rows()).isZero();
  }
}
