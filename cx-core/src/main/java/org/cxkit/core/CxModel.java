package org.cxkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Lists;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Dupes;
import org.cxkit.core.internal.Part;
import org.cxkit.core.internal.Plural;
import org.cxkit.core.internal.Problems;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.Management;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.jspecify.annotations.Nullable;

/**
 * One organisation's customer-experience design: the {@link Strategy} behind it, the {@linkplain
 * Persona personas}, each persona's {@linkplain Journey journeys}, and the {@linkplain Measure
 * measures} the touchpoints are judged by. The aggregate root of cxkit.
 *
 * <pre>{@code
 * CxModel model = CxModel.builder("Waffle Wednesday")
 *     .strategy(Strategy.builder().segment(Segment.of("freelancers", "Freelancers")).build())
 *     .persona(Persona.of("maria", "Maria").withSegment("freelancers").withStory("..."))
 *     .journey(Journey.builder("first-visit").persona("maria")
 *         .stage(Stage.builder("discover", Phase.BEFORE)
 *             .touchpoint(Touchpoint.builder("event-page").channel(Channel.WEB)
 *                 .measure(MetricTarget.goodBoxShare("csat", 80)))))
 *     .build();
 * model.check();   // findings: what is legal but unwise
 * }</pre>
 *
 * <p>Building rejects what can never be right with one {@link ModelValidationException} listing
 * every problem with its {@link ModelPath}: blank or malformed ids, duplicate ids in one scope,
 * references that do not resolve (persona to segment, journey to persona and offering, touchpoint
 * target to measure), targets impossible on their measure's scale (a mean off the scale, a share
 * outside 0..100, NPS points on a scale without a bottom box), targets in the wrong unit for their
 * measure (a box share of an {@linkplain OperationalMeasure operational measure}, a median of a
 * survey measure), tolerance bands on the better side of their threshold, and everything {@link
 * Journey}, {@link Stage} and {@link Touchpoint} reject. The built-in measures ({@link
 * Measure#builtIns()}) are always available; a declared measure with a built-in id replaces the
 * built-in.
 *
 * <p>Instances are immutable and compare by value.
 */
public final class CxModel {
  private final String name;
  private final Strategy strategy;
  private final ImmutableList<Measure> declaredMeasures;
  private final ImmutableList<OperationalMeasure> operationalMeasures;
  private final ImmutableList<Persona> personas;
  private final ImmutableList<Journey> journeys;
  private final Management management;

  private final ImmutableMap<MeasureId, Measure> measures;

  private CxModel(
      String name,
      Strategy strategy,
      ImmutableList<Measure> declaredMeasures,
      ImmutableList<OperationalMeasure> operationalMeasures,
      ImmutableList<Persona> personas,
      ImmutableList<Journey> journeys,
      Management management) {
    this.name = name;
    this.strategy = strategy;
    this.declaredMeasures = declaredMeasures;
    this.operationalMeasures = operationalMeasures;
    this.personas = personas;
    this.journeys = journeys;
    this.management = management;
    this.measures = effectiveMeasures(declaredMeasures);
  }

  private static ImmutableMap<MeasureId, Measure> effectiveMeasures(List<Measure> declared) {
    Map<MeasureId, Measure> m = new LinkedHashMap<>();
    for (Measure b : Measure.builtIns()) {
      m.put(b.id(), b);
    }
    for (Measure d : declared) {
      m.put(d.id(), d);
    }
    return ImmutableMap.copyOf(m);
  }

  /**
   * Creates a model from its parts. Prefer {@link #builder(String)}, which reports problems in the
   * journeys it builds as well.
   *
   * @param name the model's name, such as the organisation's or the service's
   * @param strategy the strategy
   * @param measures the measures declared besides the built-ins
   * @param personas the personas
   * @param journeys the journeys
   * @return the model
   * @throws NullPointerException if an argument or element is null
   * @throws ModelValidationException if the model can never be right
   */
  public static CxModel of(
      String name,
      Strategy strategy,
      Iterable<Measure> measures,
      Iterable<Persona> personas,
      Iterable<Journey> journeys) {
    requireNonNull(name, "name");
    requireNonNull(strategy, "strategy");
    ImmutableList<Measure> m = Args.list(measures, "measures");
    ImmutableList<Persona> p = Args.list(personas, "personas");
    ImmutableList<Journey> j = Args.list(journeys, "journeys");
    return create(name, strategy, m, ImmutableList.of(), p, j);
  }

