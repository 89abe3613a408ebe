package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.api.Test;

/**
 * Jazzer fuzz target for the JSON Lines reader (responses and events): the only failure allowed is
 * a {@link CxJsonException}, and every non-blank line is accepted or rejected. The first byte of an
 * input chooses the reader (even: responses, odd: events), the rest is the file. Regression inputs:
 * {@code src/test/resources/org/cxkit/json/JsonLinesFuzzTestInputs/}; {@link
 * #regressionInputsReachBothReaders} checks that each reader accepts and rejects lines of them.
 * Fuzz longer with {@code JAZZER_FUZZ=1 mvn -pl cx-json -am test -Dtest=JsonLinesFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. (The CSV readers' target is in cx-formats.)
 */
class JsonLinesFuzzTest {
  static final JsonLines LINES = JsonLines.builder().onBadInput(BadInput.collect(3)).build();

  @FuzzTest(maxDuration = "30s")
  void lines(byte[] input) {
    read(input);
  }

  /**
   * Reads the input with the reader its first byte chooses; returns whether that was the events
   * reader and its report (none for an empty input or a {@link CxJsonException}).
   */
  static Map.Entry<Boolean, Optional<ReadReport>> read(byte[] input) {
    if (input.length == 0) {
      return Map.entry(false, Optional.empty());
    }
    boolean events = (input[0] & 1) == 1;
    InputStream in = new ByteArrayInputStream(Arrays.copyOfRange(input, 1, input.length));
    try {
      ReadReport r = events ? LINES.readEvents(in, x -> {}) : LINES.readResponses(in, x -> {});
      assertThat(r.accepted() + r.rejected()).isEqualTo(r.rows());
      assertThat(r.rejects().size()).isLessThanOrEqualTo(3);
      return Map.entry(events, Optional.of(r));
    } catch (CxJsonException expected) {
      // the only failure allowed
      return Map.entry(events, Optional.empty());
    }
  }

  /**
   * Both readers accept and reject lines of the regression inputs, so a plain build reaches both.
   */
  @Test
  void regressionInputsReachBothReaders() throws IOException, URISyntaxException {
    Path dir =
        Path.of(JsonLinesFuzzTest.class.getResource("JsonLinesFuzzTestInputs/lines").toURI());
    Map<Boolean, Long> accepted = new HashMap<>();
    Map<Boolean, Long> rejected = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        Map.Entry<Boolean, Optional<ReadReport>> e = read(Files.readAllBytes(f));
        e.getValue()
            .ifPresent(
                r -> {
                  accepted.merge(e.getKey(), r.accepted(), Long::sum);
                  rejected.merge(e.getKey(), r.rejected(), Long::sum);
                });
      }
    }
    for (boolean events : new boolean[] {false, true}) {
      String reader = events ? "events" : "responses";
      assertThat(accepted.getOrDefault(events, 0L)).as("%s lines accepted", reader).isPositive();
      assertThat(rejected.getOrDefault(events, 0L)).as("%s lines rejected", reader).isPositive();
    }
  }
}
