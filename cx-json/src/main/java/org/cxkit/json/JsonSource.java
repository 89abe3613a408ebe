package org.cxkit.json;

/**
 * The few streaming-parser operations the readers need, so that the readers themselves do not
 * depend on a Jackson major version: a Jackson 3 module supplies its own implementation of this and
 * of {@link JsonSink}.
 *
 * <p>Failures of the underlying parser are thrown as {@link SourceFailure}, which the reader
 * completes with the JSON Pointer it is at.
 */
interface JsonSource extends AutoCloseable {

  /** Token kinds. */
  enum Tok {
    START_OBJECT,
    END_OBJECT,
    START_ARRAY,
    END_ARRAY,
    NAME,
    STRING,
    INT,
    FLOAT,
    TRUE,
    FALSE,
    NULL,
    EOF
  }

  /** Advances to the next token and returns it ({@link Tok#EOF} at the end of input). */
  Tok next();

  /** The current token. */
  Tok current();

  /** The text of the current {@link Tok#NAME} or {@link Tok#STRING} token. */
  String text();

  /** Whether the current {@link Tok#INT} token fits in an {@code int}. */
  boolean intFits();

  /** The current number token as an {@code int}; call only if {@link #intFits()}. */
  int intValue();

  /** The current number token as a {@code double} (possibly infinite if out of range). */
  double doubleValue();

  /** The current number token's text, for copying it unchanged. */
  String numberText();

  /** If the current token starts an object or array, skips to its matching end token. */
  void skipChildren();

  /** 1-based line of the current token, or 0 if unknown. */
  int line();

  /** 1-based column of the current token, or 0 if unknown. */
  int column();

  /** Releases the underlying parser (not the input it reads, which the caller owns). */
  @Override
  default void close() {}
}
