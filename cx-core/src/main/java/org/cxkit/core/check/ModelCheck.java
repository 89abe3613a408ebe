package org.cxkit.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.ModelPath;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.management.Management;
import org.cxkit.core.management.MaturityEvidence;
import org.cxkit.core.observed.JourneyObservations;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;

/**
 * Reports what is legal but unwise in a model, following customer-experience practice: a journey
 * with no AFTER phase, a touchpoint without goals or without a measure, a journey validated without
 * customers, a persona without a story, and so on (every {@link Rule} is listed with its code and
 * severity). Findings are reported, never thrown.
 *
 * <pre>{@code
 * CheckReport report = ModelCheck.defaults()
 *     .suppress(Rule.MATURITY_NOT_ASSESSED)
 *     .run(model);
 * }</pre>
 *
 * <p>The rules that need observed data (CX501–CX503, {@link #run(CxModel, Iterable)}) fire from
 * thresholds with documented defaults, each changed by a wither:
 *
 * <pre>{@code
 * ModelCheck check = ModelCheck.defaults()
 *     .withMinObservedJourneys(100)        // CX501: judge never-taken moves from 100 journeys on
 *     .withUndesignedMovePercent(2.5)      // CX502: an undesigned move made by 2.5 % of journeys
 *     .withMinUndesignedMoves(10)          //        and at least 10 times
 *     .withFailingPercent(20)              // CX503: a moment of truth failing 20 % of the time
 *     .withMinObservedEvents(50);          //        over at least 50 events
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ModelCheck {
  private static final ModelCheck DEFAULTS =
      new ModelCheck(
          ImmutableSet.of(),
          ModelCheck.MIN_OBSERVED_JOURNEYS,
          ModelCheck.UNDESIGNED_MOVE_PERCENT,
          ModelCheck.MIN_UNDESIGNED_MOVES,
          ModelCheck.FAILING_PERCENT,
          ModelCheck.MIN_OBSERVED_EVENTS);

  private final ImmutableSet<Rule> suppressed;
  private final int minObservedJourneys;
  private final double undesignedMovePercent;
  private final int minUndesignedMoves;
  private final double failingPercent;
  private final int minObservedEvents;

  private ModelCheck(
      ImmutableSet<Rule> suppressed,
      int minObservedJourneys,
      double undesignedMovePercent,
      int minUndesignedMoves,
      double failingPercent,
      int minObservedEvents) {
    this.suppressed = suppressed;
    this.minObservedJourneys = minObservedJourneys;
    this.undesignedMovePercent = undesignedMovePercent;
    this.minUndesignedMoves = minUndesignedMoves;
    this.failingPercent = failingPercent;
    this.minObservedEvents = minObservedEvents;
  }

  private ModelCheck withSuppressed(ImmutableSet<Rule> rules) {
    return new ModelCheck(
        rules,
        minObservedJourneys,
        undesignedMovePercent,
        minUndesignedMoves,
        failingPercent,
        minObservedEvents);
  }

  /**
   * Returns the check with every rule on.
   *
   * @return the default check
   */
  public static ModelCheck defaults() {
    return DEFAULTS;
  }

  /**
   * Returns this check with some rules switched off.
   *
   * @param rules the rules to suppress
   * @return a new check
   */
  public ModelCheck suppress(Rule... rules) {
    requireNonNull(rules, "rules");
    EnumSet<Rule> set = EnumSet.noneOf(Rule.class);
    set.addAll(suppressed);
    for (Rule r : rules) {
      set.add(requireNonNull(r, "rules element"));
    }
    return withSuppressed(Sets.immutableEnumSet(set));
  }

  /**
   * Returns this check with the rules of these codes switched off (for hosts that keep codes in
   * configuration).
   *
   * @param codes codes such as {@code CX105}
   * @return a new check
   * @throws IllegalArgumentException if a code names no rule
   */
  public ModelCheck suppress(String... codes) {
    requireNonNull(codes, "codes");
    return suppress(
        Arrays.stream(codes)
            .map(
                c ->
                    Rule.byCode(requireNonNull(c, "codes element"))
                        .orElseThrow(
                            () ->
                                new IllegalArgumentException(
                                    "no rule has code '"
                                        + c
                                        + "'; codes run CX101.."
                                        + Arrays.stream(Rule.values())
                                            .reduce((first, last) -> last)
                                            .orElseThrow()
                                            .code())))
            .toArray(Rule[]::new));
  }

  /**
   * Returns the rules this check suppresses.
   *
   * @return the suppressed rules
   */
  public ImmutableSet<Rule> suppressed() {
    return suppressed;
  }

  /**
   * Checks a model.
   *
   * @param model the model
   * @return the findings, most severe first, then in model order
   */
  public CheckReport run(CxModel model) {
    requireNonNull(model, "model");
    Sink sink = new Sink(suppressed);
    strategy(model, sink);
    personas(model, sink);
    for (int i = 0; i < model.journeys().size(); i++) {
      Journey j = model.journeys().get(i);
      journey(j, ModelPath.root().element("journeys", i, j.id().value()), sink);
    }
    management(model, sink);
    List<Finding> sorted = new ArrayList<>(sink.findings);
    sorted.sort(Comparator.comparing(Finding::severity)); // stable: model order within a severity
    return new CheckReport(ImmutableList.copyOf(sorted));
  }

  /**
   * The fewest observed journeys from which a designed move nobody took is reported ({@link
   * Rule#MOVE_NEVER_TAKEN}): {@value}.
   *
   * @since 0.1
   */
  public static final int MIN_OBSERVED_JOURNEYS = 30;

  /**
   * The share of observed journeys from which an undesigned move is frequent ({@link
   * Rule#UNDESIGNED_MOVE_FREQUENT}), in percent: {@value}; the move must also be made at least
   * {@value #MIN_UNDESIGNED_MOVES} times.
   *
   * @since 0.1
   */
  public static final int UNDESIGNED_MOVE_PERCENT = 5;

  /**
   * The fewest times an undesigned move is made before it is reported: {@value}.
   *
   * @since 0.1
   */
  public static final int MIN_UNDESIGNED_MOVES = 5;

  /**
   * The failing share of a moment of truth's events from which it is reported ({@link
   * Rule#MOMENT_OF_TRUTH_FAILING}), in percent: {@value}, over at least {@value
   * #MIN_OBSERVED_EVENTS} events.
   *
   * @since 0.1
   */
  public static final int FAILING_PERCENT = 10;

  /**
   * The fewest events at a moment of truth before its failing share is judged: {@value}.
   *
   * @since 0.1
   */
  public static final int MIN_OBSERVED_EVENTS = 20;

  /**
   * Returns this check judging designed moves nobody took ({@link Rule#MOVE_NEVER_TAKEN}) from
   * another number of observed journeys on (default {@value #MIN_OBSERVED_JOURNEYS}).
   *
   * @param journeys the fewest journeys; at least 1
   * @return a new check
   * @throws IllegalArgumentException if {@code journeys} is below 1
   * @since 0.1
   */
  public ModelCheck withMinObservedJourneys(int journeys) {
    checkArgument(journeys >= 1, "minObservedJourneys must be at least 1, got %s", journeys);
    return new ModelCheck(
        suppressed,
        journeys,
        undesignedMovePercent,
        minUndesignedMoves,
        failingPercent,
        minObservedEvents);
  }

  /**
   * Returns this check reporting an undesigned move ({@link Rule#UNDESIGNED_MOVE_FREQUENT}) from
   * another share of the observed journeys on (default {@value #UNDESIGNED_MOVE_PERCENT} %).
   *
   * @param percent the share of journeys, in percent; above 0, at most 100
   * @return a new check
   * @throws IllegalArgumentException if {@code percent} is not in (0, 100]
   * @since 0.1
   */
  public ModelCheck withUndesignedMovePercent(double percent) {
    checkPercent(percent, "undesignedMovePercent");
    return new ModelCheck(
        suppressed,
        minObservedJourneys,
        percent,
        minUndesignedMoves,
        failingPercent,
        minObservedEvents);
  }

  /**
   * Returns this check reporting an undesigned move ({@link Rule#UNDESIGNED_MOVE_FREQUENT}) only
   * when it was made at least this often (default {@value #MIN_UNDESIGNED_MOVES}).
   *
   * @param moves the fewest times; at least 1
   * @return a new check
   * @throws IllegalArgumentException if {@code moves} is below 1
   * @since 0.1
   */
  public ModelCheck withMinUndesignedMoves(int moves) {
    checkArgument(moves >= 1, "minUndesignedMoves must be at least 1, got %s", moves);
    return new ModelCheck(
        suppressed,
        minObservedJourneys,
        undesignedMovePercent,
        moves,
        failingPercent,
        minObservedEvents);
  }

  /**
   * Returns this check reporting a moment of truth ({@link Rule#MOMENT_OF_TRUTH_FAILING}) from
   * another failing share of its events on (default {@value #FAILING_PERCENT} %).
   *
   * @param percent the failing share, in percent; above 0, at most 100
   * @return a new check
   * @throws IllegalArgumentException if {@code percent} is not in (0, 100]
   * @since 0.1
   */
  public ModelCheck withFailingPercent(double percent) {
    checkPercent(percent, "failingPercent");
    return new ModelCheck(
        suppressed,
        minObservedJourneys,
        undesignedMovePercent,
        minUndesignedMoves,
        percent,
        minObservedEvents);
  }

  /**
   * Returns this check judging a moment of truth's failing share ({@link
   * Rule#MOMENT_OF_TRUTH_FAILING}) only over at least this many events (default {@value
   * #MIN_OBSERVED_EVENTS}).
   *
   * @param events the fewest events; at least 1
   * @return a new check
   * @throws IllegalArgumentException if {@code events} is below 1
   * @since 0.1
   */
  public ModelCheck withMinObservedEvents(int events) {
    checkArgument(events >= 1, "minObservedEvents must be at least 1, got %s", events);
    return new ModelCheck(
        suppressed,
        minObservedJourneys,
        undesignedMovePercent,
        minUndesignedMoves,
        failingPercent,
        events);
  }

  private static void checkPercent(double percent, String name) {
    checkArgument(
        percent > 0 && percent <= 100, "%s must be above 0 and at most 100, got %s", name, percent);
  }

  /**
   * Returns the fewest observed journeys from which CX501 judges designed moves.
   *
   * @return the number of journeys
   * @since 0.1
   */
  public int minObservedJourneys() {
    return minObservedJourneys;
  }

  /**
   * Returns the share of journeys, in percent, from which CX502 reports an undesigned move.
   *
   * @return the percentage
   * @since 0.1
   */
  public double undesignedMovePercent() {
    return undesignedMovePercent;
  }

  /**
   * Returns the fewest times an undesigned move is made before CX502 reports it.
   *
   * @return the number of moves
   * @since 0.1
   */
  public int minUndesignedMoves() {
    return minUndesignedMoves;
  }

  /**
   * Returns the failing share of a moment of truth's events, in percent, from which CX503 fires.
   *
   * @return the percentage
   * @since 0.1
   */
  public double failingPercent() {
    return failingPercent;
  }

  /**
   * Returns the fewest events at a moment of truth before CX503 judges its failing share.
   *
   * @return the number of events
   * @since 0.1
   */
  public int minObservedEvents() {
    return minObservedEvents;
  }

  /**
   * Checks a model and what customers were observed doing on its journeys: the rules of {@link
   * #run(CxModel)} plus the CX5xx rules, which need observed data. A designed move between two
   * touchpoints that no journey took ({@link Rule#MOVE_NEVER_TAKEN}, from {@link
   * #minObservedJourneys()} journeys on, default {@value #MIN_OBSERVED_JOURNEYS}); a move the
   * design does not have, made at least {@link #minUndesignedMoves()} times (default {@value
   * #MIN_UNDESIGNED_MOVES}) and by at least {@link #undesignedMovePercent()} % of journeys (default
   * {@value #UNDESIGNED_MOVE_PERCENT}) ({@link Rule#UNDESIGNED_MOVE_FREQUENT}: a candidate
   * transition); a moment of truth whose events failed at least {@link #failingPercent()} % of the
   * time (default {@value #FAILING_PERCENT}), over at least {@link #minObservedEvents()} events
   * (default {@value #MIN_OBSERVED_EVENTS}) ({@link Rule#MOMENT_OF_TRUTH_FAILING}). A share is
   * compared as {@code 100 × count ≥ percent × total}. Counts above {@link Integer#MAX_VALUE} are
   * reported as {@link Integer#MAX_VALUE}.
   *
   * @param model the model
   * @param observed counts per designed journey, at most one per journey
   * @return the findings, most severe first, then in model order
   * @throws IllegalArgumentException if observations name a journey the model does not have, or one
   *     journey twice
   * @since 0.1
   */
  public CheckReport run(CxModel model, Iterable<JourneyObservations> observed) {
    requireNonNull(model, "model");
    requireNonNull(observed, "observed");
    java.util.Map<JourneyId, JourneyObservations> byJourney = new java.util.HashMap<>();
    for (JourneyObservations o : observed) {
      requireNonNull(o, "observed element");
      if (model.journeys().stream().noneMatch(j -> j.id().equals(o.journey()))) {
        throw new IllegalArgumentException(
            "observations of journey '" + o.journey() + "', which the model does not have");
      }
      if (byJourney.put(o.journey(), o) != null) {
        throw new IllegalArgumentException("two observations of journey '" + o.journey() + "'");
      }
    }
    Sink sink = new Sink(suppressed);
    for (Finding f : run(model).findings()) {
      sink.findings.add(f);
    }
    for (int i = 0; i < model.journeys().size(); i++) {
      Journey j = model.journeys().get(i);
      JourneyObservations o = byJourney.get(j.id());
      if (o != null) {
        observed(j, o, ModelPath.root().element("journeys", i, j.id().value()), sink);
      }
    }
    List<Finding> sorted = new ArrayList<>(sink.findings);
    sorted.sort(Comparator.comparing(Finding::severity));
    return new CheckReport(ImmutableList.copyOf(sorted));
  }

  private static int saturated(long n) {
    return (int) Math.min(n, Integer.MAX_VALUE);
  }

  private void observed(Journey j, JourneyObservations o, ModelPath at, Sink sink) {
    int journeys = saturated(o.journeys());
    if (o.journeys() >= minObservedJourneys) {
      Set<List<TouchpointId>> seen = new HashSet<>();
      JourneyGraph g = j.graph();
      for (JourneyGraph.Move m : g.moves()) {
        // a group designs no order: an order nobody takes is not a designed move left unused
        boolean groupOrder =
            m.implicit() && (g.groupOf(m.from()).isPresent() || g.groupOf(m.to()).isPresent());
        if (!groupOrder
            && seen.add(List.of(m.from(), m.to()))
            && o.moves().get(m.from(), m.to()) == null) {
          sink.add(Rule.MOVE_NEVER_TAKEN, at, m.from(), m.to(), journeys);
        }
      }
    }
    for (var cell : o.moves().cellSet()) {
      TouchpointId from = requireNonNull(cell.getRowKey());
      TouchpointId to = requireNonNull(cell.getColumnKey());
      long n = requireNonNull(cell.getValue());
      boolean known = j.touchpoint(from).isPresent() && j.touchpoint(to).isPresent();
      if (known
          && !j.graph().isDesignedMove(from, to)
          && n >= minUndesignedMoves
          && n * 100.0 >= undesignedMovePercent * o.journeys()) {
        sink.add(Rule.UNDESIGNED_MOVE_FREQUENT, at, from, to, saturated(n), journeys);
      }
    }
    for (int s = 0; s < j.stages().size(); s++) {
      Stage stage = j.stages().get(s);
      ModelPath sp = at.element("stages", s, stage.id().value());
      for (int t = 0; t < stage.touchpoints().size(); t++) {
        Touchpoint tp = stage.touchpoints().get(t);
        long events = o.events().getOrDefault(tp.id(), 0L);
        long failing = o.failing().getOrDefault(tp.id(), 0L);
        if (tp.momentOfTruth()
            && events >= minObservedEvents
            && failing * 100.0 >= failingPercent * events) {
          sink.add(
              Rule.MOMENT_OF_TRUTH_FAILING,
              sp.element("touchpoints", t, tp.id().value()),
              tp.id(),
              saturated(failing),
              saturated(events));
        }
      }
    }
  }

  private static final class Sink {
    final Set<Rule> suppressed;
    final List<Finding> findings = new ArrayList<>();

    Sink(Set<Rule> suppressed) {
      this.suppressed = suppressed;
    }

    void add(Rule rule, ModelPath path, Object... arguments) {
      if (!suppressed.contains(rule)) {
        findings.add(Finding.of(rule, path, arguments));
      }
    }
  }

  private static void strategy(CxModel model, Sink sink) {
    Strategy s = model.strategy();
    if (s.equals(Strategy.EMPTY)) {
      return; // a model without any strategy (a blueprint-only model) is legal
    }
    ModelPath at = ModelPath.root().field("strategy");
    for (int i = 0; i < s.businessGoals().size(); i++) {
      BusinessGoal g = s.businessGoals().get(i);
      if (g.target().isEmpty()) {
        sink.add(
            Rule.GOAL_WITHOUT_TARGET,
            at.element("businessGoals", i, g.id().value()).field("target"),
            g.id());
      }
    }
    for (int i = 0; i < s.offerings().size(); i++) {
      Offering o = s.offerings().get(i);
      if (o.valueProposition().promise().isEmpty()) {
        sink.add(
            Rule.OFFERING_WITHOUT_PROMISE,
            at.element("offerings", i, o.id().value()).field("valueProposition").field("promise"),
            o.id());
      }
    }
    if (!s.intent().isComplete()) {
      List<IntentPerspective> missing =
          Arrays.stream(IntentPerspective.values())
              .filter(p -> s.intent().statement(p).isEmpty())
              .toList();
      sink.add(Rule.INTENT_INCOMPLETE, at.field("intent"), missing);
    }
    Set<InsightMethod> methods = EnumSet.noneOf(InsightMethod.class);
    s.market().insights().forEach(x -> methods.add(x.method()));
    if (methods.size() < InsightMethod.values().length) {
      sink.add(Rule.MARKET_ONE_METHOD, at.field("market").field("insights"), methods);
    }
    if (s.maturity().isEmpty()) {
      sink.add(Rule.MATURITY_NOT_ASSESSED, at.field("maturity"));
    }
    Set<SegmentId> represented = new HashSet<>();
    model.personas().forEach(p -> p.segment().ifPresent(represented::add));
    for (int i = 0; i < s.segments().size(); i++) {
      Segment seg = s.segments().get(i);
      if (!represented.contains(seg.id())) {
        sink.add(Rule.SEGMENT_UNREPRESENTED, at.element("segments", i, seg.id().value()), seg.id());
      }
    }
  }

  /**
   * The management rules (CX107, CX409, CX6xx); quiet on a model that records no management, as the
   * strategy rules are on a model without a strategy.
   */
  private static void management(CxModel model, Sink sink) {
    Management m = model.management();
    if (m.isEmpty()) {
      return;
    }
    MaturityEvidence evidence = MaturityEvidence.of(model);
    if (evidence.declaredAboveEvidence()) {
      sink.add(
          Rule.MATURITY_ABOVE_EVIDENCE,
          ModelPath.root().field("strategy").field("maturity"),
          evidence.declared().orElseThrow(),
          evidence.supported());
    }
    Set<TouchpointId> withEx = new HashSet<>();
    m.employeeExperience().forEach(e -> withEx.add(e.touchpoint()));
    for (int i = 0; i < model.journeys().size(); i++) {
      Journey j = model.journeys().get(i);
      ModelPath jp = ModelPath.root().element("journeys", i, j.id().value());
      for (int s = 0; s < j.stages().size(); s++) {
        Stage stage = j.stages().get(s);
        for (int t = 0; t < stage.touchpoints().size(); t++) {
          Touchpoint tp = stage.touchpoints().get(t);
          if (frontline(j, tp) && !withEx.contains(tp.id())) {
            sink.add(
                Rule.FRONTLINE_WITHOUT_EX,
                jp.element("stages", s, stage.id().value())
                    .element("touchpoints", t, tp.id().value()),
                tp.id());
          }
        }
      }
    }
    ModelPath at = ModelPath.root().field("management");
    for (int i = 0; i < m.initiatives().size(); i++) {
      Initiative in = m.initiatives().get(i);
      if (in.status() == InitiativeStatus.DROPPED) {
        continue;
      }
      ModelPath ip = at.element("initiatives", i, null);
      if (in.owner().isEmpty()) {
        sink.add(Rule.INITIATIVE_WITHOUT_OWNER, ip.field("owner"), in.status());
      }
      if (in.target().isEmpty()) {
        sink.add(Rule.INITIATIVE_WITHOUT_TARGET, ip.field("target"), in.status());
      }
    }
    Set<String> reviewing = new HashSet<>();
    m.reviews().forEach(r -> reviewing.add(r.owner()));
    int k = 0;
    for (java.util.Map.Entry<JourneyId, String> e : m.journeyOwners().entrySet()) {
      if (!reviewing.contains(e.getValue())) {
        sink.add(
            Rule.OWNER_WITHOUT_REVIEW,
            at.element("journeyOwners", k, e.getKey().value()),
            e.getKey());
      }
      k++;
    }
  }

  /** Whether employees deliver the touchpoint: its initiator or receiver is a frontline actor. */
  private static boolean frontline(Journey j, Touchpoint tp) {
    return tp.initiator().flatMap(j::typeOf).filter(t -> t == ActorType.FRONTLINE).isPresent()
        || tp.receiver().flatMap(j::typeOf).filter(t -> t == ActorType.FRONTLINE).isPresent();
  }

  private static void personas(CxModel model, Sink sink) {
    Set<PersonaId> withJourney =
        model.journeys().stream().map(Journey::persona).collect(Collectors.toSet());
    // a persona whose curve a journey map draws takes part in that journey
    model.journeys().forEach(j -> j.personaCurves().forEach(c -> withJourney.add(c.persona())));
    boolean segmented = !model.strategy().segments().isEmpty();
    for (int i = 0; i < model.personas().size(); i++) {
      Persona p = model.personas().get(i);
      ModelPath at = ModelPath.root().element("personas", i, p.id().value());
      if (!withJourney.contains(p.id())) {
        sink.add(Rule.PERSONA_WITHOUT_JOURNEY, at, p.id());
      }
      if (isBare(p)) {
        continue; // a name only: "the customer" of a blueprint, not a persona being worked on
      }
      if (p.story().isEmpty()) {
        sink.add(Rule.PERSONA_WITHOUT_STORY, at.field("story"), p.id());
      }
      if (segmented && p.segment().isEmpty()) {
        sink.add(Rule.PERSONA_WITHOUT_SEGMENT, at.field("segment"), p.id());
      }
      if (p.profile().isThin()) {
        sink.add(Rule.PERSONA_THIN_PROFILE, at.field("profile"), p.id());
      }
    }
  }

  /** A persona that is only a name: no segment, profile or story. */
  private static boolean isBare(Persona p) {
    return p.segment().isEmpty() && p.profile().equals(Profile.EMPTY) && p.story().isEmpty();
  }

  private static void journey(Journey j, ModelPath at, Sink sink) {
    Set<Phase> missing = EnumSet.allOf(Phase.class);
    missing.removeAll(j.phases());
    if (j.scope() == JourneyScope.END_TO_END && !missing.isEmpty()) {
      sink.add(Rule.JOURNEY_MISSING_PHASE, at.field("stages"), j.id(), missing);
    }
    if (j.scope() == JourneyScope.END_TO_END
        && !j.touchpoints().isEmpty()
        && j.touchpoints().stream().noneMatch(Touchpoint::momentOfTruth)) {
      sink.add(Rule.JOURNEY_NO_MOMENT_OF_TRUTH, at, j.id());
    }
    boolean claimed = j.status() == JourneyStatus.VALIDATED || j.status() == JourneyStatus.LIVE;
    if (claimed && !j.provenance().involvesCustomersOrFrontline()) {
      sink.add(
          Rule.JOURNEY_MANAGEMENT_ONLY,
          at.field("provenance").field("participants"),
          j.id(),
          j.status());
    }
    Set<ResearchMethod> methods = j.provenance().methods();
    if (claimed && (methods.isEmpty() || methods.equals(Set.of(ResearchMethod.ASSUMPTION)))) {
      sink.add(
          Rule.JOURNEY_ASSUMED,
          at.field("provenance").field("methods"),
          j.id(),
          j.status(),
          methods);
    }
    // Goals and measures are for what the organisation shapes and the customer takes part in; a
    // journey where none has any gets one finding instead of one per touchpoint.
    boolean anyDesigned = false;
    boolean anyGoals = false;
    boolean anyMeasured = false;
    for (Touchpoint tp : j.touchpoints()) {
      if (designed(j, tp)) {
        anyDesigned = true;
        anyGoals |= !tp.goals().hasNoCustomerGoals();
        anyMeasured |= measured(tp);
      }
    }
    if (anyDesigned && !anyGoals) {
      sink.add(Rule.JOURNEY_NO_GOALS, at, j.id());
    }
    if (anyDesigned && !anyMeasured) {
      sink.add(Rule.JOURNEY_UNMEASURED, at, j.id());
    }
    Set<TouchpointId> unreachable = j.graph().unreachable();
    Set<TouchpointId> recovered = new HashSet<>();
    for (Transition t : j.transitions()) {
      if (t.kind() == TransitionKind.EXCEPTION
          || t.kind() == TransitionKind.ALTERNATIVE
          || t.kind() == TransitionKind.LOOP_BACK) {
        recovered.add(t.from());
      }
    }
    for (int s = 0; s < j.stages().size(); s++) {
      Stage stage = j.stages().get(s);
      ModelPath sp = at.element("stages", s, stage.id().value());
      if (stage.touchpoints().isEmpty()) {
        sink.add(Rule.STAGE_EMPTY, sp, stage.id());
      }
      for (int t = 0; t < stage.touchpoints().size(); t++) {
        Touchpoint tp = stage.touchpoints().get(t);
        ModelPath tpp = sp.element("touchpoints", t, tp.id().value());
        if (unreachable.contains(tp.id())) {
          sink.add(Rule.TOUCHPOINT_UNREACHABLE, tpp, tp.id());
        }
        touchpoint(j, tp, tpp, recovered.contains(tp.id()), anyGoals, anyMeasured, sink);
      }
    }
  }

  private static void touchpoint(
      Journey j,
      Touchpoint tp,
      ModelPath at,
      boolean recovered,
      boolean goalsInJourney,
      boolean measuresInJourney,
      Sink sink) {
    TouchpointId name = tp.id();
    TouchpointGoals g = tp.goals();
    if (designed(j, tp)) {
      if (g.hasNoCustomerGoals()) {
        if (goalsInJourney) {
          sink.add(Rule.TOUCHPOINT_NO_GOALS, at.field("goals"), name);
        }
      } else {
        if (g.feels().isEmpty()) {
          sink.add(Rule.TOUCHPOINT_NO_FEELING, at.field("goals").field("feels"), name);
        }
        if (g.hasNoEnablers()) {
          sink.add(Rule.TOUCHPOINT_NO_ENABLERS, at.field("goals"), name);
        }
      }
      if (measuresInJourney && !measured(tp)) {
        sink.add(Rule.TOUCHPOINT_NO_MEASURE, at.field("measures"), name);
      }
    }
    if ((tp.ownership() == Ownership.PARTNER || tp.ownership() == Ownership.SOCIAL)
        && tp.owner().isEmpty()) {
      sink.add(Rule.TOUCHPOINT_NO_OWNER, at.field("owner"), name, tp.ownership());
    }
    // A touchpoint laid out in lanes shows its backstage as drawn: an empty one is a fact.
    if (tp.controllable()
        && tp.activities().isEmpty()
        && !tp.frontstage().isEmpty()
        && tp.backstage().isEmpty()) {
      sink.add(Rule.TOUCHPOINT_NO_BACKSTAGE, at.field("backstage"), name);
    }
    if (!tp.failPoints().isEmpty() && !recovered) {
      sink.add(
          Rule.FAIL_POINT_WITHOUT_RECOVERY, at.field("failPoints"), name, tp.failPoints().size());
    }
    if (tp.momentOfTruth() && tp.failPoints().isEmpty() && !supportCanFail(j, tp)) {
      sink.add(Rule.MOMENT_OF_TRUTH_NO_FAIL_POINTS, at.field("failPoints"), name);
    }
  }

  /** Whether the organisation shapes a touchpoint and the customer takes part in it. */
  private static boolean designed(Journey j, Touchpoint tp) {
    return tp.controllable() && customerTakesPart(j, tp);
  }

  /** Whether a touchpoint has a measure, or a time standard (an operational measure). */
  private static boolean measured(Touchpoint tp) {
    return !tp.measures().isEmpty() || tp.timing().standard().isPresent();
  }

  /**
   * Whether the customer takes part in a touchpoint: an activity above the line of visibility (the
   * customer acts or sees it done), or an initiator or receiver the journey types as an end user
   * (the customer is one unless typed otherwise). A touchpoint that names no actor and draws no
   * lanes is taken to involve the customer, as the designed journey is theirs.
   */
  private static boolean customerTakesPart(Journey j, Touchpoint tp) {
    for (Activity a : tp.activities()) {
      if (a.lane().visible()) {
        return true;
      }
    }
    List<Actor> actors = new ArrayList<>(2);
    tp.initiator().ifPresent(actors::add);
    tp.receiver().ifPresent(actors::add);
    for (Actor a : actors) {
      if (j.typeOf(a).filter(ActorType::isCustomer).isPresent()) {
        return true;
      }
    }
    return actors.isEmpty() && tp.activities().isEmpty();
  }

  /** Whether a support process the touchpoint relies on lists fail points. */
  private static boolean supportCanFail(Journey j, Touchpoint tp) {
    for (Activity a : tp.activities()) {
      if (a.process().isPresent()) {
        for (SupportProcess p : j.supportProcesses()) {
          if (p.id().equals(a.process().get()) && !p.failPoints().isEmpty()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "ModelCheck["
        + (Rule.values().length - suppressed.size())
        + " rules"
        + (suppressed.isEmpty()
            ? ""
            : ", suppressed " + suppressed.stream().map(Rule::code).toList())
        + "]";
  }
}
