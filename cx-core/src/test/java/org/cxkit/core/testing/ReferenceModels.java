package org.cxkit.core.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.cxkit.core.CxModel;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.blueprint.DependencyKind;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.Evidence;
import org.cxkit.core.blueprint.Lane;
import org.cxkit.core.blueprint.NoteKind;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.blueprint.ResearchNote;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.blueprint.Timing;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyState;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Persona;

/**
 * Five reference artifacts of the service design field, modelled with cxkit from their published
 * sources (each method cites its source). They are test fixtures: the model check must report on
 * them only what a practitioner would act on, and cx-json must read them back unchanged.
 *
 * <p>Where a source gives no value (most give no emotion values, no measures, no goals), none is
 * invented: the models hold what the artifacts draw. Where a source is a method description rather
 * than a finished example (18F), the content is a sample of our own in that method's columns, said
 * so in its method's docs.
 */
public final class ReferenceModels {
  private ReferenceModels() {}

  /**
   * Returns every reference model by a short name, in a stable order.
   *
   * @return the models
   */
  public static Map<String, CxModel> all() {
    return Map.of(
        "shoeshine", shoeshine(),
        "18f", eighteenF(),
        "cjml", cjmlBroadband(),
        "hotel", hotel(),
        "journey-map", journeyMap());
  }

  /**
   * Returns one reference model by its short name.
   *
   * @param name one of {@link #names()}
   * @return the model
   * @throws IllegalArgumentException if no reference model has that name
   */
  public static CxModel byName(String name) {
    CxModel m = all().get(name);
    if (m == null) {
      throw new IllegalArgumentException("no reference model '" + name + "'; see names()");
    }
    return m;
  }

  /**
   * Returns the names of {@link #all()} in a stable order.
   *
   * @return the names
   */
  public static List<String> names() {
    return List.of("shoeshine", "18f", "cjml", "hotel", "journey-map");
  }

  private static final Actor SHINER = Actor.of("shoeshiner");

  /**
   * Shostack's corner shoeshine: G. Lynn Shostack (1984), <i>Designing Services That Deliver</i>,
   * Harvard Business Review 62(1), 133-139, the exhibit "Blueprint for a corner shoeshine". The
   * steps above the line of visibility (brush, polish, buff, collect payment) with their execution
   * times, the fail points marked F (soiling the customer's clothes while brushing, the wrong
   * colour of wax), the supplies selected and purchased below the line (itself a fail point), and
   * the standard execution time of two minutes that the customer tolerates up to five. The shine as
   * a whole is one touchpoint of an outer episode that zooms into the steps, so that the whole has
   * its standard and its tolerance and each step its own standard. The standards are data twice: as
   * each touchpoint's {@link Timing}, and as targets on the operational measure {@code
   * execution-time} (a mean in seconds), the whole shine's with its tolerance band.
   *
   * @return the model
   */
  public static CxModel shoeshine() {
    Journey outer =
        Journey.builder("corner-shoeshine")
            .name("Corner shoeshine")
            .persona("customer")
            .scope(JourneyScope.EPISODE)
            .participant(SHINER, ActorType.FRONTLINE)
            .stage(
                Stage.builder("shine", Phase.DURING)
                    .name("Shine")
                    .touchpoint(
                        Touchpoint.builder("shoeshine")
                            .name("Shoeshine")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(SHINER, Actor.CUSTOMER)
                            .timing(
                                Timing.standard(Duration.ofMinutes(2))
                                    .toleratingUpTo(Duration.ofMinutes(5)))
                            .measure(
                                MetricTarget.of(EXECUTION_TIME.id(), MetricTarget.Unit.MEAN, 120)
                                    .withTolerance(300))
                            .detail("shoeshine-steps")))
            .build();
    Journey steps =
        Journey.builder("shoeshine-steps")
            .name("Shoeshine, step by step")
            .persona("customer")
            .scope(JourneyScope.EPISODE)
            .participant(SHINER, ActorType.FRONTLINE)
            .supportProcess(
                SupportProcess.of("supplies", "Select and purchase supplies")
                    .ownedBy("shoeshiner")
                    .failPoint("Supplies run out or are of the wrong kind"))
            .stage(
                Stage.builder("shine", Phase.DURING)
                    .name("Shine")
                    .touchpoint(
                        step("brush-shoes", "Brush shoes", 30)
                            .failPoint("Soils the customer's clothes"))
                    .touchpoint(
                        step("apply-polish", "Apply polish", 30)
                            .failPoint("Wrong colour of wax")
                            .activity(
                                Activity.of(Lane.SUPPORT, "Polish, cloth and brush at hand")
                                    .inProcess("supplies")))
                    .touchpoint(step("buff", "Buff", 45))
                    .touchpoint(
                        step("collect-payment", "Collect payment", 15)
                            .activity(Activity.of(Lane.CUSTOMER, "Pays").by(Actor.CUSTOMER))))
            .transition("brush-shoes", "brush-shoes", TransitionKind.LOOP_BACK, "brush again")
            .transition("apply-polish", "brush-shoes", TransitionKind.LOOP_BACK, "clean off, redo")
            .dependency("supplies", DependencyKind.ENABLES, "apply-polish")
            .build();
    return CxModel.builder("Shostack 1984: corner shoeshine")
        .operationalMeasure(EXECUTION_TIME)
        .persona(Persona.of("customer", "Shoeshine customer"))
        .journey(outer)
        .journey(steps)
        .build();
  }

