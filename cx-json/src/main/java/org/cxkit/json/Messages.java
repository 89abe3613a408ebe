package org.cxkit.json;

import org.cxkit.core.Ids;

/**
 * Content-free wording for problems with input values: error messages say where a value is and what
 * was expected, never what it was (survey text and ids may be personal data).
 */
final class Messages {
  private Messages() {}

  /** What an id must look like. */
  static String slugExpectation() {
    return "a slug of 1 to "
        + Ids.MAX_LENGTH
        + " lower-case letters and digits joined by single '-', '_' or '.'"
        + " (pattern "
        + Ids.PATTERN
        + "), such as 'sign-up'";
  }

  /** Describes a string by its form only: empty, blank, too long, non-ASCII, or malformed. */
  static String describeWithoutContent(String text) {
    if (text.isEmpty()) {
      return "an empty string";
    }
    if (text.isBlank()) {
      return "a blank string";
    }
    if (text.length() > Ids.MAX_LENGTH) {
      return "a string of " + text.length() + " characters";
    }
    if (!text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      return "a string with characters outside printable ASCII";
    }
    return "a string of another form";
  }

  /**
   * The message of a constructor's rejection (numbers and structure only; ids are checked first).
   */
  static String safe(RuntimeException e) {
    return String.valueOf(e.getMessage());
  }
}
