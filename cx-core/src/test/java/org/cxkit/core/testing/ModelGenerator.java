package org.cxkit.core.testing;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.Direction;
import org.cxkit.core.JourneyId;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.OfferingId;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.PersonaId;
import org.cxkit.core.Scale;
import org.cxkit.core.SegmentId;
import org.cxkit.core.TouchpointId;
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
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyState;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.Transition;
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
import org.jspecify.annotations.Nullable;

/**
 * A seeded generator of arbitrary <em>valid</em> {@link CxModel}s for property tests, shared with
 * cx-metrics and cx-json through cx-core's test-jar.
 *
 * <p>The same seed always gives an equal model. Models vary in size (empty lists included), leave
 * optional fields absent or fill them, use every enum constant, every {@link TransitionKind}
 * (LOOP_BACK onto the same touchpoint included), touchpoints off the main path reached by
 * transitions (and sometimes not reached at all, which is legal), now and then a parallel group of
 * two to four main-path touchpoints of one stage, declared measures on random scales (a redeclared
 * built-in such as {@code nps} included), ids of every slug form up to {@link
 * org.cxkit.core.Ids#MAX_LENGTH} characters, the same touchpoint and stage ids in different
 * journeys, and texts outside ASCII.
 *
 * <pre>{@code
 * CxModel model = ModelGenerator.model(seed);              // one model
 * ModelGenerator g = new ModelGenerator(seed);             // or a stream of parts
 * Journey j = g.journey(JourneyId.of("j"), PersonaId.of("p"), Optional.empty(), List.of(MeasureId.of("nps")));
 * }</pre>
 *
 * <p>Instances are not thread-safe; create one per test (they are cheap).
 */
public final class ModelGenerator {
  private static final ImmutableList<String> WORDS =
      ImmutableList.of(
          "Waffle Wednesday",
          "Sign up",
          "Café crème",
          "Grüße aus Köln",
          "Meet people",
          "Feel welcome",
          "会場で名札を受け取る",
          "Queue at the door",
          "The slides arrive",
          "  spaced  text  ",
          "x",
          "Find clients",
          "A long sentence about what the customer sees, hears and does at the venue.",
          "Émilie's story",
          "Δοκιμή",
          "Line one\nline two");

  private static final ImmutableList<Actor> ACTORS =
      ImmutableList.of(
          Actor.CUSTOMER, Actor.ORGANISATION, Actor.of("partner venue"), Actor.of("host"));

  private static final ImmutableList<String> BUILT_IN_IDS = ImmutableList.of("nps", "csat", "ces");

  private final SplittableRandom random;

  /** The scales of the measures generated so far (the built-ins at first): targets fit them. */
  private final java.util.Map<MeasureId, Scale> scales = new java.util.HashMap<>();

  /** The operational measures of the model being generated (from the blueprint's stream). */
  private final List<OperationalMeasure> operational = new ArrayList<>();

  /**
   * The blueprint's values (format 1.1) come from a stream of their own, so that adding them left
   * every other generated value as it was for a seed.
   */
  private final SplittableRandom blue;

  /**
   * Other personas' curves on a journey come from a stream of their own too, so that adding them
   * left every value of the streams above as it was for a seed.
   */
  private final SplittableRandom curves;

  /** The model's personas, whose curves a journey may draw beside its own persona's. */
  private List<PersonaId> modelPersonas = List.of();

  /** The support processes and the emotion scale of the journey being generated. */
  private List<String> processes = List.of();

  private @Nullable EmotionScale scale;

  /** Whether the journey being generated has a blueprint (a third of them have none). */
  private boolean blueprinted = true;

