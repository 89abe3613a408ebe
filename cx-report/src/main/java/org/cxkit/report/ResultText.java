package org.cxkit.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.cxkit.core.MetricTarget;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.DriverWeight;
import org.cxkit.metrics.analysis.Importance;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.LowestExperience;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftGroup;
import org.cxkit.metrics.analysis.UpliftResult;

/** The results' tables: the touchpoint scorecard, the delight uplift, key drivers and trends. */
final class ResultText {
  /** How many rejects the scorecard's table lists before "...". */
  static final int REJECTS_SHOWN = 5;

  private final Messages messages;
  private final Locale locale;

  ResultText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  private String text(String key) {
    return messages.format(key);
  }

  private String num(OptionalDouble d) {
    return Table.num(locale, d);
  }

  String table(ScorecardResult r) {
    StringBuilder s = new StringBuilder();
    Legend legend = new Legend();
    s.append(
            messages.format(
                "scorecard.title", "journey", r.journey(), "minimumN", Long.toString(r.minimumN())))
        .append('\n');
    Table rows =
        new Table(
            locale,
            text("scorecard.column.stage"),
            text("scorecard.column.touchpoint"),
            text("scorecard.column.measure"),
            text("scorecard.column.unit"),
            ">" + text("scorecard.column.n"),
            ">" + text("scorecard.column.value"),
            ">" + text("scorecard.column.target"),
            text("scorecard.column.status"),
            ">" + text("scorecard.column.gap"),
            ">" + text("scorecard.column.adjustedP"));
    String stage = "";
    for (TouchpointScore row : r.rows()) {
      boolean first = !row.stage().value().equals(stage);
      if (first && !stage.isEmpty()) {
        rows.gap();
      }
      stage = row.stage().value();
      int d = decimals(row);
      rows.row(
          first ? stage : "",
          row.touchpoint().value(),
          row.measure().value(),
          unit(row, legend),
          Long.toString(row.n()),
          row.value().isPresent() ? Table.num(row.value().getAsDouble(), d) : "-",
          row.target().<Object>map(x -> Table.num(x.threshold(), d)).orElse("-"),
          text("scorecard.status." + row.status().name()),
          row.gap().isPresent() ? Table.signed(row.gap().getAsDouble(), d) : "-",
          row.adjustedP().isPresent() ? Table.num(row.adjustedP().getAsDouble(), 3) : "");
      if (row.gap().isPresent()) {
        legend.add("gap");
      }
      if (row.adjustedP().isPresent()) {
        legend.add("correction." + r.correction().name());
      }
    }
    s.append(rows).append('\n');
    if (!r.stages().isEmpty() || !r.phases().isEmpty() || !r.overallAnswers().isEmpty()) {
      Table roll =
          new Table(
              locale,
              text("scorecard.column.rollup"),
              text("scorecard.column.name"),
              text("scorecard.column.measure"),
              text("scorecard.column.unit"),
              ">" + text("scorecard.column.n"),
              ">" + text("scorecard.column.value"),
              ">" + text("scorecard.column.interval"));
      for (List<Rollup> list : List.of(r.stages(), r.phases(), r.overall(), r.overallAnswers())) {
        roll.gap();
        for (Rollup x : list) {
          if (x.result().n() == 0) {
            continue; // rollups without data are in stages()/phases(), not in the table
          }
          roll.row(
              text("scorecard.rollup." + x.level().toString().toLowerCase(Locale.ROOT)),
              x.name(),
              x.measure().value(),
              unit(x.result(), legend),
              Long.toString(x.result().n()),
              x.value().isPresent()
                  ? Table.num(
                      x.value().getAsDouble(),
                      x.unit().filter(u -> u == MetricTarget.Unit.MEAN).isPresent() ? 2 : 1)
                  : "-",
              x.interval()
                  .map(i -> Table.num(locale, i.lower()) + ".." + Table.num(locale, i.upper()))
                  .orElse(""));
        }
      }
      s.append('\n').append(roll).append('\n');
    }
    s.append('\n');
    long judged = r.rows().stream().filter(x -> x.adjustedP().isPresent()).count();
    s.append(
            messages.format(
                "scorecard.tests",
                "correction",
                text("trends.correction." + r.correction().name()),
                "count",
                Long.toString(judged),
                "alpha",
                String.format(locale, "%.2f", r.alpha()),
                "flagged",
                r.flagged().isEmpty()
                    ? "-"
                    : r.flagged().stream()
                        .map(x -> x.touchpoint().value() + " " + x.measure().value())
                        .collect(java.util.stream.Collectors.joining(", "))))
        .append('\n');
    s.append(weakestLink(r)).append('\n');
    if (r.weakestStages().isEmpty()) {
      s.append(text("scorecard.weakestStage.none")).append('\n');
    }
    r.weakestStages()
        .forEach(
            (m, st) ->
                s.append(
                        messages.format(
                            "scorecard.weakestStage", "measure", m.value(), "stage", st.value()))
                    .append('\n'));
    s.append(
            r.lowestExperiences().stream()
                .max(java.util.Comparator.comparingDouble(LowestExperience::normalised))
                .map(
                    x ->
                        messages.format(
                            "scorecard.lowest",
                            "touchpoint",
                            x.touchpoint().value(),
                            "share",
                            Table.num(locale, 100 * x.share()),
                            "respondents",
                            Long.toString(r.respondentsCompared()),
                            "ratio",
                            Table.num(locale, x.normalised())))
                .orElseGet(() -> text("scorecard.lowest.none")))
        .append('\n');
    s.append(
            r.noData().isEmpty()
                ? text("scorecard.noData.none")
                : messages.format("scorecard.noData", "touchpoints", r.noData()))
        .append('\n');
    List<String> unknown = new ArrayList<>();
    r.unknownTouchpoints()
        .forEach(
            (id, n) ->
                unknown.add(messages.format("scorecard.unknown", "touchpoint", id, "count", n)));
    s.append(
            unknown.isEmpty()
                ? text("scorecard.unknownTouchpoints.none")
                : messages.format("scorecard.unknownTouchpoints", "counts", unknown))
        .append('\n');
    s.append(messages.format("scorecard.untagged", "count", r.untagged())).append('\n');
    rejected(s, "scorecard.rejected", r.rejected(), r.rejects(), "");
    return s.append(legend.line()).toString();
  }

