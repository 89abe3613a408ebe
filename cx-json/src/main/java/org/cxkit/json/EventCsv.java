package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.json.CxJsonException.Kind;

/**
 * Reads journey events (customer, touchpoint, time, optional channel) from CSV, one row per event,
 * streaming. Same parser, strictness, reject handling and counts as {@link ResponseCsv}.
 *
 * <pre>{@code
 * EventCsv csv = EventCsv.builder().customerColumn("customer_id").collectRejects(50).build();
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
  private final int maxRejects;
  private final String customerColumn;
  private final String touchpointColumn;
  private final String timeColumn;
  private final String channelColumn;

  private EventCsv(Builder b) {
    this.delimiter = b.delimiter;
    this.maxRejects = b.maxRejects;
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
   * @throws CxJsonException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(Path file, Consumer<? super JourneyEvent> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, sink);
    } catch (IOException e) {
      throw Inputs.io(e);
    }
  }

  /**
   * Reads UTF-8 CSV from a stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each event in input order
   * @return what was read
   * @throws CxJsonException on a bad row (unless rejects are collected), bad header, encoding or
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
   * @throws CxJsonException on a bad row (unless rejects are collected), bad header, encoding or
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
    if (!rows.next()) {
      throw new CxJsonException.Details(Kind.SYNTAX, "empty CSV input: expected a header row")
          .csv(0, null)
          .build();
    }
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < rows.width(); i++) {
      header.putIfAbsent(String.valueOf(rows.cell(i)).strip(), i);
    }
    int customer = required(header, customerColumn);
    int touchpoint = required(header, touchpointColumn);
    int time = required(header, timeColumn);
    int channel = header.getOrDefault(channelColumn, -1);
    int columns = rows.width();
    long n = 0;
    long accepted = 0;
    long rejected = 0;
    List<RowReject> rejects = new ArrayList<>();
    while (rows.next()) {
      if (rows.isEmptyLine()) {
        continue;
      }
      n++;
      String column = customerColumn;
      String shape = rows.widthProblem(columns);
      if (shape != null) {
        if (maxRejects < 0) {
          throw new CxJsonException.Details(Kind.STRUCTURE, "bad row: " + shape)
              .csv(rows.rowNumber(), null)
              .build();
        }
        rejected++;
        if (rejects.size() < maxRejects) {
          rejects.add(new RowReject(rows.rowNumber(), "", shape));
        }
        continue;
      }
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
        sink.accept(new JourneyEvent(who, tp, at, ch));
        accepted++;
      } catch (IllegalArgumentException | DateTimeParseException e) {
        String why =
            column.equals(customerColumn)
                ? "blank customer"
                : column.equals(channelColumn)
                    ? "not a channel: expected one of " + List.of(Channel.values())
                    : reasonFor(column);
        if (maxRejects < 0) {
          throw new CxJsonException.Details(Kind.STRUCTURE, "bad row: " + why)
              .csv(rows.rowNumber(), column)
              .build();
        }
        rejected++;
        if (rejects.size() < maxRejects) {
          rejects.add(new RowReject(rows.rowNumber(), column, why));
        }
      }
    }
    return new ReadReport(n, accepted, rejected, accepted, 0, ImmutableList.copyOf(rejects));
  }

  private String reasonFor(String column) {
    return column.equals(touchpointColumn)
        ? "not a touchpoint id: expected a slug such as 'sign-up'"
        : "not a time: expected ISO-8601 such as 2026-05-08T04:41:00Z";
  }

  private static String cell(CsvRows rows, int i) {
    String s = rows.cell(i);
    return s == null ? "" : s.strip();
  }

  private static int required(Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    if (i == null) {
      throw new CxJsonException.Details(Kind.STRUCTURE, "missing column")
          .csv(0, column)
          .expected("a header cell with this name", null)
          .build();
    }
    return i;
  }

  @Override
  public String toString() {
    return "EventCsv[delimiter '"
        + delimiter
        + "', "
        + (maxRejects < 0 ? "fail fast" : "collect rejects")
        + "]";
  }

  /**
   * Configures an {@link EventCsv}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private char delimiter = ',';
    private int maxRejects = -1;
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
     * Leaves bad rows out instead of failing, listing up to {@code maxListed} in the report.
     *
     * @param maxListed how many rejects to list
     * @return this builder
     */
    public Builder collectRejects(int maxListed) {
      checkArgument(maxListed >= 0, "maxListed must not be negative, got %s", maxListed);
      this.maxRejects = maxListed;
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
