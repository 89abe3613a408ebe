package org.cxkit.metrics;

/** What a calculator does with a bad record (a score off the scale, an unknown measure). */
public enum BadInput {
  /** Fail the call with an exception naming the record and the expected range (the default). */
  FAIL,
  /** Set the record aside in the rejects list, with its reason, and go on. */
  SET_ASIDE
}
