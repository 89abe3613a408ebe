package org.cxkit.metrics;

import org.cxkit.core.CxException;

/** No calculator is registered for an id; the message lists the ids that are. */
public final class UnknownMetricException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which id was asked for and which are known
   */
  public UnknownMetricException(String message) {
    super(message);
  }
}
