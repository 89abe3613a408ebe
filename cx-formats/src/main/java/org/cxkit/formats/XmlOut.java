package org.cxkit.formats;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A small XML writer for the XES and CJML writers: UTF-8, two-space indentation, and escaping that
 * survives a round trip (in attribute values tabs and line breaks are written as character
 * references, which XML's attribute normalisation would otherwise turn into spaces). A character
 * XML 1.0 cannot carry (most control characters, an unpaired surrogate) is refused with an {@link
 * IllegalArgumentException} naming the field, not its content. Not thread-safe.
 */
final class XmlOut implements AutoCloseable {
  private final Writer out;
  private int depth;
  private boolean open; // a start tag is waiting for its '>'

  XmlOut(OutputStream out) {
    this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  }

  /** Opens an element: {@code attributes} are name, value pairs. */
  XmlOut start(String name, String... attributes) {
    closeTag();
    raw("\n" + "  ".repeat(depth) + "<" + name);
    for (int i = 0; i < attributes.length; i += 2) {
      raw(" " + attributes[i] + "=\"");
      escape(attributes[i + 1], true, name + " " + attributes[i]);
      raw("\"");
    }
    open = true;
    depth++;
    return this;
  }

  /** Closes the innermost element, as {@code <x/>} if it has no content. */
  XmlOut end(String name) {
    depth--;
    if (open) {
      raw("/>");
      open = false;
    } else {
      raw("\n" + "  ".repeat(depth) + "</" + name + ">");
    }
    return this;
  }

  /** An element holding only text. */
  XmlOut element(String name, String text) {
    closeTag();
    raw("\n" + "  ".repeat(depth) + "<" + name + ">");
    escape(text, false, name);
    raw("</" + name + ">");
    return this;
  }

  private void closeTag() {
    if (open) {
      raw(">");
      open = false;
    }
  }

  private void escape(String s, boolean attribute, String field) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append("&#13;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
            throw new IllegalArgumentException(
                "'" + field + "' holds a character XML 1.0 cannot carry");
          } else {
            sb.append(c);
          }
        }
      }
    }
    raw(sb.toString());
  }

  private void raw(String s) {
    try {
      out.write(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the document and flushes; the stream stays open. */
  void finish() {
    raw("\n");
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
