package org.cxkit.formats;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsComparison;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TouchpointScore;

/**
 * Results as CSV for spreadsheets (Excel, Sheets, LibreOffice): the scorecard, overall results, NPS
 * comparisons and an export's inspection, one row per result with its unit, sample size and
 * interval. RFC 4180 with CRLF line ends, numbers with a dot and no grouping, a blank cell where a
 * value is missing (the reason column says why).
 *
 * <p>Text cells that a spreadsheet would run as a formula, those starting with {@code =}, {@code
 * +}, {@code -}, {@code @}, a tab or a carriage return, are neutralised as OWASP recommends against
 * CSV injection: prefixed with a single quote and quoted. Numbers are written as numbers.
 *
 * <pre>{@code
 * try (Writer out = Files.newBufferedWriter(Path.of("scorecard.csv"))) {
 *   ResultCsv.scorecard(result, out);
 * }
 * }</pre>
 *
 * @since 0.1
 */
public final class ResultCsv {
  private ResultCsv() {}

  private static final String[] RESULT_COLUMNS = {
    "metric",
    "n",
    "value",
    "unit",
    "interval_lower",
    "interval_upper",
    "interval_level",
    "interval_method",
    "reason"
  };

  /**
   * Writes a scorecard: one row per touchpoint and per rollup (stage, phase, journey), with the
   * target, its status and the gap.
   *
   * @param result the scorecard
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void scorecard(ScorecardResult result, Writer out) {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    Row r = new Row(out);
    r.text("journey").text("level").text("name").text("stage").text("phase");
    for (String c : RESULT_COLUMNS) {
      r.text(c);
    }
    r.text("target").text("status").text("gap").end();
    String journey = result.journey().value();
    for (TouchpointScore t : result.rows()) {
      r.text(journey)
          .text("touchpoint")
          .text(t.touchpoint().value())
          .text(t.stage().value())
          .text(t.phase().name().toLowerCase(Locale.ROOT));
      result(r, t.result());
      r.text(t.target().map(Object::toString).orElse(""))
          .text(t.status().name().toLowerCase(Locale.ROOT))
          .number(t.gap())
          .end();
    }
    for (Iterable<Rollup> level :
        java.util.List.of(result.stages(), result.phases(), result.overall())) {
      for (Rollup u : level) {
        r.text(journey)
            .text(u.level().name().toLowerCase(Locale.ROOT))
            .text(u.name())
            .text("")
            .text("");
        result(r, u.result());
        r.text("").text("").text("").end();
      }
    }
  }

  /**
   * Writes named results, such as the overall items' NPS and CSAT: one row each.
   *
   * @param results name (such as the measure id) to result, in the order to write
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void results(Map<String, ? extends MetricResult> results, Writer out) {
    requireNonNull(results, "results");
    requireNonNull(out, "out");
    Row r = new Row(out);
    r.text("name");
    for (String c : RESULT_COLUMNS) {
      r.text(c);
    }
    r.end();
    results.forEach(
        (name, result) -> {
          r.text(requireNonNull(name, "name"));
          result(r, requireNonNull(result, "result"));
          r.end();
        });
  }

  /**
   * Writes NPS comparisons of two groups: one row each, with both scores, the difference, its
   * interval and p-value.
   *
   * @param comparisons name (such as "2025 vs 2026") to comparison, in the order to write
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void comparisons(Map<String, NpsComparison> comparisons, Writer out) {
    requireNonNull(comparisons, "comparisons");
    requireNonNull(out, "out");
    Row r = new Row(out);
    r.text("name").text("n_a").text("nps_a").text("n_b").text("nps_b").text("difference");
    r.text("unit").text("interval_lower").text("interval_upper").text("interval_level");
    r.text("interval_method").text("p").end();
    comparisons.forEach(
        (name, c) -> {
          Optional<Interval> i = c.interval();
          r.text(requireNonNull(name, "name"))
              .number(c.a().n())
              .number(c.a().score())
              .number(c.b().n())
              .number(c.b().score())
              .number(c.difference())
              .text("nps points")
              .number(i.map(Interval::lower))
              .number(i.map(Interval::upper))
              .number(i.map(Interval::level))
              .text(i.map(Interval::method).orElse(""))
              .number(c.p())
              .end();
        });
  }

  /**
   * Writes what an inspection found: one row per column, with the answers seen and the guessed
   * measure.
   *
   * @param inspection the inspection
   * @param out where to write (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void inspection(ExportInspection inspection, Writer out) {
    requireNonNull(inspection, "inspection");
    requireNonNull(out, "out");
    Row r = new Row(out);
    r.text("index").text("column").text("answered").text("distinct").text("min").text("max");
    r.text("guessed_measure").text("labels").text("values").end();
    for (ExportInspection.Column c : inspection.columns()) {
      r.number(c.index())
          .text(c.name())
          .number(c.answered())
          .number(c.distinct())
          .number(
              c.min().isPresent() ? OptionalDouble.of(c.min().getAsInt()) : OptionalDouble.empty())
          .number(
              c.max().isPresent() ? OptionalDouble.of(c.max().getAsInt()) : OptionalDouble.empty())
          .text(c.measure().orElse(""))
          .text(c.labels().orElse(""))
          .text(String.join(" | ", c.values()))
          .end();
    }
  }

  /** The result columns: metric, n, value, unit, interval and the reason for no value. */
  private static void result(Row r, MetricResult m) {
    Optional<Interval> interval = Optional.empty();
    String unit = "";
    if (m instanceof NpsResult nps) {
      interval = nps.interval();
      unit = "nps points";
    } else if (m instanceof ScaleResult s) {
      if (s.headlineKind() == ScaleResult.Headline.MEAN) {
        interval = s.meanInterval(0.95);
        unit = "mean on " + s.scale().min() + ".." + s.scale().max();
      } else {
        interval = s.goodBoxInterval(0.95);
        unit = "% good box";
      }
    }
    r.text(m.metric())
        .number(m.n())
        .number(m.headline())
        .text(unit)
        .number(interval.map(Interval::lower))
        .number(interval.map(Interval::upper))
        .number(interval.map(Interval::level))
        .text(interval.map(Interval::method).orElse(""))
        .text(m.reason().orElse(""));
  }