  /** Shostack's execution time, measured by the shoeshiner's watch rather than asked. */
  private static final OperationalMeasure EXECUTION_TIME =
      OperationalMeasure.of(
          "execution-time",
          "Execution time",
          OperationalMeasure.Kind.HANDLING_TIME,
          OperationalMeasure.Unit.SECONDS);

  private static Touchpoint.Builder step(String id, String name, int seconds) {
    return Touchpoint.builder(id)
        .name(name)
        .channel(Channel.FACE_TO_FACE)
        .action(SHINER)
        .activity(Activity.of(Lane.ONSTAGE, name).by(SHINER))
        .timing(Timing.standard(Duration.ofSeconds(seconds)))
        .measure(MetricTarget.of(EXECUTION_TIME.id(), MetricTarget.Unit.MEAN, seconds));
  }

  private static final Actor APPLICANT = Actor.of("applicant");
  private static final Actor CASEWORKER = Actor.of("caseworker");
  private static final Actor PORTAL = Actor.of("online portal");

  /**
   * A service blueprint in the columns of 18F's method card "Service blueprint" (18F Methods,
   * methods.18f.gov, Decide): user actions, frontstage, backstage, support processes and physical
   * evidence for each step of a government service. The card describes the method rather than one
   * finished example, so the content here (applying for a small-business permit) is a sample of our
   * own in those columns.
   *
   * @return the model
   */
  public static CxModel eighteenF() {
    Journey j =
        Journey.builder("permit-application")
            .name("Apply for a small-business permit")
            .persona("applicant")
            .scope(JourneyScope.EPISODE)
            .participant(APPLICANT, ActorType.END_USER)
            .participant(CASEWORKER, ActorType.BACKSTAGE_STAFF)
            .participant(PORTAL, ActorType.SYSTEM)
            .supportProcess(
                SupportProcess.of("case-system", "Case management system")
                    .ownedBy("agency IT")
                    .failPoint("Application not linked to its case"))
            .supportProcess(SupportProcess.of("payments", "Payment processor").ownedBy("treasury"))
            .stage(
                Stage.builder("apply", Phase.DURING)
                    .name("Apply")
                    .touchpoint(
                        Touchpoint.builder("find-form")
                            .name("Finds the application form")
                            .channel(Channel.WEB)
                            .action(APPLICANT)
                            .frontstage(
                                Frontstage.of("Permit page with eligibility rules", "web page"))
                            .activity(Activity.of(Lane.CUSTOMER, "Searches for the permit"))
                            .activity(Activity.of(Lane.ONSTAGE, "Eligibility page").by(PORTAL))
                            .goals(
                                TouchpointGoals.builder()
                                    .does("Finds the right form")
                                    .feels("Confident")
                                    .communication("Plain-language eligibility")
                                    .build())
                            .measure(MetricTarget.mean("ces", 5)))
                    .touchpoint(
                        Touchpoint.builder("submit")
                            .name("Submits the application and pays the fee")
                            .channel(Channel.WEB)
                            .communication(APPLICANT, PORTAL)
                            .momentOfTruth()
                            .frontstage(Frontstage.of("Form and payment page", "receipt e-mail"))
                            .activity(Activity.of(Lane.CUSTOMER, "Fills in the form, pays"))
                            .activity(Activity.of(Lane.ONSTAGE, "Validates, confirms").by(PORTAL))
                            .activity(
                                Activity.of(Lane.SUPPORT, "Opens a case").inProcess("case-system"))
                            .activity(
                                Activity.of(Lane.SUPPORT, "Charges the fee").inProcess("payments"))
                            .goals(
                                TouchpointGoals.builder()
                                    .does("Submits in one sitting")
                                    .feels("Reassured")
                                    .process("Save and resume")
                                    .build())
                            .measure(MetricTarget.mean("csat", 4))))
            .stage(
                Stage.builder("decision", Phase.AFTER)
                    .name("Decision")
                    .touchpoint(
                        Touchpoint.builder("review")
                            .name("Caseworker reviews the application")
                            .channel(Channel.OTHER)
                            .action(CASEWORKER)
                            .activity(Activity.of(Lane.BACKSTAGE, "Reviews").by(CASEWORKER))
                            .activity(
                                Activity.of(Lane.SUPPORT, "Case record").inProcess("case-system")))
                    .touchpoint(
                        Touchpoint.builder("decision-letter")
                            .name("Receives the decision")
                            .channel(Channel.EMAIL)
                            .communication(CASEWORKER, APPLICANT)
                            .frontstage(Frontstage.of("Decision e-mail", "permit PDF"))
                            .activity(Activity.of(Lane.CUSTOMER, "Reads the decision"))
                            .activity(
                                Activity.of(Lane.ONSTAGE, "Sends the decision").by(CASEWORKER))
                            .goals(
                                TouchpointGoals.builder()
                                    .does("Knows what to do next")
                                    .feels("Settled")
                                    .communication("Next steps in the letter")
                                    .build())
                            .measure(MetricTarget.mean("csat", 4))))
            .dependency("case-system", DependencyKind.ENABLES, "review")
            .dependency("review", DependencyKind.TRIGGERS, "decision-letter")
            .build();
    return CxModel.builder("18F: service blueprint")
        .persona(Persona.of("applicant", "Small-business owner"))
        .journey(j)
        .build();
  }

