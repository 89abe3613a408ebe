package org.cxkit.metrics.journeys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against conformance on the first visit: exact counts. */
class ConformanceContractTest
    extends AnalysisContract<ActualJourney, ConformanceResult, Conformance.State> {
  @Override
  protected Analysis<ActualJourney, ConformanceResult, Conformance.State> analysis() {
    return ConformanceTest.C;
  }

  @Override
  protected ActualJourney observation(SplittableRandom random) {
    return ConformanceTest.randomTrace(ConformanceTest.FIRST_VISIT, random, 12);
  }

  @Override
  protected Map<String, List<ActualJourney>> specialSamples() {
    return Map.of(
        "the main path",
        List.of(ConformanceTest.journey(ConformanceTest.MAIN.toArray(String[]::new))),
        "ad hoc only",
        List.of(ConformanceTest.journey("~a", "~b"), ConformanceTest.journey("~b")));
  }

  /** A first-visit frame up to the totals: 9 touchpoints, 4 stages. */
  private static Frame.Writer head() {
    Frame.Writer w = Frame.writer("conformance", 1).putString("first-visit").putInt(9);
    for (String t : ConformanceTest.MAIN.subList(0, 5)) {
      w.putString(t);
    }
    w.putString("helpdesk");
    for (String t : ConformanceTest.MAIN.subList(5, 9)) {
      w.putString(t);
    }
    return w.putInt(4);
  }

  /** A state of one journey with one ad hoc event and everything missing but hear-about. */
  private static byte[] state(
      long journeys, long events, long cost, long perfect, long metHearAbout, long failing) {
    Frame.Writer w = head();
    w.putLong(journeys).putLong(0).putLong(events).putLong(cost).putLong(events + 9 * journeys);
    w.putLong(perfect);
    long[] met = new long[10];
    met[0] = metHearAbout;
    long[] fail = new long[10];
    fail[0] = failing;
    for (long[] a : new long[][] {met, fail, new long[10], new long[10]}) {
      for (int i = 0; i < 10; i++) {
        w.putLong(a[i]);
      }
    }
    for (int i = 0; i < 12; i++) {
      w.putLong(0);
    }
    w.putInt(0); // pairs
    w.putInt(1).putByte(1).putString("x").putLong(events - metHearAbout);
    return w.finish();
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("more failing than met", state(1, 2, 9, 0, 1, 2));
    m.put("more perfect journeys than journeys", state(1, 2, 0, 2, 1, 0));
    m.put("a cost above the trivial cost", state(1, 2, 12, 0, 1, 0));
    m.put("fewer events than journeys", state(3, 2, 9, 0, 1, 0));
    Frame.Writer other = Frame.writer("conformance", 1).putString("another-journey").putInt(9);
    m.put("another design", other.finish());
    return m;
  }
}
