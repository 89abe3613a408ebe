package org.cxkit.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A result together with the records that were set aside on the way (see {@link
 * BadInput#SET_ASIDE}).
 *
 * @param <R> the result type
 * @param result the result of the records that were counted
 * @param rejects the records set aside, in input order
 */
public record Computation<R extends MetricResult>(R result, ImmutableList<Reject> rejects) {
  /**
   * Validates the components.
   *
   * @param result the result of the records that were counted
   * @param rejects the records set aside, in input order
   * @throws NullPointerException if an argument is null
   */
  public Computation {
    requireNonNull(result, "result");
    rejects = ImmutableList.copyOf(rejects);
  }

  /**
   * Returns how many records were set aside.
   *
   * @return the reject count
   */
  public long rejected() {
    return rejects.size();
  }

  @Override
  public String toString() {
    return result + (rejects.isEmpty() ? "" : "\nrejected " + rejects.size() + ": " + rejects);
  }
}
