package org.cxkit.examples;

import java.time.LocalDate;
import java.util.List;
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

/**
 * The Waffle Wednesday example, built with the Java API: a monthly talk-and-waffles event at a
 * Helsinki coworking space. It shows every part of the model: strategy (goals, the offering and its
 * promise, segments, competitors, insights, the intended experience, maturity), personas with
 * stories, and a first visitor's journey from hearing about the event to signing up for the next
 * one, with a designed loop back and an exception path.
 */
public final class WaffleWednesday {
  private WaffleWednesday() {}

  /** The persona whose first visit the journey follows. */
  public static final String MARIA = "maria";

  /**
   * Builds the model.
   *
   * @return the Waffle Wednesday model
   */
  public static CxModel model() {
    return CxModel.builder("Waffle Wednesday")
        .strategy(strategy())
        .measure(
            Measure.of(
                "waffle-rating",
                "Waffle rating (1 Meh .. 5 Yum!)",
                Scale.higherIsBetter(1, 5, 1, 2, 2)))
        .persona(
            Persona.of(MARIA, "Maria, freelance UX designer")
                .withSegment("freelancers")
                .withProfile(
                    Profile.builder()
                        .goal("Find clients and collaborators")
                        .goal("Keep up with what is new")
                        .need("Company after days of working alone")
                        .frustration("Networking events that feel like sales pitches")
                        .frustration("Evening events that run late")
                        .preferredChannels(Channel.SOCIAL_MEDIA, Channel.EMAIL)
                        .build())
                .withStory(
                    "Maria moved to Helsinki a year ago and works from her kitchen table. A former"
                        + " colleague shared a photo of stacked waffles and a full room; she wants to meet"
                        + " people but dreads forced small talk."))
        .persona(
            Persona.of("jussi", "Jussi, startup founder")
                .withSegment("founders")
                .withProfile(
                    Profile.builder()
                        .goal("Hire his first designer")
                        .need("Honest feedback on the product")
                        .frustration("Events without people who build things")
                        .preferredChannels(Channel.APP, Channel.SOCIAL_MEDIA)
                        .build())
                .withStory(
                    "Jussi runs a four-person startup from the coworking space's second floor and"
                        + " comes when the topic is about product."))
        .persona(
            Persona.of("aino", "Aino, coworking member")
                .withSegment("members")
                .withProfile(Profile.builder().goal("Feel part of the community").build()))
        .journey(firstVisit())
        .build();
  }

  private static Strategy strategy() {
    return Strategy.builder()
        .businessGoal(
            BusinessGoal.of("member-growth", "Grow the coworking community")
                .withTarget("+30 % paying members")
                .withHorizon("2027"))
        .businessGoal(
            BusinessGoal.of("event-nps", "Make the event worth recommending")
                .withTarget("event NPS 50")
                .withHorizon("2026 Q4"))
        .businessGoal(
            BusinessGoal.of("return-rate", "Turn first visitors into regulars")
                .withTarget("60 % of first-time visitors return within 3 months"))
        .offering(
            Offering.of("waffle-wednesday", "Waffle Wednesday", OfferingType.SERVICE)
                .withValueProposition(
                    ValueProposition.builder()
                        .job("Meet people who build things")
                        .job("Learn something new in an hour")
                        .pain("Awkward networking")
                        .pain("Late, long evenings")
                        .gain("Fresh waffles")
                        .gain("A talk short enough to finish by 18:30")
                        .promise(
                            "One easy hour of ideas, people and waffles, every first Wednesday")
                        .build()))
        .segment(Segment.of("members", "Coworking members"))
        .segment(
            Segment.of("freelancers", "Freelancers")
                .withDescription("Work alone; want company and clients"))
        .segment(Segment.of("founders", "Startup founders"))
        .market(
            MarketAnalysis.of(
                List.of(
                    Competitor.of("Helsinki tech meetups")
                        .withStrengths("Big-name speakers")
                        .withWeaknesses("Crowded", "Run late"),
                    Competitor.of("Coworking cafe afternoons")
                        .withStrengths("Drop-in, no sign-up")
                        .withWeaknesses("No programme")),
                List.of(
                    Insight.of(
                            "Freelancers skip events that end after 19:00",
                            InsightMethod.QUALITATIVE)
                        .withSource("12 interviews, spring 2026"),
                    Insight.of(
                            "Two thirds of sign-ups come from shared social posts",
                            InsightMethod.QUANTITATIVE)
                        .withSource("sign-up form, 2025-2026"))))
        .intent(
            ExperienceIntent.NONE
                .with(
                    IntentPerspective.SUPPORTS_SELF_IMAGE,
                    "I am someone who builds things with others")
                .with(IntentPerspective.SURPRISES, "The speaker serves the waffles")
                .with(IntentPerspective.IS_REMEMBERED, "The smell of waffles and one new contact")
                .with(
                    IntentPerspective.MAKES_THEM_WANT_MORE,
                    "Next month's topic is revealed at the end"))
        .maturity(
            CxMaturity.of(
                MaturityLevel.EXPECTED,
                "NPS asked after each event; journey validated once; no follow-up on detractors",
                LocalDate.of(2026, 10, 20)))
        .build();
  }