  /**
   * Creates a model from its parts, its operational measures included. Prefer {@link
   * #builder(String)}, which reports problems in the journeys it builds as well.
   *
   * @param name the model's name, such as the organisation's or the service's
   * @param strategy the strategy
   * @param measures the survey measures declared besides the built-ins
   * @param operationalMeasures the operational measures
   * @param personas the personas
   * @param journeys the journeys
   * @return the model
   * @throws NullPointerException if an argument or element is null
   * @throws ModelValidationException if the model can never be right
   * @since 0.1
   */
  public static CxModel of(
      String name,
      Strategy strategy,
      Iterable<Measure> measures,
      Iterable<OperationalMeasure> operationalMeasures,
      Iterable<Persona> personas,
      Iterable<Journey> journeys) {
    requireNonNull(name, "name");
    requireNonNull(strategy, "strategy");
    return create(
        name,
        strategy,
        Args.list(measures, "measures"),
        Args.list(operationalMeasures, "operationalMeasures"),
        Args.list(personas, "personas"),
        Args.list(journeys, "journeys"));
  }

  private static CxModel create(
      String name,
      Strategy strategy,
      ImmutableList<Measure> m,
      ImmutableList<OperationalMeasure> o,
      ImmutableList<Persona> p,
      ImmutableList<Journey> j) {
    Problems problems = new Problems();
    check(name, strategy, m, o, p, j, Lists.transform(j, x -> x.id().value()), problems);
    problems.throwIfAny("model '" + name + "'");
    return new CxModel(name, strategy, m, o, p, j, Management.EMPTY);
  }

  private static Set<MeasureId> allMeasureIds(
      Map<MeasureId, Measure> survey, List<OperationalMeasure> operational) {
    Set<MeasureId> ids = new HashSet<>(survey.keySet());
    operational.forEach(o -> ids.add(o.id()));
    return ids;
  }

  /** Checks that the management names journeys, touchpoints and measures the model has. */
  private static void checkManagement(
      Management management, List<Journey> journeys, Set<MeasureId> measureIds, Problems problems) {
    ModelPath at = ModelPath.root().field("management");
    Set<JourneyId> journeyIds = new HashSet<>();
    Set<TouchpointId> touchpoints = new HashSet<>();
    for (Journey j : journeys) {
      journeyIds.add(j.id());
      j.touchpoints().forEach(t -> touchpoints.add(t.id()));
    }
    for (int i = 0; i < management.opportunities().size(); i++) {
      for (TouchpointId t : management.opportunities().get(i).touchpoints()) {
        if (!touchpoints.contains(t)) {
          problems.add(
              at.element("opportunities", i, null).field("touchpoints"),
              "no touchpoint '%s' in any journey",
              t);
        }
      }
    }
    for (int i = 0; i < management.initiatives().size(); i++) {
      Initiative in = management.initiatives().get(i);
      ModelPath ip = at.element("initiatives", i, null);
      for (TouchpointId t : in.touchpoints()) {
        if (!touchpoints.contains(t)) {
          problems.add(ip.field("touchpoints"), "no touchpoint '%s' in any journey", t);
        }
      }
      if (in.target().isPresent() && !measureIds.contains(in.target().get().measure())) {
        problems.add(
            ip.field("target"), "no measure '%s' in measures", in.target().get().measure());
      }
    }
    for (JourneyId j : management.journeyOwners().keySet()) {
      if (!journeyIds.contains(j)) {
        problems.add(at.field("journeyOwners"), "no journey '%s' in journeys", j);
      }
    }
    for (int i = 0; i < management.employeeExperience().size(); i++) {
      EmployeeExperience e = management.employeeExperience().get(i);
      ModelPath ep = at.element("employeeExperience", i, null);
      if (!touchpoints.contains(e.touchpoint())) {
        problems.add(ep.field("touchpoint"), "no touchpoint '%s' in any journey", e.touchpoint());
      }
      if (e.measure().isPresent() && !measureIds.contains(e.measure().get().measure())) {
        problems.add(
            ep.field("measure"), "no measure '%s' in measures", e.measure().get().measure());
      }
    }
  }

