package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.ExperienceIntent;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.MarketAnalysis;
import org.cxkit.core.strategy.MaturityLevel;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;

/** Hand-built models for the JSON tests. */
final class Fixtures {
  private Fixtures() {}

  /** A model using every part of the format. */
  static CxModel rich() {
    Strategy strategy =
        Strategy.builder()
            .businessGoal(
                BusinessGoal.of("grow", "Grow renewals").withTarget("+5 pp").withHorizon("2027"))
            .offering(
                Offering.of("broadband", "Home broadband", OfferingType.SERVICE)
                    .withValueProposition(
                        ValueProposition.builder()
                            .job("work from home")
                            .pain("outages")
                            .gain("\"it just works\" — ünïcødé ✓ 😀")
                            .promise("Online in a day")
                            .build()))
            .segment(Segment.of("families", "Families").withDescription("Two or more people"))
            .market(
                MarketAnalysis.of(
                    ImmutableList.of(
                        Competitor.of("Acme").withStrengths("price").withWeaknesses("support")),
                    ImmutableList.of(
                        Insight.of("Set-up is the moment of truth", InsightMethod.QUALITATIVE)
                            .withSource("interviews 2026"))))
            .intent(ExperienceIntent.NONE.with(IntentPerspective.SURPRISES, "Faster than promised"))
            .maturity(
                CxMaturity.of(MaturityLevel.EXPECTED, "Quarterly NPS", LocalDate.of(2026, 3, 1)))
            .build();
    Persona persona =
        Persona.of("busy-parent", "Busy parent")
            .withSegment("families")
            .withProfile(
                Profile.builder()
                    .goal("stay connected")
                    .need("reliability")
                    .frustration("hold music")
                    .preferredChannels(Channel.APP, Channel.CHAT)
                    .build())
            .withStory("Works from home, two kids.");
    Journey.Builder journey =
        Journey.builder("onboarding")
            .name("Getting connected")
            .persona("busy-parent")
            .offering("broadband")
            .status(JourneyStatus.VALIDATED)
            .provenance(
                Provenance.of(ResearchMethod.WORKSHOP, ResearchMethod.CUSTOMER_INTERVIEW)
                    .withParticipants(ParticipantRole.CUSTOMER, 8)
                    .withParticipants(ParticipantRole.DESIGNER, 2)
                    .withValidatedOn(LocalDate.of(2026, 4, 2)))
            .stage(
                Stage.builder("discover", Phase.BEFORE)
                    .name("Discover")
                    .touchpoint(
                        Touchpoint.builder("ad")
                            .name("Sees an ad")
                            .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                            .channel(Channel.SOCIAL_MEDIA)
                            .ownership(Ownership.PARTNER)
                            .owner("Marketing")
                            .realms(ExperienceRealm.ESTHETIC, ExperienceRealm.ENTERTAINMENT)))
            .stage(
                Stage.builder("sign-up", Phase.DURING)
                    .touchpoint(
                        Touchpoint.builder("order")
                            .name("Orders online")
                            .action(Actor.CUSTOMER)
                            .channel(Channel.WEB)
                            .frontstage("Order form", "confirmation e-mail")
                            .backstage(
                                Backstage.builder()
                                    .action("credit check")
                                    .system("CRM")
                                    .role("sales")
                                    .process("ordering")
                                    .build())
                            .goals(
                                TouchpointGoals.builder()
                                    .does("orders")
                                    .thinks("easy")
                                    .feels("confident")
                                    .place("web")
                                    .process("order flow")
                                    .communication("clear prices")
                                    .build())
                            .momentOfTruth()
                            .failPoint("credit check fails")
                            .measure(MetricTarget.mean("csat", 4.2))
                            .measure(MetricTarget.mean("effort", 2)))
                    .touchpoint(
                        Touchpoint.builder("call-help")
                            .action(Actor.CUSTOMER)
                            .channel(Channel.PHONE)
                            .controllable(false)
                            .offMainPath()))
            .stage(
                Stage.builder("use", Phase.AFTER)
                    .touchpoint(
                        Touchpoint.builder("install")
                            .channel(Channel.FACE_TO_FACE)
                            .measure(MetricTarget.npsPoints("nps", 30))))
            .transition("order", "call-help", TransitionKind.EXCEPTION, "credit check failed")
            .transition("call-help", "order", TransitionKind.LOOP_BACK);
    return CxModel.builder("Acme Telecom")
        .strategy(strategy)
        .measure(Measure.of("effort", "Effort score", Scale.lowerIsBetter(1, 5, 1, 2, 1)))
        .persona(persona)
        .persona(Persona.of("student", "Student"))
        .journey(journey)
        .build();
  }

  /** The smallest valid model. */
  static CxModel minimal() {
    return CxModel.builder("Minimal").build();
  }

  /** A model with one journey of {@code stages} x {@code perStage} touchpoints. */
  static CxModel large(int stages, int perStage) {
    return org.cxkit.core.testing.Fixtures.large(stages, perStage);
  }

  static ImmutableSortedMap<String, String> none() {
    return ImmutableSortedMap.of();
  }
}
