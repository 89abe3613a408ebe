package org.cxkit.json;

/**
 * A failure inside a {@link JsonSource}, carried to the reader that knows the JSON Pointer. Has no
 * stack trace: it is control flow, never seen by callers.
 */
final class SourceFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final transient CxJsonException.Details details;

  SourceFailure(CxJsonException.Details details) {
    super(details.message, null, false, false);
    this.details = details;
  }
}
