package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonLinesTest {
  @Test
  void readsResponses() {
    String in =
        "\uFEFF{\"respondent\":\"r1\",\"touchpoint\":\"sign-up\",\"measure\":\"ces\",\"score\":6,"
            + "\"time\":\"2026-05-08T04:41:00Z\",\"attributes\":{\"event\":\"may\"}}\r\n"
            + "\n"
            + "{\"respondent\":\"r2\",\"measure\":\"nps\",\"score\":10}\n";
    List<Response> out = new ArrayList<>();
    ReadReport r = JsonLines.builder().build().readResponses(new StringReader(in), out::add);
    assertThat(r.rows()).isEqualTo(2);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(out.get(0).time()).contains(Instant.parse("2026-05-08T04:41:00Z"));
    assertThat(out.get(0).attributes()).containsEntry("event", "may");
    assertThat(out.get(1).touchpoint()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":9.7}",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":\"9\"}",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":null}",
        "{\"respondent\":\"r\",\"measure\":\"nps\"}",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":9,\"score\":9}",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":9,\"colour\":1}",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":9} {}",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":99999999999}",
        "{\"respondent\":\"r\",\"measure\":\"NPS\",\"score\":9}",
        "[1]",
        "null",
        "{",
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":9,\"attributes\":{\"a\":1}}",
      })
  void badLinesAreRejected(String line) {
    String in = "{\"respondent\":\"ok\",\"measure\":\"nps\",\"score\":1}\n" + line + "\n";
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () -> JsonLines.builder().build().readResponses(new StringReader(in), x -> {}));
    assertThat(e.line()).hasValue(2);
    assertThat(e.location()).containsInstanceOf(InputLocation.DocumentPosition.class);
    List<Response> out = new ArrayList<>();
    ReadReport r =
        JsonLines.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .readResponses(new StringReader(in), out::add);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(1);
    // The collected reject is where and why the fail-fast read failed.
    assertThat(r.rejects()).containsExactly(new Reject(e.location().orElseThrow(), e.reason()));
    assertThat(out).hasSize(1);
  }

  @Test
  void readsEveryFieldOfAnEvent() {
    String in =
        "{\"customer\":\"c1\",\"case\":\"o-7\",\"session\":\"s-1\",\"touchpoint\":\"chat\","
            + "\"time\":\"2026-01-01T10:00:00Z\",\"channel\":\"CHAT\",\"initiator\":\"CUSTOMER\","
            + "\"outcome\":\"FAILED\",\"attributes\":{\"agent\":\"bot\"}}\n"
            + "{\"case\":\"o-7\",\"adHoc\":\"asked a friend\",\"time\":\"2026-01-01T10:05:00Z\"}\n";
    List<JourneyEvent> out = new ArrayList<>();
    JsonLines.builder().build().readEvents(new java.io.StringReader(in), out::add);
    assertThat(out).hasSize(2);
    JourneyEvent chat = out.get(0);
    assertThat(chat.caseId()).contains("o-7");
    assertThat(chat.session()).contains("s-1");
    assertThat(chat.initiator()).contains(org.cxkit.core.observed.Initiator.CUSTOMER);
    assertThat(chat.failed()).isTrue();
    assertThat(chat.attributes()).containsEntry("agent", "bot");
    assertThat(out.get(1).customer()).isEmpty();
    assertThat(out.get(1).step()).isEqualTo(org.cxkit.core.observed.Step.adHoc("asked a friend"));
  }

  @Test
  void anEventNeedsOneStepAndSomeone() {
    JsonLines lines = JsonLines.builder().build();
    String both =
        "{\"customer\":\"secret\",\"touchpoint\":\"a\",\"adHoc\":\"b\",\"time\":\"2026-01-01T10:00:00Z\"}\n";
    assertThatThrownBy(() -> lines.readEvents(new java.io.StringReader(both), x -> {}))
        .isInstanceOf(CxJsonException.class)
        .hasMessageContaining("a touchpoint or an ad hoc label, not both")
        .hasMessageNotContaining("secret");
    String nobody = "{\"touchpoint\":\"a\",\"time\":\"2026-01-01T10:00:00Z\"}\n";
    assertThatThrownBy(() -> lines.readEvents(new java.io.StringReader(nobody), x -> {}))
        .isInstanceOf(CxJsonException.class)
        .hasMessageContaining("missing required property \"customer\", \"case\" or \"session\"");
    String badOutcome =
        "{\"customer\":\"c\",\"touchpoint\":\"a\",\"time\":\"2026-01-01T10:00:00Z\",\"outcome\":\"SECRET\"}\n";
    assertThatThrownBy(() -> lines.readEvents(new java.io.StringReader(badOutcome), x -> {}))
        .isInstanceOf(CxJsonException.class)
        .hasMessageContaining("/outcome")
        .hasMessageContaining("unknown value: expected one of [COMPLETED, FAILED]")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void readsEventsFromUtf8() {
    String in =
        "{\"customer\":\"c1\",\"touchpoint\":\"ad\",\"time\":\"2026-01-01T10:00:00Z\",\"channel\":\"WEB\"}\n";
    List<JourneyEvent> out = new ArrayList<>();
    JsonLines.builder()
        .build()
        .readEvents(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out::add);
    assertThat(out).singleElement().satisfies(e -> assertThat(e.channel()).contains(Channel.WEB));
    byte[] bad = "{\"customer\":\"c\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(
            catchThrowableOfType(
                    CxJsonException.class,
                    () ->
                        JsonLines.builder()
                            .build()
                            .readEvents(new ByteArrayInputStream(bad), x -> {}))
                .kind())
        .isEqualTo(Kind.ENCODING);
  }

  @Test
  void messagesDoNotQuoteContent() {
    String in = "{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":\"Jane's nine\"}\n";
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () -> JsonLines.builder().build().readResponses(new StringReader(in), x -> {}));
    assertThat(e.getMessage()).doesNotContain("Jane").contains("/score");
  }

  @org.junit.jupiter.api.Test
  void badLinesAreLocatedByLineAndPointer() {
    String in =
        "{\"respondent\":\"a\",\"measure\":\"nps\",\"score\":1}\n"
            + "\n"
            + "{\"respondent\":\"b\",\"measure\":\"nps\",\"score\":\"x\"}\n"
            + "{\"respondent\":\"c\",\"measure\":\"nps\",\"colour\":1}\n";
    ReadReport r =
        JsonLines.builder()
            .onBadInput(BadInput.collect(1))
            .build()
            .readResponses(new StringReader(in), x -> {});
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.accepted() + r.rejected()).isEqualTo(r.rows());
    assertThat(r.rejected()).isEqualTo(2);
    assertThat(r.rejects()).hasSize(1);
    assertThat(r.rejects().get(0).location()).isEqualTo(InputLocation.document("/score", 3, 0));
    assertThat(r.rejects().get(0).toString())
        .startsWith("/score (line 3): wrong type: expected an integer");
    assertThat(JsonLines.builder().onBadInput(BadInput.collect(1)).build())
        .hasToString("JsonLines[BadInput[collect, list up to 1]]");
    new com.google.common.testing.NullPointerTester()
        .setDefault(BadInput.class, BadInput.failFast())
        .testAllPublicInstanceMethods(JsonLines.builder());
  }
}
