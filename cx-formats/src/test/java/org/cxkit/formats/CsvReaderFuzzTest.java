package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.api.Test;

/**
 * Jazzer fuzz target for the CSV readers (long, wide with labels, events, the primitive score path,
 * survey tools' exports, feedback cases): the only failure allowed is a {@link BadInputException},
 * and every data row is accepted or rejected. The first byte of an input chooses the reader ({@link
 * Reader#of}), the rest is the file. Regression inputs: {@code
 * src/test/resources/org/cxkit/formats/CsvReaderFuzzTestInputs/}; {@link
 * #regressionInputsReachEveryReader} checks that each reader reads data rows from at least one of
 * them. Fuzz longer with {@code JAZZER_FUZZ=1 mvn -pl cx-formats -am test -Dtest=CsvReaderFuzzTest
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
  static final FeedbackCaseCsv CASES =
      FeedbackCaseCsv.builder().onBadInput(BadInput.collect(10)).build();
  static final List<TouchpointId> TOUCHPOINTS = List.of(TouchpointId.of("t"), TouchpointId.of("u"));

  /** The readers a fuzz input can reach, chosen by its first byte. */
  enum Reader {
    LONG_RESPONSES,
    WIDE_RESPONSES,
    EVENTS,
    SCORES,
    QUALTRICS_EXPORT,
    SURVEYMONKEY_EXPORT,
    FEEDBACK_CASES;

    static Reader of(byte selector) {
      return values()[Byte.toUnsignedInt(selector) % values().length];
    }
  }

  @FuzzTest(maxDuration = "30s")
  void readers(byte[] input) {
    read(input);
  }

  /**
   * Reads the input with the reader its first byte chooses; returns which reader and its report, or
   * no report when the input is empty or the reader failed with a {@link BadInputException}.
   */
  static Map.Entry<Reader, Optional<ReadReport>> read(byte[] input) {
    if (input.length == 0) {
      return Map.entry(Reader.LONG_RESPONSES, Optional.empty());
    }
    Reader which = Reader.of(input[0]);
    InputStream in = new ByteArrayInputStream(Arrays.copyOfRange(input, 1, input.length));
    try {
      ReadReport r =
          switch (which) {
            case LONG_RESPONSES -> LONG.read(in, x -> {});
            case WIDE_RESPONSES -> WIDE.read(in, x -> {});
            case EVENTS -> EVENTS.read(in, x -> {});
            case SCORES -> LONG.readScores(in, TOUCHPOINTS, MeasureId.of("nps"), (t, s) -> {});
            case QUALTRICS_EXPORT -> QUALTRICS.read(in, x -> {});
            case SURVEYMONKEY_EXPORT -> SURVEYMONKEY.read(in, x -> {});
            case FEEDBACK_CASES -> CASES.read(in, x -> {});
          };
      assertThat(r.accepted() + r.rejected()).isEqualTo(r.rows());
      assertThat(r.rejects().size()).isLessThanOrEqualTo(10);
      return Map.entry(which, Optional.of(r));
    } catch (BadInputException expected) {
      // the only failure allowed
      return Map.entry(which, Optional.empty());
    }
  }

  /**
   * Every reader gets past the header of at least one regression input and accepts a row from it,
   * so the regression run (plain {@code mvn test}) exercises all of them.
   */
  @Test
  void regressionInputsReachEveryReader() throws IOException, URISyntaxException {
    Path dir =
        Path.of(CsvReaderFuzzTest.class.getResource("CsvReaderFuzzTestInputs/readers").toURI());
    Map<Reader, Long> accepted = new EnumMap<>(Reader.class);
    Map<Reader, Long> rejected = new EnumMap<>(Reader.class);
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Map.Entry<Reader, Optional<ReadReport>> e = read(Files.readAllBytes(f));
        e.getValue()
            .ifPresent(
                r -> {
                  accepted.merge(e.getKey(), r.accepted(), Long::sum);
                  rejected.merge(e.getKey(), r.rejected(), Long::sum);
                });
      }
    }
    for (Reader r : Reader.values()) {
      assertThat(accepted.getOrDefault(r, 0L)).as("rows %s accepted", r).isPositive();
    }
    assertThat(rejected.getOrDefault(Reader.LONG_RESPONSES, 0L))
        .as("the long reader's inputs also hold bad rows")
        .isPositive();
    assertThat(rejected.getOrDefault(Reader.EVENTS, 0L))
        .as("the events reader's inputs also hold bad rows")
        .isPositive();
    assertThat(rejected.getOrDefault(Reader.FEEDBACK_CASES, 0L))
        .as("the feedback cases reader's inputs also hold bad rows")
        .isPositive();
  }
}
