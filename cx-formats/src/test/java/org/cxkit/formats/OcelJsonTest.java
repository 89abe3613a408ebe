package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link OcelJson} on a small OCEL 2.0 log ({@code logs/ocel2-waffles.json}, written for cxkit in
 * the JSON shape of the OCEL 2.0 specification's examples), whose journeys per object type are
 * worked out by hand; and the shipped schema, written from the specification, checked against the
 * reader: a change the schema rejects is refused by the reader too.
 */
class OcelJsonTest {
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(text("/org/cxkit/formats/ocel-2.0.schema.json"), InputFormat.JSON);
  static final String SAMPLE = text("/org/cxkit/formats/logs/ocel2-waffles.json");

  static String text(String resource) {
    try (InputStream in =
        Objects.requireNonNull(OcelJsonTest.class.getResourceAsStream(resource), resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  static ReadReport read(OcelJson ocel, String json, List<JourneyEvent> into) {
    return ocel.read(utf8(json), into::add);
  }

  @Test
  void theSampleValidatesAgainstTheSchema() {
    assertThat(SCHEMA.validate(SAMPLE, InputFormat.JSON)).isEmpty();
  }

  @Test
  void customersJourneys() {
    List<JourneyEvent> events = new ArrayList<>();
    ReadReport r = read(OcelJson.builder().objectType("customer").build(), SAMPLE, events);
    // e1 (c1), e2 (c1), e3 (order only: skipped), e4 (c1 and c2: two journey events)
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.values()).isEqualTo(4);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.rejected()).isZero();
    assertThat(events)
        .extracting(e -> e.caseId().orElseThrow() + " " + e.step() + " " + e.time())
        .containsExactly(
            "c1 browse-menu 2026-11-04T09:00:00Z",
            "c1 place-order 2026-11-04T09:05:00Z",
            "c1 browse-menu 2026-11-04T09:01:00Z",
            "c2 browse-menu 2026-11-04T09:01:00Z");
    assertThat(events.get(1).attributes()).isEqualTo(Map.of("items", "3"));
  }

  @Test
  void ordersJourneysWithMappedEventTypes() {
    List<JourneyEvent> events = new ArrayList<>();
    ReadReport r =
        read(
            OcelJson.builder().objectType("order").activity("Place order", "order").build(),
            SAMPLE,
            events);
    assertThat(r.values()).isEqualTo(2);
    assertThat(r.skipped()).isEqualTo(2);
    assertThat(events)
        .extracting(e -> e.caseId().orElseThrow() + " " + e.step())
        .containsExactly("o1 order", "o1 ~\"Bake\"");
  }

  @Test
  void eventsBeforeObjects(@TempDir Path dir) throws IOException {
    int events = SAMPLE.indexOf("\"events\"");
    int objects = SAMPLE.indexOf("\"objects\"");
    String reordered =
        SAMPLE.substring(0, objects)
            + SAMPLE.substring(events, SAMPLE.lastIndexOf('}')).strip()
            + ",\n  "
            + SAMPLE.substring(objects, events).strip().replaceAll(",$", "")
            + "\n}";
    assertThat(SCHEMA.validate(reordered, InputFormat.JSON)).isEmpty();
    Path file = dir.resolve("log.json");
    Files.writeString(file, reordered);
    OcelJson ocel = OcelJson.builder().objectType("customer").build();
    List<JourneyEvent> fromFile = new ArrayList<>();
    ReadReport r = ocel.read(file, fromFile::add);
    List<JourneyEvent> inOrder = new ArrayList<>();
    assertThat(r).isEqualTo(read(ocel, SAMPLE, inOrder));
    assertThat(fromFile).isEqualTo(inOrder);
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class, () -> read(ocel, reordered, new ArrayList<>()));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.reason()).contains("events before objects");
  }

  /**
   * Each row: a change to the sample that the schema rejects, and whether the reader, collecting,
   * rejects one event for it (else it fails the whole document).
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"time\": \"2026-11-04T09:00:00Z\"|\"time\": 5|true",
        "\"time\": \"2026-11-04T09:00:00Z\"|\"time\": \"yesterday\"|true",
        "{\"id\": \"e1\", |{|true",
        "\"type\": \"Bake\", |\"type\": [\"Bake\"], |true",
        "{\"objectId\": \"c1\", \"qualifier\": \"visitor\"}]}|{\"objectId\": \"c1\"}]}|true",
        "\"attributes\": [{\"name\": \"items\", \"value\": 3}]|\"attributes\": [{\"name\": \"items\", \"value\": null}]|true",
        "\"attributes\": [{\"name\": \"items\", \"value\": 3}]|\"attributes\": {}|true",
        "\"type\": \"float\"|\"type\": \"double\"|false",
        "{\"id\": \"c2\", \"type\": \"customer\"}|{\"id\": \"c2\"}|false",
        "\"eventTypes\"|\"eventKinds\"|false",
        "\"value\": \"regular\"|\"value\": {}|false",
        "\"time\": \"1970-01-01T00:00:00Z\", |\"when\": \"1970-01-01T00:00:00Z\", |false",
      })
  void whatTheSchemaRejectsTheReaderRefuses(String from, String to, boolean oneEvent) {
    assertThat(SAMPLE).contains(from);
    String changed = SAMPLE.replace(from, to);
    assertThat(SCHEMA.validate(changed, InputFormat.JSON)).as("schema errors").isNotEmpty();
    OcelJson collecting =
        OcelJson.builder().objectType("customer").onBadInput(BadInput.collect(5)).build();
    if (oneEvent) {
      ReadReport r = read(collecting, changed, new ArrayList<>());
      assertThat(r.rejected()).isEqualTo(1);
      assertThat(r.rows()).isEqualTo(4);
      assertThat(r.rejects().get(0).location().toString()).startsWith("/events/");
    } else {
      assertThatThrownBy(() -> read(collecting, changed, new ArrayList<>()))
          .isInstanceOf(BadInputException.class);
    }
  }

  /**
   * A time without an offset is read in the reader's zone (UTC unless set); one with an offset
   * keeps its own, whatever the zone. Helsinki is UTC+2 on 4 November 2026 (EET; summer time ended
   * on 25 October).
   */
  @Test
  void timesWithoutAnOffsetAreReadInTheGivenZone() {
    String local =
        SAMPLE.replace("\"time\": \"2026-11-04T09:00:00Z\"", "\"time\": \"2026-11-04T09:00:00\"");
    assertThat(local).isNotEqualTo(SAMPLE);
    List<JourneyEvent> utc = new ArrayList<>();
    read(OcelJson.builder().objectType("customer").build(), local, utc);
    List<JourneyEvent> helsinki = new ArrayList<>();
    OcelJson inHelsinki =
        OcelJson.builder().objectType("customer").zone(ZoneId.of("Europe/Helsinki")).build();
    read(inHelsinki, local, helsinki);
    assertThat(utc.get(0).time()).isEqualTo(Instant.parse("2026-11-04T09:00:00Z"));
    assertThat(helsinki.get(0).time()).isEqualTo(Instant.parse("2026-11-04T07:00:00Z"));
    // e2 is written with +01:00: the zone does not move it
    assertThat(helsinki.get(1).time()).isEqualTo(Instant.parse("2026-11-04T09:05:00Z"));
    assertThat(helsinki.get(1).time()).isEqualTo(utc.get(1).time());
    assertThat(inHelsinki.toString()).contains("Europe/Helsinki");
  }

  @Test
  void whatTheSchemaAcceptsTheReaderReads() {
    for (String changed :
        List.of(
            SAMPLE.replace("\"id\": \"e1\", ", "\"id\": \"e1\", \"extra\": {\"x\": [1]}, "),
            SAMPLE.replace("\"time\": \"2026-11-04T09:00:00Z\"", "\"time\": \"2026-11-04T09:00\""),
            SAMPLE.replace(
                ", \"attributes\": [],\n     \"relationships\": [{\"objectId\": \"o1\"",
                ",\n     \"relationships\": [{\"objectId\": \"o1\""),
            SAMPLE.replace("\"value\": 3", "\"value\": true"))) {
      assertThat(SCHEMA.validate(changed, InputFormat.JSON)).isEmpty();
      ReadReport r =
          read(OcelJson.builder().objectType("customer").build(), changed, new ArrayList<>());
      assertThat(r.rows()).isEqualTo(4);
    }
  }

  @Test
  void refusesUndeclaredTypesMalformedJsonAndOverLimits() {
    OcelJson ocel =
        OcelJson.builder().objectType("customer").onBadInput(BadInput.collect(5)).build();
    // an event type the log does not declare
    ReadReport r =
        read(ocel, SAMPLE.replace("\"type\": \"Bake\"", "\"type\": \"Fry\""), new ArrayList<>());
    assertThat(r.rejects())
        .extracting(x -> x.toString())
        .containsExactly(
            "/events/2/type (line 23, column 26): event type not declared in eventTypes");
    assertThat(
            catchThrowableOfType(
                    BadInputException.class,
                    () ->
                        read(
                            OcelJson.builder().objectType("ticket").build(),
                            SAMPLE,
                            new ArrayList<>()))
                .reason())
        .contains("not declared");
    assertThat(
            catchThrowableOfType(
                    BadInputException.class, () -> read(ocel, "{\"objects\": [", new ArrayList<>()))
                .kind())
        .isEqualTo(Kind.SYNTAX);
    BadInputException dup =
        catchThrowableOfType(
            BadInputException.class,
            () -> read(ocel, "{\"objects\": [], \"objects\": []}", new ArrayList<>()));
    assertThat(dup.reason()).isEqualTo("duplicate property");
    assertThat(
            catchThrowableOfType(BadInputException.class, () -> read(ocel, "[]", new ArrayList<>()))
                .kind())
        .isEqualTo(Kind.STRUCTURE);
    String deep = "{\"objectTypes\": " + "[".repeat(50) + "]".repeat(50) + "}";
    assertThat(
            catchThrowableOfType(BadInputException.class, () -> read(ocel, deep, new ArrayList<>()))
                .kind())
        .isIn(Kind.LIMIT, Kind.STRUCTURE);
    byte[] bad = {'{', '"', (byte) 0xC3, (byte) 0x28, '"', ':', '1', '}'};
    BadInputException enc =
        catchThrowableOfType(
            BadInputException.class, () -> ocel.read(new ByteArrayInputStream(bad), x -> {}));
    assertThat(enc.kind()).isEqualTo(Kind.ENCODING);
    assertThatThrownBy(() -> OcelJson.builder().build()).isInstanceOf(IllegalStateException.class);
  }
}
