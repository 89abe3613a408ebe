package org.cxkit.json3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cxkit.json.testing.HostExchanges.event;
import static org.cxkit.json.testing.HostExchanges.response;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableSortedMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.testing.Seeds;
import org.cxkit.json.CxDocument;
import org.cxkit.json.CxJacksonModule;
import org.cxkit.json.CxJson;
import org.cxkit.json.CxJsonException;
import org.cxkit.json.ResultSet;
import org.cxkit.json.testing.HostExchanges.CheckRequest;
import org.cxkit.json.testing.HostExchanges.ScorecardRequest;
import org.cxkit.json.testing.HostExchanges.Tagged;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ExScorecardResult;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.OperationalResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.journeys.RecoveryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A host's own Jackson 3 {@code JsonMapper} with {@link CxJackson3Module}, side by side with a
 * Jackson 2 mapper with cx-json's {@link CxJacksonModule}: every exchanged type round-trips through
 * the host's mapper, both majors write the same text (cx-json's golden files included) and fail the
 * same way on the same bad body (kind, message, pointer from the body's root, line, column).
 */
class Jackson3HostMapperTest {
  private static final JsonMapper HOST = JsonMapper.builder().findAndAddModules().build();
  private static final ObjectMapper HOST2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .addModule(new CxJacksonModule())
          .build();

  /** cx-json's checked-in documents: the one wire format of both majors. */
  private static final Path GOLDEN = Path.of("..", "cx-json", "src", "test", "resources", "golden");

  /** The golden files that are models; the others are results. */
  private static final List<String> MODELS =
      List.of(
          "clinic-visit-1.1.json",
          "hotel-blueprint-1.1.json",
          "journey-map-1.1.json",
          "newer-1.3.json",
          "rich-1.0.json");

  @Test
  void findAndAddModulesFindsTheModule() {
    assertThat(HOST.registeredModules())
        .extracting(m -> m.getModuleName())
        .contains(CxJackson3Module.NAME);
  }

  @Test
  void anOldJacksonIsNamedWithTheMinimum() {
    // The floor is 3.0.0 (CI runs this module's tests on it); a mapper of another major is named.
    assertThat(
            CxJackson3Module.floorProblem(new tools.jackson.core.Version(2, 21, 8, null, "", "")))
        .contains("2.21.8")
        .contains("3.0 or later");
    assertThat(CxJackson3Module.floorProblem(new tools.jackson.core.Version(4, 0, 0, null, "", "")))
        .contains("4.0.0");
    assertThat(CxJackson3Module.floorProblem(new tools.jackson.core.Version(3, 0, 0, null, "", "")))
        .isNull();
    assertThat(CxJackson3Module.floorProblem(new tools.jackson.core.Version(3, 1, 4, null, "", "")))
        .isNull();
    assertThat(CxJackson3Module.floorProblem(tools.jackson.core.Version.unknownVersion())).isNull();
    assertThat(new CxJackson3Module().version().getArtifactId()).isEqualTo("cx-json3");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void responsesAndEventsRoundTripAloneInArraysAndInRecords(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>();
    List<JourneyEvent> events = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      responses.add(response(rnd, i));
      events.add(event(rnd, i));
    }
    for (Response r : responses) {
      String text = HOST.writeValueAsString(r);
      assertThat(text).as(Seeds.describe(seed)).isEqualTo(HOST2.writeValueAsString(r));
      assertThat(HOST.readValue(text, Response.class)).isEqualTo(r);
    }
    String array = HOST.writeValueAsString(responses);
    assertThat(array).isEqualTo(HOST2.writeValueAsString(responses));
    assertThat(HOST.readValue(array, new TypeReference<List<Response>>() {})).isEqualTo(responses);
    assertThat(HOST.readValue(array, Response[].class)).containsExactlyElementsOf(responses);
    String eventArray = HOST.writeValueAsString(events);
    assertThat(eventArray).isEqualTo(HOST2.writeValueAsString(events));
    assertThat(HOST.readValue(eventArray, new TypeReference<List<JourneyEvent>>() {}))
        .isEqualTo(events);
    ScorecardRequest req = new ScorecardRequest("waffles", responses);
    assertThat(HOST.readValue(HOST.writeValueAsString(req), ScorecardRequest.class)).isEqualTo(req);
    // Pretty-printed by the host: still read, still the same values.
    String pretty = HOST.writerWithDefaultPrettyPrinter().writeValueAsString(req);
    assertThat(pretty).contains("\n");
    assertThat(HOST.readValue(pretty, ScorecardRequest.class)).isEqualTo(req);
  }

  /**
   * Generated models (blueprints, other personas' curves and all) round-trip through the host's
   * mapper, and both majors write the same text.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedModelsRoundTripAndBothMajorsWriteTheSameText(long seed) throws Exception {
    CxModel model = org.cxkit.core.testing.ModelGenerator.model(seed);
    String text = HOST.writeValueAsString(model);
    assertThat(text).as(Seeds.describe(seed)).isEqualTo(HOST2.writeValueAsString(model));
    assertThat(HOST.readValue(text, CxModel.class)).as(Seeds.describe(seed)).isEqualTo(model);
  }

  @Test
  void aResponseIsWrittenInThePinnedOrder() {
    Response r =
        new Response(
            "r1",
            Optional.of(TouchpointId.of("sign-up")),
            MeasureId.of("ces"),
            6,
            Optional.of(Instant.parse("2026-05-08T04:41:00Z")),
            ImmutableSortedMap.of("event", "may"));
    assertThat(HOST.writeValueAsString(r))
        .isEqualTo(
            "{\"respondent\":\"r1\",\"touchpoint\":\"sign-up\",\"measure\":\"ces\",\"score\":6,"
                + "\"time\":\"2026-05-08T04:41:00Z\",\"attributes\":{\"event\":\"may\"}}");
    Map<TouchpointId, Integer> counts = ImmutableSortedMap.of(TouchpointId.of("sign-up"), 3);
    assertThat(HOST.writeValueAsString(new Tagged(counts)))
        .isEqualTo("{\"counts\":{\"sign-up\":3}}");
    assertThat(HOST.readValue("{\"counts\":{\"sign-up\":3}}", Tagged.class).counts())
        .isEqualTo(counts);
  }

  static Stream<String> goldenFiles() throws Exception {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  /** Every golden document of cx-json: the same value, the same text from both majors. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFiles")
  void goldenDocumentsAreWrittenAndReadAsByJackson2(String name) throws Exception {
    String golden = Files.readString(GOLDEN.resolve(name), StandardCharsets.UTF_8);
    Object value;
    Class<?> type;
    if (!MODELS.contains(name)) {
      type = resultType(name);
      value = CxJson.defaults().readResult(golden, type);
    } else {
      type = CxDocument.class;
      value = CxJson.defaults().readDocument(golden);
    }
    String text = HOST.writeValueAsString(value);
    assertThat(text).isEqualTo(HOST2.writeValueAsString(value));
    assertThat(HOST.readValue(text, type)).isEqualTo(value);
    // The host's golden text, re-read by Jackson 2's module: the same value.
    assertThat(HOST2.readValue(text, type)).isEqualTo(value);
    if (type == CxDocument.class) {
      CxModel model = ((CxDocument) value).model();
      assertThat(HOST.readValue(HOST.writeValueAsString(model), CxModel.class)).isEqualTo(model);
    }
  }

  private static Class<?> resultType(String name) {
    return switch (name.substring(0, name.lastIndexOf('-'))) {
      case "nps-result" -> NpsResult.class;
      case "scale-result" -> ScaleResult.class;
      case "scorecard" -> ScorecardResult.class;
      case "uplift", "uplift-figures", "uplift-named", "uplift-unit" -> UpliftResult.class;
      case "trend", "trend-rejects" -> TrendResult.class;
      case "key-drivers" -> KeyDriversResult.class;
      case "service-recovery" -> RecoveryResult.class;
      case "recovery-paradox" -> ParadoxResult.class;
      case "ex-scorecard" -> ExScorecardResult.class;
      case "result-set" -> ResultSet.class;
      case "paths" -> PathsResult.class;
      case "conformance" -> ConformanceResult.class;
      case "directly-follows" -> DirectlyFollowsResult.class;
      case "stratified-uplift" -> StratifiedUplift.class;
      case "operational" -> OperationalResult.class;
      default -> MetricResult.class;
    };
  }

  record Bad(String body, Class<?> type) {}

  /** cx-json's model using every part of the format. */
  static CxModel rich() {
    try {
      return CxJson.defaults().readModel(GOLDEN.resolve("rich-1.0.json"));
    } catch (RuntimeException e) {
      throw new AssertionError(e);
    }
  }

  static Stream<Bad> badBodies() {
    String model = CxJson.defaults().write(rich());
    String broken = model.replaceFirst("\"persona\": \"[a-z-]+\"", "\"persona\": \"nobody\"");
    String deep = "[".repeat(200) + "]".repeat(200);
    return Stream.of(
        new Bad(
            "[\n"
                + "{\"respondent\":\"a\",\"measure\":\"nps\",\"score\":1},\n"
                + "{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":\"Jane's nine\"}\n"
                + "]",
            Response[].class),
        new Bad(
            "{\"model\":\"m\",\n \"responses\":[{\"respondent\":\"a\",\"measure\":\"nps\","
                + "\n   \"score\":1, \"extra\":2}]}",
            ScorecardRequest.class),
        new Bad(
            "{\n  \"label\": \"x\",\n  \"model\": {\"cxkit\": \"1.0\",\n    \"name\": 7}\n}",
            CheckRequest.class),
        new Bad("{\"label\":\"x\",\"model\":" + broken + "}", CheckRequest.class),
        new Bad("[\"sign-up\", \"Jane Doe\"]", TouchpointId[].class),
        new Bad("{\"counts\":{\"Jane Doe\":1}}", Tagged.class),
        new Bad("{\"respondent\":\"r\",\"measure\":\"Jane Doe\",\"score\":1}", Response.class),
        new Bad("[{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":1}, null]", Response[].class),
        new Bad("null", CxModel.class),
        new Bad("{\"label\":\"x\",\"model\":null}", CheckRequest.class),
        new Bad(
            "[{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":1,\"attributes\":" + deep + "}]",
            Response[].class),
        new Bad(
            "{\"respondent\":\"" + "x".repeat(1_000_001) + "\",\"measure\":\"nps\",\"score\":1}",
            Response.class),
        new Bad("{\"kind\":\"nps-result\",\"metric\":\"nps\",\"n\":-1}", MetricResult.class),
        new Bad("{\"kind\":\"Jane\"}", NpsResult.class));
  }

  /** The same bad body fails the same way through both majors' host mappers. */
  @ParameterizedTest
  @MethodSource("badBodies")
  void aBadBodyFailsAsThroughJackson2(Bad bad) {
    CxJsonException two = cxFailure(() -> HOST2.readValue(bad.body(), bad.type()));
    CxJsonException three = cxFailure(() -> HOST.readValue(bad.body(), bad.type()));
    assertThat(three.getMessage()).isEqualTo(two.getMessage()).doesNotContain("Jane");
    assertThat(three.kind()).isEqualTo(two.kind());
    assertThat(three.pointer()).isEqualTo(two.pointer());
    assertThat(three.line()).isEqualTo(two.line());
    assertThat(three.column()).isEqualTo(two.column());
    assertThat(three.problems()).isEqualTo(two.problems());
  }

  @Test
  void anArrayElementIsLocatedByLineAndColumnOfTheHostsBody() {
    String body =
        "[\n"
            + "{\"respondent\":\"a\",\"measure\":\"nps\",\"score\":1},\n"
            + "{\"respondent\":\"b\",\"measure\":\"nps\",\"score\":2},\n"
            + "{\"respondent\":\"Jane Doe\",\"measure\":\"nps\",\"score\":\"Jane's nine\"}\n"
            + "]";
    CxJsonException e = cxFailure(() -> HOST.readValue(body, Response[].class));
    assertThat(e.pointer()).hasValue("/2/score");
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(body.split("\n")[3].indexOf("\"Jane's") + 1);
    assertThat(e.getMessage()).doesNotContain("Jane").contains("expected an integer");
  }

  @Test
  void aValueOverTheBufferingLimitsFailsBeforeItIsRead() {
    CxJson small = CxJson.builder().maxDocumentBytes(64).build();
    JsonMapper host = JsonMapper.builder().addModule(new CxJackson3Module(small)).build();
    String body =
        "{\"model\":\"m\",\"responses\":[{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":1,"
            + "\"attributes\":{\"a\":\""
            + "y".repeat(100)
            + "\"}}]}";
    BadInputException e =
        BadInputException.in(catchThrowable(() -> host.readValue(body, ScorecardRequest.class)))
            .orElseThrow();
    assertThat(e.kind()).isEqualTo(BadInputException.Kind.LIMIT);
    assertThat(e.getMessage()).contains("(64)").doesNotContain("yyy");
    assertThat(e.location().orElseThrow().toString()).contains("/responses/0");
    CxJson fewTokens = CxJson.builder().maxTokenCount(5).build();
    JsonMapper few = JsonMapper.builder().addModule(new CxJackson3Module(fewTokens)).build();
    BadInputException t =
        BadInputException.in(catchThrowable(() -> few.readValue(body, ScorecardRequest.class)))
            .orElseThrow();
    assertThat(t.getMessage()).contains("token count");
  }

  /**
   * Hostile bodies: seeded mutations of request bodies. Each reads, or fails with a cxkit bad-input
   * failure that never repeats the planted personal data, or with Jackson's own failure of the
   * host's part of the document; nothing else, and no stack overflow.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void hostileBodiesReadOrFailCleanly(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      responses.add(response(rnd, i).withAttributes(Map.of("name", "Secret Sauce")));
    }
    List<byte[]> bodies =
        List.of(
            HOST.writeValueAsBytes(responses),
            HOST.writeValueAsBytes(new ScorecardRequest("Secret Sauce", responses)),
            HOST.writeValueAsBytes(new CheckRequest("Secret Sauce", rich())));
    List<Class<?>> types = List.of(Response[].class, ScorecardRequest.class, CheckRequest.class);
    byte[] alphabet = "{}[]:,\"\\0-9.eE tfn\n".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 300; i++) {
      int which = rnd.nextInt(bodies.size());
      byte[] input = bodies.get(which).clone();
      int edits = 1 + rnd.nextInt(4);
      for (int k = 0; k < edits; k++) {
        input[rnd.nextInt(input.length)] = alphabet[rnd.nextInt(alphabet.length)];
      }
      if (rnd.nextInt(8) == 0) {
        input =
            ("[".repeat(5000) + new String(input, StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
      }
      byte[] body = input;
      Throwable t = catchThrowable(() -> HOST.readValue(body, types.get(which)));
      if (t == null) {
        continue;
      }
      String at = Seeds.describe(seed) + ", case " + i;
      Optional<BadInputException> bad = BadInputException.in(t);
      if (bad.isPresent()) {
        assertThat(bad.get().getMessage()).as(at).doesNotContain("Secret").doesNotContain("Sauce");
      } else {
        assertThat(t).as(at).isInstanceOf(JacksonException.class);
      }
    }
  }

  /** The CxJsonException a host mapper threw, possibly wrapped in one of Jackson's own. */
  static CxJsonException cxFailure(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isNotNull();
    Optional<BadInputException> bad = BadInputException.in(t);
    assertThat(bad).as("a BadInputException in %s", t).isPresent();
    assertThat(bad.orElseThrow()).isInstanceOf(CxJsonException.class);
    return (CxJsonException) bad.orElseThrow();
  }
}
