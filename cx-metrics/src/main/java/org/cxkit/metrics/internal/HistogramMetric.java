package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.spi.Accumulator;
import org.cxkit.metrics.spi.GroupedAccumulator;
import org.cxkit.metrics.spi.Metric;

/**
 * A calculator whose state is an exact histogram over the measure's scale.
 *
 * <p>Byte format, version 1 (big-endian): magic {@code "CXH"} + version byte {@code 1}; the id as
 * an unsigned 16-bit length and UTF-8 bytes; scale min and max as 32-bit ints; one 64-bit count per
 * point, lowest point first; a CRC-32 of everything before it.
 *
 * @param <R> the result type
 */
public final class HistogramMetric<R extends MetricResult> implements Metric<R> {
  /** Ids: lower-case slugs, optionally dot- or dash-separated. */
  public static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");

  static final byte[] MAGIC = {'C', 'X', 'H'};
  static final byte VERSION = 1;

  private final String id;
  private final Measure measure;
  private final Function<ScaleHistogram, R> result;

  /**
   * Creates the calculator.
   *
   * @param id its id
   * @param measure the measure
   * @param result the histogram-to-result function
   */
  public HistogramMetric(String id, Measure measure, Function<ScaleHistogram, R> result) {
    this.id = checkId(id);
    this.measure = requireNonNull(measure, "measure");
    this.result = requireNonNull(result, "result");
  }

  /**
   * Checks a calculator id.
   *
   * @param id the id
   * @return the id
   */
  public static String checkId(String id) {
    requireNonNull(id, "id");
    checkArgument(
        ID.matcher(id).matches(),
        "calculator id '%s' must be lower case letters and digits, separated by dots or dashes (such as 'nps' or 'acme.fcr')",
        id);
    return id;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public Measure measure() {
    return measure;
  }

  @Override
  public Accumulator<R> newAccumulator() {
    return new HistogramAccumulator<>(this, new long[measure.scale().points()], 0);
  }

  @Override
  public GroupedAccumulator<R> newGroupedAccumulator(int groups) {
    return new HistogramGrouped<>(this, groups);
  }

  R result(long[] counts) {
    return requireNonNull(
        result.apply(ScaleHistogram.of(measure.scale(), counts)),
        () -> "calculator '" + id + "' returned a null result");
  }

  boolean sameAs(HistogramMetric<?> other) {
    return other == this || (other.id.equals(id) && other.measure.scale().equals(measure.scale()));
  }

  byte[] encode(long[] counts) {
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(4 + 2 + idBytes.length + 8 + 8 * counts.length + 4);
    b.put(MAGIC).put(VERSION).putShort((short) idBytes.length).put(idBytes);
    b.putInt(measure.scale().min()).putInt(measure.scale().max());
    for (long c : counts) {
      b.putLong(c);
    }
    CRC32 crc = new CRC32();
    crc.update(b.array(), 0, b.position());
    b.putInt((int) crc.getValue());
    return b.array();
  }

  @Override
  public Accumulator<R> decode(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    String what = "cannot decode a '" + id + "' accumulator: ";
    if (bytes.length < 4 + 2 + 8 + 4) {
      throw new IllegalArgumentException(
          what + "only " + bytes.length + " bytes, too short for the header");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.get() != MAGIC[0] || b.get() != MAGIC[1] || b.get() != MAGIC[2]) {
      throw new IllegalArgumentException(what + "bytes do not start with the magic 'CXH'");
    }
    byte version = b.get();
    if (version != VERSION) {
      throw new IllegalArgumentException(
          what + "format version " + version + " is not supported (expected " + VERSION + ")");
    }
    if (b.getInt(bytes.length - 4) != (int) crc.getValue()) {
      throw new IllegalArgumentException(
          what + "checksum mismatch: the bytes are corrupt or truncated");
    }
    try {
      int idLength = Short.toUnsignedInt(b.getShort());
      byte[] idBytes = new byte[idLength];
      b.get(idBytes);
      String encodedId = new String(idBytes, StandardCharsets.UTF_8);
      if (!encodedId.equals(id)) {
        throw new IllegalArgumentException(
            what + "the bytes hold a '" + encodedId + "' accumulator");
      }
      Scale scale = measure.scale();
      int min = b.getInt();
      int max = b.getInt();
      if (min != scale.min() || max != scale.max()) {
        throw new IllegalArgumentException(
            what
                + "the bytes are for scale "
                + min
                + ".."
                + max
                + ", expected "
                + scale.min()
                + ".."
                + scale.max());
      }
      if (b.remaining() != 8 * scale.points() + 4) {
        throw new IllegalArgumentException(
            what
                + "expected "
                + scale.points()
                + " counts, found "
                + (b.remaining() - 4)
                + " bytes for them");
      }
      long[] counts = new long[scale.points()];
      long total = 0;
      for (int i = 0; i < counts.length; i++) {
        counts[i] = b.getLong();
        if (counts[i] < 0) {
          throw new IllegalArgumentException(
              what + "negative count " + counts[i] + " for point " + (min + i));
        }
        total = Math.addExact(total, counts[i]);
      }
      return new HistogramAccumulator<>(this, counts, total);
    } catch (BufferUnderflowException | ArithmeticException e) {
      throw new IllegalArgumentException(what + "malformed content (" + e + ")", e);
    }
  }

  @Override
  public String toString() {
    return "Metric["
        + id
        + " on "
        + measure.id()
        + " "
        + measure.scale().min()
        + ".."
        + measure.scale().max()
        + "]";
  }
}
