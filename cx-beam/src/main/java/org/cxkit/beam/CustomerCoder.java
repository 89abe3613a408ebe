package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.BigEndianLongCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.DelightUplift.Customer;
import org.jspecify.annotations.Nullable;

/**
 * The deterministic coder of a delight-uplift {@link Customer}: a version byte, the outcome kind,
 * the satisfaction answer as a variable-length integer, then the outcome (one byte for a yes/no, a
 * variable-length integer for an NPS answer, the 8 bytes of {@link Double#doubleToLongBits} for a
 * number, so every NaN is written alike). Equal customers give equal bytes. Decoding checks the
 * kind, so bytes of another outcome kind fail with a {@link CoderException} rather than becoming a
 * customer of the wrong type.
 *
 * <pre>{@code
 * PCollection<Customer<Boolean>> customers = ...;   // coder: CustomerCoder.binary(), found by itself
 * PCollection<UpliftResult> r =
 *     customers.apply(CxTransforms.uplift(() -> DelightUplift.binary(Scale.CSAT)));
 * }</pre>
 *
 * @param <O> the outcome: {@link Boolean}, {@link Integer} (an NPS answer) or {@link Double}
 * @since 0.1
 */
public final class CustomerCoder<O> extends CustomCoder<Customer<O>> {
  private static final long serialVersionUID = 1L;
  private static final String TYPE = "Customer";
  private static final int VERSION = 1;
  private static final CustomerCoder<Boolean> BINARY =
      new CustomerCoder<>(DelightUplift.Outcome.BINARY);
  private static final CustomerCoder<Integer> NPS = new CustomerCoder<>(DelightUplift.Outcome.NPS);
  private static final CustomerCoder<Double> NUMERIC =
      new CustomerCoder<>(DelightUplift.Outcome.NUMERIC);

  /** The outcome kind. */
  private final DelightUplift.Outcome outcome;

  private CustomerCoder(DelightUplift.Outcome outcome) {
    this.outcome = outcome;
  }

  /**
   * Returns the coder of customers with a yes/no outcome ({@link DelightUplift#binary}).
   *
   * @return the coder
   */
  public static CustomerCoder<Boolean> binary() {
    return BINARY;
  }

  /**
   * Returns the coder of customers with an NPS answer as outcome ({@link DelightUplift#nps}).
   *
   * @return the coder
   */
  public static CustomerCoder<Integer> nps() {
    return NPS;
  }

  /**
   * Returns the coder of customers with a number as outcome ({@link DelightUplift#numeric}).
   *
   * @return the coder
   */
  public static CustomerCoder<Double> numeric() {
    return NUMERIC;
  }

  /**
   * Returns the outcome kind this coder writes.
   *
   * @return the outcome kind
   */
  public DelightUplift.Outcome outcome() {
    return outcome;
  }

  /**
   * Writes a customer.
   *
   * @param customer the customer
   * @param out where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   * @throws CoderException if the outcome is not of this coder's kind
   */
  @Override
  public void encode(Customer<O> customer, OutputStream out) throws IOException {
    requireNonNull(customer, "customer");
    requireNonNull(out, "out");
    Object value = customer.outcome();
    Wire.version(VERSION, out);
    out.write(code(outcome));
    Wire.varInt(customer.satisfaction(), out);
    switch (outcome) {
      case BINARY -> {
        if (!(value instanceof Boolean b)) {
          throw wrongKind(value);
        }
        out.write(b ? 1 : 0);
      }
      case NPS -> {
        if (!(value instanceof Integer i)) {
          throw wrongKind(value);
        }
        Wire.varInt(i, out);
      }
      case NUMERIC -> {
        if (!(value instanceof Double d)) {
          throw wrongKind(value);
        }
        BigEndianLongCoder.of().encode(Double.doubleToLongBits(d), out);
      }
    }
  }

  /** The outcome kind's code on the wire, fixed here rather than by the enum's order. */
  private static int code(DelightUplift.Outcome outcome) {
    return switch (outcome) {
      case BINARY -> 0;
      case NPS -> 1;
      case NUMERIC -> 2;
    };
  }

  private CoderException wrongKind(Object value) {
    return new CoderException(
        TYPE
            + ": an outcome of type "
            + value.getClass().getSimpleName()
            + " cannot be written by the coder of "
            + outcome
            + " outcomes");
  }

  /**
   * Reads a customer written by {@link #encode}.
   *
   * @param in where to read
   * @return the customer
   * @throws CoderException if the bytes are not a customer of this coder's outcome kind
   * @throws IOException if reading fails
   */
  @Override
  @SuppressWarnings("unchecked") // the outcome's type is the one this coder's kind reads
  public Customer<O> decode(InputStream in) throws IOException {
    requireNonNull(in, "in");
    Wire.checkVersion(TYPE, VERSION, in);
    int kind = in.read();
    if (kind != code(outcome)) {
      throw new CoderException(
          TYPE + ": the bytes are not of a customer with a " + outcome + " outcome");
    }
    int satisfaction = Wire.varInt(in);
    Object value =
        switch (outcome) {
          case BINARY -> {
            int b = in.read();
            if (b != 0 && b != 1) {
              throw new CoderException(TYPE + ": the yes/no outcome is neither 0 nor 1");
            }
            yield b == 1;
          }
          case NPS -> Wire.varInt(in);
          case NUMERIC -> Double.longBitsToDouble(BigEndianLongCoder.of().decode(in));
        };
    return new Customer<>(satisfaction, (O) value);
  }

  /** Passes: equal customers give equal bytes (every NaN is written as the one canonical NaN). */
  @Override
  public void verifyDeterministic() {}

  /**
   * Returns true: two customers are equal exactly when their encodings are (records compare doubles
   * as {@link Double#compare} does, which tells NaNs apart only as {@code doubleToLongBits} does).
   *
   * @return true
   */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CustomerCoder<?> other && outcome == other.outcome;
  }

  @Override
  public int hashCode() {
    return outcome.hashCode();
  }

  @Override
  public String toString() {
    return "CustomerCoder[" + outcome + "]";
  }
}
