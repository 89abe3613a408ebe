package org.cxkit.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for HTML and SVG: escaping of everything that comes from users (names, notes, goals), and
 * wrapping of long names into the few lines a journey-map card has room for.
 */
final class Markup {
  /** What replaces a character that XML and HTML cannot carry (control characters, lone halves). */
  static final char REPLACEMENT = '\uFFFD';

  private Markup() {}

  /**
   * Escapes text for an HTML or XML text node or a quoted attribute: {@code & < > " '} become
   * references, and characters no XML 1.0 document may hold become U+FFFD.
   */
  static String esc(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                  if (allowed(c)) {
                    sb.appendCodePoint(c);
                  } else {
                    sb.append(REPLACEMENT);
                  }
                }
              }
            });
    return sb.toString();
  }

  /** The characters XML 1.0 allows (its production Char), less C1 controls and DEL. */
  private static boolean allowed(int c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
      return false;
    }
    if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
      return false; // a lone half of a surrogate pair
    }
    return c != 0xFFFE && c != 0xFFFF;
  }

  /**
   * Wraps text into at most {@code maxLines} lines of at most {@code width} characters, breaking at
   * spaces where it can; what does not fit ends with an ellipsis. Whitespace runs become one space.
   */
  static List<String> wrap(String text, int width, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.strip().split("\\s+");
    int i = 0;
    while (i < words.length && lines.size() < maxLines) {
      String w = words[i];
      if (w.isEmpty()) {
        i++;
        continue;
      }
      if (line.length() == 0 && w.codePointCount(0, w.length()) > width) {
        int cut = w.offsetByCodePoints(0, width);
        lines.add(w.substring(0, cut));
        words[i] = w.substring(cut);
        continue;
      }
      int len = line.codePointCount(0, line.length());
      if (len + (len == 0 ? 0 : 1) + w.codePointCount(0, w.length()) <= width) {
        if (len > 0) {
          line.append(' ');
        }
        line.append(w);
        i++;
      } else {
        lines.add(line.toString());
        line.setLength(0);
      }
    }
    if (line.length() > 0 && lines.size() < maxLines) {
      lines.add(line.toString());
      line.setLength(0);
    }
    boolean cut = i < words.length || line.length() > 0;
    if (cut && !lines.isEmpty()) {
      String last = lines.get(lines.size() - 1);
      int keep = Math.min(last.codePointCount(0, last.length()), width - 1);
      lines.set(lines.size() - 1, last.substring(0, last.offsetByCodePoints(0, keep)) + "\u2026");
    }
    return lines;
  }

  /**
   * Opens an inline {@code <svg>} element of a class and id, its size, labelled by a {@code
   * <title>} child (what screen readers read out).
   */
  static StringBuilder svg(
      StringBuilder s, String cls, String id, int width, int height, String title) {
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"")
        .append(cls)
        .append("\" id=\"")
        .append(esc(id))
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(esc(id))
        .append("-title\">\n<title id=\"")
        .append(esc(id))
        .append("-title\">")
        .append(esc(title))
        .append("</title>\n");
    return s;
  }
}
