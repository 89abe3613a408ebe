package org.cxkit.formats;

import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.jspecify.annotations.Nullable;

/**
 * A hardened pull parser over untrusted XML, the one place cx-formats touches StAX. The JDK's own
 * StAX implementation ({@link XMLInputFactory#newDefaultFactory()}, never a provider found on the
 * class path) reads strictly decoded UTF-8 with a leading BOM skipped, and:
 *
 * <ul>
 *   <li>a document type declaration is refused before the parser sees it (a character-level guard
 *       spots {@code <!DOCTYPE} outside comments and CDATA), so there are no entity declarations,
 *       no entity expansion and no external entities; the parser is also configured without DTD
 *       support, external entities or external DTD access, and an entity reference that still
 *       reaches it is refused;
 *   <li>the same guard bounds every run of characters between two pieces of markup (a text node, a
 *       tag with its attributes, a comment, a CDATA section), so no single token can exhaust
 *       memory; depth and attributes per element are bounded as the elements are read.
 * </ul>
 *
 * <p>Elements are matched by local name: namespaces and prefixes are ignored (real event logs use
 * them inconsistently). Errors are {@link BadInputException}s whose location is the reader's path
 * (written like a JSON Pointer: {@code /trace/2/event/0}) with the line and column, and whose
 * reason never repeats the input. Not thread-safe; closes its input.
 */
final class XmlInput implements AutoCloseable {
  private final XMLStreamReader xml;
  private final Guard guard;
  private final XmlLimits limits;
  private int depth;

  private XmlInput(XMLStreamReader xml, Guard guard, XmlLimits limits) {
    this.xml = xml;
    this.guard = guard;
    this.limits = limits;
  }

  /** Opens UTF-8 bytes, decoded strictly; a leading BOM is skipped. */
  static XmlInput open(InputStream in, XmlLimits limits) {
    Reader utf8 =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    PushbackReader r = new PushbackReader(utf8, 1);
    try {
      int c = r.read();
      if (c >= 0 && c != 0xFEFF) {
        r.unread(c);
      }
    } catch (IOException e) {
      throw failure(e, null, "");
    }
    Guard guard = new Guard(r, limits.maxTextLength());
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setXMLResolver(
        (publicId, systemId, baseUri, namespace) -> {
          throw new XMLStreamException("external resources are refused");
        });
    try {
      return new XmlInput(f.createXMLStreamReader(guard), guard, limits);
    } catch (XMLStreamException e) {
      throw failure(e, null, "");
    }
  }

  /** Reads one journey element of a document: its start tag is the current event. */
  interface ElementReader {
    void read(XmlInput x, String path);
  }

  /**
   * Reads a whole document whose root element is {@code root}: each child named {@code child} is
   * handed to {@code reader} with its path ({@code /child/0}, {@code /child/1}, ...), every other
   * child is skipped, and nothing may follow the root. Closes the input.
   *
   * @param format the format's name, for the error on another root
   */
  static void readEach(
      InputStream in,
      XmlLimits limits,
      String format,
      String root,
      String child,
      ElementReader reader) {
    try (XmlInput x = open(in, limits)) {
      if (x.nextTag("") != XMLStreamConstants.START_ELEMENT || !x.name().equals(root)) {
        throw x.error(
            Kind.STRUCTURE, "", "not " + format + ": expected a <" + root + "> root element");
      }
      int n = 0;
      while (x.nextTag("") == XMLStreamConstants.START_ELEMENT) {
        if (x.name().equals(child)) {
          reader.read(x, "/" + child + "/" + n++);
        } else {
          x.skip("");
        }
      }
      if (x.nextTag("") != XMLStreamConstants.END_DOCUMENT) {
        throw x.error(Kind.SYNTAX, "", "content after the root element");
      }
    }
  }

