package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.ReadReport;

/**
 * Jazzer fuzz target for the CSV readers (long, wide with labels, events, the primitive score
 * path): the only failure allowed is a {@link BadInputException}, and every data row is accepted or
 * rejected. Regression inputs: {@code
 * src/test/resources/org/cxkit/formats/CsvReaderFuzzTestInputs/}. Fuzz longer with {@code
 * JAZZER_FUZZ=1 mvn -pl cx-formats -am test -Dtest=CsvReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CsvReaderFuzzTest {
  static final ResponseCsv LONG =
      ResponseCsv.builder()
          .timeColumn("time")
          .attribute("a")
          .onBadInput(BadInput.collect(10))
          .build();
  static final ResponseCsv WIDE =
      ResponseCsv.builder()
          .wide("id")
          .delimiter(';')
          .question("q1", "t1", "csat", ResponseCsv.CSAT_LABELS)
          .overall("q2", "nps", Map.of("top", 10))
          .attribute("note")
          .build();
  static final ResponseCsv QUALTRICS =
      ResponseCsv.builder()
          .preset(SurveyTool.QUALTRICS)
          .question("Q1", "t1", "csat", Labels.SATISFACTION)
          .overall("QID2", "nps")
          .onBadInput(BadInput.collect(10))
          .build();
  static final ResponseCsv SURVEYMONKEY =
      ResponseCsv.builder()
          .preset(SurveyTool.SURVEYMONKEY)
          .question("Q / Row", "t1", "csat", Labels.SATISFACTION)
          .onBadInput(BadInput.collect(10))
          .build();
  static final EventCsv EVENTS = EventCsv.builder().onBadInput(BadInput.collect(3)).build();
  static final List<TouchpointId> TOUCHPOINTS = List.of(TouchpointId.of("t"), TouchpointId.of("u"));

  @FuzzTest(maxDuration = "30s")
  void readers(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 5);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      ReadReport r;
      switch (which) {
        case 0 -> r = LONG.read(new ByteArrayInputStream(bytes), x -> {});
        case 1 -> r = WIDE.read(new ByteArrayInputStream(bytes), x -> {});
        case 2 -> r = EVENTS.read(new ByteArrayInputStream(bytes), x -> {});
        case 3 -> r = QUALTRICS.read(new ByteArrayInputStream(bytes), x -> {});
        case 4 -> r = SURVEYMONKEY.read(new ByteArrayInputStream(bytes), x -> {});
        default ->
            r =
                LONG.readScores(
                    new ByteArrayInputStream(bytes),
                    TOUCHPOINTS,
                    MeasureId.of("nps"),
                    (t, s) -> {});
      }
      assertThat(r.accepted() + r.rejected()).isEqualTo(r.rows());
      assertThat(r.rejects().size()).isLessThanOrEqualTo(10);
    } catch (BadInputException expected) {
      // the only failure allowed
    }
  }
}
