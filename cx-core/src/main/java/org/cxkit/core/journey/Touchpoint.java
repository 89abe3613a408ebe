package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.Lane;
import org.cxkit.core.blueprint.ResearchNote;
import org.cxkit.core.blueprint.Timing;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Dupes;
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A moment where the customer meets the organisation: signing up, a reminder e-mail, arriving at
 * the venue. It has a visible {@linkplain Frontstage frontstage} and a hidden {@linkplain Backstage
 * backstage}, a {@link Channel}, an {@link Ownership}, the {@linkplain TouchpointGoals goals} (what
 * the customer should do, think and feel), and the {@linkplain MetricTarget measures} it is judged
 * by.
 *
 * <pre>{@code
 * Touchpoint reminder = Touchpoint.builder("reminder")
 *     .name("Reminder e-mail")
 *     .communication(Actor.ORGANISATION, Actor.CUSTOMER)
 *     .channel(Channel.EMAIL)
 *     .owner("events team")
 *     .goals(TouchpointGoals.builder().does("Comes to the event").feels("Expected").build())
 *     .measure(MetricTarget.goodBoxShare("csat", 80))
 *     .build();
 * }</pre>
 *
 * <p>A {@link TouchpointKind#COMMUNICATION COMMUNICATION} touchpoint must name an initiator and a
 * different receiver; an {@link TouchpointKind#ACTION ACTION} names at most its actor (as
 * initiator) and no receiver. Touchpoints off the {@linkplain #mainPath() main path} (a helpdesk
 * call when the web form fails) are reached only through a journey's {@link Transition}s.
 *
 * @param id the touchpoint's id, unique within its journey
 * @param name a human-readable name
 * @param kind communication or action
 * @param initiator who initiates it (the actor of an action)
 * @param receiver who receives a communication
 * @param channel the channel
 * @param ownership who owns it
 * @param controllable whether the organisation can shape it (by default, when the brand owns it)
 * @param owner who inside the organisation is responsible for it
 * @param frontstage what the customer does and sees
 * @param backstage what happens out of sight
 * @param goals what the customer should do, think and feel, and what makes it work
 * @param momentOfTruth whether this is a moment of truth: one that makes or breaks the experience
 * @param failPoints where it can fail
 * @param realms the experience realms it addresses
 * @param measures the measures it is judged by, each measure at most once
 * @param mainPath whether it is on the journey's main path (in order, one after the other)
 * @param activities what is done at it, lane by lane of the service blueprint (since 0.1)
 * @param emotion its point on the experience curve, intended and measured (since 0.1)
 * @param research the pains, gains, needs, observations and quotes found here (since 0.1)
 * @param observed what customers were seen to do, think and feel here, beside the designed {@code
 *     goals} (since 0.1)
 * @param timing its time standard, tolerance and the wait before it (since 0.1)
 * @param detail the finer journey it opens when zoomed into, if any (since 0.1)
 */
public record Touchpoint(
    TouchpointId id,
    String name,
    TouchpointKind kind,
    Optional<Actor> initiator,
    Optional<Actor> receiver,
    Channel channel,
    Ownership ownership,
    boolean controllable,
    Optional<String> owner,
    Frontstage frontstage,
    Backstage backstage,
    TouchpointGoals goals,
    boolean momentOfTruth,
    ImmutableList<String> failPoints,
    ImmutableSet<ExperienceRealm> realms,
    ImmutableList<MetricTarget> measures,
    boolean mainPath,
    ImmutableList<Activity> activities,
    Emotion emotion,
    ImmutableList<ResearchNote> research,
    TouchpointGoals observed,
    Timing timing,
    Optional<JourneyId> detail) {

  /**
   * Validates and copies the components.
   *
   * @param id the touchpoint's id, unique within its journey
   * @param name a human-readable name
   * @param kind communication or action
   * @param initiator who initiates it (the actor of an action)
   * @param receiver who receives a communication
   * @param channel the channel
   * @param ownership who owns it
   * @param controllable whether the organisation can shape it (by default, when the brand owns it)
   * @param owner who inside the organisation is responsible for it
   * @param frontstage what the customer does and sees
   * @param backstage what happens out of sight
   * @param goals what the customer should do, think and feel, and what makes it work
   * @param momentOfTruth whether this is a moment of truth: one that makes or breaks the experience
   * @param failPoints where it can fail
   * @param realms the experience realms it addresses
   * @param measures the measures it is judged by, each measure at most once
   * @param mainPath whether it is on the journey's main path (in order, one after the other)
   * @param activities what is done at it, lane by lane
   * @param emotion its point on the experience curve
   * @param research the research notes found here
   * @param observed what customers were seen to do, think and feel here
   * @param timing its time standard, tolerance and the wait before it
   * @param detail the finer journey it opens, if any
   * @throws NullPointerException if an argument or element is null
   * @throws ModelValidationException if the touchpoint can never be right: a blank name, owner or
   *     fail point, actors that do not fit its kind (see the class docs), a measure targeted twice
   */
  public Touchpoint {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(initiator, "initiator");
    requireNonNull(receiver, "receiver");
    requireNonNull(channel, "channel");
    requireNonNull(ownership, "ownership");
    requireNonNull(owner, "owner");
    requireNonNull(frontstage, "frontstage");
    requireNonNull(backstage, "backstage");
    requireNonNull(goals, "goals");
    failPoints = Args.list(failPoints, "failPoints");
    realms = Args.enums(realms, "realms");
    measures = Args.list(measures, "measures");
    activities = Args.list(activities, "activities");
    requireNonNull(emotion, "emotion");
    research = Args.list(research, "research");
    requireNonNull(observed, "observed");
    requireNonNull(timing, "timing");
    requireNonNull(detail, "detail");
    Problems problems = new Problems();
    check(name, kind, initiator, receiver, owner, failPoints, measures, problems);
    problems.throwIfAny("touchpoint '" + id + "'");
  }

  /**
   * The rules of a touchpoint, in one place: the constructor runs them, and so does the builder
   * when the id is malformed (so no touchpoint can be constructed), so that every other problem is
   * reported with it.
   */
  private static void check(
      String name,
      TouchpointKind kind,
      Optional<Actor> initiator,
      Optional<Actor> receiver,
      Optional<String> owner,
      List<String> failPoints,
      List<MetricTarget> measures,
      Problems problems) {
    ModelPath root = ModelPath.root();
    if (owner.isPresent() && owner.get().isBlank()) {
      problems.add(root.field("owner"), "must not be blank when present");
    }
    if (name.isBlank()) {
      problems.add(root.field("name"), "must not be blank");
    }
    if (kind == TouchpointKind.COMMUNICATION) {
      if (initiator.isEmpty()) {
        problems.add(root.field("initiator"), "a COMMUNICATION touchpoint needs an initiator");
      }
      if (receiver.isEmpty()) {
        problems.add(root.field("receiver"), "a COMMUNICATION touchpoint needs a receiver");
      } else if (receiver.equals(initiator)) {
        problems.add(
            root.field("receiver"),
            "the receiver of a COMMUNICATION touchpoint must differ from its initiator ('%s')",
            receiver.get());
      }
    } else if (receiver.isPresent()) {
      problems.add(
          root.field("receiver"),
          "an ACTION touchpoint has one actor (its initiator) and no receiver; use COMMUNICATION for a message");
    }
    Dupes.forEachRepeat(
        Lists.transform(measures, MetricTarget::measure),
        (i, first) ->
            problems.add(
                root.element("measures", i).field("measure"),
                "measure '%s' is targeted twice; give each measure one target",
                measures.get(i).measure()));
    for (int i = 0; i < failPoints.size(); i++) {
      if (failPoints.get(i).isBlank()) {
        problems.add(root.element("failPoints", i), "must not be blank");
      }
    }
  }

  /**
   * Returns a builder for a touchpoint with this id. Defaults: the name is the id, an {@link
   * TouchpointKind#ACTION ACTION} on {@link Channel#OTHER}, owned by the {@link Ownership#BRAND
   * brand} (and so controllable), on the main path, with nothing else set.
   *
   * @param id the id slug; checked when {@link Builder#build()} runs
   * @return a builder
   */
  public static Builder builder(String id) {
    return new Builder(requireNonNull(id, "id"));
  }

  /**
   * Returns a builder holding this touchpoint's values. Whether it is controllable stays derived
   * from the ownership (see {@link Builder#ownership}) unless it differs from that default.
   *
   * @return a builder that builds an equal touchpoint until changed
   */
  public Builder toBuilder() {
    Builder b = new Builder(id.value());
    b.name = name;
    b.kind = kind;
    b.initiator = initiator.orElse(null);
    b.receiver = receiver.orElse(null);
    b.channel = channel;
    b.ownership = ownership;
    // Keep "controllable" derived from the ownership unless it differs from the default, so that
    // toBuilder().ownership(PARTNER) gives what builder(id).ownership(PARTNER) gives.
    b.controllable = controllable == (ownership == Ownership.BRAND) ? null : controllable;
    b.owner = owner.orElse(null);
    b.frontstage = frontstage;
    b.backstage = backstage;
    b.goals = goals;
    b.momentOfTruth = momentOfTruth;
    b.failPoints.addAll(failPoints);
    b.realms.addAll(realms);
    b.measures.addAll(measures);
    b.mainPath = mainPath;
    b.activities.addAll(activities);
    b.emotion = emotion;
    b.research.addAll(research);
    b.observed = observed;
    b.timing = timing;
    b.detail = detail.map(JourneyId::value).orElse(null);
    return b;
  }

  /**
   * Returns this touchpoint with other goals.
   *
   * @param newGoals the goals
   * @return a touchpoint equal to this one but for its goals
   */
  public Touchpoint withGoals(TouchpointGoals newGoals) {
    return toBuilder().goals(requireNonNull(newGoals, "newGoals")).build();
  }

  /**
   * Returns this touchpoint with other measures.
   *
   * @param newMeasures the targets
   * @return a touchpoint equal to this one but for its measures
   */
  public Touchpoint withMeasures(Iterable<MetricTarget> newMeasures) {
    Builder b = toBuilder();
    b.measures.clear();
    for (MetricTarget t : requireNonNull(newMeasures, "newMeasures")) {
      b.measure(t);
    }
    return b.build();
  }

  /**
   * Returns the target for a measure, if the touchpoint is measured with it.
   *
   * @param measure the measure id
   * @return the target, or empty
   */
  public Optional<MetricTarget> target(MeasureId measure) {
    requireNonNull(measure, "measure");
    for (MetricTarget t : measures) {
      if (t.measure().equals(measure)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a one-line summary such as {@code Touchpoint[sign-up "Sign up": ACTION web, BRAND, csat
   * target 80 % good box]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Touchpoint[").append(id);
    if (!name.equals(id.value())) {
      sb.append(" \"").append(name).append('"');
    }
    sb.append(": ").append(kind);
    if (kind == TouchpointKind.COMMUNICATION) {
      sb.append(' ')
          .append(initiator.map(Actor::name).orElse("?"))
          .append("->")
          .append(receiver.map(Actor::name).orElse("?"));
    }
    sb.append(' ')
        .append(channel.name().toLowerCase(java.util.Locale.ROOT))
        .append(", ")
        .append(ownership);
    if (!controllable) {
      sb.append(" (not controllable)");
    }
    if (momentOfTruth) {
      sb.append(", moment of truth");
    }
    if (!mainPath) {
      sb.append(", off main path");
    }
    for (MetricTarget t : measures) {
      sb.append(", ").append(t);
    }
    return sb.append(']').toString();
  }

  /**
   * Builds a {@link Touchpoint}. Values are checked when {@link #build()} runs, and every problem
   * is reported at once.
   */
  public static final class Builder {
    private final String id;
    private String name;
    private TouchpointKind kind = TouchpointKind.ACTION;
    private @Nullable Actor initiator;
    private @Nullable Actor receiver;
    private Channel channel = Channel.OTHER;
    private Ownership ownership = Ownership.BRAND;
    private @Nullable Boolean controllable;
    private @Nullable String owner;
    private Frontstage frontstage = Frontstage.EMPTY;
    private Backstage backstage = Backstage.EMPTY;
    private TouchpointGoals goals = TouchpointGoals.NONE;
    private boolean momentOfTruth;
    private final List<String> failPoints = new ArrayList<>();
    private final Set<ExperienceRealm> realms = EnumSet.noneOf(ExperienceRealm.class);
    private final List<MetricTarget> measures = new ArrayList<>();
    private boolean mainPath = true;
    private final List<Activity> activities = new ArrayList<>();
    private Emotion emotion = Emotion.NONE;
    private final List<ResearchNote> research = new ArrayList<>();
    private TouchpointGoals observed = TouchpointGoals.NONE;
    private Timing timing = Timing.NONE;
    private @Nullable String detail;

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
     * Makes this an {@link TouchpointKind#ACTION ACTION} (the default) with no actor named.
     *
     * @return this builder
     */
    public Builder action() {
      this.kind = TouchpointKind.ACTION;
      this.initiator = null;
      this.receiver = null;
      return this;
    }

    /**
     * Makes this an {@link TouchpointKind#ACTION ACTION} performed by {@code actor}.
     *
     * @param actor who acts
     * @return this builder
     */
    public Builder action(Actor actor) {
      action();
      this.initiator = requireNonNull(actor, "actor");
      return this;
    }

    /**
     * Makes this a {@link TouchpointKind#COMMUNICATION COMMUNICATION} from {@code initiator} to
     * {@code receiver}.
     *
     * @param initiator who sends it
     * @param receiver who receives it; must differ from the initiator
     * @return this builder
     */
    public Builder communication(Actor initiator, Actor receiver) {
      this.kind = TouchpointKind.COMMUNICATION;
      this.initiator = requireNonNull(initiator, "initiator");
      this.receiver = requireNonNull(receiver, "receiver");
      return this;
    }

    /**
     * Sets the kind without changing the actors (for readers that set fields one by one).
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(TouchpointKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets or clears the initiator.
     *
     * @param initiator the initiator, or null for none
     * @return this builder
     */
    public Builder initiator(@Nullable Actor initiator) {
      this.initiator = initiator;
      return this;
    }

    /**
     * Sets or clears the receiver.
     *
     * @param receiver the receiver, or null for none
     * @return this builder
     */
    public Builder receiver(@Nullable Actor receiver) {
      this.receiver = receiver;
      return this;
    }

    /**
     * Sets the channel (default {@link Channel#OTHER}).
     *
     * @param channel the channel
     * @return this builder
     */
    public Builder channel(Channel channel) {
      this.channel = requireNonNull(channel, "channel");
      return this;
    }

    /**
     * Sets the ownership (default {@link Ownership#BRAND}). Unless {@link #controllable(boolean)}
     * is called, a touchpoint is controllable exactly when the brand owns it.
     *
     * @param ownership the ownership
     * @return this builder
     */
    public Builder ownership(Ownership ownership) {
      this.ownership = requireNonNull(ownership, "ownership");
      return this;
    }

    /**
     * Sets whether the organisation can shape this touchpoint, overriding the default derived from
     * its ownership.
     *
     * @param controllable whether it is controllable
     * @return this builder
     */
    public Builder controllable(boolean controllable) {
      this.controllable = controllable;
      return this;
    }

    /**
     * Sets or clears who inside the organisation is responsible for it.
     *
     * @param owner a team or role, or null for none
     * @return this builder
     */
    public Builder owner(@Nullable String owner) {
      this.owner = owner;
      return this;
    }

    /**
     * Sets the frontstage.
     *
     * @param frontstage the frontstage
     * @return this builder
     */
    public Builder frontstage(Frontstage frontstage) {
      this.frontstage = requireNonNull(frontstage, "frontstage");
      return this;
    }

    /**
     * Sets the frontstage from its parts.
     *
     * @param description what the customer does and sees
     * @param evidence the physical evidence
     * @return this builder
     */
    public Builder frontstage(String description, String... evidence) {
      this.frontstage = Frontstage.of(description, evidence);
      return this;
    }

    /**
     * Sets the backstage.
     *
     * @param backstage the backstage
     * @return this builder
     */
    public Builder backstage(Backstage backstage) {
      this.backstage = requireNonNull(backstage, "backstage");
      return this;
    }

    /**
     * Sets the goals.
     *
     * @param goals the goals
     * @return this builder
     */
    public Builder goals(TouchpointGoals goals) {
      this.goals = requireNonNull(goals, "goals");
      return this;
    }

    /**
     * Marks this touchpoint as a moment of truth.
     *
     * @return this builder
     */
    public Builder momentOfTruth() {
      return momentOfTruth(true);
    }

    /**
     * Sets whether this touchpoint is a moment of truth.
     *
     * @param momentOfTruth whether it is
     * @return this builder
     */
    public Builder momentOfTruth(boolean momentOfTruth) {
      this.momentOfTruth = momentOfTruth;
      return this;
    }

    /**
     * Adds a fail point.
     *
     * @param failPoint where it can fail
     * @return this builder
     */
    public Builder failPoint(String failPoint) {
      failPoints.add(requireNonNull(failPoint, "failPoint"));
      return this;
    }

    /**
     * Adds experience realms.
     *
     * @param realms the realms
     * @return this builder
     */
    public Builder realms(ExperienceRealm... realms) {
      for (ExperienceRealm r : requireNonNull(realms, "realms")) {
        this.realms.add(requireNonNull(r, "realms element"));
      }
      return this;
    }

    /**
     * Adds a measure with its target, such as {@code MetricTarget.goodBoxShare("csat", 80)}: the
     * target's unit says which figure of the answers it judges.
     *
     * @param target the target
     * @return this builder
     */
    public Builder measure(MetricTarget target) {
      measures.add(requireNonNull(target, "target"));
      return this;
    }

    /**
     * Takes this touchpoint off the main path: it is reached only through transitions.
     *
     * @return this builder
     */
    public Builder offMainPath() {
      return mainPath(false);
    }

    /**
     * Sets whether this touchpoint is on the main path (default true).
     *
     * @param mainPath whether it is
     * @return this builder
     */
    public Builder mainPath(boolean mainPath) {
      this.mainPath = mainPath;
      return this;
    }

    /**
     * Adds activities, each in its lane of the service blueprint.
     *
     * @param activities the activities
     * @return this builder
     * @since 0.1
     */
    public Builder activity(Activity... activities) {
      for (Activity a : requireNonNull(activities, "activities")) {
        this.activities.add(requireNonNull(a, "activities element"));
      }
      return this;
    }

    /**
     * Adds an activity in a lane.
     *
     * @param lane the lane
     * @param by who does it
     * @param description what is done
     * @return this builder
     * @since 0.1
     */
    public Builder activity(Lane lane, Actor by, String description) {
      requireNonNull(lane, "lane");
      requireNonNull(by, "by");
      requireNonNull(description, "description");
      return activity(Activity.of(lane, description).by(by));
    }

    /**
     * Sets the touchpoint's point on the experience curve.
     *
     * @param emotion intended and measured values on the journey's emotion scale
     * @return this builder
     * @since 0.1
     */
    public Builder emotion(Emotion emotion) {
      this.emotion = requireNonNull(emotion, "emotion");
      return this;
    }

    /**
     * Adds research notes: pains, gains, needs, observations, quotes.
     *
     * @param notes the notes
     * @return this builder
     * @since 0.1
     */
    public Builder research(ResearchNote... notes) {
      for (ResearchNote n : requireNonNull(notes, "notes")) {
        research.add(requireNonNull(n, "notes element"));
      }
      return this;
    }

    /**
     * Sets what customers were seen to do, think and feel here (the observed view, beside the
     * designed goals).
     *
     * @param observed the observed view
     * @return this builder
     * @since 0.1
     */
    public Builder observed(TouchpointGoals observed) {
      this.observed = requireNonNull(observed, "observed");
      return this;
    }

    /**
     * Sets the time standard, tolerance and wait.
     *
     * @param timing the timing
     * @return this builder
     * @since 0.1
     */
    public Builder timing(Timing timing) {
      this.timing = requireNonNull(timing, "timing");
      return this;
    }

    /**
     * Sets or clears the finer journey this touchpoint opens when zoomed into; the model checks
     * that it exists and that zooming never comes back to where it started.
     *
     * @param journey the finer journey's id slug, or null for none
     * @return this builder
     * @since 0.1
     */
    public Builder detail(@Nullable String journey) {
      this.detail = journey;
      return this;
    }

    /**
     * Builds the touchpoint, reporting every problem at once.
     *
     * @return the touchpoint
     * @throws ModelValidationException if anything can never be right; paths are relative to the
     *     touchpoint
     */
    public Touchpoint build() {
      Problems problems = new Problems();
      TouchpointId tid = problems.collect(ModelPath.root().field("id"), () -> TouchpointId.of(id));
      Optional<Actor> from = Optional.ofNullable(initiator);
      Optional<Actor> to = Optional.ofNullable(receiver);
      Optional<String> ownerText = Optional.ofNullable(owner);
      String d = detail;
      JourneyId detailId =
          d == null
              ? null
              : problems.collect(ModelPath.root().field("detail"), () -> JourneyId.of(d));
      if (tid == null || (d != null && detailId == null)) {
        // No touchpoint can be constructed: report everything else the constructor would find.
        check(name, kind, from, to, ownerText, failPoints, measures, problems);
        problems.throwIfAny("touchpoint '" + id + "'");
      }
      return new Touchpoint(
          requireNonNull(tid),
          name,
          kind,
          from,
          to,
          channel,
          ownership,
          controllable != null ? controllable : ownership == Ownership.BRAND,
          ownerText,
          frontstage,
          backstage,
          goals,
          momentOfTruth,
          ImmutableList.copyOf(failPoints),
          ImmutableSet.copyOf(realms),
          ImmutableList.copyOf(measures),
          mainPath,
          ImmutableList.copyOf(activities),
          emotion,
          ImmutableList.copyOf(research),
          observed,
          timing,
          Optional.ofNullable(detailId));
    }
  }
}
