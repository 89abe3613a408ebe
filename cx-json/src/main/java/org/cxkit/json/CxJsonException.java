package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.cxkit.core.CxException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when JSON or CSV input cannot be read into cxkit's types, or a value cannot be written.
 *
 * <p>Its message says where (a JSON Pointer, or a CSV row and column), what was expected and what
 * kind of value was found, but never repeats raw input content: survey text is personal data. The
 * same facts are available as structured accessors: {@link #kind()}, {@link #pointer()}, {@link
 * #line()}, {@link #column()}, {@link #expected()}, {@link #found()}, {@link #row()}, {@link
 * #field()}, and, when a document had several problems at once (model validation collects them
 * all), {@link #problems()}.
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
public class CxJsonException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * What went wrong, coarsely: lets a caller tell malformed bytes from a well-formed document that
   * is not a valid model.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The bytes are not valid UTF-8 (or the text has unpaired surrogates). */
    ENCODING,
    /**
     * The text is not well-formed JSON (or CSV): a syntax error, trailing tokens, an empty
     * document.
     */
    SYNTAX,
    /** A configured limit was exceeded: size, nesting, string, number, name or token count. */
    LIMIT,
    /**
     * Well-formed JSON of the wrong shape: a wrong value type, a missing, unknown or duplicate
     * property, a value outside its enumeration.
     */
    STRUCTURE,
    /** The document's format version is missing, malformed or of an unsupported major version. */
    VERSION,
    /** The document is well-formed and well-typed, but the model it describes is invalid. */
    MODEL,
    /** Reading or writing the underlying stream or file failed. */
    IO
  }

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

  /** What kind of failure. */
  private final Kind kind;

  /** The JSON Pointer, if any. */
  private final @Nullable String pointer;

  /** The 1-based line, or 0. */
  private final int line;

  /** The 1-based column, or 0. */
  private final int column;

  /** What was expected, if known. */
  private final @Nullable String expected;

  /** What kind of value was found, if known. */
  private final @Nullable String found;

  /** The CSV or JSON Lines row, or -1. */
  private final long row;

  /** The CSV column, if known. */
  private final @Nullable String field;

  private final transient ImmutableList<JsonProblem> problems;

  /**
   * Creates an exception of kind {@link Kind#STRUCTURE} with only a message.
   *
   * @param message where and what was expected
   */
  public CxJsonException(String message) {
    this(new Details(Kind.STRUCTURE, message));
  }

  /**
   * Creates an exception of kind {@link Kind#IO} with a message and a cause.
   *
   * @param message where and what was expected
   * @param cause the underlying failure
   */
  public CxJsonException(String message, Throwable cause) {
    this(new Details(Kind.IO, message), cause);
  }

  CxJsonException(Details d) {
    super(d.render());
    this.kind = d.kind;
    this.pointer = d.pointer;
    this.line = d.line;
    this.column = d.column;
    this.expected = d.expected;
    this.found = d.found;
    this.row = d.row;
    this.field = d.field;
    this.problems = problemsOf(d);
  }

  CxJsonException(Details d, Throwable cause) {
    super(d.render(), cause);
    this.kind = d.kind;
    this.pointer = d.pointer;
    this.line = d.line;
    this.column = d.column;
    this.expected = d.expected;
    this.found = d.found;
    this.row = d.row;
    this.field = d.field;
    this.problems = problemsOf(d);
  }

  private static ImmutableList<JsonProblem> problemsOf(Details d) {
    return d.problems.isEmpty() && d.pointer != null
        ? ImmutableList.of(new JsonProblem(d.pointer, d.problemMessage()))
        : d.problems;
  }

  /**
   * Returns what kind of failure this is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the JSON Pointer of the offending value, if the failure is at one place of a JSON
   * document ({@code ""} is the whole document).
   *
   * @return the pointer, or empty for CSV input and for failures with several problems
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * Returns the 1-based line of the input where the failure was found, if known.
   *
   * @return the line
   */
  public OptionalInt line() {
    return line > 0 ? OptionalInt.of(line) : OptionalInt.empty();
  }

  /**
   * Returns the 1-based column of the input where the failure was found, if known.
   *
   * @return the column
   */
  public OptionalInt column() {
    return column > 0 ? OptionalInt.of(column) : OptionalInt.empty();
  }

  /**
   * Returns what was expected at the failure's location (for example {@code "an integer"}), if the
   * failure is of that kind.
   *
   * @return the expectation
   */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /**
   * Returns what kind of value was found instead (for example {@code "a string"}); never the value
   * itself.
   *
   * @return the kind of value found
   */
  public Optional<String> found() {
    return Optional.ofNullable(found);
  }

  /**
   * Returns the 1-based data row of CSV or JSON Lines input (the header is row 0), if the failure
   * is in one.
   *
   * @return the row number
   */
  public OptionalLong row() {
    return row >= 0 ? OptionalLong.of(row) : OptionalLong.empty();
  }

  /**
   * Returns the CSV column (its header name) of the failure, if known.
   *
   * @return the column name
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
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

  /** The facts of one failure, assembled by the readers. */
  static final class Details {
    final Kind kind;
    final String message;
    @Nullable String pointer;
    int line;
    int column;
    @Nullable String expected;
    @Nullable String found;
    long row = -1;
    @Nullable String field;
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

    Details csv(long row, @Nullable String field) {
      this.row = row;
      this.field = field;
      return this;
    }

    Details problems(ImmutableList<JsonProblem> problems) {
      this.problems = problems;
      return this;
    }

    CxJsonException build() {
      return new CxJsonException(this);
    }

    CxJsonException build(Throwable cause) {
      return new CxJsonException(this, cause);
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

    String render() {
      StringBuilder sb = new StringBuilder();
      if (pointer != null) {
        sb.append(pointer.isEmpty() ? "(document)" : pointer);
      }
      if (row >= 0) {
        sb.append(sb.length() > 0 ? ", " : "").append(row == 0 ? "header row" : "row " + row);
        if (field != null) {
          sb.append(", column '").append(field).append('\'');
        }
      }
      if (line > 0) {
        sb.append(sb.length() > 0 ? " " : "").append("(line ").append(line);
        if (column > 0) {
          sb.append(", column ").append(column);
        }
        sb.append(')');
      }
      if (sb.length() > 0) {
        sb.append(": ");
      }
      sb.append(problemMessage());
      for (JsonProblem p : problems) {
        sb.append("\n  ").append(p);
      }
      return sb.toString();
    }
  }
}
