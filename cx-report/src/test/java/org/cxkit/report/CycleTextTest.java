package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.management.Management;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.RecoveryParadox;
import org.cxkit.metrics.journeys.RecoveryResult;
import org.cxkit.metrics.journeys.ServiceRecovery;
import org.junit.jupiter.api.Test;

/** The text views of the management cycle: their layout, in English and Finnish. */
class CycleTextTest {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final TextRenderer FI =
      TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build();

  static FeedbackCase.Builder at(String id, Duration response, Duration resolution) {
    return FeedbackCase.builder()
        .id(id)
        .channel(Channel.FORUM)
        .category("missing-documents")
        .severity(CaseSeverity.MEDIUM)
        .received(T0)
        .firstResponse(T0.plus(response))
        .resolved(T0.plus(resolution));
  }

  static RecoveryResult recovery() {
    ServiceRecovery.State s = ServiceRecovery.of(Scale.CSAT).newState();
    s.add(at("a", Duration.ofHours(1), Duration.ofHours(1)).ratingAfterRecovery(5).build());
    s.add(
        at("b", Duration.ofHours(2), Duration.ofHours(26))
            .contacts(3)
            .alsoVia(Channel.PHONE)
            .action(RecoveryAction.LISTENING)
            .action(RecoveryAction.FIX)
            .ratingAfterRecovery(4)
            .build());
    s.add(
        at("c", Duration.ofHours(3), Duration.ofHours(5))
            .contacts(2)
            .action(RecoveryAction.FIX)
            .ratingAfterRecovery(5)
            .build());
    s.add(
        FeedbackCase.builder()
            .id("d")
            .channel(Channel.EMAIL)
            .category("billing")
            .severity(CaseSeverity.LOW)
            .received(T0)
            .build());
    return s.result();
  }

  @Test
  void recoveryReadsAsTables() {
    String text = TextReport.table(recovery());
    String[] lines = text.split("\n");
    assertThat(lines[0]).isEqualTo("Service recovery: 4 feedback cases");
    assertThat(lines[1]).matches("  figure +cases +n +share +95 % interval");
    // FCR: 1 of 4 cases (a) resolved after one contact = 25.0 %; Wilson's 95 % interval worked by
    // hand (Wilson 1927: (p + z²/2n ± z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n), z = 1.96):
    // 0.3725 ± 0.3269 = 4.6..69.9 %.
    assertThat(lines[2])
        .matches("  resolved at first contact \\(FCR\\) +1 +4 +25\\.0 % +4\\.6\\.\\.69\\.9 %");
    assertThat(text)
        .contains("\n  channel switches: 1 in all, 0.25 per case")
        .contains("  fix ")
        .contains("  listening ")
        .doesNotContain("apology")
        .contains("terms: Wilson = ")
        .doesNotEndWith("\n");
    String fi = FI.table(recovery());
    assertThat(fi).startsWith("Palvelun korjaus: 4 palautetapausta").contains("0,25");
  }

  static ParadoxResult paradox(int[] recovered, int[] never) {
    RecoveryParadox.State s = RecoveryParadox.of(Scale.CSAT).newState();
    for (int r : recovered) {
      s.add(RecoveryParadox.Group.RECOVERED, r);
    }
    for (int r : never) {
      s.add(RecoveryParadox.Group.NEVER_FAILED, r);
    }
    return s.result();
  }

  @Test
  void paradoxSaysWhatItsIntervalShows() {
    String shown = TextReport.table(paradox(new int[] {5, 5, 5, 4}, new int[] {3, 3, 4, 3, 3}));
    assertThat(shown.split("\n")[0])
        .isEqualTo("Recovery paradox: rating after recovery (mean 1\u20135)");
    // Means 4.75 and 3.20: difference +1.55 points.
    assertThat(shown)
        .contains("\n  recovered \u2212 never failed: +1.55 points, 95 % interval +")
        .contains("(n 4 and 5)")
        .contains("the paradox shows");
    assertThat(TextReport.table(paradox(new int[] {5, 3}, new int[] {3, 5})))
        .contains("no paradox shown");
    assertThat(TextReport.table(paradox(new int[] {5}, new int[] {3, 4})))
        .contains("+1.50 points, 95 % interval -")
        .contains("too few ratings");
    assertThat(TextReport.table(paradox(new int[] {}, new int[] {3, 4})))
        .contains("no difference without a rating in both groups (n 0 and 2)");
    assertThat(TextReport.table(paradox(new int[] {1, 2, 1}, new int[] {5, 4, 5, 5})))
        .contains("the recovered rate lower");
    assertThat(FI.table(paradox(new int[] {5, 5, 5, 4}, new int[] {3, 3, 4, 3, 3})))
        .contains("+1,55 pistett\u00e4")
        .contains("paradoksi n\u00e4kyy");
  }

  @Test
  void openInitiativesAreListedByOwner() {
    Management m =
        Management.builder()
            .initiative(
                Initiative.of("Plain-language letters", InitiativeStatus.PLANNED)
                    .withOwner("Permit services lead")
                    .withTarget(MetricTarget.mean("csat", 4.2))
                    .withDue(LocalDate.of(2026, 9, 30)))
            .initiative(
                Initiative.of("Fix the upload", InitiativeStatus.IN_PROGRESS).withOwner("Digital"))
            .initiative(Initiative.of("Old thing", InitiativeStatus.DONE).withOwner("Digital"))
            .initiative(Initiative.of("Nobody's", InitiativeStatus.PROPOSED))
            .build();
    String text = TextReport.openInitiatives(m);
    String[] lines = text.split("\n");
    assertThat(lines[0]).isEqualTo("Open initiatives by owner: 3 of 4");
    assertThat(lines[1]).matches("  owner +initiative +status +target +due");
    assertThat(lines[2]).matches("  Digital +Fix the upload +in progress +- +-");
    assertThat(lines[3]).isEmpty();
    assertThat(lines[4])
        .matches(
            "  Permit services lead +Plain-language letters +planned +csat mean 4\\.20 +2026-09-30");
    assertThat(text)
        .doesNotContain("Old thing")
        .doesNotContain("Nobody's")
        .endsWith("\n  open initiatives without an owner (not listed): 1");
    assertThat(FI.openInitiatives(m)).contains("k\u00e4ynniss\u00e4").contains("keskiarvo 4,20");
    assertThat(TextReport.openInitiatives(Management.EMPTY))
        .isEqualTo("Open initiatives by owner: 0 of 0\n  no open initiatives");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAreNamed() {
    assertThatThrownBy(() -> TextReport.openInitiatives(null)).hasMessage("management");
    assertThatThrownBy(() -> FI.table((RecoveryResult) null)).hasMessage("result");
    assertThat(List.of()).isEmpty();
  }
}
