package org.cxkit.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.CxException;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.journey.Journey;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Metrics;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.spi.Metric;
import org.cxkit.report.HtmlReport;
import org.cxkit.report.TextReport;

/**
 * The README's main job: analyses a CX model and its survey responses end to end through the public
 * API and prints what a CX team looks at: the model check's findings, the overall scores with their
 * intervals (the journey NPS), the touchpoint scorecard (stage by stage, targets met or missed, the
 * weakest link, touchpoints without data) and the delight uplift; then writes the results as JSON
 * next to the responses.
 *
 * <pre>
 * examples/analyse                          # Waffle Wednesday
 * examples/analyse building-permit          # the public-sector example
 * examples/analyse MODEL.json RESPONSES.csv # your own model and long-format responses
 * </pre>
 *
 * <p>Your own responses are read in the long shape (columns {@code respondent}, {@code touchpoint},
 * {@code measure}, {@code score}; a blank touchpoint is an overall answer), with {@code ,} or
 * {@code ;} as delimiter.
 */
public final class Analyse {
  /** The share of merely satisfied customers the uplift projection imagines delighted. */
  static final double PROJECTED_SHARE = 0.25;

  /** The fewest answers a touchpoint needs before its target is judged. */
  static final long MINIMUM_N = Scorecard.DEFAULT_MINIMUM_N;

  /** The exit status when no response matches a journey's touchpoints. */
  static final int NO_MATCH = 3;

  private Analyse() {}

  /**
   * What to analyse: a model, its responses and how to read them, and, optionally, which
   * satisfaction item and yes/no outcome attribute the delight uplift compares.
   *
   * @param title a heading
   * @param model the model file
   * @param responses the responses file
   * @param reader how to read the responses
   * @param satisfaction the overall satisfaction item's measure, if the uplift is wanted
   * @param outcome the attribute holding the yes/no outcome, if the uplift is wanted
   * @param outcomeLabel what the outcome means, for the report, in its language
   * @param locale the language of the HTML report (English or Finnish)
   */
  record Job(
      String title,
      Path model,
      Path responses,
      ResponseCsv reader,
      Optional<MeasureId> satisfaction,
      Optional<String> outcome,
      String outcomeLabel,
      Locale locale) {

    /** Returns where the HTML report goes: {@code report.html} next to the responses. */
    Path reportFile() {
      return responses.resolveSibling("report.html");
    }

    /** Returns where the results JSON goes: next to the responses. */
    Path resultsFile() {
      String name = responses.getFileName().toString();
      int dot = name.lastIndexOf('.');
      String base = dot > 0 ? name.substring(0, dot) : name;
      return responses.resolveSibling(base + ".results.json");
    }
  }

  /**
   * Runs the analysis.
   *
   * @param args nothing (Waffle Wednesday), an example's name, or a model and a responses file;
   *     {@code --lang fi} anywhere writes the HTML report in Finnish
   */
  public static void main(String[] args) {
    Path examples = Path.of(System.getProperty("cx.examples", "examples"));
    Job job;
    try {
      job = job(args, examples);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: examples/analyse [--lang en|fi] [waffle-wednesday | building-permit |"
              + " MODEL.json RESPONSES.csv]");
      System.exit(2);
      return;
    }
    try {
      int status = run(job, System.out);
      if (status != 0) {
        System.exit(status);
      }
    } catch (CxException e) {
      System.err.println("analyse: " + e.getMessage());
      System.exit(1);
    }
  }

