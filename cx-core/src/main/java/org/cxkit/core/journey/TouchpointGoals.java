package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cxkit.core.internal.Args;

/**
 * What the customer should <em>do</em>, <em>think</em> and <em>feel</em> at a touchpoint, and what
 * makes it work: the <em>place</em>, the <em>processes</em> and the <em>communication</em>.
 *
 * <pre>{@code
 * TouchpointGoals.builder()
 *     .does("Signs up in under a minute")
 *     .thinks("This is for people like me")
 *     .feels("Welcome")
 *     .communication("Friendly, first-name tone")
 *     .build();
 * }</pre>
 *
 * @param does what the customer should do
 * @param thinks what the customer should think
 * @param feels what the customer should feel
 * @param place what of the place makes it work
 * @param processes what processes make it work
 * @param communication what communication makes it work
 */
public record TouchpointGoals(
    ImmutableList<String> does,
    ImmutableList<String> thinks,
    ImmutableList<String> feels,
    ImmutableList<String> place,
    ImmutableList<String> processes,
    ImmutableList<String> communication) {
  /** No goals set. */
  public static final TouchpointGoals NONE =
      new TouchpointGoals(
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of());

  /**
   * Validates and copies the components.
   *
   * @param does what the customer should do
   * @param thinks what the customer should think
   * @param feels what the customer should feel
   * @param place what of the place makes it work
   * @param processes what processes make it work
   * @param communication what communication makes it work
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public TouchpointGoals {
    does = Args.texts(does, "does");
    thinks = Args.texts(thinks, "thinks");
    feels = Args.texts(feels, "feels");
    place = Args.texts(place, "place");
    processes = Args.texts(processes, "processes");
    communication = Args.texts(communication, "communication");
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
   * Returns whether no customer goal (do, think or feel) is set.
   *
   * @return true if {@code does}, {@code thinks} and {@code feels} are all empty
   */
  public boolean hasNoCustomerGoals() {
    return does.isEmpty() && thinks.isEmpty() && feels.isEmpty();
  }

  /**
   * Returns whether no enabler (place, processes, communication) is set.
   *
   * @return true if all three are empty
   */
  public boolean hasNoEnablers() {
    return place.isEmpty() && processes.isEmpty() && communication.isEmpty();
  }

  @Override
  public String toString() {
    return "TouchpointGoals[does="
        + does
        + ", thinks="
        + thinks
        + ", feels="
        + feels
        + ", place="
        + place
        + ", processes="
        + processes
        + ", communication="
        + communication
        + "]";
  }

  /** Builds {@link TouchpointGoals}; each call adds one entry. */
  public static final class Builder {
    private final ImmutableList.Builder<String> does = ImmutableList.builder();
    private final ImmutableList.Builder<String> thinks = ImmutableList.builder();
    private final ImmutableList.Builder<String> feels = ImmutableList.builder();
    private final ImmutableList.Builder<String> place = ImmutableList.builder();
    private final ImmutableList.Builder<String> processes = ImmutableList.builder();
    private final ImmutableList.Builder<String> communication = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds what the customer should do.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder does(String goal) {
      does.add(requireNonNull(goal, "goal"));
      return this;
    }

    /**
     * Adds what the customer should think.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder thinks(String goal) {
      thinks.add(requireNonNull(goal, "goal"));
      return this;
    }

    /**
     * Adds what the customer should feel.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder feels(String goal) {
      feels.add(requireNonNull(goal, "goal"));
      return this;
    }

    /**
     * Adds what of the place makes it work.
     *
     * @param enabler the enabler
     * @return this builder
     */
    public Builder place(String enabler) {
      place.add(requireNonNull(enabler, "enabler"));
      return this;
    }

    /**
     * Adds a process that makes it work.
     *
     * @param enabler the enabler
     * @return this builder
     */
    public Builder process(String enabler) {
      processes.add(requireNonNull(enabler, "enabler"));
      return this;
    }

    /**
     * Adds communication that makes it work.
     *
     * @param enabler the enabler
     * @return this builder
     */
    public Builder communication(String enabler) {
      communication.add(requireNonNull(enabler, "enabler"));
      return this;
    }

    /**
     * Builds the goals.
     *
     * @return the goals
     * @throws IllegalArgumentException if a text is blank
     */
    public TouchpointGoals build() {
      return new TouchpointGoals(
          does.build(),
          thinks.build(),
          feels.build(),
          place.build(),
          processes.build(),
          communication.build());
    }
  }
}