  private static Journey.Builder firstVisit() {
    Actor host = Actor.of("host");
    return Journey.builder("first-visit")
        .name("Maria's first Waffle Wednesday")
        .persona(MARIA)
        .offering("waffle-wednesday")
        .status(JourneyStatus.VALIDATED)
        .provenance(
            Provenance.of(
                    ResearchMethod.WORKSHOP,
                    ResearchMethod.CUSTOMER_INTERVIEW,
                    ResearchMethod.FRONTLINE_INTERVIEW,
                    ResearchMethod.SURVEY)
                .withParticipants(ParticipantRole.CUSTOMER, 8)
                .withParticipants(ParticipantRole.FRONTLINE, 3)
                .withParticipants(ParticipantRole.DESIGNER, 2)
                .withValidatedOn(LocalDate.of(2026, 10, 14)))
        .stage(
            Stage.builder("discover", Phase.BEFORE)
                .name("Hear about it")
                .touchpoint(
                    Touchpoint.builder("social-post")
                        .name("A friend's post with waffle photos")
                        .channel(Channel.SOCIAL_MEDIA)
                        .ownership(Ownership.SOCIAL)
                        .owner("community manager")
                        .goals(
                            TouchpointGoals.builder()
                                .thinks("People like me go there")
                                .feels("Curious")
                                .communication("Photos of people, not slides")
                                .build()))
                .touchpoint(
                    Touchpoint.builder("event-page")
                        .name("Event page")
                        .channel(Channel.WEB)
                        .owner("community manager")
                        .frontstage(
                            "Reads topic, time and who comes", "event page", "speaker photo")
                        .backstage(
                            Backstage.builder()
                                .action("Publishes the topic three weeks ahead")
                                .system("event platform")
                                .role("community manager")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Picks a date")
                                .thinks("It ends early enough")
                                .feels("Invited")
                                .communication("Start and end time in the first line")
                                .build())
                        .measure(MetricTarget.mean("ces", 5.5))))
        .stage(
            Stage.builder("sign-up", Phase.BEFORE)
                .name("Sign up")
                .touchpoint(
                    Touchpoint.builder("sign-up")
                        .name("Sign-up form")
                        .action(Actor.CUSTOMER)
                        .channel(Channel.WEB)
                        .owner("community manager")
                        .frontstage("Fills in name and e-mail", "sign-up form")
                        .backstage(
                            Backstage.builder()
                                .process("Seat count checked against capacity")
                                .system("event platform")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Signs up in under a minute")
                                .feels("Welcome")
                                .process("No account needed")
                                .build())
                        .failPoint("Event full: the form just says sold out")
                        .measure(MetricTarget.mean("ces", 6)))
                .touchpoint(
                    Touchpoint.builder("waitlist")
                        .name("Waitlist offer")
                        .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                        .channel(Channel.EMAIL)
                        .owner("community manager")
                        .offMainPath()
                        .goals(
                            TouchpointGoals.builder()
                                .thinks("I will get in next time")
                                .feels("Remembered")
                                .communication("Offer the next date with a reserved seat")
                                .build())
                        .measure(MetricTarget.goodBoxShare("csat", 70)))
                .touchpoint(
                    Touchpoint.builder("reminder")
                        .name("Reminder the day before")
                        .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                        .channel(Channel.EMAIL)
                        .owner("community manager")
                        .frontstage("Reads the reminder with the door code", "reminder e-mail")
                        .backstage(
                            Backstage.builder()
                                .action("Sends the reminder at 10:00")
                                .system("mailer")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Comes")
                                .thinks("I know how to get in")
                                .feels("Expected")
                                .communication("Door code and map in the first lines")
                                .build())
                        .measure(MetricTarget.goodBoxShare("csat", 80))))
        .stage(
            Stage.builder("arrive", Phase.DURING)
                .name("Arrive")
                .touchpoint(
                    Touchpoint.builder("arrival")
                        .name("Arrival at the door")
                        .action(Actor.CUSTOMER)
                        .channel(Channel.FACE_TO_FACE)
                        .owner("host")
                        .frontstage(
                            "Finds the door, is greeted by name", "street door", "name tags")
                        .backstage(
                            Backstage.builder()
                                .action("Host waits at the door from 16:45")
                                .role("host")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Finds the room without asking")
                                .feels("Welcome")
                                .place("A sign at the street door")
                                .process("Host greets newcomers first")
                                .build())
                        .momentOfTruth()
                        .failPoint("Street door locks at 17:00")
                        .failPoint("Nobody greets first-timers")
                        .realms(ExperienceRealm.ESTHETIC)
                        .measure(MetricTarget.goodBoxShare("csat", 85))))
        .stage(
            Stage.builder("talk-and-waffles", Phase.DURING)
                .name("Talk, waffles and people")
                .touchpoint(
                    Touchpoint.builder("talk")
                        .name("The talk")
                        .channel(Channel.EVENT)
                        .owner("programme lead")
                        .frontstage("Listens to a 20-minute talk", "projector", "speaker")
                        .backstage(
                            Backstage.builder()
                                .action("Speaker briefed on the 20-minute limit")
                                .role("programme lead")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .thinks("I learned something I can use")
                                .feels("Inspired")
                                .process("Hard stop at 20 minutes")
                                .build())
                        .realms(ExperienceRealm.EDUCATIONAL, ExperienceRealm.ENTERTAINMENT)
                        .measure(MetricTarget.npsPoints("nps", 40)))
                .touchpoint(
                    Touchpoint.builder("waffles")
                        .name("Waffles")
                        .channel(Channel.EVENT)
                        .owner("host")
                        .frontstage(
                            "Gets a fresh waffle from the speaker",
                            "waffle irons",
                            "toppings table")
                        .backstage(
                            Backstage.builder()
                                .action("Batter prepared at 16:00")
                                .role("host")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Takes a waffle and stays")
                                .feels("Delighted")
                                .place("Waffle table in the middle of the room")
                                .build())
                        .realms(ExperienceRealm.ESTHETIC)
                        .measure(MetricTarget.mean("waffle-rating", 4.2)))
                .touchpoint(
                    Touchpoint.builder("networking")
                        .name("Meeting people")
                        .action(Actor.CUSTOMER)
                        .channel(Channel.FACE_TO_FACE)
                        .owner("host")
                        .frontstage("Talks to two or three people", "name tags")
                        .backstage(
                            Backstage.builder()
                                .action("Host introduces newcomers to regulars")
                                .role("host")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Leaves with one new contact")
                                .feels("At ease")
                                .process("Host makes introductions")
                                .build())
                        .momentOfTruth()
                        .failPoint("Newcomers stand alone at the edge")
                        .realms(ExperienceRealm.ESCAPIST)
                        .measure(MetricTarget.goodBoxShare("csat", 75))))
        .stage(
            Stage.builder("after", Phase.AFTER)
                .name("After the event")
                .touchpoint(
                    Touchpoint.builder("follow-up")
                        .name("Follow-up e-mail with slides and survey")
                        .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                        .channel(Channel.EMAIL)
                        .owner("community manager")
                        .frontstage(
                            "Reads the slides and answers three questions", "follow-up e-mail")
                        .backstage(
                            Backstage.builder()
                                .action("Slides collected from the speaker")
                                .system("survey tool")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Answers the survey")
                                .thinks("They listen")
                                .feels("Appreciated")
                                .communication("Thank you first, questions second")
                                .build())
                        .measure(MetricTarget.goodBoxShare("csat", 80)))
                .touchpoint(
                    Touchpoint.builder("photos")
                        .name("Photos shared by visitors")
                        .channel(Channel.SOCIAL_MEDIA)
                        .ownership(Ownership.SOCIAL)
                        .owner("community manager")
                        .goals(
                            TouchpointGoals.builder()
                                .does("Shares a photo")
                                .feels("Proud to have been there")
                                .build()))
                .touchpoint(
                    Touchpoint.builder("next-sign-up")
                        .name("Signs up for the next one")
                        .action(Actor.CUSTOMER)
                        .channel(Channel.WEB)
                        .owner("community manager")
                        .frontstage("Clicks 'save my seat' in the follow-up", "follow-up e-mail")
                        .backstage(
                            Backstage.builder().process("Seat reserved without a new form").build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Comes back")
                                .feels("Looking forward to it")
                                .process("One-click sign-up")
                                .build())
                        .measure(MetricTarget.npsPoints("nps", 50))))
        .transition(
            "reminder", "event-page", TransitionKind.LOOP_BACK, "goes back to compare dates")
        .transition("sign-up", "waitlist", TransitionKind.EXCEPTION, "event full")
        .transition(
            "waitlist", "next-sign-up", TransitionKind.ALTERNATIVE, "takes a seat next month")
        .transition(
            "arrival", "talk", TransitionKind.EXCEPTION, "door locked: host lets them in by phone");
  }
}
