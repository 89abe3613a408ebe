package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.jspecify.annotations.Nullable;

/**
 * Reads journey events (customer, touchpoint, time, optional channel) from CSV, one row per event,
 * streaming, in UTF-8. Same parser, strictness, {@link BadInput} policy and counts as {@link
 * ResponseCsv}, and the same contract for malformed rows, blank lines, {@code ""} lines, control
 * characters, a byte-order mark, duplicate and missing columns and the cell and row limits (see
 * {@link ResponseCsv}'s Javadoc).
 *
 * <pre>{@code
 * EventCsv csv = EventCsv.builder().customerColumn("customer_id").onBadInput(BadInput.collect(50)).build();
 * ReadReport report = csv.read(Path.of("events.csv"), events::add);
 * }</pre>
 *
 * <p>The channel column is optional; its cells are {@link Channel} names, matched ignoring case
 * ({@code web}, {@code SOCIAL_MEDIA}); a blank cell is no channel.
 *
 * @since 0.1
 */
public final class EventCsv {
  private final char delimiter;
  private final BadInput policy;
  private final String customerColumn;
  private final String touchpointColumn;
  private final String timeColumn;
  private final String channelColumn;

  private EventCsv(Builder b) {
    this.delimiter = b.delimiter;
    this.policy = b.policy;
    this.customerColumn = b.customerColumn;
    this.touchpointColumn = b.touchpointColumn;
    this.timeColumn = b.timeColumn;
    this.channelColumn = b.channelColumn;
  }

  /**
   * Starts a reader with the columns {@code customer}, {@code touchpoint}, {@code time} and
   * (optional) {@code channel}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads UTF-8 CSV from a file.
   *
   * @param file the file
   * @param sink receives each event in file order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(Path file, Consumer<? super JourneyEvent> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRows.fromFile(file, in -> read(in, sink));
  }

  /**
   * Reads UTF-8 CSV from a stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each event in input order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(InputStream in, Consumer<? super JourneyEvent> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    try (CsvRows rows = CsvRows.of(in, delimiter, 1_000_000)) {
      return read(rows, sink);
    }
  }

  /**
   * Reads CSV from characters, which are read to their end and closed.
   *
   * @param in the characters
   * @param sink receives each event in input order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(Reader in, Consumer<? super JourneyEvent> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    try (CsvRows rows = CsvRows.of(in, delimiter, 1_000_000)) {
      return read(rows, sink);
    }
  }

  private ReadReport read(CsvRows rows, Consumer<? super JourneyEvent> sink) {
    Map<String, Integer> header = rows.header();
    int customer = CsvRows.required(header, customerColumn);
    int touchpoint = CsvRows.required(header, touchpointColumn);
    int time = CsvRows.required(header, timeColumn);
    int channel = CsvRows.optional(header, channelColumn);
    int columns = rows.width();
    long n = 0;
    long rejected = 0;
    List<Reject> rejects = new ArrayList<>();
    while (rows.next()) {
      if (rows.isEmptyLine()) {
        continue;
      }
      n++;
      InputLocation where = InputLocation.row(rows.rowNumber());
      String why = "";
      @Nullable JourneyEvent event = null;
      String shape = rows.widthProblem(columns);
      if (shape != null) {
        why = shape;
      } else {
        String column = customerColumn;
        try {
          String who = cell(rows, customer);
          if (who.isEmpty()) {
            throw new IllegalArgumentException("blank customer");
          }
          column = touchpointColumn;
          TouchpointId tp = TouchpointId.of(cell(rows, touchpoint));
          column = timeColumn;
          Instant at = ResponseCsv.parseInstant(cell(rows, time));
          Optional<Channel> ch = Optional.empty();
          if (channel >= 0 && !cell(rows, channel).isEmpty()) {
            column = channelColumn;
            ch = Optional.of(Channel.valueOf(cell(rows, channel).toUpperCase(Locale.ROOT)));
          }
          event = new JourneyEvent(who, tp, at, ch);
        } catch (IllegalArgumentException | DateTimeParseException e) {
          where = InputLocation.cell(rows.rowNumber(), column);
          why = reasonFor(column);
        }
      }
      if (event != null) {
        sink.accept(event); // outside the try: the sink's own exceptions are not bad rows
        continue;
      }
      if (policy.failsFast()) {
        throw new BadInputException(BadInputException.Kind.STRUCTURE, where, why);
      }
      rejected++;
      if (rejects.size() < policy.maxListed()) {
        rejects.add(new Reject(where, why));
      }
    }
    return new ReadReport(
        n, n - rejected, rejected, n - rejected, 0, ImmutableList.copyOf(rejects));
  }

  private String reasonFor(String column) {
    if (column.equals(customerColumn)) {
      return "blank customer";
    }
    if (column.equals(channelColumn)) {
      return "not a channel: expected one of " + List.of(Channel.values());
    }
    return column.equals(touchpointColumn)
        ? "not a touchpoint id: expected a slug such as 'sign-up'"
        : "not a time: expected ISO-8601 such as 2026-05-08T04:41:00Z";
  }

  private static String cell(CsvRows rows, int i) {
    return rows.cellOrEmpty(i).strip();
  }

  @Override
  public String toString() {
    return "EventCsv[delimiter '" + delimiter + "', " + policy + "]";
  }

  /**
   * Configures an {@link EventCsv}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private char delimiter = ',';
    private BadInput policy = BadInput.failFast();
    private String customerColumn = "customer";
    private String touchpointColumn = "touchpoint";
    private String timeColumn = "time";
    private String channelColumn = "channel";

    private Builder() {}

    /**
     * Sets the delimiter (default {@code ','}).
     *
     * @param delimiter the delimiter
     * @return this builder
     */
    public Builder delimiter(char delimiter) {
      checkArgument(
          delimiter != '"' && delimiter != '\n' && delimiter != '\r', "unusable delimiter");
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Sets what happens to a bad row: {@link BadInput#failFast()} (the default) or {@link
     * BadInput#collect(int)}, which leaves it out, counts it and lists the first few.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder onBadInput(BadInput policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the customer column header.
     *
     * @param column the header
     * @return this builder
     */
    public Builder customerColumn(String column) {
      this.customerColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the touchpoint column header.
     *
     * @param column the header
     * @return this builder
     */
    public Builder touchpointColumn(String column) {
      this.touchpointColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the time column header.
     *
     * @param column the header
     * @return this builder
     */
    public Builder timeColumn(String column) {
      this.timeColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the (optional) channel column header.
     *
     * @param column the header
     * @return this builder
     */
    public Builder channelColumn(String column) {
      this.channelColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public EventCsv build() {
      return new EventCsv(this);
    }
  }
}
