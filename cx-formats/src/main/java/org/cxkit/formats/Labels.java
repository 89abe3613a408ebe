package org.cxkit.formats;

import com.google.common.collect.ImmutableMap;

/**
 * Label sets survey tools write instead of scale points, for {@link
 * ExportLayout.Builder#labels(java.util.Map)} and {@link ResponseCsv.Builder#question(String,
 * String, String, java.util.Map) question(..., labels)}. Labels are matched ignoring case and
 * surrounding space.
 *
 * @since 0.1
 */
public final class Labels {
  private Labels() {}

  /**
   * The classic five satisfaction labels, "Very dissatisfied" (1), "Dissatisfied", "Neither
   * satisfied nor dissatisfied", "Satisfied" to "Very satisfied" (5).
   */
  public static final ImmutableMap<String, Integer> SATISFACTION =
      ImmutableMap.of(
          "Very dissatisfied", 1,
          "Dissatisfied", 2,
          "Neither satisfied nor dissatisfied", 3,
          "Satisfied", 4,
          "Very satisfied", 5);

  /**
   * Microsoft Forms' satisfaction wording, "Very dissatisfied" (1), "Somewhat dissatisfied",
   * "Neutral" (or "Neither satisfied nor dissatisfied"), "Somewhat satisfied" to "Very satisfied"
   * (5).
   */
  public static final ImmutableMap<String, Integer> MICROSOFT_FORMS_SATISFACTION =
      ImmutableMap.of(
          "Very dissatisfied", 1,
          "Somewhat dissatisfied", 2,
          "Neutral", 3,
          "Neither satisfied nor dissatisfied", 3,
          "Somewhat satisfied", 4,
          "Very satisfied", 5);

  /**
   * The five agreement labels of a Likert item, "Strongly disagree" (1), "Disagree", "Neutral",
   * "Agree" to "Strongly agree" (5).
   */
  public static final ImmutableMap<String, Integer> AGREEMENT =
      ImmutableMap.of(
          "Strongly disagree", 1,
          "Disagree", 2,
          "Neutral", 3,
          "Agree", 4,
          "Strongly agree", 5);
}
