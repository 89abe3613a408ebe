package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cxkit.metrics.journeys.ConformanceTest.step;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Step;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DirectlyFollowsTest {
  private static final Instant T0 = Instant.parse("2026-11-04T08:00:00Z");

  /** A journey of these steps, a minute apart; {@code ~x} is the ad hoc step x. */
  static ActualJourney journey(String... steps) {
    List<JourneyEvent> events = new ArrayList<>();
    for (int i = 0; i < steps.length; i++) {
      JourneyEvent.Builder b = JourneyEvent.builder().customer("c").time(T0.plusSeconds(60L * i));
      if (steps[i].startsWith("~")) {
        b.adHoc(steps[i].substring(1));
      } else {
        b.touchpoint(steps[i]);
      }
      events.add(b.build());
    }
    return ActualJourney.of(Grain.CUSTOMER, "c", events);
  }

  @Test
  void countsPairsStartsAndEndsByHand() {
    // a b a c / a ~x c / c: pairs a>b 1, b>a 1, a>c 1, a>~x 1, ~x>c 1; starts a 2, c 1; ends c 3
    DirectlyFollowsResult r =
        DirectlyFollows.of(List.of(step("a"), step("b")))
            .newState()
            .addAll(List.of(journey("a", "b", "a", "c"), journey("a", "~x", "c"), journey("c")))
            .result();
    assertThat(r.journeys()).isEqualTo(3);
    assertThat(r.events()).isEqualTo(8);
    assertThat(r.directlyFollows())
        .extracting(Object::toString)
        .containsExactly("a -> b: 1", "a -> c: 1", "a -> ~\"x\": 1", "b -> a: 1", "~\"x\" -> c: 1");
    assertThat(r.steps())
        .extracting(s -> s.step() + " " + s.events() + " " + s.starts() + " " + s.ends())
        .containsExactly("a 3 2 0", "b 1 0 0", "c 3 1 3", "~\"x\" 1 0 0");
    assertThat(r.count(step("a"), step("c"))).isEqualTo(1);
    assertThat(r.count(step("c"), step("a"))).isZero();
    assertThat(r.step(step("d"))).isEmpty();
    assertThat(r).hasToString("DirectlyFollowsResult[3 journeys, 8 events, 4 steps, 5 pairs]");
  }

  @Test
  void codedJourneysCountTheSameAsJourneys() {
    List<Step> preset = List.of(step("a"), step("b"), step("c"));
    DirectlyFollows dfg = DirectlyFollows.of(preset);
    DirectlyFollows.State byJourney =
        dfg.newState().addAll(List.of(journey("a", "b", "a", "c"), journey("c", "c")));
    DirectlyFollows.State byCode = dfg.newState();
    int[] column = {9, 0, 1, 0, 2, 2, 2, 9};
    byCode.addCodes(column, 1, 5);
    byCode.addCodes(column, 5, 7);
    assertThat(byCode.toBytes()).isEqualTo(byJourney.toBytes());
    assertThat(byCode.result()).isEqualTo(byJourney.result());
  }

  @Test
  void codesOutsideThePresetStepsAreRejectedAndChangeNothing() {
    DirectlyFollows.State s = DirectlyFollows.of(List.of(step("a"), step("b"))).newState();
    s.addCodes(new int[] {0, 1}, 0, 2);
    byte[] before = s.toBytes();
    assertThatThrownBy(() -> s.addCodes(new int[] {0, 1, 2}, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codes[2] is 2, not the code of a preset step (0..1)");
    assertThatThrownBy(() -> s.addCodes(new int[] {0, -1}, 0, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("codes[1] is -1");
    assertThatThrownBy(() -> s.addCodes(new int[] {0}, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is empty");
    assertThatThrownBy(() -> s.addCodes(new int[] {0}, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(s.toBytes()).isEqualTo(before);
    assertThatThrownBy(() -> DirectlyFollows.create().newState().addCodes(new int[] {0}, 0, 1))
        .hasMessageStartingWith("this analysis has no preset steps to code");
  }

  @Test
  void presetStepsMustBeDistinct() {
    assertThatThrownBy(() -> DirectlyFollows.of(List.of(step("a"), step("b"), step("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("steps element 2 repeats an earlier element; preset steps must be distinct");
  }

  @Test
  void aDesignsTouchpointsArePresetInOrder() {
    DirectlyFollows dfg = DirectlyFollows.of(org.cxkit.core.testing.Fixtures.firstVisit());
    assertThat(dfg.steps()).isNotEmpty().allSatisfy(s -> assertThat(s.isAdHoc()).isFalse());
    assertThat(dfg).hasToString("DirectlyFollows[" + dfg.steps().size() + " preset steps]");
  }

  /** Counts pairs, starts and ends the obvious way, with maps of lists. */
  private static Map<List<String>, Long> naive(List<ActualJourney> js) {
    Map<List<String>, Long> m = new HashMap<>();
    for (ActualJourney j : js) {
      List<JourneyEvent> e = j.events();
      m.merge(List.of("start", e.get(0).step().toString()), 1L, Long::sum);
      m.merge(List.of("end", e.get(e.size() - 1).step().toString()), 1L, Long::sum);
      for (int i = 0; i < e.size(); i++) {
        m.merge(List.of("event", e.get(i).step().toString()), 1L, Long::sum);
        if (i > 0) {
          m.merge(
              List.of(e.get(i - 1).step().toString(), e.get(i).step().toString()), 1L, Long::sum);
        }
      }
    }
    return m;
  }

  private static Map<List<String>, Long> flatten(DirectlyFollowsResult r) {
    Map<List<String>, Long> m = new HashMap<>();
    for (DirectlyFollowsResult.StepCount s : r.steps()) {
      m.put(List.of("event", s.step().toString()), s.events());
      if (s.starts() > 0) {
        m.put(List.of("start", s.step().toString()), s.starts());
      }
      if (s.ends() > 0) {
        m.put(List.of("end", s.step().toString()), s.ends());
      }
    }
    for (MoveCount c : r.directlyFollows()) {
      m.put(List.of(c.from().toString(), c.to().toString()), c.count());
    }
    return m;
  }

  /**
   * Over more distinct steps than the dense matrix holds (so pairs land in both the matrix and the
   * hash table, and pairs straddle the two), the counts equal a naive count, and splitting the log
   * at random and merging gives the same bytes.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void denseAndSparsePairsCountLikeANaiveCount(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int distinct = DirectlyFollows.DENSE_STEPS + 1 + r.nextInt(200);
    List<ActualJourney> js = new ArrayList<>();
    for (int k = 0; k < 400; k++) {
      int n = 1 + r.nextInt(12);
      String[] steps = new String[n];
      for (int i = 0; i < n; i++) {
        int c = r.nextInt(4) == 0 ? r.nextInt(8) : r.nextInt(distinct);
        steps[i] = (c % 5 == 0 ? "~s" : "s") + c;
      }
      js.add(journey(steps));
    }
    DirectlyFollows dfg =
        r.nextBoolean() ? DirectlyFollows.create() : DirectlyFollows.of(List.of(step("s3")));
    DirectlyFollows.State one = dfg.newState().addAll(js);
    assertThat(flatten(one.result())).as(Seeds.describe(seed)).isEqualTo(naive(js));
    int cut = r.nextInt(js.size());
    DirectlyFollows.State left = dfg.newState().addAll(js.subList(0, cut));
    DirectlyFollows.State right = dfg.newState().addAll(js.subList(cut, js.size()));
    assertThat(right.merge(left).toBytes()).as(Seeds.describe(seed)).isEqualTo(one.toBytes());
    assertThat(dfg.decode(one.toBytes()).result()).isEqualTo(one.result());
  }
}
