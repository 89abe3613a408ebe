package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.Scale;
import org.cxkit.metrics.Seeds;
import org.cxkit.metrics.analysis.UpliftResult.GroupStatistics;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** {@link UpliftResult#of} is the exact inverse of {@link UpliftResult#statistics()}. */
class UpliftResultOfTest {
  @RepeatedTest(50)
  void ofStatisticsGivesTheSameResult(RepetitionInfo info) {
    long seed = Seeds.seed(0x5eed_0f00L + info.getCurrentRepetition());
    SplittableRandom rnd = new SplittableRandom(seed);
    for (DelightUplift.Outcome kind : DelightUplift.Outcome.values()) {
      DelightUplift u =
          switch (kind) {
            case BINARY -> DelightUplift.binary(Scale.CSAT);
            case NPS -> DelightUplift.nps(Scale.CSAT);
            case NUMERIC -> DelightUplift.numeric(Scale.CSAT);
          };
      DelightUplift.Tally t = u.newTally();
      int n = rnd.nextInt(0, 60);
      for (int i = 0; i < n; i++) {
        int sat = rnd.nextInt(1, 6);
        switch (kind) {
          case BINARY -> t.add(sat, rnd.nextBoolean());
          case NPS -> t.add(sat, rnd.nextInt(0, 11));
          case NUMERIC -> t.add(sat, rnd.nextDouble(-50, 500));
        }
      }
      UpliftResult r = t.result();
      UpliftResult again = UpliftResult.of(r.outcome(), r.statistics());
      assertThat(again).as("seed %s, %s", seed, kind).isEqualTo(r);
      assertThat(again.toString()).as("seed %s", seed).isEqualTo(r.toString());
      assertThat(again.interval(0.95)).as("seed %s", seed).isEqualTo(r.interval(0.95));
    }
  }

  @Test
  void statisticsCarryTheCounts() {
    DelightUplift.Tally t = DelightUplift.nps(Scale.CSAT).newTally();
    t.add(5, 10);
    t.add(5, 3);
    t.add(4, 8);
    assertThat(t.result().statistics())
        .containsExactly(
            GroupStatistics.nps(1, 0, 1),
            GroupStatistics.nps(0, 1, 0),
            GroupStatistics.nps(0, 0, 0));
  }

  @Test
  void rejectsStatisticsThatDoNotFitTheOutcome() {
    GroupStatistics empty = GroupStatistics.binary(0, 0);
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
                        new GroupStatistics(5, 0, 1, 1, 1, 0, 0),
                        GroupStatistics.nps(0, 0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("satisfied")
        .hasMessageContaining("sum");
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
    assertThatThrownBy(() -> GroupStatistics.binary(2, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.numeric(2, Double.NaN, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.numeric(2, 1, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupStatistics.nps(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(ArithmeticException.class);
  }
}
