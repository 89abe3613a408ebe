package org.cxkit.core.testing;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Random markers for the privacy tests of every reader: a marker is planted in input values (ids,
 * answers, free text), in forms that make them invalid, and must then appear in no error message,
 * location or reject. Shared by cx-json's and cx-formats' {@code NoInputInMessagesTest}.
 */
public final class Markers {
  private Markers() {}

  /**
   * Returns a random marker: {@code qz} and eight lower-case letters.
   *
   * @param rnd the source of randomness
   * @return the marker
   */
  public static String marker(SplittableRandom rnd) {
    StringBuilder sb = new StringBuilder("qz");
    for (int i = 0; i < 8; i++) {
      sb.append((char) ('a' + rnd.nextInt(26)));
    }
    return sb.toString();
  }

  /**
   * Returns the marker in a form that is not a valid id (upper case, spaces, an accent, doubled
   * separators, too long, a leading space) or, sometimes, as it is.
   *
   * @param marker the marker
   * @param rnd the source of randomness
   * @return the text to plant
   */
  public static String planted(String marker, SplittableRandom rnd) {
    return switch (rnd.nextInt(7)) {
      case 0 -> marker.toUpperCase(Locale.ROOT);
      case 1 -> "Hello " + marker + " world";
      case 2 -> marker + "\u00e9";
      case 3 -> marker + "-".repeat(2) + "x";
      case 4 -> marker + "a".repeat(70);
      case 5 -> " " + marker;
      default -> marker;
    };
  }
}
