package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import org.cxkit.core.Scale;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.spi.Accumulator;

/**
 * The delight uplift: how much better the outcome of <em>delighted</em> customers is than that of
 * customers who are merely <em>satisfied</em>. Each customer is classified on a satisfaction item:
 * delighted = the top box, satisfied = the other good points, dissatisfied = everything else
 * (neutral and bottom). The outcome per customer is binary (repurchased, recommended), an NPS
 * answer (0..10) or a number (revenue). See {@link UpliftResult} for the statistics.
 *
 * <p><b>Observational, not causal.</b> The uplift compares groups that chose their own answers;
 * delighted customers may differ in many other ways (tenure, segment, spend). It shows where
 * delight goes together with better outcomes, not that delighting a customer would cause them. The
 * {@linkplain UpliftResult#projectedOutcome(double) projection} assumes that it would.
 *
 * <pre>{@code
 * DelightUplift uplift = DelightUplift.binary(Scale.CSAT);
 * DelightUplift.Tally t = uplift.newTally();
 * t.add(5, true);    // delighted, repurchased
 * t.add(4, false);   // satisfied, did not
 * UpliftResult r = t.result();
 * r.absoluteUplift();                 // percentage points, delighted minus satisfied
 * r.interval(0.95);                   // Newcombe hybrid score interval
 * r.projectedOutcome(0.25);           // if a quarter of the satisfied were delighted
 * }</pre>
 */
public final class DelightUplift {
  /** What kind of outcome is compared. */
  public enum Outcome {
    /** Yes/no (reported as a percentage); interval: Newcombe (1998) hybrid score, method 10. */
    BINARY,
    /**
     * An NPS answer 0..10 (reported as the NPS); interval: two-sample Wald ({@link NpsComparison}).
     */
    NPS,
    /** A number such as revenue (reported as the mean); interval: Welch (1947) t. */
    NUMERIC
  }

  static final int DELIGHTED = 0;
  static final int SATISFIED = 1;
  static final int DISSATISFIED = 2;
  static final String[] NAMES = {"delighted", "satisfied", "dissatisfied"};

  private final Scale satisfaction;
  private final Outcome outcome;

  private DelightUplift(Scale satisfaction, Outcome outcome) {
    this.satisfaction = requireNonNull(satisfaction, "satisfaction");
    this.outcome = requireNonNull(outcome, "outcome");
    checkArgument(
        satisfaction.goodBox() > satisfaction.topBox(),
        "the satisfaction scale needs good points besides the top box to tell delighted from satisfied: %s",
        satisfaction);
  }

  /**
   * Returns the uplift for a binary outcome.
   *
   * @param satisfaction the satisfaction item's scale (its good box must be larger than its top
   *     box)
   * @return the calculator
   * @throws IllegalArgumentException if the scale cannot tell delighted from satisfied
   */
  public static DelightUplift binary(Scale satisfaction) {
    return new DelightUplift(satisfaction, Outcome.BINARY);
  }

  /**
   * Returns the uplift for an NPS outcome (0..10).
   *
   * @param satisfaction the satisfaction item's scale
   * @return the calculator
   * @throws IllegalArgumentException if the scale cannot tell delighted from satisfied
   */
  public static DelightUplift nps(Scale satisfaction) {
    return new DelightUplift(satisfaction, Outcome.NPS);
  }

  /**
   * Returns the uplift for a numeric outcome.
   *
   * @param satisfaction the satisfaction item's scale
   * @return the calculator
   * @throws IllegalArgumentException if the scale cannot tell delighted from satisfied
   */
  public static DelightUplift numeric(Scale satisfaction) {
    return new DelightUplift(satisfaction, Outcome.NUMERIC);
  }

  /**
   * Returns the satisfaction scale.
   *
   * @return the scale
   */
  public Scale satisfaction() {
    return satisfaction;
  }

  /**
   * Returns the outcome kind.
   *
   * @return the kind
   */
  public Outcome outcome() {
    return outcome;
  }

  /**
   * Returns a new, empty tally.
   *
   * @return a tally
   */
  public Tally newTally() {
    return new Tally();
  }

  int group(int score) {
    if (!satisfaction.contains(score)) {
      throw new IllegalArgumentException(
          "satisfaction "
              + score
              + " is off the scale "
              + satisfaction.min()
              + ".."
              + satisfaction.max());
    }
    return satisfaction.isTop(score)
        ? DELIGHTED
        : satisfaction.isGood(score) ? SATISFIED : DISSATISFIED;
  }

