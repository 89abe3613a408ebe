package org.cxkit.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.cxkit.core.ModelPath;

/**
 * Something legal but unwise that {@link ModelCheck} found: which rule, where, and what exactly.
 *
 * <pre>{@code
 * Finding[MEDIUM CX403 journeys[first-visit].stages[attend].touchpoints[talk]: touchpoint 'talk' is controllable but has no measure]
 * }</pre>
 *
 * @param rule the rule that found it
 * @param path where in the model
 * @param message what exactly, in one line
 */
public record Finding(Rule rule, ModelPath path, String message) {
  /**
   * Validates the components.
   *
   * @param rule the rule that found it
   * @param path where in the model
   * @param message what exactly, in one line
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Finding {
    requireNonNull(rule, "rule");
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    checkArgument(!message.isBlank(), "message must not be blank");
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the code, such as {@code CX301}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the rule's severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns what to do about it.
   *
   * @return the rule's advice
   */
  public String advice() {
    return rule.advice();
  }

  @Override
  public String toString() {
    return "Finding[" + rule.severity() + " " + rule.code() + " " + path + ": " + message + "]";
  }
}
