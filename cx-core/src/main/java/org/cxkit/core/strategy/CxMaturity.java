package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.cxkit.core.internal.Args;

/**
 * The organisation's self-assessed customer-experience maturity, with the evidence for it and the
 * date it was assessed.
 *
 * <pre>{@code
 * CxMaturity.of(MaturityLevel.EXPECTED, "NPS measured monthly; journeys not yet validated", LocalDate.of(2026, 9, 1));
 * }</pre>
 *
 * @param level the level
 * @param evidence why this level
 * @param assessedOn when it was assessed
 */
public record CxMaturity(MaturityLevel level, String evidence, LocalDate assessedOn) {
  /**
   * Validates the components.
   *
   * @param level the level
   * @param evidence why this level
   * @param assessedOn when it was assessed
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the evidence is blank
   */
  public CxMaturity {
    requireNonNull(level, "level");
    Args.text(evidence, "evidence");
    requireNonNull(assessedOn, "assessedOn");
  }

  /**
   * Returns an assessment.
   *
   * @param level the level
   * @param evidence why this level
   * @param assessedOn when
   * @return the assessment
   */
  public static CxMaturity of(MaturityLevel level, String evidence, LocalDate assessedOn) {
    return new CxMaturity(level, evidence, assessedOn);
  }

  @Override
  public String toString() {
    return "CxMaturity[" + level + " on " + assessedOn + "]";
  }
}
