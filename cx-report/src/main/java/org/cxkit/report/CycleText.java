package org.cxkit.report;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.Management;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ExScorecardResult;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.journeys.DurationSummary;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.Rate;
import org.cxkit.metrics.journeys.RecoveryResult;

/**
 * The text views of the CX management cycle: service recovery, the recovery paradox, employee
 * experience beside customer experience, and the open initiatives by owner.
 */
final class CycleText {
  private final Messages messages;
  private final ResultText results;
  private final Locale locale;

  CycleText(Messages messages, ResultText results) {
    this.messages = messages;
    this.results = results;
    this.locale = messages.locale();
  }

  private String text(String key) {
    return messages.pattern(key);
  }

  private String percent(Optional<Double> share) {
    return share.map(v -> String.format(locale, "%.1f %%", 100 * v)).orElse("-");
  }

  private String percentRange(Optional<Interval> i) {
    return i.map(
            x ->
                String.format(locale, "%.1f", 100 * x.lower())
                    + ".."
                    + String.format(locale, "%.1f %%", 100 * x.upper()))
        .orElse("");
  }

  private String range(Optional<Interval> i) {
    return i.map(x -> Table.num(locale, x.lower()) + ".." + Table.num(locale, x.upper()))
        .orElse("");
  }

  /** A duration in hours with one decimal, or "-". */
  private String hours(Optional<Duration> d) {
    return d.map(
            x ->
                messages.format(
                    "recovery.hours",
                    "hours",
                    String.format(locale, "%.1f", x.toSeconds() / 3600.0)))
        .orElse("-");
  }

  String table(RecoveryResult r) {
    ResultText.Legend legend = results.new Legend();
    StringBuilder s = new StringBuilder();
    s.append(messages.format("recovery.title", "cases", Long.toString(r.cases())));
    Table rates =
        new Table(
            locale,
            text("recovery.column.figure"),
            ">" + text("recovery.column.count"),
            ">" + text("recovery.column.n"),
            ">" + text("recovery.column.share"),
            ">" + text("recovery.column.interval"));
    rate(rates, "recovery.fcr", r.firstContactResolution());
    rate(rates, "recovery.resolved", r.resolved());
    rate(rates, "recovery.switched", r.switchedChannel());
    legend.add("method.Wilson");
    s.append('\n').append(rates);
    s.append("\n  ")
        .append(
            messages.format(
                "recovery.switches",
                "switches",
                Long.toString(r.channelSwitches()),
                "perCase",
                r.switchesPerCase().map(x -> String.format(locale, "%.2f", x)).orElse("-")));
    Table times =
        new Table(
            locale,
            text("recovery.column.time"),
            ">" + text("recovery.column.n"),
            ">" + text("recovery.column.median"),
            ">" + text("recovery.column.p90"));
    time(times, "recovery.firstResponse", r.timeToFirstResponse());
    time(times, "recovery.resolution", r.timeToResolution());
    s.append('\n').append(times);
    Table actions =
        new Table(
            locale,
            text("recovery.column.action"),
            ">" + text("recovery.column.cases"),
            ">" + text("recovery.column.rated"),
            ">" + text("recovery.column.mean"),
            ">" + text("recovery.column.interval"));
    boolean any = false;
    for (Map.Entry<RecoveryAction, RecoveryResult.ByAction> e : r.byAction().entrySet()) {
      RecoveryResult.ByAction a = e.getValue();
      if (a.cases() == 0) {
        continue;
      }
      any = true;
      ScaleResult ratings = a.ratings();
      Optional<Interval> ci = ratings.meanInterval(0.95);
      ci.ifPresent(x -> legend.method(x.method()));
      actions.row(
          messages.format("recovery.action", "action", e.getKey()),
          Long.toString(a.cases()),
          Long.toString(ratings.n()),
          Table.num(ratings.mean(), 2),
          range(ci));
    }
    s.append('\n').append(any ? actions.toString() : "  " + text("recovery.noActions"));
    s.append(legend.line());
    return s.toString();
  }

  private void rate(Table t, String key, Rate rate) {
    t.row(
        text(key),
        Long.toString(rate.count()),
        Long.toString(rate.of()),
        percent(rate.value()),
        percentRange(rate.interval()));
  }

  private void time(Table t, String key, DurationSummary d) {
    t.row(text(key), Long.toString(d.n()), hours(d.median()), hours(d.p90()));
  }

  String table(ParadoxResult r) {
    ResultText.Legend legend = results.new Legend();
    StringBuilder s = new StringBuilder();
    ScaleResult any = r.recovered();
    s.append(messages.format("paradox.title", "min", any.scale().min(), "max", any.scale().max()));
    Table t =
        new Table(
            locale,
            text("paradox.column.group"),
            ">" + text("recovery.column.n"),
            ">" + text("recovery.column.mean"),
            ">" + text("recovery.column.interval"));
    group(t, "paradox.recovered", r.recovered(), legend);
    group(t, "paradox.notRecovered", r.notRecovered(), legend);
    group(t, "paradox.neverFailed", r.neverFailed(), legend);
    s.append('\n').append(t).append('\n');
    Optional<Interval> ci = r.interval(0.95);
    ci.ifPresent(x -> legend.method(x.method()));
    String nRecovered = Long.toString(r.recovered().n());
    String nNever = Long.toString(r.neverFailed().n());
    if (r.difference().isEmpty()) {
      s.append("  ")
          .append(
              messages.format("paradox.noDifference", "recovered", nRecovered, "never", nNever));
    } else {
      String d = Table.fixed(locale, r.difference().get(), 2, true);
      String verdict =
          ci.isEmpty()
              ? "paradox.verdict.tooFew"
              : ci.get().lower() > 0
                  ? "paradox.verdict.shown"
                  : ci.get().upper() < 0 ? "paradox.verdict.lower" : "paradox.verdict.notShown";
      s.append("  ");
      s.append(
          messages.format(
              "paradox.difference",
              "difference",
              d,
              "interval",
              ci.map(
                      x ->
                          Table.fixed(locale, x.lower(), 2, true)
                              + ".."
                              + Table.fixed(locale, x.upper(), 2, true))
                  .orElse("-"),
              "recovered",
              nRecovered,
              "never",
              nNever));
      s.append('\n').append("  ").append(text(verdict));
    }
    s.append(legend.line());
    return s.toString();
  }

