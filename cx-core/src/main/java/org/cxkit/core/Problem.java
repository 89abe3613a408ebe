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
 * <p>A problem has two wordings. {@link #message()} is for developers and may quote the offending
 * value ({@code duplicate stage id 'pay'}). {@link #redactedMessage()} says the same without any
 * value taken from the model ({@code duplicate stage id '…'}): ids, names and free text may be
 * personal data, so a service that reports problems to a client or into a log uses this one
 * (cx-json does). Both name what was expected; {@link #path()} says where.
 *
 * @param path where in the model the problem is
 * @param message what is wrong and what was expected, possibly quoting the offending value
 * @param redactedMessage the same without any value taken from the model
 */
public record Problem(ModelPath path, String message, String redactedMessage) {
  /** What {@link #of} puts in the redacted message in place of a value from the model: {@value}. */
  public static final String WITHHELD = "…";

  /**
   * Validates the components.
   *
   * @param path where in the model the problem is
   * @param message what is wrong and what was expected, possibly quoting the offending value
   * @param redactedMessage the same without any value taken from the model
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a message is blank
   */
  public Problem {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
    requireNonNull(redactedMessage, "redactedMessage");
    Preconditions.checkArgument(!message.isBlank(), "message must not be blank");
    Preconditions.checkArgument(!redactedMessage.isBlank(), "redactedMessage must not be blank");
  }

  /**
   * Creates a problem whose message quotes no value from the model (so it is its own redacted
   * form), such as {@code "must not be blank"}.
   *
   * @param path where in the model the problem is
   * @param message what is wrong and what was expected, quoting no value from the model
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the message is blank
   */
  public Problem(ModelPath path, String message) {
    this(path, message, message);
  }

  /**
   * Creates a problem from a {@link String#format} template: the message shows the arguments, the
   * redacted message shows numbers, booleans and enum constants (structure, not content) and {@link
   * #WITHHELD} for every other argument (ids, names, text).
   *
   * <pre>{@code
   * Problem p = Problem.of(path, "duplicate stage id '%s' (also stages[%s])", stageId, 2);
   * p.message();          // duplicate stage id 'pay' (also stages[2])
   * p.redactedMessage();  // duplicate stage id '…' (also stages[2])
   * }</pre>
   *
   * @param path where in the model the problem is
   * @param template the message template, in {@link java.util.Locale#ROOT}
   * @param args the arguments
   * @return the problem
   * @throws NullPointerException if the path, template or argument array is null
   */
  public static Problem of(
      ModelPath path, String template, @org.jspecify.annotations.Nullable Object... args) {
    requireNonNull(path, "path");
    requireNonNull(template, "template");
    requireNonNull(args, "args");
    @org.jspecify.annotations.Nullable Object[] shown = args.clone();
    @org.jspecify.annotations.Nullable Object[] hidden = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      hidden[i] =
          a instanceof Number || a instanceof Boolean || a instanceof Enum<?> ? a : WITHHELD;
    }
    return new Problem(
        path,
        String.format(java.util.Locale.ROOT, template, shown),
        String.format(java.util.Locale.ROOT, template, hidden));
  }

  /**
   * Turns a constructor's rejection into a problem. The message is the exception's; the redacted
   * message is {@link InvalidIdException#redactedMessage()} for a malformed id, and otherwise the
   * exception's message with every {@code '…'}-quoted span (the way cxkit quotes values) replaced
   * by {@link #WITHHELD}.
   *
   * @param path where in the model the problem is
   * @param e the rejection
   * @return the problem
   * @throws NullPointerException if an argument is null
   */
  public static Problem of(ModelPath path, IllegalArgumentException e) {
    requireNonNull(e, "e");
    String message =
        e.getMessage() == null || e.getMessage().isBlank() ? "is not valid" : e.getMessage();
    if (e instanceof InvalidIdException id) {
      return new Problem(path, message, id.redactedMessage());
    }
    return new Problem(path, message, withoutQuoted(message));
  }

  private static String withoutQuoted(String message) {
    StringBuilder sb = new StringBuilder(message.length());
    int i = 0;
    while (i < message.length()) {
      int open = message.indexOf('\'', i);
      if (open < 0) {
        sb.append(message, i, message.length());
        break;
      }
      int close = message.indexOf('\'', open + 1);
      if (close < 0) {
        sb.append(message, i, open).append('\'').append(WITHHELD); // unbalanced: withhold the rest
        break;
      }
      sb.append(message, i, open + 1).append(WITHHELD).append('\'');
      i = close + 1;
    }
    return sb.toString();
  }

  /**
   * Returns this problem as seen from a parent: {@code prefix} is put in front of the path.
   *
   * @param prefix the path of the element this problem was found in
   * @return a problem with the longer path
   */
  public Problem under(ModelPath prefix) {
    return new Problem(prefix.resolve(path), message, redactedMessage);
  }

  @Override
  public String toString() {
    return path.isRoot() ? message : path + ": " + message;
  }
}
