package org.cxkit.core.testing;

import java.time.LocalDate;
import java.util.List;
import org.cxkit.core.CxModel;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
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
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;

/**
 * One small, hand-written, realistic model for readable tests: a monthly meetup ("Waffle
 * Wednesday") seen through the first visit of Maria, a freelance designer.
 *
 * <pre>{@code
 * CxModel m = Fixtures.meetup();
 * Journey j = m.journey("first-visit").orElseThrow();
 * j.touchpoint("check-in");
 * }</pre>
 *
 * <p>Shape of {@link #firstVisit()}: four stages (discover and sign-up BEFORE, attend DURING,
 * follow-up AFTER), ten touchpoints of which {@code helpdesk} is off the main path and reached by
 * an EXCEPTION transition from {@code check-in}, plus a LOOP_BACK from {@code reminder} to {@code
 * event-page}. Measures: {@code ces} on {@code rsvp}, {@code csat} on {@code check-in}, {@code nps}
 * on {@code survey}. Every returned value is a fresh but equal instance.
 */
public final class Fixtures {
  private Fixtures() {}

  /**
   * Returns the meetup model: one segment, one offering, one business goal, persona {@code maria}
   * and her journey {@code first-visit}.
   *
   * @return the model
   */
  public static CxModel meetup() {
    return CxModel.builder("Waffle Wednesday")
        .strategy(strategy())
        .persona(maria())
        .journey(firstVisit())
        .build();
  }

  /**
   * Returns the meetup's strategy.
   *
   * @return the strategy
   */
  public static Strategy strategy() {
    return Strategy.builder()
        .businessGoal(
            BusinessGoal.of("community-growth", "Grow the community")
                .withTarget("+30 % members")
                .withHorizon("2027"))
        .offering(
            Offering.of("waffle-wednesday", "Waffle Wednesday", OfferingType.SERVICE)
                .withValueProposition(
                    ValueProposition.builder()
                        .job("Meet other freelancers")
                        .pain("Working alone")
                        .gain("New clients")
                        .promise("Ideas, people and waffles, every month")
                        .build()))
        .segment(
            Segment.of("freelancers", "Freelancers")
                .withDescription("Work alone, want company and clients"))
        .build();
  }

  /**
   * Returns persona {@code maria}.
   *
   * @return the persona
   */
  public static Persona maria() {
    return Persona.of("maria", "Maria, freelance designer")
        .withSegment("freelancers")
        .withProfile(
            Profile.builder()
                .goal("Find clients")
                .need("Company")
                .frustration("Awkward small talk")
                .preferredChannels(Channel.APP, Channel.EMAIL)
                .build())
        .withStory("Maria moved to Helsinki last year and works from home.");
  }

  /**
   * Returns journey {@code first-visit} (see the class docs for its shape).
   *
   * @return the journey
   */
  public static Journey firstVisit() {
    return Journey.builder("first-visit")
        .name("First visit")
        .persona("maria")
        .offering("waffle-wednesday")
        .status(JourneyStatus.DRAFT)
        .provenance(
            Provenance.of(ResearchMethod.WORKSHOP, ResearchMethod.CUSTOMER_INTERVIEW)
                .withParticipants(ParticipantRole.CUSTOMER, 5)
                .withParticipants(ParticipantRole.DESIGNER, 2)
                .withValidatedOn(LocalDate.of(2026, 3, 4)))
        .stage(
            Stage.builder("discover", Phase.BEFORE)
                .touchpoint(
                    Touchpoint.builder("hear-about")
                        .name("Hears about it from a friend")
                        .channel(Channel.SOCIAL_MEDIA)
                        .ownership(Ownership.SOCIAL)
                        .owner("community team"))
                .touchpoint(
                    Touchpoint.builder("event-page")
                        .channel(Channel.WEB)
                        .frontstage(
                            "Event page with date, venue and agenda", "photos of last month")))
        .stage(
            Stage.builder("sign-up", Phase.BEFORE)
                .touchpoint(
                    Touchpoint.builder("rsvp")
                        .channel(Channel.WEB)
                        .action(Actor.CUSTOMER)
                        .measure(MetricTarget.mean("ces", 5)))
                .touchpoint(
                    Touchpoint.builder("reminder")
                        .name("Reminder e-mail")
                        .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                        .channel(Channel.EMAIL)))
        .stage(
            Stage.builder("attend", Phase.DURING)
                .touchpoint(
                    Touchpoint.builder("check-in")
                        .channel(Channel.FACE_TO_FACE)
                        .momentOfTruth()
                        .failPoint("Queue at the door")
                        .measure(MetricTarget.mean("csat", 4))
                        .goals(
                            TouchpointGoals.builder()
                                .does("Gets a name tag")
                                .feels("Welcome")
                                .place("A host at the door")
                                .build())
                        .backstage(Backstage.builder().role("Host").system("Guest list").build()))
                .touchpoint(Touchpoint.builder("helpdesk").channel(Channel.PHONE).offMainPath())
                .touchpoint(Touchpoint.builder("talk").channel(Channel.EVENT))
                .touchpoint(Touchpoint.builder("networking").channel(Channel.EVENT)))
        .stage(
            Stage.builder("follow-up", Phase.AFTER)
                .touchpoint(
                    Touchpoint.builder("slides")
                        .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                        .channel(Channel.EMAIL))
                .touchpoint(
                    Touchpoint.builder("survey")
                        .channel(Channel.WEB)
                        .measure(MetricTarget.npsPoints("nps", 30))))
        .transition("check-in", "helpdesk", TransitionKind.EXCEPTION, "the guest list is down")
        .transition("helpdesk", "talk", TransitionKind.EXPECTED)
        .transition("reminder", "event-page", TransitionKind.LOOP_BACK)
        .build();
  }

