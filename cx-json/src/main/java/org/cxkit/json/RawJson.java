package org.cxkit.json;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cxkit.json.JsonSource.Tok;
import org.jspecify.annotations.Nullable;

/**
 * A JSON value kept verbatim as its token sequence: how unknown properties of newer 1.y documents
 * are carried through a 1.x reader and written back unchanged. Jackson-free.
 */
final class RawJson {
  private final Tok[] tokens;
  private final @Nullable String[] texts;
  private final String json;

  private RawJson(List<Tok> tokens, List<@Nullable String> texts) {
    this.tokens = tokens.toArray(new Tok[0]);
    this.texts = texts.toArray(new String[0]);
    this.json = render();
  }

  /**
   * Captures the value at the source's current token (consuming it). Duplicate names inside objects
   * are reported through {@code onDuplicate}, which must throw.
   */
  static RawJson capture(JsonSource src, Runnable onDuplicate) {
    List<Tok> toks = new ArrayList<>();
    List<@Nullable String> texts = new ArrayList<>();
    List<Set<String>> names = new ArrayList<>();
    int depth = 0;
    Tok t = src.current();
    while (true) {
      switch (t) {
        case START_OBJECT -> {
          names.add(new HashSet<>());
          depth++;
          toks.add(t);
          texts.add(null);
        }
        case START_ARRAY -> {
          names.add(new HashSet<>());
          depth++;
          toks.add(t);
          texts.add(null);
        }
        case END_OBJECT, END_ARRAY -> {
          names.remove(names.size() - 1);
          depth--;
          toks.add(t);
          texts.add(null);
        }
        case NAME -> {
          String n = src.text();
          if (!names.get(names.size() - 1).add(n)) {
            onDuplicate.run();
          }
          toks.add(t);
          texts.add(n);
        }
        case STRING -> {
          toks.add(t);
          texts.add(src.text());
        }
        case INT, FLOAT -> {
          toks.add(t);
          texts.add(src.numberText());
        }
        default -> {
          toks.add(t);
          texts.add(null);
        }
      }
      if (depth == 0) {
        return new RawJson(toks, texts);
      }
      t = src.next();
    }
  }

  /** Writes the value to a sink unchanged. */
  void writeTo(JsonSink out) {
    for (int i = 0; i < tokens.length; i++) {
      String text = texts[i];
      switch (tokens[i]) {
        case START_OBJECT -> out.startObject();
        case END_OBJECT -> out.endObject();
        case START_ARRAY -> out.startArray();
        case END_ARRAY -> out.endArray();
        case NAME -> out.name(text == null ? "" : text);
        case STRING -> out.string(text == null ? "" : text);
        case INT, FLOAT -> out.numberText(text == null ? "0" : text);
        case TRUE -> out.bool(true);
        case FALSE -> out.bool(false);
        default -> out.nullValue();
      }
    }
  }

  /** Compact JSON text of the value. */
  String json() {
    return json;
  }

  private String render() {
    StringBuilder sb = new StringBuilder();
    boolean needComma = false;
    for (int i = 0; i < tokens.length; i++) {
      Tok t = tokens[i];
      if (t == Tok.END_OBJECT || t == Tok.END_ARRAY) {
        sb.append(t == Tok.END_OBJECT ? '}' : ']');
        needComma = true;
        continue;
      }
      if (needComma) {
        sb.append(',');
      }
      needComma = true;
      String text = texts[i];
      switch (t) {
        case START_OBJECT -> {
          sb.append('{');
          needComma = false;
        }
        case START_ARRAY -> {
          sb.append('[');
          needComma = false;
        }
        case NAME -> {
          quote(sb, text == null ? "" : text);
          sb.append(':');
          needComma = false;
        }
        case STRING -> quote(sb, text == null ? "" : text);
        case INT, FLOAT -> sb.append(text);
        case TRUE -> sb.append("true");
        case FALSE -> sb.append("false");
        default -> sb.append("null");
      }
    }
    return sb.toString();
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof RawJson r && json.equals(r.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return json;
  }
}
