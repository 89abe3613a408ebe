package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Several results of one analysis run, by name, written and read as one results document of kind
 * {@code "result-set"}: what a job or a service hands over in one go (the overall NPS, a scorecard
 * per journey, the delight uplift, ...). Each result is written as its own kind says, so a
 * dashboard reads {@code results["scorecard first-visit"]} as it would read that scorecard alone.
 *
 * <pre>{@code
 * ResultSet set = ResultSet.builder("Waffle Wednesday")
 *     .add("overall nps", nps)
 *     .add("scorecard first-visit", scorecard)
 *     .build();
 * String text = json.writeResult(set);
 * ResultSet back = json.readResult(text, ResultSet.class);
 * ScorecardResult card = back.get("scorecard first-visit", ScorecardResult.class).orElseThrow();
 * }</pre>
 *
 * <p>Immutable; equal when the titles and the results by name are equal.
 *
 * @since 0.1
 */
public final class ResultSet {
  private final String title;
  private final ImmutableMap<String, Object> results;

  private ResultSet(String title, ImmutableMap<String, Object> results) {
    this.title = title;
    this.results = results;
  }

  /** A set of the given results, in the map's order (for the reader). */
  static ResultSet of(String title, Map<String, Object> results) {
    Builder b = builder(title);
    results.forEach(b::add);
    return b.build();
  }

  /**
   * Starts a set.
   *
   * @param title what the results are of, such as the model's name; not blank
   * @return a builder
   * @throws IllegalArgumentException if the title is blank
   */
  public static Builder builder(String title) {
    requireNonNull(title, "title");
    checkArgument(!title.isBlank(), "a result set's title must not be blank");
    return new Builder(title);
  }

  /**
   * Returns what the results are of.
   *
   * @return the title
   */
  public String title() {
    return title;
  }

  /**
   * Returns the results by name, in the order they were added.
   *
   * @return the results
   */
  public ImmutableMap<String, Object> results() {
    return results;
  }

  /**
   * Returns the result of a name if it is of {@code type}.
   *
   * @param <R> the result type
   * @param name the name
   * @param type the result type (or a supertype, such as {@code MetricResult})
   * @return the result, or empty if there is none of that name and type
   */
  public <R> Optional<R> get(String name, Class<R> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    Object r = results.get(name);
    return type.isInstance(r) ? Optional.of(type.cast(r)) : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResultSet s && title.equals(s.title) && results.equals(s.results);
  }

  @Override
  public int hashCode() {
    return 31 * title.hashCode() + results.hashCode();
  }

  @Override
  public String toString() {
    return "ResultSet[" + title + ": " + String.join(", ", results.keySet()) + "]";
  }

  /**
   * Collects the results of a {@link ResultSet}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final String title;
    private final Map<String, Object> results = new LinkedHashMap<>();

    private Builder(String title) {
      this.title = title;
    }

    /**
     * Adds a result under a name.
     *
     * @param name the name, unique in the set; not blank
     * @param result a result of a kind the writing {@link CxJson} knows
     * @return this builder
     * @throws IllegalArgumentException if the name is blank or taken
     */
    public Builder add(String name, Object result) {
      requireNonNull(name, "name");
      requireNonNull(result, "result");
      checkArgument(!name.isBlank(), "a result's name must not be blank");
      checkArgument(!results.containsKey(name), "a result named %s is in the set already", name);
      results.put(name, result);
      return this;
    }

    /**
     * Builds the set.
     *
     * @return the set
     */
    public ResultSet build() {
      return new ResultSet(title, ImmutableMap.copyOf(results));
    }
  }
}
