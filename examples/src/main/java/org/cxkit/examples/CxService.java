package org.cxkit.examples;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.cxkit.core.CxModel;
import org.cxkit.core.check.Finding;
import org.cxkit.core.journey.Journey;
import org.cxkit.json.CxJacksonModule;
import org.cxkit.json.CxJson;
import org.cxkit.json.CxJsonException;
import org.cxkit.json.JsonLines;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;

/**
 * The smallest host of cxkit as a service, on the JDK's own HTTP server and nothing else: {@code
 * POST /check} takes a model and answers the model check's findings; {@code POST
 * /scorecard?model=ID} takes responses as a JSON array ({@code application/json}) or as JSON Lines
 * ({@code application/jsonl} or {@code application/x-ndjson}) and answers a results document of
 * kind {@code "result-set"} with the scorecard of each of the model's journeys. Bad input is a 400
 * reply with RFC 9457 problem details that say what was wrong and where, never the input; a body
 * larger than the limit is a 413 reply before more than the limit is read.
 *
 * <pre>
 * java -cp ... org.cxkit.examples.CxService 8080
 * curl -X POST --data-binary @examples/waffle-wednesday/model.json localhost:8080/check
 * </pre>
 */
public final class CxService implements AutoCloseable {
  /** The largest request body, in bytes: 4 MiB. */
  public static final int MAX_BODY = 4 << 20;

  private static final CxJson JSON = CxJson.defaults();

  /** A host's mapper, as a service has one, with cxkit's module: reads JSON arrays of responses. */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().addModule(new CxJacksonModule()).build();

  private static final TypeReference<List<Response>> RESPONSES = new TypeReference<>() {};

  private final ImmutableMap<String, CxModel> models;
  private final HttpServer server;
  private final ExecutorService pool;

  private CxService(ImmutableMap<String, CxModel> models, int port) throws IOException {
    this.models = models;
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.pool = Executors.newFixedThreadPool(8);
    server.setExecutor(pool);
    server.createContext("/check", this::handle);
    server.createContext("/scorecard", this::handle);
  }

  /**
   * Starts the service on the loopback address.
   *
   * @param models the models {@code /scorecard} knows, by id
   * @param port the port, or 0 for any free one
   * @return the running service
   * @throws IOException if the server cannot start
   */
  public static CxService start(Map<String, CxModel> models, int port) throws IOException {
    CxService s = new CxService(ImmutableMap.copyOf(models), port);
    s.server.start();
    return s;
  }

  /**
   * Returns the port the service listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  /**
   * Starts the service with the bundled models ({@code waffle-wednesday}, {@code building-permit}).
   *
   * @param args the port (default 8080)
   * @throws IOException if the server cannot start
   */
  public static void main(String[] args) throws IOException {
    CxService s = start(bundledModels(), args.length > 0 ? Integer.parseInt(args[0]) : 8080);
    System.out.println("cxkit service on http://localhost:" + s.port() + "/check and /scorecard");
  }

  /** The bundled example models, by id. */
  static Map<String, CxModel> bundledModels() {
    Path examples = Path.of("examples");
    return Map.of(
        "waffle-wednesday", JSON.readModel(examples.resolve("waffle-wednesday/model.json")),
        "building-permit", JSON.readModel(examples.resolve("building-permit/model.json")));
  }

  // ---- requests ------------------------------------------------------------------------------

  /** A reply other than 200: a status and its problem details. */
  private static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;
    final int status;
    final String title;

