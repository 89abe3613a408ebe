package org.cxkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import org.cxkit.metrics.BadInputException.Kind;

/**
 * A {@link JacksonSource} over a host's parser that applies {@link CxJson}'s {@linkplain JsonLimits
 * limits} to the one value it reads (a model, a response, a result inside a host's request body):
 * the host's mapper has limits of its own, usually far wider, so {@link CxJacksonModule} reads its
 * values under the same limits as {@link CxJson} does. Nesting and size count from the value's
 * start.
 */
final class LimitedSource extends ForwardingSource {
  private final JsonParser p;
  private final JsonLimits limits;
  private final long start;
  private long tokens;
  private int depth;

  LimitedSource(JsonParser p, JsonLimits limits) {
    super(new JacksonSource(p));
    this.p = p;
    this.limits = limits;
    this.start = offset(p.currentTokenLocation());
    Tok t = delegate.current();
    if (t != Tok.EOF) {
      tokens = 1;
      depth = t == Tok.START_OBJECT || t == Tok.START_ARRAY ? 1 : 0;
    }
    checkDepth();
  }

  /** The offset of a location in the document, in bytes or (for character input) characters. */
  private static long offset(JsonLocation l) {
    long b = l.getByteOffset();
    return b >= 0 ? b : Math.max(0, l.getCharOffset());
  }

  /** A limit failure at the current token (the reader completes the pointer). */
  private SourceFailure exceeded(String what, long max) {
    return new SourceFailure(
        new CxJsonException.Details(
                Kind.LIMIT,
                "limit exceeded: " + what + " exceeds the maximum allowed (" + max + ")")
            .at(null, line(), column()));
  }

  private void checkDepth() {
    if (depth > limits.maxNestingDepth()) {
      throw exceeded("nesting depth", limits.maxNestingDepth());
    }
  }

  @Override
  public Tok next() {
    Tok t = delegate.next();
    if (++tokens > limits.maxTokenCount()) {
      throw exceeded("token count", limits.maxTokenCount());
    }
    if (t == Tok.START_OBJECT || t == Tok.START_ARRAY) {
      depth++;
      checkDepth();
    } else if (t == Tok.END_OBJECT || t == Tok.END_ARRAY) {
      depth--;
    }
    if (offset(p.currentLocation()) - start > limits.maxDocumentBytes()) {
      throw exceeded("value length", limits.maxDocumentBytes());
    }
    return t;
  }

  @Override
  public String text() {
    String s = delegate.text();
    if (delegate.current() == Tok.NAME && s.length() > limits.maxNameLength()) {
      throw exceeded("name length", limits.maxNameLength());
    }
    if (s.length() > limits.maxStringLength()) {
      throw exceeded("string value length", limits.maxStringLength());
    }
    return s;
  }

  @Override
  public boolean intFits() {
    checkNumber();
    return delegate.intFits();
  }

  @Override
  public int intValue() {
    checkNumber();
    return delegate.intValue();
  }

  @Override
  public double doubleValue() {
    checkNumber();
    return delegate.doubleValue();
  }

  @Override
  public String numberText() {
    checkNumber();
    return delegate.numberText();
  }

  private void checkNumber() {
    if (delegate.text().length() > limits.maxNumberLength()) {
      throw exceeded("number length", limits.maxNumberLength());
    }
  }

  @Override
  public void skipChildren() {
    // Skipping reads every token of the value, each counted and checked.
    Tok t = delegate.current();
    if (t != Tok.START_OBJECT && t != Tok.START_ARRAY) {
      return;
    }
    int level = 1;
    while (level > 0) {
      Tok n = next();
      if (n == Tok.START_OBJECT || n == Tok.START_ARRAY) {
        level++;
      } else if (n == Tok.END_OBJECT || n == Tok.END_ARRAY) {
        level--;
      } else if (n == Tok.EOF) {
        return;
      }
    }
  }
}