  static Job job(String[] arguments, Path examples) {
    List<String> rest = new ArrayList<>(List.of(arguments));
    Locale locale = Locale.ENGLISH;
    int lang = rest.indexOf("--lang");
    if (lang >= 0) {
      String tag = lang + 1 < rest.size() ? rest.get(lang + 1) : "";
      if (!tag.equals("en") && !tag.equals("fi")) {
        throw new IllegalArgumentException("analyse: --lang takes en or fi");
      }
      locale = Locale.forLanguageTag(tag);
      rest.subList(lang, lang + 2).clear();
    }
    boolean finnish = locale.getLanguage().equals("fi");
    String[] args = rest.toArray(new String[0]);
    if (args.length == 0 || (args.length == 1 && args[0].equals("waffle-wednesday"))) {
      Path dir = examples.resolve("waffle-wednesday");
      return new Job(
          "Waffle Wednesday",
          dir.resolve("model.json"),
          dir.resolve("responses.csv"),
          WaffleWednesdaySurvey.reader(),
          Optional.of(MeasureId.of("csat")),
          Optional.of("returned"),
          finnish ? "palasi kolmen kuukauden sis\u00e4ll\u00e4" : "came back within 3 months",
          locale);
    }
    if (args.length == 1 && args[0].equals("building-permit")) {
      Path dir = examples.resolve("building-permit");
      return new Job(
          "Lakeside building permits",
          dir.resolve("model.json"),
          dir.resolve("responses.csv"),
          BuildingPermitSurvey.reader(),
          Optional.empty(),
          Optional.empty(),
          "",
          locale);
    }
    if (args.length == 2) {
      Path model = Path.of(args[0]);
      Path responses = Path.of(args[1]);
      return new Job(
          model.getFileName().toString(),
          model,
          responses,
          ResponseCsv.builder()
              .delimiter(sniffDelimiter(responses))
              .onBadInput(BadInput.collect(20))
              .build(),
          Optional.empty(),
          Optional.empty(),
          "",
          locale);
    }
    throw new IllegalArgumentException(
        "analyse: expected nothing, an example's name, or a model and a responses file; got "
            + args.length
            + " arguments");
  }

  /** Returns {@code ;} if the header line has more semicolons than commas, else {@code ,}. */
  static char sniffDelimiter(Path csv) {
    try (var lines = Files.lines(csv, StandardCharsets.UTF_8)) {
      String header = lines.findFirst().orElse("");
      long semicolons = header.chars().filter(c -> c == ';').count();
      long commas = header.chars().filter(c -> c == ',').count();
      return semicolons > commas ? ';' : ',';
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("analyse: cannot read " + csv + ": " + e.getMessage(), e);
    }
  }

