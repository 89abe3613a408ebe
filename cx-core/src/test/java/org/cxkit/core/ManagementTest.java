package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.management.Magnitude;
import org.cxkit.core.management.Management;
import org.cxkit.core.management.MaturityEvidence;
import org.cxkit.core.management.Opportunity;
import org.cxkit.core.management.Review;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.MaturityLevel;
import org.junit.jupiter.api.Test;

/** The management record in the model, and the maturity its evidence supports. */
class ManagementTest {
  private static final Initiative KIOSK =
      Initiative.of("Check-in kiosk", InitiativeStatus.IN_PROGRESS)
          .withOwner("Community lead")
          .withTarget(MetricTarget.mean("csat", 4.5))
          .withDue(LocalDate.of(2026, 6, 30))
          .withTouchpoints(TouchpointId.of("check-in"));

  private static Management.Builder cycle() {
    return Management.builder()
        .insight(Insight.of("The door queue spoils the evening", InsightMethod.QUALITATIVE))
        .opportunity(
            Opportunity.of("faster-door", "Let people in faster", Magnitude.HIGH, Magnitude.LOW)
                .withTouchpoints(TouchpointId.of("check-in")))
        .journeyOwner(JourneyId.of("first-visit"), "Community lead")
        .review(Review.every("Community lead", Period.ofMonths(1)));
  }

  private static CxModel owned(CxModel m) {
    Journey j = m.journeys().get(0);
    for (var t : j.touchpoints()) {
      j = j.withTouchpoint(t.toBuilder().owner("Events team").build());
    }
    return m.withJourney(j);
  }

  @Test
  void evidenceLevelsWorkedOnTheCleanModel() {
    CxModel clean = RuleTest.clean();
    // Four controllable touchpoints, all measured (csat), none owned: RANDOM.
    MaturityEvidence bare = MaturityEvidence.of(clean);
    assertThat(bare.controllableTouchpoints()).isEqualTo(4);
    assertThat(bare.measured()).isTrue();
    assertThat(bare.owned()).isFalse();
    assertThat(bare.supported()).isEqualTo(MaturityLevel.RANDOM);
    assertThat(bare.declared()).contains(MaturityLevel.EXPECTED);
    assertThat(bare.declaredAboveEvidence()).isTrue();
    // Owned as well: EXPECTED; no cycle yet.
    CxModel owned = owned(clean);
    assertThat(MaturityEvidence.of(owned).supported()).isEqualTo(MaturityLevel.EXPECTED);
    assertThat(MaturityEvidence.of(owned).declaredAboveEvidence()).isFalse();
    // A working cycle and a journey drawn with six customers: MANAGED.
    CxModel managed = owned.withManagement(cycle().initiative(KIOSK).build());
    MaturityEvidence full = MaturityEvidence.of(managed);
    assertThat(full.cycle()).isTrue();
    assertThat(full.coCreated()).isTrue();
    assertThat(full.supported()).isEqualTo(MaturityLevel.MANAGED);
    assertThat(full).hasToString("MaturityEvidence[supported MANAGED, declared EXPECTED]");
    // The same cycle on a journey drawn without customers: EXPECTED.
    Journey j = managed.journeys().get(0);
    CxModel noCustomers =
        managed.withJourney(
            j.toBuilder()
                .provenance(
                    Provenance.of(ResearchMethod.FRONTLINE_INTERVIEW)
                        .withParticipants(ParticipantRole.FRONTLINE, 2))
                .build());
    assertThat(MaturityEvidence.of(noCustomers).supported()).isEqualTo(MaturityLevel.EXPECTED);
    // A dropped initiative is no working cycle.
    CxModel dropped =
        owned.withManagement(
            cycle().initiative(KIOSK.withStatus(InitiativeStatus.DROPPED)).build());
    assertThat(MaturityEvidence.of(dropped).cycle()).isFalse();
  }

  @Test
  void theModelKeepsItsManagementThroughChanges() {
    Management m = cycle().initiative(KIOSK).build();
    CxModel model = RuleTest.clean().withManagement(m);
    assertThat(model.management()).isEqualTo(m);
    assertThat(model.toBuilder().build()).isEqualTo(model);
    assertThat(model.withJourney(model.journeys().get(0)).management()).isEqualTo(m);
    assertThat(model.withStrategy(model.strategy()).management()).isEqualTo(m);
    assertThat(model).isNotEqualTo(RuleTest.clean());
    assertThat(RuleTest.clean().management().isEmpty()).isTrue();
  }