  /**
   * Reads a tally written by {@link Tally#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the tally
   * @throws IllegalArgumentException if the bytes are corrupt or of another outcome or scale
   */
  public Tally decode(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    String what = "cannot decode a delight-uplift tally: ";
    if (bytes.length < 4 + 1 + 8 + 4) {
      throw new IllegalArgumentException(what + "only " + bytes.length + " bytes, too short");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.get() != 'C' || b.get() != 'X' || b.get() != 'U') {
      throw new IllegalArgumentException(what + "bytes do not start with the magic 'CXU'");
    }
    byte version = b.get();
    if (version != 1) {
      throw new IllegalArgumentException(
          what + "format version " + version + " is not supported (expected 1)");
    }
    if (b.getInt(bytes.length - 4) != (int) crc.getValue()) {
      throw new IllegalArgumentException(
          what + "checksum mismatch: the bytes are corrupt or truncated");
    }
    try {
      int kind = b.get();
      if (kind != outcome.ordinal()) {
        throw new IllegalArgumentException(
            what
                + "the bytes hold outcome kind "
                + kind
                + ", expected "
                + outcome.ordinal()
                + " ("
                + outcome
                + ")");
      }
      int min = b.getInt();
      int max = b.getInt();
      if (min != satisfaction.min() || max != satisfaction.max()) {
        throw new IllegalArgumentException(
            what
                + "scale "
                + min
                + ".."
                + max
                + " differs from "
                + satisfaction.min()
                + ".."
                + satisfaction.max());
      }
      Tally t = new Tally();
      for (int g = 0; g < 3; g++) {
        for (int k = 0; k < 3; k++) {
          t.a[g][k] = b.getLong();
          if (t.a[g][k] < 0) {
            throw new IllegalArgumentException(what + "negative count in group " + NAMES[g]);
          }
        }
        t.mean[g] = b.getDouble();
        t.m2[g] = b.getDouble();
        if (!Double.isFinite(t.mean[g]) || !Double.isFinite(t.m2[g]) || t.m2[g] < 0) {
          throw new IllegalArgumentException(
              what + "non-finite or negative moments in group " + NAMES[g]);
        }
      }
      if (b.remaining() != 4) {
        throw new IllegalArgumentException(
            what + (b.remaining() - 4) + " unexpected trailing bytes");
      }
      return t;
    } catch (BufferUnderflowException e) {
      throw new IllegalArgumentException(what + "truncated content", e);
    }
  }

  @Override
  public String toString() {
    return "DelightUplift[" + outcome + " outcome, satisfaction " + satisfaction + "]";
  }

  /**
   * The mutable, mergeable state of one uplift run (the {@link Accumulator} contract: merge is
   * associative and commutative and never changes its argument; numeric outcomes use Welford's
   * running moments with Chan et al.'s pairwise merge, so splits agree to rounding). Not
   * thread-safe.
   */
  public final class Tally {
    // per group: BINARY {n, yes, -}; NPS {detractors, passives, promoters}; NUMERIC {n, -, -}
    final long[][] a = new long[3][3];
    final double[] mean = new double[3];
    final double[] m2 = new double[3];

    private Tally() {}

    private void expect(Outcome kind) {
      if (outcome != kind) {
        throw new IllegalArgumentException(
            "this uplift compares a " + outcome + " outcome, not a " + kind + " one");
      }
    }

    /**
     * Adds a customer with a binary outcome.
     *
     * @param satisfaction the satisfaction answer
     * @param yes the outcome
     * @throws IllegalArgumentException if the answer is off the scale or the outcome is not binary
     */
    public void add(int satisfaction, boolean yes) {
      expect(Outcome.BINARY);
      int g = group(satisfaction);
      a[g][0] = Math.addExact(a[g][0], 1);
      if (yes) {
        a[g][1]++;
      }
    }

    /**
     * Adds a customer with an NPS outcome.
     *
     * @param satisfaction the satisfaction answer
     * @param npsScore the customer's likelihood to recommend, 0..10
     * @throws IllegalArgumentException if an answer is off its scale or the outcome is not NPS
     */
    public void add(int satisfaction, int npsScore) {
      expect(Outcome.NPS);
      if (!Scale.NPS.contains(npsScore)) {
        throw new IllegalArgumentException("NPS outcome " + npsScore + " is off the scale 0..10");
      }
      int g = group(satisfaction);
      int k = Scale.NPS.isBottom(npsScore) ? 0 : Scale.NPS.isGood(npsScore) ? 2 : 1;
      a[g][k] = Math.addExact(a[g][k], 1);
    }

    /**
     * Adds a customer with a numeric outcome.
     *
     * @param satisfaction the satisfaction answer
     * @param value the outcome; finite
     * @throws IllegalArgumentException if the answer is off the scale, the value is not finite or
     *     the outcome is not numeric
     */
    public void add(int satisfaction, double value) {
      expect(Outcome.NUMERIC);
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("numeric outcome must be finite, got " + value);
      }
      int g = group(satisfaction);
      long n = Math.addExact(a[g][0], 1);
      double d = value - mean[g];
      mean[g] += d / n;
      m2[g] += d * (value - mean[g]);
      a[g][0] = n;
    }