  /**
   * The model-wide rules, in one place: {@link #of} runs them on a model's parts, the builder on
   * what it could build. A null strategy or journey failed on its own: references into a failed
   * strategy and from a failed journey are not checked (they would only repeat its problem), but
   * everything else is, so all problems are reported at once. {@code journeyKeys} holds each
   * journey's id as written (null if malformed) for the duplicate check.
   */
  private static void check(
      String name,
      @Nullable Strategy strategy,
      List<Measure> measures,
      List<OperationalMeasure> operational,
      List<Persona> personas,
      List<? extends @Nullable Journey> journeys,
      List<@Nullable String> journeyKeys,
      Problems problems) {
    ModelPath root = ModelPath.root();
    if (name.isBlank()) {
      problems.add(root.field("name"), "must not be blank");
    }
    Dupes.check(Lists.transform(measures, Measure::id), root, "measures", "measure", problems);
    Dupes.check(Lists.transform(personas, Persona::id), root, "personas", "persona", problems);
    Dupes.check(journeyKeys, root, "journeys", "journey", problems);
    Set<PersonaId> personaIds = personas.stream().map(Persona::id).collect(Collectors.toSet());
    Map<MeasureId, Measure> effective = effectiveMeasures(measures);
    Map<MeasureId, OperationalMeasure> ops = new LinkedHashMap<>();
    for (int i = 0; i < operational.size(); i++) {
      OperationalMeasure o = operational.get(i);
      ModelPath at = root.element("operationalMeasures", i, o.id().value());
      if (effective.containsKey(o.id())) {
        problems.add(
            at.field("id"),
            "measure '%s' is already a survey measure; give the operational measure its own id",
            o.id());
      } else if (ops.putIfAbsent(o.id(), o) != null) {
        problems.add(at.field("id"), "operational measure '%s' is declared twice", o.id());
      }
    }
    if (strategy != null) {
      Set<SegmentId> segments =
          strategy.segments().stream().map(Segment::id).collect(Collectors.toSet());
      for (int i = 0; i < personas.size(); i++) {
        Persona p = personas.get(i);
        if (p.segment().isPresent() && !segments.contains(p.segment().get())) {
          problems.add(
              root.element("personas", i, p.id().value()).field("segment"),
              "no segment '%s' in strategy.segments",
              p.segment().get());
        }
      }
    }
    Set<JourneyId> journeyIds = new HashSet<>();
    for (Journey j : journeys) {
      if (j != null) {
        journeyIds.add(j.id());
      }
    }
    List<Zoom> zooms = new ArrayList<>();
    for (int i = 0; i < journeys.size(); i++) {
      Journey j = journeys.get(i);
      if (j == null) {
        continue;
      }
      ModelPath at = root.element("journeys", i, j.id().value());
      if (!personaIds.contains(j.persona())) {
        problems.add(at.field("persona"), "no persona '%s' in personas", j.persona());
      }
      for (int c = 0; c < j.personaCurves().size(); c++) {
        PersonaId curve = j.personaCurves().get(c).persona();
        ModelPath cp = at.element("personaCurves", c, curve.value()).field("persona");
        if (curve.equals(j.persona())) {
          problems.add(
              cp,
              "persona '%s' is the journey's own; its curve is the touchpoints' emotion",
              curve);
        } else if (!personaIds.contains(curve)) {
          problems.add(cp, "no persona '%s' in personas", curve);
        }
      }
      if (strategy != null
          && j.offering().isPresent()
          && strategy.offerings().stream().noneMatch(o -> o.id().equals(j.offering().get()))) {
        problems.add(
            at.field("offering"), "no offering '%s' in strategy.offerings", j.offering().get());
      }
      if (j.versionOf().isPresent() && !journeyIds.contains(j.versionOf().get())) {
        problems.add(at.field("versionOf"), "no journey '%s' in journeys", j.versionOf().get());
      }
      for (int s = 0; s < j.stages().size(); s++) {
        Stage stage = j.stages().get(s);
        for (int t = 0; t < stage.touchpoints().size(); t++) {
          Touchpoint tp = stage.touchpoints().get(t);
          if (tp.detail().isPresent()) {
            ModelPath dp =
                at.element("stages", s, stage.id().value())
                    .element("touchpoints", t, tp.id().value())
                    .field("detail");
            if (journeyIds.contains(tp.detail().get())) {
              zooms.add(new Zoom(j.id(), tp.detail().get(), dp));
            } else {
              problems.add(dp, "no journey '%s' in journeys to zoom into", tp.detail().get());
            }
          }
          for (int k = 0; k < tp.measures().size(); k++) {
            MetricTarget target = tp.measures().get(k);
            MeasureId m = target.measure();
            ModelPath targetAt =
                at.element("stages", s, stage.id().value())
                    .element("touchpoints", t, tp.id().value())
                    .element("measures", k);
            Measure measure = effective.get(m);
            OperationalMeasure op = ops.get(m);
            if (op != null) {
              checkOperationalTarget(target, op, targetAt, problems);
            } else if (measure == null) {
              problems.add(
                  targetAt.field("measure"),
                  "no measure '%s': declare it in measures or use a built-in (%s)",
                  m,
                  Measure.builtIns().stream()
                      .map(x -> x.id().value())
                      .collect(Collectors.joining(", ")));
            } else if (!target.unit().fitsOperational() && !target.unit().fits(measure.scale())) {
              // NPS points are the only survey unit that does not fit every scale
              problems.add(
                  targetAt.field("unit"),
                  "NPS points need a scale with a bottom box (the detractors); measure '%s' has"
                      + " none",
                  m);
            } else if (!target.unit().fits(measure.scale())) {
              problems.add(
                  targetAt.field("unit"),
                  "a target in %s is for operational measures; survey measure '%s' takes"
                      + " TOP_BOX_PERCENT, GOOD_BOX_PERCENT, NPS_POINTS or MEAN",
                  target.unit(),
                  m);
            } else if (!target.toleranceIsWorseSide(
                target.unit().higherIsBetter(measure.scale()))) {
              problems.add(
                  targetAt.field("tolerance"),
                  "the tolerance limit must lie on the worse side of the threshold (%s it, since"
                      + " %s is better on measure '%s')",
                  target.unit().higherIsBetter(measure.scale()) ? "below" : "above",
                  target.unit().higherIsBetter(measure.scale()) ? "higher" : "lower",
                  m);
            } else if (!target.isPossibleOn(measure.scale())) {
              // the unit and the valid range are structure (an enum constant, whole numbers), so
              // they stay in the redacted message too; the value written never appears
              problems.add(
                  targetAt.field("threshold"),
                  "a target in %s must be within %s..%s on measure '%s'",
                  target.unit(),
                  (int) target.unit().lowest(measure.scale()),
                  (int) target.unit().highest(measure.scale()),
                  m);
            }
          }
        }
      }
    }
    zoomCycles(zooms, problems);
  }