  /**
   * The count of rejects under {@code key}, then the first {@value #REJECTS_SHOWN} listed ones, a
   * line each, indented under it (and "..." if more are listed).
   */
  private void rejected(
      StringBuilder s, String key, long count, List<Reject> listed, String indent) {
    s.append(messages.format(key, "count", count));
    for (Reject x : listed.subList(0, Math.min(REJECTS_SHOWN, listed.size()))) {
      s.append('\n').append(indent).append("  ").append(x);
    }
    if (listed.size() > REJECTS_SHOWN) {
      s.append('\n').append(indent).append("  ...");
    }
  }

  /** The weakest-link line: the touchpoint most below its target, or that none is below. */
  String weakestLink(ScorecardResult r) {
    return r.weakestLink()
        .map(
            w ->
                messages.format(
                    "scorecard.weakestLink",
                    "touchpoint",
                    w.touchpoint(),
                    "measure",
                    w.measure().value(),
                    "value",
                    w.value().isPresent()
                        ? JourneyMap.value(messages, w, w.value().getAsDouble())
                        : "-",
                    "interval",
                    w.interval()
                        .map(
                            i -> Table.num(locale, i.lower()) + ".." + Table.num(locale, i.upper()))
                        .orElse("-"),
                    "gap",
                    num(w.gap())))
        .orElseGet(() -> text("scorecard.weakestLink.none"));
  }

