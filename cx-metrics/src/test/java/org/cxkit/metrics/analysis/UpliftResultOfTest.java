package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.analysis.UpliftResult.GroupStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link UpliftResult#of} is the exact inverse of {@link UpliftResult#statistics()}. */
class UpliftResultOfTest {
  static LongStream seeds50() {
    return Seeds.seeds(50);
  }

  private static void roundTrip(UpliftResult r, long seed) {
    String why = Seeds.describe(seed) + ", " + r.outcome();
    UpliftResult again = UpliftResult.of(r.outcome(), r.statistics());
    assertThat(again).as(why).isEqualTo(r);
    assertThat(again.hashCode()).as(why).isEqualTo(r.hashCode());
    assertThat(again.toString()).as(why).isEqualTo(r.toString());
    assertThat(again.interval(0.95)).as(why).isEqualTo(r.interval(0.95));
    assertThat(r.statistics()).as(why).allMatch(g -> g.kind() == r.outcome());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds50")
  void ofStatisticsGivesTheSameResult(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    DelightUplift.BinaryTally b = DelightUplift.binary(Scale.CSAT).newTally();
    DelightUplift.NpsTally p = DelightUplift.nps(Scale.CSAT).newTally();
    DelightUplift.NumericTally m = DelightUplift.numeric(Scale.CSAT).newTally();
    int n = rnd.nextInt(0, 60);
    for (int i = 0; i < n; i++) {
      b.add(rnd.nextInt(1, 6), rnd.nextBoolean());
      p.add(rnd.nextInt(1, 6), rnd.nextInt(0, 11));
      m.add(rnd.nextInt(1, 6), rnd.nextDouble(-50, 500));
    }
    roundTrip(b.result(), seed);
    roundTrip(p.result(), seed);
    roundTrip(m.result(), seed);
  }

  @Test
  void statisticsCarryTheCounts() {
    DelightUplift.NpsTally t = DelightUplift.nps(Scale.CSAT).newTally();
    t.add(5, 10);
    t.add(5, 3);
    t.add(4, 8);
    assertThat(t.result().statistics())
        .containsExactly(
            GroupStatistics.nps(1, 0, 1),
            GroupStatistics.nps(0, 1, 0),
            GroupStatistics.nps(0, 0, 0));
    assertThat(GroupStatistics.nps(1, 2, 3).n()).isEqualTo(6);
    assertThat(GroupStatistics.numeric(0, -0.0, 0).mean())
        .as("a negative zero is normalised, so equal statistics are equal")
        .isEqualTo(0.0);
  }

  @Test
  void rejectsStatisticsThatDoNotFitTheOutcome() {
    GroupStatistics<?> empty = GroupStatistics.binary(0, 0);
    assertThatThrownBy(() -> UpliftResult.of(DelightUplift.Outcome.BINARY, List.of(empty, empty)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 groups");
    assertThatThrownBy(
            () ->
                UpliftResult.of(
                    DelightUplift.Outcome.BINARY,
                    List.of(GroupStatistics.nps(1, 2, 3), empty, empty)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delighted");
    assertThatThrownBy(
            () ->
                UpliftResult.of(
                    DelightUplift.Outcome.NPS,
                    List.of(
                        GroupStatistics.nps(0, 0, 0),
                        GroupStatistics.binary(5, 1),
                        GroupStatistics.nps(0, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("satisfied")
        .hasMessageContaining("NPS");
    assertThatThrownBy(
            () ->
                UpliftResult.of(
                    DelightUplift.Outcome.NUMERIC,
                    List.of(
                        GroupStatistics.numeric(0, 0, 0),
                        GroupStatistics.numeric(0, 0, 0),
                        GroupStatistics.binary(3, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dissatisfied");
    assertThatThrownBy(
            () ->
                UpliftResult.of(
                    DelightUplift.Outcome.BINARY,
                    List.of(
                        GroupStatistics.binary(Long.MAX_VALUE, 0),
                        GroupStatistics.binary(1, 0),
                        empty)))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> GroupStatistics.binary(2, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.binary(-1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.numeric(2, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.numeric(2, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.numeric(0, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty group");
    assertThatThrownBy(() -> GroupStatistics.numeric(1, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group of one");
    assertThatThrownBy(() -> GroupStatistics.nps(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(ArithmeticException.class);
  }
}
