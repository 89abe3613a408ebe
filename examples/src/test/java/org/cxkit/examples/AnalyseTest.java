package org.cxkit.examples;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.CxModel;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Rule;
import org.cxkit.json.CxJson;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.journeys.RecoveryResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's main job analyses the bundled examples, and any model with long-format responses.
 */
class AnalyseTest {
  private static final Path EXAMPLES = ReadmeTest.repoRoot().resolve("examples");

  @TempDir Path tmp;

  /** Runs a job on copies of its files in a temporary folder, so results land there. */
  private String analyse(String... args) throws IOException {
    Analyse.Job job = Analyse.job(args, EXAMPLES);
    Path model = Files.copy(job.model(), tmp.resolve("model.json"), REPLACE_EXISTING);
    Path responses = Files.copy(job.responses(), tmp.resolve("responses.csv"), REPLACE_EXISTING);
    Optional<Path> cases = Optional.empty();
    if (job.cases().isPresent()) {
      cases =
          Optional.of(
              Files.copy(job.cases().get(), tmp.resolve("feedback-cases.csv"), REPLACE_EXISTING));
    }
    Analyse.Job copy =
        new Analyse.Job(
            job.title(),
            model,
            responses,
            job.reader(),
            job.satisfaction(),
            job.outcome(),
            job.outcomeLabel(),
            job.locale(),
            cases);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Analyse.run(copy, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void anEventLogBesideTheResponsesShowsConformancePathsAndAMermaidFlowchart() throws IOException {
    Files.copy(EXAMPLES.resolve("waffle-wednesday/events.csv"), tmp.resolve("events.csv"));
    String out = analyse();
    assertThat(out)
        .contains("== Observed journeys\nEventLog[CUSTOMER: 200 journeys, 2047 events]")
        .contains("== Conformance: Maria's first Waffle Wednesday\nConformance of 200 journeys")
        .contains("== Model check with the observed journeys")
        .contains("CX503 moment of truth 'arrival' failed 33 of 183 times")
        .contains("== Paths\nPaths of 200 journeys, 2047 events, 34 variants")
        .contains("channel after a failed event:\n");
    Path mermaid = tmp.resolve("events.paths.md");
    assertThat(out).contains("Paths written as a Mermaid flowchart to " + mermaid);
    String chart = Files.readString(mermaid, StandardCharsets.UTF_8);
    assertThat(chart).startsWith("```mermaid\nflowchart LR\n").endsWith("```\n");
    // a node per step with its events, an edge per move with its count
    assertThat(chart)
        .containsPattern("(?m)^  n\\d+\\[\"arrival \\(183\\)\"\\]$")
        .containsPattern("(?m)^  n\\d+ -->\\|\\d+\\| n\\d+$");
    // The paths and the conformance are in the results document and read back as their kinds.
    ResultSet back =
        CxJson.defaults().readResult(tmp.resolve("responses.results.json"), ResultSet.class);
    PathsResult paths = back.get("paths", PathsResult.class).orElseThrow();
    assertThat(paths.journeys()).isEqualTo(200);
    assertThat(paths.events()).isEqualTo(2047);
    assertThat(paths.distinctVariants()).isEqualTo(34);
    assertThat(back.results().values())
        .filteredOn(ConformanceResult.class::isInstance)
        .singleElement()
        .satisfies(
            c -> {
              ConformanceResult conformance = (ConformanceResult) c;
              assertThat(back.results())
                  .containsEntry("conformance " + conformance.journey(), conformance);
              assertThat(conformance.journeys()).isEqualTo(200);
              assertThat(conformance.fitness()).isPresent();
            });
    // without an event log, none of it
    assertThat(analyseWithoutEvents()).doesNotContain("== Observed journeys");
    ResultSet without =
        CxJson.defaults().readResult(tmp.resolve("responses.results.json"), ResultSet.class);
    assertThat(without.get("paths", PathsResult.class)).isEmpty();
    assertThat(without.results().values()).noneMatch(ConformanceResult.class::isInstance);
  }

  private String analyseWithoutEvents() throws IOException {
    Files.delete(tmp.resolve("events.csv"));
    Files.delete(tmp.resolve("model.json"));
    Files.delete(tmp.resolve("responses.csv"));
    return analyse();
  }

  @Test
  void mermaidLabelsCannotBreakOutOfTheirNodes() {
    org.cxkit.core.observed.EventLog log =
        org.cxkit.core.observed.EventLog.of(
            org.cxkit.core.observed.Grain.CUSTOMER,
            List.of(
                org.cxkit.core.observed.JourneyEvent.builder()
                    .customer("c")
                    .adHoc("a\"] --> x; click n0 \"#<b>\nnew line")
                    .time(java.time.Instant.EPOCH)
                    .build(),
                org.cxkit.core.observed.JourneyEvent.builder()
                    .customer("c")
                    .touchpoint("pay")
                    .time(java.time.Instant.EPOCH.plusSeconds(1))
                    .build()));
    String chart =
        Analyse.mermaidFlowchart(
            log.journeys().stream()
                .collect(org.cxkit.metrics.journeys.JourneyPaths.create().collector()));
    assertThat(chart)
        .isEqualTo(
            "flowchart LR\n"
                + "  n0[\"pay (1)\"]\n"
                + "  n1[\"~#quot;a#quot;] --#gt; x; click n0 #quot;#35;#lt;b#gt; new line#quot; (1)\"]\n"
                + "  n1 -->|1| n0\n");
  }

  @Test
  void waffleWednesdayAnalysisFindsWhatTheDataHides() throws IOException {
    String out = analyse();
    assertThat(out)
        .contains("== Waffle Wednesday")
        .contains("CxModel[Waffle Wednesday: 3 segments, 3 personas, 1 journey, 12 touchpoints]")
        .contains("== Model check")
        .contains("== Overall Net Promoter Score (nps)")
        .contains("== Touchpoint scorecard: Maria's first Waffle Wednesday")
        .contains("weakest link: ")
        .contains("== Delight uplift: came back within 3 months")
        .contains("observational, not causal");
    // The generator made networking clearly the weakest touchpoint.
    assertThat(out.lines().filter(l -> l.startsWith("weakest link: ")).findFirst().orElseThrow())
        .contains("networking");
    // next-sign-up is measured in the design but not asked about in the survey.
    assertThat(out).containsPattern("no data: .*next-sign-up");

    JsonNode results = new ObjectMapper().readTree(tmp.resolve("responses.results.json").toFile());
    assertThat(results.get("cxkit").asText()).isEqualTo("1.0");
    assertThat(results.get("kind").asText()).isEqualTo("result-set");
    // The main job's real output reads back, every result of it as the kind it says.
    ResultSet back =
        CxJson.defaults().readResult(tmp.resolve("responses.results.json"), ResultSet.class);
    assertThat(back.title()).isEqualTo("Waffle Wednesday");
    assertThat(back.get("overall nps", NpsResult.class)).isPresent();
    assertThat(back.results().values())
        .filteredOn(ScorecardResult.class::isInstance)
        .singleElement()
        .satisfies(
            c ->
                assertThat(((ScorecardResult) c).weakestLink().orElseThrow().touchpoint().value())
                    .isEqualTo("networking"));
    assertThat(back.get("delight uplift", UpliftResult.class)).isPresent();

    // The HTML report lands beside the results, and the output says where.
    Path report = tmp.resolve("report.html");
    assertThat(out).contains("Report written to " + report.toAbsolutePath().normalize());
    assertThat(Files.readString(report, StandardCharsets.UTF_8))
        .startsWith("<!DOCTYPE html>")
        .contains("<html lang=\"en\">")
        .contains("id=\"tp-networking\"")
        .contains("came back within 3 months");
    // No terminal escape codes in what the main job prints.
    assertThat(out).doesNotContain("\u001b");
  }

  @Test
  void langFiWritesTheReportInFinnish() throws IOException {
    String out = analyse("--lang", "fi");
    // The main job's own lines and every table are Finnish too, not just the report.
    assertThat(out)
        .contains("== Mallin tarkistus")
        .contains("== Kokonaisarvio: ")
        .contains("== Kosketuspisteiden tuloskortti: ")
        .contains("== Ilahduttamisen hy\u00f6ty: ")
        .containsPattern("arvio: jos 25 % .* olisi ilahtunut: \\d+,\\d % eik\u00e4 \\d+,\\d %")
        .contains("Raportti kirjoitettu: ")
        .contains("heikoin lenkki")
        .doesNotContain("== Model check")
        .doesNotContain("Report written to ")
        .doesNotContain("weakest link");
    assertThat(Files.readString(tmp.resolve("report.html"), StandardCharsets.UTF_8))
        .contains("<html lang=\"fi\">")
        .contains("Asiakaspolku: ")
        .contains("heikoin lenkki")
        .contains("palasi kolmen kuukauden sis\u00e4ll\u00e4");
    assertThat(Analyse.job(new String[] {"building-permit", "--lang", "fi"}, EXAMPLES).locale())
        .isEqualTo(Locale.forLanguageTag("fi"));
    assertThatThrownBy(() -> Analyse.job(new String[] {"--lang", "sv"}, EXAMPLES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("analyse: --lang takes en or fi");
  }

  @Test
  void readmeShowsWhatTheMainJobPrints() throws IOException {
    String readme =
        Files.readString(ReadmeTest.repoRoot().resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("```text\n");
    String excerpt = readme.substring(start + 8, readme.indexOf("```", start + 8));
    String out = analyse();
    for (String line : excerpt.split("\n")) {
      if (!line.isBlank() && !line.strip().equals("...")) {
        assertThat(out).as("README's excerpt of the main job's output").contains(line);
      }
    }
  }

  @Test
  void buildingPermitAnalysisRunsToo() throws IOException {
    String out = analyse("building-permit");
    assertThat(out)
        .contains("== Lakeside building permits")
        .contains("== Overall Customer satisfaction (csat)")
        .contains("weakest link: ")
        .doesNotContain("Delight uplift");
    assertThat(out.lines().filter(l -> l.startsWith("weakest link: ")).findFirst().orElseThrow())
        .contains("missing-documents");
    // The management cycle: feedback cases, the recovery paradox, open initiatives by owner.
    assertThat(out)
        .contains("== Service recovery (feedback cases: ReadReport[24 rows: 24 accepted")
        .containsPattern("resolved at first contact \\(FCR\\) +8 +24 +33\\.3 %")
        .contains("== Recovery paradox")
        .containsPattern("failure recovered +20 +4\\.20")
        .contains("recovered \u2212 never failed: +0.72 points, 95 % interval +")
        .contains("(n 20 and 322)")
        .contains("Open initiatives by owner: 3 of 4")
        .containsPattern("Permit services lead +Advisers call before the letter +planned")
        .doesNotContain("Plain-language letter templates");
    ResultSet back =
        CxJson.defaults().readResult(tmp.resolve("responses.results.json"), ResultSet.class);
    RecoveryResult recovery = back.get("service recovery", RecoveryResult.class).orElseThrow();
    assertThat(recovery.firstContactResolution().count()).isEqualTo(8);
    assertThat(back.get("recovery paradox", ParadoxResult.class)).isPresent();
    // In Finnish, through the same renderers.
    String fi = analyse("building-permit", "--lang", "fi");
    assertThat(fi)
        .contains("Palvelun korjaus: 24 palautetapausta")
        .contains("Korjausparadoksi")
        .contains("Avoimet kehityshankkeet vastuuhenkil\u00f6itt\u00e4in: 3/4");
  }

  @Test
  void ownModelAndLongResponsesAreAnalysed() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status =
        analyseOwn(
            bytes, "a,talk,nps,10", "b,talk,nps,3", "a,,nps,9", "b,,nps,6", "c,networking,csat,2");
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("== mine.json")
        .contains("== Touchpoint scorecard")
        .doesNotContain("warning:");
    assertThat(status).isZero();
    assertThat(CxJson.defaults().readResult(tmp.resolve("mine.results.json"), ResultSet.class))
        .isNotNull();
  }

  /**
   * Issue #11: when no response matched the journey, every row said "not enough data", the summary
   * said "weakest link: none below target" and the job exited 0.
   */
  @Test
  void noResponseMatchingTheJourneyWarnsAndFails() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = analyseOwn(bytes, "a,checkout,nps,10", "b,Checkout,nps,3", "a,,nps,9");
    assertThat(status).isEqualTo(Analyse.NO_MATCH);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("warning: no response matches a touchpoint of journey first-visit")
        .contains("check the touchpoint ids");
  }

  /** Runs the job on Waffle Wednesday's model and these long-format rows; returns its status. */
  private int analyseOwn(ByteArrayOutputStream bytes, String... rows) throws IOException {
    Path model = tmp.resolve("mine.json");
    CxJson.defaults().write(WaffleWednesday.model(), model);
    Path responses = tmp.resolve("mine.csv");
    List<String> lines = new java.util.ArrayList<>();
    lines.add("respondent,touchpoint,measure,score");
    lines.addAll(List.of(rows));
    Files.write(responses, lines, StandardCharsets.UTF_8);
    return Analyse.run(
        Analyse.job(new String[] {model.toString(), responses.toString()}, EXAMPLES),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
  }

  @Test
  void aQualtricsExportIsAnalysedThroughAMappingFile() throws IOException {
    Path export =
        Files.copy(EXAMPLES.resolve("survey-exports/qualtrics.csv"), tmp.resolve("q.csv"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Analyse.run(
        Analyse.job(
            new String[] {
              EXAMPLES.resolve("waffle-wednesday/model.json").toString(),
              export.toString(),
              "--mapping",
              EXAMPLES.resolve("survey-exports/qualtrics-mapping.json").toString()
            },
            EXAMPLES),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("responses: ReadReport[40 rows: 40 accepted, 0 rejected;")
        .contains(" not applicable]")
        .contains("== Overall Net Promoter Score (nps)")
        .contains("Spreadsheet CSV written to " + tmp.resolve("q.overall.csv"));
    String card =
        Files.readString(tmp.resolve("q.scorecard-first-visit.csv"), StandardCharsets.UTF_8);
    assertThat(card).startsWith("journey,level,name,stage,phase,metric,n,value,unit,");
    assertThat(card).contains(",touchpoint,sign-up,");
  }

  @Test
  void inspectPrintsWhatItFoundAndDraftsAMappingThatReads() throws IOException {
    Path export =
        Files.copy(EXAMPLES.resolve("survey-exports/google-forms.csv"), tmp.resolve("g.csv"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Analyse.inspect(export, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .startsWith("ExportInspection[google-forms, 1 header row, UTF-8, delimiter ',', 4 columns")
        .contains("respondent: rows numbered")
        .contains("time: Timestamp")
        .contains("-> nps")
        .contains("-> csat (labels: satisfaction)")
        .contains("Draft mapping written to " + tmp.resolve("g.mapping.json"));
    assertThat(tmp.resolve("g.inspection.csv")).exists();
    // The draft reads the export as it stands.
    var report =
        org.cxkit.formats.ExportMapping.read(tmp.resolve("g.mapping.json"))
            .reader()
            .build()
            .read(export, r -> {});
    assertThat(report.rejected()).isZero();
    assertThat(report.values()).isPositive();
    // A second inspection leaves an edited draft alone.
    Files.writeString(tmp.resolve("g.mapping.json"), "edited");
    Analyse.inspect(
        export, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    assertThat(Files.readString(tmp.resolve("g.mapping.json"))).isEqualTo("edited");
  }

  @Test
  void committedModelsAreTheJavaDefinitionsWritten() throws IOException {
    CxJson json = CxJson.defaults();
    assertThat(
            Files.readString(
                EXAMPLES.resolve("waffle-wednesday/model.json"), StandardCharsets.UTF_8))
        .as("examples/waffle-wednesday/model.json is stale: run ExampleModels")
        .isEqualTo(json.write(WaffleWednesday.model()));
    assertThat(
            Files.readString(
                EXAMPLES.resolve("building-permit/model.json"), StandardCharsets.UTF_8))
        .as("examples/building-permit/model.json is stale: run ExampleModels")
        .isEqualTo(json.write(BuildingPermit.model()));
  }

  @Test
  void waffleWednesdayIsAFullyReachableJourneyWithEveryPhase() {
    CxModel model = WaffleWednesday.model();
    assertThat(model.journey("first-visit").orElseThrow().isFullyReachable()).isTrue();
    CheckReport report = model.check();
    assertThat(report.of(Rule.JOURNEY_MISSING_PHASE)).isEmpty();
    assertThat(report.of(Rule.JOURNEY_MANAGEMENT_ONLY)).isEmpty();
    assertThat(report.of(Rule.PERSONA_WITHOUT_JOURNEY)).hasSize(2);
  }
}
