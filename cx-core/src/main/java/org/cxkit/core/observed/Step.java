package org.cxkit.core.observed;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;
import org.jspecify.annotations.Nullable;

/**
 * Where an observed {@link JourneyEvent} happened: a designed touchpoint, by its id, or an ad hoc
 * step the design does not have, by a free-text label (CJML's <em>ad hoc</em> touchpoint: the
 * customer asked a friend, called a number found on a forum).
 *
 * <pre>{@code
 * Step.of(TouchpointId.of("book-table"));   // designed
 * Step.adHoc("asked on a forum");           // not in the design
 * }</pre>
 *
 * <p>A designed step and an ad hoc step are never equal, even when the label reads like the id.
 * Instances are immutable and compare by value.
 *
 * @since 0.1
 */
public final class Step implements Comparable<Step> {
  private final @Nullable TouchpointId touchpoint;
  private final String label;

  private Step(@Nullable TouchpointId touchpoint, String label) {
    this.touchpoint = touchpoint;
    this.label = label;
  }

  /**
   * Returns the step of a designed touchpoint.
   *
   * @param touchpoint the touchpoint's id
   * @return the step
   * @since 0.1
   */
  public static Step of(TouchpointId touchpoint) {
    requireNonNull(touchpoint, "touchpoint");
    return new Step(touchpoint, touchpoint.value());
  }

  /**
   * Returns an ad hoc step: something the customer did that the design has no touchpoint for.
   *
   * @param label what happened, in a few words; not blank
   * @return the step
   * @throws IllegalArgumentException if the label is blank
   * @since 0.1
   */
  public static Step adHoc(String label) {
    Args.text(label, "label");
    return new Step(null, label);
  }

  /**
   * Returns the designed touchpoint.
   *
   * @return the touchpoint's id, or empty for an ad hoc step
   * @since 0.1
   */
  public Optional<TouchpointId> touchpoint() {
    return Optional.ofNullable(touchpoint);
  }

  /**
   * Returns whether the design has no touchpoint for this step.
   *
   * @return true for an ad hoc step
   * @since 0.1
   */
  public boolean isAdHoc() {
    return touchpoint == null;
  }

  /**
   * Returns the step's name: the touchpoint id's slug, or the ad hoc label.
   *
   * @return the name
   * @since 0.1
   */
  public String label() {
    return label;
  }

  /**
   * Orders designed steps before ad hoc ones, each by its name (Unicode code units): the order
   * results list steps in.
   *
   * @param other the other step
   * @return a negative number, zero or a positive number as this step comes first, is equal or
   *     comes after
   */
  @Override
  public int compareTo(Step other) {
    int kind = Boolean.compare(isAdHoc(), other.isAdHoc());
    return kind != 0 ? kind : label.compareTo(other.label);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Step s && isAdHoc() == s.isAdHoc() && label.equals(s.label);
  }

  @Override
  public int hashCode() {
    return label.hashCode() * 31 + (isAdHoc() ? 1 : 0);
  }

  /**
   * Returns the touchpoint's slug, or the ad hoc label in quotes after a tilde: {@code ~"forum"}.
   */
  @Override
  public String toString() {
    return isAdHoc() ? "~\"" + label + "\"" : label;
  }
}