  /**
   * Checks a target on an operational measure: a mean, median or 90th percentile, within the
   * measure's unit, with its tolerance band on the worse side.
   */
  private static void checkOperationalTarget(
      MetricTarget target, OperationalMeasure op, ModelPath at, Problems problems) {
    if (!target.unit().fitsOperational()) {
      problems.add(
          at.field("unit"),
          "a target in %s is for survey measures; operational measure '%s' takes MEAN, MEDIAN or"
              + " P90 of its values in %s",
          target.unit(),
          op.id(),
          op.unit());
    } else if (!target.toleranceIsWorseSide(op.higherIsBetter())) {
      problems.add(
          at.field("tolerance"),
          "the tolerance limit must lie on the worse side of the threshold (%s it, since %s values"
              + " are better on measure '%s')",
          op.higherIsBetter() ? "below" : "above",
          op.higherIsBetter() ? "higher" : "lower",
          op.id());
    } else if (!target.isPossibleOn(op)) {
      problems.add(
          at.field("threshold"),
          "a target on operational measure '%s' in %s must be within %s",
          op.id(),
          op.unit(),
          op.unit() == OperationalMeasure.Unit.PERCENT ? "0..100" : "0 or more");
    }
  }

  /** A touchpoint of journey {@code from} that opens the finer journey {@code to}. */
  private record Zoom(JourneyId from, JourneyId to, ModelPath at) {}

