package org.cxkit.examples.service;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.CxModel;
import org.cxkit.core.check.Finding;
import org.cxkit.core.journey.Journey;
import org.cxkit.json.CxJson;
import org.cxkit.json.JsonLines;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two endpoints. Bodies are read as bytes, at most {@code cxkit.max-body} of them (a longer one
 * is a 413 before more is read), and parsed by cxkit itself: {@link CxJson} for models, {@link
 * JsonLines} for JSON Lines and cxkit's own Jackson 2 mapper ({@link CxJson#objectMapper()}) for
 * JSON arrays, so the limits and the errors are cxkit's whichever JSON library Spring runs on.
 */
@RestController
public class CxController {
  private static final TypeReference<List<Response>> RESPONSES = new TypeReference<>() {};

  private final CxJson json;
  private final ObjectMapper arrays;
  private final Models models;
  private final long maxBody;

  /**
   * Creates the endpoints; Spring calls it.
   *
   * @param json cxkit's reader and writer
   * @param models the models {@code /scorecard} knows
   * @param maxBody the largest request body
   */
  public CxController(
      CxJson json, Models models, @Value("${cxkit.max-body:4MB}") DataSize maxBody) {
    this.json = json;
    this.arrays = json.objectMapper();
    this.models = models;
    this.maxBody = maxBody.toBytes();
  }

  /**
   * A model's check: its name and each finding's rule, severity and path.
   *
   * @param model the model's name
   * @param findings the findings, in the check's order
   */
  public record CheckReply(String model, List<FindingReply> findings) {}

  /**
   * One finding of a check.
   *
   * @param rule the rule's stable code
   * @param severity the severity
   * @param path where in the model
   */
  public record FindingReply(String rule, String severity, String path) {}

  /**
   * {@code POST /check}: checks a model.
   *
   * @param request the request, whose body is a cxkit model
   * @return the check
   * @throws IOException if the body cannot be read
   */
  @PostMapping("/check")
  public CheckReply check(HttpServletRequest request) throws IOException {
    CxModel model = json.readModel(Bodies.read(request, maxBody));
    List<FindingReply> findings = new ArrayList<>();
    for (Finding f : model.check().findings()) {
      findings.add(new FindingReply(f.code(), f.severity().name(), f.path().toString()));
    }
    return new CheckReply(model.name(), findings);
  }

  /**
   * {@code POST /scorecard?model=ID}: the scorecard of each of the model's journeys, as a results
   * document of kind {@code "result-set"}.
   *
   * @param id the model's id
   * @param request the request, whose body is responses as a JSON array ({@code application/json})
   *     or JSON Lines ({@code application/jsonl}, {@code application/x-ndjson})
   * @return the results document
   * @throws IOException if the body cannot be read
   */
  @PostMapping("/scorecard")
  public ResponseEntity<String> scorecard(
      @RequestParam("model") String id, HttpServletRequest request) throws IOException {
    boolean lines = jsonLines(request.getContentType());
    CxModel model =
        models
            .get(id)
            .orElseThrow(
                () ->
                    Problems.of(
                        HttpStatus.NOT_FOUND,
                        "Not found",
                        "no model of that id; known: " + models.byId().keySet()));
    byte[] body = Bodies.read(request, maxBody);
    List<Response> responses;
    if (lines) {
      responses = new ArrayList<>();
      JsonLines.builder().build().readResponses(new ByteArrayInputStream(body), responses::add);
    } else {
      responses = array(body);
    }
    ResultSet.Builder results = ResultSet.builder(model.name());
    for (Journey j : model.journeys()) {
      results.add(
          "scorecard " + j.id(), Scorecard.builder(j).model(model).build().compute(responses));
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(json.writeResult(results.build()));
  }

  /** Whether the body is JSON Lines (true) or a JSON array (false); anything else is a 415. */
  private static boolean jsonLines(@org.jspecify.annotations.Nullable String contentType) {
    if (contentType == null) {
      return false;
    }
    int semi = contentType.indexOf(';');
    String t = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    return switch (t.toLowerCase(Locale.ROOT)) {
      case "application/json" -> false;
      case "application/jsonl", "application/x-ndjson" -> true;
      default ->
          throw Problems.of(
              HttpStatus.UNSUPPORTED_MEDIA_TYPE,
              "Unsupported media type",
              "send application/json (an array) or application/jsonl (JSON Lines)");
    };
  }

  /**
   * Reads a JSON array of responses. A failure inside a response is cxkit's (Jackson wraps it); one
   * of the array itself is Jackson's, whose message may quote the input, so only its line and
   * column are kept.
   */
  private List<Response> array(byte[] body) throws IOException {
    try {
      return arrays.readValue(body, RESPONSES);
    } catch (JsonProcessingException e) {
      Optional<BadInputException> bad = BadInputException.in(e);
      if (bad.isPresent()) {
        throw bad.get();
      }
      JsonLocation l = e.getLocation();
      InputLocation at =
          l == null || l.getLineNr() < 1
              ? InputLocation.pointer("")
              : InputLocation.document("", l.getLineNr(), Math.max(0, l.getColumnNr()));
      throw new BadInputException(
          BadInputException.Kind.SYNTAX, at, "not a JSON array of response objects");
    }
  }
}
