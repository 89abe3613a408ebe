package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A part of a split file reads exactly its own bytes, whether read a block or a byte at a time
 * ({@link InputStream#read()} is what a {@code DataInputStream} or a byte-wise decoder would call),
 * and leaves the shared channel open for the other parts.
 */
class CsvSplitTest {
  @TempDir Path dir;

  @Test
  void aRangeReadByteByByteGivesItsOwnBytesAsUnsignedValues() throws IOException {
    byte[] all = new byte[300];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i; // 0..255 then 0..43: bytes over 127 must come back as 128..255, not < 0
    }
    Path file = Files.write(dir.resolve("bytes.bin"), all);
    try (FileChannel ch = FileChannel.open(file)) {
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      try (InputStream in = CsvSplit.range(ch, 100, 260)) {
        int b;
        while ((b = in.read()) != -1) {
          assertThat(b).isBetween(0, 255);
          got.write(b);
        }
        assertThat(in.read()).as("still at the end").isEqualTo(-1);
      }
      byte[] expected = java.util.Arrays.copyOfRange(all, 100, 260);
      assertThat(got.toByteArray()).isEqualTo(expected);
      assertThat(ch.isOpen()).as("closing a part leaves the channel open").isTrue();
      // a range past the end of the file stops at the end; an empty range gives nothing
      try (InputStream in = CsvSplit.range(ch, 290, 1_000)) {
        assertThat(in.readAllBytes()).isEqualTo(java.util.Arrays.copyOfRange(all, 290, 300));
      }
      try (InputStream in = CsvSplit.range(ch, 50, 50)) {
        assertThat(in.read()).isEqualTo(-1);
      }
    }
  }
}
