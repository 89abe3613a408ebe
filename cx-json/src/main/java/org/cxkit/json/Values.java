package org.cxkit.json;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values read for the properties of one object, each reached through its typed {@link Prop} (as
 * a Jackson deserializer's creator properties are): {@code values.get(NAME)} is a {@code String}
 * because {@code NAME} is a string property. Also keeps, for error messages, where each value
 * started, and, for derived figures, the value as read (checked once the object is rebuilt).
 */
final class Values {
  final ObjectCodec<?, ?> type;
  private final @Nullable Object[] slots;
  private final int @Nullable [] lines;
  private final int @Nullable [] columns;

  /** Line and column of the object's first token. */
  final int line;

  final int column;

  Values(ObjectCodec<?, ?> type, boolean positions, int line, int column) {
    this.type = type;
    this.slots = new Object[type.size()];
    this.lines = positions ? new int[type.size()] : null;
    this.columns = positions ? new int[type.size()] : null;
    this.line = line;
    this.column = column;
  }

  void set(int i, @Nullable Object value, int line, int column) {
    slots[i] = value;
    if (lines != null && columns != null) {
      lines[i] = line;
      columns[i] = column;
    }
  }

  /** The value read for property {@code i}, as stored (a {@link RawJson} for derived ones). */
  @Nullable Object slot(int i) {
    return slots[i];
  }

  /** Whether the property was present (and read without a problem). */
  boolean has(Prop<?, ?, ?> p) {
    return slots[type.index(p)] != null;
  }

  /**
   * The value of a property: what was read, or else the value a missing one reads as.
   *
   * @throws IllegalStateException if it is missing and has no such value (use {@link #find})
   */
  <R> R get(Prop<?, ?, R> p) {
    R v = orNull(p);
    if (v == null) {
      v = p.absent;
    }
    if (v == null) {
      throw new IllegalStateException(
          "property \"" + p.name + "\" of a " + type.what + " is missing and has no default");
    }
    return v;
  }

  /** The value read for a property, if it was present. */
  <R> Optional<R> find(Prop<?, ?, R> p) {
    return Optional.ofNullable(orNull(p));
  }

  /** The value read for a property, or null if it was missing. */
  <R> @Nullable R orNull(Prop<?, ?, R> p) {
    if (p.mode == Prop.Mode.DERIVED) {
      throw new IllegalArgumentException(
          "\"" + p.name + "\" is derived: it is checked against the result, not read into it");
    }
    @SuppressWarnings("unchecked") // slot i holds only what property i's codec read: an R
    R v = (R) slots[type.index(p)];
    return v;
  }

  /** Line of the value of property {@code i}, or of the object if it is unknown. */
  int line(int i) {
    return lines == null || lines[i] == 0 ? line : lines[i];
  }

  /** Column of the value of property {@code i}, or of the object if it is unknown. */
  int column(int i) {
    return columns == null || columns[i] == 0 ? column : columns[i];
  }
}