  /**
   * Creates a generator.
   *
   * @param seed the seed; equal seeds give equal sequences of values
   */
  public ModelGenerator(long seed) {
    this.random = new SplittableRandom(seed);
    this.blue = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L);
    this.curves = new SplittableRandom(seed * 0xD1B54A32D192ED03L + 0x8CB92BA72F3D8DD7L);
    for (Measure m : Measure.builtIns()) {
      scales.put(m.id(), m.scale());
    }
  }

  /**
   * Returns the valid model for a seed.
   *
   * @param seed the seed
   * @return the model; equal for equal seeds
   */
  public static CxModel model(long seed) {
    return new ModelGenerator(seed).model();
  }

  /**
   * Returns the valid model for a seed with a management record (format 1.1's improvement cycle,
   * journey owners, reviews and employee experience) drawn from a stream of its own, so {@link
   * #model(long)} stays as it was for every seed.
   *
   * @param seed the seed
   * @return the model; equal for equal seeds
   * @since 0.1
   */
  public static CxModel managed(long seed) {
    CxModel m = model(seed);
    SplittableRandom r = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL);
    String[] owners = {"Lead A", "Lead B", "Lead C"};
    Management.Builder b = Management.builder();
    Set<String> owning = new java.util.TreeSet<>();
    for (Journey j : m.journeys()) {
      if (r.nextInt(3) != 0) {
        String o = owners[r.nextInt(owners.length)];
        b.journeyOwner(j.id(), o);
        owning.add(o);
      }
    }
    for (String o : owning) {
      if (r.nextInt(3) != 0) {
        Review review = Review.every(o, Period.ofWeeks(1 + r.nextInt(12)));
        b.review(
            r.nextBoolean()
                ? review
                : review.withLastHeld(LocalDate.of(2026, 1, 1 + r.nextInt(28))));
      }
    }
    List<TouchpointId> tps = new ArrayList<>();
    m.journeys().forEach(j -> j.touchpoints().forEach(t -> tps.add(t.id())));
    b.insight(Insight.of("Customers wait", InsightMethod.QUANTITATIVE));
    int opportunities = r.nextInt(3);
    for (int i = 0; i < opportunities; i++) {
      Opportunity o =
          Opportunity.of(
              "opportunity-" + i,
              "Shorter waits",
              Magnitude.values()[r.nextInt(3)],
              Magnitude.values()[r.nextInt(3)]);
      if (!tps.isEmpty() && r.nextBoolean()) {
        o = o.withTouchpoints(tps.get(r.nextInt(tps.size())));
      }
      b.opportunity(
          r.nextBoolean() ? o : o.withInsight(Insight.of("Queues", InsightMethod.QUALITATIVE)));
    }
    int initiatives = 1 + r.nextInt(3);
    for (int i = 0; i < initiatives; i++) {
      Initiative in =
          Initiative.of(
              "Initiative " + i,
              InitiativeStatus.values()[r.nextInt(InitiativeStatus.values().length)]);
      if (r.nextInt(4) != 0) {
        in = in.withOwner(owners[r.nextInt(owners.length)]);
      }
      if (r.nextInt(4) != 0) {
        in = in.withTarget(MetricTarget.mean(BUILT_IN_IDS.get(r.nextInt(BUILT_IN_IDS.size())), 3));
      }
      if (r.nextBoolean()) {
        in = in.withDue(LocalDate.of(2026, 1 + r.nextInt(12), 1));
      }
      if (!tps.isEmpty() && r.nextBoolean()) {
        in = in.withTouchpoints(tps.get(r.nextInt(tps.size())));
      }
      if (opportunities > 0 && r.nextBoolean()) {
        in = in.withOpportunity("opportunity-" + r.nextInt(opportunities));
      }
      b.initiative(in);
    }
    for (TouchpointId t : new java.util.TreeSet<>(tps)) {
      if (r.nextInt(3) == 0) {
        EmployeeExperience e =
            EmployeeExperience.of(t, "Advisor")
                .withEnablers(
                    java.util.Arrays.stream(Enabler.values())
                        .filter(x -> r.nextBoolean())
                        .toArray(Enabler[]::new));
        if (r.nextBoolean()) {
          e = e.withFeedback("Slow tools").withMeasure(MetricTarget.mean("csat", 4));
        }
        b.employeeExperience(e);
      }
    }
    return m.withManagement(b.build());
  }

  /**
   * Returns a valid journey for a seed, belonging to persona {@code persona}, with no offering and
   * targets on the built-in measures only.
   *
   * @param seed the seed
   * @return the journey; equal for equal seeds
   */
  public static Journey journey(long seed) {
    ModelGenerator g = new ModelGenerator(seed);
    return g.journey(
        JourneyId.of("journey"),
        PersonaId.of("persona"),
        Optional.empty(),
        BUILT_IN_IDS.stream().map(MeasureId::of).toList());
  }

  /**
   * Returns the next model.
   *
   * @return a valid model
   */
  public CxModel model() {
    CxModel.Builder b = CxModel.builder(text());
    List<MeasureId> measureIds = new ArrayList<>();
    BUILT_IN_IDS.forEach(id -> measureIds.add(MeasureId.of(id)));
    int declared = random.nextInt(4);
    for (int i = 0; i < declared; i++) {
      String id = i == 0 && chance(0.4) ? pick(BUILT_IN_IDS) : slug("measure", i);
      Scale scale = scale();
      while (id.equals("nps") && scale.bottomBox() == 0) {
        scale = scale(); // NPS counts its bottom box as detractors, so a redeclared nps needs one
      }
      b.measure(Measure.of(id, text(), scale));
      MeasureId mid = MeasureId.of(id);
      scales.put(mid, scale);
      if (!measureIds.contains(mid)) {
        measureIds.add(mid);
      }
    }
    operational.clear();
    int operationalCount = blue.nextInt(3);
    for (int i = 0; i < operationalCount; i++) {
      OperationalMeasure.Kind kind =
          OperationalMeasure.Kind.values()[blue.nextInt(OperationalMeasure.Kind.values().length)];
      OperationalMeasure.Unit unit =
          kind.isTime()
              ? OperationalMeasure.Unit.values()[blue.nextInt(4)]
              : kind == OperationalMeasure.Kind.RATE
                  ? OperationalMeasure.Unit.PERCENT
                  : OperationalMeasure.Unit.COUNT;
      OperationalMeasure o = OperationalMeasure.of(slug("operational", i), blueText(), kind, unit);
      if (blue.nextBoolean()) {
        o = o.withBetter(Direction.HIGHER_IS_BETTER);
      }
      operational.add(o);
      b.operationalMeasure(o);
    }
    Strategy strategy = strategy();
    if (chance(0.5)) {
      b.strategy(strategy);
    } else {
      b.strategy(strategy.toBuilder());
    }
    List<PersonaId> personaIds = new ArrayList<>();
    int personas = chance(0.1) ? 0 : 1 + random.nextInt(3);
    for (int i = 0; i < personas; i++) {
      Persona p = persona(PersonaId.of(slug("persona", i)), strategy.segments());
      personaIds.add(p.id());
      b.persona(p);
    }
    int journeys = personaIds.isEmpty() ? 0 : random.nextInt(4);
    modelPersonas = List.copyOf(personaIds);
    for (int i = 0; i < journeys; i++) {
      Optional<OfferingId> offering =
          strategy.offerings().isEmpty() || chance(0.3)
              ? Optional.empty()
              : Optional.of(pick(strategy.offerings()).id());
      Journey j = journey(JourneyId.of(slug("journey", i)), pick(personaIds), offering, measureIds);
      if (chance(0.5)) {
        b.journey(j);
      } else {
        b.journey(j.toBuilder());
      }
    }
    return b.build();
  }

  /**
   * Returns the next strategy.
   *
   * @return a valid strategy, possibly {@link Strategy#EMPTY}-like
   */
  public Strategy strategy() {
    Strategy.Builder b = Strategy.builder();
    int goals = random.nextInt(4);
    for (int i = 0; i < goals; i++) {
      BusinessGoal g = BusinessGoal.of(slug("goal", i), text());
      if (chance(0.6)) {
        g = g.withTarget(text());
      }
      if (chance(0.5)) {
        g = g.withHorizon(text());
      }
      b.businessGoal(g);
    }
    int offerings = random.nextInt(4);
    for (int i = 0; i < offerings; i++) {
      Offering o = Offering.of(slug("offering", i), text(), pick(OfferingType.values()));
      if (chance(0.6)) {
        ValueProposition.Builder vp = ValueProposition.builder();
        texts(3).forEach(vp::job);
        texts(2).forEach(vp::pain);
        texts(2).forEach(vp::gain);
        if (chance(0.7)) {
          vp.promise(text());
        }
        o = o.withValueProposition(vp.build());
      }
      b.offering(o);
    }
    int segments = random.nextInt(4);
    for (int i = 0; i < segments; i++) {
      Segment s = Segment.of(slug("segment", i), text());
      b.segment(chance(0.5) ? s.withDescription(text()) : s);
    }
    List<Competitor> competitors = new ArrayList<>();
    int cs = random.nextInt(3);
    for (int i = 0; i < cs; i++) {
      competitors.add(new Competitor(text(), texts(2), texts(2)));
    }
    List<Insight> insights = new ArrayList<>();
    int is = random.nextInt(4);
    for (int i = 0; i < is; i++) {
      Insight x = Insight.of(text(), pick(InsightMethod.values()));
      insights.add(chance(0.5) ? x.withSource(text()) : x);
    }
    b.market(MarketAnalysis.of(competitors, insights));
    ExperienceIntent intent = ExperienceIntent.NONE;
    for (IntentPerspective p : IntentPerspective.values()) {
      if (chance(0.6)) {
        intent = intent.with(p, text());
      }
    }
    b.intent(intent);
    if (chance(0.5)) {
      b.maturity(CxMaturity.of(pick(MaturityLevel.values()), text(), date()));
    }
    return b.build();
  }

  /**
   * Returns the next persona.
   *
   * @param id its id
   * @param segments the segments it may represent
   * @return a valid persona
   */
  public Persona persona(PersonaId id, List<Segment> segments) {
    requireNonNull(id, "id");
    Optional<SegmentId> segment =
        segments.isEmpty() || chance(0.3) ? Optional.empty() : Optional.of(pick(segments).id());
    Profile.Builder profile = Profile.builder();
    texts(2).forEach(profile::goal);
    texts(2).forEach(profile::need);
    texts(2).forEach(profile::frustration);
    profile.preferredChannels(subset(Channel.class).toArray(new Channel[0]));
    Optional<String> story = chance(0.6) ? Optional.of(text()) : Optional.empty();
    return new Persona(id, text(), segment, profile.build(), story);
  }

  /**
   * Returns the next journey.
   *
   * @param id its id
   * @param persona whose journey it is
   * @param offering the offering, if any
   * @param measures the measures its touchpoints may target (each at most once per touchpoint)
   * @return a valid journey
   */
  public Journey journey(
      JourneyId id,
      PersonaId persona,
      Optional<OfferingId> offering,
      Collection<MeasureId> measures) {
    List<MeasureId> measureList = List.copyOf(measures);
    Journey.Builder b =
        Journey.builder(id.value())
            .persona(persona)
            .status(pick(JourneyStatus.values()))
            .provenance(provenance());
    if (chance(0.5)) {
      b.name(text());
    }
    offering.ifPresent(b::offering);
    blueprinted = blue.nextInt(3) != 0;
    if (blueprinted) {
      blueprint(b);
    }
    int stageCount = random.nextInt(5);
    List<Phase> phases = new ArrayList<>();
    for (int i = 0; i < stageCount; i++) {
      phases.add(pick(Phase.values()));
    }
    phases.sort(null);
    List<TouchpointId> all = new ArrayList<>();
    List<TouchpointId> offMain = new ArrayList<>();
    List<List<TouchpointId>> mainByStage = new ArrayList<>();
    int tpIndex = 0;
    for (int s = 0; s < stageCount; s++) {
      List<TouchpointId> stageMain = new ArrayList<>();
      mainByStage.add(stageMain);
      Stage.Builder sb = Stage.builder(slug("stage", s), phases.get(s));
      if (chance(0.5)) {
        sb.name(text());
      }
      int tps = random.nextInt(5);
      for (int t = 0; t < tps; t++) {
        Touchpoint tp = touchpoint(TouchpointId.of(slug("tp", tpIndex++)), measureList);
        all.add(tp.id());
        if (!tp.mainPath()) {
          offMain.add(tp.id());
        } else {
          stageMain.add(tp.id());
        }
        if (chance(0.5)) {
          sb.touchpoint(tp);
        } else {
          sb.touchpoint(tp.toBuilder());
        }
      }
      if (chance(0.5)) {
        b.stage(sb.build());
      } else {
        b.stage(sb);
      }
    }
    Set<List<Object>> seen = new HashSet<>();
    List<Transition> transitions = new ArrayList<>();
    for (TouchpointId target : offMain) {
      if (all.size() > 1 && chance(0.8)) {
        TouchpointId from = pick(all);
        TransitionKind kind =
            from.equals(target) ? TransitionKind.LOOP_BACK : pick(TransitionKind.values());
        addTransition(transitions, seen, from, target, kind);
      }
    }
    int extra = all.isEmpty() ? 0 : random.nextInt(4);
    for (int i = 0; i < extra; i++) {
      TouchpointId from = pick(all);
      TouchpointId to = pick(all);
      TransitionKind kind =
          from.equals(to) ? TransitionKind.LOOP_BACK : pick(TransitionKind.values());
      addTransition(transitions, seen, from, to, kind);
    }
    for (Transition t : transitions) {
      if (chance(0.5)) {
        b.transition(t);
      } else {
        b.transition(t.from().value(), t.to().value(), t.kind(), t.note().orElse(null));
      }
    }
    List<String> elements = new ArrayList<>(processes);
    all.forEach(t -> elements.add(t.value()));
    for (TouchpointId t : blueprinted ? all : List.<TouchpointId>of()) {
      if (blue.nextInt(5) == 0) {
        b.entry(t.value());
      }
    }
    if (blueprinted && blue.nextInt(3) == 0) {
      parallel(b, mainByStage, transitions);
    }
    Set<List<Object>> arrows = new HashSet<>();
    int arrowCount = blue.nextInt(4);
    for (int i = 0; blueprinted && elements.size() > 1 && i < arrowCount; i++) {
      String from = elements.get(blue.nextInt(elements.size()));
      String to = elements.get(blue.nextInt(elements.size()));
      DependencyKind kind = DependencyKind.values()[blue.nextInt(2)];
      if (!from.equals(to) && arrows.add(List.of(from, to, kind))) {
        b.dependency(from, kind, to);
      }
    }
    EmotionScale s = scale;
    if (blueprinted && s != null) {
      personaCurves(b, persona, all, s);
    }
    processes = List.of();
    scale = null;
    blueprinted = true;
    return b.build();
  }

  /**
   * Often, curves of the model's other personas (two in three draw one): each on about half of the
   * journey's touchpoints (in a shuffled order, as a map's curve need not follow the stages), with
   * an intended value, a measured one or both, on the journey's emotion scale and sometimes at its
   * ends.
   */
  private void personaCurves(
      Journey.Builder b, PersonaId own, List<TouchpointId> touchpoints, EmotionScale s) {
    for (PersonaId p : modelPersonas) {
      if (p.equals(own) || curves.nextInt(3) == 0) {
        continue;
      }
      List<TouchpointId> order = new ArrayList<>(touchpoints);
      for (int i = order.size() - 1; i > 0; i--) {
        java.util.Collections.swap(order, i, curves.nextInt(i + 1));
      }
      PersonaCurve curve = PersonaCurve.of(p.value());
      for (TouchpointId t : order) {
        if (curves.nextBoolean()) {
          int which = curves.nextInt(3);
          Optional<Double> intended = which != 1 ? Optional.of(onScale(s)) : Optional.empty();
          Optional<Double> measured = which != 0 ? Optional.of(onScale(s)) : Optional.empty();
          curve = curve.at(t.value(), new Emotion(intended, measured));
        }
      }
      b.personaCurve(curve);
    }
  }

  /** A value on an emotion scale: one of its ends a time in five, else anywhere between. */
  private double onScale(EmotionScale s) {
    return switch (curves.nextInt(10)) {
      case 0 -> s.min();
      case 1 -> s.max();
      default -> s.min() + curves.nextDouble() * (s.max() - s.min());
    };
  }

  /**
   * A parallel group, when a stage has two or more main-path touchpoints: a run of two to four of
   * them that no transition joins (the journey's rules for groups).
   */
  private void parallel(
      Journey.Builder b, List<List<TouchpointId>> mainByStage, List<Transition> transitions) {
    List<List<TouchpointId>> candidates = new ArrayList<>();
    for (List<TouchpointId> stageMain : mainByStage) {
      if (stageMain.size() >= 2) {
        candidates.add(stageMain);
      }
    }
    if (candidates.isEmpty()) {
      return;
    }
    List<TouchpointId> stageMain = candidates.get(blue.nextInt(candidates.size()));
    int len = 2 + blue.nextInt(Math.min(stageMain.size(), 4) - 1);
    int from = blue.nextInt(stageMain.size() - len + 1);
    List<TouchpointId> members = stageMain.subList(from, from + len);
    for (Transition t : transitions) {
      if (!t.from().equals(t.to()) && members.contains(t.from()) && members.contains(t.to())) {
        return;
      }
    }
    List<String> ids = new ArrayList<>();
    members.forEach(t -> ids.add(t.value()));
    if (blue.nextBoolean()) {
      Collections.reverse(ids);
    }
    b.parallel(ids, blue.nextBoolean() ? blueText() : null);
  }

  /** A journey's blueprint: scope, state, typed actors, support processes, emotion scale. */
  private void blueprint(Journey.Builder b) {
    b.scope(JourneyScope.values()[blue.nextInt(JourneyScope.values().length)]);
    b.state(JourneyState.values()[blue.nextInt(JourneyState.values().length)]);
    for (Actor a : ACTORS) {
      if (blue.nextInt(3) == 0) {
        b.participant(a, ActorType.values()[blue.nextInt(ActorType.values().length)]);
      }
    }
    List<String> ids = new ArrayList<>();
    int processCount = blue.nextInt(3);
    for (int i = 0; i < processCount; i++) {
      SupportProcess p = SupportProcess.of("process-" + i, blueText());
      if (blue.nextBoolean()) {
        p = p.ownedBy(blueText());
      }
      if (blue.nextBoolean()) {
        p = p.failPoint(blueText());
      }
      b.supportProcess(p);
      ids.add(p.id());
    }
    processes = ids;
    if (blue.nextBoolean()) {
      double min = blue.nextInt(-5, 2);
      scale = EmotionScale.of(min, min + 1 + blue.nextInt(9));
      b.emotionScale(scale);
    }
  }

  private String blueText() {
    return WORDS.get(blue.nextInt(WORDS.size())) + " " + WORDS.get(blue.nextInt(WORDS.size()));
  }

  /** A touchpoint's blueprint: activities in lanes, emotion, research, observed view, timing. */
  private void blueprint(Touchpoint.Builder b) {
    int activityCount = blue.nextInt(4);
    for (int i = 0; i < activityCount; i++) {
      Activity a = Activity.of(Lane.values()[blue.nextInt(Lane.values().length)], blueText());
      if (blue.nextBoolean()) {
        a = a.by(ACTORS.get(blue.nextInt(ACTORS.size())));
      }
      if (!processes.isEmpty() && blue.nextBoolean()) {
        a = a.inProcess(processes.get(blue.nextInt(processes.size())));
      }
      b.activity(a);
    }
    EmotionScale s = scale;
    if (s != null && blue.nextBoolean()) {
      Optional<Double> intended =
          blue.nextBoolean()
              ? Optional.of(s.min() + blue.nextDouble() * (s.max() - s.min()))
              : Optional.empty();
      Optional<Double> measured =
          blue.nextBoolean()
              ? Optional.of(s.min() + blue.nextDouble() * (s.max() - s.min()))
              : Optional.empty();
      b.emotion(new Emotion(intended, measured));
    }
    int noteCount = blue.nextInt(3);
    for (int i = 0; i < noteCount; i++) {
      ResearchNote n =
          ResearchNote.of(NoteKind.values()[blue.nextInt(NoteKind.values().length)], blueText());
      if (blue.nextBoolean()) {
        n = n.from(blueText());
      }
      b.research(n.weighing(0.5 + blue.nextInt(10)));
    }
    if (blue.nextInt(4) == 0) {
      b.observed(TouchpointGoals.builder().does(blueText()).feels(blueText()).build());
    }
    if (blue.nextBoolean()) {
      Duration standard = Duration.ofSeconds(blue.nextInt(3600), blue.nextInt(1000) * 1_000_000L);
      Timing t = Timing.standard(standard);
      if (blue.nextBoolean()) {
        t = t.toleratingUpTo(standard.plusSeconds(blue.nextInt(600)));
      }
      if (blue.nextBoolean()) {
        t = t.afterWaiting(Duration.ofMinutes(blue.nextInt(10_000)));
      }
      b.timing(t);
    }
  }

  private void addTransition(
      List<Transition> out,
      Set<List<Object>> seen,
      TouchpointId from,
      TouchpointId to,
      TransitionKind kind) {
    if (seen.add(List.of(from, to, kind))) {
      out.add(new Transition(from, to, kind, chance(0.3) ? Optional.of(text()) : Optional.empty()));
    }
  }

  /**
   * Returns the next touchpoint.
   *
   * @param id its id
   * @param measures the measures it may target (each at most once)
   * @return a valid touchpoint
   */
  public Touchpoint touchpoint(TouchpointId id, List<MeasureId> measures) {
    Touchpoint.Builder b = Touchpoint.builder(id.value());
    if (chance(0.5)) {
      b.name(text());
    }
    if (chance(0.5)) {
      Actor from = pick(ACTORS);
      Actor to = pick(ACTORS);
      while (to.equals(from)) {
        to = pick(ACTORS);
      }
      b.communication(from, to);
    } else if (chance(0.5)) {
      b.action(pick(ACTORS));
    } else {
      b.action();
    }
    b.channel(pick(Channel.values())).ownership(pick(Ownership.values()));
    if (chance(0.3)) {
      b.controllable(random.nextBoolean());
    }
    if (chance(0.5)) {
      b.owner(text());
    }
    if (chance(0.6)) {
      ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
      for (String name : texts(2)) {
        Evidence e = Evidence.of(name);
        if (blue.nextInt(3) == 0) {
          e = e.in(Channel.values()[blue.nextInt(Channel.values().length)]);
        }
        if (blue.nextInt(3) == 0) {
          e = e.ownedBy(Ownership.values()[blue.nextInt(Ownership.values().length)]);
        }
        evidence.add(e);
      }
      b.frontstage(
          new Frontstage(chance(0.8) ? Optional.of(text()) : Optional.empty(), evidence.build()));
    }
    if (chance(0.5)) {
      Backstage.Builder bs = Backstage.builder();
      texts(2).forEach(bs::action);
      texts(2).forEach(bs::process);
      texts(2).forEach(bs::system);
      texts(2).forEach(bs::role);
      b.backstage(bs.build());
    }
    if (chance(0.7)) {
      TouchpointGoals.Builder g = TouchpointGoals.builder();
      texts(2).forEach(g::does);
      texts(2).forEach(g::thinks);
      texts(2).forEach(g::feels);
      texts(2).forEach(g::place);
      texts(2).forEach(g::process);
      texts(2).forEach(g::communication);
      b.goals(g.build());
    }
    b.momentOfTruth(chance(0.3));
    texts(2).forEach(b::failPoint);
    b.realms(subset(ExperienceRealm.class).toArray(new ExperienceRealm[0]));
    List<MeasureId> shuffled = new ArrayList<>(measures);
    int n = shuffled.isEmpty() ? 0 : random.nextInt(Math.min(3, shuffled.size()) + 1);
    for (int i = 0; i < n; i++) {
      MeasureId m = shuffled.remove(random.nextInt(shuffled.size()));
      b.measure(target(m));
    }
    if (!operational.isEmpty() && blue.nextInt(3) == 0) {
      b.measure(operationalTarget(operational.get(blue.nextInt(operational.size()))));
    }
    b.mainPath(!chance(0.2));
    if (blueprinted) {
      blueprint(b);
    }
    return b.build();
  }

  /**
   * Returns the next provenance.
   *
   * @return a valid provenance, sometimes {@link Provenance#NONE}
   */
  public Provenance provenance() {
    if (chance(0.2)) {
      return Provenance.NONE;
    }
    Provenance p = Provenance.of(subset(ResearchMethod.class).toArray(new ResearchMethod[0]));
    for (ParticipantRole r : ParticipantRole.values()) {
      if (chance(0.4)) {
        p = p.withParticipants(r, 1 + random.nextInt(20));
      }
    }
    return chance(0.5) ? p.withValidatedOn(date()) : p;
  }

  /**
   * Returns the next scale: 2 to 1001 points, either direction, any valid boxes.
   *
   * @return a valid scale
   */
  public Scale scale() {
    int min = random.nextInt(-10, 11);
    int points = chance(0.9) ? 2 + random.nextInt(10) : Scale.MAX_POINTS;
    int top = 1 + random.nextInt(points);
    int good = top + random.nextInt(points - top + 1);
    int bottom = random.nextInt(points - good + 1);
    return chance(0.5)
        ? Scale.higherIsBetter(min, min + points - 1, top, good, bottom)
        : Scale.lowerIsBetter(min, min + points - 1, top, good, bottom);
  }

  /**
   * A target in a unit that fits the measure's scale (shares only for a measure not generated
   * here), its threshold anywhere in the unit's range: whole, fractional or at an end.
   */
  private org.cxkit.core.MetricTarget target(MeasureId m) {
    Scale scale = scales.get(m);
    List<org.cxkit.core.MetricTarget.Unit> units = new ArrayList<>();
    for (org.cxkit.core.MetricTarget.Unit u : org.cxkit.core.MetricTarget.Unit.values()) {
      boolean share =
          u == org.cxkit.core.MetricTarget.Unit.TOP_BOX_PERCENT
              || u == org.cxkit.core.MetricTarget.Unit.GOOD_BOX_PERCENT;
      if (share || (scale != null && u.fits(scale))) {
        units.add(u);
      }
    }
    org.cxkit.core.MetricTarget.Unit unit = pick(units);
    Scale on = scale == null ? Scale.CSAT : scale;
    double lo = unit.lowest(on);
    double hi = unit.highest(on);
    double threshold =
        switch (random.nextInt(4)) {
          case 0 -> lo;
          case 1 -> hi;
          case 2 -> Math.floor(lo + random.nextDouble() * (hi - lo));
          default -> Math.round((lo + random.nextDouble() * (hi - lo)) * 100) / 100.0;
        };
    org.cxkit.core.MetricTarget t =
        org.cxkit.core.MetricTarget.of(m, unit, Math.max(lo, Math.min(hi, threshold)));
    return withBand(t, unit.higherIsBetter(on), lo, hi);
  }

  /**
   * Sometimes (from the blueprint's stream) a tolerance band on the worse side of the threshold,
   * within lo..hi; never one of width 0.
   */
  private org.cxkit.core.MetricTarget withBand(
      org.cxkit.core.MetricTarget t, boolean higherIsBetter, double lo, double hi) {
    double worst = higherIsBetter ? lo : hi;
    if (blue.nextInt(3) != 0 || t.threshold() == worst) {
      return t;
    }
    double limit = t.threshold() + (worst - t.threshold()) * (0.1 + 0.9 * blue.nextDouble());
    return limit == t.threshold() ? t : t.withTolerance(limit);
  }

  /** A target on an operational measure: a mean, median or 90th percentile in its unit. */
  private org.cxkit.core.MetricTarget operationalTarget(OperationalMeasure o) {
    org.cxkit.core.MetricTarget.Unit[] units = {
      org.cxkit.core.MetricTarget.Unit.MEAN,
      org.cxkit.core.MetricTarget.Unit.MEDIAN,
      org.cxkit.core.MetricTarget.Unit.P90
    };
    double hi = o.unit() == OperationalMeasure.Unit.PERCENT ? 100 : 1000;
    double threshold = Math.round(blue.nextDouble() * hi * 100) / 100.0;
    return withBand(
        org.cxkit.core.MetricTarget.of(o.id(), units[blue.nextInt(3)], threshold),
        o.higherIsBetter(),
        0,
        hi);
  }

  private LocalDate date() {
    return LocalDate.of(2018 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  /** An id of one of the slug forms, unique for {@code (prefix, index)}. */
  private String slug(String prefix, int index) {
    return switch (random.nextInt(6)) {
      case 0 -> prefix + "_" + index;
      case 1 -> prefix + "." + index;
      case 2 -> prefix + index;
      case 3 -> {
        String suffix = "-" + index;
        yield (prefix + "-" + "a".repeat(64)).substring(0, 64 - suffix.length()) + suffix;
      }
      default -> prefix + "-" + index;
    };
  }

  private String text() {
    return pick(WORDS);
  }

  private ImmutableList<String> texts(int max) {
    int n = random.nextInt(max + 1);
    ImmutableList.Builder<String> out = ImmutableList.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      out.add(text());
    }
    return out.build();
  }

  private <E extends Enum<E>> Set<E> subset(Class<E> type) {
    Set<E> out = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (chance(0.4)) {
        out.add(e);
      }
    }
    return out;
  }

  private boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private <T> T pick(T[] array) {
    return array[random.nextInt(array.length)];
  }
}
