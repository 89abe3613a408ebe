package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The mapping file: read strictly, turned into a reader; and the inspection that drafts one. */
class ExportMappingTest {

  static ExportMapping mapping(String json) {
    return ExportMapping.read(new StringReader(json));
  }

  @Test
  void aMappingReadsAQualtricsExportLikeTheJavaBuilder() {
    ExportMapping m =
        mapping(
            """
            {
              "cxkitMapping": "1.0",
              "preset": "qualtrics",
              "questions": [
                { "column": "Q1_1", "touchpoint": "booking", "measure": "csat" },
                { "column": "How satisfied were you with each part of your visit? - Check-in",
                  "touchpoint": "check-in", "measure": "csat" },
                { "column": "QID2", "touchpoint": "parking", "measure": "ces" }
              ],
              "overall": [ { "column": "Q3", "measure": "nps" } ],
              "attributes": { "UserLanguage": "language" }
            }
            """);
    assertThat(m.toString())
        .isEqualTo("ExportMapping[qualtrics, wide, 3 questions, 1 overall, 1 attributes]");
    List<Response> out = new ArrayList<>();
    ReadReport r = m.reader().build().read(SurveyExportsTest.export("qualtrics.csv"), out::add);
    List<Response> viaJava = new ArrayList<>();
    ReadReport j =
        ResponseCsv.builder()
            .preset(SurveyTool.QUALTRICS)
            .question("Q1_1", "booking", "csat")
            .question(
                "How satisfied were you with each part of your visit? - Check-in",
                "check-in",
                "csat")
            .question("QID2", "parking", "ces")
            .overall("Q3", "nps")
            .attribute("UserLanguage", "language")
            .build()
            .read(SurveyExportsTest.export("qualtrics.csv"), viaJava::add);
    assertThat(r).isEqualTo(j);
    assertThat(out).isEqualTo(viaJava);
  }

  @Test
  void layoutChangesLabelSetsAndTheLongShape() {
    ExportMapping sm =
        mapping(
            """
            {"cxkitMapping": "1.0", "preset": "surveymonkey",
             "layout": {"charset": "windows-1252"},
             "questions": [{"column": "Delivery", "touchpoint": "delivery", "measure": "csat",
                            "labels": "satisfaction"}]}
            """);
    List<Response> out = new ArrayList<>();
    sm.reader().build().read(SurveyExportsTest.export("surveymonkey.csv"), out::add);
    assertThat(out).extracting(Response::score).containsExactly(4, 1, 4);
    ExportMapping longOne =
        mapping(
            """
            {"cxkitMapping": "1.0", "shape": "long",
             "layout": {"notApplicableLabels": ["N/A"]},
             "long": {"questionColumn": "question", "scoreColumn": "answer"},
             "timeColumn": "submitted",
             "questions": [{"column": "Q_EASE", "touchpoint": "booking", "measure": "ces"}],
             "overall": [{"column": "Q_NPS", "measure": "nps"}]}
            """);
    ReadReport r =
        longOne.reader().build().read(SurveyExportsTest.export("long-export.csv"), x -> {});
    assertThat(r.values()).isEqualTo(3);
    assertThat(r.notApplicable()).isEqualTo(1);
  }

  static Stream<Arguments> badMappings() {
    return Stream.of(
        Arguments.of("{}", "", "expected the key \"cxkitMapping\": \"1.0\""),
        Arguments.of(
            "{\"cxkitMapping\": \"2.0\", \"overall\": []}",
            "/cxkitMapping",
            "expected a version 1.x such as \"1.0\""),
        Arguments.of(
            "{\"cxkitMapping\": \"1.0\",\n \"preset\": \"qualtrix\"}",
            "/preset",
            "expected one of [qualtrics, surveymonkey, google-forms, microsoft-forms, typeform,"
                + " limesurvey] or plain"),
        Arguments.of(
            "{\"cxkitMapping\": \"1.0\", \"overall\": [{\"column\": \"Q\", \"measure\": \"nps\","
                + " \"touchpoint\": \"x\"}]}",
            "/overall/0/touchpoint",
            "expected one of the keys [column, measure, labels] here"),
        Arguments.of(
            "{\"cxkitMapping\": \"1.0\", \"overall\": [{\"column\": \"Q\", \"measure\": \"N P S\"}]}",
            "/overall/0",
            "expected touchpoint and measure ids as slugs such as 'sign-up'"),
        Arguments.of(
            "{\"cxkitMapping\": \"1.0\", \"layout\": {\"zone\": \"Mars/Olympus\"}, \"overall\":"
                + " [{\"column\": \"Q\", \"measure\": \"nps\"}]}",
            "/layout/zone",
            "expected a time zone such as \"Europe/Helsinki\" or \"UTC\""),
        Arguments.of(
            "{\"cxkitMapping\": \"1.0\", \"cxkitMapping\": \"1.0\"}",
            "/cxkitMapping",
            "expected each key once in an object"),
        Arguments.of(
            "{\"cxkitMapping\": \"1.0\", \"layout\": {\"headerRows\": \"3\"}, \"overall\":"
                + " [{\"column\": \"Q\", \"measure\": \"nps\"}]}",
            "/layout/headerRows",
            "expected an integer"));
  }

