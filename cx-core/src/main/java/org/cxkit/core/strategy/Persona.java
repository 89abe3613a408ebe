package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.internal.Args;

/**
 * A persona: an archetypal customer of a {@link Segment}, with a profile and a story. Each journey
 * is one persona's.
 *
 * <pre>{@code
 * Persona maria = Persona.of("maria", "Maria, freelance designer")
 *     .withSegment("freelancers")
 *     .withProfile(Profile.builder().goal("Find clients").build())
 *     .withStory("Maria moved to Helsinki last year and works from home ...");
 * }</pre>
 *
 * @param id the persona's id
 * @param name a human-readable name
 * @param segment the segment the persona represents, if named
 * @param profile goals, needs, frustrations, preferred channels
 * @param story the persona's story, if written
 */
public record Persona(
    PersonaId id,
    String name,
    Optional<SegmentId> segment,
    Profile profile,
    Optional<String> story) {
  /**
   * Validates the components.
   *
   * @param id the persona's id
   * @param name a human-readable name
   * @param segment the segment the persona represents, if named
   * @param profile goals, needs, frustrations, preferred channels
   * @param story the persona's story, if written
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Persona {
    requireNonNull(id, "id");
    Args.text(name, "name");
    requireNonNull(segment, "segment");
    requireNonNull(profile, "profile");
    Args.optionalText(story, "story");
  }

  /**
   * Returns a persona with only an id and a name.
   *
   * @param id the id slug
   * @param name a human-readable name
   * @return the persona
   */
  public static Persona of(String id, String name) {
    return new Persona(PersonaId.of(id), name, Optional.empty(), Profile.EMPTY, Optional.empty());
  }

  /**
   * Returns this persona representing a segment.
   *
   * @param newSegment the segment's id slug
   * @return the changed persona
   */
  public Persona withSegment(String newSegment) {
    return new Persona(
        id,
        name,
        Optional.of(SegmentId.of(requireNonNull(newSegment, "newSegment"))),
        profile,
        story);
  }

  /**
   * Returns this persona with a profile.
   *
   * @param newProfile the profile
   * @return the changed persona
   */
  public Persona withProfile(Profile newProfile) {
    return new Persona(id, name, segment, requireNonNull(newProfile, "newProfile"), story);
  }

  /**
   * Returns this persona with a story.
   *
   * @param newStory the story
   * @return the changed persona
   */
  public Persona withStory(String newStory) {
    return new Persona(
        id, name, segment, profile, Optional.of(requireNonNull(newStory, "newStory")));
  }

  @Override
  public String toString() {
    return "Persona["
        + id
        + " \""
        + name
        + "\""
        + segment.map(s -> ", segment=" + s).orElse("")
        + (story.isPresent() ? ", with story" : ", no story")
        + "]";
  }
}
