package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.EnumSet;
import java.util.Set;
import org.cxkit.core.internal.Args;
import org.cxkit.core.journey.Channel;

/**
 * A persona's profile: goals, needs, frustrations and the channels they prefer.
 *
 * <pre>{@code
 * Profile.builder().goal("Find clients").need("Company").frustration("Loud bars")
 *     .preferredChannels(Channel.SOCIAL_MEDIA, Channel.EMAIL).build();
 * }</pre>
 *
 * @param goals what the persona wants to achieve
 * @param needs what they need
 * @param frustrations what frustrates them
 * @param preferredChannels the channels they prefer
 */
public record Profile(
    ImmutableList<String> goals,
    ImmutableList<String> needs,
    ImmutableList<String> frustrations,
    ImmutableSet<Channel> preferredChannels) {
  /** A profile with nothing in it. */
  public static final Profile EMPTY =
      new Profile(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableSet.of());

  /**
   * Validates and copies the components.
   *
   * @param goals what the persona wants to achieve
   * @param needs what they need
   * @param frustrations what frustrates them
   * @param preferredChannels the channels they prefer
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Profile {
    goals = Args.texts(goals, "goals");
    needs = Args.texts(needs, "needs");
    frustrations = Args.texts(frustrations, "frustrations");
    preferredChannels = Args.enums(preferredChannels, "preferredChannels");
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
   * @return true if goals, needs and frustrations are all empty
   */
  public boolean isThin() {
    return goals.isEmpty() && needs.isEmpty() && frustrations.isEmpty();
  }

  @Override
  public String toString() {
    return "Profile[goals="
        + goals
        + ", needs="
        + needs
        + ", frustrations="
        + frustrations
        + ", channels="
        + preferredChannels
        + "]";
  }

  /** Builds a {@link Profile}; each call adds entries. */
  public static final class Builder {
    private final ImmutableList.Builder<String> goals = ImmutableList.builder();
    private final ImmutableList.Builder<String> needs = ImmutableList.builder();
    private final ImmutableList.Builder<String> frustrations = ImmutableList.builder();
    private final Set<Channel> channels = EnumSet.noneOf(Channel.class);

    private Builder() {}

    /**
     * Adds a goal.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder goal(String goal) {
      goals.add(requireNonNull(goal, "goal"));
      return this;
    }

    /**
     * Adds a need.
     *
     * @param need the need
     * @return this builder
     */
    public Builder need(String need) {
      needs.add(requireNonNull(need, "need"));
      return this;
    }

    /**
     * Adds a frustration.
     *
     * @param frustration the frustration
     * @return this builder
     */
    public Builder frustration(String frustration) {
      frustrations.add(requireNonNull(frustration, "frustration"));
      return this;
    }

    /**
     * Adds preferred channels.
     *
     * @param channels the channels
     * @return this builder
     */
    public Builder preferredChannels(Channel... channels) {
      for (Channel c : requireNonNull(channels, "channels")) {
        this.channels.add(requireNonNull(c, "channels element"));
      }
      return this;
    }

    /**
     * Builds the profile.
     *
     * @return the profile
     * @throws IllegalArgumentException if a text is blank
     */
    public Profile build() {
      return new Profile(
          goals.build(), needs.build(), frustrations.build(), ImmutableSet.copyOf(channels));
    }
  }
}
