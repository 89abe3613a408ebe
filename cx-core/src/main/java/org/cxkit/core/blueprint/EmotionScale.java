package org.cxkit.core.blueprint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The range an experience curve is drawn on, as a journey map states it: from {@code min} (the
 * worst feeling) to {@code max} (the best), such as -3 to +3 or 1 to 5. Emotion values of a
 * journey's touchpoints lie in it.
 *
 * <pre>{@code
 * EmotionScale scale = EmotionScale.of(-2, 2);
 * scale.derive(notes);   // the balance of weighted gains and pains, on this scale
 * }</pre>
 *
 * @param min the worst value
 * @param max the best value
 * @since 0.1
 */
public record EmotionScale(double min, double max) {
  /**
   * Validates the range.
   *
   * @param min the worst value
   * @param max the best value
   * @throws IllegalArgumentException if a bound is not finite or {@code min >= max}
   * @since 0.1
   */
  public EmotionScale {
    checkArgument(
        Double.isFinite(min) && Double.isFinite(max), "an emotion scale's bounds must be finite");
    checkArgument(min < max, "an emotion scale's min must be below its max, got %s..%s", min, max);
  }

  /**
   * Returns a scale.
   *
   * @param min the worst value
   * @param max the best value
   * @return the scale
   * @since 0.1
   */
  public static EmotionScale of(double min, double max) {
    return new EmotionScale(min, max);
  }

  /**
   * Returns whether a value lies on this scale, bounds included.
   *
   * @param value a value
   * @return true if {@code min <= value <= max}
   * @since 0.1
   */
  public boolean contains(double value) {
    return value >= min && value <= max;
  }

  /**
   * Returns the middle of the scale (a neutral feeling).
   *
   * @return {@code (min + max) / 2}
   * @since 0.1
   */
  public double neutral() {
    return min + (max - min) / 2;
  }

  /**
   * Derives a point of the curve from research: the balance {@code (G - P) / (G + P)} of the summed
   * weights of {@linkplain NoteKind#GAIN gains} {@code G} and {@linkplain NoteKind#PAIN pains}
   * {@code P}, from -1 (only pains) to +1 (only gains), placed linearly on this scale (-1 at {@code
   * min}, 0 at the {@linkplain #neutral() neutral} middle, +1 at {@code max}). Needs, observations
   * and quotes do not count. This is cxkit's own rule, in the spirit of tools that draw a step's
   * mood from its pains and gains; a measured curve comes from survey data instead.
   *
   * @param notes the research notes of one touchpoint
   * @return the derived value, or empty when there is neither a pain nor a gain
   * @since 0.1
   */
  public Optional<Double> derive(List<ResearchNote> notes) {
    requireNonNull(notes, "notes");
    double gains = 0;
    double pains = 0;
    for (ResearchNote n : notes) {
      if (n.kind() == NoteKind.GAIN) {
        gains += n.weight();
      } else if (n.kind() == NoteKind.PAIN) {
        pains += n.weight();
      }
    }
    if (gains + pains == 0) {
      return Optional.empty();
    }
    double balance = (gains - pains) / (gains + pains);
    return Optional.of(neutral() + balance * (max - min) / 2);
  }

  @Override
  public String toString() {
    return "EmotionScale[" + min + ".." + max + "]";
  }
}