  /**
   * Returns a builder of a plain journey {@code j} of persona {@code p}: one DURING stage {@code s}
   * holding these touchpoints on the main path, in order; tests add parallel groups, transitions
   * and entry points to it.
   *
   * @param touchpoints the touchpoints' id slugs
   * @return the builder
   */
  public static Journey.Builder line(String... touchpoints) {
    Stage.Builder stage = Stage.builder("s", Phase.DURING);
    for (String t : touchpoints) {
      stage.touchpoint(Touchpoint.builder(t));
    }
    return Journey.builder("j").persona("p").stage(stage);
  }

  /**
   * Returns journey {@code clinic-visit}, a small fixture of our own (not from a published model;
   * none of the five {@link ReferenceModels} draws steps in either order): a patient of persona
   * {@code patient} who books online or walks in, and at the front desk fills in the form and shows
   * the insurance card in either order.
   *
   * <p>Shape: stage {@code arrive} (BEFORE) has {@code book-online} on the main path and {@code
   * walk-in} off it, a further {@linkplain Journey#entries() entry point} that leads to {@code
   * check-in} (ALTERNATIVE); stage {@code visit} (DURING) has {@code check-in}, then the parallel
   * group {@code fill-in-form} and {@code show-insurance-card}, then {@code consultation}, with
   * {@code self-pay} off the main path, reached by an EXCEPTION from {@code show-insurance-card}
   * (the card is not valid) and leading to {@code consultation}; stage {@code after} (AFTER) has
   * {@code feedback}. So the main path is book-online, check-in, [fill-in-form |
   * show-insurance-card], consultation, feedback: the shortest designed way has 6 touchpoints.
   *
   * @return the journey
   */
  public static Journey clinicVisit() {
    return Journey.builder("clinic-visit")
        .name("Clinic visit")
        .persona("patient")
        .stage(
            Stage.builder("arrive", Phase.BEFORE)
                .touchpoint(Touchpoint.builder("book-online").channel(Channel.WEB))
                .touchpoint(
                    Touchpoint.builder("walk-in").channel(Channel.FACE_TO_FACE).offMainPath()))
        .stage(
            Stage.builder("visit", Phase.DURING)
                .touchpoint(Touchpoint.builder("check-in").channel(Channel.FACE_TO_FACE))
                .touchpoint(
                    Touchpoint.builder("fill-in-form")
                        .name("Fills in the health form")
                        .channel(Channel.FACE_TO_FACE))
                .touchpoint(
                    Touchpoint.builder("show-insurance-card")
                        .name("Shows the insurance card")
                        .channel(Channel.FACE_TO_FACE)
                        .failPoint("The card is not valid"))
                .touchpoint(
                    Touchpoint.builder("self-pay").channel(Channel.FACE_TO_FACE).offMainPath())
                .touchpoint(
                    Touchpoint.builder("consultation")
                        .channel(Channel.FACE_TO_FACE)
                        .momentOfTruth()))
        .stage(
            Stage.builder("after", Phase.AFTER)
                .touchpoint(Touchpoint.builder("feedback").channel(Channel.WEB)))
        .entry("walk-in")
        .transition("walk-in", "check-in", TransitionKind.ALTERNATIVE)
        .transition(
            "show-insurance-card", "self-pay", TransitionKind.EXCEPTION, "the card is not valid")
        .transition("self-pay", "consultation", TransitionKind.EXPECTED)
        .parallel(
            List.of("fill-in-form", "show-insurance-card"), "at the front desk, in either order")
        .build();
  }

  /**
   * Returns a large, plain model: one journey {@code big} of persona {@code p} with {@code stages}
   * stages ({@code s0}, {@code s1}, ..., phases spread in order) of {@code perStage} touchpoints
   * each ({@code t<stage>-<n>}), every touchpoint with a name, a channel, DO and FEEL goals and a
   * CSAT target of 4. The JSON tests use it, and so does {@code ModelReadBenchmark}, whose figures
   * in BENCHMARKS.md are for {@code large(10, 1000)} (6.5 MB of JSON): change it only with them.
   *
   * @param stages the number of stages, at least 1
   * @param perStage the number of touchpoints in each stage, at least 1
   * @return the model
   */
  public static CxModel large(int stages, int perStage) {
    Journey.Builder journey = Journey.builder("big").persona("p");
    Phase[] phases = Phase.values();
    Channel[] channels = Channel.values();
    for (int s = 0; s < stages; s++) {
      Stage.Builder stage =
          Stage.builder("s" + s, phases[s * phases.length / stages]).name("Stage " + s);
      for (int t = 0; t < perStage; t++) {
        stage.touchpoint(
            Touchpoint.builder("t" + s + "-" + t)
                .name("Touchpoint " + s + "/" + t)
                .channel(channels[(s + t) % channels.length])
                .goals(TouchpointGoals.builder().does("does " + t).feels("feels fine").build())
                .measure(MetricTarget.mean("csat", 4)));
      }
      journey.stage(stage);
    }
    return CxModel.builder("Large").persona(Persona.of("p", "P")).journey(journey).build();
  }
}