  /**
   * Runs a job and prints its report.
   *
   * @param job what to analyse
   * @param out where to print
   * @return 0, or {@link #NO_MATCH} when no response matched some journey's touchpoints (the
   *     scorecard says nothing then, so the run has not done its job; a warning says why)
   */
  static int run(Job job, PrintStream out) {
    int status = 0;
    CxJson json = CxJson.defaults();
    CxModel model = json.readModel(job.model());
    List<Response> responses = new ArrayList<>();
    ReadReport read = job.reader().read(job.responses(), responses::add);

    out.println("== " + job.title());
    out.println(model);
    out.println("responses: " + read);
    out.println();
    out.println("== Model check");
    out.println(TextReport.table(model.check()));
    out.println();

    ObjectMapper mapper = json.objectMapper();
    ObjectNode results = mapper.createObjectNode();
    results.put("cxkit", CxJson.FORMAT_VERSION);
    results.put("model", model.name());
    ObjectNode overallJson = results.putObject("overall");

    // Overall answers (no touchpoint): the journey NPS, overall satisfaction, ...
    Map<MeasureId, List<Integer>> overall = new LinkedHashMap<>();
    for (Response r : responses) {
      if (r.touchpoint().isEmpty()) {
        overall.computeIfAbsent(r.measure(), m -> new ArrayList<>()).add(r.score());
      }
    }
    Metrics metrics = Metrics.builtIns();
    for (Map.Entry<MeasureId, List<Integer>> e : overall.entrySet()) {
      Measure measure =
          model
              .measure(e.getKey())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "responses use measure '"
                              + e.getKey()
                              + "', which the model does not have"));
      Metric<? extends MetricResult> metric = metrics.forMeasure(measure);
      MetricResult result =
          metric.compute(e.getValue().stream().mapToInt(Integer::intValue).toArray());
      out.println("== Overall " + measure.name() + " (" + measure.id() + ")");
      out.println(result);
      out.println();
      overallJson.set(measure.id().value(), readTree(mapper, json.writeResult(result)));
    }

    HtmlReport.Builder html = HtmlReport.builder().locale(job.locale()).model(model);

    // The touchpoint scorecard of every journey.
    ArrayNode cards = results.putArray("scorecards");
    for (Journey journey : model.journeys()) {
      Scorecard scorecard =
          Scorecard.builder(journey)
              .model(model)
              .minimumN(MINIMUM_N)
              .onBadInput(BadInput.collect(20))
              .build();
      ScorecardResult card = scorecard.compute(responses);
      out.println("== Touchpoint scorecard: " + journey.name());
      out.println(TextReport.table(card));
      out.println();
      if (card.rows().stream().allMatch(r -> r.n() == 0)) {
        String warning =
            "warning: no response matches a touchpoint of journey "
                + journey.id()
                + " ("
                + responses.size()
                + " responses read, "
                + card.unknownTouchpointResponses()
                + " for touchpoints the journey does not have, "
                + card.untagged()
                + " without a touchpoint): check the touchpoint ids in the responses";
        out.println(warning);
        out.println();
        System.err.println("analyse: " + warning);
        status = NO_MATCH;
      }
      cards.add(readTree(mapper, json.writeScorecard(card)));
      html.scorecard(card);
    }

    // The delight uplift: delighted vs merely satisfied customers on an outcome.
    if (job.satisfaction().isPresent() && job.outcome().isPresent()) {
      MeasureId item = job.satisfaction().get();
      String attribute = job.outcome().get();
      Measure measure = model.measure(item).orElseThrow();
      var uplift = DelightUplift.binary(measure.scale());
      DelightUplift.BinaryTally tally = uplift.newTally();
      long withoutOutcome = 0;
      for (Response r : responses) {
        if (r.touchpoint().isEmpty() && r.measure().equals(item)) {
          String value = r.attributes().get(attribute);
          if (value == null || value.isBlank()) {
            withoutOutcome++;
          } else {
            tally.add(r.score(), value.strip().toLowerCase(Locale.ROOT).matches("yes|y|true|1"));
          }
        }
      }
      UpliftResult result = tally.result();
      out.println(
          "== Delight uplift: " + job.outcomeLabel() + " (by overall " + measure.id() + ")");
      out.println(TextReport.table(result));
      result
          .projectedOutcome(PROJECTED_SHARE)
          .ifPresent(
              p ->
                  out.printf(
                      Locale.ROOT,
                      "  projection: if %.0f %% of the merely satisfied were delighted, %.1f %% instead of %.1f %% would have %s%n",
                      PROJECTED_SHARE * 100,
                      p,
                      result.overallOutcome().orElse(Double.NaN),
                      job.outcomeLabel()));
      if (withoutOutcome > 0) {
        out.println(
            "  " + withoutOutcome + " answers had no outcome recorded and were not compared");
      }
      out.println();
      results.set("delightUplift", readTree(mapper, json.writeUplift(result)));
      html.uplift(result, job.outcomeLabel());
    }

    Path file = job.resultsFile();
    try {
      Files.writeString(
          file,
          mapper.writerWithDefaultPrettyPrinter().writeValueAsString(results) + "\n",
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    out.println("Results written to " + file);
    Path report = job.reportFile();
    try {
      html.build().write(report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + report, e);
    }
    out.println("Report written to " + report.toAbsolutePath().normalize());
    return status;
  }

  private static com.fasterxml.jackson.databind.JsonNode readTree(
      ObjectMapper mapper, String json) {
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
