package org.cxkit.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.MetricTarget;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.analysis.OperationalResult;

/** The text table of an operational measure's figures per touchpoint, in one locale. */
final class OperationalText {
  private final Messages messages;
  private final Locale locale;

  OperationalText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  private String text(String key) {
    return messages.format(key);
  }

  String table(OperationalResult r) {
    StringBuilder s = new StringBuilder();
    String level = Table.fixed(locale, 100 * r.level(), 0, false);
    s.append(
        messages.format(
            "operational.title",
            "measure",
            r.measure().id().value(),
            "unit",
            r.measure().unit().symbol(),
            "minimumN",
            Long.toString(r.minimumN())));
    if (r.rows().isEmpty()) {
      return s.append("\n  ").append(text("operational.empty")).toString();
    }
    s.append('\n');
    String interval = messages.format("operational.column.interval", "level", level);
    Table t =
        new Table(
            locale,
            text("operational.column.touchpoint"),
            ">" + text("operational.column.n"),
            ">" + text("operational.column.mean"),
            ">" + interval,
            ">" + text("operational.column.median"),
            ">" + interval,
            ">" + text("operational.column.p90"),
            ">" + interval,
            text("operational.column.target"),
            text("operational.column.status"));
    for (OperationalResult.Row row : r.rows()) {
      List<OperationalResult.Judged> judged = row.judged();
      int lines = Math.max(1, judged.size());
      for (int j = 0; j < lines; j++) {
        boolean first = j == 0;
        OperationalResult.Judged jd = judged.isEmpty() ? null : judged.get(j);
        t.row(
            first ? row.touchpoint().value() : "",
            first ? Long.toString(row.n()) : "",
            first ? Table.num(row.mean(), 1) : "",
            first ? range(row.meanInterval()) : "",
            first ? Table.num(row.median(), 1) : "",
            first ? range(row.medianInterval()) : "",
            first ? Table.num(row.p90(), 1) : "",
            first ? range(row.p90Interval()) : "",
            jd == null ? "" : target(jd.target()),
            jd == null ? "" : text("operational.status." + jd.status().name()));
      }
    }
    s.append(t);
    s.append("\n  ")
        .append(
            messages.format(
                "legend",
                "terms",
                List.of(
                    text("legend.method.t"),
                    text("legend.method.order-statistics"),
                    text("legend.quantiles"))));
    return s.toString();
  }

  /** An interval as {@code lower..upper} with one decimal, or "-" when there is none. */
  String range(Optional<Interval> i) {
    return i.map(
            x ->
                Table.fixed(locale, x.lower(), 1, false)
                    + ".."
                    + Table.fixed(locale, x.upper(), 1, false))
        .orElse("-");
  }

  /** A target as {@code mean 120.0, tolerating 300.0}. */
  String target(MetricTarget target) {
    List<Object> args = new ArrayList<>();
    args.add("figure");
    args.add(text("operational.figure." + target.unit().name()));
    args.add("threshold");
    args.add(Table.num(locale, target.threshold()));
    if (target.tolerance().isPresent()) {
      args.add("limit");
      args.add(Table.num(locale, target.tolerance().getAsDouble()));
      return messages.format("operational.target.tolerating", args.toArray());
    }
    return messages.format("operational.target", args.toArray());
  }
}
