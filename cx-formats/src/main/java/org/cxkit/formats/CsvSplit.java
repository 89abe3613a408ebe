package org.cxkit.formats;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Cuts a CSV file into parts that can be parsed on their own: each cut is just after a line feed
 * near an equal share of the bytes. A line feed inside a quoted cell is not a row end, and only the
 * parser can tell; so a cut is a guess that the caller confirms by parsing the part before it to a
 * clean end (a part holding a malformed row, such as a quote left open at its end, fails, and the
 * file is read again in one part). To keep wasted work rare, no cut is made where a quote character
 * appears close before it.
 */
final class CsvSplit {
  /** How far to look around a share's boundary for the line feed and for quotes, in bytes. */
  static final int WINDOW = 1 << 16;

  private CsvSplit() {}

  /**
   * Returns the offsets {@code 0 = c[0] < c[1] < ... < c[n] = size} of up to {@code parts} parts of
   * at least {@code minPartBytes} each, or null if the file should be read in one piece: no line
   * feed within {@code window} bytes after a share's boundary, or a quote within {@code window}
   * bytes before it.
   */
  static long @Nullable [] cuts(Path file, int parts, long minPartBytes, int window, char quote)
      throws IOException {
    long size = Files.size(file);
    int n = (int) Math.min(parts, size / Math.max(1, minPartBytes));
    if (n < 2) {
      return null;
    }
    long[] cuts = new long[n + 1];
    cuts[n] = size;
    ByteBuffer buf = ByteBuffer.allocate(2 * window);
    try (FileChannel ch = FileChannel.open(file)) {
      for (int k = 1; k < n; k++) {
        long share = size / n * k;
        long start = Math.max(0, share - window);
        buf.clear();
        while (buf.hasRemaining()) {
          int got = ch.read(buf, start + buf.position());
          if (got < 0) {
            break;
          }
        }
        byte[] b = buf.array();
        int len = buf.position();
        int at = (int) (share - start);
        int lf = -1;
        for (int i = 0; i < len; i++) {
          if (b[i] == quote) {
            return null;
          }
          if (i >= at && b[i] == '\n' && lf < 0) {
            lf = i;
            break;
          }
        }
        if (lf < 0) {
          return null;
        }
        long cut = start + lf + 1;
        if (cut <= cuts[k - 1] || cut >= size) {
          return null;
        }
        cuts[k] = cut;
      }
    }
    return cuts;
  }

  /**
   * The bytes {@code [from, to)} of a channel (to its end if shorter); closing it leaves the
   * channel open. Not buffered: each read is one positional read of the channel straight into the
   * caller's array, as {@link CsvRows} and {@link DecodingReader} read in large blocks.
   */
  static InputStream range(FileChannel ch, long from, long to) {
    Objects.requireNonNull(ch, "ch");
    return new InputStream() {
      private long pos = from;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
          return 0;
        }
        if (pos >= to) {
          return -1;
        }
        int got = ch.read(ByteBuffer.wrap(b, off, (int) Math.min(len, to - pos)), pos);
        if (got > 0) {
          pos += got;
        }
        return got;
      }
    };
  }

  /** Whether the charset writes a line feed as the one byte 0x0A and never uses that byte else. */
  static boolean singleByteLineFeeds(Charset charset) {
    return charset.equals(StandardCharsets.UTF_8)
        || (charset.newEncoder().maxBytesPerChar() == 1f
            && Arrays.equals("\n".getBytes(charset), new byte[] {'\n'}));
  }

  /**
   * The first line start at or after {@code at}: {@code at} itself if it is 0 or follows a line
   * feed, else the byte after the next line feed, or the channel's size if there is none.
   */
  static long lineStart(FileChannel ch, long at) throws IOException {
    return at == 0 ? 0 : afterLineFeeds(ch, at - 1, 1);
  }

  /** The offset after the {@code n}th line feed at or after {@code from}, or the size. */
  static long afterLineFeeds(FileChannel ch, long from, long n) throws IOException {
    long size = ch.size();
    long pos = from;
    long left = n;
    ByteBuffer buf = ByteBuffer.allocate(BLOCK);
    while (left > 0 && pos < size) {
      buf.clear();
      int got = ch.read(buf, pos);
      if (got <= 0) {
        break;
      }
      byte[] b = buf.array();
      for (int i = 0; i < got; i++) {
        if (b[i] == '\n' && --left == 0) {
          return pos + i + 1;
        }
      }
      pos += got;
    }
    return left == 0 ? pos : size;
  }

  /** The number of line feeds in the bytes {@code [from, to)}. */
  static long countLineFeeds(FileChannel ch, long from, long to) throws IOException {
    long count = 0;
    long pos = from;
    ByteBuffer buf = ByteBuffer.allocate(BLOCK);
    while (pos < to) {
      buf.clear().limit((int) Math.min(BLOCK, to - pos));
      int got = ch.read(buf, pos);
      if (got <= 0) {
        break;
      }
      count += LineFeeds.count(buf.array(), 0, got);
      pos += got;
    }
    return count;
  }

  private static final int BLOCK = 1 << 16;

  /** Passes bytes through and counts the lines in them: line feeds, and an unended last line. */
  static final class LineFeeds extends FilterInputStream {
    private long feeds;
    private int last = '\n';

    LineFeeds(InputStream in) {
      super(in);
    }

    static long count(byte[] b, int off, int len) {
      long n = 0;
      for (int i = off; i < off + len; i++) {
        if (b[i] == '\n') {
          n++;
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        last = c;
        if (c == '\n') {
          feeds++;
        }
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int got = in.read(b, off, len);
      if (got > 0) {
        feeds += count(b, off, got);
        last = b[off + got - 1];
      }
      return got;
    }

    /** The lines read so far: the line feeds, and one more if the last byte was not one. */
    long lines() {
      return feeds + (last == '\n' ? 0 : 1);
    }
  }
}