  /**
   * Reports each zoom that closes a cycle (a journey that, zoomed into again and again, comes back
   * to itself). Iterative depth-first search, so a hostile chain of journeys cannot overflow the
   * stack.
   */
  private static void zoomCycles(List<Zoom> zooms, Problems problems) {
    Map<JourneyId, List<Zoom>> out = new LinkedHashMap<>(); // model order
    for (Zoom z : zooms) {
      out.computeIfAbsent(z.from(), k -> new ArrayList<>()).add(z);
    }
    Map<JourneyId, Boolean> onStack = new HashMap<>(); // absent: unseen; false: done
    for (JourneyId start : out.keySet()) {
      if (onStack.containsKey(start)) {
        continue;
      }
      Deque<JourneyId> path = new ArrayDeque<>();
      Deque<Iterator<Zoom>> next = new ArrayDeque<>();
      path.push(start);
      next.push(out.getOrDefault(start, List.of()).iterator());
      onStack.put(start, true);
      while (!path.isEmpty()) {
        Iterator<Zoom> it = next.peek();
        if (it.hasNext()) {
          Zoom z = it.next();
          Boolean state = onStack.get(z.to());
          if (state == null) {
            onStack.put(z.to(), true);
            path.push(z.to());
            next.push(out.getOrDefault(z.to(), List.of()).iterator());
          } else if (state) {
            problems.add(
                z.at(),
                "zooming into journey '%s' leads back to journey '%s'; a finer journey never"
                    + " contains the journey it details",
                z.to(),
                z.from());
          }
        } else {
          onStack.put(path.pop(), false);
          next.pop();
        }
      }
    }
  }

  /**
   * Returns a builder for a model with this name.
   *
   * @param name the model's name, such as the organisation's or the service's
   * @return a builder
   */
  public static Builder builder(String name) {
    return new Builder(requireNonNull(name, "name"));
  }

  /**
   * Returns a builder holding this model's values.
   *
   * @return a builder that builds an equal model until changed
   */
  public Builder toBuilder() {
    Builder b = new Builder(name).strategy(strategy);
    declaredMeasures.forEach(b::measure);
    operationalMeasures.forEach(b::operationalMeasure);
    personas.forEach(b::persona);
    journeys.forEach(b::journey);
    return b.management(management);
  }

  /**
   * Returns the model's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the strategy.
   *
   * @return the strategy
   */
  public Strategy strategy() {
    return strategy;
  }

  /**
   * Returns the measures this model declares itself (not the built-ins it did not redeclare).
   *
   * @return the declared measures
   */
  public ImmutableList<Measure> declaredMeasures() {
    return declaredMeasures;
  }

  /**
   * Returns every measure available to this model: the built-ins, then the declared ones (a
   * declared measure with a built-in id replaces the built-in in place).
   *
   * @return the measures by id
   */
  public ImmutableMap<MeasureId, Measure> measures() {
    return measures;
  }

  /**
   * Returns the operational measures this model declares: waiting and handling times, counts and
   * rates taken from operations rather than asked.
   *
   * @return the operational measures, in declaration order
   * @since 0.1
   */
  public ImmutableList<OperationalMeasure> operationalMeasures() {
    return operationalMeasures;
  }

