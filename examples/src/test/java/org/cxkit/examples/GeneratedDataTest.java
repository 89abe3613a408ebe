package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed example data is exactly what the committed, seeded generators write. */
class GeneratedDataTest {
  private static final Path ROOT = ReadmeTest.repoRoot();

  @Test
  void waffleWednesdayResponsesMatchTheirGenerator() throws IOException {
    StringWriter w = new StringWriter();
    WaffleWednesdaySurvey.write(w, WaffleWednesdaySurvey.SEED, WaffleWednesdaySurvey.RESPONDENTS);
    assertThat(
            Files.readString(
                ROOT.resolve("examples/waffle-wednesday/responses.csv"), StandardCharsets.UTF_8))
        .as("examples/waffle-wednesday/responses.csv is stale: regenerate it (see its README)")
        .isEqualTo(w.toString());
  }

  @Test
  void waffleWednesdayEventsMatchTheirGenerator() throws IOException {
    StringWriter w = new StringWriter();
    WaffleWednesdayEvents.write(w, WaffleWednesdayEvents.SEED, WaffleWednesdayEvents.CUSTOMERS);
    assertThat(
            Files.readString(
                ROOT.resolve("examples/waffle-wednesday/events.csv"), StandardCharsets.UTF_8))
        .as("examples/waffle-wednesday/events.csv is stale: regenerate it (see its README)")
        .isEqualTo(w.toString());
  }

  @Test
  void buildingPermitResponsesMatchTheirGenerator() throws IOException {
    StringWriter w = new StringWriter();
    BuildingPermitSurvey.write(w, BuildingPermitSurvey.SEED, BuildingPermitSurvey.RESPONDENTS);
    assertThat(
            Files.readString(
                ROOT.resolve("examples/building-permit/responses.csv"), StandardCharsets.UTF_8))
        .as("examples/building-permit/responses.csv is stale: regenerate it (see its README)")
        .isEqualTo(w.toString());
  }
}
