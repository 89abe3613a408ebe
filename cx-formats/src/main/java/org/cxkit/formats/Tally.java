package org.cxkit.formats;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;

/**
 * The counts of an event-log reader (XES, OCEL, CJML) for its {@link ReadReport}: every event read
 * is a row, accepted (passed on, or skipped as the format says) or rejected as its {@link BadInput}
 * policy says; a rejected journey rejects each of its events and is listed once.
 */
final class Tally {
  private final BadInput policy;
  private long rows;
  private long rejected;
  private long values;
  private long skipped;
  private final List<Reject> rejects = new ArrayList<>();

  Tally(BadInput policy) {
    this.policy = policy;
  }

  /** An event passed on. */
  void passed() {
    passed(1);
  }

  /** An event passed on as {@code n} values (an OCEL event of several objects). */
  void passed(int n) {
    rows++;
    values += n;
  }

  /** An event read without a problem and not passed on. */
  void skipped() {
    rows++;
    skipped++;
  }

  /**
   * {@code events} events rejected for one reason at one place (at least one is counted): throws
   * under fail-fast, else counts them and lists the place once.
   */
  void reject(long events, InputLocation where, Kind kind, String reason) {
    if (policy.failsFast()) {
      throw new BadInputException(kind, where, reason);
    }
    long n = Math.max(1, events);
    rows += n;
    rejected += n;
    if (rejects.size() < policy.maxListed()) {
      rejects.add(new Reject(where, reason));
    }
  }

  ReadReport report() {
    return new ReadReport(
        rows, rows - rejected, rejected, values, skipped, ImmutableList.copyOf(rejects));
  }
}
