package org.cxkit.formats;

import java.util.function.Supplier;

/**
 * The export layouts of common survey tools, as their CSV downloads are written: start from one and
 * change what a survey does differently with {@link ExportLayout#toBuilder()}.
 *
 * <pre>{@code
 * ResponseCsv qualtrics = ResponseCsv.builder()
 *     .layout(SurveyTool.QUALTRICS.layout())
 *     .question("Q1_1", "sign-up", "csat")          // by column id, question text or ImportId
 *     .overall("Q2", "nps")
 *     .build();
 * }</pre>
 *
 * @since 0.1
 */
public enum SurveyTool {
  /**
   * Qualtrics (current and the older Insights platform): three header rows (column id such as
   * {@code Q1_1}; question text; {@code {"ImportId":"QID1_1"}} in JSON or single-quoted, with the
   * {@code "timeZone"} of date columns), the respondent in {@code ResponseId} or {@code
   * ResponseID}, the time in {@code RecordedDate} or {@code EndDate} ({@code 2017-07-18 08:28:09}),
   * negative recodes ({@code -1} "No opinion", {@code -2} "Never tried it", or others a survey
   * defines) meaning not applicable.
   */
  QUALTRICS(
      () ->
          ExportLayout.builder()
              .headerRows(3)
              .respondentColumn("ResponseId", "ResponseID", "_recordId")
              .timeColumn("RecordedDate", "EndDate", "recordedDate", "endDate")
              .timePattern("yyyy-MM-dd HH:mm:ss")
              .timePattern("M/d/yyyy H:mm")
              .negativeCodesNotApplicable()
              .integralDecimals()
              .build()),

  /**
   * SurveyMonkey: two header rows (the question; the sub-answer: "Response", an option or a matrix
   * row) where a question's text stands over its first column only, so a column is named {@code
   * "question / sub-answer"}; the respondent in {@code Respondent ID} ({@code RespondentID} in
   * older exports), the time in {@code End Date} ({@code 06/26/2019 11:09:13 AM}); {@code N/A} and
   * labels ending in {@code (N/A)} mean not applicable. Older exports are Windows-1252: set {@link
   * ExportLayout.Builder#charset charset} for them.
   */
  SURVEYMONKEY(
      () ->
          ExportLayout.builder()
              .headerRows(2)
              .combineHeaderRows()
              .respondentColumn("Respondent ID", "RespondentID")
              .timeColumn("End Date", "EndDate")
              .timePattern("MM/dd/yyyy hh:mm:ss a")
              .timePattern("M/d/yyyy h:mm:ss a")
              .timePattern("M/d/yyyy H:mm")
              .notApplicableLabels("N/A")
              .build()),

  /**
   * Google Forms' CSV download and a Google Sheets export of its responses: one header row of full
   * question texts, no respondent id (rows are numbered), the time in {@code Timestamp} ({@code
   * 11/1/2019 8:51:12} in a sheet, {@code 2019/11/01 8:51:12 AM GMT+2} in the download),
   * whole-number ratings sometimes written {@code 9.0}.
   */
  GOOGLE_FORMS(
      () ->
          ExportLayout.builder()
              .timeColumn("Timestamp")
              .timePattern("M/d/yyyy H:mm:ss")
              .timePattern("yyyy/MM/dd h:mm:ss a O")
              .integralDecimals()
              .build()),

  /**
   * Microsoft Forms (its Excel download saved as CSV): the respondent in {@code ID}, the time in
   * {@code Completion time} ({@code 4/28/21 11:22:58}), full question texts as headers, and
   * Microsoft's satisfaction wording ({@link Labels#MICROSOFT_FORMS_SATISFACTION}) beside the
   * classic one ({@link Labels#SATISFACTION}) and the agreement labels ({@link Labels#AGREEMENT}).
   */
  MICROSOFT_FORMS(
      () ->
          ExportLayout.builder()
              .respondentColumn("ID", "Id")
              .timeColumn("Completion time", "Start time")
              .timePattern("M/d/yy H:mm:ss")
              .timePattern("M/d/yyyy H:mm:ss")
              .timePattern("M/d/yyyy h:mm:ss a")
              .labels(Labels.MICROSOFT_FORMS_SATISFACTION)
              .labels(Labels.SATISFACTION)
              .integralDecimals()
              .build()),

  /**
   * Typeform: one header row of question texts (markup removed), the respondent in {@code #} (a
   * response token), the time in {@code Submit Date (UTC)} ({@code 2020-04-17 16:21:06}, the zone
   * named in the header), whole numbers sometimes written as decimals.
   */
  TYPEFORM(
      () ->
          ExportLayout.builder()
              .respondentColumn("#", "Response ID", "Token")
              .timeColumn("Submit Date", "Submitted At")
              .timePattern("yyyy-MM-dd HH:mm:ss[.SSS]")
              .integralDecimals()
              .build()),

  /**
   * LimeSurvey: question codes such as {@code SUS1[SQ001]} as headers (or the full texts), every
   * cell quoted, the respondent in {@code id}, the time in {@code submitdate} ({@code 2021-03-04
   * 10:11:12}), scale end points labelled inside the answer ({@code Stimme voll zu - 5}) while
   * middle points are bare numbers.
   */
  LIMESURVEY(
      () ->
          ExportLayout.builder()
              .respondentColumn("id", "Response ID")
              .timeColumn("submitdate", "Date submitted")
              .timePattern("yyyy-MM-dd HH:mm:ss")
              .endPointLabels()
              .integralDecimals()
              .build());

  private final ExportLayout layout;

  SurveyTool(Supplier<ExportLayout> layout) {
    this.layout = layout.get();
  }

  /**
   * The tool's export layout.
   *
   * @return the layout
   */
  public ExportLayout layout() {
    return layout;
  }
}
