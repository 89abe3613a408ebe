package org.cxkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;

/**
 * One reason a model was rejected: where it is and what is wrong.
 *
 * <pre>{@code
 * Problem[journeys[onboarding].stages[discover].touchpoints[sign-up].receiver: a COMMUNICATION touchpoint needs a receiver]
 * }</pre>
 *
 * @param path where in the model the problem is
 * @param message what is wrong and what was expected
 */
public record Problem(ModelPath path, String message) {
  /**
   * Validates the components.
   *
   * @param path where in the model the problem is
   * @param message what is wrong and what was expected
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    Preconditions.checkArgument(!message.isBlank(), "message must not be blank");
  }

  /**
   * Returns this problem as seen from a parent: {@code prefix} is put in front of the path.
   *
   * @param prefix the path of the element this problem was found in
   * @return a problem with the longer path
   */
  public Problem under(ModelPath prefix) {
    return new Problem(prefix.resolve(path), message);
  }

  @Override
  public String toString() {
    return path.isRoot() ? message : path + ": " + message;
  }
}
