package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Map;

/**
 * Jazzer fuzz target for the CSV readers (long, wide with labels, events) and the JSON Lines
 * reader. Regression inputs: {@code src/test/resources/org/cxkit/json/CsvReaderFuzzTestInputs/}.
 * Fuzz longer with {@code JAZZER_FUZZ=1 mvn -pl cx-json test -Dtest=CsvReaderFuzzTest}.
 */
class CsvReaderFuzzTest {
  static final ResponseCsv LONG =
      ResponseCsv.longFormat().timeColumn("time").attribute("a").collectRejects(10).build();
  static final ResponseCsv WIDE =
      ResponseCsv.wideFormat("id")
          .delimiter(';')
          .question("q1", "t1", "csat", ResponseCsv.CSAT_LABELS)
          .overall("q2", "nps", Map.of("top", 10))
          .attribute("note")
          .build();
  static final EventCsv EVENTS = EventCsv.builder().collectRejects(3).build();

  @FuzzTest(maxDuration = "30s")
  void readers(FuzzedDataProvider data) {
    int which = data.consumeInt(0, 3);
    byte[] bytes = data.consumeRemainingAsBytes();
    try {
      ReadReport r;
      switch (which) {
        case 0 -> r = LONG.read(new ByteArrayInputStream(bytes), x -> {});
        case 1 -> r = WIDE.read(new ByteArrayInputStream(bytes), x -> {});
        case 2 -> r = EVENTS.read(new ByteArrayInputStream(bytes), x -> {});
        default ->
            r = JsonLines.collectRejects(3).readResponses(new ByteArrayInputStream(bytes), x -> {});
      }
      assertThat(r.accepted() + r.rejected()).isLessThanOrEqualTo(r.rows());
    } catch (CxJsonException expected) {
      // the only failure allowed
    }
  }
}
