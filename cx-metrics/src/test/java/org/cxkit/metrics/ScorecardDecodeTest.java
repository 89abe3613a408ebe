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
 * masked by a later read running off the end) without repeating anything the bytes hold. The
 * contract kit only asks that such states are rejected somehow. The states are written in the
 * version 2 layout: measure entries carry a group count, and the overall answers (responses without
 * a touchpoint) have entries of their own, one group each.
 */
class ScorecardDecodeTest {
  static final Scorecard FAIL_FAST = ScorecardContractTest.CARD;
  static final Scorecard COLLECT = ScorecardTest.card(BadInput.collect(2));
  static final int TPS = FAIL_FAST.touchpoints().size();

  /**
   * Every string the states below write, save the scorecard's own journey id: no message may repeat
   * one. (None of them is a word the decoder's messages use.)
   */
  static final String[] INPUT = {
    "Not An Id", "loyalty", "checkout", "basket", "event-page", "r1", "r2", "q7", "off the scale"
  };

  /** The parts of an encoded tally, each one replaceable. */
  static final class State {
    long seen = 5;
    long untagged = 1;
    // one NPS answer at the first touchpoint
    Consumer<Frame.Writer> measures = w -> entry(w.putInt(1), "nps", Scale.NPS, TPS, 1);
    // one overall NPS answer: the response without a touchpoint
    Consumer<Frame.Writer> overall = w -> entry(w.putInt(1), "nps", Scale.NPS, 1, 1);
    Consumer<Frame.Writer> unknown = w -> w.putInt(1).putString("checkout").putLong(1);
    Consumer<Frame.Writer> rejects = w -> w.putLong(0).putInt(0);
    Consumer<Frame.Writer> lows = w -> w.putInt(1).putString("r1").putDouble(0.5);
    // lowest touchpoints {0}, touchpoints seen {0}
    Consumer<Frame.Writer> lowTouchpoints = w -> w.putInt(1).putLong(1).putInt(1).putLong(1);

    byte[] bytes() {
      Frame.Writer w = Frame.writer("scorecard", 2);
      ScorecardContractTest.header(w, FAIL_FAST.journey().id().value(), seen, untagged);
      measures.accept(w);
      overall.accept(w);
      unknown.accept(w);
      rejects.accept(w);
      lows.accept(w);
      lowTouchpoints.accept(w);
      return w.finish();
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
        .hasMessageContaining(reason)
        .satisfies(
            e -> {
              for (String input : INPUT) {
                assertThat(e.getMessage()).doesNotContain(input);
              }
            });
  }

  static void rejected(State s, String reason) {
    rejected(FAIL_FAST, s, reason);
  }

  static Frame.Writer entry(Frame.Writer w, String measure, Scale scale, int groups, long... top) {
    return entry(w, measure, measure, scale, groups, top);
  }