  String table(UpliftResult r) {
    String kind = r.outcome().name();
    Legend legend = new Legend();
    StringBuilder s = new StringBuilder();
    s.append(
            messages.format(
                "uplift.title",
                "outcome",
                text("uplift.outcome." + kind),
                "n",
                Long.toString(r.n())))
        .append('\n');
    Table t =
        new Table(
            locale,
            text("uplift.column.group"),
            ">" + text("uplift.column.n"),
            ">" + outcomeColumn(r));
    for (int i = 0; i < 3; i++) {
      UpliftGroup g = r.groups().get(i);
      t.row(upliftGroup(r, i), Long.toString(g.n()), Table.num(g.outcome(), 1));
    }
    s.append(t).append('\n');
    s.append("  ")
        .append(
            upliftLine(
                r,
                r.absoluteUplift().isPresent()
                    ? Table.fixed(locale, r.absoluteUplift().getAsDouble(), 1, false)
                    : "-"));
    s.append("  ")
        .append(
            r.interval(0.95)
                .map(
                    i -> {
                      legend.method(i.method());
                      return interval(i);
                    })
                .orElseGet(() -> text("uplift.noInterval")))
        .append('\n');
    s.append("  ")
        .append(
            r.relativeUplift().isPresent()
                ? messages.format("uplift.relative", "relative", num(r.relativeUplift()))
                : text("uplift.relative.none"))
        .append('\n');
    s.append("  ")
        .append(
            upliftTest(
                r,
                r.standardError().isPresent()
                    ? Table.fixed(locale, r.standardError().getAsDouble(), 2, false)
                    : "-",
                r.z().isPresent() ? Table.fixed(locale, r.z().getAsDouble(), 2, false) : "-"))
        .append('\n');
    s.append("  ").append(text("uplift.caveat"));
    return s.append(legend.line()).toString();
  }

  /**
   * A stratified uplift: a row per segment (n of the delighted and the satisfied, the uplift with
   * its SE and interval, its share of the weight, or why it is not pooled), then the pooled uplift
   * with its interval, SE, z and p, and the method.
   */
  String table(StratifiedUplift r) {
    Legend legend = new Legend();
    UpliftResult first = r.strata().values().iterator().next();
    String kind = r.outcome().name();
    StringBuilder s = new StringBuilder();
    s.append(
            messages.format(
                "stratified.title",
                "outcome",
                text("uplift.outcome." + kind),
                "segments",
                r.strata().size(),
                "n",
                Long.toString(r.n())))
        .append('\n');
    Table t = new Table(locale, stratifiedHeader(first).toArray(String[]::new));
    r.strata()
        .forEach(
            (name, u) -> {
              u.interval(0.95).ifPresent(i -> legend.method(i.method()));
              t.row(stratifiedRow(r, name, u).toArray());
            });
    s.append(t).append('\n');
    s.append("  ").append(pooledLine(r, first)).append('\n');
    if (r.pooledUplift().isPresent()) {
      Interval pooled = r.interval(0.95).orElseThrow();
      s.append("  ").append(interval(pooled)).append('\n');
      s.append("  ").append(stratifiedTest(r)).append('\n');
    }
    s.append("  ").append(text("stratified.method")).append('\n');
    s.append("  ").append(text("uplift.caveat"));
    return s.append(legend.line()).toString();
  }

  /** The stratified table's column names, numbers marked for right alignment. */
  List<String> stratifiedHeader(UpliftResult first) {
    return List.of(
        text("stratified.column.segment"),
        ">" + messages.format("stratified.column.groupN", "group", upliftGroup(first, 0)),
        ">" + messages.format("stratified.column.groupN", "group", upliftGroup(first, 1)),
        ">" + text("stratified.column.uplift") + " (" + upliftUnit(first) + ")",
        ">" + text("stratified.column.se"),
        ">" + messages.format("stratified.column.interval", "level", level(0.95)),
        ">" + text("stratified.column.weight"),
        text("stratified.column.note"));
  }

  /** A segment's cells: name, the two groups' n, uplift, SE, interval, weight and note. */
  List<Object> stratifiedRow(StratifiedUplift r, String name, UpliftResult u) {
    OptionalDouble w = r.weight(name);
    return List.of(
        name,
        Long.toString(u.groups().get(0).n()),
        Long.toString(u.groups().get(1).n()),
        u.absoluteUplift().isPresent() ? Table.signed(u.absoluteUplift().getAsDouble(), 1) : "-",
        Table.num(u.standardError(), 2),
        u.interval(0.95)
            .map(
                i ->
                    Table.fixed(locale, i.lower(), 1, false)
                        + ".."
                        + Table.fixed(locale, i.upper(), 1, false))
            .orElse("-"),
        w.isPresent() ? Table.num(100 * w.getAsDouble(), 1) : "-",
        w.isPresent() ? "" : text("stratified.excluded"));
  }

