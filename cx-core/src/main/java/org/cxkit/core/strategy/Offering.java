package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import org.cxkit.core.OfferingId;
import org.cxkit.core.internal.Args;

/**
 * What the organisation offers: a product, a service or a bundle, with its value proposition.
 *
 * <pre>{@code
 * Offering.of("waffle-wednesday", "Waffle Wednesday", OfferingType.SERVICE)
 *     .withValueProposition(ValueProposition.builder().promise("Ideas, people and waffles").build());
 * }</pre>
 *
 * @param id the offering's id
 * @param name a human-readable name
 * @param type product, service or bundle
 * @param valueProposition its value proposition
 */
public record Offering(
    OfferingId id, String name, OfferingType type, ValueProposition valueProposition) {
  /**
   * Validates the components.
   *
   * @param id the offering's id
   * @param name a human-readable name
   * @param type product, service or bundle
   * @param valueProposition its value proposition
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Offering {
    requireNonNull(id, "id");
    Args.text(name, "name");
    requireNonNull(type, "type");
    requireNonNull(valueProposition, "valueProposition");
  }

  /**
   * Returns an offering without a value proposition.
   *
   * @param id the id slug
   * @param name a human-readable name
   * @param type product, service or bundle
   * @return the offering
   */
  public static Offering of(String id, String name, OfferingType type) {
    return new Offering(OfferingId.of(id), name, type, ValueProposition.EMPTY);
  }

  /**
   * Returns this offering with a value proposition.
   *
   * @param newValueProposition the value proposition
   * @return the changed offering
   */
  public Offering withValueProposition(ValueProposition newValueProposition) {
    return new Offering(id, name, type, requireNonNull(newValueProposition, "newValueProposition"));
  }

  @Override
  public String toString() {
    return "Offering[" + id + " \"" + name + "\" " + type + ", " + valueProposition + "]";
  }
}
