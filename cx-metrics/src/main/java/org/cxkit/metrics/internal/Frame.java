package org.cxkit.metrics.internal;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;
import org.cxkit.core.Direction;
import org.cxkit.core.Scale;

/**
 * The one byte framing of every encoded analysis state (big-endian):
 *
 * <pre>
 * magic    3 bytes  'C' 'X' 'S'
 * layout   1 byte   1 (this framing)
 * kind     u16 length + UTF-8: the state's kind, such as "nps" or "delight-uplift.binary"
 * version  u16      the payload format of that kind
 * length   u32      payload bytes
 * payload  length bytes, written and read with {@link Writer} and {@link Reader}
 * crc      u32      CRC-32C of everything before it
 * </pre>
 *
 * <p>{@link #read} checks the frame (magic, layout, checksum, kind, version, length); the {@link
 * Reader} checks every value it hands out against what the caller says it must be, and {@link
 * Reader#end()} that nothing is left over. Every problem is an {@link IllegalArgumentException}
 * that starts with {@code cannot decode a '<kind>' <noun>} and never quotes content.
 */
public final class Frame {
  static final byte[] MAGIC = {'C', 'X', 'S'};
  static final byte LAYOUT = 1;
  private static final int HEADER_MIN = 3 + 1 + 2 + 2 + 4;
  private static final int CRC = 4;

  private Frame() {}

  /**
   * Starts a frame.
   *
   * @param kind the state's kind: a lower-case id such as {@code nps}
   * @param version the payload format version, 1..65535
   * @return a writer for the payload
   */
  public static Writer writer(String kind, int version) {
    requireNonNull(kind, "kind");
    if (!isKind(kind)) {
      HistogramMetric.checkId(kind); // throws, saying what an id looks like
    }
    return new Writer(kind, version);
  }

  /** Whether {@code s} is a kind: {@link HistogramMetric#ID}, without a regex on every frame. */
  static boolean isKind(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) < 'a' || s.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = s.charAt(i);
      boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      boolean separator = c == '.' || c == '-';
      if (!alnum && !(separator && i + 1 < n && s.charAt(i - 1) != '.' && s.charAt(i - 1) != '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks a frame and returns a reader positioned at its payload.
   *
   * @param bytes the encoded state
   * @param kind the kind the caller can read
   * @param noun what the state is called in messages, such as {@code accumulator} or {@code tally}
   * @param version the payload format version the caller can read
   * @return a reader of the payload
   * @throws IllegalArgumentException if the bytes are not a sound frame of that kind and version
   */
  public static Reader read(byte[] bytes, String kind, String noun, int version) {
    requireNonNull(bytes, "bytes");
    String what = "cannot decode a '" + kind + "' " + noun + ": ";
    if (bytes.length < HEADER_MIN + CRC) {
      throw new IllegalArgumentException(
          what + "only " + bytes.length + " bytes, too short for the header");
    }
    if (bytes[0] != MAGIC[0] || bytes[1] != MAGIC[1] || bytes[2] != MAGIC[2]) {
      throw new IllegalArgumentException(what + "the bytes do not start with the magic 'CXS'");
    }
    if (bytes[3] != LAYOUT) {
      throw new IllegalArgumentException(
          what
              + "frame format version "
              + Byte.toUnsignedInt(bytes[3])
              + " is not supported (expected "
              + LAYOUT
              + ")");
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - CRC);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.getInt(bytes.length - CRC) != (int) crc.getValue()) {
      throw new IllegalArgumentException(
          what + "checksum mismatch: the bytes are corrupt or truncated");
    }
    b.position(4);
    int kindLength = Short.toUnsignedInt(b.getShort());
    if (kindLength > bytes.length - HEADER_MIN - CRC) {
      throw new IllegalArgumentException(what + "the kind runs past the end of the bytes");
    }
    byte[] kindBytes = new byte[kindLength];
    b.get(kindBytes);
    String found = new String(kindBytes, StandardCharsets.UTF_8);
    if (!found.equals(kind)) {
      // never the kind found: it comes from the bytes, and a host's calculator id may name a
      // customer or a campaign (issue #11)
      throw new IllegalArgumentException(what + "the bytes hold another kind of " + noun);
    }
    int foundVersion = Short.toUnsignedInt(b.getShort());
    if (foundVersion != version) {
      throw new IllegalArgumentException(
          what
              + "'"
              + kind
              + "' format version "
              + foundVersion
              + " is not supported (expected "
              + version
              + ")");
    }
    long length = Integer.toUnsignedLong(b.getInt());
    if (length != b.remaining() - CRC) {
      throw new IllegalArgumentException(
          what
              + "the frame says "
              + length
              + " payload bytes, but "
              + (b.remaining() - CRC)
              + " are there");
    }
    return new Reader(what, bytes, b.position(), bytes.length - CRC);
  }

  /** Writes a payload and closes the frame. Not reusable after {@link #finish()}. */
  public static final class Writer {
    private final String kind;
    private final int version;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    private final ByteBuffer scratch = ByteBuffer.allocate(8);

    private Writer(String kind, int version) {
      if (version < 1 || version > 0xFFFF) {
        throw new IllegalArgumentException("version must be 1..65535, got " + version);
      }
      this.kind = kind;
      this.version = version;
    }

    private Writer put(int bytes) {
      out.write(scratch.array(), 0, bytes);
      scratch.clear();
      return this;
    }

    /**
     * Writes a byte.
     *
     * @param v the value
     * @return this writer
     */
    public Writer putByte(int v) {
      out.write(v);
      return this;
    }

    /**
     * Writes a 32-bit int.
     *
     * @param v the value
     * @return this writer
     */
    public Writer putInt(int v) {
      scratch.putInt(v);
      return put(4);
    }

    /**
     * Writes a 64-bit long.
     *
     * @param v the value
     * @return this writer
     */
    public Writer putLong(long v) {
      scratch.putLong(v);
      return put(8);
    }

    /**
     * Writes a double as its IEEE 754 bits; {@code -0.0} is written as {@code 0.0}, so equal values
     * give equal bytes.
     *
     * @param v the value, finite
     * @return this writer
     */
    public Writer putDouble(double v) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("cannot encode a non-finite value");
      }
      return putLong(Double.doubleToLongBits(v == 0.0 ? 0.0 : v));
    }

