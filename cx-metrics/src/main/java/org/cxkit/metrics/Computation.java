package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * A result together with the records that were left out on the way (see {@link
 * BadInput#collect(int)}): how many, and the first of them with their location and reason.
 *
 * @param <R> the result type
 * @param result the result of the records that were counted
 * @param rejected how many records were left out
 * @param rejects the first records left out, in input order, up to the policy's limit
 */
public record Computation<R extends MetricResult>(
    R result, long rejected, ImmutableList<Reject> rejects) {
  /**
   * Validates the components.
   *
   * @param result the result of the records that were counted
   * @param rejected how many records were left out
   * @param rejects the first records left out, in input order, up to the policy's limit
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code rejected} is negative or below the listed rejects
   */
  public Computation {
    requireNonNull(result, "result");
    rejects = ImmutableList.copyOf(rejects);
    checkArgument(
        rejected >= rejects.size(),
        "rejected must be at least the listed rejects, got %s",
        rejected);
  }

  @Override
  public String toString() {
    return result
        + (rejected == 0
            ? ""
            : "; rejected " + rejected + (rejects.isEmpty() ? "" : ", first: " + rejects.get(0)));
  }
}
