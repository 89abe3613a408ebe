package org.cxkit.metrics;

/** Seeds for the property tests: {@code -Dcx.seed=...} replays a run, else fixed defaults. */
public final class Seeds {
  private Seeds() {}

  /**
   * Returns the seed to use: {@code fallback}, or mixed with {@code -Dcx.seed} when set.
   *
   * @param fallback the default seed
   * @return the seed
   */
  public static long seed(long fallback) {
    String s = System.getProperty("cx.seed", "");
    return s.isBlank() ? fallback : Long.parseLong(s.trim()) ^ fallback;
  }
}
