package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.internal.Args;

/**
 * The experience the organisation means to create, stated from four perspectives (see {@link
 * IntentPerspective}): it supports the customer's self-image, surprises, is remembered, and makes
 * them want more.
 *
 * <pre>{@code
 * ExperienceIntent.NONE
 *     .with(IntentPerspective.SURPRISES, "The speaker serves the waffles")
 *     .with(IntentPerspective.MAKES_THEM_WANT_MORE, "Next month's topic is revealed at the end");
 * }</pre>
 *
 * @param statements one statement per perspective that has been written
 */
public record ExperienceIntent(ImmutableSortedMap<IntentPerspective, String> statements) {
  /** No intent stated. */
  public static final ExperienceIntent NONE = new ExperienceIntent(ImmutableSortedMap.of());

  /**
   * Validates and copies the statements.
   *
   * @param statements one statement per perspective that has been written
   * @throws NullPointerException if a key or value is null
   * @throws IllegalArgumentException if a statement is blank
   */
  public ExperienceIntent {
    requireNonNull(statements, "statements");
    for (Map.Entry<IntentPerspective, String> e : statements.entrySet()) {
      requireNonNull(e.getKey(), "statements key");
      Args.text(e.getValue(), "statements[" + e.getKey() + "]");
    }
    statements = ImmutableSortedMap.copyOf(statements);
  }

  /**
   * Returns this intent with a statement for a perspective (replacing an earlier one).
   *
   * @param perspective the perspective
   * @param statement what the experience does from it
   * @return the changed intent
   */
  public ExperienceIntent with(IntentPerspective perspective, String statement) {
    requireNonNull(perspective, "perspective");
    Map<IntentPerspective, String> m = Maps.newEnumMap(IntentPerspective.class);
    m.putAll(statements);
    m.put(perspective, Args.text(statement, "statement"));
    return new ExperienceIntent(ImmutableSortedMap.copyOf(m));
  }

  /**
   * Returns the statement for a perspective.
   *
   * @param perspective the perspective
   * @return the statement, or empty if not written
   */
  public Optional<String> statement(IntentPerspective perspective) {
    return Optional.ofNullable(statements.get(requireNonNull(perspective, "perspective")));
  }

  /**
   * Returns whether all four perspectives are stated.
   *
   * @return true if every perspective has a statement
   */
  public boolean isComplete() {
    return statements.size() == IntentPerspective.values().length;
  }

  @Override
  public String toString() {
    return "ExperienceIntent" + statements;
  }
}
