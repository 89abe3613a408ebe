package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.cxkit.core.Scale;
import org.cxkit.metrics.ScaleHistogram;
import org.junit.jupiter.api.Test;

/**
 * Delight is its own definition, apart from the scale's good box (issue #11): one scale serves the
 * CSAT top-2 box and the delight classification on the same item.
 */
class DelightDefinitionTest {
  /** A CSAT item whose top box is its good box: the top-2-box headline a user wants. */
  private static final Scale TOP2 = Scale.higherIsBetter(1, 5, 2, 2, 2);

  /**
   * The case: 209 of 1000 answered 5 and 345 answered 4. Classified by the top-2 box, 554
   * of 1000 (0.554) were "delighted"; only the 5s are, 0.209.
   */
  @Test
  void oneScaleServesTheTop2BoxAndTheDelightClassification() {
    int[] answers = new int[1000];
    boolean[] repurchased = new boolean[1000];
    for (int i = 0; i < 1000; i++) {
      answers[i] = i < 209 ? 5 : i < 554 ? 4 : 1 + i % 3;
      repurchased[i] = i % 2 == 0;
    }
    // before: the scale's top box was both the good box and the delight, so this threw
    DelightUplift<Boolean, DelightUplift.BinaryTally> uplift =
        DelightUplift.binary(Delight.top(TOP2, 1));
    UpliftResult r = uplift.newTally().addAll(answers, repurchased).result();
    assertThat((double) r.groups().get(0).n() / r.n()).isCloseTo(0.209, within(1e-12));
    assertThat(r.groups().get(1).n()).isEqualTo(345);
    assertThat(r.groups().get(2).n()).isEqualTo(446);
    // the same scale still gives the top-2-box CSAT headline: 554 of 1000 good answers
    ScaleHistogram h = ScaleHistogram.of(TOP2, 149, 149, 148, 345, 209);
    assertThat(h.goodCount()).isEqualTo(554);
    assertThat(h.topCount()).isEqualTo(554);
  }

  @Test
  void delightedAnswersAreStatedAndChecked() {
    assertThat(Delight.topBox(Scale.CSAT).answers()).containsExactly(5);
    assertThat(Delight.top(Scale.CES, 2).answers()).containsExactly(6, 7);
    Scale lower = Scale.lowerIsBetter(1, 5, 1, 2, 2);
    assertThat(Delight.top(lower, 1).answers()).containsExactly(1);
    assertThat(Delight.answers(Scale.NPS, 10, 10).answers()).containsExactly(10);
    Delight d = Delight.answers(Scale.NPS, 10);
    assertThat(d.isDelighted(10)).isTrue();
    assertThat(d.isDelighted(9)).isFalse();
    assertThat(d.group(9)).isEqualTo(DelightUplift.SATISFIED);
    assertThat(d.group(8)).isEqualTo(DelightUplift.DISSATISFIED);

    assertThatThrownBy(() -> Delight.topBox(TOP2)).hasMessageContaining("points: ");
    assertThatThrownBy(() -> Delight.top(Scale.CSAT, 0)).hasMessageContaining("give 1..1");
    assertThatThrownBy(() -> Delight.answers(Scale.CSAT))
        .hasMessageContaining("at least one delighted answer");
    assertThatThrownBy(() -> Delight.answers(Scale.CSAT, 5, 6))
        .hasMessageContaining("delighted[1]")
        .hasMessageContaining("off the scale 1..5");
    assertThatThrownBy(() -> Delight.answers(Scale.CSAT, 3))
        .hasMessageContaining("delighted[0]")
        .hasMessageContaining("good box");
    assertThatThrownBy(() -> Delight.answers(Scale.CSAT, 4, 5))
        .hasMessageContaining("whole good box");
    assertThatThrownBy(() -> d.group(11))
        .hasMessageContaining("off the scale 0..10")
        .hasMessageNotContaining("11");
  }

  @Test
  void groupsAreNamedInResultsAndText() {
    Delight d = Delight.answers(Scale.NPS, 10).named("tens", "nines", "others");
    assertThat(d.groupNames()).containsExactly("tens", "nines", "others");
    DelightUplift.BinaryTally t = DelightUplift.binary(d).newTally();
    t.add(10, true);
    t.add(9, false);
    t.add(3, false);
    UpliftResult r = t.result();
    assertThat(r.groupNames()).containsExactly("tens", "nines", "others");
    assertThat(r.groups()).extracting(UpliftGroup::name).containsExactly("tens", "nines", "others");
    assertThat(r.toString()).contains("tens − nines: 100.0 percentage points");
    UpliftResult again = UpliftResult.of(r.outcome(), r.statistics(), r.groupNames());
    assertThat(again).isEqualTo(r);
    assertThat(UpliftResult.of(r.outcome(), r.statistics())).isNotEqualTo(r);

    assertThatThrownBy(() -> d.named("a", "a", "b")).hasMessageContaining("must differ");
    assertThatThrownBy(() -> d.named("a", " ", "b")).hasMessageContaining("satisfied: ");
    assertThatThrownBy(() -> d.named("a", "b", "x".repeat(65)))
        .hasMessageContaining("dissatisfied: ")
        .hasMessageContaining("more than 64");
    assertThatThrownBy(() -> d.named("a\n", "b", "c")).hasMessageContaining("control character");
    assertThatThrownBy(() -> UpliftResult.of(r.outcome(), r.statistics(), List.of("a", "b")))
        .hasMessageContaining("names");
  }

  @Test
  void statesOfAnotherDefinitionNeitherMergeNorDecode() {
    DelightUplift<Boolean, DelightUplift.BinaryTally> five =
        DelightUplift.binary(Delight.answers(Scale.CES, 7));
    DelightUplift<Boolean, DelightUplift.BinaryTally> sixSeven =
        DelightUplift.binary(Delight.top(Scale.CES, 2));
    DelightUplift.BinaryTally a = five.newTally();
    a.add(7, true);
    assertThatThrownBy(() -> sixSeven.newTally().merge(a)).hasMessageContaining("cannot merge");
    assertThatThrownBy(() -> sixSeven.decode(a.toBytes()))
        .hasMessageContaining("other answers as delighted");
    // renamed groups classify alike: their states merge and decode
    DelightUplift<Boolean, DelightUplift.BinaryTally> renamed =
        DelightUplift.binary(Delight.answers(Scale.CES, 7).named("wow", "ok", "meh"));
    assertThat(renamed.decode(a.toBytes()).result().groupNames())
        .containsExactly("wow", "ok", "meh");
    assertThat(renamed.newTally().merge(a).result().n()).isEqualTo(1);
    assertThat(five.decode(a.toBytes()).result()).isEqualTo(a.result());
  }
}
