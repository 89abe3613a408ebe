package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.SegmentId;
import org.cxkit.core.internal.Args;

/**
 * A group of customers the strategy serves, such as freelancers or startup founders. Personas
 * represent segments.
 *
 * <pre>{@code
 * Segment.of("freelancers", "Freelancers").withDescription("Work alone, want company and clients");
 * }</pre>
 *
 * @param id the segment's id
 * @param name a human-readable name
 * @param description who they are, if described
 */
public record Segment(SegmentId id, String name, Optional<String> description) {
  /**
   * Validates the components.
   *
   * @param id the segment's id
   * @param name a human-readable name
   * @param description who they are, if described
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Segment {
    requireNonNull(id, "id");
    Args.text(name, "name");
    Args.optionalText(description, "description");
  }

  /**
   * Returns a segment without a description.
   *
   * @param id the id slug
   * @param name a human-readable name
   * @return the segment
   */
  public static Segment of(String id, String name) {
    return new Segment(SegmentId.of(id), name, Optional.empty());
  }

  /**
   * Returns this segment with a description.
   *
   * @param newDescription who they are
   * @return the changed segment
   */
  public Segment withDescription(String newDescription) {
    return new Segment(id, name, Optional.of(requireNonNull(newDescription, "newDescription")));
  }

  @Override
  public String toString() {
    return "Segment[" + id + " \"" + name + "\"]";
  }
}
