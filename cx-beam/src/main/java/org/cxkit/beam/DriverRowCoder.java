package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import com.google.common.primitives.ImmutableDoubleArray;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.cxkit.metrics.analysis.KeyDrivers;

/**
 * The deterministic coder of a key-driver {@link KeyDrivers.Row}: a version byte, the number of
 * drivers, then the outcome, each driver and the weight as the 8 bytes of {@link
 * Double#doubleToLongBits} (so every NaN, a missing value, is written alike). Equal rows give equal
 * bytes. Decoding rebuilds the row through its validating constructor; an infinite value or a bad
 * weight fails with a {@link CoderException} naming the field, never its value.
 *
 * <pre>{@code
 * PCollection<KeyDrivers.Row> rows = ...;              // coder: DriverRowCoder, found by itself
 * PCollection<KeyDriversResult> r =
 *     rows.apply(CxTransforms.keyDrivers(() -> KeyDrivers.of("nps", "ease", "speed")));
 * }</pre>
 *
 * @since 0.1
 */
public final class DriverRowCoder extends AtomicCoder<KeyDrivers.Row> {
  private static final long serialVersionUID = 1L;
  private static final DriverRowCoder INSTANCE = new DriverRowCoder();
  private static final String TYPE = "KeyDrivers.Row";
  private static final int VERSION = 1;

  private DriverRowCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static DriverRowCoder of() {
    return INSTANCE;
  }

  /**
   * Writes a row.
   *
   * @param row the row
   * @param out where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void encode(KeyDrivers.Row row, OutputStream out) throws IOException {
    requireNonNull(row, "row");
    requireNonNull(out, "out");
    Wire.version(VERSION, out);
    Wire.varInt(row.drivers().length(), out);
    bits(row.outcome(), out);
    for (int i = 0; i < row.drivers().length(); i++) {
      bits(row.drivers().get(i), out);
    }
    bits(row.weight(), out);
  }

  private static void bits(double d, OutputStream out) throws IOException {
    BigEndianLongCoder.of().encode(Double.doubleToLongBits(d), out);
  }

  private static double bits(InputStream in) throws IOException {
    return Double.longBitsToDouble(BigEndianLongCoder.of().decode(in));
  }

  /**
   * Reads a row written by {@link #encode}.
   *
   * @param in where to read
   * @return the row
   * @throws CoderException if the bytes are not a valid row (the message names the field)
   * @throws IOException if reading fails
   */
  @Override
  public KeyDrivers.Row decode(InputStream in) throws IOException {
    requireNonNull(in, "in");
    Wire.checkVersion(TYPE, VERSION, in);
    int drivers = Wire.varInt(in);
    if (drivers < 1 || drivers > KeyDrivers.MAX_DRIVERS) {
      throw new CoderException(TYPE + ": the driver count is not in 1.." + KeyDrivers.MAX_DRIVERS);
    }
    double outcome = bits(in);
    double[] values = new double[drivers];
    for (int i = 0; i < drivers; i++) {
      values[i] = bits(in);
    }
    double weight = bits(in);
    try {
      return new KeyDrivers.Row(outcome, ImmutableDoubleArray.copyOf(values), weight);
    } catch (IllegalArgumentException e) {
      // the row's own message names the field (outcome, driver i, weight), never its value
      throw new CoderException(TYPE + ": " + e.getMessage());
    }
  }

  /** Passes: equal rows give equal bytes (every NaN is written as the one canonical NaN). */
  @Override
  public void verifyDeterministic() {}

  /**
   * Returns true: two rows are equal exactly when their encodings are.
   *
   * @return true
   */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public String toString() {
    return "DriverRowCoder";
  }
}