  @Test
  void theModelRejectsManagementNamingWhatItDoesNotHave() {
    Management bad =
        Management.builder()
            .initiative(
                Initiative.of("x", InitiativeStatus.PLANNED)
                    .withTarget(MetricTarget.mean("loyalty", 3))
                    .withTouchpoints(TouchpointId.of("nowhere")))
            .journeyOwner(JourneyId.of("other-journey"), "Someone")
            .employeeExperience(EmployeeExperience.of(TouchpointId.of("ghost"), "Clerk"))
            .build();
    assertThatThrownBy(() -> RuleTest.clean().withManagement(bad))
        .isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("management.initiatives[0].touchpoints: no touchpoint 'nowhere'")
        .hasMessageContaining("management.initiatives[0].target: no measure 'loyalty'")
        .hasMessageContaining("management.journeyOwners: no journey 'other-journey'")
        .hasMessageContaining("management.employeeExperience[0].touchpoint: no touchpoint 'ghost'");
    assertThatThrownBy(() -> RuleTest.clean().toBuilder().management(bad).build())
        .isInstanceOf(ModelValidationException.class)
        .hasMessageContaining("no touchpoint 'nowhere'");
  }

  @Test
  void managementRulesOfItsOwn() {
    Opportunity o = Opportunity.of("a", "b", Magnitude.LOW, Magnitude.LOW);
    assertThatThrownBy(() -> Management.builder().opportunity(o).opportunity(o).build())
        .hasMessage("opportunities[1]: the name is used by an earlier opportunity");
    assertThatThrownBy(
            () ->
                Management.builder()
                    .initiative(Initiative.of("x", InitiativeStatus.DONE).withOpportunity("zzz"))
                    .build())
        .hasMessage("initiatives[0].opportunity: no opportunity of that name");
    EmployeeExperience e = EmployeeExperience.of(TouchpointId.of("check-in"), "Clerk");
    assertThatThrownBy(
            () -> Management.builder().employeeExperience(e).employeeExperience(e).build())
        .hasMessage("employeeExperience[1]: touchpoint 'check-in' already has a record");
    assertThatThrownBy(() -> Review.every("x", Period.ZERO))
        .hasMessage("every must be a positive period, got P0D");
    assertThatThrownBy(
            () ->
                new EmployeeExperience(
                    TouchpointId.of("a"),
                    com.google.common.collect.ImmutableList.of(),
                    com.google.common.collect.ImmutableSet.of(),
                    com.google.common.collect.ImmutableList.of(),
                    java.util.Optional.empty()))
        .hasMessage("roles must name at least one role that delivers the touchpoint");
    assertThat(e.withEnablers(Enabler.values()).fullyEnabled()).isTrue();
    assertThat(e.withEnablers(Enabler.TOOLS).fullyEnabled()).isFalse();
  }

  @Test
  void openInitiativesByOwnerLeaveOutClosedAndUnowned() {
    Management m =
        cycle()
            .initiative(KIOSK)
            .initiative(Initiative.of("Badge printer", InitiativeStatus.PLANNED).withOwner("Ana"))
            .initiative(Initiative.of("Old idea", InitiativeStatus.DONE).withOwner("Ana"))
            .initiative(Initiative.of("Nobody's", InitiativeStatus.PROPOSED))
            .initiative(
                Initiative.of("Signage", InitiativeStatus.PROPOSED).withOwner("Community lead"))
            .build();
    var by = m.openInitiativesByOwner();
    assertThat(by.keySet()).containsExactly("Ana", "Community lead");
    assertThat(by.get("Ana")).extracting(Initiative::name).containsExactly("Badge printer");
    assertThat(by.get("Community lead"))
        .extracting(Initiative::name)
        .containsExactly("Check-in kiosk", "Signage");
    assertThat(KIOSK)
        .hasToString(
            "Initiative[Check-in kiosk, IN_PROGRESS, owner Community lead, target csat target mean 4.5,"
                + " due 2026-06-30]");
  }
}
