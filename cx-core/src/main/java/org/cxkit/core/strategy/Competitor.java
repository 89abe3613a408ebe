package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.cxkit.core.internal.Args;

/**
 * A competitor in the {@link MarketAnalysis}, with its strengths and weaknesses.
 *
 * <pre>{@code
 * Competitor.of("Tech meetup").withStrengths("Big speakers").withWeaknesses("Crowded", "No food");
 * }</pre>
 *
 * @param name the competitor's name
 * @param strengths its strengths
 * @param weaknesses its weaknesses
 */
public record Competitor(
    String name, ImmutableList<String> strengths, ImmutableList<String> weaknesses) {
  /**
   * Validates and copies the components.
   *
   * @param name the competitor's name
   * @param strengths its strengths
   * @param weaknesses its weaknesses
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Competitor {
    Args.text(name, "name");
    strengths = Args.texts(strengths, "strengths");
    weaknesses = Args.texts(weaknesses, "weaknesses");
  }

  /**
   * Returns a competitor with no strengths or weaknesses recorded.
   *
   * @param name the name
   * @return the competitor
   */
  public static Competitor of(String name) {
    return new Competitor(name, ImmutableList.of(), ImmutableList.of());
  }

  /**
   * Returns this competitor with these strengths.
   *
   * @param newStrengths the strengths
   * @return the changed competitor
   */
  public Competitor withStrengths(String... newStrengths) {
    return new Competitor(
        name,
        Args.list(Arrays.asList(requireNonNull(newStrengths, "newStrengths")), "newStrengths"),
        weaknesses);
  }

  /**
   * Returns this competitor with these weaknesses.
   *
   * @param newWeaknesses the weaknesses
   * @return the changed competitor
   */
  public Competitor withWeaknesses(String... newWeaknesses) {
    return new Competitor(
        name,
        strengths,
        Args.list(Arrays.asList(requireNonNull(newWeaknesses, "newWeaknesses")), "newWeaknesses"));
  }

  @Override
  public String toString() {
    return "Competitor[" + name + ": +" + strengths + " -" + weaknesses + "]";
  }
}
