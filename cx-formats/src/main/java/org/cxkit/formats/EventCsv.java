package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.jspecify.annotations.Nullable;

/**
 * Reads journey events (every field of a JourneyEvent) from CSV, one row per event, streaming, in
 * UTF-8. Same parser, strictness, {@link BadInput} policy and counts as {@link ResponseCsv}, and
 * the same contract for malformed rows, blank lines, {@code ""} lines, control characters, a
 * byte-order mark, duplicate and missing columns and the cell and row limits (see {@link
 * ResponseCsv}'s Javadoc).
 *
 * <pre>{@code
 * EventCsv csv = EventCsv.builder().customerColumn("customer_id").onBadInput(BadInput.collect(50)).build();
 * ReadReport report = csv.read(Path.of("events.csv"), events::add);
 * }</pre>
 *
 * <p>Columns (default headers): {@code customer}, {@code case} and {@code session}, of which the
 * header has at least one and each row fills at least one; {@code touchpoint} and {@code ad_hoc} (a
 * label for a step the design does not have), of which each row fills exactly one; {@code time}
 * (ISO-8601, required); {@code channel}, {@code initiator} and {@code outcome}, optional, whose
 * cells are {@link Channel}, {@link Initiator} and {@link Outcome} names matched ignoring case
 * ({@code web}, {@code SOCIAL_MEDIA}, {@code failed}). A blank optional cell is no value. Other
 * columns are ignored.
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
  private final String caseColumn;
  private final String sessionColumn;
  private final String adHocColumn;
  private final String initiatorColumn;
  private final String outcomeColumn;

  private EventCsv(Builder b) {
    this.delimiter = b.delimiter;
    this.policy = b.policy;
    this.customerColumn = b.customerColumn;
    this.touchpointColumn = b.touchpointColumn;
    this.timeColumn = b.timeColumn;
    this.channelColumn = b.channelColumn;
    this.caseColumn = b.caseColumn;
    this.sessionColumn = b.sessionColumn;
    this.adHocColumn = b.adHocColumn;
    this.initiatorColumn = b.initiatorColumn;
    this.outcomeColumn = b.outcomeColumn;
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
    int customer = CsvRows.optional(header, customerColumn);
    int caseId = CsvRows.optional(header, caseColumn);
    int session = CsvRows.optional(header, sessionColumn);
    if (customer < 0 && caseId < 0 && session < 0) {
      CsvRows.required(header, customerColumn); // names the missing column
    }
    int touchpoint = CsvRows.optional(header, touchpointColumn);
    int adHoc = CsvRows.optional(header, adHocColumn);
    if (touchpoint < 0 && adHoc < 0) {
      CsvRows.required(header, touchpointColumn);
    }
    int time = CsvRows.required(header, timeColumn);
    int channel = CsvRows.optional(header, channelColumn);
    int initiator = CsvRows.optional(header, initiatorColumn);
    int outcome = CsvRows.optional(header, outcomeColumn);
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
          JourneyEvent.Builder b = JourneyEvent.builder();
          String who = optionalCell(rows, customer);
          String theCase = optionalCell(rows, caseId);
          String theSession = optionalCell(rows, session);
          if (who.isEmpty() && theCase.isEmpty() && theSession.isEmpty()) {
            column = customer >= 0 ? customerColumn : caseId >= 0 ? caseColumn : sessionColumn;
            throw new IllegalArgumentException("no key");
          }
          if (!who.isEmpty()) {
            b.customer(who);
          }
          if (!theCase.isEmpty()) {
            b.caseId(theCase);
          }
          if (!theSession.isEmpty()) {
            b.session(theSession);
          }
          column = touchpointColumn;
          String tp = optionalCell(rows, touchpoint);
          String label = optionalCell(rows, adHoc);
          if (tp.isEmpty() == label.isEmpty()) {
            column = tp.isEmpty() || adHoc < 0 ? touchpointColumn : adHocColumn;
            throw new IllegalArgumentException("one step");
          }
          if (tp.isEmpty()) {
            b.adHoc(label);
          } else {
            b.step(Step.of(TouchpointId.of(tp)));
          }
          column = timeColumn;
          b.time(ResponseCsv.parseInstant(cell(rows, time)));
          column = channelColumn;
          String c = optionalCell(rows, channel);
          if (!c.isEmpty()) {
            b.channel(Channel.valueOf(c.toUpperCase(Locale.ROOT)));
          }
          column = initiatorColumn;
          c = optionalCell(rows, initiator);
          if (!c.isEmpty()) {
            b.initiator(Initiator.valueOf(c.toUpperCase(Locale.ROOT)));
          }
          column = outcomeColumn;
          c = optionalCell(rows, outcome);
          if (!c.isEmpty()) {
            b.outcome(Outcome.valueOf(c.toUpperCase(Locale.ROOT)));
          }
          event = b.build();
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
    if (column.equals(customerColumn)
        || column.equals(caseColumn)
        || column.equals(sessionColumn)) {
      return "no customer, case or session: expected at least one";
    }
    if (column.equals(channelColumn)) {
      return "not a channel: expected one of " + List.of(Channel.values());
    }
    if (column.equals(initiatorColumn)) {
      return "not an initiator: expected one of " + List.of(Initiator.values());
    }
    if (column.equals(outcomeColumn)) {
      return "not an outcome: expected one of " + List.of(Outcome.values());
    }
    if (column.equals(adHocColumn)) {
      return "both a touchpoint and an ad hoc label: expected one of them";
    }
    return column.equals(touchpointColumn)
        ? "not a touchpoint id: expected a slug such as 'sign-up' (or an ad hoc label)"
        : "not a time: expected ISO-8601 such as 2026-05-08T04:41:00Z";
  }

  private static String optionalCell(CsvRows rows, int i) {
    return i < 0 ? "" : cell(rows, i);
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
    private String caseColumn = "case";
    private String sessionColumn = "session";
    private String adHocColumn = "ad_hoc";
    private String initiatorColumn = "initiator";
    private String outcomeColumn = "outcome";

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
     * Sets the (optional) case column header.
     *
     * @param column the header
     * @return this builder
     * @since 0.1
     */
    public Builder caseColumn(String column) {
      this.caseColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the (optional) session column header.
     *
     * @param column the header
     * @return this builder
     * @since 0.1
     */
    public Builder sessionColumn(String column) {
      this.sessionColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the (optional) header of the column of ad hoc labels, for steps the design does not
     * have.
     *
     * @param column the header
     * @return this builder
     * @since 0.1
     */
    public Builder adHocColumn(String column) {
      this.adHocColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the (optional) initiator column header.
     *
     * @param column the header
     * @return this builder
     * @since 0.1
     */
    public Builder initiatorColumn(String column) {
      this.initiatorColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the (optional) outcome column header.
     *
     * @param column the header
     * @return this builder
     * @since 0.1
     */
    public Builder outcomeColumn(String column) {
      this.outcomeColumn = requireNonNull(column, "column");
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
