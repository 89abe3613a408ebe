package org.cxkit.examples.service;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cxkit.core.CxModel;
import org.cxkit.core.check.Finding;
import org.cxkit.core.journey.Journey;
import org.cxkit.json.CxJson;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Spring Boot service started on a random local port, once for all tests, and called over real
 * HTTP with the JDK's client: good requests, malformed and hostile bodies (problem details that
 * never repeat the input), oversized bodies (declared and chunked) and concurrent requests.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "cxkit.max-body=" + CxServiceApplicationTest.LIMIT)
class CxServiceApplicationTest {
  /** The body limit of the tests: small, so an oversized body costs little to send. */
  static final int LIMIT = 256 * 1024;

  /** Planted in ids and answers: a reply that contains it repeats the input. */
  private static final String SECRET = "Jane Roe";

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper TREE = new ObjectMapper();
  private static final CxJson CX = CxJson.defaults();
  private static final Path WAFFLES = Path.of("examples/waffle-wednesday/model.json");

  @LocalServerPort int port;

  private HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body)
      throws IOException, InterruptedException {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .header("Content-Type", type)
            .POST(body)
            .build();
    return CLIENT.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> post(String path, String type, String body)
      throws IOException, InterruptedException {
    return post(path, type, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /** {@code n} NPS answers spread over three of the waffle model's touchpoints, as JSON Lines. */
  private static List<String> answers(int n, int salt) {
    String[] touchpoints = {"networking", "waffles", "sign-up"};
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      lines.add(
          String.format(
              "{\"respondent\":\"r-%d\",\"touchpoint\":\"%s\",\"measure\":\"nps\",\"score\":%d}",
              i, touchpoints[(i + salt) % 3], (i * 7 + salt) % 11));
    }
    return lines;
  }

  private static JsonNode problem(HttpResponse<String> r, int status) throws IOException {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(r.body()).doesNotContain(SECRET);
    JsonNode p = TREE.readTree(r.body());
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("title").asText()).isNotEmpty();
    return p;
  }

  @Test
  void checkAnswersTheFindingsOfTheModelsOwnCheck() throws Exception {
    CxModel model = CX.readModel(WAFFLES);
    HttpResponse<String> r = post("/check", "application/json", Files.readString(WAFFLES));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode reply = TREE.readTree(r.body());
    assertThat(reply.get("model").asText()).isEqualTo(model.name());
    List<String> expected = new ArrayList<>();
    for (Finding f : model.check().findings()) {
      expected.add(f.code() + " " + f.severity() + " " + f.path());
    }
    List<String> got = new ArrayList<>();
    reply
        .get("findings")
        .forEach(
            f ->
                got.add(
                    f.get("rule").asText()
                        + " "
                        + f.get("severity").asText()
                        + " "
                        + f.get("path").asText()));
    assertThat(got).isEqualTo(expected);
  }

  @Test
  void scorecardOfAnArrayAndOfJsonLinesIsTheLibrarysOwnResult() throws Exception {
    List<String> lines = answers(90, 0);
    HttpResponse<String> array =
        post(
            "/scorecard?model=waffle-wednesday",
            "application/json",
            "[" + String.join(",\n", lines) + "]");
    HttpResponse<String> jsonl =
        post(
            "/scorecard?model=waffle-wednesday",
            "application/jsonl; charset=utf-8",
            String.join("\n", lines) + "\n");
    assertThat(array.statusCode()).as(array.body()).isEqualTo(200);
    assertThat(array.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(jsonl.body()).isEqualTo(array.body());

    // What the library computes in-process from the same responses, written the same way.
    CxModel model = CX.readModel(WAFFLES);
    List<Response> responses =
        CX.objectMapper()
            .readerForListOf(Response.class)
            .readValue("[" + String.join(",", lines) + "]");
    ResultSet.Builder expected = ResultSet.builder(model.name());
    for (Journey j : model.journeys()) {
      expected.add(
          "scorecard " + j.id(), Scorecard.builder(j).model(model).build().compute(responses));
    }
    assertThat(array.body()).isEqualTo(CX.writeResult(expected.build()));
    assertThat(CX.readResult(array.body(), ResultSet.class).results()).isNotEmpty();
  }

  @Test
  void badResponsesAreLocatedFromTheBodysRootWithoutRepeatingThem() throws Exception {
    String body =
        "[{\"respondent\":\"a\",\"measure\":\"nps\",\"score\":3},\n"
            + "{\"respondent\":\""
            + SECRET
            + "\",\"measure\":\"nps\",\"score\":\""
            + SECRET
            + "\"}]";
    JsonNode p = problem(post("/scorecard?model=waffle-wednesday", "application/json", body), 400);
    assertThat(p.get("type").asText()).isEqualTo(Problems.BAD_INPUT.toString());
    assertThat(p.get("code").asText()).isEqualTo("STRUCTURE");
    assertThat(p.get("pointer").asText()).isEqualTo("/1/score");
    assertThat(p.get("line").asInt()).isEqualTo(2);

    JsonNode l =
        problem(
            post(
                "/scorecard?model=waffle-wednesday",
                "application/x-ndjson",
                answers(2, 0).get(0) + "\n{\"respondent\":\"" + SECRET + "\",\"score\":1,,}\n"),
            400);
    assertThat(l.get("code").asText()).isEqualTo("SYNTAX");
    assertThat(l.get("line").asInt()).isEqualTo(2);

    JsonNode m =
        problem(
            post(
                "/check",
                "application/json",
                "{\"cxkit\": \"1.0\", \"name\": \"" + SECRET + "\", \"x\": 1}"),
            400);
    assertThat(m.get("pointer").asText()).isEqualTo("/x");
  }

  @Test
  void malformedAndHostileBodiesAreProblemsNeverServerErrors() throws Exception {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    String deepObject =
        "[{\"respondent\":\""
            + SECRET
            + "\",\"measure\":\"nps\",\"score\":1,\"attributes\":"
            + "{\"a\":".repeat(20_000)
            + "1"
            + "}".repeat(20_000)
            + "}]";
    List<String> bodies =
        List.of(
            "",
            "[",
            "{\"respondent\":\"" + SECRET + "\",\"measure\":\"nps\",\"score\":1}",
            "[\"" + SECRET + "\"]",
            "[null]",
            "[{\"respondent\":\"" + SECRET + "\",\"measure\":\"" + SECRET + "\",\"score\":1}]",
            "[{\"respondent\":\"" + SECRET + "\",\"measure\":\"nps\",\"score\":1e999999}]",
            "[{\"respondent\":\""
                + SECRET
                + "\",\"measure\":\"nps\",\"score\":"
                + "9".repeat(5000)
                + "}]",
            "\uFEFF[\u0000]",
            deep,
            deepObject);
    for (String body : bodies) {
      String what = body.length() > 60 ? body.substring(0, 60) + "…" : body;
      HttpResponse<String> r = post("/scorecard?model=waffle-wednesday", "application/json", body);
      assertThat(r.statusCode()).as(what + " -> " + r.body()).isEqualTo(400);
      problem(r, 400);
    }
    byte[] notUtf8 = {'[', '"', (byte) 0xC3, '(', '"', ']'};
    problem(
        post(
            "/scorecard?model=waffle-wednesday",
            "application/json",
            HttpRequest.BodyPublishers.ofByteArray(notUtf8)),
        400);
    for (String body : List.of("", "{", "[]", "{\"cxkit\":\"9.9\"}", deep, deepObject)) {
      problem(post("/check", "application/json", body), 400);
    }
    // Not bad input, but the wrong request: problem details from Spring, never the input.
    problem(post("/scorecard?model=" + SECRET.replace(' ', '+'), "application/json", "[]"), 404);
    problem(post("/scorecard", "application/json", "[]"), 400);
    problem(post("/scorecard?model=waffle-wednesday", "text/csv", SECRET), 415);
    HttpResponse<String> get =
        CLIENT.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/check")).build(),
            HttpResponse.BodyHandlers.ofString());
    problem(get, 405);
  }

  /** A body of {@code n} spaces that counts how much of it the client has sent. */
  private static final class Spaces extends InputStream {
    private final long n;
    private long sent;

    Spaces(long n) {
      this.n = n;
    }

    @Override
    public int read() {
      if (sent >= n) {
        return -1;
      }
      sent++;
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (sent >= n) {
        return -1;
      }
      int k = (int) Math.min(len, n - sent);
      Arrays.fill(b, off, off + k, (byte) ' ');
      sent += k;
      return k;
    }
  }

  @Test
  void oversizedBodiesAreRefusedBeforeTheyAreReadWhole() throws Exception {
    // Within the limit: read (and, being blank, bad input).
    problem(post("/check", "application/json", " ".repeat(LIMIT)), 400);

    // Declared one byte too large: refused from the header.
    byte[] over = new byte[LIMIT + 1];
    Arrays.fill(over, (byte) ' ');
    JsonNode p =
        problem(
            post("/check", "application/json", HttpRequest.BodyPublishers.ofByteArray(over)), 413);
    assertThat(p.get("detail").asText()).contains(String.valueOf(LIMIT));

    // Chunked (no length), a little too large: refused once the limit is passed.
    Spaces little = new Spaces(LIMIT + 10_000);
    problem(
        post(
            "/scorecard?model=waffle-wednesday",
            "application/json",
            HttpRequest.BodyPublishers.ofInputStream(() -> little)),
        413);

    // Chunked and endless for practical purposes: the server stops reading long before the end.
    long endless = 1L << 30;
    Spaces huge = new Spaces(endless);
    int status;
    try {
      status =
          post("/check", "application/json", HttpRequest.BodyPublishers.ofInputStream(() -> huge))
              .statusCode();
    } catch (IOException e) {
      status = 413; // the server answered and closed the connection while the client was sending
    }
    assertThat(status).isEqualTo(413);
    assertThat(huge.sent).as("bytes sent before the refusal").isLessThan(endless / 4);
  }

  @Test
  void concurrentRequestsAreAnsweredAsSequentialOnes() throws Exception {
    int n = 32;
    List<String> bodies = new ArrayList<>();
    List<String> sequential = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String body = String.join("\n", answers(10 + 3 * i, i)) + "\n";
      bodies.add(body);
      HttpResponse<String> r = post("/scorecard?model=waffle-wednesday", "application/jsonl", body);
      assertThat(r.statusCode()).isEqualTo(200);
      sequential.add(r.body());
    }
    assertThat(sequential).doesNotHaveDuplicates();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> concurrent = new ArrayList<>();
      for (String body : bodies) {
        concurrent.add(
            pool.submit(
                () -> post("/scorecard?model=waffle-wednesday", "application/jsonl", body).body()));
      }
      for (int i = 0; i < n; i++) {
        assertThat(concurrent.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
