package org.cxkit.core.internal;

/** Counts for {@code toString}: {@code 1 segment}, {@code 2 segments}. */
public final class Plural {
  private Plural() {}

  /** Returns {@code n} and the noun, with an {@code s} unless {@code n} is 1. */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
