package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * How one JSON type of the cxkit formats is read, written and checked: the type of a {@link Prop}
 * in a property table. Reading and checking go through a {@link TableReader}, writing through a
 * {@link TableWriter}; a codec holds no state of its own.
 *
 * <p>{@code W} is what the writer takes and {@code R} what the reader gives. They are the same type
 * except where the model reader builds through cx-core's builders ({@code Journey} written, a
 * {@code Journey.Builder} read) so that cx-core validates the model as a whole.
 *
 * @param <W> the type written
 * @param <R> the type read
 */
abstract class Codec<W, R> {

  /**
   * Reads the value at the reader's current token, leaving the reader on the value's last token.
   * Returns null if a problem was recorded inside the value; throws {@link TableReader#SKIPPED}
   * after recording a problem with the value itself (and skipping it).
   */
  abstract @Nullable R read(TableReader r);

  /** Writes a value. */
  abstract void write(TableWriter w, W value);

  /** Whether a value can be written: a non-finite number cannot, and is left out. */
  boolean writable(W value) {
    return true;
  }

  /** False if {@link #writable} may say no (lets the writer skip asking). */
  boolean alwaysWritable() {
    return true;
  }

  /**
   * Checks the value at the reader's current token against the value the rebuilt result gives (a
   * derived figure of a results document). This default reads the value and compares it with {@code
   * equals}; scalars compare as the format defines (numbers within a relative 1e-9).
   */
  void check(TableReader r, W expected) {
    int line = r.src.line();
    int column = r.src.column();
    R value = read(r);
    if (!Objects.equals(value, expected)) {
      r.mismatch("the computed value", "another value", line, column);
    }
  }

  /** The JSON type the schema must give this value: object, array, string, integer, ... */
  abstract String jsonType();

  /** The property table of an object type, for the schema check; null for other types. */
  @Nullable ObjectCodec<?, ?> table() {
    return null;
  }

  /** The element type of an array type, for the schema check; null for other types. */
  @Nullable Codec<?, ?> elements() {
    return null;
  }

  /** The names an enumerated string may take, for the schema check; empty for other types. */
  ImmutableList<String> constants() {
    return ImmutableList.of();
  }

  // ---- lists ----------------------------------------------------------------------------------

  /** A JSON array of {@code element}; a null element (a problem inside it) is left out. */
  static <W, R> Codec<List<W>, List<R>> list(Codec<W, R> element) {
    return new ListCodec<>(element);
  }

  /** A JSON array of one element type. */
  abstract static class ArrayCodec<W, R> extends Codec<W, R> {
    final Codec<?, ?> element;

    ArrayCodec(Codec<?, ?> element) {
      this.element = element;
    }

    @Override
    final String jsonType() {
      return "array";
    }

    @Override
    final Codec<?, ?> elements() {
      return element;
    }
  }

  private static final class ListCodec<W, R> extends ArrayCodec<List<W>, List<R>> {
    private final Codec<W, R> of;

    ListCodec(Codec<W, R> element) {
      super(element);
      this.of = element;
    }

    @Override
    List<R> read(TableReader r) {
      return r.list(() -> of.read(r));
    }

    @Override
    void write(TableWriter w, List<W> values) {
      w.out.startArray();
      for (int i = 0; i < values.size(); i++) {
        w.path.push(i);
        of.write(w, values.get(i));
        w.path.pop();
      }
      w.out.endArray();
    }

    @Override
    void check(TableReader r, List<W> expected) {
      int line = r.src.line();
      int column = r.src.column();
      Tok t = r.src.current();
      if (t != Tok.START_ARRAY) {
        r.wrongType("an array", t);
      }
      int i = 0;
      while (r.src.next() != Tok.END_ARRAY) {
        if (i < expected.size()) {
          r.path.push(i);
          of.check(r, expected.get(i));
          r.path.pop();
        } else {
          r.src.skipChildren();
        }
        i++;
      }
      if (i != expected.size()) {
        r.problem(
            BadInputException.Kind.MODEL,
            "does not match the result's data",
            expected.size() + " elements",
            i + " elements",
            line,
            column);
      }
    }
  }
}