  /** The pooled uplift's line, or that there is none. */
  String pooledLine(StratifiedUplift r, UpliftResult first) {
    return r.pooledUplift().isPresent()
        ? messages.format(
            "stratified.pooled",
            "delighted",
            upliftGroup(first, 0),
            "satisfied",
            upliftGroup(first, 1),
            "uplift",
            Table.fixed(locale, r.pooledUplift().getAsDouble(), 1, true),
            "unit",
            upliftUnit(first))
        : text("stratified.noPool");
  }

  /** The pooled test's line: SE, z and p. */
  String stratifiedTest(StratifiedUplift r) {
    return messages.format(
        "stratified.test",
        "se",
        Table.fixed(locale, r.standardError().getAsDouble(), 2, false),
        "z",
        Table.fixed(locale, r.z().getAsDouble(), 2, false),
        "p",
        pValue(r.pValue()));
  }

  /**
   * The name of group {@code i} of an uplift: translated when it is the default name of its
   * position, as the definition of delight gave it otherwise.
   */
  String upliftGroup(UpliftResult r, int i) {
    String name = r.groups().get(i).name();
    String key = "uplift.group." + DEFAULT_UPLIFT_GROUPS.get(i);
    return name.equals(DEFAULT_UPLIFT_GROUPS.get(i)) && messages.has(key) ? text(key) : name;
  }

  /** The uplift line: the groups compared, the uplift (formatted) and its unit. */
  String upliftLine(UpliftResult r, String uplift) {
    return messages.format(
        "uplift.absolute",
        "delighted",
        upliftGroup(r, 0),
        "satisfied",
        upliftGroup(r, 1),
        "uplift",
        uplift,
        "unit",
        upliftUnit(r));
  }

  /**
   * The unit of an uplift: the unit the user named for a numeric outcome, else the outcome type's
   * unit in the locale (percentage points, NPS points, outcome units).
   */
  String upliftUnit(UpliftResult r) {
    return r.namedUnit().orElseGet(() -> text("uplift.upliftUnit." + r.outcome().name()));
  }

  /** The heading of the groups' outcome column: % yes, NPS, mean, or mean in the named unit. */
  String outcomeColumn(UpliftResult r) {
    return r.namedUnit()
        .map(u -> messages.format("uplift.unit.namedMean", "unit", u))
        .orElseGet(() -> text("uplift.unit." + r.outcome().name()));
  }

  /** The test line: SE, the statistic and p, in the locale's numbers. */
  String upliftTest(UpliftResult r, String se, String z) {
    return messages.format(
        "uplift.test",
        "se",
        se,
        "method",
        text(r.outcome() == DelightUplift.Outcome.NUMERIC ? "uplift.test.welch" : "uplift.test.z"),
        "z",
        z,
        "p",
        pValue(r.pValue()));
  }

  /** A p value with four decimals, {@code <0.0001} below that, or "-". */
  private String pValue(OptionalDouble p) {
    return p.isEmpty()
        ? "-"
        : p.getAsDouble() < 0.0001
            ? "<" + Table.fixed(locale, 0.0001, 4, false)
            : Table.fixed(locale, p.getAsDouble(), 4, false);
  }

  private static final ImmutableList<String> DEFAULT_UPLIFT_GROUPS =
      ImmutableList.of("delighted", "satisfied", "dissatisfied");

  /**
   * An interval as {@code [lower, upper] 95% method}, with one decimal, in the locale's numbers.
   */
  String interval(org.cxkit.metrics.Interval i) {
    return messages.format(
        "interval",
        "lower",
        Table.fixed(locale, i.lower(), 1, false),
        "upper",
        Table.fixed(locale, i.upper(), 1, false),
        "level",
        level(i.level()),
        "method",
        i.method());
  }

  /** A confidence level as a percentage: {@code 95}, {@code 99.5}. */
  private String level(double level) {
    double p = 100 * level;
    return Table.fixed(locale, p, p == Math.rint(p) ? 0 : 1, false);
  }

