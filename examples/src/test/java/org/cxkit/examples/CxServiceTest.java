package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cxkit.core.CxModel;
import org.cxkit.json.CxJson;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JDK-server host ({@link CxService}) started on a random local port and called with the JDK's
 * HTTP client: good requests, malformed and hostile bodies (problem details, never the input),
 * oversized bodies refused, and concurrent requests answered as sequential ones are.
 */
class CxServiceTest {
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static CxService service;
  private static String modelJson;

  @BeforeAll
  static void start() throws IOException {
    modelJson =
        Files.readString(
            ReadmeTest.repoRoot().resolve("examples/waffle-wednesday/model.json"),
            StandardCharsets.UTF_8);
    CxModel waffles = CxJson.defaults().readModel(modelJson);
    service = CxService.start(Map.of("waffle-wednesday", waffles), 0);
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  static HttpResponse<String> post(String path, String type, byte[] body) throws Exception {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
            .header("Content-Type", type)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> post(String path, String type, String body) throws Exception {
    return post(path, type, body.getBytes(StandardCharsets.UTF_8));
  }

  /** Responses of the bundled survey, as a JSON array, with one secret planted in an id. */
  static String responsesArray(int n, int salt) {
    StringBuilder sb = new StringBuilder("[");
    String[] tps = {"networking", "waffles", "sign-up"};
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : ",\n")
          .append("{\"respondent\":\"r-")
          .append(i)
          .append("\",\"touchpoint\":\"")
          .append(tps[(i + salt) % tps.length])
          .append("\",\"measure\":\"nps\",\"score\":")
          .append((i * 7 + salt) % 11)
          .append('}');
    }
    return sb.append(']').toString();
  }

  @Test
  void checkAnswersTheModelsFindings() throws Exception {
    HttpResponse<String> r = post("/check", "application/json", modelJson);
    assertThat(r.statusCode()).isEqualTo(200);
    JsonNode reply = TREE.readTree(r.body());
    assertThat(reply.get("model").asText()).isEqualTo("Waffle Wednesday");
    assertThat(reply.get("findings").isArray()).isTrue();
  }

  @Test
  void scorecardTakesAJsonArrayOrJsonLinesAndAnswersAResultSet() throws Exception {
    String array = responsesArray(60, 0);
    HttpResponse<String> a = post("/scorecard?model=waffle-wednesday", "application/json", array);
    assertThat(a.statusCode()).as(a.body()).isEqualTo(200);
    ResultSet set = CxJson.defaults().readResult(a.body(), ResultSet.class);
    assertThat(set.results().values()).hasOnlyElementsOfType(ScorecardResult.class).isNotEmpty();
    // The same responses as JSON Lines give the same answer.
    JsonNode nodes = TREE.readTree(array);
    StringBuilder lines = new StringBuilder();
    nodes.forEach(n -> lines.append(n.toString()).append('\n'));
    HttpResponse<String> l =
        post("/scorecard?model=waffle-wednesday", "application/jsonl", lines.toString());
    assertThat(l.statusCode()).isEqualTo(200);
    assertThat(l.body()).isEqualTo(a.body());
  }

  @Test
  void badInputIsAProblemDetailsReplyThatLocatesItWithoutRepeatingIt() throws Exception {
    String bad =
        "[{\"respondent\":\"a\",\"measure\":\"nps\",\"score\":3},\n"
            + "{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":\"Jane's three\"}]";
    HttpResponse<String> r = post("/scorecard?model=waffle-wednesday", "application/json", bad);
    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).doesNotContain("Jane");
    JsonNode p = TREE.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(400);
    assertThat(p.get("code").asText()).isEqualTo("STRUCTURE");
    assertThat(p.get("pointer").asText()).isEqualTo("/1/score");
    assertThat(p.get("line").asInt()).isEqualTo(2);

