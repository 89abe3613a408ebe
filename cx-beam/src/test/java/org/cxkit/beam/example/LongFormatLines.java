package org.cxkit.beam.example;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/**
 * Turns the lines of a long-format responses file (one answer per line: {@code respondent}, {@code
 * touchpoint}, {@code measure}, {@code score}, optionally a time column, other columns ignored)
 * into responses. A stand-in until cx-formats' CSV readers land: it splits on the delimiter and
 * does not read quoted fields. The header line is recognised by its content (lines of a file arrive
 * in no order on a distributed runner); a blank score is a skipped question (counted, never a
 * zero); a bad line fails with the column and what was expected, never its content.
 */
final class LongFormatLines extends DoFn<String, Response> {
  private static final long serialVersionUID = 1L;

  private final String header;
  private final char delimiter;
  private final int respondent;
  private final int touchpoint;
  private final int measure;
  private final int score;
  private final int time;
  private final Counter skipped = Metrics.counter(LongFormatLines.class, "skipped");

  LongFormatLines(String header, char delimiter, String timeColumn) {
    this.header = header;
    this.delimiter = delimiter;
    List<String> columns = Splitter.on(delimiter).trimResults().splitToList(header);
    this.respondent = column(columns, "respondent");
    this.touchpoint = column(columns, "touchpoint");
    this.measure = column(columns, "measure");
    this.score = column(columns, "score");
    this.time = timeColumn.isEmpty() ? -1 : column(columns, timeColumn);
  }

  private static int column(List<String> columns, String name) {
    int i = columns.indexOf(name);
    checkArgument(i >= 0, "the header has no column '%s' (columns: %s)", name, columns);
    return i;
  }

  @ProcessElement
  public void processElement(@Element String text, OutputReceiver<Response> out) {
    Response r = parse(text);
    if (r != null) {
      out.output(r);
    }
  }

  /** Returns the line's response, or null for the header, a blank line or a skipped question. */
  @Nullable Response parse(String text) {
    String line = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (line.isBlank() || line.equals(header)) {
      return null;
    }
    List<String> cells = Splitter.on(delimiter).trimResults().splitToList(line);
    if (cells.size() <= Math.max(Math.max(respondent, touchpoint), Math.max(measure, score))) {
      throw new IllegalArgumentException("a line has " + cells.size() + " columns; too few");
    }
    String scoreText = cells.get(score);
    if (scoreText.isEmpty()) {
      skipped.inc();
      return null;
    }
    int value;
    try {
      value = Integer.parseInt(scoreText);
    } catch (NumberFormatException unquoted) {
      // no cause: the parser's message quotes the cell
      throw new IllegalArgumentException("column 'score': expected a whole number");
    }
    Optional<TouchpointId> tp =
        cells.get(touchpoint).isEmpty()
            ? Optional.empty()
            : Optional.of(TouchpointId.of(cells.get(touchpoint)));
    Optional<Instant> when = Optional.empty();
    if (time >= 0 && time < cells.size() && !cells.get(time).isEmpty()) {
      try {
        when = Optional.of(Instant.parse(cells.get(time)));
      } catch (DateTimeParseException unquoted) {
        throw new IllegalArgumentException("the time column: expected an ISO-8601 instant");
      }
    }
    return new Response(
        cells.get(respondent),
        tp,
        MeasureId.of(cells.get(measure)),
        value,
        when,
        ImmutableSortedMap.of());
  }
}
