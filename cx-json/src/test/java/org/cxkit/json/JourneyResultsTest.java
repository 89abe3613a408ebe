package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.journeys.Conformance;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollows;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.PathsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The observed-journey results ({@code paths}, {@code conformance}, {@code directly-follows}) as
 * results documents: golden files pin the format, results of seeded random event logs round-trip
 * exactly through {@link CxJson}, a result set and a host's mapper, and hostile documents fail with
 * a located error that does not repeat their content.
 */
class JourneyResultsTest {
  static final CxJson JSON = CxJson.defaults();
  static final ObjectMapper HOST = JsonMapper.builder().addModule(new CxJacksonModule()).build();
  static final Journey DESIGN = Fixtures.firstVisit();
  private static final Channel[] CHANNELS = {Channel.CHAT, Channel.PHONE, Channel.WEB};

  /**
   * A random log against the first-visit design: mostly the designed order, with skips, repeats,
   * touchpoints out of order, ad hoc steps (one label with a personal-looking name), failed events
   * on random channels and gaps from seconds to days.
   */
  static List<ActualJourney> log(SplittableRandom rnd, int journeys) {
    List<String> touchpoints = DESIGN.touchpoints().stream().map(t -> t.id().value()).toList();
    List<ActualJourney> out = new ArrayList<>(journeys);
    for (int j = 0; j < journeys; j++) {
      List<JourneyEvent> events = new ArrayList<>();
      long t = 1_767_225_600L + rnd.nextLong(10_000_000);
      int at = 0;
      int n = 1 + rnd.nextInt(9);
      for (int i = 0; i < n; i++) {
        JourneyEvent.Builder b =
            JourneyEvent.builder().customer("c" + j).time(Instant.ofEpochSecond(t));
        int roll = rnd.nextInt(10);
        if (roll == 0) {
          b.adHoc(rnd.nextBoolean() ? "call Jane Doe" : "compare dates");
        } else {
          at = roll == 1 ? rnd.nextInt(touchpoints.size()) : Math.min(at, touchpoints.size() - 1);
          b.touchpoint(touchpoints.get(at));
          at += 1 + (rnd.nextInt(4) == 0 ? 1 : 0);
        }
        if (rnd.nextInt(3) > 0) {
          b.channel(CHANNELS[rnd.nextInt(CHANNELS.length)]);
        }
        if (rnd.nextInt(5) == 0) {
          b.outcome(Outcome.FAILED);
        }
        events.add(b.build());
        t += rnd.nextInt(4) == 0 ? rnd.nextLong(500_000) : rnd.nextInt(300);
      }
      out.add(ActualJourney.of(Grain.CUSTOMER, "c" + j, events));
    }
    return out;
  }

  static PathsResult paths(List<ActualJourney> log) {
    JourneyPaths.State s = JourneyPaths.create().topVariants(5).newState();
    log.forEach(s::add);
    return s.result();
  }

  static ConformanceResult conformance(List<ActualJourney> log) {
    Conformance.State s = Conformance.of(DESIGN).newState();
    log.forEach(s::add);
    return s.result();
  }

  static DirectlyFollowsResult directlyFollows(List<ActualJourney> log) {
    DirectlyFollows.State s = DirectlyFollows.of(DESIGN).newState();
    log.forEach(s::add);
    return s.result();
  }

  private static List<ActualJourney> goldenLog() {
    return log(new SplittableRandom(7), 12);
  }

