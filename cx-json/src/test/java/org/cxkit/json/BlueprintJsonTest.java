package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cxkit.core.CxModel;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Format 1.1, the blueprint: the five reference artifacts (cx-core's {@link ReferenceModels})
 * round-trip byte for byte and validate against the schema; a golden file pins how the blueprint is
 * written; durations have one spelling; a newer 1.y property inside a blueprint object is kept.
 */
class BlueprintJsonTest {
  private static final CxJson JSON = CxJson.defaults();

  static java.util.List<String> names() {
    return ReferenceModels.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachReferenceArtifactRoundTripsAndValidates(String name) {
    CxModel m = ReferenceModels.byName(name);
    String once = JSON.write(m);
    assertThat(once).startsWith("{\n  \"cxkit\": \"1.1\",\n");
    CxModel back = JSON.readModel(once);
    assertThat(back).isEqualTo(m);
    assertThat(JSON.write(back)).isEqualTo(once);
    SchemaTest.assertValid(once);
    assertThat(back.check()).isEqualTo(m.check());
  }

  /** The hotel blueprint pins lanes, support processes, dependencies and participants. */
  @Test
  void theHotelBlueprintIsWrittenAsTheGoldenFile() {
    String golden = CxJsonTest.golden("hotel-blueprint-1.1.json");
    assertThat(JSON.write(ReferenceModels.hotel())).isEqualTo(golden);
    assertThat(JSON.readModel(golden)).isEqualTo(ReferenceModels.hotel());
  }

  /** The journey map pins the curve, research, timing, entries and versions. */
  @Test
  void theJourneyMapIsWrittenAsTheGoldenFile() {
    String golden = CxJsonTest.golden("journey-map-1.1.json");
    assertThat(JSON.write(ReferenceModels.journeyMap())).isEqualTo(golden);
    assertThat(JSON.readModel(golden)).isEqualTo(ReferenceModels.journeyMap());
  }

  @ParameterizedTest
  @ValueSource(strings = {"P5D", "pt17s", "PT-1S", "-PT1S", "PT0.5", "17", "PT17S "})
  void aDurationHasOneSpelling(String spelling) {
    String doc =
        "{\"cxkit\":\"1.1\",\"name\":\"m\",\"personas\":[{\"id\":\"p\",\"name\":\"P\"}],"
            + "\"journeys\":[{\"id\":\"j\",\"persona\":\"p\",\"stages\":[{\"id\":\"s\","
            + "\"phase\":\"DURING\",\"touchpoints\":[{\"id\":\"t\",\"timing\":{\"standard\":\""
            + spelling
            + "\"}}]}]}]}";
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.pointer()).hasValue("/journeys/0/stages/0/touchpoints/0/timing/standard");
    assertThat(e.getMessage()).contains("PT30S").doesNotContain(spelling.trim());
    assertThat(JSON.readModel(doc.replace(spelling, "PT120H")).journeys().get(0).totalStandard())
        .hasDays(5);
  }

  @Test
  void aBlueprintProblemIsReportedAtItsPointer() {
    String doc =
        "{\"cxkit\":\"1.1\",\"name\":\"m\",\"personas\":[{\"id\":\"p\",\"name\":\"P\"}],"
            + "\"journeys\":[{\"id\":\"j\",\"persona\":\"p\",\"emotionScale\":{\"min\":-2,\"max\":2},"
            + "\"stages\":[{\"id\":\"s\",\"phase\":\"DURING\",\"touchpoints\":[{\"id\":\"t\","
            + "\"activities\":[{\"lane\":\"SUPPORT\",\"description\":\"d\",\"process\":\"kitchen\"}],"
            + "\"emotion\":{\"intended\":3}}]}],\"entries\":[\"nowhere\"]}]}";
    CxJsonException e = catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc));
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactlyInAnyOrder(
            "/journeys/0/entries/0",
            "/journeys/0/stages/0/touchpoints/0/activities/0/process",
            "/journeys/0/stages/0/touchpoints/0/emotion/intended");
  }

  @Test
  void aNewerPropertyInsideABlueprintObjectIsKept() {
    String doc =
        "{\n  \"cxkit\": \"1.2\",\n  \"name\": \"m\",\n  \"personas\": [\n    {\n"
            + "      \"id\": \"p\",\n      \"name\": \"P\"\n    }\n  ],\n  \"journeys\": [\n    {\n"
            + "      \"id\": \"j\",\n      \"name\": \"j\",\n      \"persona\": \"p\",\n      \"status\": \"DRAFT\",\n"
            + "      \"supportProcesses\": [\n        {\n          \"id\": \"k\",\n"
            + "          \"name\": \"Kitchen\",\n          \"sla\": \"PT10M\"\n        }\n      ]\n"
            + "    }\n  ]\n}\n";
    CxDocument d = JSON.readDocument(doc);
    assertThat(d.extensions()).containsKey("/journeys/0/supportProcesses/0");
    assertThat(JSON.write(d)).isEqualTo(doc);
  }
}
