package org.cxkit.metrics.internal;

import java.util.Locale;
import java.util.OptionalDouble;

/** How the one-line summaries of results show a number. */
public final class Numbers {
  private Numbers() {}

  /**
   * Formats an optional number as {@link #brief(double)} does, or "-".
   *
   * @param d the number
   * @return the text
   */
  public static String brief(OptionalDouble d) {
    return d.isPresent() ? brief(d.getAsDouble()) : "-";
  }

  /**
   * Formats a number with one decimal (two when below 10 in magnitude).
   *
   * @param d the number
   * @return the text
   */
  public static String brief(double d) {
    return String.format(Locale.ROOT, Math.abs(d) < 10 ? "%.2f" : "%.1f", d);
  }
}
