package org.cxkit.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;
import static org.cxkit.report.Markup.esc;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.CxModel;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.JourneyComparison;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.journey.Journey;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.OperationalResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftGroup;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.PathsResult;

/**
 * A report people look at: one self-contained HTML file (inline CSS and SVG, no scripts, nothing
 * fetched from the network, so it opens from disk) with the model's summary, a journey map of every
 * journey, the model check's findings with advice, as-is journeys beside their to-be versions
 * (touchpoints added, removed and moved, each curve's points side by side with their rise), the
 * scorecards (as bars against their targets and as a table), trends (charts with control limits),
 * key drivers (an importance–performance quadrant), observed paths (a flow between the steps
 * journeys took), operational figures (times and counts per touchpoint in their unit, with
 * intervals and target status), the delight uplift and the stratified uplift (each segment and the
 * pool), in one locale (English or Finnish; numbers and dates in the locale's format).
 *
 * <pre>{@code
 * HtmlReport.builder()
 *     .locale(Locale.forLanguageTag("fi"))
 *     .model(model)
 *     .scorecard(card)
 *     .trend(npsByMonth)
 *     .drivers(keyDrivers)
 *     .uplift(uplift, "came back within 3 months")
 *     .operational(waitingTimes)
 *     .comparison(JourneyComparison.of(asIs, toBe))
 *     .build()
 *     .write(Path.of("report.html"));
 * }</pre>
 *
 * <p>The journey map draws each journey as a service blueprint: stages as columns grouped by phase,
 * a card per touchpoint (channel, owner, whether it is controllable, its score against its target
 * in a colour-blind-safe palette with the numbers and the status written out, moments of truth,
 * fail points, the weakest link), the frontstage and backstage lanes split by the line of
 * visibility, the target and the measured score as two curves on the share of each measure's range,
 * and the designed non-linear moves as arcs. All text is real text, escaped: names come from users.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class HtmlReport {
  private final Messages messages;
  private final CxModel model;
  private final CheckReport check;
  private final ImmutableList<ScorecardResult> scorecards;
  private final Optional<UpliftResult> uplift;
  private final String upliftOutcome;
  private final Optional<LocalDate> date;
  private final ImmutableList<TrendResult> trends;
  private final ImmutableList<KeyDriversResult> drivers;
  private final ImmutableList<PathsResult> paths;
  private final ImmutableList<OperationalResult> operational;
  private final Optional<StratifiedUplift> stratified;
  private final String stratifiedOutcome;
  private final ImmutableList<JourneyComparison> comparisons;

  private HtmlReport(Builder b, CxModel model) {
    this.messages = Messages.load(b.locale);
    this.model = model;
    this.check = b.check != null ? b.check : model.check();
    this.scorecards = ImmutableList.copyOf(b.scorecards);
    this.uplift = Optional.ofNullable(b.uplift);
    this.upliftOutcome = b.upliftOutcome;
    this.date = Optional.ofNullable(b.date);
    this.trends = ImmutableList.copyOf(b.trends);
    this.drivers = ImmutableList.copyOf(b.drivers);
    this.paths = ImmutableList.copyOf(b.paths);
    this.operational = ImmutableList.copyOf(b.operational);
    this.stratified = Optional.ofNullable(b.stratified);
    this.stratifiedOutcome = b.stratifiedOutcome;
    this.comparisons = ImmutableList.copyOf(b.comparisons);
  }

  /**
   * Returns a new builder (default locale: English).
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the locale the report is written for.
   *
   * @return the locale
   * @since 0.1
   */
  public Locale locale() {
    return messages.locale();
  }

  /**
   * Returns the report as one HTML document.
   *
   * @return the document, starting with {@code <!DOCTYPE html>}
   * @since 0.1
   */
  public String html() {
    StringBuilder h = new StringBuilder(64_000);
    String lang = locale().getLanguage().isEmpty() ? "en" : locale().getLanguage();
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(lang)).append("\">\n<head>\n");
    h.append("<meta charset=\"utf-8\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
        .append(" style-src 'unsafe-inline'; img-src data:\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(esc(text("html.title", "model", model.name()))).append("</title>\n");
    h.append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(esc(model.name())).append("</h1>\n<p class=\"summary\">");
    h.append(
        esc(
            text(
                "html.summary",
                "journeys",
                model.journeys().size(),
                "touchpoints",
                model.journeys().stream().mapToInt(j -> j.touchpoints().size()).sum(),
                "personas",
                model.personas().size())));
    date.ifPresent(
        d -> h.append(" · ").append(esc(text("html.date", "date", dateFormat().format(d)))));
    h.append("</p></header>\n<main>\n");
    for (Journey j : model.journeys()) {
      journey(h, j);
    }
    findings(h);
    for (int i = 0; i < comparisons.size(); i++) {
      comparison(h, comparisons.get(i), i);
    }
    for (ScorecardResult card : scorecards) {
      scorecard(h, card);
    }
    for (int i = 0; i < trends.size(); i++) {
      trend(h, trends.get(i), i);
    }
    for (int i = 0; i < drivers.size(); i++) {
      drivers(h, drivers.get(i), i);
    }
    for (int i = 0; i < paths.size(); i++) {
      PathsResult p = paths.get(i);
      h.append("<section class=\"paths\" id=\"paths-")
          .append(i)
          .append("\">\n<h2>")
          .append(esc(text("html.paths", "journeys", p.journeys(), "events", p.events())))
          .append("</h2>\n");
      chart(h, new Charts(messages).flow(p, "flow-" + i), "flow");
      h.append("</section>\n");
    }
    for (int i = 0; i < operational.size(); i++) {
      operational(h, operational.get(i), i);
    }
    uplift.ifPresent(u -> uplift(h, u));
    stratified.ifPresent(u -> stratified(h, u));
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /**
   * Writes the report to a file in UTF-8, replacing it if it exists.
   *
   * @param file where to write
   * @return the file
   * @throws IOException if the file cannot be written
   * @since 0.1
   */
  public Path write(Path file) throws IOException {
    requireNonNull(file, "file");
    Files.writeString(file, html(), StandardCharsets.UTF_8);
    return file;
  }

  /** Returns {@code HtmlReport[}model{@code , }locale{@code ]}. */
  @Override
  public String toString() {
    return "HtmlReport[" + model.name() + ", " + locale().toLanguageTag() + "]";
  }

  /** The date format of the locale: {@code d.M.yyyy} in Finnish, the short style elsewhere. */
  DateTimeFormatter dateFormat() {
    return DateTimeFormatter.ofPattern(messages.pattern("html.dateFormat"), locale());
  }

  private void journey(StringBuilder h, Journey j) {
    Optional<ScorecardResult> card =
        scorecards.stream().filter(c -> c.journey().equals(j.id())).findFirst();
    h.append("<section class=\"journey\" id=\"journey-")
        .append(esc(j.id().value()))
        .append("\">\n<h2>")
        .append(esc(text("map.title", "journey", j.name())))
        .append("</h2>\n");
    model
        .persona(j.persona())
        .ifPresent(
            p ->
                h.append("<p>")
                    .append(esc(text("html.persona", "persona", p.name())))
                    .append("</p>\n"));
    h.append("<div class=\"map\">\n")
        .append(new JourneyMap(j, card, messages, personaNames()).svg())
        .append("\n</div>\n");
    h.append("<p class=\"legend\">").append(esc(text("map.legend"))).append("</p>\n");
    h.append("</section>\n");
  }

  /** The model's personas' names by id, for the other personas' curves on a map. */
  private java.util.Map<org.cxkit.core.PersonaId, String> personaNames() {
    java.util.Map<org.cxkit.core.PersonaId, String> names = new java.util.HashMap<>();
    model.personas().forEach(p -> names.put(p.id(), p.name()));
    return names;
  }

  private void findings(StringBuilder h) {
    h.append("<section class=\"check\">\n<h2>").append(esc(text("html.check"))).append("</h2>\n");
    h.append("<p>")
        .append(esc(text("html.check.summary", "count", check.findings().size())))
        .append("</p>\n");
    if (!check.findings().isEmpty()) {
      h.append("<table>\n<thead><tr>");
      for (String k : List.of("severity", "code", "path", "finding", "advice")) {
        h.append("<th>").append(esc(text("html.check.column." + k))).append("</th>");
      }
      h.append("</tr></thead>\n<tbody>\n");
      for (Finding f : check.findings()) {
        h.append("<tr class=\"").append(f.severity().name().toLowerCase(Locale.ROOT)).append("\">");
        cell(h, text("html.severity." + f.severity().name()), "");
        cell(h, f.code(), "code");
        cell(h, f.path().toString(), "path");
        cell(h, messages.format(f.code() + ".message", f.arguments()), "");
        cell(h, messages.format(f.code() + ".advice"), "advice");
        h.append("</tr>\n");
      }
      h.append("</tbody>\n</table>\n");
    }
    h.append("</section>\n");
  }

  private void scorecard(StringBuilder h, ScorecardResult r) {
    String name = model.journey(r.journey()).map(Journey::name).orElse(r.journey().value());
    h.append("<section class=\"scorecard\">\n<h2>")
        .append(esc(text("html.scorecard", "journey", name)))
        .append("</h2>\n");
    chart(h, new Charts(messages).scorecard(r, "scorecard-" + r.journey().value()), "scorecard");
    h.append("<table>\n<thead><tr>");
    String[] cols = {"stage", "touchpoint", "measure", "n", "value", "target", "status", "gap"};
    for (String c : cols) {
      h.append("<th").append(numeric(c) ? " class=\"num\"" : "").append('>');
      h.append(esc(text("scorecard.column." + c))).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (TouchpointScore row : r.rows()) {
      boolean weakest =
          r.weakestLink().map(w -> w.touchpoint().equals(row.touchpoint())).orElse(false);
      h.append("<tr class=\"")
          .append(row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
          .append(weakest ? " weakest" : "")
          .append("\">");
      cell(h, row.stage().value(), "");
      cell(h, row.touchpoint().value(), "");
      cell(h, row.measure().value(), "");
      cell(h, Long.toString(row.n()), "num");
      cell(
          h,
          row.value().isPresent()
              ? JourneyMap.value(messages, row, row.value().getAsDouble())
              : "\u2013",
          "num");
      cell(
          h,
          row.target().map(t -> JourneyMap.value(messages, row, t.threshold())).orElse("\u2013"),
          "num");
      cell(h, text("scorecard.status." + row.status().name()), "status");
      cell(h, Table.num(locale(), row.gap()), "num");
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n<p>");
    h.append(esc(new ResultText(messages).weakestLink(r)));
    h.append("</p>\n");
    if (!r.noData().isEmpty()) {
      h.append("<p>")
          .append(esc(messages.format("scorecard.noData", "touchpoints", r.noData())))
          .append("</p>\n");
    }
    h.append("<p class=\"note\">")
        .append(esc(text("html.scorecard.note", "minimumN", r.minimumN())))
        .append("</p>\n</section>\n");
  }

  private void trend(StringBuilder h, TrendResult r, int index) {
    h.append("<section class=\"trend\" id=\"trend-")
        .append(index)
        .append("\">\n<h2>")
        .append(
            esc(
                text(
                    "html.trend",
                    "measure",
                    r.measure().value(),
                    "statistic",
                    text("trends.statistic." + r.statistic().name()),
                    "period",
                    text("trends.period." + r.period().name()))))
        .append("</h2>\n");
    Charts charts = new Charts(messages);
    h.append("<div class=\"charts\">\n");
    for (int j = 0; j < r.series().size(); j++) {
      h.append(charts.trend(r, r.series().get(j), "trend-" + index + "-" + j)).append('\n');
    }
    h.append("</div>\n<p class=\"legend\">").append(esc(charts.legend("trend"))).append("</p>\n");
    table(h, new ResultText(messages).table(r));
  }

  /** A text table in a {@code <pre>}, closing the section. */
  private static void table(StringBuilder h, String text) {
    h.append("<pre class=\"table\">").append(esc(text)).append("</pre>\n</section>\n");
  }

  private void drivers(StringBuilder h, KeyDriversResult r, int index) {
    h.append("<section class=\"drivers\" id=\"drivers-")
        .append(index)
        .append("\">\n<h2>")
        .append(esc(text("html.drivers", "outcome", r.outcome())))
        .append("</h2>\n");
    if (!r.estimated()) {
      h.append("<p>")
          .append(esc(text("drivers.status." + r.status().name())))
          .append("</p>\n</section>\n");
      return;
    }
    chart(h, new Charts(messages).quadrant(r, "drivers-" + index), "drivers");
    table(h, new ResultText(messages).table(r));
  }

  private void chart(StringBuilder h, String svg, String kind) {
    h.append("<div class=\"chart-box\">\n")
        .append(svg)
        .append("\n</div>\n<p class=\"legend\">")
        .append(esc(new Charts(messages).legend(kind)))
        .append("</p>\n");
  }

  private void uplift(StringBuilder h, UpliftResult r) {
    h.append("<section class=\"uplift\">\n<h2>")
        .append(esc(text("html.uplift", "outcome", upliftOutcome)))
        .append("</h2>\n<table>\n<thead><tr>");
    h.append("<th>").append(esc(text("uplift.column.group"))).append("</th>");
    h.append("<th class=\"num\">").append(esc(text("uplift.column.n"))).append("</th>");
    ResultText rt = new ResultText(messages);
    h.append("<th class=\"num\">").append(esc(rt.outcomeColumn(r))).append("</th>");
    h.append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < 3; i++) {
      UpliftGroup g = r.groups().get(i);
      h.append("<tr>");
      cell(h, rt.upliftGroup(r, i), "");
      cell(h, Long.toString(g.n()), "num");
      cell(h, Table.num(locale(), g.outcome()), "num");
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n<p>");
    h.append(esc(rt.upliftLine(r, Table.num(locale(), r.absoluteUplift()))));
    h.append(' ')
        .append(
            esc(
                r.interval(0.95)
                    .map(
                        i ->
                            text(
                                "html.interval",
                                "lower",
                                Table.num(locale(), i.lower()),
                                "upper",
                                Table.num(locale(), i.upper()),
                                "method",
                                i.method()))
                    .orElseGet(() -> text("uplift.noInterval"))));
    h.append("</p>\n<p>")
        .append(
            esc(
                rt.upliftTest(
                    r, Table.num(locale(), r.standardError()), Table.num(locale(), r.z()))));
    h.append("</p>\n<p class=\"note\">").append(esc(text("uplift.caveat"))).append("</p>\n");
    h.append("</section>\n");
  }

  /**
   * An operational measure's figures as a table: a row per touchpoint and target with n, the mean,
   * median and p90 in the measure's unit with their intervals, the target and its status (the row's
   * class names the status, so too few values is marked as well as written).
   */
  private void operational(StringBuilder h, OperationalResult r, int index) {
    OperationalText ot = new OperationalText(messages);
    String unit = r.measure().unit().symbol();
    h.append("<section class=\"operational\" id=\"operational-")
        .append(index)
        .append("\">\n<h2>")
        .append(esc(text("html.operational", "measure", r.measure().name(), "unit", unit)))
        .append("</h2>\n");
    if (r.rows().isEmpty()) {
      h.append("<p>").append(esc(text("operational.empty"))).append("</p>\n</section>\n");
      return;
    }
    String interval =
        text(
            "operational.column.interval",
            "level",
            Table.fixed(locale(), 100 * r.level(), 0, false));
    h.append("<table>\n<thead><tr>");
    header(h, text("operational.column.touchpoint"), false);
    header(h, text("operational.column.n"), true);
    for (String figure : List.of("mean", "median", "p90")) {
      header(
          h,
          text(
              "html.operational.withUnit",
              "column",
              text("operational.column." + figure),
              "unit",
              unit),
          true);
      header(h, interval, true);
    }
    header(h, text("operational.column.target"), false);
    header(h, text("operational.column.status"), false);
    h.append("</tr></thead>\n<tbody>\n");
    for (OperationalResult.Row row : r.rows()) {
      int lines = Math.max(1, row.judged().size());
      for (int j = 0; j < lines; j++) {
        boolean first = j == 0;
        Optional<OperationalResult.Judged> jd =
            row.judged().isEmpty() ? Optional.empty() : Optional.of(row.judged().get(j));
        h.append("<tr class=\"")
            .append(
                jd.map(x -> x.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .orElse("no-target"))
            .append("\" data-touchpoint=\"")
            .append(esc(row.touchpoint().value()))
            .append("\">");
        cell(h, first ? row.touchpoint().value() : "", "");
        cell(h, first ? Long.toString(row.n()) : "", "num");
        cell(h, first ? oneDecimal(row.mean()) : "", "num");
        cell(h, first ? dash(ot.range(row.meanInterval())) : "", "num");
        cell(h, first ? oneDecimal(row.median()) : "", "num");
        cell(h, first ? dash(ot.range(row.medianInterval())) : "", "num");
        cell(h, first ? oneDecimal(row.p90()) : "", "num");
        cell(h, first ? dash(ot.range(row.p90Interval())) : "", "num");
        cell(h, jd.map(x -> ot.target(x.target())).orElse(""), "");
        cell(
            h,
            text("operational.status." + jd.map(x -> x.status().name()).orElse("NO_TARGET")),
            "status");
        h.append("</tr>\n");
      }
    }
    h.append("</tbody>\n</table>\n<p class=\"note\">")
        .append(esc(text("html.operational.note", "minimumN", r.minimumN())))
        .append("</p>\n<p class=\"legend\">")
        .append(
            esc(
                text(
                    "legend",
                    "terms",
                    List.of(
                        text("legend.method.t"),
                        text("legend.method.order-statistics"),
                        text("legend.quantiles")))))
        .append("</p>\n</section>\n");
  }

  /**
   * A stratified uplift: a table with a row per segment (a segment not pooled for too little data
   * has the class {@code too-few} and says so), then the pooled uplift, its interval and test, the
   * method and the caveat.
   */
  private void stratified(StringBuilder h, StratifiedUplift r) {
    ResultText rt = new ResultText(messages);
    UpliftResult first = r.strata().values().iterator().next();
    h.append("<section class=\"stratified\">\n<h2>")
        .append(esc(text("html.stratified", "outcome", stratifiedOutcome)))
        .append("</h2>\n<p>")
        .append(
            esc(
                text(
                    "stratified.title",
                    "outcome",
                    text("uplift.outcome." + r.outcome().name()),
                    "segments",
                    r.strata().size(),
                    "n",
                    Long.toString(r.n()))))
        .append("</p>\n<table>\n<thead><tr>");
    for (String c : rt.stratifiedHeader(first)) {
      header(h, c.startsWith(">") ? c.substring(1) : c, c.startsWith(">"));
    }
    h.append("</tr></thead>\n<tbody>\n");
    r.strata()
        .forEach(
            (name, u) -> {
              h.append("<tr class=\"")
                  .append(r.weight(name).isPresent() ? "pooled" : "too-few")
                  .append("\">");
              List<Object> cells = rt.stratifiedRow(r, name, u);
              for (int i = 0; i < cells.size(); i++) {
                cell(h, cellText(cells.get(i)), i == 0 || i == cells.size() - 1 ? "" : "num");
              }
              h.append("</tr>\n");
            });
    h.append("</tbody>\n</table>\n<p class=\"pooled\">").append(esc(rt.pooledLine(r, first)));
    r.interval(0.95).ifPresent(i -> h.append(' ').append(esc(rt.interval(i))));
    h.append("</p>\n");
    if (r.pooledUplift().isPresent()) {
      h.append("<p>").append(esc(rt.stratifiedTest(r))).append("</p>\n");
    }
    h.append("<p class=\"note\">")
        .append(esc(text("stratified.method")))
        .append("</p>\n<p class=\"note\">")
        .append(esc(text("uplift.caveat")))
        .append("</p>\n</section>\n");
  }

  /**
   * An as-is journey beside its to-be version, as the text view shows it and in its order: the
   * touchpoints added, removed and moved as lists (or "none"), a table of each curve's points with
   * their rise (a row's class says whether the curve rose, fell, stayed level there or has no
   * rise), where each curve rose and fell, the persona curves drawn on one side only, and the rule.
   */
  private void comparison(StringBuilder h, JourneyComparison c, int index) {
    ComparisonText ct = new ComparisonText(messages);
    h.append("<section class=\"comparison\" id=\"comparison-")
        .append(index)
        .append("\">\n<h2>")
        .append(esc(ct.title(c)))
        .append("</h2>\n");
    Optional<Journey> asIs = model.journey(c.asIs());
    Optional<Journey> toBe = model.journey(c.toBe());
    if (asIs.isPresent() || toBe.isPresent()) {
      h.append("<p class=\"journeys\">")
          .append(
              esc(
                  text(
                      "html.comparison.journeys",
                      "asIs",
                      asIs.map(Journey::name).orElse(c.asIs().value()),
                      "toBe",
                      toBe.map(Journey::name).orElse(c.toBe().value()))))
          .append("</p>\n");
    }
    touchpoints(h, "added", c.added());
    touchpoints(h, "removed", c.removed());
    touchpoints(h, "moved", c.moved());
    h.append("<table>\n<thead><tr>");
    header(h, text("comparison.column.curve"), false);
    header(h, text("comparison.column.touchpoint"), false);
    header(h, text("comparison.column.asIs"), true);
    header(h, text("comparison.column.toBe"), true);
    header(h, text("comparison.column.rise"), true);
    h.append("</tr></thead>\n");
    List<ComparisonText.Curve> curves = ct.curves(c);
    for (ComparisonText.Curve curve : curves) {
      h.append("<tbody>\n");
      if (curve.rows().isEmpty()) {
        h.append("<tr class=\"no-points\">");
        cell(h, curve.label(), "");
        h.append("<td colspan=\"4\">").append(esc(text("comparison.noPoints"))).append("</td>");
        h.append("</tr>\n");
      }
      for (int i = 0; i < curve.rows().size(); i++) {
        JourneyComparison.CurveChange x = curve.rows().get(i);
        h.append("<tr class=\"")
            .append(
                curve.rose().contains(x.touchpoint())
                    ? "rose"
                    : curve.fell().contains(x.touchpoint())
                        ? "fell"
                        : x.rise().isPresent() ? "level" : "no-rise")
            .append("\" data-touchpoint=\"")
            .append(esc(x.touchpoint().value()))
            .append("\">");
        cell(h, i == 0 ? curve.label() : "", "");
        cell(h, x.touchpoint().value(), "");
        cell(h, dash(ct.value(x.before(), true)), "num");
        cell(h, dash(ct.value(x.after(), false)), "num");
        cell(h, x.rise().map(r -> Table.fixed(locale(), r, 1, true)).orElse("\u2013"), "num rise");
        h.append("</tr>\n");
      }
      h.append("</tbody>\n");
    }
    h.append("</table>\n");
    for (ComparisonText.Curve curve : curves) {
      if (!curve.rows().isEmpty()) {
        h.append("<p class=\"moves\">")
            .append(esc(ct.moves(curve, moved(curve.rose()), moved(curve.fell()))))
            .append("</p>\n");
      }
    }
    for (String note : ct.oneSided(c)) {
      h.append("<p class=\"note one-sided\">").append(esc(note)).append("</p>\n");
    }
    h.append("<p class=\"note rule\">")
        .append(esc(text("comparison.rule")))
        .append("</p>\n</section>\n");
  }

  /** Touchpoints added, removed or moved: a heading and a list, or an explicit "none". */
  private void touchpoints(StringBuilder h, String kind, List<TouchpointId> ids) {
    h.append("<div class=\"").append(kind).append("\">\n<h3>");
    h.append(esc(text("html.comparison." + kind, "count", ids.size()))).append("</h3>\n");
    if (ids.isEmpty()) {
      h.append("<p class=\"none\">").append(esc(text("html.comparison.none"))).append("</p>\n");
    } else {
      h.append("<ul>");
      for (TouchpointId id : ids) {
        h.append("<li>").append(esc(id.value())).append("</li>");
      }
      h.append("</ul>\n");
    }
    h.append("</div>\n");
  }

  /** Where a curve rose or fell, written out; none as the report's en dash. */
  private static String moved(List<TouchpointId> ids) {
    return dash(ComparisonText.ids(ids));
  }

  /** A text table's cell as text: a number in the locale's format, or the text itself. */
  private String cellText(Object cell) {
    return cell instanceof Table.Num n
        ? Table.fixed(locale(), n.value(), n.decimals(), n.signed())
        : dash(String.valueOf(cell));
  }

  /** A text table's "-" for no value as the report's en dash; other text unchanged. */
  private static String dash(String text) {
    return text.equals("-") ? "\u2013" : text;
  }

  private String oneDecimal(java.util.OptionalDouble d) {
    return d.isPresent() ? Table.fixed(locale(), d.getAsDouble(), 1, false) : "\u2013";
  }

  private static void header(StringBuilder h, String text, boolean numeric) {
    h.append("<th").append(numeric ? " class=\"num\"" : "").append('>');
    h.append(esc(text)).append("</th>");
  }

  private static boolean numeric(String column) {
    return List.of("n", "value", "target", "gap").contains(column);
  }

  private static void cell(StringBuilder h, String text, String cls) {
    h.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append('>');
    h.append(esc(text)).append("</td>");
  }

  private String text(String key, Object... args) {
    return messages.format(key, args);
  }

  private static final String CSS =
      """
      body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; margin: 24px;
             color: #1b1b1b; background: #fff; }
      h1 { margin: 0 0 4px; font-size: 28px; }
      h2 { margin: 32px 0 8px; font-size: 20px; }
      .summary, .legend, .note { color: #444; }
      .map { overflow-x: auto; border: 1px solid #ddd; padding: 8px; }
      .journey-map text { font-size: 12px; font-family: inherit; }
      .journey-map .phase-label, .journey-map .card-name { font-weight: 600; }
      .journey-map .stage-label { font-weight: 600; font-size: 13px; }
      .journey-map .lane-label { font-weight: 600; fill: #333; }
      .journey-map .axis, .journey-map .feel, .journey-map .move-label { font-size: 11px; }
      .journey-map .card-score { font-weight: 600; font-size: 11px; }
      .journey-map .card-mark { font-size: 11px; }
      .journey-map .weakest-label { font-weight: 700; }
      table { border-collapse: collapse; margin: 8px 0; }
      th, td { border-bottom: 1px solid #ddd; padding: 4px 10px; text-align: left;
               vertical-align: top; }
      th { background: #f2f4f7; }
      .num { text-align: right; font-variant-numeric: tabular-nums; }
      tr.missed td.status { color: #b04a00; font-weight: 600; }
      tr.met td.status { color: #005a8c; }
      tr.within-tolerance td.status { color: #6b5a00; font-weight: 600; }
      tr.too-few td.status, tr.not-enough-data td.status { color: #555; font-style: italic; }
      tr.weakest { outline: 2px dashed #000; }
      td.code { white-space: nowrap; }
      td.path, td.code { font-family: ui-monospace, monospace; font-size: 12px;
                         overflow-wrap: anywhere; max-width: 28em; }
      td.advice { color: #333; max-width: 36em; }
      .chart-box, .charts { overflow-x: auto; }
      .charts svg { margin: 0 12px 12px 0; }
      svg.chart text { font-size: 12px; font-family: inherit; fill: #1b1b1b; }
      svg.chart .axis, svg.chart .limit-label, svg.chart .driver-numbers { font-size: 11px; fill: #444; }
      svg.chart .chart-title, svg.chart .driver-name, svg.chart .quadrant-label { font-weight: 600; }
      svg.chart .change-label { font-weight: 600; fill: #D55E00; }
      svg.chart .step-name, svg.chart .move-count { font-weight: 600; }
      section.comparison h3 { margin: 12px 0 4px; font-size: 15px; }
      section.comparison ul, section.comparison p.none { margin: 0 0 8px; }
      section.comparison p.none { color: #555; font-style: italic; }
      section.comparison tbody + tbody { border-top: 2px solid #999; }
      tr.rose td.rise { color: #005a8c; font-weight: 600; }
      tr.fell td.rise { color: #b04a00; font-weight: 600; }
      pre.table { font-size: 12px; background: #f7f7f7; padding: 8px; overflow-x: auto; }
      """;

  /**
   * Builds an {@link HtmlReport}: the model is required; the check defaults to the model's own
   * {@link CxModel#check()}; scorecards (one per journey) and the uplift are optional.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Locale locale = Locale.ENGLISH;
    private @org.jspecify.annotations.Nullable CxModel model;
    private @org.jspecify.annotations.Nullable CheckReport check;
    private final List<ScorecardResult> scorecards = new ArrayList<>();
    private @org.jspecify.annotations.Nullable UpliftResult uplift;
    private String upliftOutcome = "";
    private @org.jspecify.annotations.Nullable LocalDate date;
    private final List<TrendResult> trends = new ArrayList<>();
    private final List<KeyDriversResult> drivers = new ArrayList<>();
    private final List<PathsResult> paths = new ArrayList<>();
    private final List<OperationalResult> operational = new ArrayList<>();
    private @org.jspecify.annotations.Nullable StratifiedUplift stratified;
    private String stratifiedOutcome = "";
    private final List<JourneyComparison> comparisons = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the locale to write for (default: English). Finnish ({@code fi}) has texts of its own;
     * other locales get the English texts with their own number format.
     *
     * @param locale the locale
     * @return this builder
     * @since 0.1
     */
    public Builder locale(Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Sets the model the report is about (required).
     *
     * @param model the model
     * @return this builder
     * @since 0.1
     */
    public Builder model(CxModel model) {
      this.model = requireNonNull(model, "model");
      return this;
    }

    /**
     * Sets the check report to show (default: the model's {@link CxModel#check()}).
     *
     * @param check the check's report
     * @return this builder
     * @since 0.1
     */
    public Builder check(CheckReport check) {
      this.check = requireNonNull(check, "check");
      return this;
    }

    /**
     * Adds a journey's scorecard: its table, and its scores on that journey's map.
     *
     * @param scorecard the scorecard's result, at most one per journey
     * @return this builder
     * @since 0.1
     */
    public Builder scorecard(ScorecardResult scorecard) {
      requireNonNull(scorecard, "scorecard");
      checkArgument(
          scorecards.stream().noneMatch(c -> c.journey().equals(scorecard.journey())),
          "scorecard: a second scorecard of the same journey");
      scorecards.add(scorecard);
      return this;
    }

    /**
     * Sets the delight uplift to show.
     *
     * @param uplift the uplift's result
     * @param outcome what its outcome means, in the report's language, such as {@code came back
     *     within 3 months}
     * @return this builder
     * @since 0.1
     */
    public Builder uplift(UpliftResult uplift, String outcome) {
      this.uplift = requireNonNull(uplift, "uplift");
      this.upliftOutcome = requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Adds a trend: a chart per series (the value of each period with its interval, significant
     * changes, the control chart's centre line and limits), then its table.
     *
     * @param trend the trend's result
     * @return this builder
     * @since 0.1
     */
    public Builder trend(TrendResult trend) {
      trends.add(requireNonNull(trend, "trend"));
      return this;
    }

    /**
     * Adds a key-driver analysis: its importance–performance quadrant, then its table.
     *
     * @param drivers the key drivers' result
     * @return this builder
     * @since 0.1
     */
    public Builder drivers(KeyDriversResult drivers) {
      this.drivers.add(requireNonNull(drivers, "drivers"));
      return this;
    }

    /**
     * Adds observed paths: a flow chart of the steps journeys took and how often one came straight
     * after another.
     *
     * @param paths the paths' result
     * @return this builder
     * @since 0.1
     */
    public Builder paths(PathsResult paths) {
      this.paths.add(requireNonNull(paths, "paths"));
      return this;
    }

    /**
     * Sets the stratified delight uplift to show: a row per segment (n in each group, the uplift
     * with its SE and interval, its weight; a segment with too little data marked and not pooled),
     * then the pooled uplift with its interval, SE, z and p, and the method.
     *
     * @param stratified the stratified uplift
     * @param outcome what its outcome means, in the report's language, such as {@code came back
     *     within 3 months}
     * @return this builder
     * @since 0.1
     */
    public Builder stratifiedUplift(StratifiedUplift stratified, String outcome) {
      this.stratified = requireNonNull(stratified, "stratified");
      this.stratifiedOutcome = requireNonNull(outcome, "outcome");
      return this;
    }

    /**
     * Adds an operational measure's figures (waiting or handling times and the like): a table with
     * a row per touchpoint and target giving n, the mean, median and 90th percentile in the
     * measure's unit with their intervals, the target and its status (met, within tolerance,
     * missed, too few values, no values).
     *
     * @param operational the operational figures
     * @return this builder
     * @since 0.1
     */
    public Builder operational(OperationalResult operational) {
      this.operational.add(requireNonNull(operational, "operational"));
      return this;
    }

    /**
     * Adds an as-is journey beside its to-be version: the touchpoints added, removed and moved
     * (each list says "none" when empty), a table of the journey's curve and each persona curve
     * both journeys draw (touchpoint, the as-is and the to-be point, the rise with its sign), where
     * each curve rose and fell, the persona curves drawn on one journey only, and how the rise is
     * taken; the same rows and rises as {@link TextRenderer#table(JourneyComparison)}.
     *
     * <pre>{@code
     * HtmlReport.builder()
     *     .model(model)
     *     .comparison(JourneyComparison.of(
     *         model.journey("buy-e-bike").orElseThrow(),
     *         model.journey("buy-e-bike-future").orElseThrow()))
     *     .build();
     * }</pre>
     *
     * @param comparison the comparison; its journeys' names are shown when the model has them
     * @return this builder
     * @since 0.1
     */
    public Builder comparison(JourneyComparison comparison) {
      comparisons.add(requireNonNull(comparison, "comparison"));
      return this;
    }

    /**
     * Sets the date printed under the title (default: none, so the same inputs give the same file).
     *
     * @param date the report's date
     * @return this builder
     * @since 0.1
     */
    public Builder date(LocalDate date) {
      this.date = requireNonNull(date, "date");
      return this;
    }

    /**
     * Builds the report.
     *
     * @return the report
     * @throws IllegalStateException if no model is set
     * @throws IllegalArgumentException if a scorecard is of a journey the model does not have
     * @since 0.1
     */
    public HtmlReport build() {
      CxModel m = model;
      if (m == null) {
        throw new IllegalStateException("model: not set; call model(CxModel) before build()");
      }
      for (ScorecardResult c : scorecards) {
        checkArgument(
            m.journey(c.journey()).isPresent(),
            "scorecard: its journey is not one of the model's %s journeys",
            m.journeys().size());
      }
      return new HtmlReport(this, m);
    }
  }
}
