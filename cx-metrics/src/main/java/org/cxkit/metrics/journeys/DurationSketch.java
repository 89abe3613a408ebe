package org.cxkit.metrics.journeys;

import java.time.Duration;
import org.cxkit.metrics.internal.BadValues;
import org.cxkit.metrics.internal.Frame;

/**
 * Durations in constant memory with quantiles to a known relative error: the logarithmic buckets of
 * DDSketch (Masson, Rim and Lee 2019, "DDSketch: a fast and fully-mergeable quantile sketch with
 * relative-error guarantees", PVLDB 12(12)). A duration of {@code x} seconds goes to bucket {@code
 * ceil(log_γ x)} with {@code γ = (1 + α) / (1 − α)}; the bucket's representative {@code 2 γ^i / (γ
 * + 1)} is within {@code α} of every value in it. Durations under a millisecond count as zero.
 * Merging adds bucket counts, so it is exact, commutative and associative.
 */
final class DurationSketch {
  /** The relative accuracy α. */
  static final double ACCURACY = 0.01;

  private static final double GAMMA = (1 + ACCURACY) / (1 - ACCURACY);
  private static final double LOG_GAMMA = Math.log(GAMMA);

  /** The smallest nonzero duration, in seconds (a millisecond). */
  private static final double MIN_SECONDS = 0.001;

  /** The longest duration counted: 100 years of 365.25 days, in seconds. */
  static final double MAX_SECONDS = 100 * 365.25 * 86_400;

  private static final int OFFSET = index(MIN_SECONDS);

  /** Bucket 0 holds zero; buckets 1.. the logarithmic ones. */
  static final int BUCKETS = index(MAX_SECONDS) - OFFSET + 2;

  final long[] counts = new long[BUCKETS];
  long n;

  private static int index(double seconds) {
    return (int) Math.ceil(Math.log(seconds) / LOG_GAMMA);
  }

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
    double seconds = seconds(d);
    int bucket = seconds < MIN_SECONDS ? 0 : index(seconds) - OFFSET + 1;
    counts[bucket]++;
    n++;
  }

  void merge(DurationSketch other) {
    for (int i = 0; i < BUCKETS; i++) {
      counts[i] += other.counts[i];
    }
    n += other.n;
  }

  void restore(DurationSketch from) {
    System.arraycopy(from.counts, 0, counts, 0, BUCKETS);
    n = from.n;
  }

  /**
   * Returns the lower nearest-rank quantile (Hyndman and Fan 1996, definition 1): the value at rank
   * {@code ceil(p · n)} in sorted order, as its bucket's representative.
   */
  Duration quantile(double p) {
    long rank = Math.max(1, (long) Math.ceil(p * n));
    long seen = 0;
    for (int i = 0; i < BUCKETS; i++) {
      seen += counts[i];
      if (seen >= rank) {
        if (i == 0) {
          return Duration.ZERO;
        }
        double seconds = 2 * Math.pow(GAMMA, i - 1 + OFFSET) / (GAMMA + 1);
        return Duration.ofMillis(Math.round(seconds * 1000));
      }
    }
    throw new IllegalStateException("rank beyond the count");
  }

  DurationSummary summary() {
    return n == 0 ? DurationSummary.empty() : DurationSummary.of(n, quantile(0.5), quantile(0.9));
  }

  /** Writes the count, the number of nonempty buckets, and each as index and count. */
  void write(Frame.Writer w) {
    int used = 0;
    for (long c : counts) {
      if (c != 0) {
        used++;
      }
    }
    w.putLong(n).putInt(used);
    for (int i = 0; i < BUCKETS; i++) {
      if (counts[i] != 0) {
        w.putInt(i).putLong(counts[i]);
      }
    }
  }

  static DurationSketch read(Frame.Reader r, String what) {
    DurationSketch s = new DurationSketch();
    s.n = r.getCount("the number of " + what);
    int used = r.getSize("the nonempty buckets of " + what, BUCKETS);
    int last = -1;
    long total = 0;
    for (int k = 0; k < used; k++) {
      int i = r.getInt("a bucket of " + what);
      r.check(i > last && i < BUCKETS, "the buckets of " + what + " are out of order or range");
      long c = r.getCount("a bucket count of " + what);
      r.check(c > 0, "a bucket of " + what + " is listed but empty");
      try {
        total = Math.addExact(total, c);
      } catch (ArithmeticException e) {
        throw r.invalid("the buckets of " + what + " hold more than a long counts");
      }
      s.counts[i] = c;
      last = i;
    }
    r.check(total == s.n, "the buckets of " + what + " do not add up to its count");
    return s;
  }
}
