package org.cxkit.core;

import static java.util.Objects.requireNonNull;

/**
 * The rules for ids in a cxkit model. Every id ({@link TouchpointId}, {@link PersonaId}, ...) is a
 * <em>slug</em>: 1 to 64 characters of lower-case ASCII letters and digits, where single {@code -},
 * {@code _} or {@code .} may separate them: {@code sign-up}, {@code tp_12}, {@code custom.fcr}. A
 * slug neither starts nor ends with a separator.
 *
 * <pre>{@code
 * Ids.isValid("sign-up");   // true
 * Ids.isValid("Sign Up");   // false
 * }</pre>
 */
public final class Ids {
  /**
   * The pattern every id matches, as a {@link java.util.regex.Pattern regular expression}. It is
   * the definition of a slug; {@link #isValid(String)} checks it with an equivalent hand-written
   * scan (ids are checked on every model read, and the scan is several times faster than a regex
   * match).
   */
  public static final String PATTERN = "[a-z0-9]+(?:[-_.][a-z0-9]+)*";

  /** The longest id, in characters. */
  public static final int MAX_LENGTH = 64;

  private Ids() {}

  /**
   * Returns whether {@code value} is a valid id.
   *
   * @param value a candidate id
   * @return true if it is a slug of at most {@link #MAX_LENGTH} characters
   */
  public static boolean isValid(String value) {
    requireNonNull(value, "value");
    int n = value.length();
    if (n == 0 || n > MAX_LENGTH) {
      return false;
    }
    // Equivalent to PATTERN: alphanumeric runs joined by single separators, none at either end.
    boolean afterSeparator = true; // at the start, as after a separator: an alphanumeric must come
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterSeparator = false;
      } else if ((c == '-' || c == '_' || c == '.') && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }

  static void check(String value, String kind) {
    requireNonNull(value, kind);
    if (!isValid(value)) {
      throw new InvalidIdException(describe(value, kind), describeRedacted(value, kind));
    }
  }

  /** As {@link #describe}, without quoting the value (it may be personal data). */
  private static String describeRedacted(String value, String kind) {
    if (value.isBlank() || value.length() > MAX_LENGTH) {
      return describe(value, kind); // quotes nothing
    }
    return kind
        + " is malformed: expected a slug of lower-case letters and digits joined by single"
        + " '-', '_' or '.' (pattern "
        + PATTERN
        + "), such as 'sign-up'";
  }

  private static String describe(String value, String kind) {
    if (value.isBlank()) {
      return kind + " must not be blank";
    }
    if (value.length() > MAX_LENGTH) {
      return kind
          + " is "
          + value.length()
          + " characters long; at most "
          + MAX_LENGTH
          + " allowed";
    }
    boolean printable = value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    String shown =
        !printable
            ? "(with characters outside printable ASCII)"
            : "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
    return kind
        + " "
        + shown
        + " is malformed: expected a slug of lower-case letters and digits"
        + " joined by single '-', '_' or '.' (pattern "
        + PATTERN
        + "), such as 'sign-up'";
  }
}
