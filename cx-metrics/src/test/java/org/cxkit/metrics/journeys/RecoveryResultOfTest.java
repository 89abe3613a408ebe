package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.junit.jupiter.api.Test;

/** {@link RecoveryResult#of}: rebuilds what the analysis gives, and refuses contradictions. */
class RecoveryResultOfTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static RecoveryResult computed() {
    ServiceRecovery.State s = ServiceRecovery.of(Scale.CSAT).newState();
    s.add(
        FeedbackCase.builder()
            .id("a")
            .channel(Channel.FORUM)
            .alsoVia(Channel.PHONE)
            .category("upload")
            .severity(CaseSeverity.HIGH)
            .received(T0)
            .firstResponse(T0.plus(Duration.ofHours(1)))
            .resolved(T0.plus(Duration.ofHours(2)))
            .contacts(2)
            .action(RecoveryAction.FIX)
            .ratingAfterRecovery(5)
            .build());
    s.add(
        FeedbackCase.builder()
            .id("b")
            .channel(Channel.PHONE)
            .category("wait")
            .severity(CaseSeverity.LOW)
            .received(T0)
            .build());
    return s.result();
  }

  static RecoveryResult rebuilt(
      RecoveryResult r, long switches, Map<RecoveryAction, RecoveryResult.ByAction> by) {
    return RecoveryResult.of(
        r.cases(),
        r.resolved(),
        r.firstContactResolution(),
        r.switchedChannel(),
        switches,
        r.timeToFirstResponse(),
        r.timeToResolution(),
        by);
  }

  @Test
  void rebuildsTheAnalysisResult() {
    RecoveryResult r = computed();
    assertThat(rebuilt(r, r.channelSwitches(), r.byAction())).isEqualTo(r);
  }

  @Test
  void refusesFiguresThatContradictEachOther() {
    RecoveryResult r = computed();
    assertThatThrownBy(() -> rebuilt(r, 0, r.byAction()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("channelSwitches: fewer than the cases that switched");
    Map<RecoveryAction, RecoveryResult.ByAction> missing = new EnumMap<>(r.byAction());
    missing.remove(RecoveryAction.APOLOGY);
    assertThatThrownBy(() -> rebuilt(r, 1, missing)).hasMessage("byAction: no entry for APOLOGY");
    Map<RecoveryAction, RecoveryResult.ByAction> otherScale = new EnumMap<>(r.byAction());
    otherScale.put(
        RecoveryAction.APOLOGY,
        new RecoveryResult.ByAction(
            0,
            new ScaleResult(
                "recovery-rating",
                ScaleHistogram.of(Scale.NPS, new long[11]),
                ScaleResult.Headline.MEAN)));
    assertThatThrownBy(() -> rebuilt(r, 1, otherScale))
        .hasMessageStartingWith("byAction[")
        .hasMessageEndingWith("ratings on another scale");
    assertThatThrownBy(
            () ->
                RecoveryResult.of(
                    2,
                    new Rate(1, 2),
                    new Rate(2, 2),
                    r.switchedChannel(),
                    1,
                    r.timeToFirstResponse(),
                    r.timeToResolution(),
                    r.byAction()))
        .hasMessage("firstContactResolution: more cases than were resolved");
    assertThatThrownBy(
            () ->
                RecoveryResult.of(
                    3,
                    r.resolved(),
                    r.firstContactResolution(),
                    r.switchedChannel(),
                    1,
                    r.timeToFirstResponse(),
                    r.timeToResolution(),
                    r.byAction()))
        .hasMessage("each rate must be of all 3 cases");
  }
}
