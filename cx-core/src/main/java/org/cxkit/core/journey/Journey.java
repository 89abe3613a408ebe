package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * One persona's journey with an offering: {@linkplain Stage stages} in order (their {@link Phase
 * phases} never go backwards), each holding {@linkplain Touchpoint touchpoints}, plus designed
 * {@linkplain Transition transitions} that make the journey a graph rather than a list.
 *
 * <p>The <em>main path</em> runs through the touchpoints that are on it, in order: each leads to
 * the next (an implicit {@link TransitionKind#EXPECTED EXPECTED} move). Designed transitions add
 * branches, loops back, skips and exceptions. {@link #successors}, {@link #predecessors}, {@link
 * #flow()} and {@link #unreachable()} answer questions about that graph.
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
 * j.successors(TouchpointId.of("talk"));   // [event-page]
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

  // Derived, for queries. The touchpoint list is cheap and always built; the maps and the graph
  // are built on first use (a model read from a file is often only checked, printed or scored).
  private final ImmutableList<Touchpoint> touchpoints;
  // Racy single-check idiom: Derived has only final fields, so any thread that sees the reference
  // sees it fully built (JLS 17.5); two threads may both build it, with equal results.
  private volatile @Nullable Derived derived;

  private Journey(
      JourneyId id,
      String name,
      PersonaId persona,
      Optional<OfferingId> offering,
      JourneyStatus status,
      Provenance provenance,
      ImmutableList<Stage> stages,
      ImmutableList<Transition> transitions) {
    this.id = id;
    this.name = name;
    this.persona = persona;
    this.offering = offering;
    this.status = status;
    this.provenance = provenance;
    this.stages = stages;
    this.transitions = transitions;
    ImmutableList.Builder<Touchpoint> all = ImmutableList.builder();
    for (Stage s : stages) {
      all.addAll(s.touchpoints());
    }
    this.touchpoints = all.build();
  }

  /** The lookup maps and the graph of a journey, built together on first use. */
  private static final class Derived {
    final ImmutableMap<TouchpointId, Touchpoint> byId;
    final ImmutableMap<TouchpointId, Stage> stageOf;
    final ImmutableList<Transition> flow;
    final ImmutableSetMultimap<TouchpointId, TouchpointId> successors;
    final ImmutableSetMultimap<TouchpointId, TouchpointId> predecessors;

    Derived(
        ImmutableList<Stage> stages,
        ImmutableList<Touchpoint> touchpoints,
        ImmutableList<Transition> transitions) {
      ImmutableMap.Builder<TouchpointId, Touchpoint> byIdBuilder =
          ImmutableMap.builderWithExpectedSize(touchpoints.size());
      ImmutableMap.Builder<TouchpointId, Stage> owners =
          ImmutableMap.builderWithExpectedSize(touchpoints.size());
      for (Stage s : stages) {
        for (Touchpoint t : s.touchpoints()) {
          byIdBuilder.put(t.id(), t);
          owners.put(t.id(), s);
        }
      }
      this.byId = byIdBuilder.buildOrThrow();
      this.stageOf = owners.buildOrThrow();

      ImmutableList.Builder<Transition> edges = ImmutableList.builder();
      Touchpoint previous = null;
      for (Touchpoint t : touchpoints) {
        if (!t.mainPath()) {
          continue;
        }
        if (previous != null) {
          edges.add(
              new Transition(previous.id(), t.id(), TransitionKind.EXPECTED, Optional.empty()));
        }
        previous = t;
      }
      edges.addAll(transitions);
      this.flow = edges.build();
      ImmutableSetMultimap.Builder<TouchpointId, TouchpointId> succ =
          ImmutableSetMultimap.builder();
      for (Transition e : flow) {
        succ.put(e.from(), e.to());
      }
      this.successors = succ.build();
      this.predecessors = successors.inverse();
    }
  }

  private Derived derived() {
    Derived d = derived;
    if (d == null) {
      d = new Derived(stages, touchpoints, transitions);
      derived = d;
    }
    return d;
  }

  /**
   * Creates a journey from its parts. Prefer {@link #builder(String)}, which reports problems in
   * the stages and touchpoints it builds as well.
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
    ImmutableList<Stage> stageList = org.cxkit.core.internal.Args.list(stages, "stages");
    ImmutableList<Transition> transitionList =
        org.cxkit.core.internal.Args.list(transitions, "transitions");
    Problems problems = new Problems();
    List<@Nullable Transition> checked = new ArrayList<>();
    checked.addAll(transitionList);
    check(name, stageList.stream().map(StageInfo::of).toList(), checked, problems);
    problems.throwIfAny("journey '" + id + "'");
    return new Journey(id, name, persona, offering, status, provenance, stageList, transitionList);
  }

  /**
   * What the journey's checks need of a stage: its id (null if malformed), its phase, and its
   * touchpoints' ids (null if the stage itself failed, so they are unknown).
   */
  private record StageInfo(
      @Nullable StageId id, Phase phase, @Nullable List<TouchpointId> touchpoints) {
    static StageInfo of(Stage s) {
      return new StageInfo(
          s.id(), s.phase(), s.touchpoints().stream().map(Touchpoint::id).toList());
    }
  }

  /**
   * Checks what spans stages and transitions. Elements that failed on their own (null transitions,
   * stages with unknown touchpoints) are skipped, and transitions are checked against the
   * touchpoints only when every stage is known, so one mistake is never reported twice.
   */
  private static void check(
      String name,
      List<StageInfo> stages,
      List<@Nullable Transition> transitions,
      Problems problems) {
    ModelPath root = ModelPath.root();
    if (name.isBlank()) {
      problems.add(root.field("name"), "must not be blank");
    }
    Map<StageId, Integer> stageIds = new HashMap<>();
    Map<TouchpointId, Integer> touchpointStage = new HashMap<>();
    boolean allKnown = true;
    Phase last = null;
    Integer lastIndex = null;
    for (int i = 0; i < stages.size(); i++) {
      StageInfo s = stages.get(i);
      ModelPath at = root.element("stages", i, s.id() == null ? null : s.id().value());
      if (s.id() != null) {
        Integer before = stageIds.putIfAbsent(s.id(), i);
        if (before != null) {
          problems.add(at.field("id"), "duplicate stage id '%s' (also stages[%s])", s.id(), before);
        }
      }
      if (last != null && s.phase().compareTo(last) < 0) {
        problems.add(
            at.field("phase"),
            "phase %s comes after a %s stage (stages[%s]); phases go BEFORE, DURING, AFTER and never back"
                + " (model going back with a LOOP_BACK transition instead)",
            s.phase(),
            last,
            lastIndex);
      }
      if (last == null || s.phase().compareTo(last) >= 0) {
        last = s.phase();
        lastIndex = i;
      }
      List<TouchpointId> tps = s.touchpoints();
      if (tps == null) {
        allKnown = false;
        continue;
      }
      for (int k = 0; k < tps.size(); k++) {
        TouchpointId tid = tps.get(k);
        Integer other = touchpointStage.putIfAbsent(tid, i);
        if (other != null && other != i) {
          StageId otherId = stages.get(other).id();
          problems.add(
              at.element("touchpoints", k, tid.value()).field("id"),
              "duplicate touchpoint id '%s' (also in stage '%s'); ids are unique within a journey",
              tid,
              otherId == null ? "stages[" + other + "]" : otherId);
        }
      }
    }
    Set<Transition> seen = new HashSet<>();
    for (int i = 0; i < transitions.size(); i++) {
      Transition t = transitions.get(i);
      if (t == null) {
        continue;
      }
      ModelPath at = root.element("transitions", i);
      if (allKnown && !touchpointStage.containsKey(t.from())) {
        problems.add(at.field("from"), UNKNOWN_TOUCHPOINT, t.from());
      }
      if (allKnown && !touchpointStage.containsKey(t.to())) {
        problems.add(at.field("to"), UNKNOWN_TOUCHPOINT, t.to());
      }
      Transition key = new Transition(t.from(), t.to(), t.kind(), Optional.empty());
      if (!seen.add(key)) {
        problems.add(at, "duplicate transition %s -%s-> %s", t.from(), t.kind(), t.to());
      }
    }
  }

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
   * #flow()} for all moves).
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
   * Returns the touchpoints of the stages in {@code phase}, in order.
   *
   * @param phase the phase
   * @return the touchpoints; empty if no stage has that phase
   */
  public ImmutableList<Touchpoint> touchpoints(Phase phase) {
    requireNonNull(phase, "phase");
    Derived d = derived();
    return touchpoints.stream()
        .filter(t -> requireNonNull(d.stageOf.get(t.id())).phase() == phase)
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
    return Optional.ofNullable(derived().byId.get(requireNonNull(touchpoint, "touchpoint")));
  }

  /**
   * Returns the touchpoint with this id, for scripts: {@code journey.touchpoint("sign-up")}.
   *
   * @param touchpoint the id slug
   * @return the touchpoint, or empty if the journey has none with that id
   * @throws IllegalArgumentException if the id is malformed
   */
  public Optional<Touchpoint> touchpoint(String touchpoint) {
    return touchpoint(TouchpointId.of(touchpoint));
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
    return Optional.ofNullable(derived().stageOf.get(requireNonNull(touchpoint, "touchpoint")));
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
   * Returns where the journey starts: the first touchpoint on the main path (or the first
   * touchpoint, if none is on it).
   *
   * @return the start, or empty for a journey without touchpoints
   */
  public Optional<TouchpointId> start() {
    for (Touchpoint t : touchpoints) {
      if (t.mainPath()) {
        return Optional.of(t.id());
      }
    }
    return touchpoints.isEmpty() ? Optional.empty() : Optional.of(touchpoints.get(0).id());
  }

  /**
   * Returns every move of the journey: the implicit {@link TransitionKind#EXPECTED EXPECTED} moves
   * along the main path, then the designed transitions.
   *
   * @return all edges of the journey graph
   */
  public ImmutableList<Transition> flow() {
    return derived().flow;
  }

  /**
   * Returns where a customer can go from a touchpoint.
   *
   * @param touchpoint a touchpoint of this journey
   * @return the ids of the touchpoints one move away
   * @throws IllegalArgumentException if the journey has no such touchpoint
   */
  public ImmutableSet<TouchpointId> successors(TouchpointId touchpoint) {
    return derived().successors.get(known(touchpoint));
  }

  /**
   * Returns where a customer can come to a touchpoint from.
   *
   * @param touchpoint a touchpoint of this journey
   * @return the ids of the touchpoints one move before
   * @throws IllegalArgumentException if the journey has no such touchpoint
   */
  public ImmutableSet<TouchpointId> predecessors(TouchpointId touchpoint) {
    return derived().predecessors.get(known(touchpoint));
  }

  private TouchpointId known(TouchpointId touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    if (!derived().byId.containsKey(touchpoint)) {
      throw new IllegalArgumentException(
          "journey '" + id + "' has no touchpoint '" + touchpoint + "'");
    }
    return touchpoint;
  }

  /**
   * Returns the touchpoints a customer can reach from the {@linkplain #start() start}, in journey
   * order.
   *
   * @return the reachable touchpoints, the start included
   */
  public ImmutableSet<TouchpointId> reachable() {
    Optional<TouchpointId> first = start();
    if (first.isEmpty()) {
      return ImmutableSet.of();
    }
    Set<TouchpointId> seen = new HashSet<>();
    Deque<TouchpointId> todo = new ArrayDeque<>();
    ImmutableSetMultimap<TouchpointId, TouchpointId> successors = derived().successors;
    todo.add(first.get());
    seen.add(first.get());
    while (!todo.isEmpty()) {
      for (TouchpointId next : successors.get(todo.removeFirst())) {
        if (seen.add(next)) {
          todo.add(next);
        }
      }
    }
    return touchpoints.stream()
        .map(Touchpoint::id)
        .filter(seen::contains)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the touchpoints no customer can reach from the start, in journey order.
   *
   * @return the unreachable touchpoints; empty when every touchpoint is reachable
   */
  public ImmutableSet<TouchpointId> unreachable() {
    Set<TouchpointId> reach = reachable();
    Set<TouchpointId> out = new LinkedHashSet<>();
    for (Touchpoint t : touchpoints) {
      if (!reach.contains(t.id())) {
        out.add(t.id());
      }
    }
    return ImmutableSet.copyOf(out);
  }

  /**
   * Returns whether every touchpoint can be reached from the start.
   *
   * @return true if {@link #unreachable()} is empty
   */
  public boolean isFullyReachable() {
    return unreachable().isEmpty();
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
        transitions);
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
        transitions);
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
    known(replacement.id());
    ImmutableList.Builder<Stage> newStages = ImmutableList.builder();
    for (Stage s : stages) {
      ImmutableList<Touchpoint> tps =
          s.touchpoints().stream()
              .map(t -> t.id().equals(replacement.id()) ? replacement : t)
              .collect(ImmutableList.toImmutableList());
      newStages.add(new Stage(s.id(), s.name(), s.phase(), tps));
    }
    return new Journey(
        id, name, persona, offering, status, provenance, newStages.build(), transitions);
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
        && transitions.equals(j.transitions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, persona, offering, status, provenance, stages, transitions);
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
    private @Nullable Object persona;
    private @Nullable Object offering;
    private JourneyStatus status = JourneyStatus.DRAFT;
    private Provenance provenance = Provenance.NONE;
    private final List<Object> stages = new ArrayList<>();
    private final List<Object> transitions = new ArrayList<>();

    private record RawTransition(
        String from, String to, TransitionKind kind, @Nullable String note) {}

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
      this.persona = requireNonNull(persona, "persona");
      return this;
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
      this.offering = requireNonNull(offering, "offering");
      return this;
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
      stages.add(requireNonNull(stage, "stage"));
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
      stages.add(requireNonNull(stage, "stage"));
      return this;
    }

    /**
     * Adds a designed transition.
     *
     * @param transition the transition
     * @return this builder
     */
    public Builder transition(Transition transition) {
      transitions.add(requireNonNull(transition, "transition"));
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
      if (persona == null) {
        problems.add(root.field("persona"), "a journey belongs to one persona; none was set");
      } else {
        Object p = persona;
        pid =
            problems.collect(
                root.field("persona"),
                () -> p instanceof PersonaId x ? x : PersonaId.of((String) p));
      }
      Optional<OfferingId> oid = Optional.empty();
      if (offering != null) {
        Object o = offering;
        OfferingId parsed =
            problems.collect(
                root.field("offering"),
                () -> o instanceof OfferingId x ? x : OfferingId.of((String) o));
        oid = Optional.ofNullable(parsed);
      }
      List<Stage> builtStages = new ArrayList<>();
      List<StageInfo> infos = new ArrayList<>();
      for (int i = 0; i < stages.size(); i++) {
        Object s = stages.get(i);
        if (s instanceof Stage st) {
          builtStages.add(st);
          infos.add(StageInfo.of(st));
        } else {
          Stage.Builder sb = (Stage.Builder) s;
          String key = Ids.isValid(sb.id()) ? sb.id() : null;
          Stage st = problems.collect(root.element("stages", i, key), sb::build);
          if (st != null) {
            builtStages.add(st);
            infos.add(StageInfo.of(st));
          } else {
            infos.add(new StageInfo(key == null ? null : StageId.of(key), sb.phase(), null));
          }
        }
      }
      List<@Nullable Transition> builtTransitions = new ArrayList<>();
      for (int i = 0; i < transitions.size(); i++) {
        Object t = transitions.get(i);
        if (t instanceof Transition tr) {
          builtTransitions.add(tr);
          continue;
        }
        RawTransition raw = (RawTransition) t;
        ModelPath at = root.element("transitions", i);
        TouchpointId from = problems.collect(at.field("from"), () -> TouchpointId.of(raw.from()));
        TouchpointId to = problems.collect(at.field("to"), () -> TouchpointId.of(raw.to()));
        Transition tr = null;
        if (raw.note() != null && raw.note().isBlank()) {
          problems.add(at.field("note"), "must not be blank when present");
        } else if (from != null && to != null) {
          tr =
              problems.collect(
                  at, () -> new Transition(from, to, raw.kind(), Optional.ofNullable(raw.note())));
        }
        builtTransitions.add(tr);
      }
      check(name, infos, builtTransitions, problems);
      problems.throwIfAny("journey '" + id + "'");
      return new Journey(
          requireNonNull(jid),
          name,
          requireNonNull(pid),
          oid,
          status,
          provenance,
          ImmutableList.copyOf(builtStages),
          ImmutableList.copyOf(builtTransitions.stream().map(Objects::requireNonNull).toList()));
    }
  }
}