  /**
   * Advances to the next start tag, end tag or end of the document, checking depth and attributes;
   * text, comments and processing instructions in between are skipped.
   *
   * @param path where the reader is, for errors
   * @return {@link XMLStreamConstants#START_ELEMENT}, {@link XMLStreamConstants#END_ELEMENT} or
   *     {@link XMLStreamConstants#END_DOCUMENT}
   */
  int nextTag(String path) {
    while (true) {
      int e = advance(path);
      if (e == XMLStreamConstants.START_ELEMENT
          || e == XMLStreamConstants.END_ELEMENT
          || e == XMLStreamConstants.END_DOCUMENT) {
        return e;
      }
    }
  }

  private int advance(String path) {
    int e;
    try {
      if (!xml.hasNext()) {
        return XMLStreamConstants.END_DOCUMENT;
      }
      e = xml.next();
    } catch (XMLStreamException ex) {
      throw failure(ex, xml.getLocation(), path);
    }
    switch (e) {
      case XMLStreamConstants.START_ELEMENT -> {
        if (++depth > limits.maxDepth()) {
          throw error(
              Kind.LIMIT, path, "elements nested deeper than the limit of " + limits.maxDepth());
        }
        if (xml.getAttributeCount() > limits.maxAttributes()) {
          throw error(
              Kind.LIMIT,
              path,
              "element has more attributes than the limit of " + limits.maxAttributes());
        }
      }
      case XMLStreamConstants.END_ELEMENT -> depth--;
      case XMLStreamConstants.DTD ->
          throw error(Kind.STRUCTURE, path, "document type declaration (DTD) refused");
      case XMLStreamConstants.ENTITY_REFERENCE ->
          throw error(
              Kind.STRUCTURE,
              path,
              "entity reference refused: expected only the predefined entities and character"
                  + " references");
      default -> {}
    }
    return e;
  }

  /** The local name of the current start or end tag (namespace and prefix ignored). */
  String name() {
    return xml.getLocalName();
  }

  /** The current element's depth: 1 for the root element. */
  int depth() {
    return depth;
  }

  /** The value of the current start tag's attribute of this local name, or null. */
  @Nullable String attribute(String localName) {
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      if (xml.getAttributeLocalName(i).equals(localName)) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  /**
   * Reads the text content of the current element, which must be a simple element (text only), up
   * to its end tag; the text is at most the text limit long.
   */
  String text(String path) {
    StringBuilder sb = new StringBuilder();
    while (true) {
      int e = advance(path);
      switch (e) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (sb.length() + xml.getTextLength() > limits.maxTextLength()) {
            throw error(
                Kind.LIMIT,
                path,
                "text longer than the limit of " + limits.maxTextLength() + " characters");
          }
          sb.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
        }
        case XMLStreamConstants.START_ELEMENT ->
            throw error(Kind.STRUCTURE, path, "unexpected element: expected text only");
        case XMLStreamConstants.END_ELEMENT -> {
          return sb.toString();
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw error(Kind.SYNTAX, path, "document ends inside an element");
        default -> {}
      }
    }
  }

  /** Skips the current element (after its start tag) with everything inside it. */
  void skip(String path) {
    int target = depth - 1;
    while (depth > target) {
      if (nextTag(path) == XMLStreamConstants.END_DOCUMENT) {
        throw error(Kind.SYNTAX, path, "document ends inside an element");
      }
    }
  }

  /** An exception at the current position. */
  BadInputException error(Kind kind, String path, String reason) {
    return new BadInputException(kind, here(path), reason);
  }

  /** The current position: the path with the line and column the parser is at. */
  InputLocation here(String path) {
    return at(path, xml.getLocation());
  }

  private static InputLocation at(String path, @Nullable Location l) {
    long line = l == null ? 0 : Math.max(0, l.getLineNumber());
    long column = line == 0 || l == null ? 0 : Math.max(0, l.getColumnNumber());
    return InputLocation.document(path, line, column);
  }

