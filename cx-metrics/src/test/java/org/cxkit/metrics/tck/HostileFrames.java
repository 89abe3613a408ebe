package org.cxkit.metrics.tck;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * Writes hostile values into the payload of an encoded state and re-seals its frame, so that the
 * decoder's checks of the content are reached: the layout is cxkit's state frame (the magic {@code
 * CXS}, a layout byte, the kind's length and bytes, a version, the payload length, the payload and
 * a CRC-32C of everything before it).
 */
final class HostileFrames {
  private static final int CRC = 4;

  private HostileFrames() {}

  /** Returns where the payload of a frame starts. */
  static int payloadStart(byte[] frame) {
    ByteBuffer b = ByteBuffer.wrap(frame);
    int kindLength = Short.toUnsignedInt(b.getShort(4));
    return 6 + kindLength + 2 + 4;
  }

  /** Returns a copy with the 8 bytes at {@code at} set to {@code v}, re-sealed. */
  static byte[] withLong(byte[] frame, int at, long v) {
    byte[] out = frame.clone();
    ByteBuffer.wrap(out).putLong(at, v);
    return seal(out);
  }

  /** Returns a copy with the 4 bytes at {@code at} set to {@code v}, re-sealed. */
  static byte[] withInt(byte[] frame, int at, int v) {
    byte[] out = frame.clone();
    ByteBuffer.wrap(out).putInt(at, v);
    return seal(out);
  }

  private static byte[] seal(byte[] frame) {
    CRC32C crc = new CRC32C();
    crc.update(frame, 0, frame.length - CRC);
    ByteBuffer.wrap(frame).putInt(frame.length - CRC, (int) crc.getValue());
    return frame;
  }
}
