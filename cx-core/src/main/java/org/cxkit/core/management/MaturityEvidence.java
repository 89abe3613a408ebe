package org.cxkit.core.management;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.cxkit.core.CxModel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.MaturityLevel;

/**
 * The CX maturity a model's own contents support, beside the level the organisation declared. Four
 * pieces of evidence are read from the model:
 *
 * <ul>
 *   <li><b>measured</b>: every controllable touchpoint has at least one measure;
 *   <li><b>owned</b>: every controllable touchpoint has an owner;
 *   <li><b>cycle</b>: the improvement cycle works: at least one initiative with an owner and a
 *       target that is open or done, at least one journey owner, and a review in the cadence for
 *       every journey owner;
 *   <li><b>co-created</b>: at least one journey was drawn with customers taking part.
 * </ul>
 *
 * The supported level is {@link MaturityLevel#EXPECTED} when the model has a controllable
 * touchpoint and it is measured and owned, {@link MaturityLevel#MANAGED} when in addition the cycle
 * works and a journey was co-created, and {@link MaturityLevel#RANDOM} otherwise.
 *
 * <pre>{@code
 * MaturityEvidence e = MaturityEvidence.of(model);
 * e.supported();                 // EXPECTED
 * e.declaredAboveEvidence();     // true if the strategy declares MANAGED
 * }</pre>
 *
 * @param measured every controllable touchpoint has a measure
 * @param owned every controllable touchpoint has an owner
 * @param cycle the improvement cycle works
 * @param coCreated a journey was drawn with customers
 * @param controllableTouchpoints how many controllable touchpoints the model has
 * @param declared the declared level, if assessed
 * @since 0.1
 */
public record MaturityEvidence(
    boolean measured,
    boolean owned,
    boolean cycle,
    boolean coCreated,
    int controllableTouchpoints,
    Optional<MaturityLevel> declared) {
  /**
   * Validates the components.
   *
   * @param measured every controllable touchpoint has a measure
   * @param owned every controllable touchpoint has an owner
   * @param cycle the improvement cycle works
   * @param coCreated a journey was drawn with customers
   * @param controllableTouchpoints how many controllable touchpoints; not negative
   * @param declared the declared level
   * @throws NullPointerException if {@code declared} is null
   * @throws IllegalArgumentException if the count is negative
   */
  public MaturityEvidence {
    requireNonNull(declared, "declared");
    com.google.common.base.Preconditions.checkArgument(
        controllableTouchpoints >= 0,
        "controllableTouchpoints must not be negative, got %s",
        controllableTouchpoints);
  }

  /**
   * Reads the evidence from a model.
   *
   * @param model the model
   * @return the evidence
   * @since 0.1
   */
  public static MaturityEvidence of(CxModel model) {
    requireNonNull(model, "model");
    int controllable = 0;
    boolean measured = true;
    boolean owned = true;
    boolean coCreated = false;
    for (Journey j : model.journeys()) {
      coCreated |= j.provenance().participants(ParticipantRole.CUSTOMER) > 0;
      for (Touchpoint tp : j.touchpoints()) {
        if (tp.controllable()) {
          controllable++;
          measured &= !tp.measures().isEmpty();
          owned &= tp.owner().isPresent();
        }
      }
    }
    Management m = model.management();
    boolean initiative =
        m.initiatives().stream()
            .anyMatch(
                i ->
                    i.owner().isPresent()
                        && i.target().isPresent()
                        && i.status() != InitiativeStatus.DROPPED);
    boolean reviewed =
        !m.journeyOwners().isEmpty()
            && m.journeyOwners().values().stream()
                .allMatch(o -> m.reviews().stream().anyMatch(r -> r.owner().equals(o)));
    return new MaturityEvidence(
        measured && controllable > 0,
        owned && controllable > 0,
        initiative && reviewed,
        coCreated,
        controllable,
        model.strategy().maturity().map(CxMaturity::level));
  }

  /**
   * Returns the level the evidence supports.
   *
   * @return the supported level
   * @since 0.1
   */
  public MaturityLevel supported() {
    if (!measured || !owned) {
      return MaturityLevel.RANDOM;
    }
    return cycle && coCreated ? MaturityLevel.MANAGED : MaturityLevel.EXPECTED;
  }

  /**
   * Returns whether the declared level is above the supported one.
   *
   * @return true if declared and above the evidence
   * @since 0.1
   */
  public boolean declaredAboveEvidence() {
    return declared.isPresent() && declared.get().compareTo(supported()) > 0;
  }

  @Override
  public String toString() {
    return "MaturityEvidence[supported "
        + supported()
        + declared.map(d -> ", declared " + d).orElse(", not declared")
        + "]";
  }
}
