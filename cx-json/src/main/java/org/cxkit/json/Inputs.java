package org.cxkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.cxkit.metrics.BadInputException.Kind;

/**
 * Turns every kind of input into checked characters before any parser sees them: bytes are read up
 * to the document limit and checked as strict UTF-8 (a leading byte-order mark is skipped).
 */
final class Inputs {
  private Inputs() {}

  /** Reads eight bytes of an array at once, for the ASCII fast path of {@link #validateUtf8}. */
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Characters with a length; the array may be longer. */
  static final class Chars {
    private final char[] chars;
    private final int length;

    Chars(char[] chars, int length) {
      this.chars = chars;
      this.length = length;
    }

    char[] chars() {
      return chars;
    }

    int length() {
      return length;
    }
  }

  /**
   * Opens {@code file}, hands its bytes to {@code read} and closes it; failing I/O as {@link #io}.
   */
  static <T> T readFile(Path file, Function<InputStream, T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in);
    } catch (IOException e) {
      throw io(e);
    }
  }

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

  /**
   * Checks that {@code bytes[from, to)} is well-formed UTF-8 as RFC 3629 defines it (no overlong
   * forms, no encoded surrogates, nothing above U+10FFFF) and returns the offset after a leading
   * byte-order mark, so the parser can read the bytes directly; throws an ENCODING error naming the
   * line and column of the first bad byte. ASCII runs take the fast path.
   */
  static int validateUtf8(byte[] b, int from, int to) {
    int start = from;
    if (to - from >= 3
        && (b[from] & 0xff) == 0xEF
        && (b[from + 1] & 0xff) == 0xBB
        && (b[from + 2] & 0xff) == 0xBF) {
      start = from + 3;
    }
    int i = start;
    while (i < to) {
      // ASCII fast path: eight bytes at a time while none has its high bit set.
      while (i + 8 <= to && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      c &= 0xff;
      int need;
      int lo = 0x80;
      int hi = 0xBF;
      if (c >= 0xC2 && c <= 0xDF) {
        need = 1;
      } else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) {
          lo = 0xA0;
        } else if (c == 0xED) {
          hi = 0x9F;
        }
      } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) {
          lo = 0x90;
        } else if (c == 0xF4) {
          hi = 0x8F;
        }
      } else {
        throw encodingError(b, start, i);
      }
      if (i + need >= to) {
        throw encodingError(b, start, i);
      }
      int c1 = b[i + 1] & 0xff;
      if (c1 < lo || c1 > hi) {
        throw encodingError(b, start, i);
      }
      for (int k = 2; k <= need; k++) {
        int ck = b[i + k] & 0xff;
        if (ck < 0x80 || ck > 0xBF) {
          throw encodingError(b, start, i);
        }
      }
      i += need + 1;
    }
    return start;
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
    return new CxJsonException.Details(
            Kind.LIMIT, "document longer than the limit of " + max + " bytes")
        .at("", 0, 0)
        .build();
  }

  static CxJsonException io(IOException e) {
    return new CxJsonException.Details(Kind.IO, "reading failed: " + e.getClass().getSimpleName())
        .build(e);
  }
}
