package org.cxkit.report;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.analysis.DriverWeight;
import org.cxkit.metrics.analysis.Importance;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.LowestExperience;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.ScorecardResult;
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
    s.append(
            messages.format(
                "scorecard.title", "journey", r.journey(), "minimumN", Long.toString(r.minimumN())))
        .append('\n');
    Table rows =
        new Table(
            text("scorecard.column.stage"),
            text("scorecard.column.touchpoint"),
            text("scorecard.column.measure"),
            ">" + text("scorecard.column.n"),
            ">" + text("scorecard.column.value"),
            ">" + text("scorecard.column.target"),
            text("scorecard.column.status"),
            ">" + text("scorecard.column.gap"),
            ">" + text("scorecard.column.adjustedP"));
    for (TouchpointScore row : r.rows()) {
      rows.row(
          row.stage().value(),
          row.touchpoint().value(),
          row.measure().value(),
          Long.toString(row.n()),
          row.value().isPresent()
              ? JourneyMap.value(messages, row, row.value().getAsDouble())
              : "-",
          row.target().map(x -> JourneyMap.value(messages, row, x.threshold())).orElse("-"),
          text("scorecard.status." + row.status().name()),
          num(row.gap()),
          row.adjustedP().isPresent()
              ? String.format(locale, "%.3f", row.adjustedP().getAsDouble())
              : "");
    }
    s.append(rows).append('\n');
    if (!r.stages().isEmpty() || !r.phases().isEmpty() || !r.overallAnswers().isEmpty()) {
      Table roll =
          new Table(
              text("scorecard.column.rollup"),
              text("scorecard.column.name"),
              text("scorecard.column.measure"),
              ">" + text("scorecard.column.n"),
              ">" + text("scorecard.column.value"),
              ">" + text("scorecard.column.interval"));
      for (List<Rollup> list : List.of(r.stages(), r.phases(), r.overall(), r.overallAnswers())) {
        for (Rollup x : list) {
          if (x.result().n() == 0) {
            continue; // rollups without data are in stages()/phases(), not in the table
          }
          roll.row(
              text("scorecard.rollup." + x.level().toString().toLowerCase(Locale.ROOT)),
              x.name(),
              x.measure().value(),
              Long.toString(x.result().n()),
              rollupValue(x),
              x.interval()
                  .map(i -> Table.num(locale, i.lower()) + ".." + Table.num(locale, i.upper()))
                  .orElse(""));
        }
      }
      s.append(roll).append('\n');
    }
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
            messages.format(
                "scorecard.noData",
                "touchpoints",
                r.noData().isEmpty() ? "-" : r.noData().toString()))
        .append('\n');
    s.append(
            messages.format(
                "scorecard.unknownTouchpoints",
                "counts",
                r.unknownTouchpoints().isEmpty() ? "-" : r.unknownTouchpoints().toString()))
        .append('\n');
    s.append(messages.format("scorecard.untagged", "count", Long.toString(r.untagged())))
        .append('\n');
    s.append(messages.format("scorecard.rejected", "count", Integer.toString(r.rejects().size())));
    for (Reject x : r.rejects().subList(0, Math.min(REJECTS_SHOWN, r.rejects().size()))) {
      s.append("\n  ").append(x);
    }
    if (r.rejects().size() > REJECTS_SHOWN) {
      s.append("\n  ...");
    }
    return s.toString();
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

  /** A rollup's figure in its unit. */
  private String rollupValue(Rollup x) {
    if (x.value().isEmpty()) {
      return "-";
    }
    String key =
        x.unit()
            .map(
                u ->
                    switch (u) {
                      case NPS_POINTS -> "nps";
                      case MEAN -> "mean";
                      case TOP_BOX_PERCENT, GOOD_BOX_PERCENT -> "percent";
                    })
            .orElse("other");
    return messages.format("unit." + key, "value", Table.num(locale, x.value().getAsDouble()));
  }

  String table(UpliftResult r) {
    String kind = r.outcome().name();
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
            text("uplift.column.group"),
            ">" + text("uplift.column.n"),
            ">" + text("uplift.unit." + kind));
    for (UpliftGroup g : r.groups()) {
      String key = "uplift.group." + g.name();
      t.row(messages.has(key) ? text(key) : g.name(), Long.toString(g.n()), num(g.outcome()));
    }
    s.append(t).append('\n');
    s.append("  ").append(messages.format("uplift.absolute", "uplift", num(r.absoluteUplift())));
    s.append("  ")
        .append(r.interval(0.95).map(Object::toString).orElseGet(() -> text("uplift.noInterval")))
        .append('\n');
    s.append("  ")
        .append(
            r.relativeUplift().isPresent()
                ? messages.format("uplift.relative", "relative", num(r.relativeUplift()))
                : text("uplift.relative.none"))
        .append('\n');
    s.append("  ").append(text("uplift.caveat"));
    return s.toString();
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
                Table.num(locale, r.rSquared().getAsDouble()),
                "adjusted",
                Table.num(locale, r.adjustedRSquared().getAsDouble())))
        .append('\n');
    String share = ">" + text("drivers.column.share");
    Table t =
        new Table(
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
          Table.num(locale, w.pearsonR()),
          Table.num(locale, w.beta()),
          Table.num(locale, w.signedWeight(Importance.JOHNSON)),
          Table.num(locale, 100 * w.johnsonShare()),
          Table.num(locale, w.signedWeight(Importance.SHAPLEY)),
          Table.num(locale, 100 * w.shapleyShare()),
          Table.num(locale, w.mean()),
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
    return s.toString();
  }

  String table(TrendResult r) {
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
                Table.num(locale, 100 * r.level()),
                "minimumN",
                Integer.toString(r.minimumN())));
    if (r.undated() > 0) {
      s.append("\n  ").append(messages.format("trends.undated", "n", Long.toString(r.undated())));
    }
    if (r.series().isEmpty()) {
      return s.append("\n  ").append(text("trends.empty")).toString();
    }
    s.append('\n');
    Table t =
        new Table(
            text("trends.column.series"),
            text("trends.column.period"),
            ">" + text("trends.column.n"),
            ">" + text("trends.column.value"),
            ">" + text("trends.column.interval"),
            ">" + text("trends.column.change"),
            ">" + text("trends.column.adjusted"),
            text("trends.column.note"));
    for (TrendResult.Series series : r.series()) {
      for (int j = 0; j < series.points().size(); j++) {
        TrendResult.Point p = series.points().get(j);
        List<String> notes = new java.util.ArrayList<>();
        if (p.sample() != TrendResult.Sample.ENOUGH) {
          notes.add(text("trends.sample." + p.sample().name()));
        }
        String change = "";
        String adjusted = "";
        if (j > 0) {
          TrendResult.Change c = series.changes().get(j - 1);
          change = c.difference().isPresent() ? signed(c.difference().getAsDouble()) : "-";
          adjusted = c.adjustedP().isPresent() ? p(c.adjustedP().getAsDouble()) : "-";
          if (c.significant()) {
            notes.add(text("trends.note.significant"));
          } else if (c.tested() == TrendResult.Tested.NO_VARIANCE) {
            notes.add(text("trends.note.noVariance"));
          }
        }
        if (series.chart().isPresent()) {
          for (TrendResult.Limits l : series.chart().get().limits()) {
            if (l.period().equals(p.period()) && l.signal()) {
              notes.add(text(l.laneySignal() ? "trends.note.laneySignal" : "trends.note.signal"));
            }
          }
        }
        t.row(
            j == 0 ? series.name() : "",
            p.period(),
            Long.toString(p.n()),
            num(p.value()),
            p.interval()
                .map(i -> Table.num(locale, i.lower()) + ".." + Table.num(locale, i.upper()))
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
                    series.name(),
                    "centre",
                    Table.num(locale, c.centre()),
                    "sigmaZ",
                    num(c.sigmaZ())));
      }
    }
    return s.toString();
  }

  private String signed(double d) {
    return (d > 0 ? "+" : "") + Table.num(locale, d);
  }

  private String p(double p) {
    return p < 0.001
        ? "<" + String.format(locale, "%.3f", 0.001)
        : String.format(locale, "%.3f", p);
  }
}
