package org.cxkit.core.blueprint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A touchpoint's point on the experience curve: how the customer should feel there (intended, by
 * design) and how they did feel (measured, in research or surveys), each on the journey's {@link
 * EmotionScale}. A current-state and a future-state version of a journey each carry their own.
 *
 * <pre>{@code
 * Emotion.intended(2).withMeasured(-1);
 * }</pre>
 *
 * @param intended the designed value, if stated
 * @param measured the measured value, if known
 * @since 0.1
 */
public record Emotion(Optional<Double> intended, Optional<Double> measured) {
  /** No point on the curve. */
  public static final Emotion NONE = new Emotion(Optional.empty(), Optional.empty());

  /**
   * Validates the components.
   *
   * @param intended the designed value, if stated
   * @param measured the measured value, if known
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a value is not finite
   * @since 0.1
   */
  public Emotion {
    requireNonNull(intended, "intended");
    requireNonNull(measured, "measured");
    intended.ifPresent(v -> checkArgument(Double.isFinite(v), "intended must be finite"));
    measured.ifPresent(v -> checkArgument(Double.isFinite(v), "measured must be finite"));
  }

  /**
   * Returns an intended value only.
   *
   * @param value the designed value
   * @return the emotion
   * @since 0.1
   */
  public static Emotion intended(double value) {
    return new Emotion(Optional.of(value), Optional.empty());
  }

  /**
   * Returns a measured value only.
   *
   * @param value the measured value
   * @return the emotion
   * @since 0.1
   */
  public static Emotion measured(double value) {
    return new Emotion(Optional.empty(), Optional.of(value));
  }

  /**
   * Returns this emotion with a measured value.
   *
   * @param value the measured value
   * @return the changed emotion
   * @since 0.1
   */
  public Emotion withMeasured(double value) {
    return new Emotion(intended, Optional.of(value));
  }

  /**
   * Returns whether no value is stated.
   *
   * @return true if neither value is present
   * @since 0.1
   */
  public boolean isEmpty() {
    return intended.isEmpty() && measured.isEmpty();
  }

  @Override
  public String toString() {
    return "Emotion[intended="
        + intended.map(String::valueOf).orElse("-")
        + ", measured="
        + measured.map(String::valueOf).orElse("-")
        + "]";
  }
}
