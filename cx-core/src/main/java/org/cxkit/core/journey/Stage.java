package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.Ids;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * A stage of a journey, such as <i>discover</i> or <i>sign up</i>, in one {@link Phase}, holding
 * its touchpoints in order.
 *
 * <pre>{@code
 * Stage discover = Stage.builder("discover", Phase.BEFORE)
 *     .name("Discover the event")
 *     .touchpoint(Touchpoint.builder("hear-about").channel(Channel.SOCIAL_MEDIA).ownership(Ownership.SOCIAL))
 *     .touchpoint(Touchpoint.builder("event-page").channel(Channel.WEB))
 *     .build();
 * }</pre>
 *
 * @param id the stage's id, unique within its journey
 * @param name a human-readable name
 * @param phase before, during or after the service
 * @param touchpoints the touchpoints in order; ids unique
 */
public record Stage(StageId id, String name, Phase phase, ImmutableList<Touchpoint> touchpoints) {
  /**
   * Validates and copies the components.
   *
   * @param id the stage's id, unique within its journey
   * @param name a human-readable name
   * @param phase before, during or after the service
   * @param touchpoints the touchpoints in order; ids unique
   * @throws NullPointerException if an argument or element is null
   * @throws ModelValidationException if the name is blank or touchpoint ids repeat
   */
  public Stage {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(phase, "phase");
    touchpoints = Args.list(touchpoints, "touchpoints");
    Problems problems = new Problems();
    List<@Nullable TouchpointId> ids = new ArrayList<>();
    touchpoints.forEach(t -> ids.add(t.id()));
    check(name, ids, problems);
    problems.throwIfAny("stage '" + id + "'");
  }

  /**
   * Checks the name and that ids do not repeat; a null id (a touchpoint that failed) is skipped.
   */
  private static void check(
      String name, List<@Nullable TouchpointId> touchpoints, Problems problems) {
    if (name.isBlank()) {
      problems.add(ModelPath.root().field("name"), "must not be blank");
    }
    Map<TouchpointId, Integer> first = new HashMap<>();
    for (int i = 0; i < touchpoints.size(); i++) {
      TouchpointId tid = touchpoints.get(i);
      if (tid == null) {
        continue;
      }
      Integer before = first.putIfAbsent(tid, i);
      if (before != null) {
        problems.add(
            ModelPath.root().element("touchpoints", i, tid.value()).field("id"),
            "duplicate touchpoint id '%s' (also touchpoints[%s]); ids are unique within a journey",
            tid,
            before);
      }
    }
  }

  /**
   * Returns a builder for a stage. The name defaults to the id.
   *
   * @param id the id slug; checked when {@link Builder#build()} runs
   * @param phase the phase
   * @return a builder
   */
  public static Builder builder(String id, Phase phase) {
    return new Builder(requireNonNull(id, "id"), requireNonNull(phase, "phase"));
  }

  /**
   * Returns a builder holding this stage's values.
   *
   * @return a builder that builds an equal stage until changed
   */
  public Builder toBuilder() {
    Builder b = new Builder(id.value(), phase).name(name);
    touchpoints.forEach(b::touchpoint);
    return b;
  }

  /**
   * Returns the touchpoint with this id, if the stage has it.
   *
   * @param touchpoint the id
   * @return the touchpoint, or empty
   */
  public Optional<Touchpoint> touchpoint(TouchpointId touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return touchpoints.stream().filter(t -> t.id().equals(touchpoint)).findFirst();
  }

  /** Returns a one-line summary such as {@code Stage[discover (BEFORE): 2 touchpoints]}. */
  @Override
  public String toString() {
    return "Stage["
        + id
        + (name.equals(id.value()) ? "" : " \"" + name + "\"")
        + " ("
        + phase
        + "): "
        + touchpoints.size()
        + (touchpoints.size() == 1 ? " touchpoint]" : " touchpoints]");
  }

  /** Builds a {@link Stage}; every problem, its touchpoints' included, is reported at once. */
  public static final class Builder {
    private final String id;
    private final Phase phase;
    private String name;
    private final List<Object> touchpoints = new ArrayList<>();

    private Builder(String id, Phase phase) {
      this.id = id;
      this.phase = phase;
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

    /** The phase this builder was created with, for the journey's checks. */
    Phase phase() {
      return phase;
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
     * Adds a touchpoint.
     *
     * @param touchpoint the touchpoint
     * @return this builder
     */
    public Builder touchpoint(Touchpoint touchpoint) {
      touchpoints.add(requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /**
     * Adds a touchpoint that is built, and checked, with this stage. The builder is read when
     * {@link #build()} runs.
     *
     * @param touchpoint the touchpoint's builder
     * @return this builder
     */
    public Builder touchpoint(Touchpoint.Builder touchpoint) {
      touchpoints.add(requireNonNull(touchpoint, "touchpoint"));
      return this;
    }

    /**
     * Builds the stage, reporting every problem at once.
     *
     * @return the stage
     * @throws ModelValidationException if anything can never be right; paths are relative to the
     *     stage
     */
    public Stage build() {
      Problems problems = new Problems();
      ModelPath root = ModelPath.root();
      StageId sid = problems.collect(root.field("id"), () -> StageId.of(id));
      List<Touchpoint> built = new ArrayList<>();
      // Ids of every touchpoint, also of those that failed for another reason, so that duplicates
      // are reported together with the other problems.
      List<@Nullable TouchpointId> ids = new ArrayList<>();
      for (int i = 0; i < touchpoints.size(); i++) {
        Object t = touchpoints.get(i);
        if (t instanceof Touchpoint tp) {
          built.add(tp);
          ids.add(tp.id());
        } else {
          Touchpoint.Builder tb = (Touchpoint.Builder) t;
          String key = Ids.isValid(tb.id()) ? tb.id() : null;
          Touchpoint tp = problems.collect(root.element("touchpoints", i, key), tb::build);
          if (tp != null) {
            built.add(tp);
            ids.add(tp.id());
          } else {
            ids.add(key == null ? null : TouchpointId.of(key));
          }
        }
      }
      if (problems.isEmpty()) {
        // Nothing failed here: the constructor runs the same check (name, duplicate ids) and throws
        // the same exception, so it is not run twice.
        return new Stage(requireNonNull(sid), name, phase, ImmutableList.copyOf(built));
      }
      check(name, ids, problems);
      problems.throwIfAny("stage '" + id + "'");
      throw new AssertionError("unreachable: problems were reported");
    }
  }
}
