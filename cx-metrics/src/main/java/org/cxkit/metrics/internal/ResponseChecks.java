package org.cxkit.metrics.internal;

import org.cxkit.core.Measure;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/** The check every calculator runs on a response before counting it. */
public final class ResponseChecks {
  private ResponseChecks() {}

  /**
   * Returns what is wrong with {@code r} for {@code measure} (another measure, or off the scale),
   * or null if it can be counted.
   */
  public static @Nullable String problem(Response r, Measure measure) {

    if (!r.measure().equals(measure.id())) {
      return "measure '" + r.measure() + "' is not '" + measure.id() + "'";
    }
    if (!measure.scale().contains(r.score())) {
      return "score "
          + r.score()
          + " is off the "
          + measure.id()
          + " scale "
          + measure.scale().min()
          + ".."
          + measure.scale().max();
    }
    return null;
  }
}