    /**
     * Writes a string: a u32 length and its UTF-8 bytes.
     *
     * @param s the string
     * @return this writer
     */
    public Writer putString(String s) {
      return putBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a byte block, such as a nested frame: a u32 length and the bytes.
     *
     * @param bytes the block
     * @return this writer
     */
    public Writer putBytes(byte[] bytes) {
      putInt(bytes.length);
      out.write(bytes, 0, bytes.length);
      return this;
    }

    /**
     * Writes a scale: min, max, direction (0: higher is better, 1: lower), top, good and bottom
     * box.
     *
     * @param s the scale
     * @return this writer
     */
    public Writer putScale(Scale s) {
      return putInt(s.min())
          .putInt(s.max())
          .putByte(s.better() == Direction.HIGHER_IS_BETTER ? 0 : 1)
          .putInt(s.topBox())
          .putInt(s.goodBox())
          .putInt(s.bottomBox());
    }

    /**
     * Closes the frame.
     *
     * @return the encoded state
     */
    public byte[] finish() {
      byte[] payload = out.toByteArray();
      byte[] kindBytes = kind.getBytes(StandardCharsets.UTF_8);
      ByteBuffer b = ByteBuffer.allocate(HEADER_MIN + kindBytes.length + payload.length + CRC);
      b.put(MAGIC).put(LAYOUT).putShort((short) kindBytes.length).put(kindBytes);
      b.putShort((short) version).putInt(payload.length).put(payload);
      CRC32C crc = new CRC32C();
      crc.update(b.array(), 0, b.position());
      b.putInt((int) crc.getValue());
      return b.array();
    }
  }

  /**
   * Reads a payload, checking every value. Each getter names what it reads, so a failure says which
   * part of the state is wrong without quoting it.
   */
  public static final class Reader {
    private final String what;
    private final ByteBuffer b;
    private final int end;

    private Reader(String what, byte[] bytes, int from, int end) {
      this.what = what;
      this.b = ByteBuffer.wrap(bytes, from, end - from);
      this.end = end;
    }

    /**
     * Returns an exception saying what is wrong with the state.
     *
     * @param reason what is wrong, without quoting content
     * @return the exception, to throw
     */
    public IllegalArgumentException invalid(String reason) {
      return new IllegalArgumentException(what + reason);
    }

