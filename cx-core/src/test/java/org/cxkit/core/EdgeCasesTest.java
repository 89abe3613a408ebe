package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.ExperienceIntent;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.Strategy;
import org.junit.jupiter.api.Test;

/** Behaviour at the edges that the broader tests pass by: ties, lone nodes, removal by zero. */
class EdgeCasesTest {
  @Test
  void aValueIsNotBetterThanItselfInEitherDirection() {
    Scale up = Scale.CSAT;
    Scale down = Scale.lowerIsBetter(1, 7, 1, 2, 2);
    assertThat(up.isBetter(4, 4)).isFalse();
    assertThat(down.isBetter(4, 4)).isFalse();
    assertThat(up.isBetter(Math.nextUp(4.0), 4)).isTrue();
    assertThat(down.isBetter(Math.nextDown(4.0), 4)).isTrue();
    assertThat(up.isBetter(4, Math.nextUp(4.0))).isFalse();
    assertThat(down.isBetter(4, Math.nextDown(4.0))).isFalse();
  }

  @Test
  void aTouchpointWithoutMovesIsStillANodeOfTheGraph() {
    Journey one =
        Journey.builder("solo")
            .persona("p")
            .stage(Stage.builder("only", Phase.DURING).touchpoint(Touchpoint.builder("desk")))
            .build();
    TouchpointId desk = TouchpointId.of("desk");
    assertThat(one.graph().network().nodes()).containsExactly(desk);
    assertThat(one.graph().successors(desk)).isEmpty();
    assertThat(one.graph().predecessors(desk)).isEmpty();
    assertThat(one.graph().reachable()).containsExactly(desk);
  }

  @Test
  void zeroParticipantsRemovesTheRole() {
    Provenance p = Provenance.of(ResearchMethod.CUSTOMER_INTERVIEW);
    Provenance back =
        p.withParticipants(ParticipantRole.CUSTOMER, 6)
            .withParticipants(ParticipantRole.CUSTOMER, 0);
    assertThat(back).isEqualTo(p);
    assertThat(back.participants(ParticipantRole.CUSTOMER)).isZero();
    assertThat(back.involvesCustomersOrFrontline()).isFalse();
  }

  @Test
  void aReportWithFindingsIsNotClean() {
    CheckReport bare = CxModel.builder("Bare").build().check();
    assertThat(bare.findings()).isEmpty(); // strategy rules stay quiet without a strategy
    assertThat(bare.isClean()).isTrue();
    ExperienceIntent one = ExperienceIntent.NONE.with(IntentPerspective.SURPRISES, "Waffles");
    CheckReport report =
        CxModel.builder("Half").strategy(Strategy.builder().intent(one).build()).build().check();
    assertThat(report.findings()).isNotEmpty();
    assertThat(report.isClean()).isFalse();
  }

  @Test
  void anIncompleteIntentNamesExactlyTheMissingPerspectives() {
    ExperienceIntent two =
        ExperienceIntent.NONE
            .with(IntentPerspective.SURPRISES, "Waffles")
            .with(IntentPerspective.IS_REMEMBERED, "The talk");
    CxModel m = CxModel.builder("Half").strategy(Strategy.builder().intent(two).build()).build();
    Finding f = m.check().of(Rule.INTENT_INCOMPLETE).get(0);
    assertThat(f.arguments().values())
        .containsExactly(
            List.of(IntentPerspective.SUPPORTS_SELF_IMAGE, IntentPerspective.MAKES_THEM_WANT_MORE));
  }
}
