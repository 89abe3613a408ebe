package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Where in its input a bad value is: a {@linkplain TablePosition row and column} of a table (CSV),
 * a {@linkplain DocumentPosition JSON Pointer, line and column} of a document (JSON, a line of JSON
 * Lines), or a {@linkplain RecordPosition record and field} of records handed over in memory (a
 * list of {@link Response}s). A location names a place, never the content found there.
 *
 * <pre>{@code
 * InputLocation where = e.location().orElseThrow();
 * if (where instanceof InputLocation.TablePosition t) {
 *   System.err.println("fix row " + t.row() + t.column().map(c -> ", column " + c).orElse(""));
 * }
 * System.err.println(where);   // "row 12, column 'score'", "/journeys/0/id (line 3, column 14)", ...
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface InputLocation
    permits InputLocation.TablePosition,
        InputLocation.DocumentPosition,
        InputLocation.RecordPosition {

  /**
   * Returns the location of a whole row of a table.
   *
   * @param row the row (the header is row 0, the first data row is 1)
   * @return the location
   * @throws IllegalArgumentException if {@code row} is negative
   */
  static TablePosition row(long row) {
    return new TablePosition(row, Optional.empty());
  }

  /**
   * Returns the location of a cell of a table.
   *
   * @param row the row (the header is row 0, the first data row is 1)
   * @param column the column's header
   * @return the location
   * @throws IllegalArgumentException if {@code row} is negative
   */
  static TablePosition cell(long row, String column) {
    return new TablePosition(row, Optional.of(requireNonNull(column, "column")));
  }

  /**
   * Returns the location of a value of a document whose line and column are not known.
   *
   * @param pointer the value's JSON Pointer ({@code ""} for the whole document)
   * @return the location
   * @throws IllegalArgumentException if {@code pointer} is neither empty nor starts with {@code /}
   */
  static DocumentPosition pointer(String pointer) {
    return new DocumentPosition(pointer, OptionalLong.empty(), OptionalLong.empty());
  }

  /**
   * Returns the location of a value of a document.
   *
   * @param pointer the value's JSON Pointer ({@code ""} for the whole document)
   * @param line the 1-based line, or 0 if not known
   * @param column the 1-based column, or 0 if not known
   * @return the location
   * @throws IllegalArgumentException if the pointer is malformed or a number is negative
   */
  static DocumentPosition document(String pointer, long line, long column) {
    checkArgument(line >= 0 && column >= 0, "line and column must not be negative");
    return new DocumentPosition(
        pointer,
        line == 0 ? OptionalLong.empty() : OptionalLong.of(line),
        column == 0 ? OptionalLong.empty() : OptionalLong.of(column));
  }

  /**
   * Returns the location of a field of a record handed over in memory.
   *
   * @param index the record's 0-based index in its input
   * @param field the field (for a {@link Response}: {@code "measure"}, {@code "score"}, ...)
   * @return the location
   * @throws IllegalArgumentException if {@code index} is negative
   */
  static RecordPosition record(long index, String field) {
    return new RecordPosition(index, Optional.of(requireNonNull(field, "field")));
  }

  /**
   * A row of a table, and the column if the problem is in one cell: the header is row 0, the first
   * data row is 1 (empty lines are not counted; a row may span lines when a quoted cell holds line
   * breaks).
   *
   * @param row the row, from 0 (the header)
   * @param column the column's header, or empty for the whole row
   * @since 0.1
   */
  record TablePosition(long row, Optional<String> column) implements InputLocation {
    /**
     * Validates the components.
     *
     * @param row the row, from 0 (the header)
     * @param column the column's header, or empty for the whole row
     * @throws IllegalArgumentException if {@code row} is negative
     */
    public TablePosition {
      checkArgument(row >= 0, "row must not be negative, got %s", row);
      requireNonNull(column, "column");
    }

    @Override
    public String toString() {
      return (row == 0 ? "header row" : "row " + row)
          + column.map(c -> ", column '" + c + "'").orElse("");
    }
  }

  /**
   * A value of a JSON document: its JSON Pointer (RFC 6901) and, when known, the line and column
   * where it starts. For JSON Lines the line is the line of the file, and the pointer is relative
   * to that line's object.
   *
   * @param pointer the JSON Pointer ({@code ""} for the whole document or line)
   * @param line the 1-based line, if known
   * @param column the 1-based column, if known
   * @since 0.1
   */
  record DocumentPosition(String pointer, OptionalLong line, OptionalLong column)
      implements InputLocation {
    /**
     * Validates the components.
     *
     * @param pointer the JSON Pointer ({@code ""} for the whole document or line)
     * @param line the 1-based line, if known
     * @param column the 1-based column, if known
     * @throws IllegalArgumentException if the pointer is neither empty nor starts with {@code /},
     *     or a line or column is below 1
     */
    public DocumentPosition {
      requireNonNull(pointer, "pointer");
      requireNonNull(line, "line");
      requireNonNull(column, "column");
      checkArgument(
          pointer.isEmpty() || pointer.charAt(0) == '/', "pointer must be empty or start with '/'");
      checkArgument(line.orElse(1) >= 1, "line must be at least 1");
      checkArgument(column.orElse(1) >= 1, "column must be at least 1");
    }

    @Override
    public String toString() {
      String at =
          line.isEmpty()
              ? ""
              : "line "
                  + line.getAsLong()
                  + (column.isEmpty() ? "" : ", column " + column.getAsLong());
      if (pointer.isEmpty()) {
        return at.isEmpty() ? "(document)" : at;
      }
      return at.isEmpty() ? pointer : pointer + " (" + at + ")";
    }
  }

  /**
   * A record handed over in memory (the {@code index}-th response of an {@code Iterable}), and the
   * field if the problem is in one.
   *
   * @param index the record's 0-based index in its input
   * @param field the field, or empty for the whole record
   * @since 0.1
   */
  record RecordPosition(long index, Optional<String> field) implements InputLocation {
    /**
     * Validates the components.
     *
     * @param index the record's 0-based index in its input
     * @param field the field, or empty for the whole record
     * @throws IllegalArgumentException if {@code index} is negative
     */
    public RecordPosition {
      checkArgument(index >= 0, "index must not be negative, got %s", index);
      requireNonNull(field, "field");
    }

    @Override
    public String toString() {
      return "record " + index + field.map(f -> ", field '" + f + "'").orElse("");
    }
  }
}
