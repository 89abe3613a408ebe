package org.cxkit.formats;

import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.jspecify.annotations.Nullable;

/**
 * The header rows of an export, read as its {@link ExportLayout} says: every name each column is
 * known by (see the layout's Javadoc), and the zone a header names for a column's times.
 */
final class ExportHeader {
  private static final Pattern IMPORT_ID =
      Pattern.compile("[\"']ImportId[\"']\\s*:\\s*[\"']([^\"']*)[\"']");
  private static final Pattern TIME_ZONE =
      Pattern.compile("[\"']timeZone[\"']\\s*:\\s*[\"']([^\"']*)[\"']");
  private static final Pattern ZONE_SUFFIX = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");
  private static final Pattern MARKUP = Pattern.compile("<[^<>]*>");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** The index a name maps to when more than one column has it. */
  private static final int AMBIGUOUS = -2;

  private final ImmutableList<ImmutableList<String>> rows;
  private final ImmutableList<Set<String>> names;
  private final @Nullable ZoneId[] zones;
  private final Map<String, Integer> index = new HashMap<>();

  private ExportHeader(List<String[]> raw, boolean combine) {
    int width = 0;
    for (String[] r : raw) {
      width = Math.max(width, r.length);
    }
    ImmutableList.Builder<ImmutableList<String>> rb = ImmutableList.builder();
    for (String[] r : raw) {
      rb.add(ImmutableList.copyOf(r));
    }
    this.rows = rb.build();
    this.zones = new ZoneId[width];
    List<Set<String>> all = new ArrayList<>();
    @Nullable String[] carried = new String[raw.size()];
    for (int c = 0; c < width; c++) {
      Set<String> n = new LinkedHashSet<>();
      for (int r = 0; r < raw.size(); r++) {
        String cell = c < raw.get(r).length ? raw.get(r)[c].strip() : "";
        if (combine && r < raw.size() - 1) {
          String before = carried[r];
          if (cell.isEmpty() && before != null) {
            cell = before;
          } else {
            carried[r] = cell;
          }
        }
        addNames(n, cell, c);
      }
      if (combine && raw.size() > 1) {
        String carriedFirst = carried[0];
        String first = carriedFirst == null ? "" : carriedFirst;
        String last = c < raw.get(raw.size() - 1).length ? raw.get(raw.size() - 1)[c].strip() : "";
        if (!first.isEmpty() && !last.isEmpty()) {
          n.add(first + " / " + last);
        }
      }
      n.remove("");
      all.add(n);
      for (String name : n) {
        Integer old = index.putIfAbsent(name, c);
        if (old != null && old != c) {
          index.put(name, AMBIGUOUS);
        }
      }
    }
    this.names = ImmutableList.copyOf(all);
  }

  private void addNames(Set<String> n, String cell, int column) {
    if (cell.isEmpty()) {
      return;
    }
    Matcher id = IMPORT_ID.matcher(cell);
    if (cell.startsWith("{") && id.find()) {
      n.add(id.group(1).strip());
      Matcher tz = TIME_ZONE.matcher(cell);
      if (tz.find()) {
        ZoneId z = zone(tz.group(1));
        if (z != null) {
          zones[column] = z;
        }
      }
      return;
    }
    n.add(cell);
    String plain = SPACES.matcher(MARKUP.matcher(cell).replaceAll("")).replaceAll(" ").strip();
    n.add(plain);
    Matcher m = ZONE_SUFFIX.matcher(plain);
    if (m.matches()) {
      ZoneId z = zone(m.group(2).strip());
      if (z != null) {
        n.add(m.group(1));
        zones[column] = z;
      }
    }
  }

  private static @Nullable ZoneId zone(String s) {
    try {
      return ZoneId.of(s);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Reads the layout's header rows from {@code rows}.
   *
   * @throws BadInputException if the input ends or a header row is malformed
   */
  static ExportHeader read(CsvRows rows, ExportLayout layout) {
    List<String[]> raw = new ArrayList<>();
    for (int i = 0; i < layout.headerRows(); i++) {
      raw.add(rows.headerCells());
    }
    return new ExportHeader(raw, layout.combinesHeaderRows());
  }

  /** How many columns the header has (its last row's cells). */
  int width() {
    return zones.length;
  }

  /** The header rows' cells, as read. */
  ImmutableList<ImmutableList<String>> rows() {
    return rows;
  }

  /** Every name of column {@code c}. */
  Set<String> names(int c) {
    return names.get(c);
  }

  /** The zone the header names for column {@code c}'s times, or null. */
  @Nullable ZoneId zone(int c) {
    return zones[c];
  }

  /**
   * The column a reader needs.
   *
   * @throws BadInputException if no column or more than one has the name
   */
  int required(String name) {
    Integer i = index.get(name.strip());
    if (i == null) {
      throw new BadInputException(
          Kind.STRUCTURE,
          InputLocation.cell(0, name),
          "missing column: expected a header cell with this name");
    }
    if (i == AMBIGUOUS) {
      throw new BadInputException(
          Kind.STRUCTURE, InputLocation.cell(0, name), "ambiguous column: the header has it twice");
    }
    return i;
  }

  /**
   * The column with the name, or -1.
   *
   * @throws BadInputException if more than one column has it
   */
  int optional(String name) {
    return index.containsKey(name.strip()) ? required(name) : -1;
  }

  /**
   * The first of {@code candidates} the header has, or null.
   *
   * @throws BadInputException if more than one column has it
   */
  @Nullable String firstPresent(List<String> candidates) {
    for (String c : candidates) {
      if (optional(c) >= 0) {
        return c;
      }
    }
    return null;
  }
}
