package org.cxkit.examples;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.TouchpointId;
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
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.management.Magnitude;
import org.cxkit.core.management.Management;
import org.cxkit.core.management.Opportunity;
import org.cxkit.core.management.Review;
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
 * A public-sector example: the building-permit service of a (fictional) mid-sized city, Lakeside.
 * The goal is fewer negative experiences, not more sales. Some touchpoints happen on channels the
 * city does not own (a homeowners' discussion forum), and applicants switch channel when the first
 * one fails (the online application stalls, so they call the permit adviser).
 */
public final class BuildingPermit {
  private BuildingPermit() {}

  /**
   * Builds the model.
   *
   * @return the building-permit model
   */
  public static CxModel model() {
    return CxModel.builder("Lakeside building permits")
        .strategy(
            Strategy.builder()
                .businessGoal(
                    BusinessGoal.of(
                            "fewer-bad-experiences", "Halve the share of dissatisfied applicants")
                        .withTarget("CSAT bottom box (1-2) under 10 %")
                        .withHorizon("2027"))
                .businessGoal(
                    BusinessGoal.of(
                            "right-first-time", "More applications complete on first submission")
                        .withTarget("70 % complete without a request for missing documents")
                        .withHorizon("2027"))
                .businessGoal(
                    BusinessGoal.of("faster-decisions", "Decide faster")
                        .withTarget("median 6 weeks from complete application to decision"))
                .offering(
                    Offering.of("building-permit", "Building permit", OfferingType.SERVICE)
                        .withValueProposition(
                            ValueProposition.builder()
                                .job("Get permission to build safely and legally")
                                .pain("Not knowing which documents are needed")
                                .pain("Waiting without news")
                                .gain("Knowing the decision date")
                                .gain("One contact person")
                                .promise(
                                    "You always know what is missing and when you will get the decision")
                                .build()))
                .segment(
                    Segment.of("homeowners", "Private homeowners")
                        .withDescription("First or only permit, small projects"))
                .segment(
                    Segment.of("builders", "Professional builders")
                        .withDescription("Many permits a year"))
                .market(
                    MarketAnalysis.of(
                        List.of(
                            Competitor.of("Neighbouring city's permit service")
                                .withStrengths("Decision-date estimate shown online")
                                .withWeaknesses("Phone advice only two hours a day")),
                        List.of(
                            Insight.of(
                                    "Homeowners learn the process from a discussion forum before they ever visit the city's site",
                                    InsightMethod.QUALITATIVE)
                                .withSource("10 applicant interviews, 2026"),
                            Insight.of(
                                    "41 % of applications get a request for missing documents",
                                    InsightMethod.QUANTITATIVE)
                                .withSource("permit register, 2025"))))
                .intent(
                    ExperienceIntent.NONE
                        .with(
                            IntentPerspective.SUPPORTS_SELF_IMAGE,
                            "I am a responsible builder who does things right")
                        .with(IntentPerspective.SURPRISES, "The adviser calls before I have to ask")
                        .with(
                            IntentPerspective.IS_REMEMBERED,
                            "It was clear what to do at every step")
                        .with(
                            IntentPerspective.MAKES_THEM_WANT_MORE,
                            "I would use the e-service again and tell my neighbour"))
                .maturity(
                    CxMaturity.of(
                        MaturityLevel.RANDOM,
                        "Complaints counted, no journey measurement yet",
                        LocalDate.of(2026, 8, 15)))
                .build())
        .persona(
            Persona.of("mikko", "Mikko, homeowner building a sauna")
                .withSegment("homeowners")
                .withProfile(
                    Profile.builder()
                        .goal("Build the sauna before winter")
                        .need("To know exactly what to send")
                        .frustration("Official language")
                        .frustration("Not knowing where his application is")
                        .preferredChannels(Channel.WEB, Channel.PHONE)
                        .build())
                .withStory(
                    "Mikko applies for a permit for the first time. He reads a forum thread from 2019,"
                        + " starts the online application on a Sunday evening, gets stuck on the site plan and"
                        + " calls the city on Monday morning."))
        .persona(
            Persona.of("builder-bea", "Bea, site manager at a small building firm")
                .withSegment("builders")
                .withStory(
                    "Bea files a dozen permits a year and wants predictability more than advice."))
        .journey(applyForPermit())
        .build()
        .withManagement(management());
  }

  /**
   * The permit services' CX management: what the feedback cases and interviews taught, the
   * opportunities and the initiatives (with owners, targets and due dates) that follow, the
   * journey's owner and her monthly review, and the employee experience behind the frontline
   * touchpoints.
   */
  private static Management management() {
    Insight upload =
        Insight.of(
                "Applicants stuck at the site-plan upload complain on the forum, then call",
                InsightMethod.QUANTITATIVE)
            .withSource("feedback cases, 2026");
    Insight letter =
        Insight.of(
                "The missing-documents letter reads as a refusal; a call recovers the applicant",
                InsightMethod.QUALITATIVE)
            .withSource("applicant interviews, 2026");
    TouchpointId onlineApplication = TouchpointId.of("online-application");
    TouchpointId missingDocuments = TouchpointId.of("missing-documents");
    return Management.builder()
        .insight(upload)
        .insight(letter)
        .opportunity(
            Opportunity.of(
                    "upload-that-works",
                    "Accept large site plans and keep the draft",
                    Magnitude.HIGH,
                    Magnitude.MEDIUM)
                .withInsight(upload)
                .withTouchpoints(onlineApplication))
        .opportunity(
            Opportunity.of(
                    "call-before-the-letter",
                    "Call the applicant before sending the missing-documents letter",
                    Magnitude.HIGH,
                    Magnitude.LOW)
                .withInsight(letter)
                .withTouchpoints(missingDocuments))
        .initiative(
            Initiative.of("Raise the upload limit to 50 MB", InitiativeStatus.IN_PROGRESS)
                .withOwner("Digital services lead")
                .withTarget(MetricTarget.mean("ces", 5.5))
                .withDue(LocalDate.of(2026, 12, 31))
                .withTouchpoints(onlineApplication)
                .withOpportunity("upload-that-works"))
        .initiative(
            Initiative.of("Advisers call before the letter", InitiativeStatus.PLANNED)
                .withOwner("Permit services lead")
                .withTarget(MetricTarget.goodBoxShare("csat", 70))
                .withDue(LocalDate.of(2027, 3, 31))
                .withTouchpoints(missingDocuments)
                .withOpportunity("call-before-the-letter"))
        .initiative(
            Initiative.of("Plain-language letter templates", InitiativeStatus.DONE)
                .withOwner("Permit services lead")
                .withTarget(MetricTarget.goodBoxShare("csat", 60))
                .withTouchpoints(missingDocuments))
        .initiative(
            Initiative.of("The city answers on the homeowners' forum", InitiativeStatus.PROPOSED)
                .withOwner("Communications")
                .withTarget(MetricTarget.goodBoxShare("csat", 70))
                .withDue(LocalDate.of(2027, 6, 30)))
        .journeyOwner(JourneyId.of("apply-for-permit"), "Permit services lead")
        .review(
            Review.every("Permit services lead", Period.ofMonths(1))
                .withLastHeld(LocalDate.of(2026, 11, 2)))
        .employeeExperience(
            EmployeeExperience.of(TouchpointId.of("adviser-call"), "Permit adviser")
                .withEnablers(Enabler.TOOLS, Enabler.TRAINING)
                .withFeedback("We cannot see the application's attachments during the call"))
        .employeeExperience(
            EmployeeExperience.of(missingDocuments, "Case handler")
                .withEnablers(Enabler.TOOLS)
                .withFeedback("The letter template forces legal wording"))
        .employeeExperience(
            EmployeeExperience.of(TouchpointId.of("final-inspection"), "Building inspector")
                .withEnablers(Enabler.TOOLS, Enabler.TRAINING, Enabler.AUTHORITY))
        .build();
  }

  private static Journey.Builder applyForPermit() {
    Actor adviser = Actor.of("permit adviser");
    return Journey.builder("apply-for-permit")
        .name("Applying for a building permit")
        .persona("mikko")
        .offering("building-permit")
        .status(JourneyStatus.IN_VALIDATION)
        .provenance(
            Provenance.of(
                    ResearchMethod.CUSTOMER_INTERVIEW,
                    ResearchMethod.EVENT_LOG,
                    ResearchMethod.WORKSHOP)
                .withParticipants(ParticipantRole.CUSTOMER, 10)
                .withParticipants(ParticipantRole.FRONTLINE, 4)
                .withParticipants(ParticipantRole.MANAGER, 2))
        .stage(
            Stage.builder("find-out", Phase.BEFORE)
                .name("Find out what is needed")
                .touchpoint(
                    Touchpoint.builder("forum")
                        .name("Homeowners' forum thread")
                        .channel(Channel.FORUM)
                        .ownership(Ownership.SOCIAL)
                        .owner("communications team")
                        .goals(
                            TouchpointGoals.builder()
                                .thinks("The city's site has the current rules")
                                .feels("Reassured")
                                .communication("City staff answer in the forum with a link")
                                .build()))
                .touchpoint(
                    Touchpoint.builder("permit-pages")
                        .name("Permit pages on the city website")
                        .channel(Channel.WEB)
                        .owner("permit services")
                        .frontstage(
                            "Reads which permit is needed and what to attach",
                            "permit pages",
                            "checklist")
                        .backstage(
                            Backstage.builder()
                                .process("Checklist kept in step with the law")
                                .role("permit adviser")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Downloads the checklist")
                                .thinks("I can do this")
                                .feels("Confident")
                                .communication("Plain language, one checklist per project type")
                                .build())
                        .measure(MetricTarget.mean("ces", 5))))
        .stage(
            Stage.builder("apply", Phase.DURING)
                .name("Apply")
                .touchpoint(
                    Touchpoint.builder("online-application")
                        .name("Online application")
                        .action(Actor.CUSTOMER)
                        .channel(Channel.WEB)
                        .owner("permit services")
                        .frontstage("Fills in the application and uploads drawings", "e-service")
                        .backstage(
                            Backstage.builder()
                                .system("permit e-service")
                                .process("Automatic completeness check")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Submits a complete application")
                                .feels("In control")
                                .process("Completeness check before submitting")
                                .build())
                        .momentOfTruth()
                        .failPoint("Site plan upload rejects large PDFs")
                        .failPoint("Session times out after 20 minutes")
                        .measure(MetricTarget.mean("ces", 5)))
                .touchpoint(
                    Touchpoint.builder("adviser-call")
                        .name("Call to the permit adviser")
                        .communication(Actor.CUSTOMER, adviser)
                        .channel(Channel.PHONE)
                        .owner("permit services")
                        .offMainPath()
                        .frontstage("Explains where he is stuck", "phone")
                        .backstage(
                            Backstage.builder()
                                .action("Adviser opens the draft application")
                                .role("permit adviser")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Gets unstuck in one call")
                                .feels("Helped")
                                .process("Adviser can see the draft")
                                .build())
                        .measure(MetricTarget.goodBoxShare("csat", 80)))
                .touchpoint(
                    Touchpoint.builder("missing-documents")
                        .name("Request for missing documents")
                        .communication(adviser, Actor.CUSTOMER)
                        .channel(Channel.LETTER)
                        .owner("permit services")
                        .offMainPath()
                        .frontstage("Receives a letter listing what is missing", "letter")
                        .backstage(
                            Backstage.builder()
                                .action("Case handler checks the attachments")
                                .role("case handler")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Sends the missing documents within a week")
                                .thinks("It is clear what is missing")
                                .feels("Treated fairly")
                                .communication("Exactly which document, why, and by when")
                                .build())
                        .failPoint("Letter in legal language")
                        .measure(MetricTarget.goodBoxShare("csat", 60)))
                .touchpoint(
                    Touchpoint.builder("status-page")
                        .name("Application status page")
                        .channel(Channel.SELF_SERVICE)
                        .owner("permit services")
                        .frontstage(
                            "Sees where the application is and the expected decision date",
                            "status page")
                        .backstage(Backstage.builder().system("permit register").build())
                        .goals(
                            TouchpointGoals.builder()
                                .thinks("I know when I will hear back")
                                .feels("Calm")
                                .build())
                        .measure(MetricTarget.goodBoxShare("csat", 75))))
        .stage(
            Stage.builder("decision", Phase.AFTER)
                .name("Decision and building")
                .touchpoint(
                    Touchpoint.builder("decision-letter")
                        .name("Permit decision")
                        .communication(adviser, Actor.CUSTOMER)
                        .channel(Channel.EMAIL)
                        .owner("permit services")
                        .frontstage("Receives the decision with conditions", "decision document")
                        .backstage(
                            Backstage.builder()
                                .action("Decision signed by the building inspector")
                                .role("building inspector")
                                .build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Starts building on time")
                                .thinks("The conditions are clear")
                                .feels("Relieved")
                                .communication("Conditions as a checklist")
                                .build())
                        .momentOfTruth()
                        .failPoint("Conditions hidden in the body text")
                        .measure(MetricTarget.goodBoxShare("csat", 80)))
                .touchpoint(
                    Touchpoint.builder("final-inspection")
                        .name("Final inspection visit")
                        .communication(Actor.of("building inspector"), Actor.CUSTOMER)
                        .channel(Channel.FACE_TO_FACE)
                        .owner("building control")
                        .goals(
                            TouchpointGoals.builder()
                                .does("Passes the inspection")
                                .feels("Respected")
                                .build())
                        .measure(MetricTarget.goodBoxShare("csat", 80))))
        .transition(
            "online-application",
            "adviser-call",
            TransitionKind.EXCEPTION,
            "stuck: switches to the phone")
        .transition(
            "adviser-call",
            "online-application",
            TransitionKind.LOOP_BACK,
            "goes back to finish online")
        .transition(
            "online-application",
            "missing-documents",
            TransitionKind.EXCEPTION,
            "application incomplete")
        .transition("missing-documents", "status-page", TransitionKind.EXPECTED, "documents sent")
        .transition(
            "decision-letter",
            "adviser-call",
            TransitionKind.ALTERNATIVE,
            "asks what a condition means");
  }
}