  private static final Actor ISP = Actor.of("service provider");
  private static final Actor POST = Actor.of("postal service");
  private static final Actor INSTALLER = Actor.of("installer");

  /**
   * A CJML journey: the broadband delivery that SINTEF's Customer Journey Modeling Language was
   * developed on, after Halvorsrud, Kvale and F&oslash;lstad (2016), <i>Improving service quality
   * through customer journey analysis</i>, Journal of Service Theory and Practice 26(6), 840-867,
   * and CJML's documentation (cjml.no): communication points from an initiator to a receiver,
   * actions by one actor, the actors typed (customer, service provider, its subcontractors), the
   * router sent as a parcel by the postal service.
   *
   * @return the model
   */
  public static CxModel cjmlBroadband() {
    Journey j =
        Journey.builder("broadband-delivery")
            .name("Broadband delivery")
            .persona("customer")
            .scope(JourneyScope.EPISODE)
            .participant(ISP, ActorType.FRONTLINE)
            .participant(POST, ActorType.PARTNER)
            .participant(INSTALLER, ActorType.PARTNER)
            .stage(
                Stage.builder("order", Phase.BEFORE)
                    .name("Order")
                    .touchpoint(
                        Touchpoint.builder("order")
                            .name("Orders broadband")
                            .channel(Channel.WEB)
                            .communication(Actor.CUSTOMER, ISP)
                            .goals(
                                TouchpointGoals.builder()
                                    .does("Orders the right subscription")
                                    .feels("In control")
                                    .process("Address check")
                                    .build())
                            .measure(MetricTarget.mean("ces", 5)))
                    .touchpoint(
                        Touchpoint.builder("order-confirmation")
                            .name("Order confirmation")
                            .channel(Channel.EMAIL)
                            .communication(ISP, Actor.CUSTOMER)
                            .goals(
                                TouchpointGoals.builder()
                                    .thinks("I know when it arrives")
                                    .feels("Reassured")
                                    .communication("Delivery date in the e-mail")
                                    .build())
                            .measure(MetricTarget.mean("csat", 4))))
            .stage(
                Stage.builder("delivery", Phase.DURING)
                    .name("Delivery")
                    .touchpoint(
                        Touchpoint.builder("router-parcel")
                            .name("Router arrives by post")
                            .channel(Channel.PARCEL)
                            .communication(POST, Actor.CUSTOMER)
                            .ownership(Ownership.PARTNER)
                            .owner("logistics")
                            .failPoint("Parcel sent to the pick-up point, no notice"))
                    .touchpoint(
                        Touchpoint.builder("pickup-notice")
                            .name("Pick-up notice")
                            .channel(Channel.SMS)
                            .communication(POST, Actor.CUSTOMER)
                            .ownership(Ownership.PARTNER)
                            .owner("logistics")
                            .offMainPath())
                    .touchpoint(
                        Touchpoint.builder("self-install")
                            .name("Connects the router")
                            .channel(Channel.OTHER)
                            .action(Actor.CUSTOMER)
                            .ownership(Ownership.CUSTOMER)
                            .momentOfTruth()
                            .failPoint("No signal on the line"))
                    .touchpoint(
                        Touchpoint.builder("technician-visit")
                            .name("Technician visit")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(INSTALLER, Actor.CUSTOMER)
                            .ownership(Ownership.PARTNER)
                            .owner("field service")
                            .offMainPath()))
            .stage(
                Stage.builder("use", Phase.AFTER)
                    .name("Use")
                    .touchpoint(
                        Touchpoint.builder("first-invoice")
                            .name("First invoice")
                            .channel(Channel.LETTER)
                            .communication(ISP, Actor.CUSTOMER)
                            .goals(
                                TouchpointGoals.builder()
                                    .thinks("The price is what I ordered")
                                    .feels("Treated fairly")
                                    .communication("Invoice explains the first period")
                                    .build())
                            .measure(MetricTarget.mean("csat", 4))))
            .transition("router-parcel", "pickup-notice", TransitionKind.EXCEPTION)
            .transition("pickup-notice", "self-install", TransitionKind.EXPECTED)
            .transition("self-install", "technician-visit", TransitionKind.EXCEPTION)
            .transition("technician-visit", "first-invoice", TransitionKind.EXPECTED)
            .build();
    return CxModel.builder("CJML: broadband delivery")
        .persona(Persona.of("customer", "Broadband customer"))
        .journey(j)
        .build();
  }

