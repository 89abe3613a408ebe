package org.cxkit.formats;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * UTF-8 at the byte level for {@link CsvRows}: which byte sequences are well formed (the Unicode
 * Standard, section 3.9, table 3-7 "Well-Formed UTF-8 Byte Sequences"; RFC 3629, section 4), and
 * the decoding of the bytes {@link Utf8Encoder} writes, which may hold a lone surrogate or stand in
 * for a delimiter outside ASCII.
 */
final class Utf8 {
  /** Eight bytes of an array read as one little-endian {@code long}. */
  static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The byte {@link Utf8Encoder} writes for a delimiter outside ASCII: never in UTF-8. */
  static final byte DELIMITER = (byte) 0xFF;

  private Utf8() {}

  /**
   * The bytes {@code b[from, from + n)}, {@code n <= 8}, as the low bytes of a little-endian {@code
   * long} (the higher bytes zero): a short cell compared or hashed as one number.
   */
  static long word(byte[] b, int from, int n) {
    if (from + 8 <= b.length) {
      return (long) LONGS.get(b, from) & LOW_BYTES[n];
    }
    return wordAtEnd(b, from, n);
  }

  /** {@code LOW_BYTES[n]}: the low {@code n} bytes of a word set. */
  private static final long[] LOW_BYTES = {
    0,
    0xFFL,
    0xFFFFL,
    0xFF_FFFFL,
    0xFFFF_FFFFL,
    0xFF_FFFF_FFFFL,
    0xFFFF_FFFF_FFFFL,
    0xFF_FFFF_FFFF_FFFFL,
    -1L
  };

  private static long wordAtEnd(byte[] b, int from, int n) {
    long w = 0;
    for (int k = n - 1; k >= 0; k--) {
      w = w << 8 | (b[from + k] & 0xff);
    }
    return w;
  }

  /**
   * The length of the well-formed character whose first byte, {@code b[i]}, is not ASCII: 2 to 4; 0
   * if it is cut off by {@code to} (well formed so far, more bytes may complete it); -1 if it is
   * not well formed.
   */
  static int sequence(byte[] b, int i, int to) {
    int c = b[i] & 0xff;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      if (c == 0xE0) {
        lo = 0xA0; // no overlong form
      } else if (c == 0xED) {
        hi = 0x9F; // no surrogate
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      if (c == 0xF0) {
        lo = 0x90; // no overlong form
      } else if (c == 0xF4) {
        hi = 0x8F; // nothing past U+10FFFF
      }
    } else {
      return -1; // a continuation byte, an overlong lead (C0, C1) or F5..FF
    }
    for (int k = 1; k < n; k++) {
      if (i + k >= to) {
        return 0;
      }
      int d = b[i + k] & 0xff;
      if (d < lo || d > hi) {
        return -1;
      }
      lo = 0x80;
      hi = 0xBF;
    }
    return n;
  }

  /**
   * Decodes {@code b[from, to)} as {@link Utf8Encoder} wrote it: UTF-8 where a three-byte form may
   * hold a lone surrogate and {@link #DELIMITER} is {@code delimiter}.
   */
  static String decode(byte[] b, int from, int to, char delimiter) {
    char[] out = new char[to - from]; // never more characters than bytes
    int n = 0;
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        out[n++] = (char) c;
        i++;
      } else if (c == 0xFF) {
        out[n++] = delimiter;
        i++;
      } else if (c < 0xE0) {
        out[n++] = (char) ((c & 0x1F) << 6 | (b[i + 1] & 0x3F));
        i += 2;
      } else if (c < 0xF0) {
        out[n++] = (char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | (b[i + 2] & 0x3F));
        i += 3;
      } else {
        int cp =
            (c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6 | (b[i + 3] & 0x3F);
        out[n++] = Character.highSurrogate(cp);
        out[n++] = Character.lowSurrogate(cp);
        i += 4;
      }
    }
    return new String(out, 0, n);
  }
}
