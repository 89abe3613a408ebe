package org.cxkit.metrics.internal;

/**
 * Exact arithmetic on counts whose overflow says what happened.
 *
 * <p>{@link Math#addExact} and {@link Math#multiplyExact} are JIT intrinsics: once hot, HotSpot may
 * throw a preallocated {@link ArithmeticException} without a message (its fast-throw optimisation).
 * A merge or a decoder that fails on overflow must say so in every run, so the states' arithmetic
 * goes through these methods, which throw a new exception with a message.
 */
public final class Exact {
  private Exact() {}

  /**
   * Returns {@code a + b}.
   *
   * @throws ArithmeticException if the sum overflows a {@code long}
   */
  public static long add(long a, long b) {
    long r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new ArithmeticException("a count or sum passed the largest long, " + Long.MAX_VALUE);
    }
    return r;
  }

  /**
   * Returns {@code a + b}.
   *
   * @throws ArithmeticException if the sum overflows an {@code int}
   */
  public static int add(int a, int b) {
    int r = a + b;
    if (((a ^ r) & (b ^ r)) < 0) {
      throw new ArithmeticException("a count passed the largest int, " + Integer.MAX_VALUE);
    }
    return r;
  }

  /**
   * Returns {@code a * b}.
   *
   * @throws ArithmeticException if the product overflows a {@code long}
   */
  public static long multiply(long a, long b) {
    long hi = Math.multiplyHigh(a, b);
    long lo = a * b;
    if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
      return lo;
    }
    throw new ArithmeticException("a product passed the largest long, " + Long.MAX_VALUE);
  }

  /**
   * Returns {@code a * b}.
   *
   * @throws ArithmeticException if the product overflows an {@code int}
   */
  public static int multiply(int a, int b) {
    long r = (long) a * b;
    if ((int) r != r) {
      throw new ArithmeticException("a product passed the largest int, " + Integer.MAX_VALUE);
    }
    return (int) r;
  }
}