  String table(KeyDriversResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format(
            "drivers.title",
            "outcome",
            r.outcome(),
            "n",
            Long.toString(r.n()),
            "rows",
            Long.toString(r.rows()),
            "missing",
            text("drivers.missing." + r.missing().name())));
    if (!r.estimated()) {
      return s.append("\n  ").append(text("drivers.status." + r.status().name())).toString();
    }
    s.append('\n')
        .append("  ")
        .append(
            messages.format(
                "drivers.fit",
                "r2",
                Table.fixed(locale, r.rSquared().getAsDouble(), 3, false),
                "adjusted",
                Table.fixed(locale, r.adjustedRSquared().getAsDouble(), 3, false)))
        .append('\n');
    String share = ">" + text("drivers.column.share");
    Table t =
        new Table(
            locale,
            text("drivers.column.driver"),
            ">" + text("drivers.column.r"),
            ">" + text("drivers.column.beta"),
            ">" + text("drivers.column.johnson"),
            share,
            ">" + text("drivers.column.shapley"),
            share,
            ">" + text("drivers.column.mean"),
            text("drivers.column.quadrant"));
    for (String name : r.ranking(Importance.SHAPLEY)) {
      DriverWeight w = r.weight(name);
      t.row(
          name,
          Table.num(w.pearsonR(), 2),
          Table.num(w.beta(), 2),
          Table.num(w.signedWeight(Importance.JOHNSON), 3),
          Table.num(100 * w.johnsonShare(), 1),
          Table.num(w.signedWeight(Importance.SHAPLEY), 3),
          Table.num(100 * w.shapleyShare(), 1),
          Table.num(w.mean(), 2),
          text("drivers.quadrant." + w.quadrant().name()));
    }
    s.append(t);
    for (Importance m : Importance.values()) {
      s.append("\n  ")
          .append(
              messages.format(
                  "drivers.ranking",
                  "method",
                  text("drivers.method." + m.name()),
                  "drivers",
                  String.join(", ", r.ranking(m))));
    }
    Legend legend = new Legend();
    legend.add("r");
    legend.add("beta");
    legend.add("johnson");
    legend.add("shapley");
    legend.add("quadrant");
    return s.append(legend.line()).toString();
  }

  String table(TrendResult r) {
    Legend legend = new Legend();
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format(
            "trends.title",
            "measure",
            r.measure().value(),
            "statistic",
            text("trends.statistic." + r.statistic().name()),
            "period",
            text("trends.period." + r.period().name()),
            "zone",
            r.zone().getId()));
    s.append("\n  ")
        .append(
            messages.format(
                "trends.tests",
                "test",
                text("trends.test." + r.statistic().test().name()),
                "correction",
                text("trends.correction." + r.correction().name()),
                "alpha",
                Table.num(locale, 1 - r.level()),
                "level",
                level(r.level()),
                "minimumN",
                Integer.toString(r.minimumN())));
    legend.add("test." + r.statistic().test().name());
    legend.add("correction." + r.correction().name());
    if (r.undated() > 0) {
      s.append("\n  ").append(messages.format("trends.undated", "n", Long.toString(r.undated())));
    }
    if (r.rejected() > 0) {
      s.append("\n  ");
      rejected(s, "trends.rejected", r.rejected(), r.rejects(), "  ");
    }
    if (r.series().isEmpty()) {
      return s.append("\n  ").append(text("trends.empty")).toString();
    }
    s.append('\n');
    int d = r.statistic() == org.cxkit.metrics.analysis.Trends.Statistic.MEAN ? 2 : 1;
    String unit = text("trends.unit." + r.statistic().name());
    Table t =
        new Table(
            locale,
            text("trends.column.series"),
            text("trends.column.period"),
            ">" + text("trends.column.n"),
            ">" + messages.format("trends.column.value", "unit", unit),
            ">" + messages.format("trends.column.interval", "level", level(r.level())),
            ">" + messages.format("trends.column.change", "unit", unit),
            ">" + text("trends.column.adjusted"),
            text("trends.column.note"));
    for (TrendResult.Series series : r.series()) {
      t.gap();
      for (int j = 0; j < series.points().size(); j++) {
        TrendResult.Point p = series.points().get(j);
        List<String> notes = new ArrayList<>();
        if (p.sample() != TrendResult.Sample.ENOUGH) {
          notes.add(text("trends.sample." + p.sample().name()));
        }
        Object change = "";
        String adjusted = "";
        if (j > 0) {
          TrendResult.Change c = series.changes().get(j - 1);
          change = c.difference().isPresent() ? Table.signed(c.difference().getAsDouble(), d) : "-";
          adjusted = c.adjustedP().isPresent() ? p(c.adjustedP().getAsDouble()) : "-";
          if (c.significant()) {
            notes.add(text("trends.note.significant"));
          } else if (c.tested() == TrendResult.Tested.NO_VARIANCE) {
            notes.add(text("trends.note.noVariance"));
          }
        }
        if (series.chart().isPresent()) {
          legend.add("pChart");
          for (TrendResult.Limits l : series.chart().get().limits()) {
            if (l.period().equals(p.period()) && l.signal()) {
              notes.add(text(l.laneySignal() ? "trends.note.laneySignal" : "trends.note.signal"));
            }
          }
        }
        p.interval().ifPresent(i -> legend.method(i.method()));
        t.row(
            j == 0 ? seriesName(series) : "",
            p.period(),
            Long.toString(p.n()),
            Table.num(p.value(), d),
            p.interval()
                .map(
                    i ->
                        Table.fixed(locale, i.lower(), d, false)
                            + ".."
                            + Table.fixed(locale, i.upper(), d, false))
                .orElse("-"),
            change,
            adjusted,
            String.join(", ", notes));
      }
    }
    s.append(t);
    for (TrendResult.Series series : r.series()) {
      if (series.chart().isPresent()) {
        TrendResult.ControlChart c = series.chart().get();
        s.append("\n  ")
            .append(
                messages.format(
                    "trends.chart",
                    "series",
                    seriesName(series),
                    "centre",
                    Table.fixed(locale, c.centre(), 1, false),
                    "sigmaZ",
                    c.sigmaZ().isPresent()
                        ? Table.fixed(locale, c.sigmaZ().getAsDouble(), 2, false)
                        : "-"));
      }
    }
    return s.append(legend.line()).toString();
  }

  /** A series' name: its touchpoint, or the overall series' name in the locale. */
  String seriesName(TrendResult.Series series) {
    return series.touchpoint().isPresent()
        ? series.touchpoint().get().value()
        : text("trends.series.overall");
  }

  private String p(double p) {
    return p < 0.001
        ? "<" + String.format(locale, "%.3f", 0.001)
        : String.format(locale, "%.3f", p);
  }

  String table(MetricResult r) {
    if (r instanceof NpsResult nps) {
      return table(nps);
    }
    if (r instanceof ScaleResult scale) {
      return table(scale);
    }
    return r.toString();
  }

  private String table(NpsResult r) {
    StringBuilder s = new StringBuilder(messages.format("result.nps.title", "n", r.n()));
    if (r.n() == 0) {
      return noScore(s);
    }
    Legend legend = new Legend();
    legend.add("nps");
    Table t =
        new Table(
            locale,
            text("result.column.group"),
            ">" + text("result.column.n"),
            ">" + text("result.column.share"));
    t.row(text("result.promoters"), Long.toString(r.promoters()), Table.num(r.promoterShare(), 1));
    t.row(text("result.passives"), Long.toString(r.passives()), Table.num(r.passiveShare(), 1));
    t.row(
        text("result.detractors"), Long.toString(r.detractors()), Table.num(r.detractorShare(), 1));
    s.append('\n').append(t);
    org.cxkit.metrics.Interval i = r.interval().orElseThrow();
    legend.method(i.method());
    s.append("\n  ")
        .append(
            messages.format(
                "result.nps.score",
                "score",
                Table.fixed(locale, r.score().orElseThrow(), 1, false),
                "interval",
                interval(i)));
    return s.append(legend.line()).toString();
  }

  private String table(ScaleResult r) {
    StringBuilder s =
        new StringBuilder(
            messages.format(
                "result.scale.title",
                "measure",
                r.metric(),
                "n",
                r.n(),
                "min",
                r.scale().min(),
                "max",
                r.scale().max(),
                "headline",
                text("result.headline." + r.headlineKind().name())));
    if (r.n() == 0) {
      return noScore(s);
    }
    Legend legend = new Legend();
    legend.add("boxes");
    Table t =
        new Table(
            locale,
            text("result.column.statistic"),
            text("scorecard.column.unit"),
            ">" + text("result.column.value"),
            ">" + messages.format("trends.column.interval", "level", level(0.95)),
            text("result.column.method"));
    scaleRow(
        t,
        "mean",
        messages.format("unit.label.mean", "min", r.scale().min(), "max", r.scale().max()),
        r.mean(),
        r.meanInterval(0.95),
        legend);
    scaleRow(t, "topBox", "%", r.topBoxShare(), r.topBoxInterval(0.95), legend);
    scaleRow(t, "goodBox", "%", r.goodBoxShare(), r.goodBoxInterval(0.95), legend);
    scaleRow(t, "bottomBox", "%", r.bottomBoxShare(), r.bottomBoxInterval(0.95), legend);
    s.append('\n').append(t);
    return s.append(legend.line()).toString();
  }

  private String noScore(StringBuilder title) {
    return title.append("\n  ").append(text("result.none")).toString();
  }

  private void scaleRow(
      Table t,
      String statistic,
      String unit,
      OptionalDouble value,
      java.util.Optional<org.cxkit.metrics.Interval> interval,
      Legend legend) {
    interval.ifPresent(i -> legend.method(i.method()));
    t.row(
        text("result.statistic." + statistic),
        unit,
        Table.num(value, 2),
        interval
            .map(
                i ->
                    Table.fixed(locale, i.lower(), 2, false)
                        + ".."
                        + Table.fixed(locale, i.upper(), 2, false))
            .orElse("-"),
        interval.map(org.cxkit.metrics.Interval::method).orElse(text("result.noInterval")));
  }

  /** The unit of a result's headline, as a column shows it; notes the terms it uses. */
  String unit(MetricResult result, Legend legend) {
    if (result instanceof NpsResult) {
      legend.add("nps");
      return text("unit.label.nps");
    }
    if (result instanceof ScaleResult sr) {
      if (sr.headlineKind() == ScaleResult.Headline.MEAN) {
        return messages.format("unit.label.mean", "min", sr.scale().min(), "max", sr.scale().max());
      }
      legend.add("box");
      return text("unit.label.goodBox");
    }
    return text("unit.label.other");
  }

  /** The decimals a result's headline needs: two for a mean on a scale, one for points and %. */
  static int decimals(MetricResult result) {
    return result instanceof ScaleResult sr && sr.headlineKind() == ScaleResult.Headline.MEAN
        ? 2
        : 1;
  }

  /** The decimals a scorecard row's figure needs: two for a mean, one for points and %. */
  static int decimals(TouchpointScore row) {
    return row.unit().isPresent()
        ? row.unit().get() == MetricTarget.Unit.MEAN ? 2 : 1
        : decimals(row.result());
  }

  /** The unit of a scorecard row's figure, as its target names it (or its headline's). */
  String unit(TouchpointScore row, Legend legend) {
    if (row.unit().isEmpty()) {
      return unit(row.result(), legend);
    }
    switch (row.unit().get()) {
      case NPS_POINTS:
        legend.add("nps");
        return text("unit.label.nps");
      case MEAN:
        return row.result()
            .scaleHistogram()
            .map(
                h ->
                    messages.format(
                        "unit.label.mean", "min", h.scale().min(), "max", h.scale().max()))
            .orElseGet(() -> text("unit.label.other"));
      case TOP_BOX_PERCENT:
        legend.add("boxes");
        return text("unit.label.topBox");
      default:
        legend.add("box");
        return text("unit.label.goodBox");
    }
  }

  /**
   * The statistical terms a table uses, explained in one line at its end: {@code terms: box = …;
   * Wilson = …}. Terms are explained in the order they were first used, each once.
   */
  final class Legend {
    private final Set<String> terms = new LinkedHashSet<>();

    /** Notes a term ({@code legend.TERM} in the bundle). */
    void add(String term) {
      terms.add(term);
    }

    /** Notes an interval's method, when the bundle explains it. */
    void method(String method) {
      String key = "method." + method.replace(' ', '-');
      if (messages.has("legend." + key)) {
        terms.add(key);
      }
    }

    /** The legend with a line break before it, or nothing when no term was used. */
    String line() {
      if (terms.isEmpty()) {
        return "";
      }
      List<String> explained = new ArrayList<>();
      for (String t : terms) {
        explained.add(text("legend." + t));
      }
      return "\n  " + messages.format("legend", "terms", explained);
    }
  }
}
