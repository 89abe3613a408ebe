package org.cxkit.metrics.journeys;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against paths: exact counts, canonical bytes. */
class PathsContractTest extends AnalysisContract<ActualJourney, PathsResult, JourneyPaths.State> {
  private static final String[] STEPS = {"a", "b", "c", "d", "~x", "~y"};
  private static final Channel[] CHANNELS = {Channel.CHAT, Channel.PHONE, Channel.WEB};

  @Override
  protected Analysis<ActualJourney, PathsResult, JourneyPaths.State> analysis() {
    return JourneyPaths.create().topVariants(5);
  }

  @Override
  protected ActualJourney observation(SplittableRandom r) {
    int n = 1 + r.nextInt(6);
    JourneyEvent[] events = new JourneyEvent[n];
    long t = r.nextLong(1_000_000);
    for (int i = 0; i < n; i++) {
      String s = STEPS[r.nextInt(STEPS.length)];
      JourneyEvent.Builder b = JourneyEvent.builder().customer("c").time(Instant.ofEpochSecond(t));
      if (s.startsWith("~")) {
        b.adHoc(s.substring(1));
      } else {
        b.touchpoint(s);
      }
      if (r.nextBoolean()) {
        b.channel(CHANNELS[r.nextInt(CHANNELS.length)]);
      }
      if (r.nextInt(3) == 0) {
        b.outcome(Outcome.FAILED);
      }
      events[i] = b.build();
      t += r.nextInt(4) == 0 ? r.nextLong(10_000_000) : r.nextInt(100);
    }
    return ActualJourney.of(Grain.CUSTOMER, "c", List.of(events));
  }

  private static Frame.Writer oneStep(long journeys, long events, long visits, long starts) {
    return Frame.writer("paths", 1)
        .putLong(journeys)
        .putLong(events)
        .putInt(1)
        .putByte(0)
        .putString("a")
        .putLong(events)
        .putLong(visits)
        .putLong(starts)
        .putLong(starts);
  }

  private static byte[] rest(Frame.Writer w, int variantLength, long variantCount) {
    w.putInt(0).putInt(0).putInt(1).putInt(variantLength);
    for (int i = 0; i < variantLength; i++) {
      w.putInt(0);
    }
    w.putLong(variantCount);
    for (int i = 0; i < Channel.values().length * Channel.values().length; i++) {
      w.putLong(0);
    }
    return w.finish();
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    // one journey of two events at a: needs the pair a>a once, which is missing
    m.put("events without the moves between them", rest(oneStep(1, 2, 1, 1), 2, 1));
    m.put("more journeys at a step than journeys", rest(oneStep(1, 1, 2, 1), 1, 1));
    m.put("starts that do not add up", rest(oneStep(2, 2, 2, 1), 1, 2));
    m.put("variants that do not add up", rest(oneStep(1, 1, 1, 1), 1, 2));
    // one step a, one journey of one event, then a claim of 2^31 - 9 pairs and no bytes for them
    m.put(
        "a claimed pair count far beyond the bytes",
        oneStep(1, 1, 1, 1).putInt(Integer.MAX_VALUE - 8).finish());
    // a variant claiming 2^24 steps, with the bytes of one
    m.put(
        "a claimed variant length far beyond the bytes",
        oneStep(1, 1, 1, 1)
            .putInt(0)
            .putInt(0)
            .putInt(1)
            .putInt(JourneyPaths.MAX_STEPS)
            .putInt(0)
            .finish());
    m.put(
        "a step that is not a slug",
        Frame.writer("paths", 1)
            .putLong(1)
            .putLong(1)
            .putInt(1)
            .putByte(0)
            .putString("Not A Slug")
            .finish());
    return m;
  }
}