  private static final Actor BELLPERSON = Actor.of("bellperson");
  private static final Actor FRONT_DESK = Actor.of("front desk");
  private static final Actor ROOM_SERVICE = Actor.of("room service");

  /**
   * The overnight hotel stay of Bitner, Ostrom and Morgan (2008), <i>Service Blueprinting: A
   * Practical Technique for Service Innovation</i>, California Management Review 50(3), 66-94,
   * their blueprint of an overnight hotel stay: physical evidence, customer actions, onstage and
   * backstage contact employee actions and support processes across arriving, checking in, going to
   * the room, room service and checking out, with the three lines between the lanes.
   *
   * @return the model
   */
  public static CxModel hotel() {
    Journey j =
        Journey.builder("overnight-stay")
            .name("Overnight hotel stay")
            .persona("guest")
            .scope(JourneyScope.EPISODE)
            .participant(BELLPERSON, ActorType.FRONTLINE)
            .participant(FRONT_DESK, ActorType.FRONTLINE)
            .participant(ROOM_SERVICE, ActorType.FRONTLINE)
            .supportProcess(
                SupportProcess.of("registration", "Registration system")
                    .ownedBy("front office")
                    .failPoint("Reservation not found"))
            .supportProcess(SupportProcess.of("kitchen", "Prepare food").ownedBy("kitchen"))
            .stage(
                Stage.builder("arrival", Phase.DURING)
                    .name("Arrival")
                    .touchpoint(
                        Touchpoint.builder("arrive")
                            .name("Arrive at hotel")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(BELLPERSON, Actor.CUSTOMER)
                            .frontstage(Frontstage.of("Arrival", "hotel exterior", "parking"))
                            .activity(
                                Activity.of(Lane.CUSTOMER, "Arrives, gives bags to bellperson"))
                            .activity(
                                Activity.of(Lane.ONSTAGE, "Greets and takes bags").by(BELLPERSON)))
                    .touchpoint(
                        Touchpoint.builder("check-in")
                            .name("Check in")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(FRONT_DESK, Actor.CUSTOMER)
                            .frontstage(
                                Frontstage.of(
                                    "Registration", "desk", "registration papers", "lobby", "key"))
                            .activity(Activity.of(Lane.CUSTOMER, "Checks in"))
                            .activity(
                                Activity.of(Lane.ONSTAGE, "Processes registration").by(FRONT_DESK))
                            .activity(
                                Activity.of(Lane.SUPPORT, "Registration system")
                                    .inProcess("registration")))
                    .touchpoint(
                        Touchpoint.builder("to-room")
                            .name("Go to room, receive bags")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(BELLPERSON, Actor.CUSTOMER)
                            .frontstage(
                                Frontstage.of("Room", "elevators", "hallways", "room", "cart"))
                            .activity(Activity.of(Lane.CUSTOMER, "Goes to room, receives bags"))
                            .activity(Activity.of(Lane.ONSTAGE, "Delivers bags").by(BELLPERSON))
                            .activity(
                                Activity.of(Lane.BACKSTAGE, "Takes bags to room").by(BELLPERSON))))
            .stage(
                Stage.builder("stay", Phase.DURING)
                    .name("Stay")
                    .touchpoint(
                        Touchpoint.builder("sleep")
                            .name("Sleep, shower")
                            .channel(Channel.OTHER)
                            .action(Actor.CUSTOMER)
                            .frontstage(Frontstage.of("Room", "room amenities", "bath"))
                            .activity(Activity.of(Lane.CUSTOMER, "Sleeps, showers")))
                    .touchpoint(
                        Touchpoint.builder("order-food")
                            .name("Call room service")
                            .channel(Channel.PHONE)
                            .communication(Actor.CUSTOMER, ROOM_SERVICE)
                            .frontstage(Frontstage.of("Menu", "menu"))
                            .activity(Activity.of(Lane.CUSTOMER, "Calls room service"))
                            .activity(
                                Activity.of(Lane.BACKSTAGE, "Takes food order").by(ROOM_SERVICE)))
                    .touchpoint(
                        Touchpoint.builder("receive-food")
                            .name("Receive food, eat")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(ROOM_SERVICE, Actor.CUSTOMER)
                            .frontstage(Frontstage.of("Food", "delivered tray", "food appearance"))
                            .activity(Activity.of(Lane.CUSTOMER, "Receives food, eats"))
                            .activity(Activity.of(Lane.ONSTAGE, "Delivers food").by(ROOM_SERVICE))
                            .activity(
                                Activity.of(Lane.SUPPORT, "Prepares food").inProcess("kitchen"))))
            .stage(
                Stage.builder("departure", Phase.DURING)
                    .name("Departure")
                    .touchpoint(
                        Touchpoint.builder("check-out")
                            .name("Check out and leave")
                            .channel(Channel.FACE_TO_FACE)
                            .communication(FRONT_DESK, Actor.CUSTOMER)
                            .frontstage(Frontstage.of("Check-out", "bill", "hotel exterior"))
                            .activity(Activity.of(Lane.CUSTOMER, "Checks out and leaves"))
                            .activity(
                                Activity.of(Lane.ONSTAGE, "Processes check-out").by(FRONT_DESK))
                            .activity(
                                Activity.of(Lane.SUPPORT, "Registration system")
                                    .inProcess("registration"))))
            .dependency("order-food", DependencyKind.TRIGGERS, "kitchen")
            .dependency("kitchen", DependencyKind.ENABLES, "receive-food")
            .dependency("registration", DependencyKind.ENABLES, "check-in")
            .build();
    return CxModel.builder("Bitner, Ostrom and Morgan 2008: overnight hotel stay")
        .persona(Persona.of("guest", "Hotel guest"))
        .journey(j)
        .build();
  }

