package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.Ids;
import org.cxkit.core.JourneyId;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.blueprint.Dependency;
import org.cxkit.core.blueprint.DependencyKind;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.Participant;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Dupes;
import org.cxkit.core.internal.Part;
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * One persona's journey with an offering: {@linkplain Stage stages} in order (their {@link Phase
 * phases} never go backwards), each holding {@linkplain Touchpoint touchpoints}, plus designed
 * {@linkplain Transition transitions} that make the journey a graph rather than a list.
 *
 * <p>The <em>main path</em> runs through the touchpoints that are on it, in order: each leads to
 * the next (an implicit {@link TransitionKind#EXPECTED EXPECTED} move). Designed transitions add
 * branches, loops back, skips and exceptions. {@link #graph()} is that graph ({@link
 * JourneyGraph}), built on first use and kept; it answers where a customer can go, what is
 * reachable and which moves the design foresees. A {@linkplain ParallelGroup parallel group}
 * ({@link Builder#parallel(String...)}) lets consecutive touchpoints of the main path happen in any
 * order, all of them, before the journey goes on.
 *
 * <pre>{@code
 * Journey j = Journey.builder("first-visit")
 *     .name("First visit")
 *     .persona("maria")
 *     .stage(Stage.builder("discover", Phase.BEFORE)
 *         .touchpoint(Touchpoint.builder("event-page").channel(Channel.WEB)))
 *     .stage(Stage.builder("attend", Phase.DURING)
 *         .touchpoint(Touchpoint.builder("talk").channel(Channel.EVENT).momentOfTruth()))
 *     .transition("talk", "event-page", TransitionKind.LOOP_BACK)
 *     .build();
 * j.touchpoints(Phase.DURING);   // [Touchpoint[talk: ...]]
 * j.graph().successors(TouchpointId.of("talk"));   // [event-page]
 * }</pre>
 *
 * <p>Instances are immutable and compare by value (id, name, persona, offering, status, provenance,
 * stages, transitions).
 */
public final class Journey {
  private final JourneyId id;
  private final String name;
  private final PersonaId persona;
  private final Optional<OfferingId> offering;
  private final JourneyStatus status;
  private final Provenance provenance;
  private final ImmutableList<Stage> stages;
  private final ImmutableList<Transition> transitions;
  private final Blueprint blueprint;

  // Derived, for queries. The touchpoint list is cheap and always built; the lookup maps and the
  // graph are built on first use (a model read from a file is often only checked, printed or
  // scored). Racy single-check idiom: both hold only final fields, so any thread that sees a
  // reference sees it fully built (JLS 17.5); two threads may both build one, with equal results.
  private final ImmutableList<Touchpoint> touchpoints;
  private volatile @Nullable Index index;
  private volatile @Nullable JourneyGraph graph;

  private Journey(
      JourneyId id,
      String name,
      PersonaId persona,
      Optional<OfferingId> offering,
      JourneyStatus status,
      Provenance provenance,
      ImmutableList<Stage> stages,
      ImmutableList<Transition> transitions,
      Blueprint blueprint) {
    this.id = id;
    this.name = name;
    this.persona = persona;
    this.offering = offering;
    this.status = status;
    this.provenance = provenance;
    this.stages = stages;
    this.transitions = transitions;
    this.blueprint = blueprint;
    ImmutableList.Builder<Touchpoint> all = ImmutableList.builder();
    for (Stage s : stages) {
      all.addAll(s.touchpoints());
    }
    this.touchpoints = all.build();
  }

  /** The touchpoints by id and the stage of each. */
  private static final class Index {
    final ImmutableMap<TouchpointId, Touchpoint> byId;
    final ImmutableMap<TouchpointId, Stage> stageOf;

    Index(ImmutableList<Stage> stages, int touchpointCount) {
      ImmutableMap.Builder<TouchpointId, Touchpoint> byIdBuilder =
          ImmutableMap.builderWithExpectedSize(touchpointCount);
      ImmutableMap.Builder<TouchpointId, Stage> owners =
          ImmutableMap.builderWithExpectedSize(touchpointCount);
      for (Stage s : stages) {
        for (Touchpoint t : s.touchpoints()) {
          byIdBuilder.put(t.id(), t);
          owners.put(t.id(), s);
        }
      }
      this.byId = byIdBuilder.buildOrThrow();
      this.stageOf = owners.buildOrThrow();
    }
  }

  private Index index() {
    Index i = index;
    if (i == null) {
      i = new Index(stages, touchpoints.size());
      index = i;
    }
    return i;
  }

  /**
   * Creates a journey from its parts, with no blueprint of its own (an end-to-end, current-state
   * journey without participants, support processes, dependencies, further entry points or emotion
   * scale; {@link #toBuilder()} adds them). Prefer {@link #builder(String)}, which reports problems
   * in the stages and touchpoints it builds as well.
   *
   * @param id the id
   * @param name a human-readable name
   * @param persona the persona whose journey it is
   * @param offering the offering it is a journey with, if any
   * @param status where the journey is in its life
   * @param provenance where its knowledge comes from
   * @param stages the stages in order
   * @param transitions designed moves beyond the main path's order
   * @return the journey
   * @throws NullPointerException if an argument or element is null
   * @throws ModelValidationException if the journey can never be right
   */
  public static Journey of(
      JourneyId id,
      String name,
      PersonaId persona,
      Optional<OfferingId> offering,
      JourneyStatus status,
      Provenance provenance,
      Iterable<Stage> stages,
      Iterable<Transition> transitions) {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(persona, "persona");
    requireNonNull(offering, "offering");
    requireNonNull(status, "status");
    requireNonNull(provenance, "provenance");
    ImmutableList<Stage> stageList = Args.list(stages, "stages");
    ImmutableList<Transition> transitionList = Args.list(transitions, "transitions");
    Problems problems = new Problems();
    check(name, stageList.stream().map(StageInfo::of).toList(), transitionList, problems);
    checkBlueprint(id, stageList, Blueprint.NONE, problems);
    problems.throwIfAny("journey '" + id + "'");
    return new Journey(
        id, name, persona, offering, status, provenance, stageList, transitionList, Blueprint.NONE);
  }

  /**
   * What the journey's rules need of a stage: its id as written (null if malformed), its phase, and
   * its touchpoints' ids (null if the stage failed, so they are unknown).
   */
  private record StageInfo(
      @Nullable String key, Phase phase, @Nullable List<TouchpointId> touchpoints) {
    static StageInfo of(Stage s) {
      return new StageInfo(
          s.id().value(), s.phase(), Lists.transform(s.touchpoints(), Touchpoint::id));
    }
  }

  /**
   * The rules of a journey, in one place: what spans its stages and transitions. {@link #of} runs
   * them on a journey's parts, the builder on what it could build: elements that failed on their
   * own (null transitions, stages with unknown touchpoints) are skipped, and transitions are
   * checked against the touchpoints only when every stage is known, so one mistake is never
   * reported twice.
   */
  private static void check(
      String name,
      List<StageInfo> stages,
      List<? extends @Nullable Transition> transitions,
      Problems problems) {
    ModelPath root = ModelPath.root();
    if (name.isBlank()) {
      problems.add(root.field("name"), "must not be blank");
    }
    Dupes.check(
        Lists.<StageInfo, @Nullable String>transform(stages, StageInfo::key),
        root,
        "stages",
        "stage",
        problems);
    Phase last = null;
    int lastIndex = -1;
    for (int i = 0; i < stages.size(); i++) {
      StageInfo s = stages.get(i);
      if (last != null && s.phase().compareTo(last) < 0) {
        problems.add(
            root.element("stages", i, s.key()).field("phase"),
            "phase %s comes after a %s stage (stages[%s]); phases go BEFORE, DURING, AFTER and never back"
                + " (model going back with a LOOP_BACK transition instead)",
            s.phase(),
            last,
            lastIndex);
      } else {
        last = s.phase();
        lastIndex = i;
      }
    }
    // Touchpoint ids are unique across the stages too (a stage reports its own repeats).
    int count = 0;
    boolean allKnown = true;
    for (StageInfo s : stages) {
      List<TouchpointId> tps = s.touchpoints();
      if (tps == null) {
        allKnown = false;
      } else {
        count += tps.size();
      }
    }
    List<TouchpointId> ids = new ArrayList<>(count);
    int[] stageOf = new int[count]; // of each id, its stage and its position there
    int[] position = new int[count];
    for (int i = 0; i < stages.size(); i++) {
      List<TouchpointId> tps = stages.get(i).touchpoints();
      for (int k = 0; tps != null && k < tps.size(); k++) {
        stageOf[ids.size()] = i;
        position[ids.size()] = k;
        ids.add(tps.get(k));
      }
    }
    Set<Object> known =
        Dupes.distinct(
            ids,
            (r, first) -> {
              if (stageOf[r] != stageOf[first]) {
                String otherKey = stages.get(stageOf[first]).key();
                problems.add(
                    root.element("stages", stageOf[r], stages.get(stageOf[r]).key())
                        .element("touchpoints", position[r], ids.get(r).value())
                        .field("id"),
                    "duplicate touchpoint id '%s' (also in stage '%s'); ids are unique within a"
                        + " journey",
                    ids.get(r),
                    otherKey == null ? "stages[" + stageOf[first] + "]" : otherKey);
              }
            });
    for (int i = 0; allKnown && i < transitions.size(); i++) {
      Transition t = transitions.get(i);
      if (t == null) {
        continue;
      }
      ModelPath at = root.element("transitions", i);
      if (!known.contains(t.from())) {
        problems.add(at.field("from"), UNKNOWN_TOUCHPOINT, t.from());
      }
      if (!known.contains(t.to())) {
        problems.add(at.field("to"), UNKNOWN_TOUCHPOINT, t.to());
      }
    }
    // A transition is one per (from, to, kind), whatever its note.
    List<@Nullable List<Object>> moves = new ArrayList<>(transitions.size());
    for (Transition t : transitions) {
      moves.add(t == null ? null : List.of(t.from(), t.to(), t.kind()));
    }
    Dupes.forEachRepeat(
        moves,
        (i, first) -> {
          Transition t = requireNonNull(transitions.get(i));
          problems.add(
              root.element("transitions", i),
              "duplicate transition %s -%s-> %s",
              t.from(),
              t.kind(),
              t.to());
        });
  }

  /** What a journey holds beyond its steps, with the defaults of a journey that states none. */
  private record Blueprint(
      JourneyScope scope,
      JourneyState state,
      Optional<JourneyId> versionOf,
      ImmutableList<Participant> participants,
      ImmutableList<SupportProcess> supportProcesses,
      ImmutableList<Dependency> dependencies,
      ImmutableList<TouchpointId> entries,
      Optional<EmotionScale> emotionScale,
      ImmutableList<PersonaCurve> personaCurves,
      ImmutableList<ParallelGroup> parallel) {
    static final Blueprint NONE =
        new Blueprint(
            JourneyScope.END_TO_END,
            JourneyState.CURRENT,
            Optional.empty(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            ImmutableList.of(),
            Optional.empty(),
            ImmutableList.of(),
            ImmutableList.of());
  }

  /**
   * The rules that span a journey's blueprint and its touchpoints: actors named once, support
   * process ids unique and apart from touchpoint ids, every reference (an activity's process, a
   * dependency's ends, an entry point) resolving in this journey, emotion values on the stated
   * scale. Run only when every stage was built.
   */
  private static void checkBlueprint(
      @Nullable JourneyId self, List<Stage> stages, Blueprint bp, Problems problems) {
    ModelPath root = ModelPath.root();
    if (self != null && bp.versionOf().filter(self::equals).isPresent()) {
      problems.add(root.field("versionOf"), "a journey is not a version of itself");
    }
    Dupes.forEachRepeat(
        Lists.transform(bp.participants(), Participant::actor),
        (i, first) ->
            problems.add(
                root.element("participants", i).field("actor"),
                "actor '%s' is typed twice (also participants[%s]); name each actor once",
                bp.participants().get(i).actor(),
                first));
    Set<String> touchpoints = new HashSet<>();
    for (Stage s : stages) {
      for (Touchpoint t : s.touchpoints()) {
        touchpoints.add(t.id().value());
      }
    }
    Set<String> processes = new HashSet<>();
    for (int i = 0; i < bp.supportProcesses().size(); i++) {
      String pid = bp.supportProcesses().get(i).id();
      ModelPath at = root.element("supportProcesses", i, pid).field("id");
      if (!processes.add(pid)) {
        problems.add(at, "duplicate support process id '%s'", pid);
      } else if (touchpoints.contains(pid)) {
        problems.add(
            at,
            "support process id '%s' is also a touchpoint's id; dependencies name either by id, so"
                + " they must differ",
            pid);
      }
    }
    for (int i = 0; i < bp.dependencies().size(); i++) {
      Dependency d = bp.dependencies().get(i);
      ModelPath at = root.element("dependencies", i);
      if (!touchpoints.contains(d.from()) && !processes.contains(d.from())) {
        problems.add(at.field("from"), UNKNOWN_ELEMENT, d.from());
      }
      if (!touchpoints.contains(d.to()) && !processes.contains(d.to())) {
        problems.add(at.field("to"), UNKNOWN_ELEMENT, d.to());
      }
    }
    Dupes.forEachRepeat(
        bp.entries(),
        (i, first) ->
            problems.add(
                root.element("entries", i),
                "entry point '%s' is listed twice",
                bp.entries().get(i)));
    for (int i = 0; i < bp.entries().size(); i++) {
      if (!touchpoints.contains(bp.entries().get(i).value())) {
        problems.add(root.element("entries", i), UNKNOWN_TOUCHPOINT, bp.entries().get(i));
      }
    }
    for (int si = 0; si < stages.size(); si++) {
      Stage s = stages.get(si);
      for (int ti = 0; ti < s.touchpoints().size(); ti++) {
        Touchpoint t = s.touchpoints().get(ti);
        ModelPath at =
            root.element("stages", si, s.id().value()).element("touchpoints", ti, t.id().value());
        for (int ai = 0; ai < t.activities().size(); ai++) {
          Optional<String> process = t.activities().get(ai).process();
          if (process.isPresent() && !processes.contains(process.get())) {
            problems.add(
                at.element("activities", ai).field("process"),
                "no support process '%s' in this journey's supportProcesses",
                process.get());
          }
        }
        emotionOnScale(
            t.emotion().intended(),
            bp.emotionScale(),
            at.field("emotion").field("intended"),
            problems);
        emotionOnScale(
            t.emotion().measured(),
            bp.emotionScale(),
            at.field("emotion").field("measured"),
            problems);
      }
    }
    Dupes.forEachRepeat(
        Lists.transform(bp.personaCurves(), PersonaCurve::persona),
        (i, first) ->
            problems.add(
                root.element("personaCurves", i).field("persona"),
                "persona '%s' has a curve already (personaCurves[%s]); give each persona one",
                bp.personaCurves().get(i).persona(),
                first));
    for (int i = 0; i < bp.personaCurves().size(); i++) {
      PersonaCurve c = bp.personaCurves().get(i);
      ModelPath at = root.element("personaCurves", i, c.persona().value());
      int k = 0;
      for (Map.Entry<TouchpointId, Emotion> e : c.points().entrySet()) {
        ModelPath point = at.element("points", k, e.getKey().value());
        if (!touchpoints.contains(e.getKey().value())) {
          problems.add(point.field("touchpoint"), UNKNOWN_TOUCHPOINT, e.getKey());
        }
        emotionOnScale(
            e.getValue().intended(), bp.emotionScale(), point.field("intended"), problems);
        emotionOnScale(
            e.getValue().measured(), bp.emotionScale(), point.field("measured"), problems);
        k++;
      }
    }
  }

  private static void emotionOnScale(
      Optional<Double> value, Optional<EmotionScale> scale, ModelPath at, Problems problems) {
    if (value.isEmpty()) {
      return;
    }
    if (scale.isEmpty()) {
      problems.add(
          at,
          "an emotion value needs the journey's emotionScale, the range the curve is drawn on;"
              + " none is set");
    } else if (!scale.get().contains(value.get())) {
      problems.add(
          at,
          "%s is off the journey's emotion scale %s..%s",
          value.get(),
          scale.get().min(),
          scale.get().max());
    }
  }

  /**
   * The rules of parallel groups that span the journey (see {@link ParallelGroup}): members are
   * this journey's touchpoints, each in one group, on the main path, consecutive there and inside
   * one stage; no transition joins two different members of a group. Groups that failed on their
   * own (null) are skipped. Run only when every stage and transition was built.
   */
  private static void checkParallel(
      List<Stage> stages,
      List<Transition> transitions,
      List<@Nullable ParallelGroup> groups,
      Problems problems) {
    if (groups.isEmpty()) {
      return;
    }
    ModelPath root = ModelPath.root();
    Map<TouchpointId, Integer> stageOf = new HashMap<>();
    Map<TouchpointId, Integer> mainIndex = new HashMap<>();
    List<TouchpointId> main = new ArrayList<>();
    for (int si = 0; si < stages.size(); si++) {
      for (Touchpoint t : stages.get(si).touchpoints()) {
        if (stageOf.put(t.id(), si) != null) {
          return; // a touchpoint id twice: reported by the journey's rules, groups are moot
        }
        if (t.mainPath()) {
          mainIndex.put(t.id(), main.size());
          main.add(t.id());
        }
      }
    }
    Map<TouchpointId, Integer> groupOf = new HashMap<>();
    for (int i = 0; i < groups.size(); i++) {
      ParallelGroup g = groups.get(i);
      if (g == null) {
        continue;
      }
      ModelPath at = root.element("parallel", i);
      boolean placed = true;
      for (int k = 0; k < g.touchpoints().size(); k++) {
        TouchpointId m = g.touchpoints().get(k);
        ModelPath mp = at.element("touchpoints", k, m.value());
        if (!stageOf.containsKey(m)) {
          problems.add(
              mp,
              "no touchpoint '%s' in this journey; a parallel group holds touchpoints of its own"
                  + " journey",
              m);
          placed = false;
          continue;
        }
        Integer other = groupOf.putIfAbsent(m, i);
        if (other != null) {
          problems.add(
              mp,
              "touchpoint '%s' is in parallel[%s] already; a touchpoint is in at most one group",
              m,
              other);
          placed = false;
        }
        if (!mainIndex.containsKey(m)) {
          problems.add(
              mp,
              "touchpoint '%s' is off the main path; a group's touchpoints are consecutive steps"
                  + " of the main path",
              m);
          placed = false;
        }
      }
      if (placed) {
        checkPlaced(g, at, stageOf, mainIndex, main, stages, problems);
      }
    }
    for (int i = 0; i < transitions.size(); i++) {
      Transition t = transitions.get(i);
      Integer from = groupOf.get(t.from());
      if (from != null && !t.from().equals(t.to()) && from.equals(groupOf.get(t.to()))) {
        problems.add(
            root.element("transitions", i),
            "a %s transition from '%s' to '%s' means nothing: both are in parallel[%s], whose"
                + " touchpoints are done in any order",
            t.kind(),
            t.from(),
            t.to(),
            from);
      }
    }
  }

  /** A group's members, all on the main path: inside one stage and consecutive there. */
  private static void checkPlaced(
      ParallelGroup g,
      ModelPath at,
      Map<TouchpointId, Integer> stageOf,
      Map<TouchpointId, Integer> mainIndex,
      List<TouchpointId> main,
      List<Stage> stages,
      Problems problems) {
    ImmutableList<TouchpointId> members = g.touchpoints();
    int stage = requireNonNull(stageOf.get(members.get(0)));
    for (TouchpointId m : members) {
      int s = requireNonNull(stageOf.get(m));
      if (s != stage) {
        problems.add(
            at.field("touchpoints"),
            "the touchpoints are in two stages ('%s' and '%s'); a group stays inside one stage",
            stages.get(stage).id(),
            stages.get(s).id());
        return;
      }
    }
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (TouchpointId m : members) {
      int ix = requireNonNull(mainIndex.get(m));
      lo = Math.min(lo, ix);
      hi = Math.max(hi, ix);
    }
    for (int ix = lo; ix <= hi; ix++) {
      if (!members.contains(main.get(ix))) {
        problems.add(
            at.field("touchpoints"),
            "the touchpoints are not consecutive on the main path: '%s' comes between them; a"
                + " group stands for one stretch of the main path",
            main.get(ix));
        return;
      }
    }
  }

  private static final String UNKNOWN_ELEMENT =
      "no touchpoint or support process '%s' in this journey; a dependency joins elements of its own journey";

  private static final String UNKNOWN_TOUCHPOINT =
      "no touchpoint '%s' in this journey; a transition connects touchpoints of its own journey, never those of another";

  /**
   * Returns a builder for a journey with this id. The name defaults to the id, the status to {@link
   * JourneyStatus#DRAFT DRAFT}, the provenance to {@link Provenance#NONE}; the persona must be set.
   *
   * @param id the id slug; checked when {@link Builder#build()} runs
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(requireNonNull(id, "id"));
  }

  /**
   * Returns a builder holding this journey's values.
   *
   * @return a builder that builds an equal journey until changed
   */
  public Builder toBuilder() {
    Builder b =
        new Builder(id.value()).name(name).persona(persona).status(status).provenance(provenance);
    offering.ifPresent(b::offering);
    stages.forEach(b::stage);
    transitions.forEach(b::transition);
    b.scope(blueprint.scope()).state(blueprint.state());
    blueprint.versionOf().ifPresent(v -> b.versionOf(v.value()));
    blueprint.participants().forEach(b::participant);
    blueprint.supportProcesses().forEach(b::supportProcess);
    blueprint.dependencies().forEach(b::dependency);
    blueprint.entries().forEach(e -> b.entry(e.value()));
    blueprint.emotionScale().ifPresent(b::emotionScale);
    blueprint.personaCurves().forEach(b::personaCurve);
    blueprint.parallel().forEach(b::parallel);
    return b;
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public JourneyId id() {
    return id;
  }

  /**
   * Returns the human-readable name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the persona whose journey this is.
   *
   * @return the persona's id
   */
  public PersonaId persona() {
    return persona;
  }

  /**
   * Returns the offering this is a journey with, if one is named.
   *
   * @return the offering's id, or empty
   */
  public Optional<OfferingId> offering() {
    return offering;
  }

  /**
   * Returns where the journey is in its life.
   *
   * @return the status
   */
  public JourneyStatus status() {
    return status;
  }

  /**
   * Returns where the journey's knowledge comes from.
   *
   * @return the provenance
   */
  public Provenance provenance() {
    return provenance;
  }

  /**
   * Returns the stages in order.
   *
   * @return the stages
   */
  public ImmutableList<Stage> stages() {
    return stages;
  }

  /**
   * Returns the designed transitions (not the implicit moves along the main path; see {@link
   * JourneyGraph#moves()} for all moves).
   *
   * @return the transitions
   */
  public ImmutableList<Transition> transitions() {
    return transitions;
  }

  /**
   * Returns every touchpoint in order, stage by stage.
   *
   * @return the touchpoints
   */
  public ImmutableList<Touchpoint> touchpoints() {
    return touchpoints;
  }

  /**
   * Returns how much of the relationship this journey covers (default {@link
   * JourneyScope#END_TO_END END_TO_END}).
   *
   * @return the scope
   * @since 0.1
   */
  public JourneyScope scope() {
    return blueprint.scope();
  }

  /**
   * Returns which state of the service this journey describes (default {@link JourneyState#CURRENT
   * CURRENT}).
   *
   * @return the state
   * @since 0.1
   */
  public JourneyState state() {
    return blueprint.state();
  }

  /**
   * Returns the journey this one is a version of (a to-be journey names its as-is journey), if any;
   * the model checks that it exists.
   *
   * @return the other journey's id, or empty
   * @since 0.1
   */
  public Optional<JourneyId> versionOf() {
    return blueprint.versionOf();
  }

  /**
   * Returns the typed actors of this journey, each named once.
   *
   * @return the participants, in order
   * @since 0.1
   */
  public ImmutableList<Participant> participants() {
    return blueprint.participants();
  }

  /**
   * Returns the type of an actor, if this journey types it. The customer ({@link Actor#CUSTOMER})
   * is an {@link ActorType#END_USER END_USER} unless typed otherwise.
   *
   * @param actor an actor
   * @return its type, or empty if it is not typed
   * @since 0.1
   */
  public Optional<ActorType> typeOf(Actor actor) {
    requireNonNull(actor, "actor");
    for (Participant p : blueprint.participants()) {
      if (p.actor().equals(actor)) {
        return Optional.of(p.type());
      }
    }
    return actor.equals(Actor.CUSTOMER) ? Optional.of(ActorType.END_USER) : Optional.empty();
  }

  /**
   * Returns the support processes several touchpoints of this journey rely on.
   *
   * @return the support processes, in order
   * @since 0.1
   */
  public ImmutableList<SupportProcess> supportProcesses() {
    return blueprint.supportProcesses();
  }

  /**
   * Returns the blueprint's arrows: which touchpoint or support process triggers or enables which.
   *
   * @return the dependencies, in order
   * @since 0.1
   */
  public ImmutableList<Dependency> dependencies() {
    return blueprint.dependencies();
  }

  /**
   * Returns the touchpoints where customers may also start, besides the first one on the main path
   * (a walk-in beside a booking, a referral beside an ad). What is reachable from any of them is
   * reachable.
   *
   * @return the further entry points, in order
   * @since 0.1
   */
  public ImmutableList<TouchpointId> entries() {
    return blueprint.entries();
  }

  /**
   * Returns the journey's parallel groups: touchpoints done in any order, all of them, before the
   * journey goes on. {@link JourneyGraph} designs their moves and conformance checking reads them.
   *
   * @return the groups, in order; empty when the main path is a plain sequence
   * @since 0.1
   */
  public ImmutableList<ParallelGroup> parallelGroups() {
    return blueprint.parallel();
  }

  /**
   * Returns the range the experience curve is drawn on, if stated; every emotion value of the
   * journey's touchpoints lies on it.
   *
   * @return the scale, or empty
   * @since 0.1
   */
  public Optional<EmotionScale> emotionScale() {
    return blueprint.emotionScale();
  }

  /**
   * Returns the experience curves of personas other than the journey's own, drawn beside its
   * touchpoints' emotion on the same scale.
   *
   * @return the curves, one per persona, in order
   * @since 0.1
   */
  public ImmutableList<PersonaCurve> personaCurves() {
    return blueprint.personaCurves();
  }

  /**
   * Returns the sum of the time standards and the waits of the main path's touchpoints: the
   * journey's total standard time. Touchpoints without a timing add nothing.
   *
   * @return the total, {@link Duration#ZERO} when no touchpoint sets a standard or a wait
   * @since 0.1
   */
  public Duration totalStandard() {
    Duration total = Duration.ZERO;
    for (Touchpoint t : touchpoints) {
      if (t.mainPath()) {
        total = total.plus(t.timing().standard().orElse(Duration.ZERO));
        total = total.plus(t.timing().waitBefore().orElse(Duration.ZERO));
      }
    }
    return total;
  }

  /**
   * Returns the touchpoints of the stages in {@code phase}, in order.
   *
   * @param phase the phase
   * @return the touchpoints; empty if no stage has that phase
   */
  public ImmutableList<Touchpoint> touchpoints(Phase phase) {
    requireNonNull(phase, "phase");
    Index ix = index();
    return touchpoints.stream()
        .filter(t -> requireNonNull(ix.stageOf.get(t.id())).phase() == phase)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the touchpoints on {@code channel}, in order.
   *
   * @param channel the channel
   * @return the touchpoints
   */
  public ImmutableList<Touchpoint> touchpoints(Channel channel) {
    requireNonNull(channel, "channel");
    return touchpoints.stream()
        .filter(t -> t.channel() == channel)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the touchpoint with this id.
   *
   * @param touchpoint the id
   * @return the touchpoint, or empty if the journey has none with that id
   */
  public Optional<Touchpoint> touchpoint(TouchpointId touchpoint) {
    return Optional.ofNullable(index().byId.get(requireNonNull(touchpoint, "touchpoint")));
  }

  /**
   * Returns the touchpoint with this id, for scripts: {@code journey.touchpoint("sign-up")}.
   *
   * @param touchpoint the id slug
   * @return the touchpoint, or empty if the journey has none with that id (also when {@code
   *     touchpoint} is not a well-formed id, so no journey could have it)
   */
  public Optional<Touchpoint> touchpoint(String touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return Ids.isValid(touchpoint) ? touchpoint(TouchpointId.of(touchpoint)) : Optional.empty();
  }

  /**
   * Returns the stage with this id.
   *
   * @param stage the id
   * @return the stage, or empty
   */
  public Optional<Stage> stage(StageId stage) {
    requireNonNull(stage, "stage");
    return stages.stream().filter(s -> s.id().equals(stage)).findFirst();
  }

  /**
   * Returns the stage that holds a touchpoint.
   *
   * @param touchpoint the touchpoint's id
   * @return the stage, or empty if the journey has no such touchpoint
   */
  public Optional<Stage> stageOf(TouchpointId touchpoint) {
    return Optional.ofNullable(index().stageOf.get(requireNonNull(touchpoint, "touchpoint")));
  }

  /**
   * Returns the phases this journey covers, in order.
   *
   * @return the phases of its stages
   */
  public ImmutableSet<Phase> phases() {
    return stages.stream().map(Stage::phase).sorted().collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the journey as a graph: touchpoints joined by the main path's order and the designed
   * transitions. It is built on first use and kept, so every query of this journey shares one.
   *
   * @return the graph
   * @since 0.1
   */
  public JourneyGraph graph() {
    JourneyGraph g = graph;
    if (g == null) {
      g = JourneyGraph.of(this);
      graph = g;
    }
    return g;
  }

  /**
   * Returns where the journey starts: the first touchpoint on the main path (or the first
   * touchpoint, if none is on it). Same as {@code graph().entry()}.
   *
   * @return the start, or empty for a journey without touchpoints
   */
  public Optional<TouchpointId> start() {
    return graph().entry();
  }

  /**
   * Returns every move of the journey as a transition: the implicit {@link TransitionKind#EXPECTED
   * EXPECTED} moves along the main path, then the designed transitions. Same as {@code
   * graph().moves()}, without telling implicit moves from designed ones.
   *
   * @return all edges of the journey graph
   */
  public ImmutableList<Transition> flow() {
    return graph().moves().stream()
        .map(JourneyGraph.Move::transition)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns where a customer can go from a touchpoint. Same as {@code graph().successors(...)}.
   *
   * @param touchpoint a touchpoint of this journey
   * @return the ids of the touchpoints one move away
   * @throws IllegalArgumentException if the journey has no such touchpoint
   */
  public ImmutableSet<TouchpointId> successors(TouchpointId touchpoint) {
    return graph().successors(touchpoint);
  }

  /**
   * Returns where a customer can come to a touchpoint from. Same as {@code
   * graph().predecessors(...)}.
   *
   * @param touchpoint a touchpoint of this journey
   * @return the ids of the touchpoints one move before
   * @throws IllegalArgumentException if the journey has no such touchpoint
   */
  public ImmutableSet<TouchpointId> predecessors(TouchpointId touchpoint) {
    return graph().predecessors(touchpoint);
  }

  /**
   * Returns the touchpoints a customer can reach from the {@linkplain #start() start}, in journey
   * order. Same as {@code graph().reachable()}.
   *
   * @return the reachable touchpoints, the start included
   */
  public ImmutableSet<TouchpointId> reachable() {
    return graph().reachable();
  }

  /**
   * Returns the touchpoints no customer can reach from the start, in journey order. Same as {@code
   * graph().unreachable()}.
   *
   * @return the unreachable touchpoints; empty when every touchpoint is reachable
   */
  public ImmutableSet<TouchpointId> unreachable() {
    return graph().unreachable();
  }

  /**
   * Returns whether every touchpoint can be reached from the start.
   *
   * @return true if {@link #unreachable()} is empty
   */
  public boolean isFullyReachable() {
    return graph().unreachable().isEmpty();
  }

  /**
   * Returns this journey with another status.
   *
   * @param newStatus the status
   * @return the changed journey
   */
  public Journey withStatus(JourneyStatus newStatus) {
    return new Journey(
        id,
        name,
        persona,
        offering,
        requireNonNull(newStatus, "newStatus"),
        provenance,
        stages,
        transitions,
        blueprint);
  }

  /**
   * Returns this journey with another provenance.
   *
   * @param newProvenance the provenance
   * @return the changed journey
   */
  public Journey withProvenance(Provenance newProvenance) {
    return new Journey(
        id,
        name,
        persona,
        offering,
        status,
        requireNonNull(newProvenance, "newProvenance"),
        stages,
        transitions,
        blueprint);
  }

  /**
   * Returns this journey with a touchpoint replaced by another of the same id (for example one with
   * new goals).
   *
   * @param replacement the new touchpoint
   * @return the changed journey
   * @throws IllegalArgumentException if the journey has no touchpoint with that id
   */
  public Journey withTouchpoint(Touchpoint replacement) {
    requireNonNull(replacement, "replacement");
    if (!index().byId.containsKey(replacement.id())) {
      throw new IllegalArgumentException(
          "journey '" + id + "' has no touchpoint '" + replacement.id() + "'");
    }
    ImmutableList.Builder<Stage> newStages = ImmutableList.builder();
    for (Stage s : stages) {
      ImmutableList<Touchpoint> tps =
          s.touchpoints().stream()
              .map(t -> t.id().equals(replacement.id()) ? replacement : t)
              .collect(ImmutableList.toImmutableList());
      newStages.add(new Stage(s.id(), s.name(), s.phase(), tps));
    }
    return new Journey(
        id, name, persona, offering, status, provenance, newStages.build(), transitions, blueprint);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Journey j
        && id.equals(j.id)
        && name.equals(j.name)
        && persona.equals(j.persona)
        && offering.equals(j.offering)
        && status == j.status
        && provenance.equals(j.provenance)
        && stages.equals(j.stages)
        && transitions.equals(j.transitions)
        && blueprint.equals(j.blueprint);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id, name, persona, offering, status, provenance, stages, transitions, blueprint);
  }

  /**
   * Returns a one-line summary such as {@code Journey[first-visit: 3 stages, 11 touchpoints,
   * persona=maria, DRAFT]}.
   */
  @Override
  public String toString() {
    return "Journey["
        + id
        + ": "
        + stages.size()
        + (stages.size() == 1 ? " stage, " : " stages, ")
        + touchpoints.size()
        + (touchpoints.size() == 1 ? " touchpoint" : " touchpoints")
        + (transitions.isEmpty()
            ? ""
            : ", "
                + transitions.size()
                + (transitions.size() == 1 ? " transition" : " transitions"))
        + ", persona="
        + persona
        + offering.map(o -> ", offering=" + o).orElse("")
        + ", "
        + status
        + "]";
  }

  /**
   * Builds a {@link Journey}; every problem, those of its stages and touchpoints included, is
   * reported at once.
   */
  public static final class Builder {
    private final String id;
    private String name;
    private @Nullable String persona;
    private @Nullable String offering;
    private JourneyStatus status = JourneyStatus.DRAFT;
    private Provenance provenance = Provenance.NONE;
    private final List<StagePart> stages = new ArrayList<>();
    private final List<Part<Transition>> transitions = new ArrayList<>();
    private JourneyScope scope = JourneyScope.END_TO_END;
    private JourneyState state = JourneyState.CURRENT;
    private @Nullable String versionOf;
    private final List<Participant> participants = new ArrayList<>();
    private final List<SupportProcess> supportProcesses = new ArrayList<>();
    private final List<Dependency> dependencies = new ArrayList<>();
    private final List<String> entries = new ArrayList<>();
    private final List<PersonaCurve> personaCurves = new ArrayList<>();
    private final List<Part<ParallelGroup>> groups = new ArrayList<>();
    private @Nullable EmotionScale emotionScale;

    /** A stage and its phase, which the journey's rules need even when the stage fails. */
    private record StagePart(Part<Stage> part, Phase phase) {}

    /** A transition given by its ids as written. */
    private record RawTransition(String from, String to, TransitionKind kind, @Nullable String note)
        implements Part<Transition> {
      @Override
      public @Nullable String key() {
        return null;
      }

      @Override
      public @Nullable Transition build(ModelPath at, Problems problems) {
        TouchpointId f = problems.collect(at.field("from"), () -> TouchpointId.of(from));
        TouchpointId t = problems.collect(at.field("to"), () -> TouchpointId.of(to));
        Optional<String> n = Optional.ofNullable(note);
        if (f == null || t == null) {
          Transition.check(f, t, kind, n, at, problems);
          return null;
        }
        return problems.collect(at, () -> new Transition(f, t, kind, n));
      }
    }

    /** A parallel group given by its ids as written. */
    private record RawGroup(List<String> touchpoints, @Nullable String note)
        implements Part<ParallelGroup> {
      @Override
      public @Nullable String key() {
        return null;
      }

      @Override
      public @Nullable ParallelGroup build(ModelPath at, Problems problems) {
        List<@Nullable TouchpointId> ids = new ArrayList<>(touchpoints.size());
        ImmutableList.Builder<TouchpointId> good = ImmutableList.builder();
        boolean allIds = true;
        for (int k = 0; k < touchpoints.size(); k++) {
          String raw = touchpoints.get(k);
          TouchpointId t =
              problems.collect(at.element("touchpoints", k), () -> TouchpointId.of(raw));
          ids.add(t);
          if (t == null) {
            allIds = false;
          } else {
            good.add(t);
          }
        }
        Optional<String> n = Optional.ofNullable(note);
        if (!allIds) {
          ParallelGroup.check(ids, n, at, problems);
          return null;
        }
        return problems.collect(at, () -> new ParallelGroup(good.build(), n));
      }
    }

    private Builder(String id) {
      this.id = id;
      this.name = id;
    }

    /**
     * Returns the id this builder was created with, unchecked.
     *
     * @return the raw id
     */
    public String id() {
      return id;
    }

    /**
     * Sets the human-readable name (default: the id).
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the persona whose journey this is.
     *
     * @param persona the persona's id slug; checked when {@link #build()} runs
     * @return this builder
     */
    public Builder persona(String persona) {
      this.persona = requireNonNull(persona, "persona");
      return this;
    }

    /**
     * Sets the persona whose journey this is.
     *
     * @param persona the persona's id
     * @return this builder
     */
    public Builder persona(PersonaId persona) {
      return persona(requireNonNull(persona, "persona").value());
    }

    /**
     * Sets the offering this is a journey with.
     *
     * @param offering the offering's id slug; checked when {@link #build()} runs
     * @return this builder
     */
    public Builder offering(String offering) {
      this.offering = requireNonNull(offering, "offering");
      return this;
    }

    /**
     * Sets the offering this is a journey with.
     *
     * @param offering the offering's id
     * @return this builder
     */
    public Builder offering(OfferingId offering) {
      return offering(requireNonNull(offering, "offering").value());
    }

    /**
     * Sets the status (default {@link JourneyStatus#DRAFT DRAFT}).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(JourneyStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the provenance (default {@link Provenance#NONE}).
     *
     * @param provenance the provenance
     * @return this builder
     */
    public Builder provenance(Provenance provenance) {
      this.provenance = requireNonNull(provenance, "provenance");
      return this;
    }

    /**
     * Adds a stage.
     *
     * @param stage the stage
     * @return this builder
     */
    public Builder stage(Stage stage) {
      stages.add(
          new StagePart(
              Part.of(requireNonNull(stage, "stage"), stage.id().value()), stage.phase()));
      return this;
    }

    /**
     * Adds a stage that is built, and checked, with this journey. The builder is read when {@link
     * #build()} runs.
     *
     * @param stage the stage's builder
     * @return this builder
     */
    public Builder stage(Stage.Builder stage) {
      Part<Stage> part = Part.building(requireNonNull(stage, "stage").id(), stage::build);
      stages.add(new StagePart(part, stage.phase()));
      return this;
    }

    /**
     * Adds a designed transition.
     *
     * @param transition the transition
     * @return this builder
     */
    public Builder transition(Transition transition) {
      transitions.add(Part.of(requireNonNull(transition, "transition"), null));
      return this;
    }

    /**
     * Adds a designed transition between two touchpoints of this journey.
     *
     * @param from the id slug of the touchpoint the customer comes from
     * @param to the id slug of the touchpoint the customer goes to
     * @param kind the kind of move
     * @return this builder
     */
    public Builder transition(String from, String to, TransitionKind kind) {
      return transition(from, to, kind, null);
    }

    /**
     * Adds a designed transition with a note.
     *
     * @param from the id slug of the touchpoint the customer comes from
     * @param to the id slug of the touchpoint the customer goes to
     * @param kind the kind of move
     * @param note why or when it happens, or null for none
     * @return this builder
     */
    public Builder transition(String from, String to, TransitionKind kind, @Nullable String note) {
      transitions.add(
          new RawTransition(
              requireNonNull(from, "from"),
              requireNonNull(to, "to"),
              requireNonNull(kind, "kind"),
              note));
      return this;
    }

    /**
     * Sets how much of the relationship the journey covers (default {@link JourneyScope#END_TO_END
     * END_TO_END}).
     *
     * @param scope the scope
     * @return this builder
     * @since 0.1
     */
    public Builder scope(JourneyScope scope) {
      this.scope = requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Sets which state of the service the journey describes (default {@link JourneyState#CURRENT
     * CURRENT}).
     *
     * @param state the state
     * @return this builder
     * @since 0.1
     */
    public Builder state(JourneyState state) {
      this.state = requireNonNull(state, "state");
      return this;
    }

    /**
     * Sets or clears the journey this one is a version of.
     *
     * @param journey the other journey's id slug, or null for none
     * @return this builder
     * @since 0.1
     */
    public Builder versionOf(@Nullable String journey) {
      this.versionOf = journey;
      return this;
    }

    /**
     * Types an actor of the journey.
     *
     * @param participant the actor and its type
     * @return this builder
     * @since 0.1
     */
    public Builder participant(Participant participant) {
      participants.add(requireNonNull(participant, "participant"));
      return this;
    }

    /**
     * Types an actor of the journey.
     *
     * @param actor the actor
     * @param type its type
     * @return this builder
     * @since 0.1
     */
    public Builder participant(Actor actor, ActorType type) {
      return participant(Participant.of(actor, type));
    }

    /**
     * Adds a support process that touchpoints refer to from their activities.
     *
     * @param process the support process
     * @return this builder
     * @since 0.1
     */
    public Builder supportProcess(SupportProcess process) {
      supportProcesses.add(requireNonNull(process, "process"));
      return this;
    }

    /**
     * Adds an arrow of the blueprint.
     *
     * @param dependency the dependency
     * @return this builder
     * @since 0.1
     */
    public Builder dependency(Dependency dependency) {
      dependencies.add(requireNonNull(dependency, "dependency"));
      return this;
    }

    /**
     * Adds an arrow of the blueprint.
     *
     * @param from the id of the touchpoint or support process it leaves
     * @param kind how the second depends on the first
     * @param to the id of the touchpoint or support process it enters
     * @return this builder
     * @since 0.1
     */
    public Builder dependency(String from, DependencyKind kind, String to) {
      return dependency(Dependency.of(from, kind, to));
    }

    /**
     * Adds a touchpoint where customers may also start.
     *
     * @param touchpoint the touchpoint's id slug
     * @return this builder
     * @since 0.1
     */
    public Builder entry(String touchpoint) {
      entries.add(requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /**
     * Adds a parallel group: touchpoints of this journey done in any order, all of them, before the
     * journey goes on. {@link #build()} checks the rules of {@link ParallelGroup}.
     *
     * @param touchpoints the members' id slugs, two to {@value ParallelGroup#MAX_TOUCHPOINTS}
     * @return this builder
     * @since 0.1
     */
    public Builder parallel(String... touchpoints) {
      return parallel(Arrays.asList(requireNonNull(touchpoints, "touchpoints")), null);
    }

    /**
     * Adds a parallel group with a note.
     *
     * @param touchpoints the members' id slugs, two to {@value ParallelGroup#MAX_TOUCHPOINTS}
     * @param note why the order is free or what the group is, or null for none
     * @return this builder
     * @since 0.1
     */
    public Builder parallel(List<String> touchpoints, @Nullable String note) {
      groups.add(new RawGroup(Args.list(touchpoints, "touchpoints"), note));
      return this;
    }

    /**
     * Adds a parallel group.
     *
     * @param group the group
     * @return this builder
     * @since 0.1
     */
    public Builder parallel(ParallelGroup group) {
      groups.add(Part.of(requireNonNull(group, "group"), null));
      return this;
    }

    /**
     * Sets the range the experience curve is drawn on.
     *
     * @param scale the scale
     * @return this builder
     * @since 0.1
     */
    public Builder emotionScale(EmotionScale scale) {
      this.emotionScale = requireNonNull(scale, "scale");
      return this;
    }

    /**
     * Adds another persona's experience curve; its touchpoints are checked to be this journey's,
     * its values to lie on the emotion scale, and its persona (by the model) to exist and differ
     * from the journey's own.
     *
     * @param curve the curve
     * @return this builder
     * @since 0.1
     */
    public Builder personaCurve(PersonaCurve curve) {
      personaCurves.add(requireNonNull(curve, "curve"));
      return this;
    }

    /**
     * Builds the journey, reporting every problem at once.
     *
     * @return the journey
     * @throws ModelValidationException if anything can never be right; paths are relative to the
     *     journey
     */
    public Journey build() {
      Problems problems = new Problems();
      ModelPath root = ModelPath.root();
      JourneyId jid = problems.collect(root.field("id"), () -> JourneyId.of(id));
      PersonaId pid = null;
      String p = persona;
      if (p == null) {
        problems.add(root.field("persona"), "a journey belongs to one persona; none was set");
      } else {
        pid = problems.collect(root.field("persona"), () -> PersonaId.of(p));
      }
      String o = offering;
      OfferingId oid =
          o == null ? null : problems.collect(root.field("offering"), () -> OfferingId.of(o));
      List<@Nullable Stage> builtStages =
          Part.buildAll(Lists.transform(stages, StagePart::part), root, "stages", problems);
      List<StageInfo> infos = new ArrayList<>(stages.size());
      for (int i = 0; i < stages.size(); i++) {
        Stage s = builtStages.get(i);
        StagePart part = stages.get(i);
        infos.add(
            s != null ? StageInfo.of(s) : new StageInfo(part.part().key(), part.phase(), null));
      }
      List<@Nullable Transition> builtTransitions =
          Part.buildAll(transitions, root, "transitions", problems);
      check(name, infos, builtTransitions, problems);
      String v = versionOf;
      JourneyId version =
          v == null ? null : problems.collect(root.field("versionOf"), () -> JourneyId.of(v));
      ImmutableList.Builder<TouchpointId> entryIds = ImmutableList.builder();
      for (int i = 0; i < entries.size(); i++) {
        String e = entries.get(i);
        TouchpointId tid = problems.collect(root.element("entries", i), () -> TouchpointId.of(e));
        if (tid != null) {
          entryIds.add(tid);
        }
      }
      Blueprint bp =
          new Blueprint(
              scope,
              state,
              Optional.ofNullable(version),
              ImmutableList.copyOf(participants),
              ImmutableList.copyOf(supportProcesses),
              ImmutableList.copyOf(dependencies),
              entryIds.build(),
              Optional.ofNullable(emotionScale),
              ImmutableList.copyOf(personaCurves),
              ImmutableList.of());
      List<@Nullable ParallelGroup> builtGroups = Part.buildAll(groups, root, "parallel", problems);
      List<Stage> allStages = Part.<Stage>allBuilt(builtStages);
      ImmutableList<Transition> allTransitions = Part.<Transition>allBuilt(builtTransitions);
      if (allStages != null) {
        checkBlueprint(jid, allStages, bp, problems);
        if (allTransitions != null) {
          checkParallel(allStages, allTransitions, builtGroups, problems);
        }
      }
      ImmutableList<ParallelGroup> parallel = Part.<ParallelGroup>allBuilt(builtGroups);
      problems.throwIfAny("journey '" + id + "'");
      return new Journey(
          requireNonNull(jid),
          name,
          requireNonNull(pid),
          Optional.ofNullable(oid),
          status,
          provenance,
          requireNonNull(Part.<Stage>allBuilt(builtStages)),
          requireNonNull(allTransitions),
          new Blueprint(
              bp.scope(),
              bp.state(),
              bp.versionOf(),
              bp.participants(),
              bp.supportProcesses(),
              bp.dependencies(),
              bp.entries(),
              bp.emotionScale(),
              bp.personaCurves(),
              requireNonNull(parallel)));
    }
  }
}
