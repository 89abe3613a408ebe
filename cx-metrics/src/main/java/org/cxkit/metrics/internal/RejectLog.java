package org.cxkit.metrics.internal;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Reject;

/**
 * The rejects of one computation under a {@link BadInput} policy: fails on the first one, or counts
 * every one and lists the first few. Not thread-safe; {@link #addAll} merges another log.
 *
 * <p>The list holds the first rejects in one total order (record index, then field, then reason),
 * so merging logs is commutative and associative like the rest of a mergeable state: the listed
 * rejects of merged logs are the same whatever the order of the merges.
 */
public final class RejectLog {
  /** The order of listed rejects: by record index, field and reason (other locations by text). */
  private static final Comparator<Reject> ORDER =
      Comparator.comparingLong(RejectLog::index)
          .thenComparing(r -> r.location().toString())
          .thenComparing(Reject::reason);

  private final BadInput policy;
  private final List<Reject> listed = new ArrayList<>();
  private long count;

  /**
   * Creates an empty log.
   *
   * @param policy what to do with a reject
   */
  public RejectLog(BadInput policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /**
   * Records a bad record: under fail fast, throws; otherwise counts it and lists it while the list
   * is short.
   *
   * @param where the record's location
   * @param reason what is wrong, without the record's content
   * @throws BadInputException under fail fast, of kind {@code STRUCTURE}, at {@code where}
   */
  public void reject(InputLocation where, String reason) {
    if (policy.failsFast()) {
      throw new BadInputException(BadInputException.Kind.STRUCTURE, where, reason);
    }
    count = Exact.add(count, 1);
    insert(new Reject(where, reason));
  }

  /** Lists {@code r} in order if it is among the first {@code maxListed}. */
  private void insert(Reject r) {
    int at = listed.size();
    while (at > 0 && ORDER.compare(listed.get(at - 1), r) > 0) {
      at--;
    }
    if (at < policy.maxListed()) {
      listed.add(at, r);
      if (listed.size() > policy.maxListed()) {
        listed.remove(listed.size() - 1);
      }
    }
  }

  private static long index(Reject r) {
    return r.location() instanceof InputLocation.RecordPosition p ? p.index() : Long.MAX_VALUE;
  }

  /**
   * Restores an empty log to a state read from bytes, if that state is one rejecting could reach:
   * the listed rejects in order, as many as the policy lists of {@code count}.
   *
   * @param count how many records were rejected
   * @param listed the listed rejects
   * @return whether the state was reachable (the log is unchanged if not)
   * @throws IllegalStateException if the log is not empty
   */
  public boolean restore(long count, List<Reject> listed) {
    checkState(this.count == 0 && this.listed.isEmpty(), "the log is not empty");
    if (count < 0
        || listed.size() != Math.min(count, policy.maxListed())
        || (count > 0 && policy.failsFast())) {
      return false;
    }
    for (int i = 1; i < listed.size(); i++) {
      if (ORDER.compare(listed.get(i - 1), listed.get(i)) > 0) {
        return false;
      }
    }
    this.count = count;
    this.listed.addAll(listed);
    return true;
  }

  /**
   * Adds the rejects of another log: every one to the count, and to the list those among the first
   * in order.
   *
   * @param other another log
   */
  public void addAll(RejectLog other) {
    count = Exact.add(count, other.count);
    for (Reject r : other.listed) {
      insert(r);
    }
  }

  /**
   * Returns how many records were rejected.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Returns the listed rejects, in order.
   *
   * @return the first rejects in order, up to the policy's limit
   */
  public ImmutableList<Reject> listed() {
    return ImmutableList.copyOf(listed);
  }
}
