package org.cxkit.metrics.journeys;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against the directly-follows graph: exact counts, canonical bytes. */
class DirectlyFollowsContractTest
    extends AnalysisContract<ActualJourney, DirectlyFollowsResult, DirectlyFollows.State> {
  private static final String[] STEPS = {"a", "b", "c", "d", "~x", "~y"};

  @Override
  protected Analysis<ActualJourney, DirectlyFollowsResult, DirectlyFollows.State> analysis() {
    // b and c are preset (dense from the start), the others get codes as met
    return DirectlyFollows.of(List.of(ConformanceTest.step("b"), ConformanceTest.step("c")));
  }

  @Override
  protected ActualJourney observation(SplittableRandom r) {
    int n = 1 + r.nextInt(6);
    JourneyEvent[] events = new JourneyEvent[n];
    for (int i = 0; i < n; i++) {
      String s = STEPS[r.nextInt(STEPS.length)];
      JourneyEvent.Builder b = JourneyEvent.builder().customer("c").time(Instant.ofEpochSecond(i));
      if (s.startsWith("~")) {
        b.adHoc(s.substring(1));
      } else {
        b.touchpoint(s);
      }
      events[i] = b.build();
    }
    return ActualJourney.of(Grain.CUSTOMER, "c", List.of(events));
  }

  /** One step "a" with these counts, then {@code pairs} pairs a -> a of count 1 each. */
  private static byte[] oneStep(long journeys, long events, long starts, long ends, int pairs) {
    Frame.Writer w =
        Frame.writer("directly-follows", 1)
            .putLong(journeys)
            .putLong(events)
            .putInt(1)
            .putByte(0)
            .putString("a")
            .putLong(events)
            .putLong(starts)
            .putLong(ends)
            .putInt(pairs);
    for (int i = 0; i < pairs; i++) {
      w.putLong(0).putLong(1);
    }
    return w.finish();
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    // one journey of two events at a needs the pair a -> a once
    m.put("events without the moves between them", oneStep(1, 2, 1, 1, 0));
    m.put("a move without the events", oneStep(1, 1, 1, 1, 1));
    m.put("starts that do not add up", oneStep(2, 2, 1, 2, 0));
    m.put("the same pair twice", oneStep(1, 3, 1, 1, 2));
    m.put(
        "a claimed pair count far beyond the bytes",
        Frame.writer("directly-follows", 1)
            .putLong(1)
            .putLong(1)
            .putInt(1)
            .putByte(0)
            .putString("a")
            .putLong(1)
            .putLong(1)
            .putLong(1)
            .putInt(Integer.MAX_VALUE)
            .finish());
    m.put(
        "a claimed step count far beyond the bytes",
        Frame.writer("directly-follows", 1)
            .putLong(1)
            .putLong(1)
            .putInt(DirectlyFollows.MAX_STEPS)
            .finish());
    m.put(
        "a step that is not a slug",
        Frame.writer("directly-follows", 1)
            .putLong(1)
            .putLong(1)
            .putInt(1)
            .putByte(0)
            .putString("Not A Slug")
            .finish());
    return m;
  }
}
