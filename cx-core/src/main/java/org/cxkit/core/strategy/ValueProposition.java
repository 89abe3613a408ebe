package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Plural;
import org.jspecify.annotations.Nullable;

/**
 * An offering's value proposition, after the Value Proposition Canvas (Osterwalder et al. 2014):
 * the customer jobs it helps with, the pains it relieves, the gains it creates, and the promise in
 * one sentence.
 *
 * <pre>{@code
 * ValueProposition.builder()
 *     .job("Meet people who build things").pain("Awkward networking").gain("Free waffles")
 *     .promise("An easy hour of ideas and people, once a month")
 *     .build();
 * }</pre>
 *
 * @param jobs the customer jobs
 * @param pains the pains relieved
 * @param gains the gains created
 * @param promise the promise, if written
 */
public record ValueProposition(
    ImmutableList<String> jobs,
    ImmutableList<String> pains,
    ImmutableList<String> gains,
    Optional<String> promise) {
  /** A value proposition not written yet. */
  public static final ValueProposition EMPTY =
      new ValueProposition(
          ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), Optional.empty());

  /**
   * Validates and copies the components.
   *
   * @param jobs the customer jobs
   * @param pains the pains relieved
   * @param gains the gains created
   * @param promise the promise, if written
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public ValueProposition {
    jobs = Args.texts(jobs, "jobs");
    pains = Args.texts(pains, "pains");
    gains = Args.texts(gains, "gains");
    Args.optionalText(promise, "promise");
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether nothing is written.
   *
   * @return true if there are no jobs, pains, gains or promise
   */
  public boolean isEmpty() {
    return jobs.isEmpty() && pains.isEmpty() && gains.isEmpty() && promise.isEmpty();
  }

  @Override
  public String toString() {
    return "ValueProposition["
        + promise.map(p -> "\"" + p + "\"").orElse("no promise")
        + ", "
        + Plural.count(jobs.size(), "job")
        + ", "
        + Plural.count(pains.size(), "pain")
        + ", "
        + Plural.count(gains.size(), "gain")
        + "]";
  }

  /** Builds a {@link ValueProposition}; each call adds one entry. */
  public static final class Builder {
    private final ImmutableList.Builder<String> jobs = ImmutableList.builder();
    private final ImmutableList.Builder<String> pains = ImmutableList.builder();
    private final ImmutableList.Builder<String> gains = ImmutableList.builder();
    private @Nullable String promise;

    private Builder() {}

    /**
     * Adds a customer job.
     *
     * @param job the job
     * @return this builder
     */
    public Builder job(String job) {
      jobs.add(requireNonNull(job, "job"));
      return this;
    }

    /**
     * Adds a pain the offering relieves.
     *
     * @param pain the pain
     * @return this builder
     */
    public Builder pain(String pain) {
      pains.add(requireNonNull(pain, "pain"));
      return this;
    }

    /**
     * Adds a gain the offering creates.
     *
     * @param gain the gain
     * @return this builder
     */
    public Builder gain(String gain) {
      gains.add(requireNonNull(gain, "gain"));
      return this;
    }

    /**
     * Sets the promise.
     *
     * @param promise the promise in one sentence
     * @return this builder
     */
    public Builder promise(String promise) {
      this.promise = requireNonNull(promise, "promise");
      return this;
    }

    /**
     * Builds the value proposition.
     *
     * @return the value proposition
     * @throws IllegalArgumentException if a text is blank
     */
    public ValueProposition build() {
      return new ValueProposition(
          jobs.build(), pains.build(), gains.build(), Optional.ofNullable(promise));
    }
  }
}
