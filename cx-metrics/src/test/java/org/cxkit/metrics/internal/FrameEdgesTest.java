package org.cxkit.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;

/**
 * The frame at its edges: the shortest header, an empty payload, kinds of 64 and 65 characters,
 * lengths one past the end. Each bad frame is resealed (a correct checksum), so the check under
 * test is the one that must fire, and it must fire as an {@link IllegalArgumentException} naming
 * the problem, never as an exception from the buffer underneath.
 */
class FrameEdgesTest {
  /** A frame by hand: magic, layout 1, the kind, version 1, the payload, a correct checksum. */
  private static byte[] frame(byte[] kind, int declaredLength, byte[] payload) {
    ByteBuffer b = ByteBuffer.allocate(3 + 1 + 2 + kind.length + 2 + 4 + payload.length + 4);
    b.put((byte) 'C').put((byte) 'X').put((byte) 'S').put((byte) 1);
    b.putShort((short) kind.length).put(kind).putShort((short) 1);
    b.putInt(declaredLength).put(payload);
    byte[] out = b.array();
    CRC32C crc = new CRC32C();
    crc.update(out, 0, out.length - 4);
    ByteBuffer.wrap(out).putInt(out.length - 4, (int) crc.getValue());
    return out;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void kindsAreLowerCaseSlugsWithDotsOrDashes() {
    for (String ok :
        new String[] {"a", "z", "a9", "za", "az", "a0", "a.b", "a-b", "acme.fcr-2", "z0.y9"}) {
      assertThat(Frame.isKind(ok)).as(ok).isTrue();
    }
    for (String bad :
        new String[] {
          "", "A", "`", "{", "9a", ".a", "a.", "a-", "a..b", "a.-b", "a/b", "a:b", "aB"
        }) {
      assertThat(Frame.isKind(bad)).as(bad).isFalse();
    }
  }

  @Test
  void theShortestFrameIsReadAndOneByteLessIsTooShort() {
    byte[] empty = frame(new byte[0], 0, new byte[0]);
    assertThat(empty).hasSize(16);
    assertThatThrownBy(() -> Frame.read(empty, "nps", "accumulator", 1))
        .hasMessage(
            "cannot decode a 'nps' accumulator: the bytes hold another kind of accumulator");
    assertThatThrownBy(() -> Frame.read(java.util.Arrays.copyOf(empty, 15), "nps", "x", 1))
        .hasMessageContaining("only 15 bytes, too short for the header");
  }

  @Test
  void anEmptyPayloadIsReadAndEndsThere() {
    byte[] b = Frame.writer("nps", 1).finish();
    Frame.Reader r = Frame.read(b, "nps", "accumulator", 1);
    assertThatThrownBy(() -> r.getByte("a flag"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a flag");
    Frame.read(b, "nps", "accumulator", 1).end();
    assertThat(frame(ascii("nps"), 0, new byte[0])).isEqualTo(b);
  }

  @Test
  void aKindThatRunsPastTheEndIsNamed() {
    byte[] b = frame(ascii("nps"), 0, new byte[0]);
    ByteBuffer.wrap(b).putShort(4, (short) 4); // one byte more than there is
    CRC32C crc = new CRC32C();
    crc.update(b, 0, b.length - 4);
    ByteBuffer.wrap(b).putInt(b.length - 4, (int) crc.getValue());
    assertThatThrownBy(() -> Frame.read(b, "nps", "accumulator", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the kind runs past the end of the bytes");
  }

  @Test
  void anotherKindIsNeverRepeated() {
    // the kind in the bytes is input: the message says it differs, never what it is (#11)
    for (String kind : new String[] {"a".repeat(64), "a".repeat(65), "csat"}) {
      assertThatThrownBy(() -> Frame.read(frame(ascii(kind), 0, new byte[0]), "nps", "tally", 1))
          .hasMessage("cannot decode a 'nps' tally: the bytes hold another kind of tally")
          .hasMessageNotContaining(kind);
    }
  }

  @Test
  void aWrongPayloadLengthSaysBothLengths() {
    assertThatThrownBy(() -> Frame.read(frame(ascii("nps"), 3, new byte[2]), "nps", "x", 1))
        .hasMessageEndingWith("the frame says 3 payload bytes, but 2 are there");
    assertThatThrownBy(() -> Frame.read(frame(ascii("nps"), 1, new byte[2]), "nps", "x", 1))
        .hasMessageEndingWith("the frame says 1 payload bytes, but 2 are there");
  }

  @Test
  void aByteBlockLongerThanWhatIsLeftIsNamed() {
    byte[] b = Frame.writer("nps", 1).putInt(3).putByte(1).putByte(2).finish();
    assertThatThrownBy(() -> Frame.read(b, "nps", "x", 1).getBytes("the labels"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the bytes end inside the labels");
    byte[] exact = Frame.writer("nps", 1).putInt(2).putByte(1).putByte(2).finish();
    Frame.Reader r = Frame.read(exact, "nps", "x", 1);
    assertThat(r.getBytes("the labels")).containsExactly(1, 2);
    r.end();
  }

  @Test
  void versionsRunFromOneTo65535() {
    assertThat(Frame.read(Frame.writer("nps", 65535).finish(), "nps", "x", 65535)).isNotNull();
    assertThat(Frame.read(Frame.writer("nps", 1).finish(), "nps", "x", 1)).isNotNull();
    assertThatThrownBy(() -> Frame.writer("nps", 0)).hasMessageContaining("1..65535");
    assertThatThrownBy(() -> Frame.writer("nps", 65536)).hasMessageContaining("1..65535");
  }
}
