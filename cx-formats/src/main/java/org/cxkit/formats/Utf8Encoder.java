package org.cxkit.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The characters of a reader as the UTF-8 bytes {@link CsvRows} scans, for input that is not UTF-8
 * bytes already (a reader, or a file in another charset through {@link DecodingReader}). Every
 * character is kept: a lone surrogate is written in the three-byte form UTF-8 itself forbids, and a
 * delimiter outside ASCII as the byte {@link Utf8#DELIMITER}, so the scanner finds it as one byte;
 * {@link #escapes()} then says the bytes are to be read back with {@link Utf8#decode}. Bytes made
 * from characters before a failed read are handed over before the failure is thrown, as {@link
 * DecodingReader} does. Not thread-safe; closes its reader.
 */
final class Utf8Encoder extends InputStream {
  private static final int CHARS = 1 << 13;

  private final Reader in;
  private final char delimiter;
  private final char[] chars = new char[CHARS];
  private final byte[] out = new byte[3 * CHARS + 8];
  private int outPos;
  private int outEnd;

  /** A high surrogate that ended the last read, whose low half may start the next; or -1. */
  private int high = -1;

  private @Nullable IOException failed;
  private boolean eof;
  private boolean escapes;

  Utf8Encoder(Reader in, char delimiter) {
    this.in = in;
    this.delimiter = delimiter;
  }

  /** The byte the delimiter is written as. */
  byte delimiterByte() {
    return delimiter < 0x80 ? (byte) delimiter : Utf8.DELIMITER;
  }

  char delimiter() {
    return delimiter;
  }

  /** Whether a lone surrogate or a delimiter outside ASCII has been written. */
  boolean escapes() {
    return escapes;
  }

  @Override
  public int read() throws IOException {
    while (outPos == outEnd) {
      if (!encodeMore()) {
        return -1;
      }
    }
    return out[outPos++] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    if (len == 0) {
      return 0;
    }
    while (outPos == outEnd) {
      if (!encodeMore()) {
        return -1;
      }
    }
    int n = Math.min(len, outEnd - outPos);
    System.arraycopy(out, outPos, b, off, n);
    outPos += n;
    return n;
  }

  /** Reads and encodes the next characters; false at the end of the input. */
  private boolean encodeMore() throws IOException {
    outPos = 0;
    outEnd = 0;
    IOException f = failed;
    if (f != null) {
      throw f;
    }
    if (eof) {
      return false;
    }
    int n;
    try {
      n = in.read(chars, 0, CHARS);
    } catch (IOException e) {
      if (high < 0) {
        throw e;
      }
      failed = e; // the characters before it first
      lone(high);
      high = -1;
      return true;
    }
    if (n < 0) {
      eof = true;
      if (high >= 0) {
        lone(high);
        high = -1;
      }
      return outEnd > 0;
    }
    int i = 0;
    if (high >= 0 && n > 0) {
      char c = chars[0];
      if (Character.isLowSurrogate(c)) {
        codePoint(Character.toCodePoint((char) high, c));
        i = 1;
      } else {
        lone(high);
      }
      high = -1;
    }
    for (; i < n; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[outEnd++] = (byte) c;
      } else if (c == delimiter) {
        out[outEnd++] = Utf8.DELIMITER;
        escapes = true;
      } else if (c < 0x800) {
        out[outEnd++] = (byte) (0xC0 | c >> 6);
        out[outEnd++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        if (i + 1 == n) {
          high = c; // its low half may come with the next read
        } else if (Character.isLowSurrogate(chars[i + 1])) {
          codePoint(Character.toCodePoint(c, chars[++i]));
        } else {
          lone(c);
        }
      } else if (Character.isLowSurrogate(c)) {
        lone(c);
      } else {
        three(c);
      }
    }
    return true;
  }

  private void lone(int surrogate) {
    three(surrogate);
    escapes = true;
  }

  private void three(int c) {
    out[outEnd++] = (byte) (0xE0 | c >> 12);
    out[outEnd++] = (byte) (0x80 | (c >> 6 & 0x3F));
    out[outEnd++] = (byte) (0x80 | (c & 0x3F));
  }

  private void codePoint(int cp) {
    out[outEnd++] = (byte) (0xF0 | cp >> 18);
    out[outEnd++] = (byte) (0x80 | (cp >> 12 & 0x3F));
    out[outEnd++] = (byte) (0x80 | (cp >> 6 & 0x3F));
    out[outEnd++] = (byte) (0x80 | (cp & 0x3F));
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
