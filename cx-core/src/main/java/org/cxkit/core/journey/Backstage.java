package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cxkit.core.internal.Args;

/**
 * The hidden side of a touchpoint: what the organisation does out of the customer's sight to make
 * it work.
 *
 * <pre>{@code
 * Backstage.builder().action("Host checks the guest list").system("Meetup").role("host").build();
 * }</pre>
 *
 * @param actions hidden actions of staff
 * @param processes support processes
 * @param systems systems and tools involved
 * @param roles staff roles involved
 */
public record Backstage(
    ImmutableList<String> actions,
    ImmutableList<String> processes,
    ImmutableList<String> systems,
    ImmutableList<String> roles) {
  /** A backstage not described yet. */
  public static final Backstage EMPTY =
      new Backstage(ImmutableList.of(), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());

  /**
   * Validates and copies the components.
   *
   * @param actions hidden actions of staff
   * @param processes support processes
   * @param systems systems and tools involved
   * @param roles staff roles involved
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Backstage {
    actions = Args.texts(actions, "actions");
    processes = Args.texts(processes, "processes");
    systems = Args.texts(systems, "systems");
    roles = Args.texts(roles, "roles");
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
   * Returns whether nothing is described.
   *
   * @return true if every list is empty
   */
  public boolean isEmpty() {
    return actions.isEmpty() && processes.isEmpty() && systems.isEmpty() && roles.isEmpty();
  }

  @Override
  public String toString() {
    return "Backstage[actions="
        + actions
        + ", processes="
        + processes
        + ", systems="
        + systems
        + ", roles="
        + roles
        + "]";
  }

  /** Builds a {@link Backstage}; each call adds one entry. */
  public static final class Builder {
    private final ImmutableList.Builder<String> actions = ImmutableList.builder();
    private final ImmutableList.Builder<String> processes = ImmutableList.builder();
    private final ImmutableList.Builder<String> systems = ImmutableList.builder();
    private final ImmutableList.Builder<String> roles = ImmutableList.builder();

    private Builder() {}

    /**
     * Adds a hidden action.
     *
     * @param action what staff do out of sight
     * @return this builder
     */
    public Builder action(String action) {
      actions.add(requireNonNull(action, "action"));
      return this;
    }

    /**
     * Adds a support process.
     *
     * @param process the process
     * @return this builder
     */
    public Builder process(String process) {
      processes.add(requireNonNull(process, "process"));
      return this;
    }

    /**
     * Adds a system.
     *
     * @param system the system or tool
     * @return this builder
     */
    public Builder system(String system) {
      systems.add(requireNonNull(system, "system"));
      return this;
    }

    /**
     * Adds a staff role.
     *
     * @param role the role
     * @return this builder
     */
    public Builder role(String role) {
      roles.add(requireNonNull(role, "role"));
      return this;
    }

    /**
     * Builds the backstage.
     *
     * @return the backstage
     * @throws IllegalArgumentException if a text is blank
     */
    public Backstage build() {
      return new Backstage(actions.build(), processes.build(), systems.build(), roles.build());
    }
  }
}
