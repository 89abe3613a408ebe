package org.cxkit.json;

import org.cxkit.core.CxException;

/**
 * Thrown when JSON or CSV input cannot be read into cxkit's types, or a value cannot be written.
 * Its message says where (a JSON Pointer, or a CSV row and column) and what was expected, but
 * never repeats raw input content: survey text is personal data.
 */
public class CxJsonException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message where and what was expected
   */
  public CxJsonException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and a cause.
   *
   * @param message where and what was expected
   * @param cause the underlying failure
   */
  public CxJsonException(String message, Throwable cause) {
    super(message, cause);
  }
}
