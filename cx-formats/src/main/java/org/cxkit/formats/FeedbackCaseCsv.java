package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
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
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.jspecify.annotations.Nullable;

/**
 * Reads feedback cases (every field of a {@link FeedbackCase}) from CSV, one row per case,
 * streaming, in UTF-8. Same parser, strictness, {@link BadInput} policy and counts as {@link
 * ResponseCsv} and {@link EventCsv}, and the same contract for malformed rows, blank lines, {@code
 * ""} lines, control characters, a byte-order mark, duplicate and missing columns and the cell
 * (1,000,000 characters) and row (8,000,000) limits (see {@link ResponseCsv}'s Javadoc).
 *
 * <pre>{@code
 * FeedbackCaseCsv csv = FeedbackCaseCsv.builder().onBadInput(BadInput.collect(50)).build();
 * ReadReport report = csv.read(Path.of("feedback-cases.csv"), cases::add);
 * }</pre>
 *
 * <p>Columns (headers as named here, in any order; other columns are ignored):
 *
 * <ul>
 *   <li>{@code case}: the case id (required);
 *   <li>{@code channels}: the channel the case came in on, then each channel it moved to, separated
 *       by {@code |} ({@code forum|phone}), as {@link Channel} names matched ignoring case
 *       (required);
 *   <li>{@code touchpoint}: the designed touchpoint's id (optional);
 *   <li>{@code category} (required) and {@code severity}, a {@link CaseSeverity} name (required);
 *   <li>{@code received}, {@code first_response} and {@code resolved}: ISO-8601 instants such as
 *       {@code 2026-03-02T08:10:00Z} or with an offset; {@code received} required;
 *   <li>{@code contacts}: the number of contacts, counting the first (optional, 1 when blank);
 *   <li>{@code actions}: {@link RecoveryAction} names separated by {@code |} (optional);
 *   <li>{@code rating}: the customer's rating of the handling after recovery, an integer
 *       (optional).
 * </ul>
 *
 * <p>A blank optional cell is no value; an optional column may be left out of the header. A row
 * whose cells are each well-formed but break a rule of {@link FeedbackCase} (resolved before
 * received, fewer contacts than channels, a channel twice) is rejected as a whole row with the
 * rule's reason. Reasons name the column and what was expected, never the cell's content.
 *
 * @since 0.1
 */
public final class FeedbackCaseCsv {
  /** The longest cell, in characters. */
  private static final int MAX_CELL = 1_000_000;

  private static final Splitter BAR = Splitter.on('|').trimResults();

  private final char delimiter;
  private final BadInput policy;

  private FeedbackCaseCsv(Builder b) {
    this.delimiter = b.delimiter;
    this.policy = b.policy;
  }

  /**
   * Starts a reader (delimiter {@code ','}, failing fast on a bad row).
   *
   * @return a builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads UTF-8 CSV from a file.
   *
   * @param file the file
   * @param sink receives each case in file order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   * @since 0.1
   */
  public ReadReport read(Path file, Consumer<? super FeedbackCase> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRows.fromFile(file, in -> read(in, sink));
  }

  /**
   * Reads UTF-8 CSV from a stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each case in input order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   * @since 0.1
   */
  public ReadReport read(InputStream in, Consumer<? super FeedbackCase> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    try (CsvRows rows = CsvRows.of(in, delimiter, MAX_CELL)) {
      return read(rows, sink);
    }
  }

  /**
   * Reads CSV from characters, which are read to their end and closed.
   *
   * @param in the characters
   * @param sink receives each case in input order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, or I/O
   * @since 0.1
   */
  public ReadReport read(Reader in, Consumer<? super FeedbackCase> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    try (CsvRows rows = CsvRows.of(in, delimiter, MAX_CELL)) {
      return read(rows, sink);
    }
  }

  /** The columns, in the order a row's cells are checked. */
  private enum Column {
    CASE("case", true, "no case id: expected a non-blank id"),
    CHANNELS(
        "channels",
        true,
        "not a list of channels: expected channel names separated by '|', each once, such as"
            + " forum|phone; one of "
            + List.of(Channel.values())),
    TOUCHPOINT(
        "touchpoint", false, "not a touchpoint id: expected a slug such as 'submit-application'"),
    CATEGORY("category", true, "no category: expected a non-blank category"),
    SEVERITY("severity", true, "not a severity: expected one of " + List.of(CaseSeverity.values())),
    RECEIVED("received", true, "not a time: expected ISO-8601 such as 2026-03-02T08:10:00Z"),
    FIRST_RESPONSE(
        "first_response", false, "not a time: expected ISO-8601 such as 2026-03-02T08:10:00Z"),
    RESOLVED("resolved", false, "not a time: expected ISO-8601 such as 2026-03-02T08:10:00Z"),
    CONTACTS("contacts", false, "not a number of contacts: expected a whole number from 1"),
    ACTIONS(
        "actions",
        false,
        "not a list of recovery actions: expected names separated by '|' from "
            + List.of(RecoveryAction.values())),
    RATING("rating", false, "not a rating: expected a whole number");