  /**
   * Returns the operational measure with this id.
   *
   * @param id the id
   * @return the measure, or empty if the model has no operational measure with that id
   * @since 0.1
   */
  public Optional<OperationalMeasure> operationalMeasure(MeasureId id) {
    requireNonNull(id, "id");
    return operationalMeasures.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Returns the measure with this id.
   *
   * @param id the id
   * @return the measure, or empty if the model has none with that id
   */
  public Optional<Measure> measure(MeasureId id) {
    return Optional.ofNullable(measures.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the personas.
   *
   * @return the personas
   */
  public ImmutableList<Persona> personas() {
    return personas;
  }

  /**
   * Returns the persona with this id.
   *
   * @param id the id
   * @return the persona, or empty
   */
  public Optional<Persona> persona(PersonaId id) {
    requireNonNull(id, "id");
    return personas.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /**
   * Returns the journeys.
   *
   * @return the journeys
   */
  public ImmutableList<Journey> journeys() {
    return journeys;
  }

  /**
   * Returns the journey with this id.
   *
   * @param id the id
   * @return the journey, or empty
   */
  public Optional<Journey> journey(JourneyId id) {
    requireNonNull(id, "id");
    return journeys.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /**
   * Returns the journey with this id, for scripts: {@code model.journey("first-visit")}.
   *
   * @param id the id slug
   * @return the journey, or empty if the model has none with that id (also when {@code id} is not a
   *     well-formed id, such as {@code "First Visit"}, so no journey could have it)
   */
  public Optional<Journey> journey(String id) {
    requireNonNull(id, "id");
    return Ids.isValid(id) ? journey(JourneyId.of(id)) : Optional.empty();
  }

  /**
   * Returns the journeys of a persona.
   *
   * @param persona the persona's id
   * @return the journeys, in model order
   */
  public ImmutableList<Journey> journeysOf(PersonaId persona) {
    requireNonNull(persona, "persona");
    return journeys.stream()
        .filter(j -> j.persona().equals(persona))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Runs the default {@link ModelCheck}: every rule, none suppressed.
   *
   * @return the findings
   */
  public CheckReport check() {
    return ModelCheck.defaults().run(this);
  }

  /**
   * Returns this model with a journey replaced by another of the same id, or added if none has it.
   *
   * @param journey the journey
   * @return the changed model
   * @throws ModelValidationException if the change breaks a reference
   */
  public CxModel withJourney(Journey journey) {
    requireNonNull(journey, "journey");
    List<Journey> list = new ArrayList<>(journeys);
    boolean replaced = false;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).id().equals(journey.id())) {
        list.set(i, journey);
        replaced = true;
      }
    }
    if (!replaced) {
      list.add(journey);
    }
    return create(
            name,
            strategy,
            declaredMeasures,
            operationalMeasures,
            personas,
            ImmutableList.copyOf(list))
        .withManagement(management);
  }

  /**
   * Returns the CX management system: the improvement cycle, journey owners and their reviews, and
   * the employee experience behind frontline touchpoints.
   *
   * @return the management record; {@link Management#EMPTY} if none
   * @since 0.1
   */
  public Management management() {
    return management;
  }

  /**
   * Returns this model with another management record.
   *
   * @param newManagement the management record
   * @return the changed model
   * @throws ModelValidationException if the record names a journey, touchpoint or measure the model
   *     does not have
   * @since 0.1
   */
  public CxModel withManagement(Management newManagement) {
    requireNonNull(newManagement, "newManagement");
    Problems problems = new Problems();
    checkManagement(
        newManagement, journeys, allMeasureIds(measures, operationalMeasures), problems);
    problems.throwIfAny("model '" + name + "'");
    return new CxModel(
        name, strategy, declaredMeasures, operationalMeasures, personas, journeys, newManagement);
  }

  /**
   * Returns this model with another strategy.
   *
   * @param newStrategy the strategy
   * @return the changed model
   * @throws ModelValidationException if the change breaks a reference
   */
  public CxModel withStrategy(Strategy newStrategy) {
    requireNonNull(newStrategy, "newStrategy");
    return create(name, newStrategy, declaredMeasures, operationalMeasures, personas, journeys)
        .withManagement(management);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof CxModel m
        && name.equals(m.name)
        && strategy.equals(m.strategy)
        && declaredMeasures.equals(m.declaredMeasures)
        && operationalMeasures.equals(m.operationalMeasures)
        && personas.equals(m.personas)
        && journeys.equals(m.journeys)
        && management.equals(m.management);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, strategy, declaredMeasures, operationalMeasures, personas, journeys, management);
  }

  /**
   * Returns a one-line summary such as {@code CxModel[Waffle Wednesday: 3 segments, 2 personas, 1
   * journey, 11 touchpoints]}.
   */
  @Override
  public String toString() {
    int tps = journeys.stream().mapToInt(j -> j.touchpoints().size()).sum();
    return "CxModel["
        + name
        + ": "
        + Plural.count(strategy.segments().size(), "segment")
        + ", "
        + Plural.count(personas.size(), "persona")
        + ", "
        + Plural.count(journeys.size(), "journey")
        + ", "
        + Plural.count(tps, "touchpoint")
        + "]";
  }

  /**
   * Builds a {@link CxModel}; every problem, those of its journeys, stages and touchpoints
   * included, is reported at once with its full path.
   */
  public static final class Builder {
    private final String name;
    private Part<Strategy> strategy = Part.of(Strategy.EMPTY, null);
    private final List<Measure> measures = new ArrayList<>();
    private final List<OperationalMeasure> operational = new ArrayList<>();
    private final List<Persona> personas = new ArrayList<>();
    private final List<Part<Journey>> journeys = new ArrayList<>();
    private Management management = Management.EMPTY;

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Sets the strategy (default {@link Strategy#EMPTY}).
     *
     * @param strategy the strategy
     * @return this builder
     */
    public Builder strategy(Strategy strategy) {
      this.strategy = Part.of(requireNonNull(strategy, "strategy"), null);
      return this;
    }

    /**
     * Sets the strategy, built and checked with the model. The builder is read when {@link
     * #build()} runs.
     *
     * @param strategy the strategy's builder
     * @return this builder
     */
    public Builder strategy(Strategy.Builder strategy) {
      this.strategy = Part.building(null, requireNonNull(strategy, "strategy")::build);
      return this;
    }

    /**
     * Declares a measure besides the built-ins (or replaces a built-in with the same id).
     *
     * @param measure the measure
     * @return this builder
     */
    public Builder measure(Measure measure) {
      measures.add(requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Declares an operational measure (a waiting or handling time, a count, a rate); its id must
     * differ from every survey measure's, the built-ins' included.
     *
     * @param measure the operational measure
     * @return this builder
     * @since 0.1
     */
    public Builder operationalMeasure(OperationalMeasure measure) {
      operational.add(requireNonNull(measure, "measure"));
      return this;
    }

    /**
     * Adds a persona.
     *
     * @param persona the persona
     * @return this builder
     */
    public Builder persona(Persona persona) {
      personas.add(requireNonNull(persona, "persona"));
      return this;
    }

    /**
     * Adds a journey.
     *
     * @param journey the journey
     * @return this builder
     */
    public Builder journey(Journey journey) {
      journeys.add(Part.of(requireNonNull(journey, "journey"), journey.id().value()));
      return this;
    }

    /**
     * Adds a journey that is built, and checked, with the model. The builder is read when {@link
     * #build()} runs.
     *
     * @param journey the journey's builder
     * @return this builder
     */
    public Builder journey(Journey.Builder journey) {
      journeys.add(Part.building(requireNonNull(journey, "journey").id(), journey::build));
      return this;
    }

    /**
     * Sets the CX management record (default {@link Management#EMPTY}).
     *
     * @param management the management record
     * @return this builder
     * @since 0.1
     */
    public Builder management(Management management) {
      this.management = requireNonNull(management, "management");
      return this;
    }

    /**
     * Builds the model, reporting every problem at once.
     *
     * @return the model
     * @throws ModelValidationException if anything can never be right
     */
    public CxModel build() {
      Problems problems = new Problems();
      ModelPath root = ModelPath.root();
      Strategy builtStrategy = strategy.build(root.field("strategy"), problems);
      List<@Nullable Journey> built = Part.buildAll(journeys, root, "journeys", problems);
      check(
          name,
          builtStrategy,
          measures,
          operational,
          personas,
          built,
          Part.keys(journeys),
          problems);
      ImmutableList<Journey> all = Part.<Journey>allBuilt(built);
      if (all != null) {
        checkManagement(
            management, all, allMeasureIds(effectiveMeasures(measures), operational), problems);
      }
      problems.throwIfAny("model '" + name + "'");
      return new CxModel(
          name,
          requireNonNull(builtStrategy),
          ImmutableList.copyOf(measures),
          ImmutableList.copyOf(operational),
          ImmutableList.copyOf(personas),
          requireNonNull(all),
          management);
    }
  }
}
