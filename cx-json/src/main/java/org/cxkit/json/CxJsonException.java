package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.LongBinaryOperator;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.InputLocation.DocumentPosition;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON input cannot be read into cxkit's types, or a value cannot be written: the
 * {@link BadInputException} of cx-json, so hosts that map it to a 400 reply catch this type (or the
 * shared one, which also covers the CSV readers of cx-formats).
 *
 * <p>Its message says where (a JSON Pointer, and the line and column when known), what was expected
 * and what kind of value was found, but never repeats raw input content: survey text is personal
 * data. The same facts are available as structured accessors: {@link #kind()}, {@link #location()}
 * (always a {@link DocumentPosition}, for JSON Lines with the line of the file), its shortcuts
 * {@link #pointer()}, {@link #line()} and {@link #column()}, {@link #expected()}, {@link #found()},
 * and, when a document had several problems at once (model validation collects them all), {@link
 * #problems()}.
 *
 * <pre>{@code
 * try {
 *   CxModel model = CxJson.defaults().readModel(json);
 * } catch (CxJsonException e) {
 *   for (CxJsonException.JsonProblem p : e.problems()) {
 *     System.err.println(p.pointer() + ": " + p.message());   // "/journeys/0/persona: no persona ..."
 *   }
 * }
 * }</pre>
 *
 * <p>Parse errors of the underlying JSON parser are deliberately not attached as the cause: their
 * messages quote the input.
 *
 * @since 0.1
 */
public class CxJsonException extends BadInputException {
  private static final long serialVersionUID = 1L;

  /**
   * One problem in a document: the JSON Pointer (RFC 6901) of the offending value and what is wrong
   * with it.
   *
   * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
   * @param message what is wrong and what was expected
   * @since 0.1
   */
  public record JsonProblem(String pointer, String message) {
    /**
     * Creates a problem.
     *
     * @param pointer the JSON Pointer of the offending value ({@code ""} for the whole document)
     * @param message what is wrong and what was expected
     */
    public JsonProblem {
      requireNonNull(pointer, "pointer");
      requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return (pointer.isEmpty() ? "(document)" : pointer) + ": " + message;
    }
  }

  private final transient ImmutableList<JsonProblem> problems;

  /**
   * Creates an exception of kind {@link Kind#STRUCTURE} with only a message.
   *
   * @param message where and what was expected
   */
  public CxJsonException(String message) {
    this(new Details(Kind.STRUCTURE, message), null);
  }

  /**
   * Creates an exception of kind {@link Kind#IO} with a message and a cause.
   *
   * @param message where and what was expected
   * @param cause the underlying failure
   */
  public CxJsonException(String message, Throwable cause) {
    this(new Details(Kind.IO, message), requireNonNull(cause, "cause"));
  }

  CxJsonException(Details d, @Nullable Throwable cause) {
    super(d.kind, d.location(), d.message, d.expected, d.found, cause);
    this.problems =
        d.problems.isEmpty() && d.pointer != null
            ? ImmutableList.of(new JsonProblem(d.pointer, d.problemMessage()))
            : d.problems;
  }

  /**
   * This failure of a value read inside a larger document (a model embedded in a host's request
   * body), with every pointer prefixed by the pointer of the value in that document; the line and
   * column count from the document's start already.
   */
  CxJsonException within(String prefix) {
    if (prefix.isEmpty()) {
      return this;
    }
    return relocate(prefix, (line, column) -> line, (line, column) -> column);
  }

  /**
   * This failure of a value that was read on its own after being taken out of a larger document
   * (the Jackson 3 module, cx-json3, reads each cxkit value of a host's request body this way):
   * every pointer prefixed with {@code prefix}, the value's JSON Pointer in that document, and the
   * line and column, when known, moved to that document by {@code line} and {@code column}, which
   * map the failure's (line, column) in the value read on its own to the line and to the column in
   * the larger document.
   *
   * @param prefix the JSON Pointer of the value in the larger document ({@code ""} for its root)
   * @param line maps the failure's line and column to the line in the larger document
   * @param column maps the failure's line and column to the column in the larger document
   * @return the failure located in the larger document
   * @since 0.1
   */
  public CxJsonException relocated(
      String prefix, LongBinaryOperator line, LongBinaryOperator column) {
    requireNonNull(prefix, "prefix");
    requireNonNull(line, "line");
    requireNonNull(column, "column");
    return relocate(prefix, line, column);
  }

  private CxJsonException relocate(
      String prefix, LongBinaryOperator lineOf, LongBinaryOperator columnOf) {
    Details d = new Details(kind(), reason());
    position()
        .ifPresent(
            p -> {
              long l = p.line().orElse(0);
              long c = p.column().orElse(0);
              d.at(
                  prefix + p.pointer(),
                  (int) Math.min(Integer.MAX_VALUE, l > 0 ? lineOf.applyAsLong(l, c) : 0),
                  (int) Math.min(Integer.MAX_VALUE, c > 0 ? columnOf.applyAsLong(l, c) : 0));
            });
    d.expected = expected().orElse(null);
    d.found = found().orElse(null);
    if (location().isEmpty() || problems().size() > 1) {
      d.problems =
          problems().stream()
              .map(p -> new JsonProblem(prefix + p.pointer(), p.message()))
              .collect(ImmutableList.toImmutableList());
    }
    Throwable cause = getCause();
    CxJsonException e = cause == null ? d.build() : d.build(cause);
    e.setStackTrace(getStackTrace());
    return e;
  }

  /**
   * Returns the JSON Pointer of the offending value, if the failure is at one place of a JSON
   * document ({@code ""} is the whole document or line): a shortcut for the pointer of {@link
   * #location()}.
   *
   * @return the pointer, or empty for failures with several problems or none at one place
   */
  public Optional<String> pointer() {
    return position().map(DocumentPosition::pointer);
  }

  /**
   * Returns the 1-based line of the input where the failure was found, if known (for JSON Lines,
   * the line of the file).
   *
   * @return the line
   */
  public OptionalLong line() {
    return position().map(DocumentPosition::line).orElse(OptionalLong.empty());
  }

  /**
   * Returns the 1-based column of the input where the failure was found, if known.
   *
   * @return the column
   */
  public OptionalLong column() {
    return position().map(DocumentPosition::column).orElse(OptionalLong.empty());
  }

  private Optional<DocumentPosition> position() {
    return location().filter(DocumentPosition.class::isInstance).map(DocumentPosition.class::cast);
  }

  /**
   * Returns every problem found, each with its JSON Pointer. A model validation failure lists all
   * of the model's problems; a single failure lists itself.
   *
   * @return the problems, possibly empty for failures with no location (I/O)
   */
  public ImmutableList<JsonProblem> problems() {
    return problems == null ? ImmutableList.of() : problems;
  }

  /**
   * Returns the location and reason and, for a document with several problems, one line per
   * problem.
   *
   * @return the message
   */
  @Override
  public String getMessage() {
    String m = String.valueOf(super.getMessage());
    if (problems == null || location().isPresent()) {
      return m;
    }
    StringBuilder sb = new StringBuilder(m);
    for (JsonProblem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /** The facts of one failure, assembled by the readers. */
  static final class Details {
    final Kind kind;
    final String message;
    @Nullable String pointer;
    int line;
    int column;
    @Nullable String expected;
    @Nullable String found;
    ImmutableList<JsonProblem> problems = ImmutableList.of();

    Details(Kind kind, String message) {
      this.kind = kind;
      this.message = message;
    }

    Details at(@Nullable String pointer, int line, int column) {
      this.pointer = pointer;
      this.line = line;
      this.column = column;
      return this;
    }

    Details expected(String expected, @Nullable String found) {
      this.expected = expected;
      this.found = found;
      return this;
    }

    Details problems(ImmutableList<JsonProblem> problems) {
      this.problems = problems;
      return this;
    }

    CxJsonException build() {
      return new CxJsonException(this, null);
    }

    CxJsonException build(Throwable cause) {
      return new CxJsonException(this, cause);
    }

    /** Where: the pointer with the line and column, or the line alone; null if neither is known. */
    @Nullable InputLocation location() {
      if (pointer == null && line <= 0) {
        return null;
      }
      return InputLocation.document(
          pointer == null ? "" : pointer, Math.max(0, line), line > 0 ? Math.max(0, column) : 0);
    }

    String problemMessage() {
      StringBuilder sb = new StringBuilder(message);
      if (expected != null) {
        sb.append(": expected ").append(expected);
        if (found != null) {
          sb.append(", found ").append(found);
        }
      }
      return sb.toString();
    }
  }
}
