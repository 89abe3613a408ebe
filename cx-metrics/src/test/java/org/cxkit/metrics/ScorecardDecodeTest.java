package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;
import org.cxkit.core.Scale;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.internal.Frame;
import org.junit.jupiter.api.Test;

/**
 * The scorecard tally's decoder checks every invariant, each on its own: every state below is valid
 * but for one defect, and the decoder names that defect (so a check that is left out is caught, not
 * masked by a later read running off the end). The contract kit only asks that such states are
 * rejected somehow.
 */
class ScorecardDecodeTest {
  static final Scorecard FAIL_FAST = ScorecardContractTest.CARD;
  static final Scorecard COLLECT = ScorecardTest.card(BadInput.collect(2));

  /** The parts of an encoded tally, each one replaceable. */
  static final class State {
    long seen = 5;
    long untagged = 1;
    Consumer<Frame.Writer> measures = w -> ScorecardContractTest.nps(w.putInt(1), 1);
    Consumer<Frame.Writer> unknown = w -> w.putInt(1).putString("checkout").putLong(1);
    Consumer<Frame.Writer> rejects = w -> w.putLong(0).putInt(0);
    Consumer<Frame.Writer> lows = w -> w.putInt(1).putString("r1").putDouble(0.5);
    Consumer<Frame.Writer> lowStages = w -> w.putInt(1).putLong(1).putInt(1).putLong(1);

    byte[] bytes() {
      return ScorecardContractTest.frame(
          w -> {
            ScorecardContractTest.header(w, FAIL_FAST.journey().id().value(), seen, untagged);
            measures.accept(w);
            unknown.accept(w);
            rejects.accept(w);
            lows.accept(w);
            if (lowStages != null) {
              lowStages.accept(w);
            }
          });
    }
  }

  static State state(Consumer<State> change) {
    State s = new State();
    change.accept(s);
    return s;
  }

