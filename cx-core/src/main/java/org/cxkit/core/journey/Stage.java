package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Dupes;
import org.cxkit.core.internal.Part;
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
    check(name, Lists.transform(touchpoints, Touchpoint::id), problems);
    problems.throwIfAny("stage '" + id + "'");
  }

  /**
   * The rules of a stage, in one place: the name is not blank and no touchpoint id repeats. The
   * constructor runs them, and so does the builder when a touchpoint or the id failed (then {@code
   * touchpointIds} holds the ids as written, null where malformed), so that duplicates are reported
   * together with the other problems.
   */
  private static void check(
      String name, List<? extends @Nullable Object> touchpointIds, Problems problems) {
    if (name.isBlank()) {
      problems.add(ModelPath.root().field("name"), "must not be blank");
    }
    Dupes.check(
        touchpointIds,
        ModelPath.root(),
        "touchpoints",
        "touchpoint",
        "; ids are unique within a journey",
        problems);
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
    private final List<Part<Touchpoint>> touchpoints = new ArrayList<>();

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
      touchpoints.add(Part.of(requireNonNull(touchpoint, "touchpoint"), touchpoint.id().value()));
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
      touchpoints.add(
          Part.building(requireNonNull(touchpoint, "touchpoint").id(), touchpoint::build));
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
      ImmutableList<Touchpoint> built =
          Part.allBuilt(Part.buildAll(touchpoints, root, "touchpoints", problems));
      if (sid != null && built != null) {
        return new Stage(sid, name, phase, built);
      }
      // Something failed, so no stage can be constructed: check the rest with the ids as written.
      check(name, Part.keys(touchpoints), problems);
      throw problems.exception("stage '" + id + "'");
    }
  }
}