    Problem(int status, String title, String detail) {
      super(detail, null, false, false);
      this.status = status;
      this.title = title;
    }
  }

  private void handle(HttpExchange x) throws IOException {
    try (x) {
      try {
        if (!"POST".equals(x.getRequestMethod())) {
          x.getResponseHeaders().add("Allow", "POST");
          throw new Problem(405, "Method not allowed", "use POST");
        }
        byte[] body = body(x);
        String path = x.getRequestURI().getPath();
        byte[] reply =
            switch (path) {
              case "/check" -> check(body);
              case "/scorecard" -> scorecard(x, body);
              default -> throw new Problem(404, "Not found", "no such endpoint");
            };
        send(x, 200, "application/json", reply);
      } catch (Problem p) {
        send(x, p.status, "application/problem+json", problem(p.status, p.title, p.getMessage()));
      } catch (RuntimeException e) {
        Optional<BadInputException> bad = BadInputException.in(e);
        if (bad.isPresent()) {
          send(x, 400, "application/problem+json", badInput(bad.get()));
        } else {
          send(x, 500, "application/problem+json", problem(500, "Internal error", "see the log"));
        }
      }
    }
  }

  /** The body, read up to {@link #MAX_BODY} bytes: a longer one is refused, unread. */
  private static byte[] body(HttpExchange x) throws IOException, Problem {
    String declared = x.getRequestHeaders().getFirst("Content-Length");
    if (declared != null) {
      long n;
      try {
        n = Long.parseLong(declared.trim());
      } catch (NumberFormatException e) {
        throw new Problem(400, "Bad request", "malformed Content-Length");
      }
      if (n > MAX_BODY) {
        throw tooLarge();
      }
    }
    InputStream in = x.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    byte[] buf = new byte[8192];
    int r;
    while ((r = in.read(buf)) >= 0) {
      if (out.size() + r > MAX_BODY) {
        throw tooLarge();
      }
      out.write(buf, 0, r);
    }
    return out.toByteArray();
  }

  private static Problem tooLarge() {
    return new Problem(413, "Content too large", "the body is larger than " + MAX_BODY + " bytes");
  }

  private static byte[] check(byte[] body) throws IOException {
    CxModel model = JSON.readModel(body);
    ObjectNode reply = MAPPER.createObjectNode();
    reply.put("model", model.name());
    ArrayNode findings = reply.putArray("findings");
    for (Finding f : model.check().findings()) {
      ObjectNode o = findings.addObject();
      o.put("rule", f.code());
      o.put("severity", f.severity().name());
      o.put("path", f.path().toString());
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(reply);
  }

  private byte[] scorecard(HttpExchange x, byte[] body) throws IOException, Problem {
    String id = query(x, "model");
    if (id == null) {
      throw new Problem(400, "Bad request", "missing query parameter 'model'");
    }
    CxModel model = models.get(id);
    if (model == null) {
      throw new Problem(404, "Not found", "no model of that id; known: " + models.keySet());
    }
    String type = contentType(x);
    List<Response> responses;
    if (type.equals("application/json")) {
      responses = array(body);
    } else if (type.equals("application/jsonl") || type.equals("application/x-ndjson")) {
      responses = new ArrayList<>();
      JsonLines.builder().build().readResponses(new ByteArrayInputStream(body), responses::add);
    } else {
      throw new Problem(
          415,
          "Unsupported media type",
          "send application/json (an array) or application/jsonl (JSON Lines)");
    }
    ResultSet.Builder results = ResultSet.builder(model.name());
    for (Journey j : model.journeys()) {
      results.add(
          "scorecard " + j.id(), Scorecard.builder(j).model(model).build().compute(responses));
    }
    return JSON.writeResult(results.build()).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Reads a JSON array of responses through the host's mapper. A failure of a response is cxkit's
   * (Jackson wraps it); one of the array itself is Jackson's, whose message quotes the input, so it
   * is replaced by where and what was expected.
   */
  private static List<Response> array(byte[] body) {
    try {
      return MAPPER.readValue(body, RESPONSES);
    } catch (IOException e) {
      Optional<BadInputException> bad = BadInputException.in(e);
      if (bad.isPresent()) {
        throw bad.get();
      }
      JsonLocation l = e instanceof JsonProcessingException j ? j.getLocation() : null;
      InputLocation at =
          l == null || l.getLineNr() < 1
              ? InputLocation.document("", 0, 0)
              : InputLocation.document("", l.getLineNr(), Math.max(0, l.getColumnNr()));
      throw new BadInputException(
          BadInputException.Kind.SYNTAX, at, "not a JSON array of response objects");
    }
  }

  private static String contentType(HttpExchange x) {
    String t = x.getRequestHeaders().getFirst("Content-Type");
    if (t == null) {
      return "application/json";
    }
    int semi = t.indexOf(';');
    return (semi < 0 ? t : t.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  private static String query(HttpExchange x, String name) {
    String q = x.getRequestURI().getRawQuery();
    if (q == null) {
      return null;
    }
    for (String pair : q.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  // ---- replies -------------------------------------------------------------------------------

  private static void send(HttpExchange x, int status, String type, byte[] body)
      throws IOException {
    x.getResponseHeaders().set("Content-Type", type);
    x.sendResponseHeaders(status, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  private static byte[] problem(int status, String title, String detail) throws IOException {
    ObjectNode p = MAPPER.createObjectNode();
    p.put("type", "about:blank");
    p.put("title", title);
    p.put("status", status);
    p.put("detail", detail);
    return MAPPER.writeValueAsBytes(p);
  }

  /**
   * RFC 9457 problem details of bad input: the kind as a stable code, where (the JSON Pointer, line
   * and column), what was expected and found, and the message, none of which repeats the input.
   */
  private static byte[] badInput(BadInputException e) throws IOException {
    ObjectNode p = MAPPER.createObjectNode();
    p.put("type", "https://cxkit.org/problems/bad-input");
    p.put("title", "Bad input");
    p.put("status", 400);
    p.put("detail", e.getMessage());
    p.put("code", e.kind().name());
    Optional<InputLocation> at = e.location();
    if (at.isPresent() && at.get() instanceof InputLocation.DocumentPosition d) {
      p.put("pointer", d.pointer());
      d.line().ifPresent(l -> p.put("line", l));
      d.column().ifPresent(c -> p.put("column", c));
    }
    e.expected().ifPresent(v -> p.put("expected", v));
    e.found().ifPresent(v -> p.put("found", v));
    if (e instanceof CxJsonException j && j.problems().size() > 1) {
      ArrayNode all = p.putArray("problems");
      for (CxJsonException.JsonProblem q : j.problems()) {
        all.addObject().put("pointer", q.pointer()).put("message", q.message());
      }
    }
    return MAPPER.writeValueAsBytes(p);
  }
}