  /** Maps a parser or stream failure to what went wrong and where, never the input's content. */
  private static BadInputException failure(Exception e, @Nullable Location l, String path) {
    Throwable t = e;
    for (int depth = 0; t != null && depth < 8; t = next(t), depth++) { // causes are few; no cycles
      if (t instanceof Guard.Tripped g) {
        return new BadInputException(
            g.kind, InputLocation.document(path, g.line, g.column), g.reason);
      }
      if (t instanceof CharacterCodingException) {
        return new BadInputException(
            Kind.ENCODING,
            at(path, l),
            "invalid UTF-8: expected UTF-8 text, found a malformed byte sequence");
      }
      if (t instanceof IOException io) {
        return CsvRows.io(io);
      }
    }
    Location where =
        e instanceof XMLStreamException x && x.getLocation() != null ? x.getLocation() : l;
    return new BadInputException(Kind.SYNTAX, at(path, where), "malformed XML");
  }

  /** The failure behind {@code t}: StAX keeps it as the nested exception, others as the cause. */
  private static @Nullable Throwable next(Throwable t) {
    if (t instanceof XMLStreamException x && x.getNestedException() != null) {
      return x.getNestedException();
    }
    return t.getCause();
  }

  @Override
  public void close() {
    try {
      xml.close();
      guard.close();
    } catch (XMLStreamException | IOException e) {
      throw failure(e, null, "");
    }
  }

  /**
   * The character-level guard in front of the parser: refuses {@code <!DOCTYPE} and bounds every
   * run of characters between two pieces of markup. It tracks just enough of XML's lexical states
   * (markup, comment, CDATA section, processing instruction) to tell where markup starts: in
   * element content and tags a {@code <} always starts markup, because it must be escaped in text
   * and attribute values.
   */
  static final class Guard extends FilterReader {
    private final int maxRun;
    private final char[] recent = new char[16]; // a ring of the last characters seen
    private int at;
    private int run;
    private long line = 1;
    private long column;
    private @Nullable String terminator; // the end of the comment, CDATA or PI we are in

    Guard(Reader in, int maxRun) {
      super(in);
      this.maxRun = maxRun;
    }

    @Override
    public int read() throws IOException {
      char[] one = new char[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0];
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      for (int i = off; i < off + Math.max(n, 0); i++) {
        see(buf[i]);
      }
      return n;
    }

    private void see(char c) throws Tripped {
      if (c == '\n') {
        line++;
        column = 0;
      } else {
        column++;
      }
      recent[at++ & 15] = c;
      run++;
      String end = terminator;
      if (end != null) {
        if (endsWith(end)) {
          terminator = null;
          run = 0;
        }
      } else if (c == '<') {
        run = 1;
      } else if (c == '-' && endsWith("<!--")) {
        terminator = "-->";
      } else if (c == '[' && endsWith("<![CDATA[")) {
        terminator = "]]>";
      } else if (c == '?' && endsWith("<?")) {
        terminator = "?>";
      } else if (c == 'E' && endsWith("<!DOCTYPE")) {
        throw new Tripped(Kind.STRUCTURE, "document type declaration (DTD) refused", line, column);
      }
      if (run > maxRun) {
        throw new Tripped(
            Kind.LIMIT,
            "text, tag, comment or CDATA section longer than the limit of "
                + maxRun
                + " characters",
            line,
            column);
      }
    }

    private boolean endsWith(String s) {
      for (int i = 1, n = s.length(); i <= n; i++) {
        if (recent[(at - i) & 15] != s.charAt(n - i)) {
          return false;
        }
      }
      return true;
    }

    /** The guard's verdict, carried through the parser as an I/O failure. */
    static final class Tripped extends IOException {
      private static final long serialVersionUID = 1L;
      final transient Kind kind;
      final String reason;
      final long line;
      final long column;

      Tripped(Kind kind, String reason, long line, long column) {
        super(reason);
        this.kind = kind;
        this.reason = reason;
        this.line = line;
        this.column = Math.max(1, column);
      }
    }
  }
}
