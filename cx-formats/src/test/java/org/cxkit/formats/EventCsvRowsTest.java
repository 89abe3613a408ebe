package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;
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
}
