package org.cxkit.core.blueprint;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;
import org.cxkit.core.Ids;
import org.cxkit.core.internal.Args;

/**
 * A process below the line of internal interaction that several touchpoints rely on (a booking
 * system, housekeeping, the kitchen), with the unit that owns it and where it can fail. Touchpoints
 * refer to it from their support {@linkplain Activity activities} by its id.
 *
 * <pre>{@code
 * SupportProcess.of("reservations", "Reservation system").ownedBy("IT").failPoint("Booking lost");
 * }</pre>
 *
 * @param id the id slug, unique among the journey's support processes and touchpoints
 * @param name a human-readable name
 * @param owner the unit that owns it, if named
 * @param failPoints where it can fail
 * @since 0.1
 */
public record SupportProcess(
    String id, String name, Optional<String> owner, ImmutableList<String> failPoints) {
  /**
   * Validates and copies the components.
   *
   * @param id the id slug
   * @param name a human-readable name
   * @param owner the unit that owns it, if named
   * @param failPoints where it can fail
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if the id is not a well-formed slug, or a text is blank
   * @since 0.1
   */
  public SupportProcess {
    requireNonNull(id, "id");
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException(
          "a support process id is lower-case letters and digits joined by '-', '_' or '.'; got a"
              + " text of "
              + id.length()
              + " characters");
    }
    Args.text(name, "name");
    Args.optionalText(owner, "owner");
    failPoints = Args.texts(failPoints, "failPoints");
  }

  /**
   * Returns a support process with no owner and no fail points.
   *
   * @param id the id slug
   * @param name a human-readable name
   * @return the support process
   * @since 0.1
   */
  public static SupportProcess of(String id, String name) {
    return new SupportProcess(id, name, Optional.empty(), ImmutableList.of());
  }

  /**
   * Returns this process owned by a unit.
   *
   * @param unit the owning unit or role
   * @return the changed process
   * @since 0.1
   */
  public SupportProcess ownedBy(String unit) {
    return new SupportProcess(id, name, Optional.of(requireNonNull(unit, "unit")), failPoints);
  }

  /**
   * Returns this process with more fail points.
   *
   * @param more where else it can fail
   * @return the changed process
   * @since 0.1
   */
  public SupportProcess failPoint(String... more) {
    requireNonNull(more, "more");
    return new SupportProcess(
        id,
        name,
        owner,
        ImmutableList.<String>builder().addAll(failPoints).addAll(Arrays.asList(more)).build());
  }

  @Override
  public String toString() {
    return "SupportProcess["
        + id
        + " \""
        + name
        + "\""
        + owner.map(o -> ", owner " + o).orElse("")
        + (failPoints.isEmpty() ? "" : ", " + failPoints.size() + " fail points")
        + "]";
  }
}
