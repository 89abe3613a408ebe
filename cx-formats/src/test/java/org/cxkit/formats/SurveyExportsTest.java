package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Response;
import org.junit.jupiter.api.Test;

/**
 * Each tool's export, written by hand in the tool's layout (see {@code exports/README.md} under
 * this package's test resources for what each layout was checked against), read untouched through
 * its preset.
 */
class SurveyExportsTest {
  static final String NPS_Q = "How likely are you to recommend us to a friend or colleague?";

  static Path export(String name) {
    try {
      return Path.of(SurveyExportsTest.class.getResource("exports/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  /** What a reader gave: the report and the responses. */
  record Read(ReadReport report, List<Response> responses) {
    List<Integer> scores(String touchpoint) {
      return responses.stream()
          .filter(r -> r.touchpoint().map(TouchpointId::value).orElse("").equals(touchpoint))
          .map(Response::score)
          .toList();
    }
  }

  static Read read(ResponseCsv csv, String name) {
    List<Response> out = new ArrayList<>();
    ReadReport r = csv.read(export(name), out::add);
    return new Read(r, out);
  }

  @Test
  void qualtricsThreeHeaderRowsByIdTextOrImportIdWithNegativeCodesNotApplicable() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .preset(SurveyTool.QUALTRICS)
            .question("Q1_1", "booking", "csat") // the column id
            .question( // the question text of the second row
                "How satisfied were you with each part of your visit? - Check-in",
                "check-in",
                "csat")
            .question("QID2", "parking", "ces") // the ImportId of the third row
            .overall("Q3", "nps")
            .attribute("UserLanguage", "language")
            .build();
    Read read = read(csv, "qualtrics.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(3, 3, 0, 9, 1, 2, ImmutableList.of()));
    assertThat(read.scores("booking")).containsExactly(5, 3); // -2 "never tried it" is n/a
    assertThat(read.scores("check-in")).containsExactly(4, 5);
    assertThat(read.scores("parking")).containsExactly(2, 4); // -1 "no opinion" is n/a
    assertThat(read.scores("")).containsExactly(9, 6, 10);
    Response first = read.responses().get(0);
    assertThat(first.respondent()).isEqualTo("R_1AbCdEfGhIjKlMn");
    // RecordedDate 2024-03-04 09:15:45 in the header's Europe/Helsinki (UTC+2 in March).
    assertThat(first.time()).contains(Instant.parse("2024-03-04T07:15:45Z"));
    assertThat(first.attributes()).containsEntry("language", "EN");
  }

  @Test
  void olderQualtricsWithResponseIdSingleQuotedImportIdsAndShortDates() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .preset(SurveyTool.QUALTRICS)
            .question("QID1", "service", "csat")
            .overall("How likely are you to recommend us to a friend or colleague?", "nps")
            .build();
    Read read = read(csv, "qualtrics-insights.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(2, 2, 0, 3, 0, 1, ImmutableList.of()));
    assertThat(read.responses().get(0).respondent()).isEqualTo("R_0aBcDeFgHiJkLmN");
    assertThat(read.responses().get(0).time()).contains(Instant.parse("2017-07-18T08:28:00Z"));
    assertThat(read.scores("service")).containsExactly(4);
  }

  static final Map<String, Integer> FAVOURABLY =
      Map.of(
          "Very unfavorably",
          1,
          "Somewhat unfavorably",
          2,
          "Somewhat favorably",
          3,
          "Very favorably",
          4);

  static ResponseCsv surveyMonkey(Charset charset) {
    return ResponseCsv.builder()
        .layout(SurveyTool.SURVEYMONKEY.layout().toBuilder().charset(charset).build())
        .wide()
        .overall("How favorably do you view our café?", "favour", FAVOURABLY)
        // A matrix column by both header rows, or by its row alone where that is unique.
        .question(
            "How satisfied were you with each step? / Ordering",
            "ordering",
            "csat",
            Labels.SATISFACTION)
        .question("Delivery", "delivery", "csat", Labels.SATISFACTION)
        .question("Support", "support", "csat", Labels.SATISFACTION)
        .build();
  }

  @Test
  void surveyMonkeyTwoHeaderRowsInWindows1252WithNotApplicableLabels() {
    Read read = read(surveyMonkey(Charset.forName("windows-1252")), "surveymonkey.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(3, 3, 0, 9, 1, 2, ImmutableList.of()));
    assertThat(read.scores("")).containsExactly(4, 2); // "N/A" is not applicable
    assertThat(read.scores("ordering")).containsExactly(5, 2);
    assertThat(read.scores("delivery")).containsExactly(4, 1, 4);
    assertThat(read.scores("support")).containsExactly(3, 4); // "Unfamiliar (N/A)" is n/a
    assertThat(read.responses().get(0).respondent()).isEqualTo("11401234567");
    assertThat(read.responses().get(0).time()).contains(Instant.parse("2019-06-26T11:09:13Z"));
  }

  @Test
  void surveyMonkeyReadAsUtf8FailsAtTheBadBytesLineAndColumn() {
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> read(surveyMonkey(Charset.forName("UTF-8")), "surveymonkey.csv"));
    assertThat(e.kind()).isEqualTo(Kind.ENCODING);
    int column =
        "Respondent ID,Collector ID,Start Date,End Date,IP Address,Email Address,First Name,Last Name,Custom Data 1,How favorably do you view our caf"
                .length()
            + 1;
    assertThat(e.reason()).startsWith("invalid UTF-8 at line 1, column " + column + ":");
    assertThat(e.location()).contains(InputLocation.row(0));
  }

  @Test
  void googleSheetsExportNumbersRowsAndReadsIntegralDecimals() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .preset(SurveyTool.GOOGLE_FORMS)
            .overall(NPS_Q, "nps") // the header has trailing spaces
            .question(
                "How easy was it to book a table? (1 = very hard, 7 = very easy)", "booking", "ces")
            .attribute("Anything else you want to tell us?", "comment")
            .build();
    Read read = read(csv, "google-forms.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(4, 4, 0, 7, 1, 0, ImmutableList.of()));
    assertThat(read.scores("")).containsExactly(9, 10, 6, 6);
    assertThat(read.scores("booking")).containsExactly(6, 7, 3);
    assertThat(read.responses())
        .extracting(Response::respondent)
        .containsExactly("row-1", "row-1", "row-2", "row-2", "row-3", "row-4", "row-4");
    assertThat(read.responses().get(0).time()).contains(Instant.parse("2019-11-01T08:51:12Z"));
    assertThat(read.responses().get(4).attributes())
        .containsEntry("comment", "The music, \"a bit\" loud");
  }

  @Test
  void googleFormsDownloadWithTheOffsetInTheTime() {
    ResponseCsv csv =
        ResponseCsv.builder().preset(SurveyTool.GOOGLE_FORMS).overall(NPS_Q, "nps").build();
    Read read = read(csv, "google-forms-download.csv");
    assertThat(read.scores("")).containsExactly(9, 10);
    assertThat(read.responses().get(1).time()).contains(Instant.parse("2019-11-01T19:03:40Z"));
  }

  @Test
  void microsoftFormsSatisfactionWording() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .preset(SurveyTool.MICROSOFT_FORMS)
            .question("How satisfied are you with booking your visit?", "booking", "csat")
            .question("How satisfied are you with the visit itself?", "visit", "csat")
            .overall(NPS_Q, "nps")
            .build();
    Read read = read(csv, "microsoft-forms.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(3, 3, 0, 8, 1, 0, ImmutableList.of()));
    assertThat(read.scores("booking")).containsExactly(4, 2, 4); // "Satisfied": the classic set
    assertThat(read.scores("visit")).containsExactly(5, 3);
    assertThat(read.responses().get(0).respondent()).isEqualTo("1");
    assertThat(read.responses().get(0).time()).contains(Instant.parse("2021-04-28T11:22:58Z"));
  }

  @Test
  void typeformMarkupInHeadersAndTheZoneNamedInTheHeader() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .layout(
                SurveyTool.TYPEFORM.layout().toBuilder()
                    .zone(java.time.ZoneId.of("Asia/Tokyo"))
                    .build())
            .wide()
            .question("How would you rate the delivery?", "delivery", "csat")
            .overall(NPS_Q, "nps")
            .build();
    Read read = read(csv, "typeform.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(2, 2, 0, 4, 0, 0, ImmutableList.of()));
    assertThat(read.scores("delivery")).containsExactly(4, 5);
    assertThat(read.responses().get(0).respondent()).isEqualTo("0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d");
    // "Submit Date (UTC)": the header's zone wins over the layout's.
    assertThat(read.responses().get(0).time()).contains(Instant.parse("2020-04-17T16:21:06Z"));
  }

  @Test
  void limeSurveyCodesQuotedCellsAndEndPointLabels() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .preset(SurveyTool.LIMESURVEY)
            .question("SUS1[SQ001]", "t1", "agree")
            .question("SUS1[SQ002]", "t2", "agree")
            .overall("NPS", "nps")
            .build();
    Read read = read(csv, "limesurvey.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(3, 3, 0, 6, 3, 0, ImmutableList.of()));
    assertThat(read.scores("t1")).containsExactly(5, 1);
    assertThat(read.scores("t2")).containsExactly(3, 4);
    assertThat(read.responses().get(0).time()).contains(Instant.parse("2021-03-04T10:11:12Z"));
  }

  @Test
  void longExportReadsTheMappedQuestionsAndLeavesDatesAndFreeTextAlone() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .layout(ExportLayout.builder().notApplicableLabels("N/A").build())
            .respondentColumn("respondent")
            .timeColumn("submitted")
            .questionColumn("question")
            .scoreColumn("answer")
            .overall("Q_NPS", "nps")
            .question("Q_EASE", "booking", "ces")
            .build();
    Read read = read(csv, "long-export.csv");
    assertThat(read.report()).isEqualTo(new ReadReport(7, 7, 0, 3, 0, 1, ImmutableList.of()));
    assertThat(read.responses())
        .containsExactly(
            Response.of("r1", "nps", 9).withTime(Instant.parse("2026-05-08T04:41:00Z")),
            Response.of("r1", "ces", 6)
                .withTouchpoint("booking")
                .withTime(Instant.parse("2026-05-08T04:41:00Z")),
            Response.of("r2", "nps", 10).withTime(Instant.parse("2026-05-08T05:00:00Z")));
  }

  @Test
  void severalFilesOfOneSurveyWarnAboutRepeatedRespondents() {
    ResponseCsv csv =
        ResponseCsv.builder()
            .preset(SurveyTool.MICROSOFT_FORMS)
            .respondentColumn("Email") // the form's ID restarts in every wave
            .question("How satisfied are you with the visit itself?", "visit", "csat")
            .build();
    List<Response> out = new ArrayList<>();
    FilesReport r = csv.read(List.of(export("wave-1.csv"), export("wave-2.csv")), out::add);
    assertThat(r.files()).hasSize(2);
    assertThat(r.total()).isEqualTo(new ReadReport(4, 4, 0, 4, 0, 0, ImmutableList.of()));
    assertThat(r.repeatedRespondents()).isEqualTo(1);
    assertThat(r.warnings())
        .containsExactly(
            "1 respondent appears in more than one file: their answers are counted once per file");
    assertThat(r.toString()).doesNotContain("example.com");
    assertThat(out).extracting(Response::score).containsExactly(5, 3, 4, 1);
    // Numbered rows are told apart by their file.
    List<Response> numbered = new ArrayList<>();
    ResponseCsv.builder()
        .preset(SurveyTool.GOOGLE_FORMS)
        .overall(NPS_Q, "nps")
        .build()
        .read(
            List.of(export("google-forms-download.csv"), export("google-forms-download.csv")),
            numbered::add);
    assertThat(numbered)
        .extracting(Response::respondent)
        .containsExactly("1/row-1", "1/row-2", "2/row-1", "2/row-2");
  }

  @Test
  void scoresOnTheMeasuresWholeScaleNotClampedToAByte() {
    String csv =
        "respondent,touchpoint,measure,score\nr1,order,points,1000\nr2,order,points,999\nr3,order,points,1001\n";
    org.cxkit.core.Measure points =
        org.cxkit.core.Measure.of(
            "points", "Points", org.cxkit.core.Scale.higherIsBetter(0, 1000, 100, 200, 200));
    org.cxkit.metrics.analysis.Scorecard card =
        org.cxkit.metrics.analysis.Scorecard.builder(CsvPartsTest.JOURNEY).measure(points).build();
    org.cxkit.metrics.analysis.Scorecard.Tally tally = card.newTally();
    Path file;
    try {
      file = java.nio.file.Files.createTempFile("points", ".csv");
      java.nio.file.Files.writeString(file, csv);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    ReadReport r =
        ResponseCsv.builder()
            .onBadInput(org.cxkit.metrics.BadInput.collect(5))
            .build()
            .readInto(file, card, MeasureId.of("points"), tally);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejects())
        .extracting(x -> x.location())
        .containsExactly(InputLocation.cell(3, "score"));
    // Both in-scale answers reach the tally: 1000 and 999, n = 2 (a byte would hold neither;
    // the journey's csat target at this touchpoint is the other row, with no data).
    assertThat(tally.result().rows())
        .filteredOn(t -> t.touchpoint().value().equals("order") && t.result().n() > 0)
        .singleElement()
        .satisfies(t -> assertThat(t.result().n()).isEqualTo(2));
    List<Integer> seen = new ArrayList<>();
    ResponseCsv.builder()
        .build()
        .readScores(
            file, List.of(TouchpointId.of("order")), MeasureId.of("points"), (t, s) -> seen.add(s));
    assertThat(seen).containsExactly(1000, 999, 1001);
  }
}