  static void rejected(Scorecard card, State s, String reason) {
    assertThatThrownBy(() -> card.decode(s.bytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot decode a 'scorecard' tally: ")
        .hasMessageContaining(reason);
  }

  static void rejected(State s, String reason) {
    rejected(FAIL_FAST, s, reason);
  }

  static Frame.Writer histogram(Frame.Writer w, String measure, Scale scale, int touchpoints) {
    return histogram(w, measure, measure, scale, touchpoints);
  }

  /**
   * A measure entry named {@code entry} holding empty accumulators of the calculator {@code id}.
   */
  static Frame.Writer histogram(
      Frame.Writer w, String entry, String id, Scale scale, int touchpoints) {
    w.putString(entry).putInt(touchpoints);
    for (int t = 0; t < touchpoints; t++) {
      Frame.Writer h = Frame.writer(id, 1).putScale(scale);
      for (int p = scale.min(); p <= scale.max(); p++) {
        h.putLong(0);
      }
      w.putBytes(h.finish());
    }
    return w;
  }

  @Test
  void theBaseStateDecodesAndIsWhatItSays() {
    Scorecard.Tally t = FAIL_FAST.decode(new State().bytes());
    ScorecardResult r = t.result();
    assertThat(r.untagged()).isEqualTo(1);
    assertThat(r.unknownTouchpointResponses()).isEqualTo(1);
    assertThat(r.rows().get(0).result().n()).isEqualTo(1);
    assertThat(t.toBytes()).isEqualTo(new State().bytes());
    // scores at the ends of 0..1 and a respondent seen in a stage that is not their lowest are fine
    for (double score : new double[] {0.0, 1.0}) {
      State s =
          state(
              x -> {
                x.lows = w -> w.putInt(1).putString("r1").putDouble(score);
                x.lowStages = w -> w.putInt(1).putLong(0b01).putInt(1).putLong(0b11);
              });
      assertThat(FAIL_FAST.decode(s.bytes()).toBytes()).isEqualTo(s.bytes());
    }
    // as many set aside as seen
    State full = state(x -> x.seen = 2);
    assertThat(FAIL_FAST.decode(full.bytes()).result().untagged()).isEqualTo(1);
  }

  @Test
  void measureEntries() {
    int tps = FAIL_FAST.touchpoints().size();
    rejected(
        state(s -> s.measures = w -> histogram(w.putInt(1), "Not An Id", "nps", Scale.NPS, tps)),
        "measure entry 1 of 1 is not a measure id");
    rejected(
        state(s -> s.measures = w -> histogram(w.putInt(1), "loyalty", "nps", Scale.NPS, tps)),
        "measure entry 1 of 1 is not a measure of this scorecard");
    rejected(
        state(
            s ->
                s.measures =
                    w ->
                        histogram(
                            histogram(w.putInt(2), "nps", Scale.NPS, tps),
                            "csat",
                            Scale.CSAT,
                            tps)),
        "measure entry 2 of 2 is out of order");
    rejected(
        state(
            s ->
                s.measures =
                    w ->
                        histogram(
                            histogram(w.putInt(2), "nps", Scale.NPS, tps), "nps", Scale.NPS, tps)),
        "measure entry 2 of 2 is out of order");
    rejected(
        state(s -> s.measures = w -> histogram(w.putInt(1), "nps", Scale.NPS, tps + 1)),
        "measure entry 1 of 1 has another touchpoint count");
    State inOrder =
        state(
            s ->
                s.measures =
                    w ->
                        histogram(
                            histogram(w.putInt(2), "csat", Scale.CSAT, tps),
                            "nps",
                            Scale.NPS,
                            tps));
    assertThat(FAIL_FAST.decode(inOrder.bytes()).toBytes()).isEqualTo(inOrder.bytes());
  }

  @Test
  void unknownTouchpointEntries() {
    rejected(
        state(s -> s.unknown = w -> w.putInt(1).putString("Not An Id").putLong(1)),
        "unknown-touchpoint entry 1 of 1 is not a touchpoint id");
    rejected(
        state(s -> s.unknown = w -> w.putInt(1).putString("event-page").putLong(1)),
        "unknown-touchpoint entry 1 of 1 is a touchpoint of the journey");
    rejected(
        state(
            s ->
                s.unknown =
                    w ->
                        w.putInt(2)
                            .putString("checkout")
                            .putLong(1)
                            .putString("basket")
                            .putLong(1)),
        "unknown-touchpoint entry 2 of 2 is out of order");
    rejected(
        state(
            s ->
                s.unknown =
                    w ->
                        w.putInt(2)
                            .putString("checkout")
                            .putLong(1)
                            .putString("checkout")
                            .putLong(1)),
        "unknown-touchpoint entry 2 of 2 is out of order");
    rejected(
        state(s -> s.unknown = w -> w.putInt(1).putString("checkout").putLong(0)),
        "unknown-touchpoint entry 1 of 1 has no responses");
    rejected(
        state(
            s -> {
              s.seen = Long.MAX_VALUE;
              s.untagged = Long.MAX_VALUE;
            }),
        "more responses than a long counts");
    rejected(state(s -> s.seen = 1), "the tally set aside more responses than it saw");
  }

  @Test
  void rejectEntries() {
    rejected(
        state(s -> s.rejects = w -> w.putLong(1).putInt(0)),
        "the tally holds rejects, but this scorecard fails on bad input");
    Consumer<Frame.Writer> oneReject =
        w -> w.putLong(1).putInt(1).putLong(4).putString("score").putString("off the scale");
    State ok = state(s -> s.rejects = oneReject);
    assertThat(COLLECT.decode(ok.bytes()).result().rejected()).isEqualTo(1);
    rejected(
        COLLECT,
        state(
            s ->
                s.rejects =
                    w -> w.putLong(1).putInt(1).putLong(5).putString("score").putString("bad")),
        "reject 1 of 1 has an index past the responses seen");
    rejected(
        COLLECT,
        state(s -> s.rejects = w -> w.putLong(1).putInt(1).putLong(0).putString("").putString(" ")),
        "reject 1 of 1 has a blank reason");
    rejected(
        COLLECT,
        state(
            s ->
                s.rejects =
                    w -> w.putLong(2).putInt(1).putLong(0).putString("score").putString("bad")),
        "the listed rejects are out of order or fewer than the policy lists");
    rejected(
        COLLECT,
        state(
            s -> {
              s.seen = 3;
              s.rejects =
                  w ->
                      w.putLong(2)
                          .putInt(2)
                          .putLong(0)
                          .putString("score")
                          .putString("bad")
                          .putLong(1)
                          .putString("score")
                          .putString("bad");
            }),
        "the tally set aside more responses than it saw");
  }

  @Test
  void respondentEntries() {
    rejected(
        state(
            s -> {
              s.seen = 0;
              s.untagged = 0;
              s.unknown = w -> w.putInt(0);
            }),
        "the tally has more respondents than responses");
    rejected(
        state(s -> s.lows = w -> w.putInt(1).putString(" ").putDouble(0.5)),
        "respondent 1 of 1 is blank");
    rejected(
        state(
            s -> {
              s.lows = w -> w.putInt(2).putString("r2").putDouble(0.5);
              s.lowStages =
                  w ->
                      w.putInt(1)
                          .putLong(1)
                          .putInt(1)
                          .putLong(1)
                          .putString("r1")
                          .putDouble(0.5)
                          .putInt(1)
                          .putLong(1)
                          .putInt(1)
                          .putLong(1);
            }),
        "respondent 2 of 2 is out of order");
    rejected(
        state(s -> s.lows = w -> w.putInt(1).putString("r1").putDouble(-0.25)),
        "respondent 1 of 1 has a lowest score outside 0..1");
    rejected(
        state(s -> s.lows = w -> w.putInt(1).putString("r1").putDouble(1.25)),
        "respondent 1 of 1 has a lowest score outside 0..1");
    rejected(
        state(s -> s.lowStages = w -> w.putInt(0).putInt(1).putLong(1)),
        "respondent 1 of 1 has no lowest stage");
    rejected(
        state(s -> s.lowStages = w -> w.putInt(1).putLong(0).putInt(1).putLong(1)),
        "respondent 1 of 1, lowest stages is not in canonical form");
    rejected(
        state(s -> s.lowStages = w -> w.putInt(1).putLong(1).putInt(1).putLong(1L << 3)),
        "respondent 1 of 1, stages seen names a stage the journey does not have");
  }
}