  /**
   * A journey map as Smaply, TheyDo and UXPressia draw one (their documentation of journey maps:
   * stages and steps, an emotion curve on a stated range, pains and gains per step with their
   * source, KPIs per step, the as-is map and a to-be version of it): buying an e-bike online, end
   * to end, with a TV advert and a magazine review as alternative starts and the bike delivered as
   * a parcel. The values are a sample of our own in those tools' layout.
   *
   * @return the model
   */
  public static CxModel journeyMap() {
    EmotionScale scale = EmotionScale.of(-2, 2);
    // a second persona on the as-is map, as the tools draw one curve per persona
    Journey asIs =
        bikeJourney("buy-e-bike", JourneyState.CURRENT, scale)
            .personaCurve(
                PersonaCurve.of("leisure-rider")
                    .at("configure", Emotion.measured(1))
                    .at("delivery", Emotion.measured(0.5))
                    .at("first-ride", Emotion.measured(1.5)))
            .build();
    Journey toBe =
        bikeJourney("buy-e-bike-future", JourneyState.FUTURE, scale)
            .versionOf("buy-e-bike")
            .build();
    toBe =
        toBe.withTouchpoint(
            toBe.touchpoint("delivery").orElseThrow().toBuilder()
                .emotion(Emotion.intended(1))
                .name("Delivery with a two-hour slot")
                .build());
    return CxModel.builder("Journey map: buying an e-bike")
        .persona(Persona.of("commuter", "Commuter"))
        .persona(Persona.of("leisure-rider", "Leisure rider"))
        .journey(asIs)
        .journey(toBe)
        .build();
  }

