package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cxkit.core.CxModel;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Parallel groups and entry points in format 1.1: a golden file pins how they are written (the
 * clinic visit, a fixture of our own), a document without them reads as before, and a hostile or
 * wrong group is reported at its JSON Pointer, by the model's rules.
 */
class ParallelJsonTest {
  private static final CxJson JSON = CxJson.defaults();

  static CxModel clinic() {
    return CxModel.builder("Clinic")
        .persona(Persona.of("patient", "Patient"))
        .journey(Fixtures.clinicVisit())
        .build();
  }

  @Test
  void theClinicVisitIsWrittenAsTheGoldenFile() throws java.io.IOException {
    if (Boolean.getBoolean("cx.golden.update")) {
      // regenerate with -Dcx.golden.update=true after a deliberate format change, then review
      java.nio.file.Files.writeString(
          java.nio.file.Path.of("src/test/resources/golden/clinic-visit-1.1.json"),
          JSON.write(clinic()),
          java.nio.charset.StandardCharsets.UTF_8);
    }
    String golden = CxJsonTest.golden("clinic-visit-1.1.json");
    assertThat(JSON.write(clinic())).isEqualTo(golden);
    assertThat(golden)
        .contains(
            "\"parallel\": [\n        {\n          \"touchpoints\": [\n            \"fill-in-form\",");
    assertThat(JSON.readModel(golden)).isEqualTo(clinic());
    SchemaTest.assertValid(golden);
  }

  @Test
  void generatedModelsWithGroupsRoundTrip() {
    int withGroups = 0;
    for (long seed : Seeds.some().toArray()) {
      CxModel m = ModelGenerator.model(seed);
      if (m.journeys().stream().anyMatch(j -> !j.parallelGroups().isEmpty())) {
        withGroups++;
        String once = JSON.write(m);
        assertThat(JSON.readModel(once)).as(Seeds.describe(seed)).isEqualTo(m);
        SchemaTest.assertValid(once);
      }
    }
    if (Seeds.fromProperty().isEmpty()) { // a replay (-Dcx.seed) runs one seed
      assertThat(withGroups).as("the generator makes groups").isGreaterThan(3);
    }
  }

  private static final String DOC =
      "{\"cxkit\":\"VERSION\",\"name\":\"m\",\"personas\":[{\"id\":\"p\",\"name\":\"P\"}],"
          + "\"journeys\":[{\"id\":\"j\",\"persona\":\"p\",\"stages\":[{\"id\":\"s\","
          + "\"phase\":\"DURING\",\"touchpoints\":[{\"id\":\"a\"},{\"id\":\"b\"},{\"id\":\"c\"}]}]"
          + "GROUPS}]}";

  private static String doc(String version, String groups) {
    return DOC.replace("VERSION", version).replace("GROUPS", groups);
  }

  @Test
  void aDocumentWithoutGroupsReadsAsBeforeAndOneWithThemReadsThem() {
    CxModel plain = JSON.readModel(doc("1.0", ""));
    assertThat(plain.journeys().get(0).parallelGroups()).isEmpty();
    assertThat(plain.journeys().get(0).graph().moves()).hasSize(2);
    CxModel grouped =
        JSON.readModel(
            doc("1.1", ",\"parallel\":[{\"touchpoints\":[\"c\",\"b\"],\"note\":\"n\"}]"));
    assertThat(grouped.journeys().get(0).parallelGroups())
        .containsExactly(ParallelGroup.of("c", "b").withNote("n"));
  }

  private static CxJsonException rejected(String groups) {
    CxJsonException e =
        catchThrowableOfType(CxJsonException.class, () -> JSON.readModel(doc("1.1", groups)));
    assertThat(e).as(groups).isNotNull();
    return e;
  }

  @Test
  void aWrongGroupIsReportedAtItsPointerWithoutItsContent() {
    CxJsonException e =
        rejected(
            ",\"parallel\":[{\"touchpoints\":[\"a\",\"zzz-unknown\"]},"
                + "{\"touchpoints\":[\"b\"]},"
                + "{\"touchpoints\":[\"a\",\"NOT AN ID\"]},"
                + "{\"touchpoints\":[\"a\",\"a\"]}]");
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactlyInAnyOrder(
            "/journeys/0/parallel/0/touchpoints/1",
            "/journeys/0/parallel/1/touchpoints",
            "/journeys/0/parallel/2/touchpoints/1",
            "/journeys/0/parallel/3/touchpoints/1");
    assertThat(e.getMessage()).doesNotContain("NOT AN ID");
    // a transition between two members means nothing
    CxJsonException joined =
        rejected(
            ",\"transitions\":[{\"from\":\"c\",\"to\":\"b\",\"kind\":\"LOOP_BACK\"}],"
                + "\"parallel\":[{\"touchpoints\":[\"b\",\"c\"]}]");
    assertThat(joined.pointer()).hasValue("/journeys/0/transitions/0");
    // a group with an unknown property, or of the wrong type
    assertThat(rejected(",\"parallel\":[{\"touchpoints\":[\"b\",\"c\"],\"order\":1}]").pointer())
        .hasValue("/journeys/0/parallel/0/order");
    assertThat(rejected(",\"parallel\":{\"touchpoints\":[\"b\",\"c\"]}").pointer())
        .hasValue("/journeys/0/parallel");
    assertThat(rejected(",\"parallel\":[{\"touchpoints\":[\"b\",7]}]").pointer())
        .hasValue("/journeys/0/parallel/0/touchpoints/1");
    assertThat(rejected(",\"parallel\":[{\"note\":\"n\"}]").pointer())
        .hasValue("/journeys/0/parallel/0/touchpoints");
  }

  /** Through a host's own mapper with {@link CxJacksonModule}: the same groups, the same errors. */
  @Test
  void theJacksonModuleReadsGroupsAndReportsTheSamePointers() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper host =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new CxJacksonModule())
            .build();
    assertThat(host.readValue(JSON.write(clinic()), CxModel.class)).isEqualTo(clinic());
    CxJsonException e =
        HostMapperTest.cxFailure(
            () ->
                host.readValue(
                    doc("1.1", ",\"parallel\":[{\"touchpoints\":[\"a\",\"zzz-unknown\"]}]"),
                    CxModel.class));
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactly("/journeys/0/parallel/0/touchpoints/1");
  }

  @Test
  void aHugeGroupIsRefusedByTheReadersLimitsOrTheModelNotByTheStack() {
    StringBuilder members = new StringBuilder();
    for (int i = 0; i < 5000; i++) {
      members.append(i == 0 ? "" : ",").append("\"a\"");
    }
    CxJsonException e = rejected(",\"parallel\":[{\"touchpoints\":[" + members + "]}]");
    assertThat(e.problems())
        .extracting(CxJsonException.JsonProblem::pointer)
        .containsExactly("/journeys/0/parallel/0/touchpoints");
    assertThat(e.getMessage()).contains("at most 6 touchpoints, got 5000");
  }
}
