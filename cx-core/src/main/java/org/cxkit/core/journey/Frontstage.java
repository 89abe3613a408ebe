package org.cxkit.core.journey;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.Arrays;
import java.util.Optional;
import org.cxkit.core.blueprint.Evidence;
import org.cxkit.core.internal.Args;

/**
 * The visible side of a touchpoint: what the customer does and sees, and the physical evidence (the
 * things, screens and places they meet), each {@linkplain Evidence piece} with its own channel and
 * ownership where they differ from the touchpoint's.
 *
 * <pre>{@code
 * Frontstage.of("Fills in the sign-up form", "event page", "confirmation e-mail");
 * Frontstage.of("Reads about the hotel")
 *     .withEvidence(Evidence.of("newspaper ad").in(Channel.PRINT).ownedBy(Ownership.PARTNER));
 * }</pre>
 *
 * @param description what the customer does and sees, if described
 * @param evidence the physical evidence, in no particular order (since 0.1 each an {@link Evidence}
 *     item rather than a name)
 */
public record Frontstage(Optional<String> description, ImmutableList<Evidence> evidence) {
  /** A frontstage not described yet. */
  public static final Frontstage EMPTY = new Frontstage(Optional.empty(), ImmutableList.of());

  /**
   * Validates and copies the components.
   *
   * @param description what the customer does and sees, if described
   * @param evidence the physical evidence, in no particular order
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the description is blank
   */
  public Frontstage {
    Args.optionalText(description, "description");
    evidence = Args.list(evidence, "evidence");
  }

  /**
   * Returns a frontstage whose evidence is named only (sharing the touchpoint's channel and
   * ownership).
   *
   * @param description what the customer does and sees
   * @param evidence the physical evidence, by name
   * @return the frontstage
   * @throws IllegalArgumentException if a text is blank
   */
  public static Frontstage of(String description, String... evidence) {
    requireNonNull(description, "description");
    requireNonNull(evidence, "evidence");
    ImmutableList<String> names = Args.texts(Arrays.asList(evidence), "evidence");
    return new Frontstage(
        Optional.of(description), ImmutableList.copyOf(Lists.transform(names, Evidence::of)));
  }

  /**
   * Returns this frontstage with more evidence, after what it has.
   *
   * @param more the evidence to add
   * @return the changed frontstage
   * @since 0.1
   */
  public Frontstage withEvidence(Evidence... more) {
    requireNonNull(more, "more");
    return new Frontstage(
        description,
        ImmutableList.<Evidence>builder()
            .addAll(evidence)
            .addAll(Args.list(Arrays.asList(more), "more"))
            .build());
  }

  /**
   * Returns the evidence's names, in order.
   *
   * @return the names
   * @since 0.1
   */
  public ImmutableList<String> evidenceNames() {
    return ImmutableList.copyOf(Lists.transform(evidence, Evidence::name));
  }

  /**
   * Returns whether nothing is described.
   *
   * @return true if there is neither a description nor evidence
   */
  public boolean isEmpty() {
    return description.isEmpty() && evidence.isEmpty();
  }

  @Override
  public String toString() {
    return "Frontstage["
        + description.orElse("-")
        + (evidence.isEmpty() ? "" : "; evidence=" + evidence)
        + "]";
  }
}
