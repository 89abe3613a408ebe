package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.cxkit.core.TouchpointId;

/**
 * The "string of pearls" figure of one touchpoint (one broken pearl breaks the string): how often a
 * respondent's lowest experience falls at this touchpoint, against how often it would by chance. It
 * reads the answers respondent by respondent, so it is a separate figure from the touchpoint's
 * score and its target; a touchpoint can be met on average and still be where many respondents had
 * their worst moment.
 *
 * <p>Each respondent who answered at two or more touchpoints counts once: their answers are put on
 * 0..1 (0 the worst point of each scale), the touchpoints holding their lowest value share one
 * respondent equally ({@link #lowest()}), and each touchpoint they answered would hold it with
 * chance {@code 1/k} for {@code k} touchpoints answered ({@link #expected()}). {@link
 * #normalised()} is their ratio, so a touchpoint asked of more respondents, or in a stage with more
 * touchpoints, does not win by its size: 1 is as often as chance, 2 twice as often.
 *
 * @param touchpoint the touchpoint
 * @param lowest respondents whose lowest experience fell here (ties shared equally)
 * @param expected how many would by chance (positive)
 * @param share {@code lowest} as a share of the respondents compared, 0..1
 * @since 0.1
 */
public record LowestExperience(
    TouchpointId touchpoint, double lowest, double expected, double share) {
  /**
   * Validates the components.
   *
   * @param touchpoint the touchpoint
   * @param lowest respondents whose lowest experience fell here
   * @param expected how many would by chance
   * @param share {@code lowest} as a share of the respondents compared
   * @throws NullPointerException if the touchpoint is null
   * @throws IllegalArgumentException if a figure is not finite, negative, {@code expected} is 0 or
   *     the share is above 1
   */
  public LowestExperience {
    requireNonNull(touchpoint, "touchpoint");
    checkArgument(Double.isFinite(lowest) && lowest >= 0, "lowest must be finite, 0 or more");
    checkArgument(Double.isFinite(expected) && expected > 0, "expected must be positive");
    checkArgument(share >= 0 && share <= 1, "share must be within 0..1");
  }

  /**
   * Returns how often the lowest experience fell here relative to chance.
   *
   * @return {@code lowest / expected}
   */
  public double normalised() {
    return lowest / expected;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s lowest for %.1f respondents (%.1f %%), %.2f× chance",
        touchpoint,
        lowest,
        100 * share,
        normalised());
  }
}