  @Test
  void goldenPaths() {
    String golden = CxJsonTest.golden("paths-1.0.json");
    PathsResult r = JSON.readResult(golden, PathsResult.class);
    assertThat(r).isEqualTo(paths(goldenLog()));
    assertThat(r.gaps()).isNotEmpty();
    assertThat(r.channelSwitches()).isNotEmpty();
    assertThat(r.steps()).anySatisfy(s -> assertThat(s.step().isAdHoc()).isTrue());
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "paths golden");
  }

  @Test
  void goldenConformance() {
    String golden = CxJsonTest.golden("conformance-1.0.json");
    ConformanceResult r = JSON.readResult(golden, ConformanceResult.class);
    assertThat(r).isEqualTo(conformance(goldenLog()));
    assertThat(r.fitness()).isPresent();
    assertThat(r.adHoc()).isNotEmpty();
    assertThat(r.undesignedMoves()).isNotEmpty();
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "conformance golden");
  }

  @Test
  void goldenDirectlyFollows() {
    String golden = CxJsonTest.golden("directly-follows-1.0.json");
    DirectlyFollowsResult r = JSON.readResult(golden, DirectlyFollowsResult.class);
    assertThat(r).isEqualTo(directlyFollows(goldenLog()));
    assertThat(JSON.writeResult(r)).isEqualTo(golden);
    ResultSchemaTest.assertValid(golden, "directly-follows golden");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedResultsRoundTrip(long seed) throws Exception {
    SplittableRandom rnd = new SplittableRandom(seed);
    // from no journey at all (no fitness, empty lists left out) to a few hundred
    List<ActualJourney> log = log(rnd, rnd.nextInt(4) == 0 ? rnd.nextInt(2) : rnd.nextInt(300));
    ResultSet set =
        ResultSet.builder("observed")
            .add("paths", paths(log))
            .add("conformance", conformance(log))
            .add("directly follows", directlyFollows(log))
            .build();
    List<Object> results = new ArrayList<>(set.results().values());
    results.add(set);
    for (Object r : results) {
      AnalysisResultsTest.assertRoundTrips(r, seed);
    }
  }

  @Test
  void unitsAreInThePropertyNamesAndFitnessIsAFraction() throws Exception {
    List<ActualJourney> log = goldenLog();
    var paths = HOST.readTree(JSON.writeResult(paths(log)));
    PathsResult.Gap gap = paths(log).gaps().get(0);
    assertThat(paths.get("gaps").get(0).get("medianSeconds").asLong())
        .isEqualTo(gap.median().getSeconds());
    assertThat(paths.get("gaps").get(0).get("p90Seconds").asLong())
        .isEqualTo(gap.p90().getSeconds());
    ConformanceResult c = conformance(log);
    var conf = HOST.readTree(JSON.writeResult(c));
    // fitness = 1 - cost / trivial cost (the cost model of Conformance)
    assertThat(conf.get("fitness").asDouble())
        .isEqualTo(1.0 - (double) conf.get("cost").asLong() / conf.get("trivialCost").asLong())
        .isBetween(0.0, 1.0);
    String empty = JSON.writeResult(conformance(List.of()));
    assertThat(HOST.readTree(empty).has("fitness")).isFalse();
    assertThat(HOST.readTree(empty).has("touchpoints")).isTrue();
  }

  private static String replaceFirst(String doc, String from, String to) {
    String out = doc.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to));
    assertThat(out).as(from).isNotEqualTo(doc);
    return out;
  }

  private static CxJsonException fails(String doc, Class<?> type) {
    CxJsonException e =
        catchThrowableOfType(CxJsonException.class, () -> JSON.readResult(doc, type));
    assertThat(e).as(doc).isNotNull();
    assertThat(e.getMessage()).doesNotContain("Jane").doesNotContain("PIGEON");
    return e;
  }

  /** Each row: a replacement in the paths golden, the pointer of the error and its kind. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"journeys\": 12|\"journeys\": -12|/journeys|STRUCTURE",
        "\"journeys\": 12|\"journeys\": 99999999999999999999999|/journeys|STRUCTURE",
        "\"journeys\": 12|\"journeys\": 12.5|/journeys|STRUCTURE",
        "\"journeys\": 12|\"journeys\": 9999999||MODEL",
        "\"distinctVariants\": |\"distinctVariant\": |/distinctVariant|STRUCTURE",
        "\"medianSeconds\": |\"p50Seconds\": |/gaps/0/p50Seconds|STRUCTURE",
        "\"adHoc\": \"|\"touchpoint\": \"x\", \"adHoc\": \"|/steps/|",
        "\"adHoc\": \"call Jane Doe\"|\"adHoc\": \"call Jane Doe\", \"colour\": 1|/steps/|",
        "\"from\": \"CHAT\"|\"from\": \"PIGEON\"|/channelSwitches/|",
        "\"count\": 2|\"count\": -2|/directlyFollows/0/count|STRUCTURE",
        "\"count\": |\"count\": 0, \"x\": |/directlyFollows/0/x|STRUCTURE",
      })
  void hostilePathsAreRejectedAndLocated(String from, String to, String pointer, String kind) {
    String golden = CxJsonTest.golden("paths-1.0.json");
    CxJsonException e = fails(replaceFirst(golden, from, to), PathsResult.class);
    assertThat(e.pointer()).isPresent();
    assertThat(e.pointer().orElseThrow())
        .as(e.getMessage())
        .startsWith(pointer == null ? "" : pointer);
    if (kind != null) {
      assertThat(e.kind()).isEqualTo(Kind.valueOf(kind));
    }
  }

  @Test
  void hostileConformanceIsRejected() {
    String golden = CxJsonTest.golden("conformance-1.0.json");
    // a derived fitness that disagrees with the counts
    CxJsonException fitness =
        fails(
            golden.replaceFirst("\"fitness\": [0-9.E-]+", "\"fitness\": 1.5"),
            ConformanceResult.class);
    assertThat(fitness.pointer()).hasValue("/fitness");
    // a cost above the trivial alignment's
    CxJsonException cost =
        fails(golden.replaceFirst("\"cost\": \\d+", "\"cost\": 99999999"), ConformanceResult.class);
    assertThat(cost.kind()).isEqualTo(Kind.MODEL);
    assertThat(cost.getMessage()).contains("invalid result");
    // more failing events than met at a touchpoint
    CxJsonException failing =
        fails(
            golden.replaceFirst("\"failing\": \\d+", "\"failing\": 99999999"),
            ConformanceResult.class);
    assertThat(failing.pointer().orElseThrow()).startsWith("/touchpoints/0");
    // a malformed journey id is named, never quoted
    CxJsonException id =
        fails(
            golden.replaceFirst("\"journey\": \"first-visit\"", "\"journey\": \"Jane Doe\""),
            ConformanceResult.class);
    assertThat(id.pointer()).hasValue("/journey");
    // an unknown property of a 1.0 document
    CxJsonException unknown =
        fails(
            replaceFirst(golden, "\"tooLong\": ", "\"tooShort\": 1, \"tooLong\": "),
            ConformanceResult.class);
    assertThat(unknown.pointer()).hasValue("/tooShort");
    assertThat(unknown.getMessage()).contains("unknown property");
    // ... which a newer minor version may carry
    String newer = replaceFirst(golden, "\"cxkit\": \"1.0\"", "\"cxkit\": \"1.1\"");
    assertThat(
            JSON.readResult(
                replaceFirst(newer, "\"tooLong\": ", "\"tooShort\": 1, \"tooLong\": "),
                ConformanceResult.class))
        .isEqualTo(JSON.readResult(golden, ConformanceResult.class));
  }

  @Test
  void hostileDirectlyFollowsIsRejected() {
    String golden = CxJsonTest.golden("directly-follows-1.0.json");
    // the steps' events must add up to the total
    CxJsonException sum =
        fails(
            golden.replaceFirst("\"events\": \\d+", "\"events\": 9999999"),
            DirectlyFollowsResult.class);
    assertThat(sum.kind()).isEqualTo(Kind.MODEL);
    CxJsonException step =
        fails(
            replaceFirst(golden, "\"step\": {", "\"step\": {\"adHoc\": \"Jane\", "),
            DirectlyFollowsResult.class);
    assertThat(step.pointer().orElseThrow()).startsWith("/steps/0/step");
    assertThat(step.getMessage()).contains("exactly one of");
    CxJsonException none =
        fails(
            golden.replaceFirst("\"step\": \\{[^}]*\\}", "\"step\": {}"),
            DirectlyFollowsResult.class);
    assertThat(none.pointer().orElseThrow()).startsWith("/steps/0/step");
  }

  @Test
  void theSchemaRejectsWhatTheReaderRejects() {
    String paths = CxJsonTest.golden("paths-1.0.json");
    assertThat(ResultSchemaTest.errors(paths.replaceFirst("\"journeys\": 12", "\"journeys\": -1")))
        .isNotEmpty();
    assertThat(ResultSchemaTest.errors(paths.replaceFirst("\"medianSeconds\"", "\"median\"")))
        .isNotEmpty();
    assertThat(
            ResultSchemaTest.errors(
                replaceFirst(paths, "\"adHoc\": \"", "\"touchpoint\": \"x\", \"adHoc\": \"")))
        .isNotEmpty();
    String conf = CxJsonTest.golden("conformance-1.0.json");
    assertThat(
            ResultSchemaTest.errors(
                conf.replaceFirst("\"fitness\": [0-9.E-]+", "\"fitness\": 1.5")))
        .isNotEmpty();
    assertThat(
            ResultSchemaTest.errors(
                conf.replaceFirst("\"kind\": \"conformance\"", "\"kind\": \"paths\"")))
        .isNotEmpty();
    String df = CxJsonTest.golden("directly-follows-1.0.json");
    assertThat(ResultSchemaTest.errors(df.replaceFirst("\"starts\": \\d+", "\"starts\": \"1\"")))
        .isNotEmpty();
  }

  @Test
  void touchpointIdsOfTheDesignAreDesignedSteps() {
    // a guard on the generator: every designed touchpoint can be met
    assertThat(DESIGN.touchpoints()).extracting(Touchpoint::id).hasSizeGreaterThan(5);
  }
}
