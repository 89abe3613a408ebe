package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.Interval;
import org.junit.jupiter.api.Test;

/** Service recovery against values worked by hand on four cases. */
class ServiceRecoveryTest {
  static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  static FeedbackCase.Builder caseOn(Channel channel) {
    return FeedbackCase.builder()
        .id("c")
        .channel(channel)
        .category("permit")
        .severity(CaseSeverity.MEDIUM)
        .received(T0);
  }

  static Instant after(Duration d) {
    return T0.plus(d);
  }

  /**
   * 1: forum, then phone; 3 contacts; answered after 30 min, resolved after 26 h; listening and a
   * fix; rated 4. 2: a letter resolved by the first answer after 2 h; apology and fix; rated 5. 3:
   * an e-mail resolved at once after 10 min; no action, no rating. 4: a chat, 2 contacts, answered
   * after 5 min, still open; apology; rated 2.
   */
  static final List<FeedbackCase> FOUR =
      List.of(
          caseOn(Channel.FORUM)
              .alsoVia(Channel.PHONE)
              .contacts(3)
              .firstResponse(after(Duration.ofMinutes(30)))
              .resolved(after(Duration.ofHours(26)))
              .action(RecoveryAction.LISTENING)
              .action(RecoveryAction.FIX)
              .ratingAfterRecovery(4)
              .build(),
          caseOn(Channel.LETTER)
              .firstResponse(after(Duration.ofHours(2)))
              .resolved(after(Duration.ofHours(2)))
              .action(RecoveryAction.APOLOGY)
              .action(RecoveryAction.FIX)
              .ratingAfterRecovery(5)
              .build(),
          caseOn(Channel.EMAIL)
              .firstResponse(after(Duration.ofMinutes(10)))
              .resolved(after(Duration.ofMinutes(10)))
              .build(),
          caseOn(Channel.CHAT)
              .contacts(2)
              .firstResponse(after(Duration.ofMinutes(5)))
              .action(RecoveryAction.APOLOGY)
              .ratingAfterRecovery(2)
              .build());

  private static void assertNear(Duration actual, Duration expected) {
    // DDSketch with α = 0.01: every quantile within 1 % of the true one.
    assertThat((double) actual.toMillis())
        .isCloseTo(expected.toMillis(), within(expected.toMillis() * 0.01));
  }

  @Test
  void firstContactResolutionIsTwoOfFourWithWilsonInterval() {
    RecoveryResult r = FOUR.stream().collect(ServiceRecovery.of(Scale.CSAT).collector());
    assertThat(r.cases()).isEqualTo(4);
    assertThat(r.resolved()).isEqualTo(new Rate(3, 4));
    assertThat(r.firstContactResolution()).isEqualTo(new Rate(2, 4));
    // Wilson (1927) for 2/4 at z = 1.959964: centre 0.5, half-width
    // z·sqrt(pq/n + z²/4n²)/(1 + z²/n) = 1.959964·0.350027/1.960364 = 0.349956.
    Interval w = r.firstContactResolution().interval().orElseThrow();
    assertThat(w.lower()).isCloseTo(0.150044, within(1e-5));
    assertThat(w.upper()).isCloseTo(0.849956, within(1e-5));
  }

  @Test
  void timesAreLowerNearestRankQuantiles() {
    RecoveryResult r = ServiceRecovery.of(Scale.CSAT).newState().addAll(FOUR).result();
    // First responses sorted: 5 min, 10 min, 30 min, 2 h. Median: rank ceil(0.5·4) = 2 -> 10 min;
    // p90: rank ceil(0.9·4) = 4 -> 2 h.
    assertThat(r.timeToFirstResponse().n()).isEqualTo(4);
    assertNear(r.timeToFirstResponse().median().orElseThrow(), Duration.ofMinutes(10));
    assertNear(r.timeToFirstResponse().p90().orElseThrow(), Duration.ofHours(2));
    // Resolutions sorted: 10 min, 2 h, 26 h. Median rank 2 -> 2 h; p90 rank ceil(2.7) = 3 -> 26 h.
    assertThat(r.timeToResolution().n()).isEqualTo(3);
    assertNear(r.timeToResolution().median().orElseThrow(), Duration.ofHours(2));
    assertNear(r.timeToResolution().p90().orElseThrow(), Duration.ofHours(26));
  }

  /** The row of an action, which every result has (a missing one fails the test here). */
  private static RecoveryResult.ByAction action(RecoveryResult r, RecoveryAction a) {
    RecoveryResult.ByAction row = r.byAction().get(a);
    assertThat(row).as("the row of %s", a).isNotNull();
    return java.util.Objects.requireNonNull(row);
  }

  @Test
  void channelSwitchesAndRecoveryByAction() {
    RecoveryResult r = ServiceRecovery.of(Scale.CSAT).newState().addAll(FOUR).result();
    assertThat(r.switchedChannel()).isEqualTo(new Rate(1, 4));
    assertThat(r.channelSwitches()).isEqualTo(1);
    assertThat(r.switchesPerCase()).contains(0.25);
    RecoveryResult.ByAction apology = action(r, RecoveryAction.APOLOGY);
    assertThat(apology.cases()).isEqualTo(2);
    assertThat(apology.ratings().n()).isEqualTo(2);
    assertThat(apology.ratings().mean()).hasValue(3.5); // (5 + 2) / 2
    RecoveryResult.ByAction fix = action(r, RecoveryAction.FIX);
    assertThat(fix.cases()).isEqualTo(2);
    assertThat(fix.ratings().mean()).hasValue(4.5); // (4 + 5) / 2
    assertThat(action(r, RecoveryAction.LISTENING).ratings().mean()).hasValue(4.0);
    RecoveryResult.ByAction compensation = action(r, RecoveryAction.COMPENSATION);
    assertThat(compensation.cases()).isZero();
    assertThat(compensation.ratings().mean()).isEmpty();
  }

  @Test
  void noCasesIsAVisibleState() {
    RecoveryResult r = ServiceRecovery.of(Scale.CSAT).newState().result();
    assertThat(r.firstContactResolution().value()).isEmpty();
    assertThat(r.timeToResolution().median()).isEmpty();
    assertThat(r.switchesPerCase()).isEmpty();
    assertThat(r.toString())
        .isEqualTo(
            "RecoveryResult[0 cases, FCR 0/0 (no data), first response no data, resolution no data]");
  }

  @Test
  void aRatingOffTheScaleIsRejectedAndNothingIsAdded() {
    ServiceRecovery.State s = ServiceRecovery.of(Scale.CSAT).newState();
    FeedbackCase bad = caseOn(Channel.WEB).ratingAfterRecovery(9).build();
    assertThatThrownBy(() -> s.add(bad)).hasMessage("ratingAfterRecovery is off the scale 1..5");
    assertThat(s.result().cases()).isZero();
    FeedbackCase ancient =
        caseOn(Channel.WEB).firstResponse(after(Duration.ofDays(365L * 101))).build();
    assertThatThrownBy(() -> s.add(ancient))
        .hasMessage("the time to first response is over 100 years");
    assertThat(s.result().cases()).isZero();
  }

  @Test
  void aZeroAndASubMillisecondResponseCountAsZero() {
    FeedbackCase instant =
        caseOn(Channel.PHONE).firstResponse(T0).resolved(T0.plusNanos(1)).build();
    RecoveryResult r = ServiceRecovery.of(Scale.CSAT).newState().addAll(List.of(instant)).result();
    assertThat(r.timeToResolution().median()).contains(Duration.ZERO);
    assertThat(r.firstContactResolution()).isEqualTo(new Rate(1, 1));
  }
}
