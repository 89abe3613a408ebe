package org.cxkit.metrics.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Reject;

/**
 * The rejects of one computation under a {@link BadInput} policy: fails on the first one, or counts
 * every one and lists the first few. Not thread-safe; {@link #addAll} merges another log.
 */
public final class RejectLog {
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
    count = Math.addExact(count, 1);
    if (listed.size() < policy.maxListed()) {
      listed.add(new Reject(where, reason));
    }
  }

  /**
   * Adds the rejects of another log after this one's.
   *
   * @param other another log
   */
  public void addAll(RejectLog other) {
    count = Math.addExact(count, other.count);
    for (Reject r : other.listed) {
      if (listed.size() >= policy.maxListed()) {
        break;
      }
      listed.add(r);
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
   * @return the first rejects, up to the policy's limit
   */
  public ImmutableList<Reject> listed() {
    return ImmutableList.copyOf(listed);
  }
}
