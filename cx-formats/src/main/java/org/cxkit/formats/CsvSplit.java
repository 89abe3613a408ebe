package org.cxkit.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
