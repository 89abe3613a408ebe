package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.cxkit.core.testing.Markers;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5, privacy: error messages carry location and expectation, never input content (survey text
 * and ids may be personal data). A random marker is planted in every string value and id of valid
 * documents (model, results, CSV, JSON Lines), in forms that make them invalid (upper case, spaces,
 * accents, too long), the documents are mutated as in {@link MutationFuzzTest}, and no {@link
 * CxJsonException} (message, problems, expectation, causes) or collected reject may contain the
 * marker. Replay with {@code -Dcx.seed=N}. The CSV readers have the same test in cx-formats.
 */
class NoInputInMessagesTest {
  static final CxJson JSON = CxJson.defaults();
  static final ObjectMapper PLAIN = new ObjectMapper();

  static LongStream seeds() {
    return Seeds.seeds(40);
  }

  static void plant(JsonNode n, String marker, SplittableRandom rnd, boolean keysToo) {
    if (n instanceof ObjectNode o) {
      List<String> names = new ArrayList<>();
      o.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode v = o.get(name);
        if (v.isTextual() && !name.equals("cxkit") && !name.equals("kind")) {
          o.set(name, TextNode.valueOf(Markers.planted(marker, rnd)));
        } else if (keysToo
            && (name.equals("unknownTouchpoints") || name.equals("lowestScoreStages"))
            && v instanceof ObjectNode m) {
          ObjectNode renamed = PLAIN.createObjectNode();
          Iterator<Map.Entry<String, JsonNode>> it = m.fields();
          while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            renamed.set(
                rnd.nextBoolean() ? Markers.planted(marker, rnd) : e.getKey(), e.getValue());
          }
          o.set(name, renamed);
        } else {
          plant(v, marker, rnd, keysToo);
        }
      }
    } else if (n instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i).isTextual()) {
          a.set(i, TextNode.valueOf(Markers.planted(marker, rnd)));
        } else {
          plant(a.get(i), marker, rnd, keysToo);
        }
      }
    }
  }

  static void assertClean(Throwable e, String marker, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT))
          .as(what)
          .doesNotContain(marker);
    }
    if (e instanceof CxJsonException x) {
      for (CxJsonException.JsonProblem p : x.problems()) {
        assertThat(p.message().toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
        assertThat(p.pointer().toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
      }
      assertThat(x.expected().orElse("").toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
      assertThat(x.found().orElse("").toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
      assertThat(x.pointer().orElse("").toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
      assertThat(x.reason().toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
    }
  }

  /** Runs a read; it may succeed, and if it fails it fails with a clean CxJsonException. */
  static int attempt(Supplier<?> read, String marker, String what) {
    try {
      var unused = read.get();
      return 0;
    } catch (CxJsonException e) {
      assertClean(e, marker, what);
      return 1;
    } catch (RuntimeException | Error e) {
      fail(what + " threw " + e, e);
      return 0;
    }
  }

  static byte[] mutated(byte[] doc, SplittableRandom rnd) throws Exception {
    return rnd.nextInt(3) == 0 ? doc : MutationFuzzTest.mutate(doc, 6 + rnd.nextInt(10), rnd);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void modelAndResultsReadersNeverQuoteInput(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    String marker = Markers.marker(rnd);
    int failures = 0;
    for (int i = 0; i < 10; i++) {
      JsonNode model = PLAIN.readTree(JSON.write(ModelGenerator.model(seed + i)));
      plant(model, marker, rnd, false);
      byte[] bytes = mutated(PLAIN.writeValueAsBytes(model), rnd);
      failures +=
          attempt(
              () -> JSON.readDocument(bytes), marker, Seeds.describe(seed) + " model case " + i);
    }
    List<String> results =
        List.of(
            JSON.writeResult(ResultGenerator.metricResult(rnd)),
            JSON.writeScorecard(ResultGenerator.scorecard(seed)),
            JSON.writeUplift(ResultGenerator.uplift(rnd)));
    List<Class<?>> types = List.of(MetricResult.class, ScorecardResult.class, UpliftResult.class);
    for (int i = 0; i < 30; i++) {
      int k = i % 3;
      JsonNode doc = PLAIN.readTree(results.get(k));
      plant(doc, marker, rnd, true);
      byte[] bytes = mutated(PLAIN.writeValueAsBytes(doc), rnd);
      Class<?> type = types.get(k);
      failures +=
          attempt(
              () -> JSON.readResult(bytes, type),
              marker,
              Seeds.describe(seed) + " result case " + i);
    }
    assertThat(failures).as("most planted documents are rejected").isGreaterThan(20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonLinesReaderNeverQuotesInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String marker = Markers.marker(rnd);
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      String[] cells = {"r" + i, "sign-up", "nps", Integer.toString(rnd.nextInt(11)), "fine"};
      cells[rnd.nextInt(cells.length)] = Markers.planted(marker, rnd);
      if (rnd.nextBoolean()) {
        cells[rnd.nextInt(cells.length)] = Markers.planted(marker, rnd);
      }
      jsonl
          .append("{\"respondent\":\"")
          .append(cells[0])
          .append("\",\"touchpoint\":\"")
          .append(cells[1])
          .append("\",\"measure\":\"")
          .append(cells[2])
          .append("\",\"score\":")
          .append(cells[3].chars().allMatch(Character::isDigit) ? cells[3] : "\"" + cells[3] + "\"")
          .append(",\"attributes\":{\"note\":\"")
          .append(cells[4])
          .append("\"}}\n");
    }
    String what = Seeds.describe(seed);
    attempt(
        () ->
            JsonLines.builder().build().readResponses(new StringReader(jsonl.toString()), x -> {}),
        marker,
        what + " jsonl");
    ReadReport j =
        COLLECTING.readResponses(
            new java.io.ByteArrayInputStream(jsonl.toString().getBytes(StandardCharsets.UTF_8)),
            x -> {});
    assertThat(j.rejected()).as(what).isPositive();
    assertClean(j.rejects(), marker, what);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void jsonLinesEventReaderNeverQuotesInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String marker = Markers.marker(rnd);
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      String[] cells = {"c" + i, "order", "2026-01-01T10:00:00Z", "WEB"};
      cells[rnd.nextInt(cells.length)] = Markers.planted(marker, rnd);
      jsonl
          .append("{\"customer\":\"")
          .append(cells[0])
          .append("\",\"touchpoint\":\"")
          .append(cells[1])
          .append("\",\"time\":\"")
          .append(cells[2])
          .append("\",\"channel\":\"")
          .append(cells[3])
          .append("\"}\n");
    }
    String what = Seeds.describe(seed);
    attempt(
        () -> JsonLines.builder().build().readEvents(new StringReader(jsonl.toString()), x -> {}),
        marker,
        what + " event jsonl");
    ReadReport j = COLLECTING.readEvents(new StringReader(jsonl.toString()), x -> {});
    assertThat(j.rejected()).as(what).isPositive();
    assertClean(j.rejects(), marker, what);
  }

  static final JsonLines COLLECTING = JsonLines.builder().onBadInput(BadInput.collect(100)).build();

  static void assertClean(List<Reject> rejects, String marker, String what) {
    for (Reject reject : rejects) {
      assertThat(reject.toString().toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
    }
  }

  @org.junit.jupiter.api.Test
  void malformedAndDanglingIdsAreDescribedNotQuoted() {
    String doc =
        "{\"cxkit\": \"1.0\", \"name\": \"Demo\", \"journeys\": [{\"id\": \"Secret Journey\","
            + " \"persona\": \"Secret Persona\"}, {\"id\": \"j2\", \"persona\": \"secret-persona\"}]}";
    try {
      JSON.readModel(doc);
      fail("accepted");
    } catch (CxJsonException e) {
      assertClean(e, "secret", "model");
      assertThat(e.problems())
          .extracting(CxJsonException.JsonProblem::toString)
          .containsExactly(
              "/journeys/0/id: journey id is malformed: expected a slug of lower-case letters and digits joined by"
                  + " single '-', '_' or '.' (pattern "
                  + org.cxkit.core.Ids.PATTERN
                  + "), such as 'sign-up'",
              "/journeys/0/persona: persona id is malformed: expected a slug of lower-case letters and digits joined by"
                  + " single '-', '_' or '.' (pattern "
                  + org.cxkit.core.Ids.PATTERN
                  + "), such as 'sign-up'",
              "/journeys/1/persona: no persona '\u2026' in personas");
    }
  }
}
