package org.cxkit.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.cxkit.core.Measure;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/**
 * The contract kit run against the scorecard's tally: responses on four measures (one of them a
 * host's calculator) for the journey's touchpoints, for touchpoints it does not have and for none,
 * from a small pool of respondents so that their lowest scores merge across splits.
 */
class ScorecardContractTest extends AnalysisContract<Response, ScorecardResult, Scorecard.Tally> {
  static final Scorecard CARD = ScorecardTest.card(BadInput.failFast());
  private static final String[] MEASURES = {"nps", "csat", "ces", "fcr"};

  @Override
  protected Analysis<Response, ScorecardResult, Scorecard.Tally> analysis() {
    return CARD;
  }

  @Override
  protected Response observation(SplittableRandom random) {
    Measure m =
        CARD.measure(org.cxkit.core.MeasureId.of(MEASURES[random.nextInt(4)])).orElseThrow();
    int score = random.nextInt(m.scale().min(), m.scale().max() + 1);
    Response r = Response.of("r" + random.nextInt(12), m.id().value(), score);
    int where = random.nextInt(10);
    if (where == 0) {
      return r;
    }
    if (where == 1) {
      return r.withTouchpoint("checkout");
    }
    List<TouchpointId> tps = CARD.touchpoints();
    return r.withTouchpoint(tps.get(random.nextInt(tps.size())).value());
  }

  @Override
  protected Map<String, List<Response>> specialSamples() {
    List<Response> promoters = new ArrayList<>();
    List<Response> oneRespondent = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      promoters.add(Response.of("p" + i, "nps", 9 + i % 2).withTouchpoint("event-page"));
      oneRespondent.add(Response.of("solo", "csat", 1 + i % 5).withTouchpoint("sign-up"));
    }
    oneRespondent.add(Response.of("solo", "ces", 1).withTouchpoint("welcome-call"));
    return Map.of(
        "all promoters at one touchpoint",
        promoters,
        "one respondent in two stages",
        oneRespondent);
  }

  static byte[] frame(Consumer<Frame.Writer> body) {
    Frame.Writer w = Frame.writer("scorecard", 1);
    body.accept(w);
    return w.finish();
  }

  /** The journey's header, then {@code seen} and {@code untagged}. */
  static Frame.Writer header(Frame.Writer w, String journey, long seen, long untagged) {
    return w.putString(journey)
        .putInt(CARD.touchpoints().size())
        .putInt(CARD.journey().stages().size())
        .putLong(seen)
        .putLong(untagged);
  }

  static Frame.Writer nps(Frame.Writer w, long... perTouchpoint) {
    w.putString("nps").putInt(CARD.touchpoints().size());
    for (int t = 0; t < CARD.touchpoints().size(); t++) {
      Frame.Writer h = Frame.writer("nps", 1).putScale(org.cxkit.core.Scale.NPS);
      for (int p = 0; p <= 10; p++) {
        h.putLong(p == 10 && t < perTouchpoint.length ? perTouchpoint[t] : 0);
      }
      w.putBytes(h.finish());
    }
    return w;
  }

  /** A tally of {@code seen} responses holding one respondent's lowest score and stages. */
  static byte[] respondent(long seen, double lowest, long lowestStages, long stagesSeen) {
    return frame(
        w ->
            header(w, CARD.journey().id().value(), seen, 0)
                .putInt(0) // measures
                .putInt(0) // unknown touchpoints
                .putInt(0) // rejects
                .putInt(1)
                .putString("r1")
                .putDouble(lowest)
                .putInt(1)
                .putLong(lowestStages)
                .putInt(1)
                .putLong(stagesSeen));
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    String journey = CARD.journey().id().value();
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put(
        "another journey",
        frame(w -> header(w, "other-journey", 0, 0).putInt(0).putInt(0).putInt(0).putInt(0)));
    m.put(
        "a measure the scorecard does not know",
        frame(w -> header(w, journey, 0, 0).putInt(1).putString("loyalty").putInt(5)));
    m.put(
        "measures out of order",
        frame(
            w -> {
              header(w, journey, 0, 0).putInt(2);
              nps(w);
              w.putString("csat");
            }));
    m.put(
        "a corrupt touchpoint accumulator",
        frame(
            w ->
                header(w, journey, 0, 0)
                    .putInt(1)
                    .putString("nps")
                    .putInt(CARD.touchpoints().size())
                    .putBytes(new byte[] {1, 2, 3})));
    m.put(
        "an impossible touchpoint accumulator",
        frame(w -> nps(header(w, journey, 0, 0).putInt(1), -1).putInt(0).putInt(0).putInt(0)));
    m.put(
        "an unknown touchpoint the journey has",
        frame(
            w ->
                header(w, journey, 1, 0)
                    .putInt(0)
                    .putInt(1)
                    .putString("event-page")
                    .putLong(1)
                    .putInt(0)
                    .putInt(0)));
    m.put(
        "an unknown touchpoint without responses",
        frame(
            w ->
                header(w, journey, 1, 0)
                    .putInt(0)
                    .putInt(1)
                    .putString("checkout")
                    .putLong(0)
                    .putInt(0)
                    .putInt(0)));
    m.put(
        "more responses without a touchpoint than seen",
        frame(w -> header(w, journey, 1, 2).putInt(0).putInt(0).putInt(0).putInt(0)));
    m.put(
        "a reject although the scorecard fails on bad input",
        frame(
            w ->
                header(w, journey, 1, 0)
                    .putInt(0)
                    .putInt(0)
                    .putInt(1)
                    .putLong(0)
                    .putString("r1")
                    .putString("score 11 is off the nps scale 0..10")
                    .putInt(0)));
    m.put("a lowest stage the respondent was not seen in", respondent(2, 0.5, 0b10, 0b01));
    m.put("a lowest score above 1", respondent(2, 1.5, 1, 1));
    m.put("a stage the journey does not have", respondent(2, 0.5, 1L << 40, 1L << 40));
    m.put("more respondents than responses", respondent(0, 0.5, 1, 1));
    return m;
  }
}
