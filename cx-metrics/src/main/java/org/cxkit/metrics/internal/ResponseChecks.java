package org.cxkit.metrics.internal;

import org.cxkit.core.Measure;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/**
 * The checks every calculator runs on a response before counting it: the one place that words
 * "another measure" and "off the scale", without the response's content (its respondent and its
 * score are personal data).
 */
public final class ResponseChecks {
  private ResponseChecks() {}

  /**
   * Returns what is wrong with {@code r} for {@code measure} (another measure, a touchpoint's
   * answer, or off the scale), or null if it can be counted.
   *
   * @param r the response
   * @param measure the measure it must be for
   * @return the reason, or null
   */
  public static @Nullable String problem(Response r, Measure measure) {
    if (!r.measure().equals(measure.id())) {
      return "measure '" + r.measure() + "' is not '" + measure.id() + "'";
    }
    if (r.touchpoint().isPresent()) {
      return TOUCHPOINT_ANSWER;
    }
    return measure.scale().contains(r.score()) ? null : offScale(measure);
  }

  /**
   * Why a calculator refuses a touchpoint's answer: an overall answer and a touchpoint answer are
   * different populations, and mixing them gives neither's score.
   */
  public static final String TOUCHPOINT_ANSWER =
      "a touchpoint's answer: a calculator scores overall answers (responses without a"
          + " touchpoint); score touchpoints with a Scorecard";

  /**
   * Checks that {@code r} can be counted for {@code measure}; if not, hands it to {@code rejects}.
   *
   * @param r the response
   * @param index its 0-based index in the input
   * @param measure the measure it must be for
   * @param rejects where a bad response goes (which may throw)
   * @return whether the response can be counted
   */
  public static boolean check(Response r, long index, Measure measure, RejectLog rejects) {
    String problem = problem(r, measure);
    if (problem == null) {
      return true;
    }
    String field =
        !r.measure().equals(measure.id())
            ? "measure"
            : r.touchpoint().isPresent() ? "touchpoint" : "score";
    rejects.reject(InputLocation.record(index, field), problem);
    return false;
  }

  /**
   * Checks that the score of {@code r} is on the scale of {@code measure}; if not, hands it to
   * {@code rejects}.
   *
   * @param r the response
   * @param index its 0-based index in the input
   * @param measure the measure whose scale applies
   * @param rejects where a bad response goes (which may throw)
   * @return whether the score is on the scale
   */
  public static boolean onScale(Response r, long index, Measure measure, RejectLog rejects) {
    if (measure.scale().contains(r.score())) {
      return true;
    }
    rejects.reject(InputLocation.record(index, "score"), offScale(measure));
    return false;
  }

  /**
   * Words a score off the scale of {@code measure}, without the score.
   *
   * @param measure the measure
   * @return the reason
   */
  public static String offScale(Measure measure) {
    return "score off the "
        + measure.id()
        + " scale "
        + measure.scale().min()
        + ".."
        + measure.scale().max();
  }
}
