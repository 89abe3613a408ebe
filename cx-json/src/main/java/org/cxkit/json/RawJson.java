package org.cxkit.json;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cxkit.json.JsonSource.Tok;
import org.jspecify.annotations.Nullable;

/**
 * JSON kept verbatim as its flat token sequence, each token with its line and column: how unknown
 * properties of newer 1.y documents are carried through a 1.x reader and written back unchanged,
 * and how a reader holds a value it can only judge later (a derived figure of a result, checked
 * once the result is rebuilt; the properties before a result's {@code "kind"}) and then {@linkplain
 * #replay replays} it through the same streaming code. A token list, never a tree. Jackson-free.
 */
final class RawJson {
  private final Tok[] tokens;
  private final @Nullable String[] texts;
  private final int[] lines;
  private final int[] columns;
  private final int size;
  private @Nullable String json;

  private RawJson(Tokens t) {
    this.tokens = Arrays.copyOf(t.tokens, t.size);
    this.texts = Arrays.copyOf(t.texts, t.size);
    this.lines = Arrays.copyOf(t.lines, t.size);
    this.columns = Arrays.copyOf(t.columns, t.size);
    this.size = t.size;
  }

  /**
   * Captures the value at the source's current token (consuming it). Duplicate names inside objects
   * are reported through {@code onDuplicate}, which must throw.
   */
  static RawJson capture(JsonSource src, Runnable onDuplicate) {
    Tokens t = new Tokens();
    t.addValue(src, onDuplicate);
    return t.freeze();
  }

  /** A growable token list. */
  static final class Tokens {
    private Tok[] tokens = new Tok[16];
    private @Nullable String[] texts = new String[16];
    private int[] lines = new int[16];
    private int[] columns = new int[16];
    private int size;

    /** Appends one token. */
    void add(Tok tok, @Nullable String text, int line, int column) {
      if (size == tokens.length) {
        int n = size * 2;
        tokens = Arrays.copyOf(tokens, n);
        texts = Arrays.copyOf(texts, n);
        lines = Arrays.copyOf(lines, n);
        columns = Arrays.copyOf(columns, n);
      }
      tokens[size] = tok;
      texts[size] = text;
      lines[size] = line;
      columns[size] = column;
      size++;
    }

    /** Appends the value at the source's current token, consuming it (see {@link #capture}). */
    void addValue(JsonSource src, Runnable onDuplicate) {
      List<Set<String>> names = new ArrayList<>();
      int depth = 0;
      Tok t = src.current();
      while (true) {
        String text = null;
        switch (t) {
          case START_OBJECT, START_ARRAY -> {
            names.add(new HashSet<>());
            depth++;
          }
          case END_OBJECT, END_ARRAY -> {
            names.remove(names.size() - 1);
            depth--;
          }
          case NAME -> {
            text = src.text();
            if (!names.get(names.size() - 1).add(text)) {
              onDuplicate.run();
            }
          }
          case STRING -> text = src.text();
          case INT, FLOAT -> text = src.numberText();
          default -> {
            // true, false, null: the token says it all
          }
        }
        add(t, text, src.line(), src.column());
        if (depth == 0) {
          return;
        }
        t = src.next();
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    RawJson freeze() {
      return new RawJson(this);
    }
  }

  /**
   * Returns a source that yields these tokens, each at its recorded line and column, and then
   * continues with {@code then} (or reports the end of input if it is null). The source starts
   * before the first token.
   */
  JsonSource replay(@Nullable JsonSource then) {
    return new Replay(this, then);
  }

  /** Line of the first token. */
  int line() {
    return size == 0 ? 0 : lines[0];
  }

  /** Column of the first token. */
  int column() {
    return size == 0 ? 0 : columns[0];
  }

  /** Writes the tokens to a sink unchanged. */
  void writeTo(JsonSink out) {
    for (int i = 0; i < size; i++) {
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

  /** Compact JSON text of the tokens. */
  String json() {
    String j = json;
    if (j == null) {
      j = render();
      json = j;
    }
    return j;
  }

  private String render() {
    StringBuilder sb = new StringBuilder();
    boolean needComma = false;
    for (int i = 0; i < size; i++) {
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
    return o instanceof RawJson r && json().equals(r.json());
  }

  @Override
  public int hashCode() {
    return json().hashCode();
  }

  @Override
  public String toString() {
    return json();
  }

  /** A {@link JsonSource} over the recorded tokens, then over another source. */
  private static final class Replay implements JsonSource {
    private final RawJson raw;
    private final @Nullable JsonSource then;
    private int at = -1;

    Replay(RawJson raw, @Nullable JsonSource then) {
      this.raw = raw;
      this.then = then;
    }

    @Override
    public Tok next() {
      if (at < raw.size) {
        at++;
      }
      if (at < raw.size) {
        return raw.tokens[at];
      }
      return then == null ? Tok.EOF : then.next();
    }

    @Override
    public Tok current() {
      if (at < 0) {
        return Tok.EOF;
      }
      if (at < raw.size) {
        return raw.tokens[at];
      }
      return then == null ? Tok.EOF : then.current();
    }

    /** The continuation, once the recorded tokens are all read; null while they are not. */
    private @Nullable JsonSource live() {
      return at >= raw.size ? then : null;
    }

    @Override
    public String text() {
      JsonSource l = live();
      if (l != null) {
        return l.text();
      }
      String t = at >= 0 && at < raw.size ? raw.texts[at] : null;
      return t == null ? "" : t;
    }

    @Override
    public boolean intFits() {
      JsonSource l = live();
      if (l != null) {
        return l.intFits();
      }
      if (current() != Tok.INT) {
        return false;
      }
      try {
        Integer.parseInt(text());
        return true;
      } catch (NumberFormatException e) {
        return false;
      }
    }

    @Override
    public int intValue() {
      JsonSource l = live();
      return l != null ? l.intValue() : Integer.parseInt(text());
    }

    @Override
    public double doubleValue() {
      JsonSource l = live();
      return l != null ? l.doubleValue() : Double.parseDouble(text());
    }

    @Override
    public String numberText() {
      JsonSource l = live();
      return l != null ? l.numberText() : text();
    }

    @Override
    public void skipChildren() {
      JsonSource l = live();
      if (l != null) {
        l.skipChildren();
        return;
      }
      Tok t = current();
      if (t != Tok.START_OBJECT && t != Tok.START_ARRAY) {
        return;
      }
      int depth = 1;
      while (depth > 0) {
        Tok n = next();
        if (n == Tok.START_OBJECT || n == Tok.START_ARRAY) {
          depth++;
        } else if (n == Tok.END_OBJECT || n == Tok.END_ARRAY) {
          depth--;
        } else if (n == Tok.EOF) {
          return;
        }
      }
    }

    @Override
    public int line() {
      JsonSource l = live();
      return l != null ? l.line() : at >= 0 && at < raw.size ? raw.lines[at] : 0;
    }

    @Override
    public int column() {
      JsonSource l = live();
      return l != null ? l.column() : at >= 0 && at < raw.size ? raw.columns[at] : 0;
    }
  }

  /**
   * If {@code src} is a replay whose recorded tokens are all read, the source it continues with;
   * otherwise {@code src} itself. Lets a reader drop a finished replay instead of stacking them.
   */
  static JsonSource unwrap(JsonSource src) {
    if (src instanceof Replay r) {
      JsonSource rest = r.live();
      if (rest != null) {
        return unwrap(rest);
      }
    }
    return src;
  }
}
