package org.cxkit.json;

/**
 * A {@link JsonSource} that hands every call to another: the base of the sources that watch what is
 * read (how deep a reader is, whether a value stays within its limits) and override only that.
 * Closing it does not close the source it reads (which its creator owns).
 */
abstract class ForwardingSource implements JsonSource {
  /** The source read. */
  final JsonSource delegate;

  ForwardingSource(JsonSource delegate) {
    this.delegate = delegate;
  }

  @Override
  public Tok next() {
    return delegate.next();
  }

  @Override
  public Tok current() {
    return delegate.current();
  }

  @Override
  public String text() {
    return delegate.text();
  }

  @Override
  public boolean intFits() {
    return delegate.intFits();
  }

  @Override
  public int intValue() {
    return delegate.intValue();
  }

  @Override
  public double doubleValue() {
    return delegate.doubleValue();
  }

  @Override
  public String numberText() {
    return delegate.numberText();
  }

  @Override
  public void skipChildren() {
    delegate.skipChildren();
  }

  @Override
  public int line() {
    return delegate.line();
  }

  @Override
  public int column() {
    return delegate.column();
  }
}
