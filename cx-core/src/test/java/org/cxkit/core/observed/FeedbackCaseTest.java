package org.cxkit.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.junit.jupiter.api.Test;

class FeedbackCaseTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:10:00Z");

  private static FeedbackCase.Builder forum() {
    return FeedbackCase.builder()
        .id("case-secret-118")
        .channel(Channel.FORUM)
        .touchpoint("submit-application")
        .category("missing-documents")
        .severity(CaseSeverity.HIGH)
        .received(T0);
  }

  @Test
  void aForumComplaintThatMovesToThePhone() {
    FeedbackCase c =
        forum()
            .firstResponse(T0.plus(Duration.ofMinutes(90)))
            .resolved(T0.plus(Duration.ofHours(27)))
            .contacts(3)
            .alsoVia(Channel.PHONE)
            .action(RecoveryAction.FIX)
            .action(RecoveryAction.LISTENING)
            .ratingAfterRecovery(4)
            .build();
    assertThat(c.channel()).isEqualTo(Channel.FORUM);
    assertThat(c.channels()).containsExactly(Channel.FORUM, Channel.PHONE);
    assertThat(c.channelSwitches()).isEqualTo(1);
    assertThat(c.resolvedAtFirstContact()).isFalse();
    assertThat(c.isResolved()).isTrue();
    assertThat(c.timeToFirstResponse()).contains(Duration.ofMinutes(90));
    assertThat(c.timeToResolution()).contains(Duration.ofHours(27));
    assertThat(c.actions()).containsExactly(RecoveryAction.LISTENING, RecoveryAction.FIX);
    assertThat(c.ratingAfterRecovery()).hasValue(4);
    assertThat(c.touchpoint()).contains(TouchpointId.of("submit-application"));
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void resolvedAtFirstContactIsDerivedFromOneContactAndAResolution() {
    FeedbackCase open = forum().build();
    assertThat(open.resolvedAtFirstContact()).isFalse();
    assertThat(open.timeToResolution()).isEmpty();
    assertThat(open.ratingAfterRecovery()).isEmpty();
    FeedbackCase once = forum().firstResponse(T0).resolved(T0).build();
    assertThat(once.resolvedAtFirstContact()).isTrue();
    assertThat(once.toBuilder().contacts(2).build().resolvedAtFirstContact()).isFalse();
  }

  @Test
  void badCasesAreRejectedNamingTheFieldWithoutTheId() {
    assertThatThrownBy(() -> forum().firstResponse(T0.minusSeconds(1)).build())
        .hasMessage("firstResponse is before received");
    assertThatThrownBy(() -> forum().resolved(T0.plusSeconds(5)).build())
        .hasMessageStartingWith("a resolved case needs its firstResponse");
    assertThatThrownBy(
            () -> forum().firstResponse(T0.plusSeconds(9)).resolved(T0.plusSeconds(5)).build())
        .hasMessage("resolved is before firstResponse");
    assertThatThrownBy(() -> forum().contacts(0).build())
        .hasMessage("contacts must be at least 1, got 0");
    assertThatThrownBy(() -> forum().alsoVia(Channel.PHONE).build())
        .hasMessage("contacts (1) must be at least the number of channels used (2)");
    assertThatThrownBy(() -> forum().contacts(3).alsoVia(Channel.FORUM).build())
        .hasMessageStartingWith("channels must not repeat");
    assertThatThrownBy(() -> forum().category(" ").build())
        .hasMessage("category must not be blank");
    assertThatThrownBy(() -> FeedbackCase.builder().id("x").category("c").build())
        .hasMessageStartingWith("channel must be set");
    assertThatThrownBy(() -> forum().resolved(T0.minusSeconds(1)).build())
        .message()
        .doesNotContain("case-secret-118");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsNameTheParameter() {
    assertThatThrownBy(() -> forum().channel(null)).hasMessage("channel");
    assertThatThrownBy(() -> forum().received(null)).hasMessage("received");
    FeedbackCase.Builder noSeverity =
        FeedbackCase.builder().id("x").channel(Channel.PHONE).category("c").received(T0);
    assertThatThrownBy(noSeverity::build).hasMessage("severity");
  }

  @Test
  void equalityIsByValueAndToStringHidesTheId() {
    FeedbackCase a = forum().build();
    new EqualsTester()
        .addEqualityGroup(a, forum().build())
        .addEqualityGroup(forum().id("other").build())
        .addEqualityGroup(forum().ratingAfterRecovery(3).build())
        .addEqualityGroup(forum().action(RecoveryAction.APOLOGY).build())
        .addEqualityGroup(forum().contacts(2).alsoVia(Channel.VIDEO_MEETING).build())
        .testEquals();
    assertThat(a.toString())
        .isEqualTo("FeedbackCase[[FORUM], HIGH, 1 contact, open]")
        .doesNotContain("case-secret");
  }
}
