package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Function;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jazzer fuzz targets for the event-log readers, one per reader so that every input reaches the
 * reader it is filed under: the only failure allowed is a {@link BadInputException}, and every
 * event read is accepted or rejected. Regression inputs: {@code
 * src/test/resources/org/cxkit/formats/EventLogFuzzTestInputs/{xes,ocel,cjml}/}. Fuzz longer with
 * {@code JAZZER_FUZZ=1 mvn -pl cx-formats -am test -Dtest=EventLogFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class EventLogFuzzTest {
  static final XmlLimits LIMITS = new XmlLimits(16, 8, 4096, 50);
  static final XesLog XES = XesLog.builder().limits(LIMITS).onBadInput(BadInput.collect(3)).build();
  static final OcelJson OCEL =
      OcelJson.builder().objectType("customer").onBadInput(BadInput.collect(3)).build();
  static final CjmlXml CJML =
      CjmlXml.builder().limits(LIMITS).onBadInput(BadInput.collect(3)).build();

  static void check(Function<InputStream, ReadReport> reader, byte[] bytes) {
    try {
      ReadReport r = reader.apply(new ByteArrayInputStream(bytes));
      assertThat(r.accepted() + r.rejected()).isEqualTo(r.rows());
      assertThat(r.rejects().size()).isLessThanOrEqualTo(3);
      assertThat(r.values() + r.skipped()).isGreaterThanOrEqualTo(r.accepted());
    } catch (BadInputException expected) {
      // the only failure allowed
    }
  }

  @FuzzTest(maxDuration = "30s")
  void xes(FuzzedDataProvider data) {
    check(in -> XES.read(in, e -> {}), data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "30s")
  void ocel(FuzzedDataProvider data) {
    check(in -> OCEL.read(in, e -> {}), data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "30s")
  void cjml(FuzzedDataProvider data) {
    check(in -> CJML.read(in, e -> {}), data.consumeRemainingAsBytes());
  }

  /**
   * The regression inputs are present (without them the fuzz targets quietly run the empty input
   * only), and at least one per reader gets through the document to its events, so the inputs
   * exercise the reader and not just its first check.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({"xes, 3", "ocel, 3", "cjml, 3"})
  void regressionInputsReachTheirReader(String method, int atLeast) throws IOException {
    String[] names = {
      "valid-and-bad-events",
      "entity-bomb",
      "truncated",
      "events-first",
      "deep-truncated",
      "valid-and-bad",
      "mixed-content"
    };
    Function<InputStream, ReadReport> reader =
        switch (method) {
          case "xes" -> in -> XES.read(in, e -> {});
          case "ocel" -> in -> OCEL.read(in, e -> {});
          default -> in -> CJML.read(in, e -> {});
        };
    int present = 0;
    long rejected = 0;
    long values = 0;
    for (String name : names) {
      InputStream in =
          EventLogFuzzTest.class.getResourceAsStream(
              "EventLogFuzzTestInputs/" + method + "/" + name);
      if (in == null) {
        continue;
      }
      present++;
      byte[] bytes;
      try (in) {
        bytes = in.readAllBytes();
      }
      try {
        ReadReport r = reader.apply(new ByteArrayInputStream(bytes));
        rejected += r.rejected();
        values += r.values();
      } catch (BadInputException e) {
        // a document the reader refuses as a whole: still an input that reached it
      }
    }
    assertThat(present).as("regression inputs of %s", method).isGreaterThanOrEqualTo(atLeast);
    assertThat(values).as("events passed on by %s inputs", method).isPositive();
    assertThat(rejected).as("events rejected by %s inputs", method).isPositive();
  }
}
