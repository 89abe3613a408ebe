package org.cxkit.core;

import static java.util.Objects.requireNonNull;

/**
 * The root of cxkit's own unchecked exceptions: every domain failure raised by cxkit (an invalid
 * model, an unknown metric, unreadable JSON) is a {@code CxException}, so a host can catch the
 * whole family in one place. Precondition failures on arguments still use the JDK's exceptions
 * ({@link NullPointerException}, {@link IllegalArgumentException}).
 */
public class CxException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and what was expected
   */
  public CxException(String message) {
    super(requireNonNull(message, "message"));
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message what went wrong and what was expected
   * @param cause the underlying failure
   */
  public CxException(String message, Throwable cause) {
    super(requireNonNull(message, "message"), requireNonNull(cause, "cause"));
  }
}
