package org.cxkit.metrics;

/** Seeds for the property tests: {@code -Dcx.seed=...} replays a run, else fixed defaults. */
final class Seeds {
  private Seeds() {}

  static long seed(long fallback) {
    String s = System.getProperty("cx.seed", "");
    return s.isBlank() ? fallback : Long.parseLong(s.trim()) ^ fallback;
  }
}
