package org.cxkit.metrics.journeys;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against service recovery: exact counts. */
class ServiceRecoveryContractTest
    extends AnalysisContract<FeedbackCase, RecoveryResult, ServiceRecovery.State> {
  private static final Channel[] CHANNELS = Channel.values();
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  static FeedbackCase randomCase(SplittableRandom r) {
    int channels = 1 + r.nextInt(3);
    FeedbackCase.Builder b =
        FeedbackCase.builder()
            .id("c")
            .category("k")
            .severity(CaseSeverity.values()[r.nextInt(4)])
            .received(T0)
            .contacts(channels + r.nextInt(3));
    int first = r.nextInt(CHANNELS.length);
    for (int i = 0; i < channels; i++) {
      Channel c = CHANNELS[(first + i) % CHANNELS.length];
      if (i == 0) {
        b.channel(c);
      } else {
        b.alsoVia(c);
      }
    }
    if (r.nextInt(4) != 0) {
      Instant response = T0.plus(Duration.ofSeconds(r.nextLong(3 * 86_400)));
      b.firstResponse(response);
      if (r.nextBoolean()) {
        b.resolved(response.plus(Duration.ofMillis(r.nextLong(10L * 86_400_000))));
      }
    }
    for (RecoveryAction a : RecoveryAction.values()) {
      if (r.nextInt(3) == 0) {
        b.action(a);
      }
    }
    if (r.nextBoolean()) {
      b.ratingAfterRecovery(1 + r.nextInt(5));
    }
    return b.build();
  }

  @Override
  protected Analysis<FeedbackCase, RecoveryResult, ServiceRecovery.State> analysis() {
    return ServiceRecovery.of(Scale.CSAT);
  }

  @Override
  protected FeedbackCase observation(SplittableRandom random) {
    return randomCase(random);
  }

  /** A state with the given counts, one response and resolution per resolved case at bucket 1. */
  private byte[] state(
      long cases, long resolved, long fcr, long switched, long switches, long... sketches) {
    Frame.Writer w =
        Frame.writer("service-recovery", 1)
            .putScale(Scale.CSAT)
            .putLong(cases)
            .putLong(resolved)
            .putLong(fcr)
            .putLong(switched)
            .putLong(switches);
    for (int k = 0; k < 2; k++) {
      long n = sketches[k];
      w.putLong(n).putInt(n == 0 ? 0 : 1);
      if (n != 0) {
        w.putInt((int) sketches[2 + k]).putLong(n);
      }
    }
    for (int a = 0; a < 4; a++) {
      w.putLong(a == 0 ? 1 : 0);
      for (int p = 0; p < 5; p++) {
        w.putLong(a == 0 && p == 4 && sketches.length > 4 ? sketches[4] : 0);
      }
    }
    return w.finish();
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("more resolved than cases", state(1, 2, 0, 0, 0, 2, 2, 5, 5));
    m.put("more first-contact than resolved", state(2, 1, 2, 0, 0, 1, 1, 5, 5));
    m.put("more switched than cases", state(1, 0, 0, 2, 2, 0, 0, 5, 5));
    m.put("fewer switches than switched", state(2, 0, 0, 2, 1, 0, 0, 5, 5));
    m.put("resolution times differ from resolved", state(2, 1, 0, 0, 0, 1, 2, 5, 5));
    m.put("fewer responses than resolved", state(2, 2, 0, 0, 0, 1, 2, 5, 5));
    m.put("a bucket beyond the last", state(1, 1, 0, 0, 0, 1, 1, 99_999, 5));
    m.put("more ratings than cases with the action", state(2, 0, 0, 0, 0, 0, 0, 5, 5, 2));
    return m;
  }
}