  @ParameterizedTest
  @MethodSource("badMappings")
  void aBadMappingNamesThePlaceAndWhatWasExpected(String json, String pointer, String reason) {
    BadInputException e = catchThrowableOfType(BadInputException.class, () -> mapping(json));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.location()).get().isInstanceOf(InputLocation.DocumentPosition.class);
    assertThat(((InputLocation.DocumentPosition) e.location().orElseThrow()).pointer())
        .isEqualTo(pointer);
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.getMessage()).doesNotContain("qualtrix").doesNotContain("Mars");
  }

  @Test
  void malformedJsonIsASyntaxErrorWithItsLine() {
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> mapping("{\"cxkitMapping\": \"1.0\",\n \"preset\" \"x\"}"));
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(((InputLocation.DocumentPosition) e.location().orElseThrow()).line()).hasValue(2);
  }

  @Test
  void inspectionDetectsEachToolAndDraftsAMappingThatReadsTheExport() {
    record Case(String file, SurveyTool tool, int headerRows, String charset) {}
    for (Case c :
        List.of(
            new Case("qualtrics.csv", SurveyTool.QUALTRICS, 3, "UTF-8"),
            new Case("qualtrics-insights.csv", SurveyTool.QUALTRICS, 3, "UTF-8"),
            new Case("surveymonkey.csv", SurveyTool.SURVEYMONKEY, 2, "windows-1252"),
            new Case("google-forms.csv", SurveyTool.GOOGLE_FORMS, 1, "UTF-8"),
            new Case("microsoft-forms.csv", SurveyTool.MICROSOFT_FORMS, 1, "UTF-8"),
            new Case("typeform.csv", SurveyTool.TYPEFORM, 1, "UTF-8"),
            new Case("limesurvey.csv", SurveyTool.LIMESURVEY, 1, "UTF-8"))) {
      ExportInspection seen = ExportInspection.of(SurveyExportsTest.export(c.file()));
      assertThat(seen.tool()).as(c.file()).contains(c.tool());
      assertThat(seen.layout().headerRows()).as(c.file()).isEqualTo(c.headerRows());
      assertThat(seen.layout().charset().name()).as(c.file()).isEqualTo(c.charset());
      assertThat(seen.complete()).as(c.file()).isTrue();
      // The draft is a valid mapping, and reads the export it was drafted from without a reject.
      ExportMapping draft = mapping(seen.draftMapping());
      ReadReport r = draft.reader().build().read(SurveyExportsTest.export(c.file()), x -> {});
      assertThat(r.rejected()).as(c.file()).isZero();
      assertThat(r.values()).as(c.file()).isPositive();
    }
  }

  @Test
  void inspectionGuessesMeasuresAndKeepsFreeTextOutOfSight() {
    ExportInspection seen = ExportInspection.of(SurveyExportsTest.export("qualtrics.csv"));
    assertThat(seen.respondentColumn()).contains("ResponseId");
    assertThat(seen.timeColumn()).contains("RecordedDate");
    ExportInspection.Column nps = seen.columns().get(20);
    assertThat(nps.name()).isEqualTo("Q3");
    assertThat(nps.measure()).contains("nps");
    assertThat(nps.values()).containsExactly("9", "6", "10");
    ExportInspection.Column booking = seen.columns().get(17);
    assertThat(booking.measure()).contains("csat");
    assertThat(booking.min()).hasValue(3);
    assertThat(booking.max()).hasValue(5); // -2 is not applicable
    ExportInspection ms = ExportInspection.of(SurveyExportsTest.export("microsoft-forms.csv"));
    assertThat(ms.columns().get(5).labels()).contains("microsoft-forms-satisfaction");
    assertThat(ms.columns().get(5).measure()).contains("csat");
    assertThat(ms.toString())
        .isEqualTo(
            "ExportInspection[microsoft-forms, 1 header row, UTF-8, delimiter ',', 8 columns (3"
                + " with a guessed measure), 3 rows]");
    // A column with more distinct answers than MAX_VALUES lists none of them.
    StringBuilder csv = new StringBuilder("respondent,comment\n");
    for (int i = 0; i < 20; i++) {
      csv.append("r").append(i).append(",secret ").append(i).append('\n');
    }
    ExportInspection many =
        ExportInspection.of(
            new java.io.ByteArrayInputStream(
                csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(many.columns().get(1).values()).isEmpty();
    assertThat(many.columns().get(1).distinct()).isEqualTo(ExportInspection.MAX_VALUES + 1);
  }
}