  private void group(Table t, String key, ScaleResult g, ResultText.Legend legend) {
    Optional<Interval> ci = g.meanInterval(0.95);
    ci.ifPresent(x -> legend.method(x.method()));
    t.row(text(key), Long.toString(g.n()), Table.num(g.mean(), 2), range(ci));
  }

  String table(ExScorecardResult r) {
    ResultText.Legend legend = results.new Legend();
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format(
            "ex.title", "journey", r.journey().value(), "minimumN", Long.toString(r.minimumN())));
    Table t =
        new Table(
            locale,
            text("ex.column.touchpoint"),
            text("ex.column.side"),
            text("scorecard.column.measure"),
            text("scorecard.column.unit"),
            ">" + text("scorecard.column.n"),
            ">" + text("scorecard.column.value"),
            ">" + text("scorecard.column.interval"),
            ">" + text("scorecard.column.target"),
            text("scorecard.column.status"));
    for (ExScorecardResult.Row row : r.rows()) {
      t.gap();
      String tp = row.touchpoint().value();
      if (row.employee().isPresent()) {
        score(t, tp, text("ex.side.employee"), row.employee().get(), legend);
      } else {
        t.row(tp, text("ex.side.employee"), "-", "", "", "", "", "", text("ex.notMeasured"));
      }
      if (row.customer().isEmpty()) {
        t.row("", text("ex.side.customer"), "-", "", "", "", "", "", text("ex.notMeasured"));
      }
      for (TouchpointScore c : row.customer()) {
        score(t, "", text("ex.side.customer"), c, legend);
      }
      t.row(
          "",
          "",
          messages.format(
              "ex.delivery",
              "roles",
              row.roles(),
              "enablers",
              row.enablers().isEmpty()
                  ? List.of(text("ex.enablers.none"))
                  : ImmutableList.copyOf(row.enablers())));
    }
    s.append('\n').append(t);
    List<String> thin =
        r.tooFew().stream().map(x -> x.value()).collect(ImmutableList.toImmutableList());
    if (!thin.isEmpty()) {
      s.append("\n  ").append(messages.format("ex.tooFew", "touchpoints", thin));
    }
    s.append(legend.line());
    return s.toString();
  }

  private void score(
      Table t, String touchpoint, String side, TouchpointScore row, ResultText.Legend legend) {
    int d = ResultText.decimals(row);
    row.interval().ifPresent(x -> legend.method(x.method()));
    t.row(
        touchpoint,
        side,
        row.measure().value(),
        results.unit(row, legend),
        Long.toString(row.n()),
        row.value().isPresent() ? Table.num(row.value().getAsDouble(), d) : "-",
        row.interval()
            .map(i -> Table.num(locale, i.lower()) + ".." + Table.num(locale, i.upper()))
            .orElse(""),
        row.target().<Object>map(x -> Table.num(x.threshold(), d)).orElse("-"),
        text("scorecard.status." + row.status().name()));
  }

  String openInitiatives(Management m) {
    long open = m.initiatives().stream().filter(i -> i.status().isOpen()).count();
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format(
            "initiatives.title",
            "open",
            Long.toString(open),
            "all",
            Long.toString(m.initiatives().size())));
    if (open == 0) {
      return s.append("\n  ").append(text("initiatives.none")).toString();
    }
    Table t =
        new Table(
            locale,
            text("initiatives.column.owner"),
            text("initiatives.column.initiative"),
            text("initiatives.column.status"),
            text("initiatives.column.target"),
            text("initiatives.column.due"));
    for (Map.Entry<String, ImmutableList<Initiative>> e : m.openInitiativesByOwner().entrySet()) {
      t.gap();
      String owner = e.getKey();
      for (Initiative i : e.getValue()) {
        t.row(
            owner,
            i.name(),
            text("initiatives.status." + i.status().name()),
            i.target()
                .map(
                    x ->
                        messages.format(
                            "initiatives.target",
                            "measure",
                            x.measure().value(),
                            "unit",
                            x.unit(),
                            "threshold",
                            Table.num(locale, x.threshold())))
                .orElse("-"),
            i.due().map(Object::toString).orElse("-"));
        owner = "";
      }
    }
    s.append('\n').append(t);
    long unowned =
        m.initiatives().stream().filter(i -> i.status().isOpen() && i.owner().isEmpty()).count();
    if (unowned > 0) {
      s.append("\n  ").append(messages.format("initiatives.unowned", "n", Long.toString(unowned)));
    }
    return s.toString();
  }
}
