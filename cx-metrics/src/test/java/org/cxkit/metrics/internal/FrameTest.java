package org.cxkit.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The one byte framing: what it writes, and every way a frame can be wrong. */
class FrameTest {
  private static byte[] frame() {
    return Frame.writer("acme.kind", 3)
        .putByte(7)
        .putInt(-2)
        .putLong(Long.MIN_VALUE)
        .putDouble(-0.0)
        .putDouble(2.5)
        .putString("håll")
        .putBytes(new byte[] {1, 2})
        .putScale(Scale.CES)
        .finish();
  }

  /** Recomputes the checksum, so a test reaches the checks behind it. */
  private static byte[] resealed(byte[] b) {
    CRC32C crc = new CRC32C();
    crc.update(b, 0, b.length - 4);
    ByteBuffer.wrap(b).putInt(b.length - 4, (int) crc.getValue());
    return b;
  }

  @Test
  void writesAndReadsEveryValue() {
    byte[] b = frame();
    assertThat(new String(b, 0, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("CXS");
    Frame.Reader r = Frame.read(b, "acme.kind", "state", 3);
    assertThat(r.getByte("a byte")).isEqualTo(7);
    assertThat(r.getInt("an int")).isEqualTo(-2);
    assertThat(r.getLong("a long")).isEqualTo(Long.MIN_VALUE);
    assertThat(Double.doubleToRawLongBits(r.getDouble("zero")))
        .as("-0.0 is written as 0.0")
        .isZero();
    assertThat(r.getDouble("a double")).isEqualTo(2.5);
    assertThat(r.getString("a string")).isEqualTo("håll");
    assertThat(r.getBytes("bytes")).containsExactly(1, 2);
    r.expectScale(Scale.CES);
    r.end();
    assertThat(frame()).as("deterministic").isEqualTo(b);
  }

  @Test
  void everyFrameProblemIsNamed() {
    byte[] b = frame();
    assertThatThrownBy(() -> Frame.read(new byte[5], "acme.kind", "state", 3))
        .hasMessage("cannot decode a 'acme.kind' state: only 5 bytes, too short for the header");
    byte[] magic = b.clone();
    magic[0] = 'X';
    assertThatThrownBy(() -> Frame.read(magic, "acme.kind", "state", 3))
        .hasMessageContaining("magic 'CXS'");
    byte[] layout = b.clone();
    layout[3] = 9;
    assertThatThrownBy(() -> Frame.read(layout, "acme.kind", "state", 3))
        .hasMessageContaining("frame format version 9 is not supported (expected 1)");
    byte[] flipped = b.clone();
    flipped[b.length / 2] ^= 1;
    assertThatThrownBy(() -> Frame.read(flipped, "acme.kind", "state", 3))
        .hasMessageContaining("checksum mismatch");
    assertThatThrownBy(() -> Frame.read(b, "acme.other", "state", 3))
        .hasMessage("cannot decode a 'acme.other' state: the bytes hold another kind of state")
        .as("issue #11: the kind found in the bytes is never repeated")
        .hasMessageNotContaining("acme.kind");
    assertThatThrownBy(() -> Frame.read(b, "acme.kind", "state", 2))
        .hasMessageContaining("'acme.kind' format version 3 is not supported (expected 2)");
    byte[] oddKind = b.clone();
    oddKind[6] = 'A'; // "Acme.kind" is no id: the message does not repeat it
    assertThatThrownBy(() -> Frame.read(resealed(oddKind), "acme.kind", "state", 3))
        .hasMessageEndingWith("the bytes hold another kind of state");
    byte[] length = b.clone();
    ByteBuffer.wrap(length).putInt(6 + 9 + 2, 1);
    assertThatThrownBy(() -> Frame.read(resealed(length), "acme.kind", "state", 3))
        .hasMessageContaining("the frame says 1 payload bytes");
  }

  @Test
  void everyValueProblemIsNamedWithoutItsContent() {
    Frame.Reader r =
        Frame.read(
            Frame.writer("k", 1).putLong(-5).putLong(Long.MIN_VALUE).putInt(9).finish(),
            "k",
            "state",
            1);
    assertThatThrownBy(() -> r.getCount("the promoters"))
        .hasMessage("cannot decode a 'k' state: the promoters is negative");
    assertThatThrownBy(() -> r.getDouble("the mean"))
        .hasMessageEndingWith("the mean is a negative zero");
    assertThatThrownBy(() -> r.getSize("the groups", 3))
        .hasMessageEndingWith("the groups is out of range 0..3");
    assertThatThrownBy(() -> r.getLong("the rest"))
        .hasMessageEndingWith("the bytes end inside the rest");
    Frame.Reader nan =
        Frame.read(
            Frame.writer("k", 1).putLong(Double.doubleToLongBits(Double.NaN)).finish(),
            "k",
            "state",
            1);
    assertThatThrownBy(() -> nan.getDouble("the sum"))
        .hasMessageEndingWith("the sum is not finite");
    Frame.Reader utf =
        Frame.read(
            Frame.writer("k", 1).putBytes(new byte[] {(byte) 0xC3}).finish(), "k", "state", 1);
    assertThatThrownBy(() -> utf.getString("a respondent"))
        .hasMessageEndingWith("a respondent is not UTF-8");
    Frame.Reader scale =
        Frame.read(Frame.writer("k", 1).putScale(Scale.CSAT).putByte(0).finish(), "k", "state", 1);
    assertThatThrownBy(() -> scale.expectScale(Scale.CES))
        .hasMessageContaining("the bytes are for scale 1..5");
    Frame.Reader trailing = Frame.read(Frame.writer("k", 1).putInt(1).finish(), "k", "state", 1);
    assertThatThrownBy(trailing::end).hasMessageEndingWith("4 unexpected trailing bytes");
    assertThatThrownBy(() -> Frame.writer("k", 1).putDouble(Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Frame.writer("Bad Kind", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Frame.writer("k", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void kindsAreExactlyTheCalculatorIds(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String alphabet = "ab9.-Z_";
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = r.nextInt(8); i > 0; i--) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertThat(Frame.isKind(s))
          .as("%s, '%s'", Seeds.describe(seed), s)
          .isEqualTo(HistogramMetric.ID.matcher(s).matches());
    }
  }
}