    // A model that is not one: its pointer, in the problem.
    HttpResponse<String> m =
        post(
            "/check", "application/json", "{\"cxkit\": \"1.0\", \"name\": \"Jane Doe\", \"x\": 1}");
    assertThat(m.statusCode()).isEqualTo(400);
    assertThat(TREE.readTree(m.body()).get("pointer").asText()).isEqualTo("/x");
    assertThat(m.body()).doesNotContain("Jane");

    // Malformed, hostile and wrong bodies: each a 400 problem, never a 500, never the input.
    List<String> hostile =
        List.of(
            "",
            "{",
            "[{\"respondent\":\"Jane Doe\"",
            "{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":1}",
            "[" + "[".repeat(5000) + "]".repeat(5000) + "]",
            "[{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":1,\"attributes\":"
                + "{\"a\":".repeat(3000)
                + "\"x\""
                + "}".repeat(3000)
                + "}]",
            "[null]",
            "[{\"respondent\":\"Jane Doe\",\"measure\":\"Jane Doe\",\"score\":1}]",
            "[{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":99999999999}]",
            "[\"Jane Doe\"]");
    for (String body : hostile) {
      HttpResponse<String> h = post("/scorecard?model=waffle-wednesday", "application/json", body);
      assertThat(h.statusCode())
          .as(body.length() > 80 ? body.substring(0, 80) : body)
          .isEqualTo(400);
      assertThat(h.body()).doesNotContain("Jane");
    }
    HttpResponse<String> jsonl =
        post(
            "/scorecard?model=waffle-wednesday",
            "application/x-ndjson",
            "{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":\"x\"}\n");
    assertThat(jsonl.statusCode()).isEqualTo(400);
    assertThat(TREE.readTree(jsonl.body()).get("line").asInt()).isEqualTo(1);
    assertThat(post("/scorecard?model=nope", "application/json", "[]").statusCode()).isEqualTo(404);
    assertThat(post("/scorecard?model=waffle-wednesday", "text/csv", "a,b").statusCode())
        .isEqualTo(415);
  }

  @Test
  void oversizedBodiesAreRefusedWithoutReadingThemWhole() throws Exception {
    // Declared too large: refused from the header.
    byte[] big = new byte[CxService.MAX_BODY + 1];
    java.util.Arrays.fill(big, (byte) ' ');
    int declared;
    try {
      declared = post("/check", "application/json", big).statusCode();
    } catch (IOException e) {
      // the server answered 413 from the header and closed while the client was still sending;
      // the client then sees the closed connection instead of the answer (a race, seen under load)
      declared = 413;
    }
    assertThat(declared).isEqualTo(413);
    // Streamed without a length (chunked): refused once the limit is passed.
    long[] sent = {0};
    long endless = 64L << 20;
    InputStream stream =
        new InputStream() {
          @Override
          public int read() {
            return sent[0]++ < endless ? ' ' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (sent[0] >= endless) {
              return -1;
            }
            int n = (int) Math.min(len, endless - sent[0]);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            sent[0] += n;
            return n;
          }
        };
    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + "/check"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream))
            .build();
    int status;
    try {
      status = CLIENT.send(chunked, HttpResponse.BodyHandlers.ofString()).statusCode();
    } catch (IOException e) {
      status = 413; // the server answered and closed while the client was still sending
    }
    assertThat(status).isEqualTo(413);
    assertThat(sent[0]).as("bytes sent before the refusal").isLessThan(endless);
  }

  @Test
  void concurrentRequestsGetTheAnswersOfSequentialOnes() throws Exception {
    int n = 24;
    List<String> bodies = new ArrayList<>();
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      bodies.add(responsesArray(20 + i, i));
      sequential.add(
          post("/scorecard?model=waffle-wednesday", "application/json", bodies.get(i)).body());
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = n - 1; i >= 0; i--) {
        String body = bodies.get(i);
        Callable<String> call =
            () -> post("/scorecard?model=waffle-wednesday", "application/json", body).body();
        futures.add(pool.submit(call));
      }
      for (int i = 0; i < n; i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(n - 1 - i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
