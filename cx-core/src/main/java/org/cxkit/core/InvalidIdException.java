package org.cxkit.core;

/**
 * Thrown when a string is not a well-formed id ({@link Ids}): an {@code IllegalArgumentException}
 * whose {@link #getMessage()} quotes the value for developers and whose {@link #redactedMessage()}
 * says the same without it (see {@link Problem#redactedMessage()}).
 *
 * @since 0.1
 */
public final class InvalidIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The message without the value. */
  private final String redactedMessage;

  InvalidIdException(String message, String redactedMessage) {
    super(message);
    this.redactedMessage = redactedMessage;
  }

  /**
   * Returns the message without the offending value: which kind of id, and what was expected.
   *
   * @return the redacted message
   */
  public String redactedMessage() {
    return redactedMessage;
  }
}
