package org.cxkit.metrics.journeys;

import java.time.Duration;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.internal.RelativeSketch;

/**
 * Durations in constant memory with quantiles to a known relative error: a {@link RelativeSketch}
 * (DDSketch's logarithmic buckets) of the durations in seconds, from a millisecond to 100 years.
 * Durations under a millisecond count as zero. Merging adds bucket counts, so it is exact,
 * commutative and associative.
 */
final class DurationSketch {
  /** The relative accuracy α. */
  static final double ACCURACY = RelativeSketch.ACCURACY;

  /** The smallest nonzero duration, in seconds (a millisecond). */
  private static final double MIN_SECONDS = 0.001;

  /** The longest duration counted: 100 years of 365.25 days, in seconds. */
  static final double MAX_SECONDS = 100 * 365.25 * 86_400;

  private RelativeSketch sketch = new RelativeSketch(MIN_SECONDS, MAX_SECONDS);

  /** Rejects a negative duration or one over the longest counted, naming it. */
  static void check(Duration d, String what) {
    if (d.isNegative()) {
      throw BadValues.value(what + " is negative");
    }
    if (seconds(d) > MAX_SECONDS) {
      throw BadValues.value(what + " is over 100 years");
    }
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * Adds a duration that passed {@link #check}; the count cannot overflow while the caller's case
   * count, which is at least as large, does not.
   */
  void add(Duration d) {
    sketch.add(seconds(d));
  }

  long n() {
    return sketch.n();
  }

  void merge(DurationSketch other) {
    sketch.merge(other.sketch);
  }

  void restore(DurationSketch from) {
    sketch = from.sketch.copy();
  }

  /**
   * Returns the lower nearest-rank quantile (Hyndman and Fan 1996, definition 1): the value at rank
   * {@code ceil(p · n)} in sorted order, as its bucket's representative, to the millisecond.
   */
  Duration quantile(double p) {
    return Duration.ofMillis(Math.round(sketch.quantile(p) * 1000));
  }

  DurationSummary summary() {
    return sketch.n() == 0
        ? DurationSummary.empty()
        : DurationSummary.of(sketch.n(), quantile(0.5), quantile(0.9));
  }

  /** Writes the count, the number of nonempty buckets, and each as index and count. */
  void write(Frame.Writer w) {
    sketch.write(w);
  }

  static DurationSketch read(Frame.Reader r, String what) {
    DurationSketch s = new DurationSketch();
    s.sketch = s.sketch.read(r, what);
    return s;
  }
}
