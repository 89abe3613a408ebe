package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

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

  static final int TPS = CARD.touchpoints().size();

  /**
   * Every string the impossible states write, save the scorecard's own journey id: no rejection
   * message may repeat one. (None of them is a word the decoder's messages use.)
   */
  static final String[] INPUT = {
    "other-journey", "loyalty", "checkout", "event-page", "r1", "r2", "score 11 is off the scale"
  };

  /** A version-2 tally frame: the layout {@link Scorecard.Tally#toBytes()} writes. */
  static byte[] frame(Consumer<Frame.Writer> body) {
    Frame.Writer w = Frame.writer("scorecard", 2);
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

  /** One NPS accumulator holding {@code promoters} answers of 10. */
  static byte[] npsAccumulator(long promoters) {
    Frame.Writer h = Frame.writer("nps", 1).putScale(org.cxkit.core.Scale.NPS);
    for (int p = 0; p <= 10; p++) {
      h.putLong(p == 10 ? promoters : 0);
    }
    return h.finish();
  }

  /**
   * An NPS measure entry: its group count (one per touchpoint) and one accumulator per touchpoint,
   * touchpoint {@code t} holding {@code perTouchpoint[t]} answers of 10 (none past the end).
   */
  static Frame.Writer nps(Frame.Writer w, long... perTouchpoint) {
    w.putString("nps").putInt(TPS);
    for (int t = 0; t < TPS; t++) {
      w.putBytes(npsAccumulator(t < perTouchpoint.length ? perTouchpoint[t] : 0));
    }
    return w;
  }

  /**
   * The overall-answer entries for {@code untagged} responses without a touchpoint: none, or one
   * NPS entry of one group holding them all.
   */
  static Frame.Writer overall(Frame.Writer w, long untagged) {
    if (untagged == 0) {
      return w.putInt(0);
    }
    return w.putInt(1).putString("nps").putInt(1).putBytes(npsAccumulator(untagged));
  }

  /** No unknown touchpoints and no rejects. */
  static Frame.Writer noUnknownsNoRejects(Frame.Writer w) {
    return w.putInt(0).putLong(0).putInt(0);
  }

  /** A touchpoint bit set as the tally writes it: its words, none when empty. */
  static Frame.Writer bits(Frame.Writer w, long word) {
    return word == 0 ? w.putInt(0) : w.putInt(1).putLong(word);
  }

  /**
   * A tally of {@code seen} responses, one NPS answer at each touchpoint in {@code answered}, and
   * one respondent whose lowest score {@code lowest} is at the touchpoints {@code
   * lowestTouchpoints} of the touchpoints {@code touchpointsSeen} they answered.
   */
  static byte[] respondent(
      long seen, long answered, double lowest, long lowestTouchpoints, long touchpointsSeen) {
    long[] perTouchpoint = new long[TPS];
    for (int t = 0; t < TPS; t++) {
      perTouchpoint[t] = (answered >>> t) & 1;
    }
    return frame(
        w -> {
          header(w, CARD.journey().id().value(), seen, 0);
          nps(w.putInt(1), perTouchpoint);
          noUnknownsNoRejects(overall(w, 0)).putInt(1).putString("r1").putDouble(lowest);
          bits(bits(w, lowestTouchpoints), touchpointsSeen);
        });
  }

  /**
   * Each impossible state by name, with the reason the decoder must give for it. Every state is a
   * valid version-2 tally but for the one defect its name says, so the decoder must reject it at
   * the check for that defect, not at the version or at a later read running off the end.
   */
  static Map<String, Map.Entry<String, byte[]>> defects() {
    String journey = CARD.journey().id().value();
    Map<String, Map.Entry<String, byte[]>> m = new LinkedHashMap<>();
    m.put(
        "another journey",
        Map.entry(
            "the tally is of another journey than " + journey,
            frame(
                w ->
                    noUnknownsNoRejects(
                            overall(nps(header(w, "other-journey", 1, 0).putInt(1), 1), 0))
                        .putInt(0))));
    m.put(
        "a measure the scorecard does not know",
        Map.entry(
            "measure entry 1 of 1 is not a measure of this scorecard",
            frame(
                w -> {
                  header(w, journey, 1, 0).putInt(1).putString("loyalty").putInt(TPS);
                  for (int t = 0; t < TPS; t++) {
                    w.putBytes(npsAccumulator(t == 0 ? 1 : 0));
                  }
                  noUnknownsNoRejects(overall(w, 0)).putInt(0);
                })));
    m.put(
        "measures out of order",
        Map.entry(
            "measure entry 2 of 2 is out of order",
            frame(
                w -> {
                  nps(header(w, journey, 2, 0).putInt(2), 1).putString("csat").putInt(TPS);
                  for (int t = 0; t < TPS; t++) {
                    Frame.Writer h = Frame.writer("csat", 1).putScale(org.cxkit.core.Scale.CSAT);
                    for (int p = 1; p <= 5; p++) {
                      h.putLong(t == 1 && p == 5 ? 1 : 0);
                    }
                    w.putBytes(h.finish());
                  }
                  noUnknownsNoRejects(overall(w, 0)).putInt(0);
                })));
    m.put(
        "a measure entry with another group count than the journey's touchpoints",
        Map.entry(
            "measure entry 1 of 1 has another group count",
            frame(
                w -> {
                  header(w, journey, 1, 0).putInt(1).putString("nps").putInt(TPS + 1);
                  for (int t = 0; t <= TPS; t++) {
                    w.putBytes(npsAccumulator(t == 0 ? 1 : 0));
                  }
                  noUnknownsNoRejects(overall(w, 0)).putInt(0);
                })));
    m.put(
        "a corrupt touchpoint accumulator",
        Map.entry(
            "measure entry 1 of 1, touchpoint 0: cannot decode a 'nps' accumulator: only 3 bytes",
            frame(
                w -> {
                  header(w, journey, 1, 0).putInt(1).putString("nps").putInt(TPS);
                  w.putBytes(new byte[] {1, 2, 3});
                  for (int t = 1; t < TPS; t++) {
                    w.putBytes(npsAccumulator(t == 1 ? 1 : 0));
                  }
                  noUnknownsNoRejects(overall(w, 0)).putInt(0);
                })));
    m.put(
        "an impossible touchpoint accumulator",
        Map.entry(
            "measure entry 1 of 1, touchpoint 0: cannot decode a 'nps' accumulator: the count of"
                + " point 10 is negative",
            frame(
                w ->
                    noUnknownsNoRejects(overall(nps(header(w, journey, 1, 0).putInt(1), -1, 1), 0))
                        .putInt(0))));
    m.put(
        "overall answers that do not add up to the responses without a touchpoint",
        Map.entry(
            "the responses without a touchpoint do not add up to the overall answers",
            frame(
                w ->
                    noUnknownsNoRejects(overall(header(w, journey, 2, 2).putInt(0), 1))
                        .putInt(0))));
    m.put(
        "an unknown touchpoint the journey has",
        Map.entry(
            "unknown-touchpoint entry 1 of 1 is a touchpoint of the journey",
            frame(
                w ->
                    overall(header(w, journey, 1, 0).putInt(0), 0)
                        .putInt(1)
                        .putString("event-page")
                        .putLong(1)
                        .putLong(0)
                        .putInt(0)
                        .putInt(0))));
    m.put(
        "an unknown touchpoint without responses",
        Map.entry(
            "unknown-touchpoint entry 1 of 1 has no responses",
            frame(
                w ->
                    overall(header(w, journey, 0, 0).putInt(0), 0)
                        .putInt(1)
                        .putString("checkout")
                        .putLong(0)
                        .putLong(0)
                        .putInt(0)
                        .putInt(0))));
    m.put(
        "more responses without a touchpoint than seen",
        Map.entry(
            "the tally set aside more responses than it saw",
            frame(
                w ->
                    noUnknownsNoRejects(overall(header(w, journey, 1, 2).putInt(0), 2))
                        .putInt(0))));
    m.put(
        "a reject although the scorecard fails on bad input",
        Map.entry(
            "the tally holds rejects, but this scorecard fails on bad input",
            frame(
                w ->
                    overall(header(w, journey, 1, 0).putInt(0), 0)
                        .putInt(0)
                        .putLong(1)
                        .putInt(1)
                        .putLong(0)
                        .putString("r1")
                        .putString("score 11 is off the scale")
                        .putInt(0))));
    m.put(
        "a lowest touchpoint the respondent did not answer",
        Map.entry(
            "respondent 1 of 1 has a lowest touchpoint it did not answer",
            respondent(2, 0b11, 0.5, 0b10, 0b01)));
    m.put(
        "a respondent who answered a touchpoint without answers",
        Map.entry(
            "respondent 1 of 1 answered a touchpoint the tally holds no answers for",
            respondent(1, 0b01, 0.5, 0b01, 0b11)));
    m.put(
        "a lowest score above 1",
        Map.entry(
            "respondent 1 of 1 has a lowest score outside 0..1", respondent(1, 0b01, 1.5, 1, 1)));
    m.put(
        "a touchpoint the journey does not have",
        Map.entry(
            "respondent 1 of 1, lowest touchpoints names a touchpoint the journey does not have",
            respondent(1, 0b01, 0.5, 1L << TPS, 1L << TPS)));
    // two respondents who both answered the one response's touchpoint
    m.put(
        "more respondents than responses",
        Map.entry(
            "the tally has more respondents than responses",
            frame(
                w -> {
                  nps(header(w, journey, 1, 0).putInt(1), 1);
                  noUnknownsNoRejects(overall(w, 0)).putInt(2);
                  for (String r : new String[] {"r1", "r2"}) {
                    bits(bits(w.putString(r).putDouble(0.5), 1), 1);
                  }
                })));
    return m;
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    defects().forEach((name, defect) -> m.put(name, defect.getValue()));
    return m;
  }

  /**
   * Beyond what the kit asks: each impossible state is rejected for the defect its name says (not
   * for its version), and the message repeats nothing the bytes hold.
   */
  @Test
  void eachImpossibleStateIsRejectedForItsDefect() {
    defects()
        .forEach(
            (name, defect) ->
                assertThatThrownBy(() -> CARD.decode(defect.getValue()))
                    .as(name)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("cannot decode a 'scorecard' tally: ")
                    .hasMessageContaining(defect.getKey())
                    .satisfies(
                        e -> {
                          assertThat(e.getMessage()).as(name).doesNotContain("version");
                          for (String input : INPUT) {
                            assertThat(e.getMessage()).as(name).doesNotContain(input);
                          }
                        }));
  }

  /** The states are near misses: with its defect mended, a state of the same layout decodes. */
  @Test
  void theLayoutTheStatesUseDecodes() {
    byte[] ok = respondent(2, 0b11, 0.5, 0b01, 0b11);
    assertThat(CARD.decode(ok).toBytes()).isEqualTo(ok);
  }
}
