package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;

/**
 * One answer of one respondent to one survey question: a score on a measure, optionally tagged with
 * the touchpoint it is about, when it was given, and extra attributes carried along (such as a
 * segment or a channel).
 *
 * <pre>{@code
 * Response r = Response.of("r-17", "nps", 9).withTouchpoint("sign-up");
 * }</pre>
 *
 * <p>Whether the score fits the measure's scale is checked by the calculator that reads it, which
 * knows the scale. For bulk data, calculators also take primitive columns ({@code byte[]}, {@code
 * int[]}) so no object per response is needed.
 *
 * @param respondent who answered; not blank
 * @param touchpoint the touchpoint the answer is about, if any (empty: the overall experience)
 * @param measure the measure, such as {@code nps}
 * @param score the answer, a point on the measure's scale
 * @param time when it was given, if known
 * @param attributes extra columns carried along, by name
 */
public record Response(
    String respondent,
    Optional<TouchpointId> touchpoint,
    MeasureId measure,
    int score,
    Optional<Instant> time,
    ImmutableSortedMap<String, String> attributes) {
  /**
   * Validates and copies the components.
   *
   * @param respondent who answered; not blank
   * @param touchpoint the touchpoint the answer is about, if any (empty: the overall experience)
   * @param measure the measure, such as {@code nps}
   * @param score the answer, a point on the measure's scale
   * @param time when it was given, if known
   * @param attributes extra columns carried along, by name
   * @throws NullPointerException if an argument, key or value is null
   * @throws IllegalArgumentException if the respondent is blank
   */
  public Response {
    requireNonNull(respondent, "respondent");
    checkArgument(!respondent.isBlank(), "respondent must not be blank");
    requireNonNull(touchpoint, "touchpoint");
    requireNonNull(measure, "measure");
    requireNonNull(time, "time");
    requireNonNull(attributes, "attributes");
    attributes = ImmutableSortedMap.copyOf(attributes);
  }

  /**
   * Returns an overall response (no touchpoint, time or attributes).
   *
   * @param respondent who answered
   * @param measure the measure id, such as {@code nps}
   * @param score the answer
   * @return the response
   */
  public static Response of(String respondent, String measure, int score) {
    return new Response(
        respondent,
        Optional.empty(),
        MeasureId.of(measure),
        score,
        Optional.empty(),
        ImmutableSortedMap.of());
  }

  /**
   * Returns this response tagged with a touchpoint.
   *
   * @param newTouchpoint the touchpoint's id slug
   * @return the changed response
   */
  public Response withTouchpoint(String newTouchpoint) {
    return new Response(
        respondent, Optional.of(TouchpointId.of(newTouchpoint)), measure, score, time, attributes);
  }

  /**
   * Returns this response with a time.
   *
   * @param newTime when it was given
   * @return the changed response
   */
  public Response withTime(Instant newTime) {
    return new Response(respondent, touchpoint, measure, score, Optional.of(newTime), attributes);
  }

  /**
   * Returns this response with extra attributes (replacing the old ones).
   *
   * @param newAttributes the attributes by name
   * @return the changed response
   */
  public Response withAttributes(Map<String, String> newAttributes) {
    return new Response(
        respondent, touchpoint, measure, score, time, ImmutableSortedMap.copyOf(newAttributes));
  }

  @Override
  public String toString() {
    return "Response["
        + respondent
        + " "
        + measure
        + "="
        + score
        + touchpoint.map(t -> " @" + t).orElse("")
        + time.map(t -> " " + t).orElse("")
        + (attributes.isEmpty() ? "" : " " + attributes)
        + "]";
  }
}