  /**
   * A measure entry named {@code entry} holding {@code groups} accumulators of the calculator
   * {@code id}, group {@code g} holding {@code top[g]} answers at the top of the scale (none past
   * the end of {@code top}).
   */
  static Frame.Writer entry(
      Frame.Writer w, String entry, String id, Scale scale, int groups, long... top) {
    w.putString(entry).putInt(groups);
    for (int g = 0; g < groups; g++) {
      Frame.Writer h = Frame.writer(id, 1).putScale(scale);
      for (int p = scale.min(); p <= scale.max(); p++) {
        h.putLong(p == scale.max() && g < top.length ? top[g] : 0);
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
    // scores at the ends of 0..1 and a respondent who answered a touchpoint that is not their
    // lowest are fine
    for (double score : new double[] {0.0, 1.0}) {
      State s =
          state(
              x -> {
                x.measures = w -> entry(w.putInt(1), "nps", Scale.NPS, TPS, 1, 1);
                x.lows = w -> w.putInt(1).putString("r1").putDouble(score);
                x.lowTouchpoints = w -> w.putInt(1).putLong(0b01).putInt(1).putLong(0b11);
              });
      assertThat(FAIL_FAST.decode(s.bytes()).toBytes()).isEqualTo(s.bytes());
    }
    // as many set aside as seen
    State full = state(x -> x.seen = 2);
    assertThat(FAIL_FAST.decode(full.bytes()).result().untagged()).isEqualTo(1);
    // overall answers on two measures add up to the responses without a touchpoint
    State twoOverall =
        state(
            x -> {
              x.untagged = 3;
              x.overall =
                  w -> entry(entry(w.putInt(2), "csat", Scale.CSAT, 1, 1), "nps", Scale.NPS, 1, 2);
            });
    assertThat(FAIL_FAST.decode(twoOverall.bytes()).toBytes()).isEqualTo(twoOverall.bytes());
    // no responses without a touchpoint, no overall entries
    State noOverall =
        state(
            x -> {
              x.untagged = 0;
              x.overall = w -> w.putInt(0);
            });
    assertThat(FAIL_FAST.decode(noOverall.bytes()).result().untagged()).isZero();
  }

  @Test
  void measureEntries() {
    rejected(
        state(s -> s.measures = w -> entry(w.putInt(1), "Not An Id", "nps", Scale.NPS, TPS)),
        "measure entry 1 of 1 is not a measure id");
    rejected(
        state(s -> s.measures = w -> entry(w.putInt(1), "loyalty", "nps", Scale.NPS, TPS)),
        "measure entry 1 of 1 is not a measure of this scorecard");
    rejected(
        state(
            s ->
                s.measures =
                    w ->
                        entry(
                            entry(w.putInt(2), "nps", Scale.NPS, TPS, 1), "csat", Scale.CSAT, TPS)),
        "measure entry 2 of 2 is out of order");
    rejected(
        state(
            s ->
                s.measures =
                    w ->
                        entry(entry(w.putInt(2), "nps", Scale.NPS, TPS, 1), "nps", Scale.NPS, TPS)),
        "measure entry 2 of 2 is out of order");
    rejected(
        state(s -> s.measures = w -> entry(w.putInt(1), "nps", Scale.NPS, TPS + 1, 1)),
        "measure entry 1 of 1 has another group count");
    rejected(
        state(s -> s.measures = w -> entry(w.putInt(1), "nps", Scale.NPS, 1, 1)),
        "measure entry 1 of 1 has another group count");
    State inOrder =
        state(
            s ->
                s.measures =
                    w ->
                        entry(
                            entry(w.putInt(2), "csat", Scale.CSAT, TPS), "nps", Scale.NPS, TPS, 1));
    assertThat(FAIL_FAST.decode(inOrder.bytes()).toBytes()).isEqualTo(inOrder.bytes());
  }

  @Test
  void overallMeasureEntries() {
    rejected(
        state(s -> s.overall = w -> entry(w.putInt(1), "Not An Id", "nps", Scale.NPS, 1, 1)),
        "overall measure entry 1 of 1 is not a measure id");
    rejected(
        state(s -> s.overall = w -> entry(w.putInt(1), "loyalty", "nps", Scale.NPS, 1, 1)),
        "overall measure entry 1 of 1 is not a measure of this scorecard");
    rejected(
        state(
            s -> {
              s.untagged = 2;
              s.overall =
                  w -> entry(entry(w.putInt(2), "nps", Scale.NPS, 1, 1), "csat", Scale.CSAT, 1, 1);
            }),
        "overall measure entry 2 of 2 is out of order");
    rejected(
        state(
            s -> {
              s.untagged = 2;
              s.overall =
                  w -> entry(entry(w.putInt(2), "nps", Scale.NPS, 1, 1), "nps", Scale.NPS, 1, 1);
            }),
        "overall measure entry 2 of 2 is out of order");
    rejected(
        state(s -> s.overall = w -> entry(w.putInt(1), "nps", Scale.NPS, TPS, 1)),
        "overall measure entry 1 of 1 has another group count");
    rejected(
        state(s -> s.overall = w -> entry(w.putInt(1), "nps", Scale.NPS, 2, 1)),
        "overall measure entry 1 of 1 has another group count");
  }

  @Test
  void overallAnswersAddUpToTheResponsesWithoutATouchpoint() {
    String reason = "the responses without a touchpoint do not add up to the overall answers";
    // fewer overall answers than responses without a touchpoint
    rejected(state(s -> s.untagged = 2), reason);
    rejected(state(s -> s.overall = w -> w.putInt(0)), reason);
    // more
    rejected(state(s -> s.overall = w -> entry(w.putInt(1), "nps", Scale.NPS, 1, 2)), reason);
    rejected(state(s -> s.untagged = 0), reason);
    // overall answers past what a long counts
    rejected(
        state(
            s -> {
              s.seen = Long.MAX_VALUE;
              s.untagged = Long.MAX_VALUE;
              s.unknown = w -> w.putInt(0);
              s.overall =
                  w ->
                      entry(
                          entry(w.putInt(2), "csat", Scale.CSAT, 1, Long.MAX_VALUE),
                          "nps",
                          Scale.NPS,
                          1,
                          1);
            }),
        "more responses than a long counts");
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
              s.unknown = w -> w.putInt(1).putString("checkout").putLong(Long.MAX_VALUE);
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
        w -> w.putLong(1).putInt(1).putLong(4).putString("q7").putString("off the scale");
    State ok = state(s -> s.rejects = oneReject);
    assertThat(COLLECT.decode(ok.bytes()).result().rejected()).isEqualTo(1);
    rejected(
        COLLECT,
        state(
            s ->
                s.rejects =
                    w ->
                        w.putLong(1)
                            .putInt(1)
                            .putLong(5)
                            .putString("q7")
                            .putString("off the scale")),
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
                    w ->
                        w.putLong(2)
                            .putInt(1)
                            .putLong(0)
                            .putString("q7")
                            .putString("off the scale")),
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
                          .putString("q7")
                          .putString("off the scale")
                          .putLong(1)
                          .putString("q7")
                          .putString("off the scale");
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
              s.overall = w -> w.putInt(0);
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
              s.lowTouchpoints =
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
        state(s -> s.lowTouchpoints = w -> w.putInt(0).putInt(1).putLong(1)),
        "respondent 1 of 1 has no lowest touchpoint");
    rejected(
        state(s -> s.lowTouchpoints = w -> w.putInt(1).putLong(0).putInt(1).putLong(1)),
        "respondent 1 of 1, lowest touchpoints is not in canonical form");
    rejected(
        state(s -> s.lowTouchpoints = w -> w.putInt(1).putLong(1).putInt(1).putLong(0)),
        "respondent 1 of 1, touchpoints seen is not in canonical form");
    rejected(
        state(s -> s.lowTouchpoints = w -> w.putInt(1).putLong(1L << TPS).putInt(1).putLong(1)),
        "respondent 1 of 1, lowest touchpoints names a touchpoint the journey does not have");
    rejected(
        state(s -> s.lowTouchpoints = w -> w.putInt(1).putLong(1).putInt(1).putLong(1L << TPS)),
        "respondent 1 of 1, touchpoints seen names a touchpoint the journey does not have");
    // answers at both touchpoints, but the lowest one is not among those the respondent answered
    rejected(
        state(
            s -> {
              s.measures = w -> entry(w.putInt(1), "nps", Scale.NPS, TPS, 1, 1);
              s.lowTouchpoints = w -> w.putInt(1).putLong(0b10).putInt(1).putLong(0b01);
            }),
        "respondent 1 of 1 has a lowest touchpoint it did not answer");
    // the respondent answered the second touchpoint, which holds no answers
    rejected(
        state(s -> s.lowTouchpoints = w -> w.putInt(1).putLong(0b01).putInt(1).putLong(0b11)),
        "respondent 1 of 1 answered a touchpoint the tally holds no answers for");
    // ... also when the only answers there are on another measure than the first
    rejected(
        state(
            s -> {
              s.measures =
                  w ->
                      entry(
                          entry(w.putInt(2), "csat", Scale.CSAT, TPS, 0, 0, 1),
                          "nps",
                          Scale.NPS,
                          TPS,
                          1);
              s.lowTouchpoints = w -> w.putInt(1).putLong(0b01).putInt(1).putLong(0b11);
            }),
        "respondent 1 of 1 answered a touchpoint the tally holds no answers for");
  }
}