  /**
   * Neutralises a cell a spreadsheet would run as a formula: one starting with {@code =}, {@code
   * +}, {@code -}, {@code @}, a tab or a carriage return gets a leading single quote (OWASP, "CSV
   * Injection").
   *
   * @param text the cell's text
   * @return the text, safe to open in a spreadsheet
   */
  public static String neutralise(String text) {
    requireNonNull(text, "text");
    if (!text.isEmpty()) {
      char c = text.charAt(0);
      if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
        return "'" + text;
      }
    }
    return text;
  }

  /** One CSV row being written. */
  private static final class Row {
    final Writer out;
    boolean first = true;

    Row(Writer out) {
      this.out = out;
    }

    Row text(String s) {
      String t = neutralise(s);
      boolean quote =
          t.length() != s.length()
              || t.indexOf(',') >= 0
              || t.indexOf('"') >= 0
              || t.indexOf('\n') >= 0
              || t.indexOf('\r') >= 0;
      return cell(quote ? "\"" + t.replace("\"", "\"\"") + "\"" : t);
    }

    Row number(long n) {
      return cell(Long.toString(n));
    }

    Row number(OptionalDouble d) {
      return cell(d.isPresent() ? format(d.getAsDouble()) : "");
    }

    Row number(Optional<Double> d) {
      return cell(d.map(Row::format).orElse(""));
    }

    static String format(double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return Long.toString((long) d);
      }
      return Double.toString(d);
    }

    private Row cell(String s) {
      try {
        if (!first) {
          out.write(',');
        }
        out.write(s);
        first = false;
        return this;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void end() {
      try {
        out.write("\r\n");
        first = true;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
