package org.cxkit.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.CharConversionException;
import java.io.IOException;
import org.cxkit.metrics.BadInputException.Kind;

/**
 * {@link JsonSource} over a Jackson 2 {@link JsonParser}. All Jackson 2 parsing code lives here.
 */
final class JacksonSource implements JsonSource {
  private final JsonParser p;
  private Tok current = Tok.EOF;

  JacksonSource(JsonParser p) {
    this.p = p;
    JsonToken t = p.currentToken();
    if (t != null) {
      current = map(t);
    }
  }

  @Override
  public Tok next() {
    try {
      JsonToken t = p.nextToken();
      current = t == null ? Tok.EOF : map(t);
      return current;
    } catch (IOException e) {
      throw failure(e, p);
    }
  }

  static Tok map(JsonToken t) {
    // VALUE_EMBEDDED_OBJECT and NOT_AVAILABLE never come from a text parser.
    return switch (t) {
      case START_OBJECT -> Tok.START_OBJECT;
      case END_OBJECT -> Tok.END_OBJECT;
      case START_ARRAY -> Tok.START_ARRAY;
      case END_ARRAY -> Tok.END_ARRAY;
      case FIELD_NAME -> Tok.NAME;
      case VALUE_STRING -> Tok.STRING;
      case VALUE_NUMBER_INT -> Tok.INT;
      case VALUE_NUMBER_FLOAT -> Tok.FLOAT;
      case VALUE_TRUE -> Tok.TRUE;
      case VALUE_FALSE -> Tok.FALSE;
      case VALUE_NULL -> Tok.NULL;
      default ->
          throw new SourceFailure(
              new CxJsonException.Details(Kind.SYNTAX, "unsupported JSON token"));
    };
  }

  @Override
  public Tok current() {
    return current;
  }

  @Override
  public String text() {
    try {
      String s = p.getText();
      return s == null ? "" : s;
    } catch (IOException e) {
      throw failure(e, p);
    }
  }

  @Override
  public boolean intFits() {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw failure(e, p);
    }
  }

  @Override
  public int intValue() {
    try {
      return p.getIntValue();
    } catch (IOException e) {
      throw failure(e, p);
    }
  }

  @Override
  public double doubleValue() {
    try {
      return p.getDoubleValue();
    } catch (IOException e) {
      throw failure(e, p);
    }
  }

  @Override
  public String numberText() {
    return text();
  }

  @Override
  public void skipChildren() {
    try {
      p.skipChildren();
      JsonToken t = p.currentToken();
      current = t == null ? Tok.EOF : map(t);
    } catch (IOException e) {
      throw failure(e, p);
    }
  }

  @Override
  public void close() {
    try {
      p.close();
    } catch (IOException e) {
      throw Inputs.io(e);
    }
  }

  @Override
  public int line() {
    JsonLocation l = p.currentTokenLocation();
    return l == null ? 0 : Math.max(0, l.getLineNr());
  }

  @Override
  public int column() {
    JsonLocation l = p.currentTokenLocation();
    return l == null ? 0 : Math.max(0, l.getColumnNr());
  }

  /**
   * The JSON Pointer, from the document's root, of the value the parser is on (a value a host's
   * mapper hands to a deserializer of this module, inside its own request body).
   */
  static String pointer(JsonParser p) {
    JsonStreamContext c = p.getParsingContext();
    JsonToken t = p.currentToken();
    if (c != null && (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY)) {
      c = c.getParent(); // the value's own context has no segment yet
    }
    return c == null ? "" : c.pathAsPointer().toString();
  }

  /**
   * Translates a Jackson failure into cxkit's terms, without its message (Jackson's messages quote
   * the input) except for stream-constraint messages, which carry only numbers.
   */
  static SourceFailure failure(IOException e, JsonParser p) {
    CxJsonException.Details d;
    if (e instanceof StreamConstraintsException sce) {
      String m = String.valueOf(sce.getOriginalMessage());
      int from = m.indexOf(", from ");
      d =
          new CxJsonException.Details(
              Kind.LIMIT, "limit exceeded: " + (from > 0 ? m.substring(0, from) + ")" : m));
    } else if (e instanceof JsonEOFException) {
      d = new CxJsonException.Details(Kind.SYNTAX, "unexpected end of input");
    } else if (e instanceof InputCoercionException) {
      d = new CxJsonException.Details(Kind.STRUCTURE, "number out of range");
    } else if (e instanceof CharConversionException) {
      d = new CxJsonException.Details(Kind.ENCODING, "invalid character encoding");
    } else if (e instanceof JsonParseException jpe
        && String.valueOf(jpe.getOriginalMessage()).startsWith("Duplicate field")) {
      d = new CxJsonException.Details(Kind.STRUCTURE, "duplicate property");
    } else if (e instanceof JsonProcessingException) {
      d = new CxJsonException.Details(Kind.SYNTAX, "malformed JSON");
    } else {
      d = new CxJsonException.Details(Kind.IO, "reading failed: " + e.getClass().getSimpleName());
      SourceFailure f = new SourceFailure(d);
      f.initCause(e);
      return f;
    }
    JsonLocation l = e instanceof JsonProcessingException jp ? jp.getLocation() : null;
    if (l == null) {
      l = p.currentLocation();
    }
    if (l != null) {
      d.line = Math.max(0, l.getLineNr());
      d.column = Math.max(0, l.getColumnNr());
    }
    return new SourceFailure(d);
  }
}
