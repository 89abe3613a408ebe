package org.cxkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** A plain-text table with aligned columns (numbers right-aligned, text left-aligned). */
final class Table {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] right;

  /**
   * Creates a table with a header row.
   *
   * @param header column names; a name starting with '>' is right-aligned (the '>' is dropped)
   */
  Table(String... header) {
    right = new boolean[header.length];
    String[] h = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].startsWith(">");
      h[i] = right[i] ? header[i].substring(1) : header[i];
    }
    rows.add(h);
  }

  /** Adds a row. */
  Table row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  /** Formats an optional number as {@link #num(Locale, double)} does, or "-". */
  static String num(Locale locale, OptionalDouble d) {
    return d.isPresent() ? num(locale, d.getAsDouble()) : "-";
  }

  /** Formats a number with one decimal (two when below 10 in magnitude), in a locale. */
  static String num(Locale locale, double d) {
    return String.format(locale, Math.abs(d) < 10 ? "%.2f" : "%.1f", d);
  }

  @Override
  public String toString() {
    int cols = right.length;
    int[] w = new int[cols];
    for (String[] r : rows) {
      for (int i = 0; i < cols && i < r.length; i++) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < rows.size(); k++) {
      String[] r = rows.get(k);
      StringBuilder line = new StringBuilder(" ");
      for (int i = 0; i < cols; i++) {
        String c = i < r.length ? r[i] : "";
        String pad = " ".repeat(w[i] - c.length());
        line.append(' ').append(right[i] ? pad + c : c + pad).append(' ');
      }
      s.append(line.toString().replaceAll("\\s+$", ""));
      if (k < rows.size() - 1) {
        s.append('\n');
      }
    }
    return s.toString();
  }
}