    /**
     * Adds parallel columns of satisfaction answers and binary outcomes.
     *
     * @param satisfaction the answers
     * @param outcomes the outcomes, as many
     * @throws IllegalArgumentException naming the first bad index; nothing is added then
     */
    public void addAll(int[] satisfaction, boolean[] outcomes) {
      addColumns(
          satisfaction.length, outcomes.length, (t, i) -> t.add(satisfaction[i], outcomes[i]));
    }

    /**
     * Adds parallel columns of satisfaction answers and numeric outcomes.
     *
     * @param satisfaction the answers
     * @param outcomes the outcomes, as many
     * @throws IllegalArgumentException naming the first bad index; nothing is added then
     */
    public void addAll(int[] satisfaction, double[] outcomes) {
      addColumns(
          satisfaction.length, outcomes.length, (t, i) -> t.add(satisfaction[i], outcomes[i]));
    }

    /**
     * Adds parallel columns of satisfaction answers and NPS outcomes (0..10).
     *
     * @param satisfaction the answers
     * @param npsScores the outcomes, as many
     * @throws IllegalArgumentException naming the first bad index; nothing is added then
     */
    public void addAll(int[] satisfaction, int[] npsScores) {
      addColumns(
          satisfaction.length, npsScores.length, (t, i) -> t.add(satisfaction[i], npsScores[i]));
    }

    /** Adds row {@code i} of some columns to a tally. */
    private interface RowAdder {
      void add(Tally t, int i);
    }

    /** Adds row by row into a copy, then keeps it: all rows or, on a bad one, none. */
    private void addColumns(int length, int otherLength, RowAdder adder) {
      checkArgument(
          length == otherLength, "columns differ in length: %s and %s", length, otherLength);
      Tally t = copy();
      for (int i = 0; i < length; i++) {
        try {
          adder.add(t, i);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("record " + i + ": " + e.getMessage(), e);
        }
      }
      restore(t);
    }

    private void restore(Tally t) {
      for (int g = 0; g < 3; g++) {
        System.arraycopy(t.a[g], 0, a[g], 0, 3);
      }
      System.arraycopy(t.mean, 0, mean, 0, 3);
      System.arraycopy(t.m2, 0, m2, 0, 3);
    }

    /**
     * Returns an independent copy.
     *
     * @return the copy
     */
    public Tally copy() {
      Tally t = new Tally();
      t.restore(this);
      return t;
    }

    /**
     * Adds the state of another tally of the same uplift and returns this one; {@code other} is
     * unchanged.
     *
     * @param other another tally
     * @return this tally
     * @throws IllegalArgumentException if {@code other} belongs to an uplift of another kind or
     *     scale
     */
    public Tally merge(Tally other) {
      requireNonNull(other, "other");
      DelightUplift o = other.owner();
      checkArgument(
          o.outcome == outcome && o.satisfaction.equals(satisfaction),
          "cannot merge %s into %s",
          o,
          DelightUplift.this);
      Tally next = copy();
      for (int g = 0; g < 3; g++) {
        if (outcome == Outcome.NUMERIC) {
          long na = next.a[g][0];
          long nb = other.a[g][0];
          long n = Math.addExact(na, nb);
          if (nb > 0) {
            // Chan, Golub and LeVeque (1979) pairwise update
            double d = other.mean[g] - next.mean[g];
            next.mean[g] = na == 0 ? other.mean[g] : next.mean[g] + d * nb / n;
            next.m2[g] = next.m2[g] + other.m2[g] + d * d * ((double) na * nb / n);
          }
          next.a[g][0] = n;
        } else {
          for (int k = 0; k < 3; k++) {
            next.a[g][k] = Math.addExact(next.a[g][k], other.a[g][k]);
          }
        }
      }
      restore(next);
      return this;
    }

    private DelightUplift owner() {
      return DelightUplift.this;
    }

    /**
     * Returns the result so far.
     *
     * @return the result
     */
    public UpliftResult result() {
      return UpliftResult.of(DelightUplift.this, a, mean, m2);
    }

    /**
     * Encodes the state (version 1: magic {@code "CXU"}, version, outcome kind, scale min and max,
     * per group three 64-bit counts and the mean and M2 as IEEE doubles, CRC-32).
     *
     * @return the bytes
     */
    public byte[] toBytes() {
      ByteBuffer b = ByteBuffer.allocate(4 + 1 + 8 + 3 * (24 + 16) + 4);
      b.put(new byte[] {'C', 'X', 'U', 1})
          .put((byte) outcome.ordinal())
          .putInt(satisfaction.min())
          .putInt(satisfaction.max());
      for (int g = 0; g < 3; g++) {
        for (int k = 0; k < 3; k++) {
          b.putLong(a[g][k]);
        }
        b.putDouble(mean[g]).putDouble(m2[g]);
      }
      CRC32 crc = new CRC32();
      crc.update(b.array(), 0, b.position());
      b.putInt((int) crc.getValue());
      return b.array();
    }

    @Override
    public String toString() {
      return "Tally[" + outcome + ", n=" + result().n() + "]";
    }
  }
}