  /** The to-be design lets the customer choose a two-hour delivery slot by text message. */
  private static Stage.Builder slotChoice(Stage.Builder delivery, JourneyState state) {
    if (state != JourneyState.FUTURE) {
      return delivery;
    }
    return delivery.touchpoint(
        Touchpoint.builder("slot-choice")
            .name("Chooses a delivery slot")
            .channel(Channel.SMS)
            .communication(Actor.ORGANISATION, Actor.CUSTOMER)
            .emotion(Emotion.intended(1))
            .goals(
                TouchpointGoals.builder()
                    .does("Picks a two-hour slot")
                    .feels("In control")
                    .communication("Slot offer with the shipping notice")
                    .build())
            .measure(MetricTarget.mean("ces", 5)));
  }

  private static Journey.Builder bikeJourney(String id, JourneyState state, EmotionScale scale) {
    String interviews = "commuter interviews (12)";
    return Journey.builder(id)
        .name("Buy an e-bike online")
        .persona("commuter")
        .state(state)
        .emotionScale(scale)
        .entry("tv-ad")
        .entry("magazine-review")
        .stage(
            Stage.builder("awareness", Phase.BEFORE)
                .name("Awareness")
                .touchpoint(
                    Touchpoint.builder("search")
                        .name("Searches for e-bikes")
                        .channel(Channel.WEB)
                        .action(Actor.CUSTOMER)
                        .ownership(Ownership.CUSTOMER))
                .touchpoint(
                    Touchpoint.builder("tv-ad")
                        .name("Sees the TV advert")
                        .channel(Channel.BROADCAST)
                        .communication(Actor.ORGANISATION, Actor.CUSTOMER)
                        .offMainPath()
                        .goals(
                            TouchpointGoals.builder()
                                .thinks("That could replace my car")
                                .feels("Curious")
                                .communication("Commute-time message")
                                .build())
                        .measure(MetricTarget.mean("csat", 4)))
                .touchpoint(
                    Touchpoint.builder("magazine-review")
                        .name("Reads a magazine review")
                        .channel(Channel.PRINT)
                        .ownership(Ownership.SOCIAL)
                        .owner("PR")
                        .offMainPath()))
        .stage(
            Stage.builder("purchase", Phase.DURING)
                .name("Purchase")
                .touchpoint(
                    Touchpoint.builder("configure")
                        .name("Configures and orders")
                        .channel(Channel.WEB)
                        .action(Actor.CUSTOMER)
                        .momentOfTruth()
                        .failPoint("Size guide unclear")
                        .emotion(
                            new Emotion(java.util.Optional.of(1.5), java.util.Optional.of(0.5)))
                        .research(
                            ResearchNote.of(NoteKind.GAIN, "Sees the price with delivery at once")
                                .from(interviews)
                                .weighing(3),
                            ResearchNote.of(NoteKind.PAIN, "Unsure which frame size fits")
                                .from(interviews)
                                .weighing(5),
                            ResearchNote.of(NoteKind.QUOTE, "I measured my legs twice")
                                .from(interviews))
                        .observed(TouchpointGoals.builder().does("Leaves to compare sizes").build())
                        .goals(
                            TouchpointGoals.builder()
                                .does("Orders the right size")
                                .feels("Sure")
                                .process("Size advice chat")
                                .build())
                        .measure(MetricTarget.mean("ces", 5))
                        .frontstage("Configurator and checkout")
                        .activity(Activity.of(Lane.CUSTOMER, "Chooses size and colour"))
                        .activity(Activity.of(Lane.BACKSTAGE, "Stock check")))
                .touchpoint(
                    Touchpoint.builder("size-chat")
                        .name("Asks for size advice")
                        .channel(Channel.CHAT)
                        .communication(Actor.CUSTOMER, Actor.ORGANISATION)
                        .offMainPath()
                        .goals(
                            TouchpointGoals.builder()
                                .does("Gets a size")
                                .feels("Helped")
                                .process("Fit table")
                                .build())
                        .measure(MetricTarget.mean("csat", 4))
                        .frontstage("Chat")
                        .activity(Activity.of(Lane.ONSTAGE, "Advises on size"))))
        .stage(
            slotChoice(Stage.builder("delivery", Phase.AFTER).name("Delivery"), state)
                .touchpoint(
                    Touchpoint.builder("delivery")
                        .name("Bike arrives as a parcel")
                        .channel(Channel.PARCEL)
                        .communication(Actor.of("carrier"), Actor.CUSTOMER)
                        .ownership(Ownership.PARTNER)
                        .owner("logistics")
                        // the carrier owns the handover, the brand its assembly guide in the box
                        .frontstage(
                            Frontstage.of("Carrier hands over the box", "bike box")
                                .withEvidence(
                                    Evidence.of("assembly guide").ownedBy(Ownership.BRAND),
                                    Evidence.of("carrier's tracking e-mail").in(Channel.EMAIL)))
                        .emotion(Emotion.measured(-1))
                        .research(
                            ResearchNote.of(NoteKind.PAIN, "Waited at home all day")
                                .from(interviews)
                                .weighing(4),
                            ResearchNote.of(NoteKind.NEED, "A delivery slot").from(interviews))
                        .timing(Timing.NONE.afterWaiting(Duration.ofDays(5))))
                .touchpoint(
                    Touchpoint.builder("first-ride")
                        .name("First ride")
                        .channel(Channel.OTHER)
                        .action(Actor.CUSTOMER)
                        .ownership(Ownership.CUSTOMER)
                        .emotion(Emotion.measured(2))
                        .research(
                            ResearchNote.of(NoteKind.GAIN, "Arrives at work without sweating")
                                .from(interviews)
                                .weighing(5))))
        .transition("configure", "size-chat", TransitionKind.EXCEPTION)
        .transition("size-chat", "configure", TransitionKind.LOOP_BACK)
        .transition("tv-ad", "configure", TransitionKind.ALTERNATIVE)
        .transition("magazine-review", "search", TransitionKind.ALTERNATIVE);
  }
}
