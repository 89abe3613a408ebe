package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.cxkit.core.Scale;
import org.cxkit.core.journey.Channel;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.journeys.RecoveryParadox.Group;
import org.junit.jupiter.api.Test;

/** The recovery paradox against a Welch interval worked by hand. */
class RecoveryParadoxTest {
  @Test
  void differenceAndWelchIntervalWorkedByHand() {
    RecoveryParadox.State s = RecoveryParadox.of(Scale.CSAT).newState();
    for (int v : new int[] {4, 5, 5}) {
      s.add(Group.RECOVERED, v);
    }
    for (int v : new int[] {3, 4, 4, 5}) {
      s.add(Group.NEVER_FAILED, v);
    }
    ParadoxResult r = s.result();
    // Recovered: mean 14/3, s² = 1/3; never failed: mean 4, s² = 2/3. d = 2/3.
    // s²/n: 1/9 and 1/6; SE = sqrt(5/18) = 0.527046.
    // Welch–Satterthwaite: (5/18)² / ((1/9)²/2 + (1/6)²/3) = 0.0771605 / 0.0154321 = 5.
    // t(0.975, 5) = 2.5706 (NIST/SEMATECH e-Handbook of Statistical Methods, 1.3.6.7.2, table of
    // t critical values); half-width 2.570582 · 0.527046 = 1.354814.
    assertThat(r.difference().orElseThrow()).isCloseTo(2.0 / 3, within(1e-12));
    Interval i = r.interval(0.95).orElseThrow();
    assertThat(i.lower()).isCloseTo(2.0 / 3 - 1.354814, within(1e-4));
    assertThat(i.upper()).isCloseTo(2.0 / 3 + 1.354814, within(1e-4));
    assertThat(i.method()).isEqualTo("Welch t");
    assertThat(r.recovered().n()).isEqualTo(3);
    assertThat(r.neverFailed().n()).isEqualTo(4);
  }

  @Test
  void feedbackCasesGoToRecoveredOrNotRecoveredAndUnratedOnesAddNothing() {
    RecoveryParadox.State s = RecoveryParadox.of(Scale.CSAT).newState();
    assertThat(s.add(ServiceRecoveryTest.FOUR.get(0))).isTrue(); // resolved, rated 4
    assertThat(s.add(ServiceRecoveryTest.FOUR.get(2))).isFalse(); // not rated
    assertThat(s.add(ServiceRecoveryTest.FOUR.get(3))).isTrue(); // open, rated 2
    ParadoxResult r = s.result();
    assertThat(r.recovered().mean()).hasValue(4.0);
    assertThat(r.notRecovered().mean()).hasValue(2.0);
    assertThat(r.neverFailed().n()).isZero();
    assertThat(r.difference()).isEmpty();
    assertThat(r.interval(0.95)).isEmpty();
  }

  @Test
  void tooLittleDataOrNoSpreadHasNoInterval() {
    RecoveryParadox.State s = RecoveryParadox.of(Scale.CSAT).newState();
    s.add(Group.RECOVERED, 5);
    s.add(Group.NEVER_FAILED, 4);
    s.add(Group.NEVER_FAILED, 4);
    assertThat(s.result().difference()).contains(1.0);
    assertThat(s.result().interval(0.95)).isEmpty(); // one recovered rating
    s.add(Group.RECOVERED, 5);
    assertThat(s.result().interval(0.95)).isEmpty(); // no spread in either group
    assertThat(s.result().toString())
        .isEqualTo("ParadoxResult[recovered n=2, never failed n=2, difference +1.00]");
  }

  @Test
  void offScaleRatingsAreRejected() {
    RecoveryParadox.State s = RecoveryParadox.of(Scale.CSAT).newState();
    assertThatThrownBy(() -> s.add(Group.RECOVERED, 0))
        .isInstanceOf(BadInputException.class)
        .hasMessage("the rating is off the scale 1..5");
    assertThatThrownBy(
            () -> s.add(ServiceRecoveryTest.caseOn(Channel.WEB).ratingAfterRecovery(6).build()))
        .isInstanceOf(BadInputException.class)
        .hasMessage("the rating is off the scale 1..5");
    assertThat(s.result().recovered().n()).isZero();
  }
}
