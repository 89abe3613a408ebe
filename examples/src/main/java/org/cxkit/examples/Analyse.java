package org.cxkit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.CxException;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.Scale;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyObservations;
import org.cxkit.core.observed.Step;
import org.cxkit.formats.EventCsv;
import org.cxkit.formats.ExportInspection;
import org.cxkit.formats.ExportMapping;
import org.cxkit.formats.FeedbackCaseCsv;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.formats.ResultCsv;
import org.cxkit.json.CxJson;
import org.cxkit.json.ResultSet;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Metrics;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.Conformance;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.MoveCount;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.journeys.RecoveryParadox;
import org.cxkit.metrics.journeys.RecoveryResult;
import org.cxkit.metrics.journeys.ServiceRecovery;
import org.cxkit.metrics.spi.Metric;
import org.cxkit.report.HtmlReport;
import org.cxkit.report.TextRenderer;

/**
 * The README's main job: analyses a CX model and its survey responses end to end through the public
 * API and prints what a CX team looks at: the model check's findings, the overall scores with their
 * intervals (the journey NPS), the touchpoint scorecard (stage by stage, targets met or missed, the
 * weakest link, touchpoints without data) and the delight uplift; then writes the results next to
 * the responses as one cxkit results document of kind {@code "result-set"} ({@code
 * CxJson.readResult(file, ResultSet.class)} reads it back). With an event log beside the responses
 * ({@code events.csv}, as {@link EventCsv} reads it), it also prints how customers actually walked
 * each journey: conformance to the design, the checks that need observed data, and the paths, which
 * it writes as a Mermaid flowchart ({@code events.paths.md}); the paths and each conformance go
 * into the results document too.
 *
 * <pre>
 * examples/analyse                          # Waffle Wednesday
 * examples/analyse building-permit          # the public-sector example
 * examples/analyse MODEL.json RESPONSES.csv # your own model and long-format responses
 * examples/analyse MODEL.json EXPORT.csv --mapping MAP.json   # a survey tool's export
 * examples/analyse --inspect EXPORT.csv      # what the export holds, and a draft mapping
 * </pre>
 *
 * <p>Your own responses are read in the long shape (columns {@code respondent}, {@code touchpoint},
 * {@code measure}, {@code score}; a blank touchpoint is an overall answer), with {@code ,} or
 * {@code ;} as delimiter; or, with {@code --mapping}, as a mapping file ({@link
 * org.cxkit.formats.ExportMapping}) says. The results are also written as CSV for spreadsheets
 * (overall results, and a scorecard per journey).
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
   * @param locale the language of the HTML report and of the management cycle's sections (English
   *     or Finnish)
   * @param cases the feedback cases, as CSV ({@link FeedbackCaseCsv}), if the example has them:
   *     their ids are the respondents' ids, their ratings after recovery on the CSAT scale
   */
  record Job(
      String title,
      Path model,
      Path responses,
      ResponseCsv reader,
      Optional<MeasureId> satisfaction,
      Optional<String> outcome,
      String outcomeLabel,
      Locale locale,
      Optional<Path> cases) {

    /** Returns where the HTML report goes: {@code report.html} next to the responses. */
    Path reportFile() {
      return responses.resolveSibling("report.html");
    }

    /** Returns where the results JSON goes: next to the responses. */
    Path resultsFile() {
      return responses.resolveSibling(baseName(responses) + ".results.json");
    }

    /** Returns where an event log is looked for: {@code events.csv} next to the responses. */
    Path eventsFile() {
      return responses.resolveSibling("events.csv");
    }

    /** Returns where a CSV of results goes: next to the responses, {@code base.what.csv}. */
    Path csvFile(String what) {
      return responses.resolveSibling(baseName(responses) + "." + what + ".csv");
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
    if (args.length >= 1 && args[0].equals("--inspect")) {
      if (args.length != 2) {
        System.err.println("usage: examples/analyse --inspect EXPORT.csv");
        System.exit(2);
        return;
      }
      try {
        inspect(Path.of(args[1]), System.out);
      } catch (CxException e) {
        System.err.println("analyse: " + e.getMessage());
        System.exit(1);
      }
      return;
    }
    Job job;
    try {
      job = job(args, examples);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(
          "usage: examples/analyse [--lang en|fi] [waffle-wednesday | building-permit |"
              + " MODEL.json RESPONSES.csv [--mapping MAP.json]] | --inspect EXPORT.csv");
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
    Optional<Path> mapping = Optional.empty();
    int map = rest.indexOf("--mapping");
    if (map >= 0) {
      if (map + 1 >= rest.size()) {
        throw new IllegalArgumentException("analyse: --mapping takes a mapping file");
      }
      mapping = Optional.of(Path.of(rest.get(map + 1)));
      rest.subList(map, map + 2).clear();
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
          locale,
          Optional.empty());
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
          locale,
          Optional.of(dir.resolve("feedback-cases.csv")));
    }
    if (args.length == 2) {
      Path model = Path.of(args[0]);
      Path responses = Path.of(args[1]);
      ResponseCsv.Builder reader =
          mapping.isPresent()
              ? ExportMapping.read(mapping.get()).reader()
              : ResponseCsv.builder().delimiter(sniffDelimiter(responses));
      return new Job(
          model.getFileName().toString(),
          model,
          responses,
          reader.onBadInput(BadInput.collect(20)).build(),
          Optional.empty(),
          Optional.empty(),
          "",
          locale,
          Optional.empty());
    }
    if (mapping.isPresent()) {
      throw new IllegalArgumentException("analyse: --mapping goes with a model and an export");
    }
    throw new IllegalArgumentException(
        "analyse: expected nothing, an example's name, or a model and a responses file; got "
            + args.length
            + " arguments");
  }

  /**
   * Prints what an export holds (tool, header rows, columns with the answers seen and a guessed
   * measure) and writes a draft mapping ({@code EXPORT.mapping.json}) and the inspection as CSV
   * ({@code EXPORT.inspection.csv}) beside it; an existing draft is not overwritten.
   *
   * @param export the export
   * @param out where to print
   */
  static void inspect(Path export, PrintStream out) {
    ExportInspection seen = ExportInspection.of(export);
    out.println(seen);
    seen.respondentColumn()
        .ifPresentOrElse(
            c -> out.println("respondent: " + c), () -> out.println("respondent: rows numbered"));
    seen.timeColumn().ifPresent(c -> out.println("time: " + c));
    for (ExportInspection.Column c : seen.columns()) {
      StringBuilder line = new StringBuilder();
      line.append(
          String.format(Locale.ROOT, "%4d  %s: %d answered", c.index(), c.name(), c.answered()));
      if (!c.values().isEmpty()) {
        line.append(", values ").append(String.join(" | ", c.values()));
      } else if (c.distinct() > ExportInspection.MAX_VALUES) {
        line.append(", more than ").append(ExportInspection.MAX_VALUES).append(" distinct values");
      }
      c.measure()
          .ifPresent(
              m ->
                  line.append("  -> ")
                      .append(m)
                      .append(c.labels().map(l -> " (labels: " + l + ")").orElse("")));
      out.println(line);
    }
    String base = baseName(export);
    Path draft = export.resolveSibling(base + ".mapping.json");
    Path table = export.resolveSibling(base + ".inspection.csv");
    try {
      if (Files.exists(draft)) {
        out.println("A mapping exists already, not overwritten: " + draft);
      } else {
        Files.writeString(draft, seen.draftMapping(), StandardCharsets.UTF_8);
        out.println(
            "Draft mapping written to " + draft + ": name the touchpoints as the model does");
      }
      try (Writer w = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
        ResultCsv.inspection(seen, w);
      }
      out.println("Inspection written to " + table);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write beside " + export, e);
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
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

    TextRenderer text = TextRenderer.builder().locale(job.locale()).build();
    Words words = Words.of(job.locale());
    out.println("== " + job.title());
    out.println(model);
    out.println(words.get("responses", read));
    out.println();
    out.println(words.get("check"));
    out.println(text.table(model.check()));
    out.println();

    // Every result of the run, by name, as one results document (kind "result-set").
    ResultSet.Builder results = ResultSet.builder(model.name());

    // Overall answers (no touchpoint): the journey NPS, overall satisfaction, ...
    Map<MeasureId, List<Integer>> overall = new LinkedHashMap<>();
    for (Response r : responses) {
      if (r.touchpoint().isEmpty()) {
        overall.computeIfAbsent(r.measure(), m -> new ArrayList<>()).add(r.score());
      }
    }
    Metrics metrics = Metrics.builtIns();
    Map<String, MetricResult> overallResults = new LinkedHashMap<>();
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
      out.println(words.get("overall", measure.name(), measure.id()));
      out.println(text.table(result));
      out.println();
      overallResults.put(measure.id().value(), result);
      results.add("overall " + measure.id(), result);
    }
    List<Path> csvFiles = new ArrayList<>();
    csvFiles.add(writeCsv(job.csvFile("overall"), w -> ResultCsv.results(overallResults, w)));

    HtmlReport.Builder html = HtmlReport.builder().locale(job.locale()).model(model);

    // The overall answers over time: a value per period, significant changes, control limits.
    for (Map.Entry<MeasureId, List<Integer>> e : overall.entrySet()) {
      Measure measure = model.measure(e.getKey()).orElseThrow();
      List<Response> dated = new ArrayList<>();
      for (Response r : responses) {
        if (r.touchpoint().isEmpty() && r.measure().equals(measure.id()) && r.time().isPresent()) {
          dated.add(r);
        }
      }
      if (dated.size() < 2) {
        continue;
      }
      MetricResult whole =
          metrics
              .forMeasure(measure)
              .compute(e.getValue().stream().mapToInt(Integer::intValue).toArray());
      Trends.Statistic statistic =
          whole instanceof NpsResult
              ? Trends.Statistic.NPS
              : whole instanceof ScaleResult sr && sr.headlineKind() == ScaleResult.Headline.MEAN
                  ? Trends.Statistic.MEAN
                  : Trends.Statistic.GOOD_BOX;
      TrendResult trend =
          Trends.of(measure, statistic, period(dated), ZONE).newState().addAll(dated).result();
      out.println(words.get("trend", measure.id()));
      out.println(text.table(trend));
      out.println();
      html.trend(trend);
      results.add("trend overall " + measure.id(), trend);
    }

    // The touchpoint scorecard of every journey.
    Map<String, ScorecardResult> cardOf = new LinkedHashMap<>();
    for (Journey journey : model.journeys()) {
      Scorecard scorecard =
          Scorecard.builder(journey)
              .model(model)
              .minimumN(MINIMUM_N)
              .onBadInput(BadInput.collect(20))
              .build();
      ScorecardResult card = scorecard.compute(responses);
      out.println(words.get("scorecard", journey.name()));
      out.println(text.table(card));
      out.println();
      if (card.rows().stream().allMatch(r -> r.n() == 0)) {
        String warning =
            words.get(
                "noMatch",
                journey.id(),
                responses.size(),
                card.unknownTouchpointResponses(),
                card.untagged());
        out.println(warning);
        out.println();
        System.err.println("analyse: " + warning);
        status = NO_MATCH;
      }
      csvFiles.add(
          writeCsv(
              job.csvFile("scorecard-" + journey.id().value()), w -> ResultCsv.scorecard(card, w)));
      results.add("scorecard " + journey.id(), card);
      html.scorecard(card);
      cardOf.put(journey.id().value(), card);
    }

    // What customers actually did, if an event log lies beside the responses (events.csv).
    if (Files.isRegularFile(job.eventsFile())) {
      observed(job, model, results, text, words, out);
    }

    // Key drivers of the outcome: which touchpoint's score moves it (each touchpoint's first
    // measure, if at least half as many answered it as the most answered one, so that listwise
    // deletion keeps most respondents; at most 16 drivers, the exact Shapley limit).
    if (job.outcome().isPresent()) {
      KeyDrivers.Item outcome = KeyDrivers.Item.attributeIs(job.outcome().get(), "yes");
      List<KeyDrivers.Item> items = new ArrayList<>();
      for (Journey journey : model.journeys()) {
        ScorecardResult card = cardOf.get(journey.id().value());
        long most = card.rows().stream().mapToLong(r -> r.n()).max().orElse(0);
        for (var t : journey.touchpoints()) {
          card.rows(t.id()).stream()
              .findFirst()
              .filter(r -> r.n() > 0 && 2 * r.n() >= most && items.size() < 16)
              .ifPresent(
                  r ->
                      items.add(
                          KeyDrivers.Item.at(
                              t.measures().get(0).measure().value(), t.id().value())));
        }
      }
      if (items.size() >= 2) {
        KeyDriversResult why =
            KeyDrivers.of(outcome, items)
                .newState()
                .addAll(KeyDrivers.rows(responses, outcome, items))
                .result();
        out.println(words.get("drivers", job.outcomeLabel()));
        out.println(text.table(why));
        out.println();
        html.drivers(why);
        results.add("key drivers", why);
      }
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
      out.println(words.get("uplift", job.outcomeLabel(), measure.id()));
      out.println(text.table(result));
      result
          .projectedOutcome(PROJECTED_SHARE)
          .ifPresent(
              p ->
                  out.println(
                      words.get(
                          "projection",
                          String.format(job.locale(), "%.0f", PROJECTED_SHARE * 100),
                          String.format(job.locale(), "%.1f", p),
                          String.format(
                              job.locale(), "%.1f", result.overallOutcome().orElse(Double.NaN)),
                          job.outcomeLabel())));
      if (withoutOutcome > 0) {
        out.println(words.get("noOutcome", withoutOutcome));
      }
      out.println();
      results.add("delight uplift", result);
      html.uplift(result, job.outcomeLabel());
    }

    // The CX management cycle: how feedback cases were recovered, the recovery paradox, and the
    // open improvement initiatives by owner, in the job's language.
    if (job.cases().isPresent()) {
      List<FeedbackCase> cases = new ArrayList<>();
      ReadReport caseRead =
          FeedbackCaseCsv.builder()
              .onBadInput(BadInput.collect(20))
              .build()
              .read(job.cases().get(), cases::add);
      RecoveryResult recovery = ServiceRecovery.of(Scale.CSAT).newState().addAll(cases).result();
      out.println(words.get("recovery", caseRead));
      out.println(text.table(recovery));
      out.println();
      // Recovered and unrecovered customers' ratings after recovery beside the overall CSAT of
      // respondents who filed no case (the case ids are the respondents' ids).
      RecoveryParadox.State paradox = RecoveryParadox.of(Scale.CSAT).newState();
      Set<String> complained = new HashSet<>();
      for (FeedbackCase c : cases) {
        complained.add(c.id());
        paradox.add(c);
      }
      for (Response r : responses) {
        if (r.touchpoint().isEmpty()
            && r.measure().equals(Measure.CSAT.id())
            && !complained.contains(r.respondent())) {
          paradox.add(RecoveryParadox.Group.NEVER_FAILED, r.score());
        }
      }
      ParadoxResult paradoxResult = paradox.result();
      out.println(words.get("paradox"));
      out.println(text.table(paradoxResult));
      out.println();
      results.add("service recovery", recovery);
      results.add("recovery paradox", paradoxResult);
    }
    if (!model.management().isEmpty()) {
      out.println(words.get("cycle"));
      out.println(text.openInitiatives(model.management()));
      out.println();
    }

    Path file = job.resultsFile();
    try {
      Files.writeString(file, json.writeResult(results.build()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    out.println(words.get("resultsWritten", file));
    for (Path csv : csvFiles) {
      out.println(words.get("csvWritten", csv));
    }
    Path report = job.reportFile();
    try {
      html.build().write(report);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + report, e);
    }
    out.println(words.get("reportWritten", report.toAbsolutePath().normalize()));
    return status;
  }

  /** The most moves the Mermaid flowchart of the paths draws: the most frequent ones. */
  static final int MERMAID_MOVES = 60;

  /**
   * Reads the job's event log (customer by customer) and prints, for each journey of the model
   * whose touchpoints the log meets, its conformance to the design (fitness, CJML's deviations),
   * then the checks that need observed data (CX501–CX503) and the paths customers took; writes the
   * directly-follows graph as a Mermaid flowchart beside the log ({@code events.paths.md}). Adds
   * the paths ({@code "paths"}) and each conformance ({@code "conformance <journey id>"}) to the
   * run's results.
   */
  static void observed(
      Job job,
      CxModel model,
      ResultSet.Builder results,
      TextRenderer text,
      Words words,
      PrintStream out) {
    EventLog.Builder events = EventLog.builder(Grain.CUSTOMER);
    ReadReport read =
        EventCsv.builder().onBadInput(BadInput.collect(20)).build().read(job.eventsFile(), events);
    EventLog log = events.build();
    out.println(words.get("observed"));
    out.println(log);
    out.println(words.get("events", read));
    out.println();
    PathsResult paths =
        log.journeys().stream().collect(JourneyPaths.create().topVariants(5).collector());
    List<JourneyObservations> seen = new ArrayList<>();
    for (Journey journey : model.journeys()) {
      boolean met =
          journey.touchpoints().stream().anyMatch(t -> paths.step(Step.of(t.id())).isPresent());
      if (met) {
        ConformanceResult c = log.journeys().stream().collect(Conformance.of(journey).collector());
        out.println(words.get("conformance", journey.name()));
        out.println(text.table(c));
        out.println();
        seen.add(c.observations());
        results.add("conformance " + journey.id(), c);
      }
    }
    List<Finding> findings =
        ModelCheck.defaults().run(model, seen).findings().stream()
            .filter(f -> f.rule().code().startsWith("CX5"))
            .toList();
    out.println(words.get("observedCheck"));
    if (findings.isEmpty()) {
      out.println(words.get("nothing"));
    }
    for (Finding f : findings) {
      out.println("  " + f.rule().code() + " " + text.message(f));
    }
    out.println();
    out.println(words.get("paths"));
    out.println(text.table(paths));
    results.add("paths", paths);
    out.println();
    Path mermaid = job.eventsFile().resolveSibling(baseName(job.eventsFile()) + ".paths.md");
    try {
      Files.writeString(
          mermaid, "```mermaid\n" + mermaidFlowchart(paths) + "```\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + mermaid, e);
    }
    out.println(words.get("mermaidWritten", mermaid));
    out.println();
  }

  /**
   * The directly-follows graph as a Mermaid flowchart: a node per step (with its events), an edge
   * per move with its count, the {@value #MERMAID_MOVES} most frequent moves at most (then by from
   * and to). Labels are quoted, with {@code #}, {@code "}, {@code <}, {@code >} as Mermaid entity
   * codes and control characters as spaces, so an ad hoc label cannot break out of its node.
   */
  static String mermaidFlowchart(PathsResult paths) {
    StringBuilder s = new StringBuilder("flowchart LR\n");
    Map<Step, String> node = new LinkedHashMap<>();
    for (PathsResult.StepRow row : paths.steps()) {
      String id = "n" + node.size();
      node.put(row.step(), id);
      s.append("  ")
          .append(id)
          .append("[\"")
          .append(mermaidText(row.step().toString()))
          .append(" (")
          .append(row.events())
          .append(")\"]\n");
    }
    List<MoveCount> moves = new ArrayList<>(paths.directlyFollows());
    moves.sort(Comparator.comparingLong(MoveCount::count).reversed()); // stable: from, then to
    for (MoveCount m : moves.subList(0, Math.min(MERMAID_MOVES, moves.size()))) {
      s.append("  ")
          .append(node.get(m.from()))
          .append(" -->|")
          .append(m.count())
          .append("| ")
          .append(node.get(m.to()))
          .append('\n');
    }
    if (moves.size() > MERMAID_MOVES) {
      s.append("  %% ").append(moves.size() - MERMAID_MOVES).append(" rarer moves left out\n");
    }
    return s.toString();
  }

  private static String mermaidText(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '#' -> s.append("#35;");
        case '"' -> s.append("#quot;");
        case '<' -> s.append("#lt;");
        case '>' -> s.append("#gt;");
        default -> s.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return s.toString();
  }

  /** The zone periods are cut in: the examples' organisations are in Finland. */
  static final ZoneId ZONE = ZoneId.of("Europe/Helsinki");

  /** Months for answers over more than 90 days, weeks over more than 14, else days. */
  static Trends.Period period(List<Response> dated) {
    Instant first =
        dated.stream().map(r -> r.time().orElseThrow()).min(Instant::compareTo).orElseThrow();
    Instant last =
        dated.stream().map(r -> r.time().orElseThrow()).max(Instant::compareTo).orElseThrow();
    long days = Duration.between(first, last).toDays();
    return days > 90 ? Trends.Period.MONTH : days > 14 ? Trends.Period.WEEK : Trends.Period.DAY;
  }

  /** Writes a CSV file of results. */
  private static Path writeCsv(Path file, java.util.function.Consumer<Writer> write) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write.accept(w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
    return file;
  }
}
