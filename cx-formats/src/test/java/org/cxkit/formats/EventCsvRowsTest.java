package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.junit.jupiter.api.Test;

/**
 * The event reader's row accounting, row by row: each bad column has its own reason, rejects are
 * listed up to the policy's limit and counted beyond it, accepted + rejected is every data row, and
 * the CSV layer locates malformed text by row, line and column without quoting it.
 */
class EventCsvRowsTest {
  private static ReadReport read(EventCsv reader, String csv, List<JourneyEvent> out) {
    return reader.read(new StringReader(csv), out::add);
  }

  @Test
  void everyBadColumnHasItsOwnReason() {
    String csv =
        "channel,customer,touchpoint,time\n"
            + "web, ,ad,2026-01-01T10:00:00Z\n"
            + "web,c1,Not A Slug,2026-01-01T10:00:00Z\n"
            + "web,c1,ad,yesterday\n"
            + "carrier-pigeon,c1,ad,2026-01-01T10:00:00Z\n"
            + "EMAIL,c2,ad,2026-01-01T10:00:00Z\n"
            + ",c3,ad,2026-01-01T11:00:00Z\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r = read(EventCsv.builder().onBadInput(BadInput.collect(10)).build(), csv, out);
    assertThat(r.rows()).isEqualTo(6);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejected()).isEqualTo(4);
    assertThat(r.values()).isEqualTo(2);
    assertThat(r.rejects())
        .containsExactly(
            // a blank customer is no customer, and the row names no case or session either
            new Reject(
                InputLocation.cell(1, "customer"),
                "no customer, case or session: expected at least one"),
            new Reject(
                InputLocation.cell(2, "touchpoint"),
                "not a touchpoint id: expected a slug such as 'sign-up' (or an ad hoc label)"),
            new Reject(
                InputLocation.cell(3, "time"),
                "not a time: expected ISO-8601 such as 2026-05-08T04:41:00Z"),
            new Reject(
                InputLocation.cell(4, "channel"),
                "not a channel: expected one of " + List.of(Channel.values())));
    // the channel in the first column is read (index 0), a blank channel is no channel
    assertThat(out.get(0).channel()).contains(Channel.EMAIL);
    assertThat(out.get(1).channel()).isEmpty();
  }

  @Test
  void rejectsAreListedUpToTheLimitAndCountedBeyondIt() {
    StringBuilder csv = new StringBuilder("customer,touchpoint,time\n");
    for (int i = 0; i < 5; i++) {
      csv.append("c").append(i).append(",ad,never\n");
    }
    csv.append("c9,ad,2026-01-01T10:00:00Z\n");
    List<JourneyEvent> out = new ArrayList<>();
    for (int limit = 0; limit <= 6; limit++) {
      ReadReport r =
          read(EventCsv.builder().onBadInput(BadInput.collect(limit)).build(), csv.toString(), out);
      assertThat(r.rows()).isEqualTo(6);
      assertThat(r.rejected()).isEqualTo(5);
      assertThat(r.accepted()).isEqualTo(1);
      assertThat(r.rejects()).as("limit %s", limit).hasSize(Math.min(limit, 5));
    }
  }

  @Test
  void aShortRowAndMalformedTextAreLocated() {
    String csv = "customer,touchpoint,time\nc1,ad\nc2,ad,2026-01-01T10:00:00Z\n";
    ReadReport r =
        read(EventCsv.builder().onBadInput(BadInput.collect(5)).build(), csv, new ArrayList<>());
    assertThat(r.rejects()).extracting(Reject::location).containsExactly(InputLocation.row(1));
    String broken = "customer,touchpoint,time\nc1,ad,2026-01-01T10:00:00Z\nc2,\"secret\"x,t\n";
    // collect mode: the malformed row is a reject of its own and the valid row is kept
    ReadReport collected =
        read(EventCsv.builder().onBadInput(BadInput.collect(5)).build(), broken, new ArrayList<>());
    assertThat(collected.accepted()).isEqualTo(1);
    assertThat(collected.rejected()).isEqualTo(1);
    assertThat(collected.rejects().get(0).toString())
        .contains("row 2")
        .contains("malformed CSV")
        .contains("(line 3, column 12)")
        .doesNotContain("secret");
    // fail fast: the same row stops the read, located, without its content
    assertThatThrownBy(() -> read(EventCsv.builder().build(), broken, new ArrayList<>()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("row 2")
        .hasMessageContaining("malformed CSV")
        .hasMessageContaining("(line 3, column 12)")
        .hasMessageNotContaining("secret");
    byte[] latin1 =
        "customer,touchpoint,time\nc\u00e9,ad,x\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(
            () -> EventCsv.builder().build().read(new ByteArrayInputStream(latin1), e -> {}))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("invalid UTF-8 at line 2, column 2");
  }

  @Test
  void aDelimiterMustNotBeAQuoteOrALineBreak() {
    for (char bad : new char[] {'"', '\n', '\r'}) {
      assertThatThrownBy(() -> EventCsv.builder().delimiter(bad))
          .hasMessageContaining("unusable delimiter");
    }
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r =
        read(
            EventCsv.builder().delimiter(';').build(),
            "customer;touchpoint;time\nc1;ad;2026-01-01T10:00:00Z\n",
            out);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(out.get(0).customer()).contains("c1");
  }

  private static BadInputException failure(EventCsv reader, String csv) {
    return catchThrowableOfType(
        BadInputException.class, () -> read(reader, csv, new ArrayList<>()));
  }

  @Test
  void anyOneKeyColumnWillDoWhereverItStandsAndNoneIsAMissingColumn() {
    // The header needs a customer, case or session column, in any place, the first included.
    for (String key : List.of("customer", "case", "session")) {
      String csv =
          key + ",touchpoint,time\nk1,ad,2026-01-01T10:00:00Z\n ,ad,2026-01-01T10:00:00Z\n";
      List<JourneyEvent> out = new ArrayList<>();
      ReadReport r = read(EventCsv.builder().onBadInput(BadInput.collect(5)).build(), csv, out);
      assertThat(r.accepted()).as(key).isEqualTo(1);
      JourneyEvent e = out.get(0);
      assertThat(List.of(e.customer(), e.caseId(), e.session()))
          .as(key)
          .containsExactly(
              key.equals("customer") ? java.util.Optional.of("k1") : java.util.Optional.empty(),
              key.equals("case") ? java.util.Optional.of("k1") : java.util.Optional.empty(),
              key.equals("session") ? java.util.Optional.of("k1") : java.util.Optional.empty());
      // a row with a blank key is located at the key column the header has
      assertThat(r.rejects())
          .as(key)
          .containsExactly(
              new Reject(
                  InputLocation.cell(2, key),
                  "no customer, case or session: expected at least one"));
    }
    BadInputException none =
        failure(EventCsv.builder().build(), "touchpoint,time\nad,2026-01-01T10:00:00Z\n");
    assertThat(none.kind()).isEqualTo(BadInputException.Kind.STRUCTURE);
    assertThat(none.location()).contains(InputLocation.cell(0, "customer"));
    assertThat(none.reason()).isEqualTo("missing column: expected a header cell with this name");
  }

  @Test
  void aRowWithAllThreeKeysKeepsThemAll() {
    String csv =
        "session,case,customer,touchpoint,time\ns1,o1,c1,ad,2026-01-01T10:00:00Z\n,o2,,ad,2026-01-01T10:00:00Z\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r = read(EventCsv.builder().build(), csv, out);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(out.get(0).customer()).contains("c1");
    assertThat(out.get(0).caseId()).contains("o1");
    assertThat(out.get(0).session()).contains("s1");
    assertThat(out.get(1).customer()).isEmpty();
    assertThat(out.get(1).caseId()).contains("o2");
    assertThat(out.get(1).session()).isEmpty();
  }

  @Test
  void aStepIsATouchpointOrAnAdHocLabelAndExactlyOne() {
    // ad hoc labels alone are enough, in the first column too
    String onlyAdHoc =
        "ad_hoc,customer,time\ncalled the host,c1,2026-01-01T10:00:00Z\n,c1,2026-01-01T10:00:00Z\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r = read(EventCsv.builder().onBadInput(BadInput.collect(5)).build(), onlyAdHoc, out);
    assertThat(out).hasSize(1);
    assertThat(out.get(0).step().isAdHoc()).isTrue();
    assertThat(out.get(0).step().label()).isEqualTo("called the host");
    assertThat(out.get(0).touchpoint()).isEmpty();
    // neither: located at the touchpoint column, even where the header has no such column
    assertThat(r.rejects())
        .containsExactly(
            new Reject(
                InputLocation.cell(2, "touchpoint"),
                "not a touchpoint id: expected a slug such as 'sign-up' (or an ad hoc label)"));
    // both: located at the ad hoc column, wherever it stands
    String both = "ad_hoc,touchpoint,customer,time\nx,ad,c1,2026-01-01T10:00:00Z\n";
    BadInputException e = failure(EventCsv.builder().build(), both);
    assertThat(e.kind()).isEqualTo(BadInputException.Kind.STRUCTURE);
    assertThat(e.location()).contains(InputLocation.cell(1, "ad_hoc"));
    assertThat(e.reason()).isEqualTo("both a touchpoint and an ad hoc label: expected one of them");
    // a header with neither column is a missing touchpoint column
    BadInputException missing =
        failure(EventCsv.builder().build(), "customer,time\nc1,2026-01-01T10:00:00Z\n");
    assertThat(missing.location()).contains(InputLocation.cell(0, "touchpoint"));
    assertThat(missing.reason()).isEqualTo("missing column: expected a header cell with this name");
  }

  @Test
  void initiatorAndOutcomeAreNamesIgnoringCaseAndAnythingElseIsRejectedByColumn() {
    String csv =
        "customer,touchpoint,time,initiator,outcome\n"
            + "c1,ad,2026-01-01T10:00:00Z,Organisation,FAILED\n"
            + "c1,ad,2026-01-01T10:01:00Z,customer,completed\n"
            + "c1,ad,2026-01-01T10:02:00Z, , \n"
            + "c1,ad,2026-01-01T10:03:00Z,robot,\n"
            + "c1,ad,2026-01-01T10:04:00Z,,lost\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r = read(EventCsv.builder().onBadInput(BadInput.collect(5)).build(), csv, out);
    assertThat(out).hasSize(3);
    assertThat(out.get(0).initiator()).contains(Initiator.ORGANISATION);
    assertThat(out.get(0).outcome()).contains(Outcome.FAILED);
    assertThat(out.get(1).initiator()).contains(Initiator.CUSTOMER);
    assertThat(out.get(1).outcome()).contains(Outcome.COMPLETED);
    assertThat(out.get(2).initiator()).as("blank is no value").isEmpty();
    assertThat(out.get(2).outcome()).isEmpty();
    assertThat(r.rejects())
        .containsExactly(
            new Reject(
                InputLocation.cell(4, "initiator"),
                "not an initiator: expected one of " + List.of(Initiator.values())),
            new Reject(
                InputLocation.cell(5, "outcome"),
                "not an outcome: expected one of " + List.of(Outcome.values())));
  }

  @Test
  void renamedColumnsAreReadAndNamedInRejects() {
    EventCsv reader =
        EventCsv.builder()
            .customerColumn("who")
            .caseColumn("order")
            .sessionColumn("visit")
            .touchpointColumn("tp")
            .adHocColumn("label")
            .timeColumn("at")
            .channelColumn("via")
            .initiatorColumn("by")
            .outcomeColumn("result")
            .onBadInput(BadInput.collect(10))
            .build();
    String csv =
        "who,order,visit,tp,label,at,via,by,result\n"
            + "c1,o1,s1,ad,,2026-01-01T10:00:00Z,web,customer,completed\n"
            + ",,,ad,,2026-01-01T10:00:00Z,,,\n"
            + "c1,,,,,2026-01-01T10:00:00Z,,,\n"
            + "c1,,,ad,x,2026-01-01T10:00:00Z,,,\n"
            + "c1,,,ad,,soon,,,\n"
            + "c1,,,ad,,2026-01-01T10:00:00Z,fax,,\n"
            + "c1,,,ad,,2026-01-01T10:00:00Z,,bot,\n"
            + "c1,,,ad,,2026-01-01T10:00:00Z,,,meh\n"
            + "c1,,,,label only,2026-01-01T10:00:00Z,,,\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r = read(reader, csv, out);
    assertThat(out).hasSize(2);
    JourneyEvent e = out.get(0);
    assertThat(e.customer()).contains("c1");
    assertThat(e.caseId()).contains("o1");
    assertThat(e.session()).contains("s1");
    assertThat(e.touchpoint()).map(Object::toString).contains("ad");
    assertThat(e.channel()).contains(Channel.WEB);
    assertThat(e.initiator()).contains(Initiator.CUSTOMER);
    assertThat(e.outcome()).contains(Outcome.COMPLETED);
    assertThat(out.get(1).step().label()).isEqualTo("label only");
    assertThat(r.rejects())
        .containsExactly(
            new Reject(
                InputLocation.cell(2, "who"),
                "no customer, case or session: expected at least one"),
            new Reject(
                InputLocation.cell(3, "tp"),
                "not a touchpoint id: expected a slug such as 'sign-up' (or an ad hoc label)"),
            new Reject(
                InputLocation.cell(4, "label"),
                "both a touchpoint and an ad hoc label: expected one of them"),
            new Reject(
                InputLocation.cell(5, "at"),
                "not a time: expected ISO-8601 such as 2026-05-08T04:41:00Z"),
            new Reject(
                InputLocation.cell(6, "via"),
                "not a channel: expected one of " + List.of(Channel.values())),
            new Reject(
                InputLocation.cell(7, "by"),
                "not an initiator: expected one of " + List.of(Initiator.values())),
            new Reject(
                InputLocation.cell(8, "result"),
                "not an outcome: expected one of " + List.of(Outcome.values())));
  }

  @Test
  void everyRecordIsAcceptedOrRejectedAndBlankLinesAreNoRows() {
    // blank lines are no rows but are numbered; a "" line is a row (of the wrong width);
    // accepted + rejected = rows, and only the first reject is listed under collect(1)
    String csv =
        "customer,touchpoint,time\n\n"
            + "c1,ad,2026-01-01T10:00:00Z\r\n"
            + "\r\n"
            + "\"\"\n"
            + "c2,ad,2026-01-01T10:00:00Z,extra\n"
            + "c3,\"a\"d,2026-01-01T10:00:00Z\n"
            + "c4,ad,2026-01-01T10:00:00Z";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r = read(EventCsv.builder().onBadInput(BadInput.collect(1)).build(), csv, out);
    assertThat(r)
        .isEqualTo(
            new ReadReport(
                5,
                2,
                3,
                2,
                0,
                0,
                com.google.common.collect.ImmutableList.of(
                    new Reject(InputLocation.row(4), "row has 1 cell, the header has 3"))));
    assertThat(out).extracting(e -> e.customer().orElseThrow()).containsExactly("c1", "c4");
  }

  @Test
  void aSinksOwnExceptionIsNotABadRow() {
    // the consumer's failure propagates as it is, even when bad rows are collected
    IllegalStateException boom = new IllegalStateException("full");
    EventCsv reader = EventCsv.builder().onBadInput(BadInput.collect(5)).build();
    Throwable thrown =
        catchThrowable(
            () ->
                reader.read(
                    new StringReader("customer,touchpoint,time\nc1,ad,2026-01-01T10:00:00Z\n"),
                    e -> {
                      throw boom;
                    }));
    assertThat(thrown).isSameAs(boom);
    IllegalArgumentException refused = new IllegalArgumentException("refused");
    assertThat(
            catchThrowable(
                () ->
                    reader.read(
                        new StringReader("customer,touchpoint,time\nc1,ad,2026-01-01T10:00:00Z\n"),
                        e -> {
                          throw refused;
                        })))
        .as("an IllegalArgumentException from the sink is not a rejected row either")
        .isSameAs(refused);
  }

  @Test
  void aStreamIsClosedAndTheReaderDescribesItselfOnOneLine() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean closed =
        new java.util.concurrent.atomic.AtomicBoolean();
    ByteArrayInputStream bytes =
        new ByteArrayInputStream(
            "customer;touchpoint;time\nc1;ad;2026-01-01T10:00:00Z\n"
                .getBytes(StandardCharsets.UTF_8)) {
          @Override
          public void close() {
            closed.set(true);
          }
        };
    EventCsv reader = EventCsv.builder().delimiter(';').build();
    List<JourneyEvent> out = new ArrayList<>();
    assertThat(reader.read(bytes, out::add).accepted()).isEqualTo(1);
    assertThat(closed).isTrue();
    assertThat(reader.toString()).startsWith("EventCsv[delimiter ';', ").doesNotContain("\n");
    java.nio.file.Path file = java.nio.file.Files.createTempFile("events", ".csv");
    try {
      java.nio.file.Files.writeString(
          file, "\uFEFFcustomer,touchpoint,time\nc1,ad,2026-01-01T10:00:00Z\n");
      assertThat(EventCsv.builder().build().read(file, out::add).accepted()).isEqualTo(1);
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