    final String header;
    final boolean required;
    final String reason;

    Column(String header, boolean required, String reason) {
      this.header = header;
      this.required = required;
      this.reason = reason;
    }
  }

  private static final Column[] COLUMNS = Column.values();

  private ReadReport read(CsvRows rows, Consumer<? super FeedbackCase> sink) {
    Map<String, Integer> header = rows.header();
    int[] at = new int[COLUMNS.length]; // at[k]: the cell of COLUMNS[k], or -1
    for (int k = 0; k < COLUMNS.length; k++) {
      Column c = COLUMNS[k];
      at[k] = c.required ? CsvRows.required(header, c.header) : CsvRows.optional(header, c.header);
    }
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
      String why;
      @Nullable FeedbackCase parsed = null;
      String shape = rows.widthProblem(columns);
      if (shape != null) {
        why = shape;
      } else {
        @Nullable Column column = Column.CASE;
        FeedbackCase.Builder b = FeedbackCase.builder();
        try {
          for (int k = 0; k < COLUMNS.length; k++) {
            Column c = COLUMNS[k];
            column = c;
            String cell = at[k] < 0 ? "" : rows.cellOrEmpty(at[k]).strip();
            if (cell.isEmpty()) {
              if (c.required) {
                throw new IllegalArgumentException("blank");
              }
              continue;
            }
            set(b, c, cell);
          }
          column = null;
          parsed = b.build();
          why = "";
        } catch (IllegalArgumentException | DateTimeParseException e) {
          if (column == null) {
            // Every cell is well-formed; the case breaks a rule of FeedbackCase, whose message
            // names fields and counts only.
            why = "inconsistent case: " + e.getMessage();
          } else {
            where = InputLocation.cell(rows.rowNumber(), column.header);
            why = column.reason;
          }
        }
      }
      if (parsed != null) {
        sink.accept(parsed); // outside the try: the sink's own exceptions are not bad rows
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

  private static void set(FeedbackCase.Builder b, Column c, String cell) {
    switch (c) {
      case CASE -> b.id(cell);
      case CHANNELS -> {
        boolean first = true;
        for (String name : BAR.split(cell)) {
          Channel channel = enumOf(Channel.class, name);
          if (first) {
            b.channel(channel);
            first = false;
          } else {
            b.alsoVia(channel);
          }
        }
      }
      case TOUCHPOINT -> b.touchpoint(TouchpointId.of(cell));
      case CATEGORY -> b.category(cell);
      case SEVERITY -> b.severity(enumOf(CaseSeverity.class, cell));
      case RECEIVED -> b.received(ResponseCsv.parseInstant(cell));
      case FIRST_RESPONSE -> b.firstResponse(ResponseCsv.parseInstant(cell));
      case RESOLVED -> b.resolved(ResponseCsv.parseInstant(cell));
      case CONTACTS -> {
        int contacts = ResponseCsv.parseIntStrict(cell);
        checkArgument(contacts >= 1, "contacts");
        b.contacts(contacts);
      }
      case ACTIONS -> {
        for (String name : BAR.split(cell)) {
          b.action(enumOf(RecoveryAction.class, name));
        }
      }
      case RATING -> {
        int rating = ResponseCsv.parseIntStrict(cell);
        checkArgument(rating != Integer.MIN_VALUE, "rating");
        b.ratingAfterRecovery(rating);
      }
    }
  }

  /** An enum constant by its name, ignoring case; an {@link IllegalArgumentException} if none. */
  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
  }

  @Override
  public String toString() {
    return "FeedbackCaseCsv[delimiter '" + delimiter + "', " + policy + "]";
  }

  /**
   * Configures a {@link FeedbackCaseCsv}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private char delimiter = ',';
    private BadInput policy = BadInput.failFast();

    private Builder() {}

    /**
     * Sets the delimiter (default {@code ','}); not {@code |}, which separates channels and actions
     * within a cell.
     *
     * @param delimiter the delimiter
     * @return this builder
     * @throws IllegalArgumentException if it is a quote, a line break or {@code |}
     */
    public Builder delimiter(char delimiter) {
      checkArgument(
          delimiter != '"' && delimiter != '\n' && delimiter != '\r' && delimiter != '|',
          "unusable delimiter: not a quote, a line break or '|'");
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
     * Builds the reader.
     *
     * @return the reader
     */
    public FeedbackCaseCsv build() {
      return new FeedbackCaseCsv(this);
    }
  }
}
