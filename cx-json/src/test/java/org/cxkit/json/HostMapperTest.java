package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.cxkit.json.testing.HostExchanges.event;
import static org.cxkit.json.testing.HostExchanges.response;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableSortedMap;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.testing.Seeds;
import org.cxkit.json.testing.HostExchanges.CheckRequest;
import org.cxkit.json.testing.HostExchanges.ScorecardRequest;
import org.cxkit.json.testing.HostExchanges.Tagged;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host's own {@code ObjectMapper} with {@link CxJacksonModule}: every type a service exchanges
 * round-trips, alone, in JSON arrays and inside the host's own request records, with errors that
 * locate the problem from the body's root and never repeat the input.
 */
class HostMapperTest {
  private static final ObjectMapper HOST =
      JsonMapper.builder().addModule(new CxJacksonModule()).build();

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
      assertThat(HOST.readValue(HOST.writeValueAsString(r), Response.class)).isEqualTo(r);
    }
    String array = HOST.writeValueAsString(responses);
    assertThat(HOST.readValue(array, new TypeReference<List<Response>>() {})).isEqualTo(responses);
    assertThat(HOST.readValue(array, Response[].class)).containsExactlyElementsOf(responses);
    String eventArray = HOST.writeValueAsString(events);
    assertThat(HOST.readValue(eventArray, new TypeReference<List<JourneyEvent>>() {}))
        .isEqualTo(events);
    ScorecardRequest req = new ScorecardRequest("waffles", responses);
    assertThat(HOST.readValue(HOST.writeValueAsString(req), ScorecardRequest.class)).isEqualTo(req);
    // What the host mapper writes is what JSON Lines reads, line by line.
    StringBuilder lines = new StringBuilder();
    for (Response r : responses) {
      lines.append(HOST.writeValueAsString(r)).append('\n');
    }
    List<Response> back = new ArrayList<>();
    JsonLines.builder().build().readResponses(new StringReader(lines.toString()), back::add);
    assertThat(back).as(Seeds.describe(seed)).isEqualTo(responses);
    StringBuilder eventLines = new StringBuilder();
    for (JourneyEvent e : events) {
      eventLines.append(HOST.writeValueAsString(e)).append('\n');
    }
    List<JourneyEvent> eventsBack = new ArrayList<>();
    JsonLines.builder()
        .build()
        .readEvents(new StringReader(eventLines.toString()), eventsBack::add);
    assertThat(eventsBack).as(Seeds.describe(seed)).isEqualTo(events);
  }

  @Test
  void aResponseIsWrittenInThePinnedOrder() throws Exception {
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
    assertThat(HOST.writeValueAsString(Response.of("r2", "nps", 10)))
        .isEqualTo("{\"respondent\":\"r2\",\"measure\":\"nps\",\"score\":10}");
    JourneyEvent e =
        JourneyEvent.of("c1", "ad", Instant.parse("2026-01-01T10:00:00Z")).withChannel(Channel.WEB);
    assertThat(HOST.writeValueAsString(e))
        .isEqualTo(
            "{\"customer\":\"c1\",\"touchpoint\":\"ad\",\"time\":\"2026-01-01T10:00:00Z\","
                + "\"channel\":\"WEB\"}");
  }

  @Test
  void aBadElementOfAnArrayBodyIsLocatedFromTheBodysRoot() {
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
    assertThat(e.kind()).isEqualTo(BadInputException.Kind.STRUCTURE);
    assertThat(e.getMessage()).doesNotContain("Jane").contains("expected an integer");
    // Inside a host's request record, the pointer starts at the record.
    String req = "{\"model\":\"m\",\n \"responses\":" + body + "}";
    CxJsonException inRecord = cxFailure(() -> HOST.readValue(req, ScorecardRequest.class));
    assertThat(inRecord.pointer()).hasValue("/responses/2/score");
    assertThat(inRecord.line()).hasValue(5);
  }

  @Test
  void anEmbeddedModelReportsPointersFromTheBodysRoot() {
    String body =
        "{\n"
            + "  \"label\": \"x\",\n"
            + "  \"model\": {\"cxkit\": \"1.0\",\n"
            + "    \"name\": 7}\n"
            + "}";
    CxJsonException e = cxFailure(() -> HOST.readValue(body, CheckRequest.class));
    assertThat(e.pointer()).hasValue("/model/name");
    assertThat(e.line()).hasValue(4);
    assertThat(e.column()).hasValue(13);
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactly("/model/name");
    // A model that cx-core rejects as a whole: every problem's pointer from the body's root.
    String model = CxJson.defaults().write(Fixtures.rich());
    String broken = model.replaceFirst("\"persona\": \"[a-z-]+\"", "\"persona\": \"nobody\"");
    assertThat(broken).isNotEqualTo(model);
    CxJsonException invalid =
        cxFailure(
            () -> HOST.readValue("{\"label\":\"x\",\"model\":" + broken + "}", CheckRequest.class));
    assertThat(invalid.problems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.pointer()).startsWith("/model/"));
    assertThat(invalid.getMessage()).doesNotContain("nobody");
  }

  @Test
  void badIdsAndNullsThroughTheHostMapperNeverRepeatTheInput() {
    CxJsonException id =
        cxFailure(() -> HOST.readValue("[\"sign-up\", \"Jane Doe\"]", TouchpointId[].class));
    assertThat(id.pointer()).hasValue("/1");
    assertThat(id.getMessage()).contains("malformed touchpoint id").doesNotContain("Jane");
    CxJsonException key =
        cxFailure(() -> HOST.readValue("{\"counts\":{\"Jane Doe\":1}}", Tagged.class));
    assertThat(key.pointer()).hasValue("/counts");
    assertThat(key.getMessage()).doesNotContain("Jane");
    CxJsonException measure =
        cxFailure(
            () ->
                HOST.readValue(
                    "{\"respondent\":\"r\",\"measure\":\"Jane Doe\",\"score\":1}", Response.class));
    assertThat(measure.pointer()).hasValue("/measure");
    assertThat(measure.getMessage()).doesNotContain("Jane");
    CxJsonException nullElement =
        cxFailure(
            () ->
                HOST.readValue(
                    "[{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":1}, null]",
                    new TypeReference<List<Response>>() {}));
    assertThat(nullElement.pointer()).hasValue("/1");
    assertThat(cxFailure(() -> HOST.readValue("null", CxModel.class)).kind())
        .isEqualTo(BadInputException.Kind.STRUCTURE);
    CxJsonException unknown =
        cxFailure(
            () ->
                HOST.readValue(
                    "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":1,\"Jane\":1}",
                    Response.class));
    assertThat(unknown.getMessage()).contains("unknown property of a response");
    Map<TouchpointId, Integer> counts = Map.of(TouchpointId.of("sign-up"), 3);
    assertThat(HOST.convertValue(new Tagged(counts), Map.class)).containsKey("counts");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void everyResultTypeRoundTripsThroughTheHostMapper(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    {
      MetricResult m = ResultGenerator.metricResult(rnd);
      assertThat(HOST.readValue(HOST.writeValueAsString(m), MetricResult.class)).isEqualTo(m);
      ScorecardResult s = ResultGenerator.scorecard(rnd.nextLong());
      assertThat(HOST.readValue(HOST.writeValueAsString(s), ScorecardResult.class)).isEqualTo(s);
      UpliftResult u = ResultGenerator.uplift(rnd);
      assertThat(HOST.readValue(HOST.writeValueAsString(u), UpliftResult.class)).isEqualTo(u);
      List<MetricResult> list = List.of(m, m);
      assertThat(
              HOST.readValue(
                  HOST.writeValueAsString(list), new TypeReference<List<MetricResult>>() {}))
          .isEqualTo(list);
    }
  }

  @Test
  void valuesAreReadUnderCxJsonsLimitsWhateverTheHostsMapperAllows() throws Exception {
    // A host mapper allows nesting 1000 and strings of 20 M characters; cxkit's values do not.
    String deep = "[".repeat(200) + "]".repeat(200);
    String body =
        "{\"respondent\":\"r\",\"measure\":\"nps\",\"score\":1,\"attributes\":" + deep + "}";
    CxJsonException nested = cxFailure(() -> HOST.readValue("[" + body + "]", Response[].class));
    assertThat(nested.kind()).isEqualTo(BadInputException.Kind.LIMIT);
    assertThat(nested.getMessage()).contains("nesting depth").contains("(64)");
    assertThat(nested.pointer().orElseThrow()).startsWith("/0"); // in the first response
    String longName = "x".repeat(JsonLimits.DEFAULTS.maxStringLength() + 1);
    CxJsonException string =
        cxFailure(
            () ->
                HOST.readValue(
                    "{\"respondent\":\"" + longName + "\",\"measure\":\"nps\",\"score\":1}",
                    Response.class));
    assertThat(string.kind()).isEqualTo(BadInputException.Kind.LIMIT);
    assertThat(string.getMessage()).contains("string value length").contains("(1000000)");
    assertThat(string.line()).hasValue(1);
    // CxJson's own instance gives its module its limits.
    ObjectMapper tight =
        JsonMapper.builder()
            .addModule(CxJson.builder().maxStringLength(3).build().jacksonModule())
            .build();
    String r = "{\"respondent\":\"abcd\",\"measure\":\"nps\",\"score\":1}";
    assertThat(cxFailure(() -> tight.readValue(r, Response.class)).kind())
        .isEqualTo(BadInputException.Kind.LIMIT);
    assertThat(HOST.readValue(r, Response.class).respondent()).isEqualTo("abcd");
    CxJson fewTokens = CxJson.builder().maxTokenCount(20).build();
    ObjectMapper few = JsonMapper.builder().addModule(fewTokens.jacksonModule()).build();
    String model = CxJson.defaults().write(Fixtures.rich());
    assertThat(cxFailure(() -> few.readValue(model, CxModel.class)).getMessage())
        .contains("token count");
    assertThat(HOST.readValue(model, CxModel.class)).isEqualTo(Fixtures.rich());
  }

  /**
   * Hostile request bodies through a host's mapper: mutated arrays of responses, request records
   * with an embedded model, arrays of results. Each reads, or fails with a cxkit bad-input failure
   * (possibly wrapped by Jackson) that never repeats the planted personal data, or with Jackson's
   * own failure of the host's part of the document; nothing else, and no stack overflow.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void hostileBodiesReadOrFailCleanly(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      responses.add(response(rnd, i).withAttributes(Map.of("name", "Secret Sauce")));
    }
    List<byte[]> bodies =
        List.of(
            HOST.writeValueAsBytes(responses),
            HOST.writeValueAsBytes(new ScorecardRequest("Secret Sauce", responses)),
            HOST.writeValueAsBytes(new CheckRequest("Secret Sauce", Fixtures.rich())),
            HOST.writeValueAsBytes(List.of(ResultGenerator.metricResult(rnd))));
    List<Class<?>> types =
        List.of(Response[].class, ScorecardRequest.class, CheckRequest.class, MetricResult[].class);
    for (int i = 0; i < 300; i++) {
      int which = rnd.nextInt(bodies.size());
      int op = rnd.nextInt(16);
      byte[] input = MutationFuzzTest.mutate(bodies.get(which), op, rnd);
      Throwable t = catchThrowable(() -> HOST.readValue(input, types.get(which)));
      if (t == null) {
        continue;
      }
      String at = Seeds.describe(seed) + ", case " + i + ", op " + op;
      Optional<BadInputException> bad = BadInputException.in(t);
      if (bad.isPresent()) {
        assertThat(bad.get().getMessage()).as(at).doesNotContain("Secret").doesNotContain("Sauce");
      } else {
        assertThat(t).as(at).isInstanceOf(com.fasterxml.jackson.core.JacksonException.class);
      }
    }
  }

  @Test
  void anOldJacksonIsNamedWithTheMinimum() {
    String problem =
        JacksonFloor.problem(
            "jackson-databind",
            new Version(2, 15, 2, null, "com.fasterxml.jackson.core", "jackson-databind"));
    assertThat(problem).contains("jackson-databind 2.15.2").contains("2.21 or later");
    Throwable t =
        catchThrowable(
            () ->
                JacksonFloor.check(
                    "jackson-core",
                    new Version(2, 20, 1, null, "com.fasterxml.jackson.core", "x")));
    assertThat(t).isInstanceOf(IllegalStateException.class).hasMessageContaining("2.20.1");
    assertThat(JacksonFloor.problem("jackson-core", new Version(2, 21, 0, null, null, null)))
        .isNull();
    assertThat(JacksonFloor.problem("jackson-core", new Version(2, 23, 0, null, null, null)))
        .isNull();
    assertThat(JacksonFloor.problem("jackson-core", Version.unknownVersion())).isNull();
    // The Jackson this test runs on passes.
    JacksonFloor.checkRuntime();
  }

  /** The CxJsonException a host mapper threw, possibly wrapped in one of Jackson's own. */
  static CxJsonException cxFailure(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isNotNull();
    Optional<BadInputException> bad = BadInputException.in(t);
    assertThat(bad).as("a BadInputException in %s", t).isPresent();
    assertThat(bad.orElseThrow()).isInstanceOf(CxJsonException.class);
    return (CxJsonException) bad.orElseThrow();
  }
}
