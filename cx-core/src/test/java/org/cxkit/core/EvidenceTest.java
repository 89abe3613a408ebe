package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxkit.core.blueprint.Evidence;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/** Evidence items with their own channel and ownership (#17). */
class EvidenceTest {
  @Test
  void aNewspaperAdIsNotOwnedTheWayAMenuIs() {
    Frontstage f =
        Frontstage.of("Chooses dinner", "room-service menu")
            .withEvidence(Evidence.of("newspaper ad").in(Channel.PRINT).ownedBy(Ownership.PARTNER));
    assertThat(f.evidenceNames()).containsExactly("room-service menu", "newspaper ad");
    assertThat(f.evidence().get(0).isNameOnly()).isTrue();
    assertThat(f.evidence().get(0).channel()).isEmpty();
    assertThat(f.evidence().get(1).channel()).contains(Channel.PRINT);
    assertThat(f.evidence().get(1).ownership()).contains(Ownership.PARTNER);
    assertThat(f.evidence().get(1)).hasToString("newspaper ad (PRINT, PARTNER)");
    assertThat(Evidence.of("x").ownedBy(Ownership.SOCIAL)).hasToString("x (SOCIAL)");
    assertThat(Touchpoint.builder("t").frontstage(f).build().frontstage()).isEqualTo(f);
  }

  @Test
  void aBlankNameIsRejectedNamingTheField() {
    assertThatThrownBy(() -> Evidence.of(" ")).hasMessage("name must not be blank");
    assertThatThrownBy(() -> Frontstage.of("d", "a", " "))
        .hasMessage("evidence[1] must not be blank");
  }

  @Test
  void theJourneyMapsDeliveryHoldsTheCarriersAndTheBrandsEvidence() {
    Frontstage f =
        ReferenceModels.journeyMap()
            .journeys()
            .get(0)
            .touchpoint("delivery")
            .orElseThrow()
            .frontstage();
    assertThat(f.evidence())
        .extracting(e -> e.ownership().map(Enum::name).orElse("-"))
        .containsExactly("-", "BRAND", "-");
  }
}
