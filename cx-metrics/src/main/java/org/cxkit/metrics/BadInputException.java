package org.cxkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.CxException;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input cannot be read or counted: a malformed file, a bad row or record under {@link
 * BadInput#failFast()}, an unreadable stream. It says what kind of failure it is ({@link #kind()}),
 * where ({@link #location()}: a table's row and column, a document's JSON Pointer, line and column,
 * or an in-memory record's index and field), why ({@link #reason()}) and, when known, what was
 * {@linkplain #expected() expected} and what kind of value was {@linkplain #found() found}. It
 * never repeats the input's content: survey answers and ids are personal data.
 *
 * <pre>{@code
 * try {
 *   ResponseCsv.builder().build().read(file, responses::add);
 * } catch (BadInputException e) {
 *   System.err.println(e.getMessage());   // row 2, column 'score': bad row: not an integer score
 *   e.location();                         // Optional[row 2, column 'score']
 * }
 * }</pre>
 *
 * <p>cx-json throws its subclass {@code CxJsonException}, which adds the problems of a whole
 * document; catching {@code BadInputException} catches both.
 *
 * @since 0.1
 */
public class BadInputException extends CxException {
  private static final long serialVersionUID = 1L;

  /**
   * What went wrong, coarsely: lets a caller tell malformed bytes from well-formed input with a bad
   * value.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The bytes are not valid UTF-8 (or the text has unpaired surrogates). */
    ENCODING,
    /** The text is not well-formed JSON or CSV: a syntax error, trailing tokens, an empty input. */
    SYNTAX,
    /**
     * A configured limit was exceeded: size, nesting, cell, string, number, name or token count.
     */
    LIMIT,
    /**
     * Well-formed input of the wrong shape or with a value that is not accepted: a wrong value
     * type, a missing, unknown or duplicate property or column, a row of the wrong width, a value
     * outside its enumeration or its scale, a response for another measure.
     */
    STRUCTURE,
    /** The document's format version is missing, malformed or of an unsupported major version. */
    VERSION,
    /** The document is well-formed and well-typed, but the model it describes is invalid. */
    MODEL,
    /** Reading or writing the underlying stream or file failed. */
    IO
  }

  /** What kind of failure. */
  private final Kind kind;

  /** Not serialized (its components are not serializable): empty after deserialization. */
  private final transient @Nullable InputLocation location;

  /** What is wrong, without the location. */
  private final String reason;

  /** What was expected, if known. */
  private final @Nullable String expected;

  /** What kind of value was found, if known. */
  private final @Nullable String found;

  /**
   * Creates an exception for a problem at a known location.
   *
   * @param kind what kind of failure
   * @param location where the problem is
   * @param reason what is wrong and what was expected, without the input's content
   * @throws NullPointerException if an argument is null
   */
  public BadInputException(Kind kind, InputLocation location, String reason) {
    this(kind, requireNonNull(location, "location"), reason, null, null, null);
  }

  /**
   * Creates an exception for a problem without a location (a value checked apart from its input).
   *
   * @param kind what kind of failure
   * @param reason what is wrong and what was expected, without the input's content
   * @throws NullPointerException if an argument is null
   */
  public BadInputException(Kind kind, String reason) {
    this(kind, null, reason, null, null, null);
  }

  /**
   * Creates an exception for a failure with a cause and no location, such as an I/O error.
   *
   * @param kind what kind of failure
   * @param reason what went wrong
   * @param cause the underlying failure (its message must not quote the input either)
   * @throws NullPointerException if an argument is null
   */
  public BadInputException(Kind kind, String reason, Throwable cause) {
    this(kind, null, reason, null, null, requireNonNull(cause, "cause"));
  }

  /**
   * Creates an exception with every detail, for subclasses.
   *
   * @param kind what kind of failure
   * @param location where the problem is, or null if unknown
   * @param reason what is wrong, without the input's content
   * @param expected what was expected, or null
   * @param found what kind of value was found instead (never the value), or null
   * @param cause the underlying failure, or null
   * @throws NullPointerException if {@code kind} or {@code reason} is null
   */
  protected BadInputException(
      Kind kind,
      @Nullable InputLocation location,
      String reason,
      @Nullable String expected,
      @Nullable String found,
      @Nullable Throwable cause) {
    super(render(location, reason, expected, found));
    if (cause != null) {
      initCause(cause);
    }
    this.kind = requireNonNull(kind, "kind");
    this.location = location;
    this.reason = reason;
    this.expected = expected;
    this.found = found;
  }

  private static String render(
      @Nullable InputLocation location,
      String reason,
      @Nullable String expected,
      @Nullable String found) {
    requireNonNull(reason, "reason");
    StringBuilder sb = new StringBuilder();
    if (location != null) {
      sb.append(location).append(": ");
    }
    sb.append(reason);
    if (expected != null) {
      sb.append(": expected ").append(expected);
      if (found != null) {
        sb.append(", found ").append(found);
      }
    }
    return sb.toString();
  }

  /**
   * Finds the bad-input failure behind {@code failure}: {@code failure} itself or its first cause
   * that is a {@code BadInputException}. For hosts whose framework wraps what cxkit throws (a
   * Jackson {@code ObjectMapper} wraps a failure inside the host's own request record; Spring wraps
   * a request body's failure again), so that one handler maps every bad input to a 400 reply.
   *
   * <pre>{@code
   * BadInputException.in(e).ifPresent(bad -> reply(400, bad.kind(), bad.getMessage()));
   * }</pre>
   *
   * @param failure what was thrown
   * @return the bad-input failure, or empty if there is none in the chain
   * @since 0.1
   */
  public static Optional<BadInputException> in(Throwable failure) {
    requireNonNull(failure, "failure");
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof BadInputException bad) {
        return Optional.of(bad);
      }
    }
    return Optional.empty();
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
   * Returns where the problem is, if it is at one place of the input.
   *
   * @return the location; empty for failures of the whole stream (I/O) or of several places at once
   */
  public Optional<InputLocation> location() {
    return Optional.ofNullable(location);
  }

  /**
   * Returns what is wrong, without the location (the message is the location and the reason).
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Returns what was expected at the location (for example {@code "an integer"}), if the failure is
   * of that kind.
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
}
