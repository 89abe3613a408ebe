package org.cxkit.report;

import java.util.Locale;
import java.util.Optional;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.MoveCount;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.journeys.Rate;

/** The text views of observed journeys: conformance and paths. */
final class JourneyText {
  /** The most rows of a list (variants, moves, steps) shown. */
  static final int SHOWN = 10;

  private final Messages messages;
  private final Locale locale;

  JourneyText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  private String text(String key) {
    return messages.pattern(key);
  }

  private String percent(Rate r) {
    Optional<Double> v = r.value();
    return v.isPresent() ? String.format(locale, "%.1f %%", 100 * v.get()) : "-";
  }

  private static String count(long n) {
    return Long.toString(n);
  }

  String table(ConformanceResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format(
            "conformance.title",
            "journey",
            r.journey().value(),
            "journeys",
            count(r.journeys()),
            "fitness",
            r.fitness().map(f -> String.format(locale, "%.3f", f)).orElse("-"),
            "cost",
            count(r.cost()),
            "trivial",
            count(r.trivialCost()),
            "perfect",
            count(r.perfect()),
            "share",
            percent(r.perfectRate())));
    if (r.tooLong() > 0) {
      s.append("\n  ").append(messages.format("conformance.tooLong", "n", count(r.tooLong())));
    }
    Table t =
        new Table(
            locale,
            text("conformance.column.touchpoint"),
            text("conformance.column.stage"),
            ">" + text("conformance.column.met"),
            ">" + text("conformance.column.failing"),
            ">" + text("conformance.column.irregular"),
            ">" + text("conformance.column.missing"));
    for (ConformanceResult.TouchpointRow row : r.touchpoints()) {
      t.row(
          row.touchpoint().value(),
          row.stage().value(),
          count(row.met()),
          count(row.failing()) + " (" + percent(row.failingRate()) + ")",
          count(row.irregular()) + " (" + percent(row.irregularRate()) + ")",
          count(row.missing()) + " (" + percent(row.missingRate()) + ")");
    }
    s.append('\n').append(t);
    if (!r.adHoc().isEmpty()) {
      s.append('\n').append(text("conformance.adHoc"));
      r.adHoc().stream()
          .limit(SHOWN)
          .forEach(a -> s.append("\n  ").append(a.step()).append(": ").append(a.count()));
    }
    appendMoves(s, "conformance.undesigned", r.undesignedMoves());
    appendMoves(s, "conformance.untaken", r.untakenMoves());
    return s.toString();
  }

  private void appendMoves(StringBuilder s, String key, java.util.List<MoveCount> moves) {
    if (moves.isEmpty()) {
      return;
    }
    s.append('\n').append(text(key));
    for (int i = 0; i < Math.min(SHOWN, moves.size()); i++) {
      MoveCount m = moves.get(i);
      s.append("\n  ").append(m.from()).append(" -> ").append(m.to());
      if (m.count() > 0) {
        s.append(": ").append(m.count());
      }
    }
    if (moves.size() > SHOWN) {
      s.append("\n  ").append(messages.format("journeys.more", "n", count(moves.size() - SHOWN)));
    }
  }

  String table(PathsResult r) {
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format(
            "paths.title",
            "journeys",
            count(r.journeys()),
            "events",
            count(r.events()),
            "variants",
            count(r.distinctVariants())));
    Table steps =
        new Table(
            locale,
            text("paths.column.step"),
            ">" + text("paths.column.events"),
            ">" + text("paths.column.journeys"),
            ">" + text("paths.column.starts"),
            ">" + text("paths.column.ends"),
            ">" + text("paths.column.dropOff"));
    for (PathsResult.StepRow row : r.steps()) {
      steps.row(
          row.step().toString(),
          count(row.events()),
          count(row.journeys()),
          count(row.starts()),
          count(row.ends()),
          percent(row.dropOff()));
    }
    s.append('\n').append(steps);
    Table moves =
        new Table(
            locale,
            text("paths.column.from"),
            text("paths.column.to"),
            ">" + text("paths.column.count"),
            ">" + text("paths.column.median"),
            ">" + text("paths.column.p90"));
    for (PathsResult.Gap g : r.gaps()) {
      moves.row(
          g.from().toString(),
          g.to().toString(),
          count(g.count()),
          g.median().toString(),
          g.p90().toString());
    }
    s.append('\n').append(text("paths.moves")).append('\n').append(moves);
    if (!r.variants().isEmpty()) {
      s.append('\n').append(text("paths.variants"));
      for (int i = 0; i < r.variants().size(); i++) {
        PathsResult.Variant v = r.variants().get(i);
        s.append("\n  ")
            .append(v)
            .append("  (")
            .append(messages.format("paths.coverage", "share", percent(r.coverage(i + 1))))
            .append(')');
      }
    }
    if (!r.channelSwitches().isEmpty()) {
      s.append('\n').append(text("paths.switches"));
      for (PathsResult.ChannelSwitch c : r.channelSwitches()) {
        s.append("\n  ")
            .append(c.from())
            .append(" -> ")
            .append(c.to())
            .append(": ")
            .append(c.count());
      }
    }
    return s.toString();
  }
}
