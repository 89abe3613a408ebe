package org.cxkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cxkit.json.CxJsonException.Kind;

/**
 * Turns every kind of input into checked characters before any parser sees them: bytes are read up
 * to the document limit and decoded as strict UTF-8 (a leading byte-order mark is skipped).
 */
final class Inputs {
  private Inputs() {}

  /** Characters with a length; the array may be longer. */
  record Chars(char[] chars, int length) {}

  static byte[] readAll(InputStream in, long max) {
    try {
      byte[] buf = new byte[(int) Math.min(max + 1, 64 * 1024)];
      int n = 0;
      while (true) {
        if (n == buf.length) {
          if (n > max) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (n > max) {
        throw tooLong(max);
      }
      return n == buf.length ? buf : Arrays.copyOf(buf, n);
    } catch (IOException e) {
      throw io(e);
    }
  }

  static Chars readAll(Reader in, long max) {
    try {
      char[] buf = new char[(int) Math.min(max + 1, 64 * 1024)];
      int n = 0;
      while (true) {
        if (n == buf.length) {
          if (n > max) {
            break;
          }
          buf = Arrays.copyOf(buf, (int) Math.min(max + 1, (long) buf.length * 2));
        }
        int r = in.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (n > max) {
        throw tooLong(max);
      }
      return new Chars(buf, n);
    } catch (IOException e) {
      throw io(e);
    }
  }

  static Chars chars(String s, long max) {
    if (s.length() > max) {
      throw tooLong(max);
    }
    return new Chars(s.toCharArray(), s.length());
  }

  /** Strict UTF-8: malformed or unmappable input is an error naming its line and column. */
  static Chars decode(byte[] bytes, int length, long max) {
    if (length > max) {
      throw tooLong(max);
    }
    int start = 0;
    if (length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      start = 3;
    }
    CharsetDecoder dec =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, length - start);
    CharBuffer out = CharBuffer.allocate(length - start);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw encodingError(bytes, start, in.position());
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw encodingError(bytes, start, in.position());
    }
    return new Chars(out.array(), out.position());
  }

  private static CxJsonException encodingError(byte[] bytes, int start, int at) {
    int line = 1;
    int lineStart = start;
    for (int i = start; i < at; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1;
    for (int i = lineStart; i < at; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new CxJsonException.Details(Kind.ENCODING, "invalid UTF-8 at byte offset " + at)
        .at("", line, column)
        .expected("UTF-8 text", "a malformed byte sequence")
        .build();
  }

  static CxJsonException tooLong(long max) {
    return new CxJsonException.Details(Kind.LIMIT, "document longer than the limit of " + max + " bytes")
        .at("", 0, 0)
        .build();
  }

  static CxJsonException io(IOException e) {
    return new CxJsonException.Details(Kind.IO, "reading failed: " + e.getClass().getSimpleName()).build(e);
  }
}