    /**
     * Fails unless a condition holds.
     *
     * @param ok the condition
     * @param reason what is wrong otherwise
     * @throws IllegalArgumentException if not {@code ok}
     */
    public void check(boolean ok, String reason) {
      if (!ok) {
        throw invalid(reason);
      }
    }

    private void need(int bytes, String name) {
      if (end - b.position() < bytes) {
        throw invalid("the bytes end inside " + name);
      }
    }

    /**
     * Reads a byte.
     *
     * @param name what it is
     * @return the value, 0..255
     */
    public int getByte(String name) {
      need(1, name);
      return Byte.toUnsignedInt(b.get());
    }

    /**
     * Reads a 32-bit int.
     *
     * @param name what it is
     * @return the value
     */
    public int getInt(String name) {
      need(4, name);
      return b.getInt();
    }

    /**
     * Reads a 64-bit long.
     *
     * @param name what it is
     * @return the value
     */
    public long getLong(String name) {
      need(8, name);
      return b.getLong();
    }

    /**
     * Reads a count, which must not be negative.
     *
     * @param name what it counts
     * @return the count
     */
    public long getCount(String name) {
      long v = getLong(name);
      check(v >= 0, name + " is negative");
      return v;
    }

    /**
     * Reads the number of entries that follow, each at least {@code bytesEach} bytes long: at most
     * as many as the bytes left can hold, so that a hostile count cannot make a decoder allocate
     * more than the state's own size (issue #11).
     *
     * @param name what it counts
     * @param bytesEach the fewest bytes one entry takes, at least 1
     * @return the count
     */
    public int getEntryCount(String name, int bytesEach) {
      int v = getInt(name);
      check(
          v >= 0 && (long) v * bytesEach <= end - b.position(),
          name + " is negative or more than the bytes left can hold");
      return v;
    }

    /**
     * Reads a size in {@code 0..max}.
     *
     * @param name what it is the size of
     * @param max the largest allowed
     * @return the size
     */
    public int getSize(String name, int max) {
      int v = getInt(name);
      check(v >= 0 && v <= max, name + " is out of range 0.." + max);
      return v;
    }

    /**
     * Reads a finite double, written by {@link Writer#putDouble} ({@code -0.0} is not canonical and
     * rejected).
     *
     * @param name what it is
     * @return the value
     */
    public double getDouble(String name) {
      long bits = getLong(name);
      double v = Double.longBitsToDouble(bits);
      check(Double.isFinite(v), name + " is not finite");
      check(bits != Long.MIN_VALUE, name + " is a negative zero");
      return v;
    }

    /**
     * Reads a byte block.
     *
     * @param name what it is
     * @return the bytes
     */
    public byte[] getBytes(String name) {
      int length = getInt(name + " length");
      check(length >= 0 && length <= end - b.position(), "the bytes end inside " + name);
      byte[] out = new byte[length];
      b.get(out);
      return out;
    }

    /**
     * Reads a string of strict UTF-8.
     *
     * @param name what it is
     * @return the string
     */
    public String getString(String name) {
      byte[] raw = getBytes(name);
      try {
        CharBuffer chars =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(raw));
        return chars.toString();
      } catch (CharacterCodingException e) {
        throw invalid(name + " is not UTF-8");
      }
    }

    /**
     * Reads a scale and checks that it is the expected one.
     *
     * @param expected the scale the state must be on
     */
    public void expectScale(Scale expected) {
      int min = getInt("scale min");
      int max = getInt("scale max");
      int better = getByte("scale direction");
      int top = getInt("scale top box");
      int good = getInt("scale good box");
      int bottom = getInt("scale bottom box");
      boolean same =
          min == expected.min()
              && max == expected.max()
              && better == (expected.better() == Direction.HIGHER_IS_BETTER ? 0 : 1)
              && top == expected.topBox()
              && good == expected.goodBox()
              && bottom == expected.bottomBox();
      if (!same) {
        throw invalid(
            "the bytes are for scale "
                + min
                + ".."
                + max
                + " (boxes "
                + top
                + "/"
                + good
                + "/"
                + bottom
                + "), expected "
                + expected);
      }
    }

    /** Fails if bytes are left over. */
    public void end() {
      check(b.position() == end, (end - b.position()) + " unexpected trailing bytes");
    }
  }
}
