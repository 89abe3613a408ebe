package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Feedback cases as JSON Lines and through the Jackson module. */
class FeedbackCaseJsonTest {
  private static final String FORUM =
      "{\"id\":\"case-7\",\"channels\":[\"FORUM\",\"PHONE\"],\"touchpoint\":\"submit-application\","
          + "\"category\":\"missing-documents\",\"severity\":\"HIGH\","
          + "\"received\":\"2026-03-02T08:10:00Z\",\"firstResponse\":\"2026-03-02T09:40:00Z\","
          + "\"resolved\":\"2026-03-03T11:00:00Z\",\"contacts\":3,"
          + "\"actions\":[\"LISTENING\",\"FIX\"],\"ratingAfterRecovery\":4}";
  private static final String LETTER =
      "{\"id\":\"case-8\",\"channels\":[\"LETTER\"],\"category\":\"missing-documents\","
          + "\"severity\":\"MEDIUM\",\"received\":\"2026-03-04T08:00:00Z\",\"contacts\":1}";

  @Test
  void readsFeedbackCases() {
    List<FeedbackCase> out = new ArrayList<>();
    ReadReport r =
        JsonLines.builder()
            .build()
            .readFeedbackCases(new StringReader(FORUM + "\n\n" + LETTER + "\n"), out::add);
    assertThat(r.accepted()).isEqualTo(2);
    FeedbackCase c = out.get(0);
    assertThat(c.channels()).containsExactly(Channel.FORUM, Channel.PHONE);
    assertThat(c.severity()).isEqualTo(CaseSeverity.HIGH);
    assertThat(c.timeToResolution()).contains(Duration.ofHours(26).plusMinutes(50));
    assertThat(c.actions()).containsExactly(RecoveryAction.LISTENING, RecoveryAction.FIX);
    assertThat(c.ratingAfterRecovery()).hasValue(4);
    assertThat(out.get(1).isResolved()).isFalse();
    assertThat(out.get(1).touchpoint()).isEmpty();
  }

  @Test
  void theJacksonModuleWritesWhatJsonLinesReads() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(CxJson.defaults().jacksonModule());
    List<FeedbackCase> in = new ArrayList<>();
    JsonLines.builder().build().readFeedbackCases(new StringReader(FORUM + "\n" + LETTER), in::add);
    for (FeedbackCase c : in) {
      String json = mapper.writeValueAsString(c);
      assertThat(mapper.readValue(json, FeedbackCase.class)).isEqualTo(c);
    }
    assertThat(mapper.writeValueAsString(in.get(0))).isEqualTo(FORUM);
    FeedbackCase written =
        FeedbackCase.builder()
            .id("x")
            .channel(Channel.VIDEO_MEETING)
            .category("onboarding")
            .severity(CaseSeverity.LOW)
            .received(Instant.parse("2026-01-01T00:00:00Z"))
            .build();
    assertThat(mapper.writeValueAsString(written))
        .isEqualTo(
            "{\"id\":\"x\",\"channels\":[\"VIDEO_MEETING\"],\"category\":\"onboarding\","
                + "\"severity\":\"LOW\",\"received\":\"2026-01-01T00:00:00Z\",\"contacts\":1}");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"channels\":[]",
        "\"channels\":[\"FORUM\",\"FORUM\"]",
        "\"channels\":[\"PIGEON\"]",
        "\"contacts\":0",
        "\"received\":\"2026-03-05T00:00:00Z\"",
        "\"severity\":\"huge\"",
        "\"ratingAfterRecovery\":4.5",
        "\"actions\":[\"BRIBE\"]",
      })
  void badCasesAreRejectedWithoutTheirContent(String replacement) {
    String key = replacement.substring(0, replacement.indexOf(':') + 1);
    String line =
        FORUM.replaceFirst(
            "\\Q" + key + "\\E(\\[[^\\]]*\\]|\"[^\"]*\"|[0-9]+)", replacement.replace("$", "\\$"));
    assertThat(line).as("the replacement applies").isNotEqualTo(FORUM);
    String in = LETTER + "\n" + line + "\n";
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () -> JsonLines.builder().build().readFeedbackCases(new StringReader(in), x -> {}));
    assertThat(e.line()).hasValue(2);
    assertThat(e.getMessage()).doesNotContain("case-7").doesNotContain("missing-documents");
    ReadReport r =
        JsonLines.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .readFeedbackCases(new StringReader(in), x -> {});
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(1);
  }
}
