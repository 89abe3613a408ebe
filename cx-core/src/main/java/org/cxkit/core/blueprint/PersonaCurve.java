package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cxkit.core.PersonaId;
import org.cxkit.core.TouchpointId;

/**
 * The experience curve of another persona on a journey: how someone other than the journey's own
 * persona should feel and did feel at its touchpoints, on the journey's {@link EmotionScale}, as
 * journey-mapping tools draw one curve per persona on a shared map. The journey's own persona's
 * curve is its touchpoints' {@link Emotion}s.
 *
 * <pre>{@code
 * PersonaCurve.of("leisure-rider")
 *     .at("configure", Emotion.measured(1.5))
 *     .at("delivery", Emotion.measured(0));
 * }</pre>
 *
 * <p>The journey checks that the touchpoints are its own, that the values lie on its emotion scale
 * and that each persona has one curve; the model checks that the persona exists.
 *
 * @param persona whose curve it is
 * @param points the curve's points by touchpoint, in the order they were given
 * @since 0.1
 */
public record PersonaCurve(PersonaId persona, ImmutableMap<TouchpointId, Emotion> points) {
  /**
   * Validates and copies the components.
   *
   * @param persona whose curve it is
   * @param points the points by touchpoint
   * @throws NullPointerException if an argument, key or value is null
   * @since 0.1
   */
  public PersonaCurve {
    requireNonNull(persona, "persona");
    points = ImmutableMap.copyOf(requireNonNull(points, "points"));
  }

  /**
   * Returns a curve without points.
   *
   * @param persona the persona's id slug
   * @return the curve
   * @throws IllegalArgumentException if the id is malformed
   * @since 0.1
   */
  public static PersonaCurve of(String persona) {
    return new PersonaCurve(PersonaId.of(persona), ImmutableMap.of());
  }

  /**
   * Returns this curve with a point at a touchpoint, replacing one there.
   *
   * @param touchpoint the touchpoint's id slug
   * @param emotion the intended and measured values there
   * @return the changed curve
   * @throws IllegalArgumentException if the id is malformed
   * @since 0.1
   */
  public PersonaCurve at(String touchpoint, Emotion emotion) {
    TouchpointId id = TouchpointId.of(requireNonNull(touchpoint, "touchpoint"));
    requireNonNull(emotion, "emotion");
    Map<TouchpointId, Emotion> m = new LinkedHashMap<>(points);
    m.put(id, emotion);
    return new PersonaCurve(persona, ImmutableMap.copyOf(m));
  }

  /** Returns one line such as {@code PersonaCurve[leisure-rider: 2 points]}. */
  @Override
  public String toString() {
    return "PersonaCurve["
        + persona
        + ": "
        + points.size()
        + (points.size() == 1 ? " point]" : " points]");
  }
}
