package org.cxkit.metrics.internal;

import java.util.Optional;
import org.cxkit.core.Scale;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;

/**
 * The bad-data failures of the calculators' and analyses' {@code add} methods: a {@link
 * BadInputException} of kind {@code STRUCTURE} whose reason names the field and what was expected,
 * never the value (scores and ids are personal data). A value handed over on its own has no
 * location; a column call relocates the failure to the record's index with {@link #atRecord}.
 */
public final class BadValues {
  private BadValues() {}

  /**
   * Returns the failure of a value handed over on its own.
   *
   * @param reason what is wrong and what was expected, naming the field, never the value
   * @return the failure
   */
  public static BadInputException value(String reason) {
    return new BadInputException(BadInputException.Kind.STRUCTURE, reason);
  }

  /**
   * Fails with {@link #value(String)} unless {@code ok}.
   *
   * @param ok whether the value is good
   * @param reason what is wrong and what was expected, naming the field, never the value
   * @throws BadInputException if not {@code ok}
   */
  public static void check(boolean ok, String reason) {
    if (!ok) {
      throw value(reason);
    }
  }

  /**
   * Words a value of {@code field} off {@code scale}, without the value.
   *
   * @param field what the value is ("satisfaction", "the NPS outcome", ...)
   * @param scale the scale it must be on
   * @return the reason
   */
  public static String offScale(String field, Scale scale) {
    return field + " is off the scale " + scale.min() + ".." + scale.max();
  }

  /**
   * Returns {@code e}, a failure of one value, located at record {@code index} of a column call.
   *
   * @param index the record's 0-based index in the columns
   * @param e the failure of that record's value
   * @return the failure at that record, with {@code e} as its cause
   */
  public static BadInputException atRecord(long index, BadInputException e) {
    BadInputException at =
        new BadInputException(
            e.kind(), new InputLocation.RecordPosition(index, Optional.empty()), e.reason());
    at.initCause(e);
    return at;
  }
}
