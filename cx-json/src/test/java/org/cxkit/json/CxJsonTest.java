package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxkit.core.CxModel;
import org.cxkit.metrics.BadInputException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CxJsonTest {
  private static final CxJson JSON = CxJson.defaults();

  static String golden(String name) {
    try (InputStream in = CxJsonTest.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new AssertionError(
            "golden file missing: test resource /golden/" + name + " (src/test/resources/golden)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void roundTripsTheRichModelByteForByte() {
    CxModel m = Fixtures.rich();
    String once = JSON.write(m);
    CxModel back = JSON.readModel(once);
    assertThat(back).isEqualTo(m);
    assertThat(JSON.write(back)).isEqualTo(once);
    assertThat(once)
        .startsWith("{\n  \"cxkit\": \"1.1\",\n  \"name\": \"Acme Telecom\",\n")
        .endsWith("}\n");
  }

  @Test
  void roundTripsTheMinimalModel() {
    String text = JSON.write(Fixtures.minimal());
    assertThat(text).isEqualTo("{\n  \"cxkit\": \"1.1\",\n  \"name\": \"Minimal\"\n}\n");
    assertThat(JSON.readModel(text)).isEqualTo(Fixtures.minimal());
  }

  @Test
  void goldenFileKeepsReadingAndIsWrittenIdentically() {
    // A 1.0 document reads unchanged into this 1.1 reader, and written back as read it keeps its
    // version byte for byte; a new model is written as 1.1, the same document otherwise.
    String golden = golden("rich-1.0.json");
    assertThat(JSON.readModel(golden)).isEqualTo(Fixtures.rich());
    CxDocument doc = JSON.readDocument(golden);
    assertThat(doc.formatVersion()).isEqualTo("1.0");
    assertThat(JSON.write(doc)).isEqualTo(golden);
    assertThat(JSON.write(Fixtures.rich()))
        .isEqualTo(golden.replaceFirst("\"cxkit\": \"1.0\"", "\"cxkit\": \"1.1\""));
    assertThat(JSON.write(doc.withModel(Fixtures.rich()))).startsWith("{\n  \"cxkit\": \"1.1\"");
  }

  @Test
  void everyEntryPointReadsTheSame(@TempDir Path dir) throws IOException {
    CxModel m = Fixtures.rich();
    String text = JSON.write(m);
    byte[] bytes = JSON.writeBytes(m);
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(text);
    Path file = dir.resolve("m.json");
    JSON.write(m, file);
    assertThat(Files.readString(file)).isEqualTo(text);
    assertThat(JSON.readModel(bytes)).isEqualTo(m);
    assertThat(JSON.readModel(new ByteArrayInputStream(bytes))).isEqualTo(m);
    assertThat(JSON.readModel(new StringReader(text))).isEqualTo(m);
    assertThat(JSON.readModel(file)).isEqualTo(m);
  }

  @Test
  void byteOrderMarkIsSkipped() {
    byte[] bytes = JSON.writeBytes(Fixtures.minimal());
    byte[] withBom = new byte[bytes.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, withBom, 3, bytes.length);
    assertThat(JSON.readModel(withBom)).isEqualTo(Fixtures.minimal());
  }

  @Test
  void invalidUtf8IsAnEncodingErrorWithLineAndColumn() {
    byte[] bytes =
        "{\"cxkit\": \"1.0\",\n \"name\": \"a\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(bytes));
    assertThat(e.kind()).isEqualTo(Kind.ENCODING);
    assertThat(e.line()).hasValue(2);
    assertThat(e.column()).hasValue(12);
  }

  @Test
  void wrongTypeNamesPointerLineColumnExpectedAndFound() {
    String doc =
        JSON.write(Fixtures.rich())
            .replaceFirst("\"controllable\": false", "\"controllable\": \"no\"");
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.pointer()).hasValue("/journeys/0/stages/0/touchpoints/0/controllable");
    assertThat(e.expected()).hasValue("a boolean");
    assertThat(e.found()).hasValue("a string");
    assertThat(e.line()).isPresent();
    assertThat(e.column()).isPresent();
    assertThat(e.getMessage())
        .startsWith("/journeys/0/stages/0/touchpoints/0/controllable (line ")
        .contains("expected a boolean, found a string")
        .doesNotContain("\"no\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"9.7", "\"9\"", "null", "9.0", "1e1", "true", "[9]", "99999999999"})
  void integersAreNeverCoerced(String value) {
    String doc =
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"measures\":[{\"id\":\"x\",\"name\":\"X\",\"scale\":"
            + "{\"min\":"
            + value
            + ",\"max\":10,\"better\":\"HIGHER_IS_BETTER\",\"topBox\":1,\"goodBox\":2,\"bottomBox\":1}}]}";
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.pointer()).hasValue("/measures/0/scale/min");
  }

  @Test
  void missingRequiredIntegerIsAnError() {
    String doc =
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"measures\":[{\"id\":\"x\",\"name\":\"X\",\"scale\":"
            + "{\"max\":10,\"better\":\"HIGHER_IS_BETTER\",\"topBox\":1,\"goodBox\":2,\"bottomBox\":1}}]}";
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.pointer()).hasValue("/measures/0/scale");
    assertThat(e.getMessage()).contains("missing required property \"min\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "-1e400", "NaN", "Infinity", "\"4\""})
  void thresholdsMustBeFiniteNumbers(String value) {
    String doc =
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"journeys\":[{\"id\":\"j\",\"persona\":\"p\",\"stages\":[{\"id\":\"s\","
            + "\"phase\":\"DURING\",\"touchpoints\":[{\"id\":\"t\",\"measures\":[{\"measure\":\"nps\",\"unit\":\"NPS_POINTS\",\"threshold\":"
            + value
            + "}]}]}]}]}";
    assertThatThrownBy(() -> JSON.readModel(doc)).isInstanceOf(CxJsonException.class);
  }

  static String targetDoc(String target) {
    return "{\"cxkit\":\"1.0\",\"name\":\"m\",\"personas\":[{\"id\":\"p\",\"name\":\"P\"}],"
        + "\"journeys\":[{\"id\":\"j\",\"persona\":\"p\",\"stages\":[{\"id\":\"s\","
        + "\"phase\":\"DURING\",\"touchpoints\":[{\"id\":\"t\",\"measures\":["
        + target
        + "]}]}]}]}";
  }

  /** Issue #11: a target says what it compares; one without a unit is refused, never guessed. */
  @Test
  void aTargetWithoutAUnitIsRefused() {
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () -> JSON.readModel(targetDoc("{\"measure\":\"csat\",\"threshold\":4.2}")));
    assertThat(e.pointer()).hasValue("/journeys/0/stages/0/touchpoints/0/measures/0");
    assertThat(e.getMessage()).contains("missing required property \"unit\"");
  }

  /**
   * Issue #11: {@code measure("nps", 150)} and a CES target of 9 on its 1..7 scale were accepted.
   * Both are problems at the target's pointer with the valid range, never the value written.
   */
  @Test
  void impossibleTargetsAreProblemsAtTheirPointerWithTheValidRange() {
    CxJsonException ces =
        catchThrowableOfType(
            CxJsonException.class,
            () ->
                JSON.readModel(
                    targetDoc("{\"measure\":\"ces\",\"unit\":\"MEAN\",\"threshold\":9.25}")));
    assertThat(ces.kind()).isEqualTo(Kind.MODEL);
    assertThat(ces.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactly("/journeys/0/stages/0/touchpoints/0/measures/0/threshold");
    assertThat(ces.getMessage()).contains("1..7").doesNotContain("9.25");
    CxJsonException nps =
        catchThrowableOfType(
            CxJsonException.class,
            () ->
                JSON.readModel(
                    targetDoc(
                        "{\"measure\":\"nps\",\"unit\":\"NPS_POINTS\",\"threshold\":150.5}")));
    assertThat(nps.pointer()).hasValue("/journeys/0/stages/0/touchpoints/0/measures/0");
    assertThat(nps.getMessage()).contains("-100..100").doesNotContain("150.5");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "null",
        "[]",
        "1",
        "\"x\"",
        "{}",
        "{\"cxkit\":\"1.0\",\"name\":\"m\"} {}",
        "{\"cxkit\":\"1.0\",\"name\":\"m\"}x",
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"name\":\"n\"}",
        "{\"name\":\"m\",\"cxkit\":\"1.0\"}",
        "{\"cxkit\":1.0,\"name\":\"m\"}",
        "{\"cxkit\":\"1\",\"name\":\"m\"}",
        "{\"cxkit\":\"1.0\",\"name\":null}",
        "{\"cxkit\":\"1.0\"}",
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"nmae\":\"typo\"}"
      })
  void malformedDocumentsAreRejected(String doc) {
    assertThatThrownBy(() -> JSON.readModel(doc)).isInstanceOf(CxJsonException.class);
  }

  @Test
  void emptyAndNullDocumentsAreDistinguished() {
    assertThat(catchThrowableOfType(CxJsonException.class, () -> JSON.readModel("")).kind())
        .isEqualTo(Kind.SYNTAX);
    assertThat(catchThrowableOfType(CxJsonException.class, () -> JSON.readModel("null")).kind())
        .isEqualTo(Kind.STRUCTURE);
    assertThat(
            catchThrowableOfType(
                    CxJsonException.class,
                    () -> JSON.readModel("{\"cxkit\":\"1.0\",\"name\":\"m\"}[]"))
                .kind())
        .isEqualTo(Kind.SYNTAX);
  }

  @Test
  void duplicatePropertiesAreRejectedWithTheirPointer() {
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () ->
                JSON.readModel(
                    "{\"cxkit\":\"1.0\",\"name\":\"m\",\"strategy\":{\"segments\":[],\"segments\":[]}}"));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.pointer()).hasValue("/strategy/segments");
    assertThat(e.line()).hasValue(1);
    assertThat(e.getMessage())
        .startsWith("/strategy/segments (line 1")
        .contains("duplicate property")
        .doesNotContain("segments\":");
  }

  @Test
  void unknownMajorVersionIsRefusedNamingBothVersions() {
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () -> JSON.readModel("{\"cxkit\":\"2.0\",\"name\":\"m\",\"whatever\":[1]}"));
    assertThat(e.kind()).isEqualTo(Kind.VERSION);
    assertThat(e.getMessage()).contains("2.0").contains("1.1");
    assertThat(e.pointer()).hasValue("/cxkit");
  }

  @Test
  void unknownPropertyInACurrentDocumentIsAnError() {
    CxJsonException e =
        catchThrowableOfType(
            CxJsonException.class,
            () -> JSON.readModel("{\"cxkit\":\"1.0\",\"name\":\"m\",\"colour\":\"red\"}"));
    assertThat(e.pointer()).hasValue("/colour");
    assertThat(e.getMessage()).contains("unknown property").doesNotContain("red");
  }

  @Test
  void newerMinorVersionKeepsUnknownPropertiesAndWritesThemBack() {
    String doc = golden("newer-1.3.json");
    CxDocument d = JSON.readDocument(doc);
    assertThat(d.formatVersion()).isEqualTo("1.3");
    assertThat(d.hasExtensions()).isTrue();
    assertThat(d.extensions()).containsKeys("", "/journeys/0/stages/0/touchpoints/0");
    assertThat(
            d.extensions()
                .getOrDefault("", com.google.common.collect.ImmutableMap.of())
                .get("owner"))
        .isEqualTo("{\"team\":\"cx\",\"since\":2026,\"tags\":[\"a\",null,true,1.5e3]}");
    assertThat(JSON.write(d)).isEqualTo(doc);
    assertThat(JSON.readDocument(JSON.write(d))).isEqualTo(d);
    // A changed model keeps the extensions.
    CxModel renamed =
        CxModel.builder("Renamed")
            .strategy(d.model().strategy())
            .persona(d.model().personas().get(0))
            .journey(d.model().journeys().get(0))
            .build();
    assertThat(JSON.write(d.withModel(renamed))).isEqualTo(doc.replace("\"Newer\"", "\"Renamed\""));
  }

  @Test
  void modelProblemsComeThroughAllAtOnceAsPointers() {
    String doc =
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"personas\":[{\"id\":\"p\",\"name\":\"P\"}],"
            + "\"journeys\":[{\"id\":\"j\",\"persona\":\"nobody\",\"stages\":["
            + "{\"id\":\"s1\",\"phase\":\"AFTER\",\"touchpoints\":[{\"id\":\"a\"},{\"id\":\"Bad Id\"}]},"
            + "{\"id\":\"s2\",\"phase\":\"BEFORE\",\"touchpoints\":[{\"id\":\"c\",\"measures\":[{\"measure\":\"nope\",\"unit\":\"MEAN\",\"threshold\":1}]}]}],"
            + "\"transitions\":[{\"from\":\"a\",\"to\":\"zz\",\"kind\":\"SKIP\"}]}]}";
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.kind()).isEqualTo(Kind.MODEL);
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .contains("/journeys/0/stages/0/touchpoints/1/id", "/journeys/0/stages/1/phase");
    String better = doc.replace("Bad Id", "b");
    CxJsonException e2 = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(better));
    assertThat(e2.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .contains("/journeys/0/stages/1/phase", "/journeys/0/transitions/0/to");
    String best = better.replace("\"AFTER\"", "\"BEFORE\"").replace("\"zz\"", "\"c\"");
    CxJsonException e3 = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(best));
    assertThat(e3.kind()).isEqualTo(Kind.MODEL);
    assertThat(e3.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactlyInAnyOrder(
            "/journeys/0/persona", "/journeys/0/stages/1/touchpoints/0/measures/0/measure");
    assertThat(e3.getMessage()).contains("/journeys/0/persona: no persona");
  }

  @Test
  void shapeProblemsAreCollectedTogether() {
    String doc =
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"personas\":[{\"id\":1,\"name\":\"P\"},{\"id\":\"q\"}]}";
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactly("/personas/0/id", "/personas/1");
  }

  @Test
  void problemsAreCappedSoAHostileDocumentCannotFloodMemory() {
    StringBuilder sb = new StringBuilder("{\"cxkit\":\"1.0\",\"name\":\"m\",\"personas\":[");
    for (int i = 0; i < 50_000; i++) {
      sb.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append('}');
    }
    sb.append("]}");
    CxJsonException e =
        catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(sb.toString()));
    assertThat(e.problems()).hasSize(TableReader.MAX_PROBLEMS);
    assertThat(e.getMessage()).contains("or more problems");
  }

  @Test
  void messagesNeverQuoteInputContent() {
    String secret = "Jane Doe, 12 Main St";
    String[] docs = {
      "{\"cxkit\":\"1.0\",\"name\":\"m\",\"personas\":[{\"id\":\"p\",\"name\":[\""
          + secret
          + "\"]}]}",
      "{\"cxkit\":\"1.0\",\"name\":\"m\",\"journeys\":[{\"id\":\"j\",\"persona\":\"p\",\"status\":\""
          + secret
          + "\"}]}",
      "{\"cxkit\":\"1.0\",\"name\":\"m\"," + secret + "}",
      "{\"cxkit\":\"" + secret + "\",\"name\":\"m\"}",
      "{\"cxkit\":\"1.0\",\"name\":\"m\",\"strategy\":{\"maturity\":{\"level\":\"MANAGED\",\"evidence\":\"e\",\"assessedOn\":\""
          + secret
          + "\"}}}",
    };
    for (String d : docs) {
      CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(d));
      assertThat(e.getMessage()).as(d).doesNotContain("Jane").doesNotContain("Main");
      assertThat(e.getCause()).as(d).isNull();
    }
  }

  @Test
  void limitsAreEnforcedAndConfigurable() {
    String deep =
        "{\"cxkit\":\"1.0\",\"name\":\"m\",\"x\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThat(catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(deep)).kind())
        .isEqualTo(Kind.LIMIT);
    String longName = "{\"cxkit\":\"1.0\",\"name\":\"" + "n".repeat(1_000_001) + "\"}";
    assertThat(catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(longName)).kind())
        .isEqualTo(Kind.LIMIT);
    String longNumber = "{\"cxkit\":\"1.0\",\"name\":\"m\",\"x\":" + "1".repeat(65) + "}";
    assertThat(catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(longNumber)).kind())
        .isEqualTo(Kind.LIMIT);
    CxJson small = CxJson.builder().maxDocumentBytes(100).build();
    assertThat(small.limits().maxDocumentBytes()).isEqualTo(100);
    String doc = JSON.write(Fixtures.rich());
    assertThat(catchThrowableOfType(CxJsonException.class, () -> small.readModel(doc)).kind())
        .isEqualTo(Kind.LIMIT);
    assertThat(
            catchThrowableOfType(
                    CxJsonException.class,
                    () -> small.readModel(doc.getBytes(StandardCharsets.UTF_8)))
                .kind())
        .isEqualTo(Kind.LIMIT);
    assertThat(
            catchThrowableOfType(
                    CxJsonException.class,
                    () ->
                        small.readModel(
                            new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))))
                .kind())
        .isEqualTo(Kind.LIMIT);
    CxJson fewTokens = CxJson.builder().maxTokenCount(20).build();
    assertThat(catchThrowableOfType(CxJsonException.class, () -> fewTokens.readModel(doc)).kind())
        .isEqualTo(Kind.LIMIT);
    assertThatThrownBy(() -> CxJson.builder().maxNestingDepth(0).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void loneSurrogatesAreRejected() {
    assertThatThrownBy(() -> JSON.readModel("{\"cxkit\":\"1.0\",\"name\":\"\\ud800\"}"))
        .isInstanceOf(CxJsonException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> JSON.readModel((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
    assertThatThrownBy(() -> JSON.write((CxModel) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
  }

  @Test
  void oneInstanceIsSafeToShareAcrossThreads() {
    java.util.List<CxModel> models =
        java.util.List.of(Fixtures.rich(), Fixtures.minimal(), Fixtures.large(2, 50));
    java.util.List<String> texts = models.stream().map(JSON::write).toList();
    java.util.stream.IntStream.range(0, 400)
        .parallel()
        .forEach(
            i -> {
              int k = i % models.size();
              assertThat(JSON.write(models.get(k))).isEqualTo(texts.get(k));
              assertThat(JSON.readModel(texts.get(k))).isEqualTo(models.get(k));
            });
  }

  @Test
  void largeModelRoundTrips() {
    CxModel m = Fixtures.large(10, 1000);
    String text = JSON.write(m);
    assertThat(JSON.readModel(text)).isEqualTo(m);
  }

  @Test
  void readmeExampleDocumentReadsAndIsWrittenAsShown() throws IOException {
    Path readme = Path.of("../README.md");
    assertThat(readme)
        .as("the README this test checks, at %s", readme.toAbsolutePath().normalize())
        .isRegularFile();
    String text = Files.readString(readme);
    int from = text.indexOf("```json\n");
    assertThat(from)
        .as("a ```json block in %s", readme.toAbsolutePath().normalize())
        .isNotNegative();
    String doc = text.substring(from + 8, text.indexOf("```", from + 8));
    assertThat(JSON.write(JSON.readModel(doc))).isEqualTo(doc);
  }

  @Test
  void schemaIsExposed() {
    assertThat(CxJson.schema())
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }
}
