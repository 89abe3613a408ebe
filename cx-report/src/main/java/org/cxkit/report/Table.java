package org.cxkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A plain-text table with aligned columns (numbers right-aligned, text left-aligned).
 *
 * <p>Numbers go in as {@link Num} cells and are formatted when the table is printed, with the same
 * number of decimals down a column (the most any of its cells asks for), so their decimal marks
 * line up. A {@link #gap()} leaves a blank line between groups of rows, so groups do not run
 * together.
 */
final class Table {
  /** A number in a cell: its value, the decimals it needs at least, and whether to show a plus. */
  record Num(double value, int decimals, boolean signed) {}

  /** A row that prints as a blank line. */
  private static final Object[] GAP = new Object[0];

  private final Locale locale;
  private final List<Object[]> rows = new ArrayList<>();
  private final boolean[] right;

  /**
   * Creates a table with a header row.
   *
   * @param locale the locale numbers are formatted in
   * @param header column names; a name starting with '>' is right-aligned (the '>' is dropped)
   */
  Table(Locale locale, String... header) {
    this.locale = locale;
    right = new boolean[header.length];
    String[] h = new String[header.length];
    for (int i = 0; i < header.length; i++) {
      right[i] = header[i].startsWith(">");
      h[i] = right[i] ? header[i].substring(1) : header[i];
    }
    rows.add(h);
  }

  /** Adds a row of cells, each a {@link String} or a {@link Num}. */
  Table row(Object... cells) {
    rows.add(cells.clone());
    return this;
  }

  /** Leaves a blank line before the next row (not at the start or end, nor twice). */
  Table gap() {
    if (rows.size() > 1 && rows.get(rows.size() - 1) != GAP) {
      rows.add(GAP);
    }
    return this;
  }

  /** A number shown with at least {@code decimals} decimals. */
  static Num num(double value, int decimals) {
    return new Num(value, decimals, false);
  }

  /** A number shown with at least {@code decimals} decimals and a plus sign when positive. */
  static Num signed(double value, int decimals) {
    return new Num(value, decimals, true);
  }

  /** An optional number as {@link #num(double, int)}, or "-" when empty. */
  static Object num(OptionalDouble value, int decimals) {
    return value.isPresent() ? num(value.getAsDouble(), decimals) : "-";
  }

  /** Formats an optional number as {@link #num(Locale, double)} does, or "-". */
  static String num(Locale locale, OptionalDouble d) {
    return d.isPresent() ? num(locale, d.getAsDouble()) : "-";
  }

  /** Formats a number with one decimal (two when below 10 in magnitude), in a locale. */
  static String num(Locale locale, double d) {
    return String.format(locale, Math.abs(d) < 10 ? "%.2f" : "%.1f", d);
  }

  /** Formats a number with a fixed number of decimals, in a locale. */
  static String fixed(Locale locale, double d, int decimals, boolean signed) {
    String s = String.format(locale, "%." + decimals + "f", d);
    if (s.matches("-[0.,]*")) {
      return s.substring(1); // a negative number rounded to zero is zero
    }
    return signed && d > 0 && !s.matches("[0.,]*") ? "+" + s : s;
  }

  @Override
  public String toString() {
    int cols = right.length;
    int[] decimals = new int[cols];
    for (Object[] r : rows) {
      for (int i = 0; i < cols && i < r.length; i++) {
        if (r[i] instanceof Num n) {
          decimals[i] = Math.max(decimals[i], n.decimals());
        }
      }
    }
    List<String[]> text = new ArrayList<>(rows.size());
    int[] w = new int[cols];
    for (Object[] r : rows) {
      if (r == GAP) {
        text.add(null);
        continue;
      }
      String[] t = new String[cols];
      for (int i = 0; i < cols; i++) {
        Object c = i < r.length ? r[i] : "";
        t[i] =
            c instanceof Num n
                ? fixed(locale, n.value(), decimals[i], n.signed())
                : String.valueOf(c);
        w[i] = Math.max(w[i], t[i].codePointCount(0, t[i].length()));
      }
      text.add(t);
    }
    StringBuilder s = new StringBuilder();
    for (int k = 0; k < text.size(); k++) {
      String[] r = text.get(k);
      if (r != null) {
        StringBuilder line = new StringBuilder(" ");
        for (int i = 0; i < cols; i++) {
          String pad = " ".repeat(w[i] - r[i].codePointCount(0, r[i].length()));
          line.append(' ').append(right[i] ? pad + r[i] : r[i] + pad).append(' ');
        }
        s.append(line.toString().replaceAll("\\s+$", ""));
      }
      if (k < text.size() - 1) {
        s.append('\n');
      }
    }
    return s.toString();
  }
}
