package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.internal.Args;

/**
 * Something learned about the market or the customers, with the method it was learned by.
 *
 * <pre>{@code
 * Insight.of("Freelancers skip evening events", InsightMethod.QUALITATIVE).withSource("12 interviews, 2026");
 * }</pre>
 *
 * @param statement what was learned
 * @param method qualitative or quantitative
 * @param source where it comes from, if recorded
 */
public record Insight(String statement, InsightMethod method, Optional<String> source) {
  /**
   * Validates the components.
   *
   * @param statement what was learned
   * @param method qualitative or quantitative
   * @param source where it comes from, if recorded
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Insight {
    Args.text(statement, "statement");
    requireNonNull(method, "method");
    Args.optionalText(source, "source");
  }

  /**
   * Returns an insight without a source.
   *
   * @param statement what was learned
   * @param method how
   * @return the insight
   */
  public static Insight of(String statement, InsightMethod method) {
    return new Insight(statement, method, Optional.empty());
  }

  /**
   * Returns this insight with a source.
   *
   * @param newSource where it comes from
   * @return the changed insight
   */
  public Insight withSource(String newSource) {
    return new Insight(statement, method, Optional.of(requireNonNull(newSource, "newSource")));
  }

  @Override
  public String toString() {
    return "Insight[" + method + ": " + statement + "]";
  }
}
