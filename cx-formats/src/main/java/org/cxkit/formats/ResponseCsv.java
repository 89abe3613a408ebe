package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadColumnValueException;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.jspecify.annotations.Nullable;

/**
 * Reads survey responses from CSV, streaming, in constant memory: the <b>long</b> shape (one row
 * per answer: respondent, touchpoint, measure, score, time, extra columns) or the <b>wide</b> shape
 * survey tools export (one row per respondent, one column per question, the full question text as
 * header, labels such as "Very satisfied" instead of numbers, free-text columns beside the
 * ratings), as a survey tool lays it out: {@link Builder#preset preset(SurveyTool.QUALTRICS)} or
 * any {@link ExportLayout} (header rows, respondent and time columns, time patterns and zone,
 * charset, answers meaning not applicable, label sets, integral decimals). {@link ExportMapping}
 * builds a reader from a mapping file.
 *
 * <p><b>The readers' contract</b>, the same for every CSV reader of this package (this one and
 * {@link EventCsv}): RFC 4180 (quoted cells with delimiters, {@code ""} and line breaks inside;
 * CRLF, LF or CR line ends); bytes decoded strictly in the layout's charset (UTF-8 by default), a
 * bad byte failing the read with its line and column; a leading byte-order mark skipped; a blank
 * line no row (but numbered), a line of {@code ""} a row of one empty cell; a malformed row (a
 * quote inside an unquoted cell or after a closing one, a quote left open, a control character
 * other than tab, CR and LF) a bad row like any other, reported with its row and the line and
 * column of the problem, reading going on from the line after the row's first line, so a stray
 * quote that ran over later lines loses none of them; a row with more or fewer cells than the
 * header a bad row; a column the reader needs missing from the header, or in it twice, a {@link
 * BadInputException.Kind#STRUCTURE STRUCTURE} error on the header row naming the column (a column
 * it does not need may be there twice); a cell over {@link Builder#maxCellLength} or a row over
 * {@link Builder#maxRowLength} characters a {@link BadInputException.Kind#LIMIT LIMIT} error, so
 * memory is bounded per cell and per row. Rows are numbered from 0, the first header row, counting
 * every record and blank line, so a row number is the record's position in the file; messages name
 * a column by its header.
 *
 * <p>A blank answer is a skipped question: counted in {@link ReadReport#skipped()}, never a zero
 * and never an error. An answer meaning not applicable (a code or label of the layout) is counted
 * in {@link ReadReport#notApplicable()}: neither a score nor a skipped question nor a bad row.
 * Every data row is either accepted or rejected: a row whose answers are all blank or not
 * applicable is accepted and gives no response. A bad row fails the read with a {@link
 * BadInputException} naming the row and column (the default, {@link BadInput#failFast()}), or, with
 * {@link Builder#onBadInput onBadInput(BadInput.collect(n))}, is left out, counted, and listed in
 * {@link ReadReport#rejects()} with its row, column and reason. A row is all or nothing: a wide row
 * with one unreadable answer is rejected as a whole. Messages never repeat cell content (survey
 * answers are personal data).
 *
 * <pre>{@code
 * // long: respondent;touchpoint;measure;score;submitted;applicant
 * ResponseCsv csv = ResponseCsv.builder().delimiter(';').timeColumn("submitted").attribute("applicant").build();
 * ReadReport report = csv.read(Path.of("responses.csv"), responses::add);
 *
 * // wide: one column per question
 * ResponseCsv wide = ResponseCsv.builder()
 *     .wide("Response ID")
 *     .timeColumn("Submitted")
 *     .question("How easy was it to sign up? (1 = very hard, 7 = very easy)", "sign-up", "ces")
 *     .question("How satisfied were you with the reminder e-mail?", "reminder", "csat", ResponseCsv.CSAT_LABELS)
 *     .overall("How likely are you to recommend Waffle Wednesday to a friend or colleague?", "nps")
 *     .attribute("Which event did you attend?", "event")
 *     .onBadInput(BadInput.collect(100))
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each {@code read} call reads one input. The reader
 * starts no threads of its own: {@link #readInto readInto} reads a large file in parts on the
 * {@link Builder#executor executor} it was given.
 *
 * @since 0.1
 */
public final class ResponseCsv {

  /**
   * The usual five satisfaction labels, "Very dissatisfied" (1) to "Very satisfied" (5), for the
   * CSAT scale.
   */
  public static final ImmutableMap<String, Integer> CSAT_LABELS = Labels.SATISFACTION;

  private enum Shape {
    LONG,
    WIDE
  }

  /** A wide-format question: its column header, touchpoint (null: overall), measure and labels. */
  private record Question(
      String header,
      @Nullable TouchpointId touchpoint,
      MeasureId measure,
      ImmutableMap<String, Integer> labels) {}

  private final Shape shape;
  private final ExportLayout layout;
  private final char delimiter;
  private final int maxCell;
  private final int maxRow;
  private final BadInput policy;

  /** The names the respondent column may have, the first present used; empty: rows numbered. */
  private final ImmutableList<String> respondentColumns;

  private final String touchpointColumn;
  private final String measureColumn;
  private final @Nullable String questionColumn;
  private final String scoreColumn;

  /** The names the time column may have, the first present used; empty: no time. */
  private final ImmutableList<String> timeColumns;

  private final boolean timeRequired;
  private final ImmutableMap<String, String> attributes;
  private final ImmutableList<Question> questions;
  private final ImmutableMap<String, Question> questionsByCode;
  private final Answers answers;
  private final Executor executor;
  private final int parallelism;

  /**
   * Whether the long shape's bulk readers take plain records through {@link CsvRows#plainLong}
   * (always, but for tests that compare it with the general path).
   */
  private final boolean plainPath;

  private ResponseCsv(Builder b) {
    this.shape = b.shape;
    this.layout = b.layout;
    this.delimiter = b.delimiter != null ? b.delimiter : layout.delimiter();
    this.maxCell = b.maxCell;
    this.maxRow = b.maxRow;
    this.policy = b.policy;
    this.respondentColumns =
        b.respondentColumn != null
            ? ImmutableList.of(b.respondentColumn)
            : layout.respondentColumns();
    this.touchpointColumn = b.touchpointColumn;
    this.measureColumn = b.measureColumn;
    this.questionColumn = b.questionColumn;
    this.scoreColumn = b.scoreColumn;
    this.timeColumns = b.timeColumn != null ? ImmutableList.of(b.timeColumn) : layout.timeColumns();
    this.timeRequired = b.timeColumn != null;
    this.attributes = ImmutableMap.copyOf(b.attributes);
    this.questions = ImmutableList.copyOf(b.questions);
    ImmutableMap.Builder<String, Question> byCode = ImmutableMap.builder();
    for (Question q : questions) {
      byCode.put(q.header(), q);
    }
    this.questionsByCode = byCode.buildOrThrow();
    this.answers = new Answers(layout);
    this.executor = b.executor;
    this.parallelism = b.parallelism;
    this.plainPath = b.plainPath;
  }

  /**
   * Starts a reader. It reads the long shape, one row per answer, with the columns {@code
   * respondent}, {@code touchpoint} (optional column; a blank cell is an answer about no
   * touchpoint, such as an overall score), {@code measure} and {@code score}, unless {@link
   * Builder#wide(String)} makes it a reader of the wide shape.
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
   * @param sink receives each response, in file order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(Path file, Consumer<? super Response> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRows.fromFile(file, in -> read(in, sink, ""));
  }

  /**
   * Reads several files of one survey (exports per wave or per market) as one: each in turn, their
   * responses to {@code sink} in file order. A respondent id seen in more than one file is counted
   * in {@link FilesReport#repeatedRespondents()} and warned about (the ids are kept in memory for
   * that, one per respondent); numbered rows are told apart by the file's position ({@code
   * 2/row-5}). The policy applies to each file: under {@link BadInput#failFast()} the first bad row
   * of any file fails the read.
   *
   * @param files the files, at least one
   * @param sink receives each response, in file order
   * @return what was read from each file and from all
   * @throws IllegalArgumentException if {@code files} is empty
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public FilesReport read(List<Path> files, Consumer<? super Response> sink) {
    requireNonNull(files, "files");
    requireNonNull(sink, "sink");
    checkArgument(!files.isEmpty(), "no files to read");
    Map<String, Integer> firstFile = new HashMap<>();
    long repeated = 0;
    ImmutableList.Builder<ReadReport> reports = ImmutableList.builder();
    long[] sum = new long[6];
    for (int k = 0; k < files.size(); k++) {
      Path file = requireNonNull(files.get(k), "file");
      int at = k;
      long[] repeatedHere = {0};
      Consumer<Response> each =
          r -> {
            if (!respondentColumns.isEmpty()) {
              // The file a respondent was first seen in, or -1 once counted as repeated.
              Integer first = firstFile.putIfAbsent(r.respondent(), at);
              if (first != null && first >= 0 && first != at) {
                firstFile.put(r.respondent(), -1);
                repeatedHere[0]++;
              }
            }
            sink.accept(r);
          };
      String numbering = files.size() == 1 ? "" : (k + 1) + "/";
      ReadReport r = CsvRows.fromFile(file, in -> read(in, each, numbering));
      repeated += repeatedHere[0];
      reports.add(r);
      sum[0] += r.rows();
      sum[1] += r.accepted();
      sum[2] += r.rejected();
      sum[3] += r.values();
      sum[4] += r.skipped();
      sum[5] += r.notApplicable();
    }
    ReadReport total =
        new ReadReport(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], ImmutableList.of());
    return new FilesReport(reports.build(), total, repeated);
  }

  /**
   * Reads CSV from a stream, in the layout's charset (default UTF-8), which is read to its end and
   * closed.
   *
   * @param in the stream
   * @param sink receives each response, in input order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(InputStream in, Consumer<? super Response> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return read(in, sink, "");
  }

  private ReadReport read(InputStream in, Consumer<? super Response> sink, String numbering) {
    try (CsvRows rows = open(in)) {
      return read(rows, sink, numbering);
    }
  }

  private CsvRows open(InputStream in) {
    return CsvRows.of(in, layout.charset(), delimiter, maxCell, maxRow);
  }

  /**
   * Reads CSV from characters, which are read to their end and closed.
   *
   * @param in the characters
   * @param sink receives each response, in input order
   * @return what was read
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport read(Reader in, Consumer<? super Response> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    try (CsvRows rows = CsvRows.of(in, delimiter, maxCell, maxRow)) {
      return read(rows, sink, "");
    }
  }

  /**
   * Reads the scores of one measure from a long-shape file straight into a {@link ScoreSink}, with
   * no object per answer: the path for large files (ten million rows in constant memory). A row of
   * another measure is accepted and gives no value; a blank score is a skipped answer; a touchpoint
   * that is not in {@code touchpoints} is a bad row (fail fast or reject).
   *
   * @param file the file (UTF-8)
   * @param touchpoints the touchpoints, whose positions are the indexes given to the sink
   * @param measure the measure to read
   * @param sink receives (touchpoint index, score) in file order
   * @return what was read
   * @throws IllegalStateException if this reader is of the wide shape
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport readScores(
      Path file, List<TouchpointId> touchpoints, MeasureId measure, ScoreSink sink) {
    requireNonNull(file, "file");
    requireNonNull(touchpoints, "touchpoints");
    requireNonNull(measure, "measure");
    requireNonNull(sink, "sink");
    return CsvRows.fromFile(file, in -> readScores(in, touchpoints, measure, sink));
  }

  /**
   * Reads the scores of one measure from a long-shape UTF-8 stream, which is read to its end and
   * closed; see {@link #readScores(Path, List, MeasureId, ScoreSink)}.
   *
   * @param in the stream
   * @param touchpoints the touchpoints, whose positions are the indexes given to the sink
   * @param measure the measure to read
   * @param sink receives (touchpoint index, score) in input order
   * @return what was read
   * @throws IllegalStateException if this reader is of the wide shape
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport readScores(
      InputStream in, List<TouchpointId> touchpoints, MeasureId measure, ScoreSink sink) {
    requireNonNull(in, "in");
    requireNonNull(touchpoints, "touchpoints");
    requireNonNull(measure, "measure");
    requireNonNull(sink, "sink");
    checkState(shape == Shape.LONG, "readScores reads the long shape");
    SlugTable index = touchpointIndex(touchpoints);
    try (CsvRows rows = open(in)) {
      LongColumns cols = longColumns(rows);
      Counts c = new Counts();
      scoreRows(
          rows,
          cols,
          index,
          measure.value(),
          null,
          (tp, score, row) -> sink.accept(tp, score),
          c,
          false);
      return c.report();
    }
  }

  private static SlugTable touchpointIndex(List<TouchpointId> touchpoints) {
    return new SlugTable(touchpoints.stream().map(TouchpointId::value).toList());
  }

  /** Where the long shape's columns are, from the header row. */
  private record LongColumns(int respondent, int measure, int score, int touchpoint, int width) {}

  /** Reads the header rows, which must be there. */
  private LongColumns longColumns(CsvRows rows) {
    ExportHeader header = ExportHeader.read(rows, layout);
    return new LongColumns(
        respondentIndex(header),
        header.required(measureColumn),
        header.required(scoreColumn),
        header.optional(touchpointColumn),
        header.width());
  }

  /**
   * The respondent column: the first of its names the header has.
   *
   * @return the index, or -1 if rows are numbered
   * @throws BadInputException if the header has none of its names
   */
  private int respondentIndex(ExportHeader header) {
    if (respondentColumns.isEmpty()) {
      return -1;
    }
    String name = header.firstPresent(respondentColumns);
    return header.required(name != null ? name : respondentColumns.get(0));
  }

  /** The respondent column's name, for messages. */
  private String respondentColumn() {
    return respondentColumns.isEmpty() ? "respondent" : respondentColumns.get(0);
  }

  /** Receives an accepted answer with the number of its row (relative to the part being read). */
  @FunctionalInterface
  private interface RowSink {
    void accept(int touchpoint, int score, long row);
  }

  /**
   * The first calls of {@link CsvRows#plainAnswers} in a read take at most {@link #WARM_ANSWERS}
   * answers each. A JIT compiler counts calls as well as loop turns. HotSpot's tiered policy
   * compiles a method with C2 once it has been called some hundreds of times and its calls and loop
   * turns together pass a threshold, but it compiles only the running loop (on-stack replacement)
   * once the loop turns alone pass a higher one; and while that compile is queued, the method's own
   * compile waits. Many short calls reach the first rule well before the second, so the bulk loop's
   * whole method is compiled once, after some 20,000 to 50,000 records. With 64 answers a call the
   * loop's compile came first, and the method's followed it some 35 ms later: measured first pass
   * on the 10 M-row file 20 ms slower (BENCHMARKS.md).
   */
  private static final int WARM_CALLS = 6000;

  /** See {@link #WARM_CALLS}. */
  private static final int WARM_ANSWERS = 8;

  /**
   * Reads data rows to the end of {@code rows}. With a {@code scale} ({min, max}: reading into a
   * scorecard), a score off the scale and an answer about no touchpoint are bad rows too.
   */
  private void scoreRows(
      CsvRows rows,
      LongColumns cols,
      SlugTable index,
      String wanted,
      int @Nullable [] scale,
      RowSink sink,
      Counts c,
      boolean part) {
    int measureCol = cols.measure();
    int respondent = cols.respondent();
    int score = cols.score();
    int touchpoint = cols.touchpoint();
    int columns = cols.width();
    CsvRows.PlainLong plain =
        plainPath
            ? CsvRows.PlainLong.of(
                columns, respondent, touchpoint, measureCol, score, wanted, index)
            : null;
    // Into a tally, plain answers are counted in the chunks' histogram, many records to a call.
    Chunks chunks = sink instanceof Chunks ch && scale != null ? ch : null;
    if (plain != null && chunks != null && scale != null) {
      plain = plain.scores(scale[0], scale[1], answers.codes() ? answers::notApplicable : null);
    }
    int calls = 0;
    // Rows read on the plain path, counted here and added to c at the end.
    long plainRows = 0;
    long plainValues = 0;
    long plainNotApplicable = 0;
    while (true) {
      if (plain != null && chunks != null && chunks.histogram != null) {
        // The first calls take few answers each (see WARM_CALLS).
        int max = calls < WARM_CALLS ? WARM_ANSWERS : Chunks.SIZE;
        calls++;
        int n = rows.plainAnswers(plain, chunks.histogram, max);
        chunks.counted(n);
        plainValues += n;
        plainRows += n + rows.plainOthers();
        if (n == max) {
          continue; // more plain answers may follow
        }
      }
      if (plain != null) {
        int k = rows.plainLong(plain);
        if (k == CsvRows.PLAIN_OTHER_MEASURE) {
          rows.takePlain();
          plainRows++;
          continue;
        }
        if (k == CsvRows.PLAIN_ANSWER) {
          int v = rows.plainScore();
          if (answers.notApplicable(v)) {
            rows.takePlain();
            plainRows++;
            plainNotApplicable++;
            continue;
          }
          if (scale == null || (v >= scale[0] && v <= scale[1])) {
            rows.takePlain();
            plainRows++;
            plainValues++;
            sink.accept(rows.plainTouchpoint(), v, rows.rowNumber());
            continue;
          }
          // off the scale: a bad row, which the general path reports
        }
      }
      if (!rows.next()) {
        break;
      }
      if (rows.isEmptyLine()) {
        continue;
      }
      c.rows++;
      if (part && rows.malformed() != null) {
        // A part may end inside a quoted cell that a cut split: only a read of the whole file
        // says what a malformed row really is.
        throw new PartFailed();
      }
      try {
        checkWidth(rows, columns);
        if (!rows.cellEquals(measureCol, wanted)) {
          String m = rows.cellOrEmpty(measureCol);
          if (m.isBlank()) {
            throw new Bad(measureColumn, "blank measure");
          }
          if (!m.strip().equals(wanted)) {
            continue;
          }
        }
        if (respondent >= 0 && rows.cellIsBlank(respondent)) {
          throw new Bad(respondentColumn(), "blank respondent: every answer needs one");
        }
        int v = rows.cellInt(score);
        if (v == Answers.BAD) {
          String s = rows.cellOrEmpty(score);
          if (s.isBlank()) {
            c.skipped++;
            continue;
          }
          v = answers.score(s, ImmutableMap.of());
          if (v == Answers.BAD) {
            throw new Bad(scoreColumn, "not an integer score");
          }
        } else if (answers.notApplicable(v)) {
          v = Answers.NOT_APPLICABLE;
        }
        if (v == Answers.NOT_APPLICABLE) {
          c.notApplicable++;
          continue;
        }
        int tp = -1;
        if (touchpoint >= 0 && !rows.cellIsBlank(touchpoint)) {
          int i = rows.cellIn(touchpoint, index);
          if (i < 0) {
            i = index.get(rows.cellOrEmpty(touchpoint).strip());
          }
          if (i < 0) {
            throw new Bad(touchpointColumn, "touchpoint not in the given list");
          }
          tp = i;
        }
        if (scale != null) {
          if (tp < 0) {
            throw new Bad(
                touchpointColumn,
                "no touchpoint: a scorecard counts answers about its touchpoints");
          }
          if (v < scale[0] || v > scale[1]) {
            throw new Bad(
                scoreColumn, "score outside the measure's scale " + scale[0] + ".." + scale[1]);
          }
        }
        sink.accept(tp, v, rows.rowNumber());
        c.values++;
      } catch (Bad b) {
        c.reject(rows.rowNumber(), b);
      }
    }
    c.rows += plainRows;
    c.values += plainValues;
    c.notApplicable += plainNotApplicable;
    c.records = rows.rowNumber() + 1;
  }

  /**
   * Streams the scores of one measure from a long-shape file straight into a scorecard tally,
   * through its primitive column path ({@code Scorecard.Tally.addColumns}) in chunks of 64 K
   * answers: constant memory for any file size. Touchpoint indexes are those of {@link
   * Scorecard#touchpoints()}; an answer about a touchpoint outside the journey, about no
   * touchpoint, or with a score outside the measure's scale is a bad row (fail fast, or rejected
   * and counted, as this reader is configured).
   *
   * <p>A large file is read in parts (see {@link Builder#parallelism(int)}): it is cut at line ends
   * near equal shares, the calling thread and up to {@code parallelism - 1} tasks on the reader's
   * {@link Builder#executor executor} take the parts in turn, each into a tally of its own, and the
   * tallies are merged, so the result, the counts and the rejects (with their row numbers) are
   * those of one pass, whatever the executor. A task the executor has not started by the time the
   * parts are all taken is not waited for, so a busy or same-thread executor never blocks the read.
   * A cut is only kept if the part before it ends cleanly at the end of a row; if any part fails (a
   * quoted cell running across a cut, a bad row in fail-fast mode, a malformed file), the whole
   * file is read again on the calling thread, which reports exactly what a one-part read reports.
   * The tally is only changed once the read succeeded.
   *
   * <pre>{@code
   * Scorecard card = Scorecard.builder(journey).model(model).build();
   * Scorecard.Tally tally = card.newTally();
   * ReadReport report = ResponseCsv.builder().build().readInto(Path.of("responses.csv"), card, MeasureId.of("nps"), tally);
   * ScorecardResult result = tally.result();
   * }</pre>
   *
   * @param file the file (UTF-8)
   * @param scorecard the scorecard whose touchpoint order the indexes follow
   * @param measure the measure to read
   * @param tally the tally to add to
   * @return what was read
   * @throws IllegalArgumentException if the scorecard does not know the measure
   * @throws IllegalStateException if this reader is of the wide shape
   * @throws BadInputException on a bad row (unless rejects are collected), bad header, encoding or
   *     I/O
   */
  public ReadReport readInto(
      Path file, Scorecard scorecard, MeasureId measure, Scorecard.Tally tally) {
    return readInto(file, scorecard, measure, tally, MIN_PART_BYTES, CsvSplit.WINDOW);
  }

  /**
   * {@link #readInto(Path, Scorecard, MeasureId, Scorecard.Tally)} with the cutting tunable, for
   * tests.
   */
  ReadReport readInto(
      Path file,
      Scorecard scorecard,
      MeasureId measure,
      Scorecard.Tally tally,
      long minPartBytes,
      int window) {
    requireNonNull(file, "file");
    requireNonNull(scorecard, "scorecard");
    requireNonNull(measure, "measure");
    requireNonNull(tally, "tally");
    checkState(shape == Shape.LONG, "readInto reads the long shape");
    Scale s = scorecard.measure(measure).map(Measure::scale).orElse(null);
    checkArgument(s != null, "measure '%s' is not one of the scorecard's measures", measure);
    int[] scale = {s.min(), s.max()};
    SlugTable index = touchpointIndex(scorecard.touchpoints());
    try {
      // More parts than tasks, so a task that gets less processor time takes fewer parts.
      long[] cuts =
          parallelism > 1
              ? CsvSplit.cuts(file, PARTS_PER_TASK * parallelism, minPartBytes, window, '"')
              : null;
      if (cuts != null) {
        ReadReport r = readParts(file, cuts, scorecard, measure, scale, index, tally);
        if (r != null) {
          return r;
        }
      }
      return readWhole(file, scorecard, measure, scale, index, tally);
    } catch (IOException e) {
      throw CsvRows.io(e);
    }
  }

  /**
   * Reads the rows of one byte range of a long-shape file into a scorecard tally, as {@link
   * #readInto(Path, Scorecard, MeasureId, Scorecard.Tally) readInto} reads the whole file: the
   * building block of a distributed read, where each worker takes ranges of one large file (see
   * cx-beam). A range owns the rows that start in {@code [from, to)}: it skips to the first line
   * start at or after {@code from} and reads its last row to that row's end, past {@code to} if
   * need be; so ranges that tile a file ({@code [0, a), [a, b), ..., [z, size)}) read each row
   * exactly once, and their tallies and reports merge to those of one pass, whatever the cuts. The
   * header is read from the start of the file for every range and is never a data row; rows and
   * rejects carry their row numbers in the whole file (counted, for a range that has a reject, from
   * the line feeds before it).
   *
   * <p>Rows must end in line feeds ({@code \n} or {@code \r\n}) and no quoted cell may hold a line
   * break, since a worker that starts mid-file cannot tell a row end from a line break inside
   * quotes; a range that meets such a row fails with a {@link BadInputException} saying so (read
   * such a file whole). The charset must encode a line feed as the one byte {@code 0x0A} and never
   * use that byte otherwise (UTF-8, ISO-8859-1, windows-1252).
   *
   * <pre>{@code
   * long size = Files.size(file);
   * Scorecard.Tally tally = card.newTally();
   * for (long from = 0; from < size; from += 32 << 20) {
   *   csv.readRangeInto(file, from, Math.min(size, from + (32 << 20)), card, nps, tally);
   * }
   * }</pre>
   *
   * @param file the file
   * @param from the first byte of the range, at least 0
   * @param to the byte after the range, at least {@code from} (past the file's end reads to it)
   * @param scorecard the scorecard whose touchpoint order the indexes follow
   * @param measure the measure to read
   * @param tally the tally to add to, changed only if the read succeeds
   * @return what was read in this range
   * @throws IllegalArgumentException if {@code from} is negative or {@code to} below it, or the
   *     scorecard does not know the measure
   * @throws IllegalStateException if this reader is of the wide shape or its charset is not one
   *     whose line feeds are single bytes
   * @throws BadInputException on a bad row (unless rejects are collected), a bad header, a row that
   *     spans lines, encoding or I/O
   * @since 0.1
   */
  public ReadReport readRangeInto(
      Path file,
      long from,
      long to,
      Scorecard scorecard,
      MeasureId measure,
      Scorecard.Tally tally) {
    requireNonNull(file, "file");
    requireNonNull(scorecard, "scorecard");
    requireNonNull(measure, "measure");
    requireNonNull(tally, "tally");
    checkArgument(from >= 0 && to >= from, "need 0 <= from <= to, got from=%s, to=%s", from, to);
    checkState(shape == Shape.LONG, "readRangeInto reads the long shape");
    checkState(
        CsvSplit.singleByteLineFeeds(layout.charset()),
        "readRangeInto needs a charset whose line feed is one byte 0x0A, not %s",
        layout.charset());
    Scale s = scorecard.measure(measure).map(Measure::scale).orElse(null);
    checkArgument(s != null, "measure '%s' is not one of the scorecard's measures", measure);
    int[] scale = {s.min(), s.max()};
    SlugTable index = touchpointIndex(scorecard.touchpoints());
    try (FileChannel ch = FileChannel.open(file)) {
      long size = ch.size();
      LongColumns cols;
      long headerRecords;
      try (CsvRows head = open(CsvSplit.range(ch, 0, size))) {
        cols = longColumns(head);
        headerRecords = head.rowNumber() + 1;
      }
      long headerEnd = CsvSplit.afterLineFeeds(ch, 0, headerRecords);
      try (CsvRows head = open(CsvSplit.range(ch, 0, headerEnd))) {
        boolean whole = true;
        while (head.next()) { // the header's rows again, each of which must end at a line feed
          whole &= head.malformed() == null;
        }
        if (!whole || head.rowNumber() + 1 != headerRecords) {
          throw spansLines(0, headerEnd, 0);
        }
      }
      long start = Math.max(headerEnd, CsvSplit.lineStart(ch, from));
      long end = Math.max(start, CsvSplit.lineStart(ch, Math.min(to, size)));
      Scorecard.Tally own = scorecard.newTally();
      Counts c = new Counts();
      long[] base = {-1};
      c.base =
          () -> {
            if (base[0] < 0) {
              try {
                base[0] = headerRecords + CsvSplit.countLineFeeds(ch, headerEnd, start);
              } catch (IOException e) {
                throw CsvRows.io(e);
              }
            }
            return base[0];
          };
      Chunks chunks = new Chunks(measure, own, c, index.size(), scale);
      CsvSplit.LineFeeds lines = new CsvSplit.LineFeeds(CsvSplit.range(ch, start, end));
      try (CsvRows rows = CsvRows.continuing(lines, layout.charset(), delimiter, maxCell, maxRow)) {
        scoreRows(rows, cols, index, measure.value(), scale, chunks, c, false);
      }
      chunks.finish();
      long records = start == end ? 0 : c.records;
      if (records != lines.lines()) {
        throw spansLines(start, end, c.base.getAsLong());
      }
      Counts all = new Counts();
      all.add(c, c.rejects.isEmpty() ? 0 : c.base.getAsLong());
      tally.merge(own);
      return all.report();
    } catch (IOException e) {
      throw CsvRows.io(e);
    }
  }

  private static BadInputException spansLines(long start, long end, long row) {
    return new BadInputException(
        BadInputException.Kind.STRUCTURE,
        InputLocation.row(row),
        "a row in bytes "
            + start
            + ".."
            + end
            + " spans lines (a line break in a quoted cell, or a lone carriage return):"
            + " this file cannot be read in byte ranges, read it whole");
  }

  /** Parts are at least this many bytes; smaller files are read in one part. */
  static final long MIN_PART_BYTES = 4L << 20;

  /** How many parts per task a large file is cut into. */
  static final int PARTS_PER_TASK = 8;

  /**
   * Reads the parts between {@code cuts} on this thread and up to {@code parallelism - 1} tasks of
   * the executor, each taking the next unread part; null if a part failed, so the caller reads the
   * file again in one part. The tasks are handed to the executor once this thread has read its
   * first part, so the parser's code is compiled by then and the compiler has not competed with
   * them for the processors.
   */
  private @Nullable ReadReport readParts(
      Path file,
      long[] cuts,
      Scorecard card,
      MeasureId measure,
      int[] scale,
      SlugTable index,
      Scorecard.Tally tally) {
    int n = cuts.length - 1;
    LongColumns cols;
    try (FileChannel ch = FileChannel.open(file);
        CsvRows head = open(CsvSplit.range(ch, 0, cuts[1]))) {
      cols = longColumns(head);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Parts parts = new Parts(file, cuts, cols, card, measure, scale, index);
    Worker self = new Worker(parts);
    self.readParts(1);
    List<Task> tasks = new ArrayList<>();
    for (int k = Math.min(parallelism, n) - 1; k > 0 && !parts.done(); k--) {
      Task t = new Task(new Worker(parts));
      try {
        executor.execute(t);
      } catch (RejectedExecutionException e) {
        break; // the parts left are read here
      }
      tasks.add(t);
    }
    self.readParts(Integer.MAX_VALUE);
    List<Worker> workers = new ArrayList<>();
    workers.add(self);
    for (Task t : tasks) {
      if (t.awaitUnlessNotStarted()) {
        workers.add(t.worker);
      }
    }
    for (Worker w : workers) {
      if (w.error instanceof Error e) {
        throw e;
      }
    }
    if (parts.failed.get()) {
      return null;
    }
    Counts all = new Counts();
    long base = 0;
    for (int k = 0; k < parts.counts.length; k++) {
      Counts c = requireNonNull(parts.counts[k], "a part was not read");
      all.add(c, base);
      base += c.records;
    }
    for (Worker w : workers) {
      tally.merge(w.tally);
    }
    return all.report();
  }

  /** What the workers of one read in parts share: the cuts, the next part, the counts per part. */
  private static final class Parts {
    final Path file;
    final long[] cuts;
    final LongColumns cols;
    final Scorecard card;
    final MeasureId measure;
    final int[] scale;
    final SlugTable index;
    final @Nullable Counts[] counts;
    final AtomicInteger next = new AtomicInteger();
    final AtomicBoolean failed = new AtomicBoolean();

    Parts(
        Path file,
        long[] cuts,
        LongColumns cols,
        Scorecard card,
        MeasureId measure,
        int[] scale,
        SlugTable index) {
      this.file = file;
      this.cuts = cuts;
      this.cols = cols;
      this.card = card;
      this.measure = measure;
      this.scale = scale;
      this.index = index;
      this.counts = new Counts[cuts.length - 1];
    }

    /** Whether every part is taken, or one failed. */
    boolean done() {
      return failed.get() || next.get() >= counts.length;
    }
  }

  /**
   * A worker on the executor. It runs at most once; the reader waits for it only if it started, so
   * one that the executor runs late (or never) neither blocks the read nor takes a part.
   */
  private static final class Task implements Runnable {
    private static final int NEW = 0;
    private static final int STARTED = 1;
    private static final int CANCELLED = 2;

    final Worker worker;
    private final AtomicInteger state = new AtomicInteger(NEW);
    private final CountDownLatch finished = new CountDownLatch(1);

    Task(Worker worker) {
      this.worker = worker;
    }

    @Override
    public void run() {
      if (!state.compareAndSet(NEW, STARTED)) {
        return;
      }
      try {
        worker.readParts(Integer.MAX_VALUE);
      } finally {
        finished.countDown();
      }
    }

    /** Waits for the task if it started (true), or makes sure it never will (false). */
    boolean awaitUnlessNotStarted() {
      if (state.compareAndSet(NEW, CANCELLED)) {
        return false;
      }
      boolean interrupted = false;
      while (true) {
        try {
          finished.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      return true;
    }
  }

  /** One share of a read in parts: takes the next part until none is left, into its own tally. */
  private final class Worker {
    final Parts parts;
    final Scorecard.Tally tally;
    @Nullable Throwable error;

    Worker(Parts parts) {
      this.parts = parts;
      this.tally = parts.card.newTally();
    }

    /** Reads up to {@code most} parts; stops early when no part is left or one has failed. */
    void readParts(int most) {
      long[] cuts = parts.cuts;
      String wanted = parts.measure.value();
      try (FileChannel ch = FileChannel.open(parts.file)) {
        for (int done = 0; done < most && !parts.failed.get(); done++) {
          int k = parts.next.getAndIncrement();
          if (k >= parts.counts.length) {
            return;
          }
          Counts c = new Counts();
          Chunks chunks = new Chunks(parts.measure, tally, c, parts.index.size(), parts.scale);
          if (k == 0) {
            try (CsvRows rows = open(CsvSplit.range(ch, 0, cuts[1]))) {
              longColumns(rows); // the header, read before
              scoreRows(rows, parts.cols, parts.index, wanted, parts.scale, chunks, c, true);
            }
          } else {
            // A part starts after a line end, so a U+FEFF there is content, not a byte-order mark.
            try (CsvRows rows =
                CsvRows.continuing(
                    CsvSplit.range(ch, cuts[k], cuts[k + 1]),
                    layout.charset(),
                    delimiter,
                    maxCell,
                    maxRow)) {
              scoreRows(rows, parts.cols, parts.index, wanted, parts.scale, chunks, c, true);
            }
          }
          chunks.finish();
          parts.counts[k] = c;
        }
      } catch (Throwable e) {
        error = e;
        parts.failed.set(true);
      }
    }
  }

  /** Reads a whole file on this thread. */
  private ReadReport readWhole(
      Path file,
      Scorecard card,
      MeasureId measure,
      int[] scale,
      SlugTable index,
      Scorecard.Tally tally)
      throws IOException {
    return readWhole(Files.newInputStream(file), card, measure, scale, index, tally);
  }

  /**
   * For tests: {@link #readInto(Path, Scorecard, MeasureId, Scorecard.Tally) readInto} of a whole
   * input on this thread, which is read to its end and closed.
   */
  ReadReport readInto(
      InputStream in, Scorecard scorecard, MeasureId measure, Scorecard.Tally tally) {
    Scale s = scorecard.measure(measure).map(Measure::scale).orElseThrow();
    int[] scale = {s.min(), s.max()};
    return readWhole(
        in, scorecard, measure, scale, touchpointIndex(scorecard.touchpoints()), tally);
  }

  /** Reads a whole input on this thread, and closes it. */
  private ReadReport readWhole(
      InputStream input,
      Scorecard card,
      MeasureId measure,
      int[] scale,
      SlugTable index,
      Scorecard.Tally tally) {
    Scorecard.Tally own = card.newTally();
    Counts c = new Counts();
    Chunks chunks = new Chunks(measure, own, c, index.size(), scale);
    try (CsvRows rows = open(input)) { // closes the input, also when the first read fails
      LongColumns cols = longColumns(rows);
      scoreRows(rows, cols, index, measure.value(), scale, chunks, c, false);
    }
    chunks.finish();
    tally.merge(own);
    return c.report();
  }

  /**
   * Buffers (touchpoint, score) pairs that are known to be good and adds them to a tally in chunks.
   */
  private final class Chunks implements RowSink {
    static final int SIZE = 1 << 16;

    /** The columns' first length. */
    static final int FIRST_SIZE = 1 << 10;

    /**
     * The most cells (touchpoints times scale points) a reader counts plain answers in; with more,
     * plain answers go into the chunks one by one (the tally itself keeps a {@code long} per cell).
     */
    static final int MAX_HISTOGRAM = 1 << 20;

    final MeasureId measure;
    final Scorecard.Tally tally;
    final Counts counts;

    /**
     * The chunk's columns. They start small and grow to {@link #SIZE}: into a tally with a
     * histogram the plain answers are counted there, and few answers come one by one.
     */
    int[] index = new int[FIRST_SIZE];

    int[] scores = new int[FIRST_SIZE];
    long[] rows = new long[FIRST_SIZE];
    int n;

    /**
     * Plain answers counted per touchpoint and score, {@code histogram[touchpoint * points + score
     * - lowest]} (the layout of {@link Scorecard.Tally#addCounts}), and added to the tally as
     * counts; null if the table would be too large.
     */
    final int @Nullable [] histogram;

    /** The answers counted in the histogram since it was last added to the tally. */
    long unadded;

    Chunks(MeasureId measure, Scorecard.Tally tally, Counts counts, int touchpoints, int[] scale) {
      this.measure = measure;
      this.tally = tally;
      this.counts = counts;
      long cells = (long) touchpoints * (scale[1] - scale[0] + 1);
      this.histogram = cells <= MAX_HISTOGRAM ? new int[(int) cells] : null;
    }

    /**
     * Notes {@code n} more answers counted in the histogram, and adds it to the tally before a
     * count could pass {@code Integer.MAX_VALUE} with the next call.
     */
    void counted(int n) {
      unadded += n;
      if (unadded > Integer.MAX_VALUE - SIZE) {
        addHistogram();
      }
    }

    /** Adds the histogram's counts to the tally in one call, and empties it. */
    void addHistogram() {
      int[] h = histogram;
      if (h == null || unadded == 0) {
        return;
      }
      long[] table = new long[h.length];
      for (int i = 0; i < h.length; i++) {
        table[i] = h[i];
      }
      tally.addCounts(measure, table);
      Arrays.fill(h, 0);
      unadded = 0;
    }

    /** Adds everything read to the tally: the chunk and the histogram. */
    void finish() {
      flush();
      addHistogram();
    }

    @Override
    public void accept(int touchpoint, int score, long row) {
      if (n == index.length) {
        int grown = 2 * n;
        index = Arrays.copyOf(index, grown);
        scores = Arrays.copyOf(scores, grown);
        rows = Arrays.copyOf(rows, grown);
      }
      index[n] = touchpoint;
      scores[n] = score;
      rows[n] = row;
      n++;
      if (n == SIZE) {
        flush();
      }
    }

    void flush() {
      // The rows were checked against the scale and the touchpoints, so addColumns takes the chunk
      // at once; should it still refuse a value, that record alone is set aside (its index is
      // named) and the rest goes in.
      int from = 0;
      while (from < n) {
        // A whole chunk goes as it is (addColumns keeps no reference to the columns).
        int[] i = from == 0 && n == SIZE ? index : Arrays.copyOfRange(index, from, n);
        int[] s = from == 0 && n == SIZE ? scores : Arrays.copyOfRange(scores, from, n);
        try {
          tally.addColumns(measure, i, s);
          break;
        } catch (BadColumnValueException e) {
          int k = e.index();
          if (k > 0) {
            tally.addColumns(measure, Arrays.copyOf(i, k), Arrays.copyOf(s, k));
          }
          counts.values--;
          counts.reject(rows[from + k], new Bad(scoreColumn, "score outside the measure's scale"));
          from += k + 1;
        }
      }
      n = 0;
    }
  }

  /** A part of a file read in parts met a malformed row: the file is read again in one part. */
  private static final class PartFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PartFailed() {
      super("malformed row in a part", null, false, false);
    }
  }

  /** A row-level problem: the column (null: the whole row) and the reason, never the content. */
  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;
    final @Nullable String column;
    final BadInputException.Kind kind;

    Bad(@Nullable String column, String reason) {
      super(reason, null, false, false);
      this.column = column;
      this.kind = BadInputException.Kind.STRUCTURE;
    }

    /** A problem with the whole row. */
    Bad(BadInputException.Kind kind, String reason) {
      super(reason, null, false, false);
      this.column = null;
      this.kind = kind;
    }
  }

  /**
   * Reads data rows after the header rows; {@code numbering} prefixes the ids of numbered rows (one
   * file of several).
   */
  private ReadReport read(CsvRows rows, Consumer<? super Response> sink, String numbering) {
    ExportHeader header = ExportHeader.read(rows, layout);
    int columns = header.width();
    Counts c = new Counts();
    int respondent = respondentIndex(header);
    int time = -1;
    ZoneId zone = layout.zone();
    String timeName = timeColumns.isEmpty() ? "time" : timeColumns.get(0);
    if (!timeColumns.isEmpty()) {
      String found = header.firstPresent(timeColumns);
      if (found != null || timeRequired) {
        timeName = found != null ? found : timeName;
        time = header.required(timeName);
        ZoneId named = header.zone(time);
        zone = named != null ? named : zone;
      }
    }
    Row row = new Row(rows, respondent, time, timeName, zone, attributeColumns(header), numbering);
    if (shape == Shape.LONG) {
      int measure = questionColumn == null ? header.required(measureColumn) : -1;
      int question = questionColumn == null ? -1 : header.required(questionColumn);
      int score = header.required(scoreColumn);
      int touchpoint = header.optional(touchpointColumn);
      while (rows.next()) {
        if (rows.isEmptyLine()) {
          continue;
        }
        c.rows++;
        try {
          checkWidth(rows, columns);
          Question q = null;
          if (question >= 0) {
            q = questionsByCode.get(rows.cellOrEmpty(question).strip());
            if (q == null) {
              continue; // a question nobody mapped: its answer may be a date or free text
            }
          }
          String who = row.respondent();
          String s = rows.cellOrEmpty(score);
          if (s.isBlank()) {
            c.skipped++;
            continue;
          }
          int v = answers.score(s, q == null ? ImmutableMap.<String, Integer>of() : q.labels());
          if (v == Answers.BAD) {
            throw new Bad(scoreColumn, answers.badScore(q != null && !q.labels().isEmpty()));
          }
          if (v == Answers.NOT_APPLICABLE) {
            c.notApplicable++;
            continue;
          }
          Response r =
              new Response(
                  who,
                  q != null
                      ? Optional.ofNullable(q.touchpoint())
                      : touchpoint < 0
                          ? Optional.empty()
                          : touchpoint(rows, touchpoint, touchpointColumn),
                  q != null ? q.measure() : measure(rows, measure, measureColumn),
                  v,
                  row.time(),
                  row.attributes());
          sink.accept(r);
          c.values++;
        } catch (Bad b) {
          c.reject(rows.rowNumber(), b);
        }
      }
    } else {
      int[] qs = new int[questions.size()];
      for (int i = 0; i < qs.length; i++) {
        qs[i] = header.required(questions.get(i).header());
      }
      List<Response> pending = new ArrayList<>();
      while (rows.next()) {
        if (rows.isEmptyLine()) {
          continue;
        }
        c.rows++;
        pending.clear();
        try {
          checkWidth(rows, columns);
          String who = row.respondent();
          Optional<Instant> when = row.time();
          ImmutableSortedMap<String, String> a = row.attributes();
          int skippedHere = 0;
          int notApplicableHere = 0;
          for (int i = 0; i < qs.length; i++) {
            Question q = questions.get(i);
            String s = rows.cellOrEmpty(qs[i]);
            if (s.isBlank()) {
              skippedHere++;
              continue;
            }
            int v = answers.score(s, q.labels());
            if (v == Answers.BAD) {
              throw new Bad(q.header(), answers.badScore(!q.labels().isEmpty()));
            }
            if (v == Answers.NOT_APPLICABLE) {
              notApplicableHere++;
              continue;
            }
            pending.add(
                new Response(who, Optional.ofNullable(q.touchpoint()), q.measure(), v, when, a));
          }
          c.skipped += skippedHere;
          c.notApplicable += notApplicableHere;
          for (Response r : pending) {
            sink.accept(r);
          }
          c.values += pending.size();
        } catch (Bad b) {
          c.reject(rows.rowNumber(), b);
        }
      }
    }
    return c.report();
  }

  /** The cells every response of a row shares: respondent, time and attributes. */
  private final class Row {
    final CsvRows rows;
    final int respondent;
    final int time;
    final String timeName;
    final ZoneId zone;
    final int[] attributes;
    final String numbering;

    Row(
        CsvRows rows,
        int respondent,
        int time,
        String timeName,
        ZoneId zone,
        int[] attributes,
        String numbering) {
      this.rows = rows;
      this.respondent = respondent;
      this.time = time;
      this.timeName = timeName;
      this.zone = zone;
      this.attributes = attributes;
      this.numbering = numbering;
    }

    /** The respondent id, or the row's own id if rows are numbered. */
    String respondent() throws Bad {
      if (respondent < 0) {
        return numbering + "row-" + rows.rowNumber();
      }
      String s = rows.cellOrEmpty(respondent).strip();
      if (s.isEmpty()) {
        throw new Bad(respondentColumn(), "blank respondent: every answer needs one");
      }
      return s;
    }

    Optional<Instant> time() throws Bad {
      if (time < 0) {
        return Optional.empty();
      }
      String s = rows.cellOrEmpty(time).strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(answers.time(s, zone));
      } catch (DateTimeException e) {
        throw new Bad(timeName, "not a time: expected " + answers.expectedTime());
      }
    }

    ImmutableSortedMap<String, String> attributes() {
      if (attributes.length == 0) {
        return ImmutableSortedMap.of();
      }
      ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
      int i = 0;
      for (String key : ResponseCsv.this.attributes.values()) {
        String v = rows.cellOrEmpty(attributes[i++]);
        if (!v.isBlank()) {
          b.put(key, v.strip());
        }
      }
      return b.buildOrThrow();
    }
  }

  /** A reject whose row number may still be relative to a part of the file. */
  private record Pending(long row, @Nullable String column, String reason) {}

  /**
   * The mutable counts of one read (or of one part of it); accepted rows are the rows not rejected.
   */
  private final class Counts {
    long rows;
    long rejected;
    long values;
    long skipped;
    long notApplicable;

    /** CSV records read, the header and empty lines included: the next part's first row number. */
    long records;

    /**
     * Rejects with rows relative to the part (a later part's first row is 0); at most the policy's
     * limit.
     */
    final List<Pending> rejects = new ArrayList<>();

    /**
     * The number of the first row of the part in the whole file, asked only when a bad row is
     * reported; 0 for a part whose numbers are made whole later, or that starts the file.
     */
    LongSupplier base = () -> 0;

    void reject(long row, Bad b) {
      String reason = String.valueOf(b.getMessage());
      if (policy.failsFast()) {
        throw new BadInputException(b.kind, location(row + base.getAsLong(), b.column), reason);
      }
      rejected++;
      if (rejects.size() < policy.maxListed()) {
        rejects.add(new Pending(row, b.column, reason));
      }
    }

    /** Adds the counts of a later part whose row numbers start at {@code base}. */
    void add(Counts o, long base) {
      rows += o.rows;
      rejected += o.rejected;
      values += o.values;
      skipped += o.skipped;
      notApplicable += o.notApplicable;
      for (Pending r : o.rejects) {
        if (rejects.size() < policy.maxListed()) {
          rejects.add(new Pending(r.row() + base, r.column(), r.reason()));
        }
      }
    }

    ReadReport report() {
      ImmutableList.Builder<Reject> list = ImmutableList.builder();
      for (Pending r : rejects) {
        list.add(new Reject(location(r.row(), r.column()), r.reason()));
      }
      return new ReadReport(
          rows, rows - rejected, rejected, values, skipped, notApplicable, list.build());
    }
  }

  private static InputLocation location(long row, @Nullable String column) {
    return column == null ? InputLocation.row(row) : InputLocation.cell(row, column);
  }

  private static void checkWidth(CsvRows rows, int columns) throws Bad {
    String problem = rows.widthProblem(columns);
    if (problem != null) {
      throw new Bad(
          rows.malformed() != null
              ? BadInputException.Kind.SYNTAX
              : BadInputException.Kind.STRUCTURE,
          problem);
    }
  }

  private int[] attributeColumns(ExportHeader header) {
    int[] a = new int[attributes.size()];
    int i = 0;
    for (String column : attributes.keySet()) {
      a[i++] = header.required(column);
    }
    return a;
  }

  private static Optional<TouchpointId> touchpoint(CsvRows rows, int i, String column) throws Bad {
    String s = rows.cellOrEmpty(i).strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(TouchpointId.of(s));
    } catch (IllegalArgumentException e) {
      throw new Bad(column, "not a touchpoint id: expected a slug such as 'sign-up'");
    }
  }

  private static MeasureId measure(CsvRows rows, int i, String column) throws Bad {
    String s = rows.cellOrEmpty(i).strip();
    try {
      return MeasureId.of(s);
    } catch (IllegalArgumentException e) {
      throw new Bad(
          column,
          s.isEmpty() ? "blank measure" : "not a measure id: expected a slug such as 'nps'");
    }
  }

  /** Parses an ISO-8601 instant, with {@code Z} or an offset such as {@code +02:00}. */
  static Instant parseInstant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(s).toInstant();
    }
  }

  /**
   * Parses an optionally negative decimal integer of at most 9 digits, nothing else (no '+', no
   * decimals, no exponent); {@link Integer#MIN_VALUE} if the text is not one.
   */
  static int parseIntStrict(String s) {
    int n = s.length();
    int i = 0;
    boolean neg = false;
    if (n > 0 && s.charAt(0) == '-') {
      neg = true;
      i = 1;
    }
    if (i == n || n - i > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + (c - '0');
    }
    return neg ? -v : v;
  }

  @Override
  public String toString() {
    return "ResponseCsv["
        + shape.name().toLowerCase(Locale.ROOT)
        + ", delimiter '"
        + delimiter
        + "'"
        + (shape == Shape.WIDE ? ", " + questions.size() + " questions" : "")
        + (attributes.isEmpty() ? "" : ", attributes " + attributes.values())
        + (layout == ExportLayout.plain() ? "" : ", " + layout)
        + ", "
        + policy
        + ", parallelism "
        + parallelism
        + "]";
  }

  /**
   * Configures a {@link ResponseCsv}. Options of one shape are refused by {@link #build()} on a
   * reader of the other shape.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Shape shape = Shape.LONG;
    private ExportLayout layout = ExportLayout.plain();
    private @Nullable Character delimiter;
    private int maxCell = 1_000_000;
    private int maxRow = CsvRows.DEFAULT_MAX_ROW;
    private BadInput policy = BadInput.failFast();
    private Executor executor = ForkJoinPool.commonPool();
    private int parallelism = Math.min(4, Runtime.getRuntime().availableProcessors());
    private @Nullable String respondentColumn;
    private String touchpointColumn = "touchpoint";
    private String measureColumn = "measure";
    private @Nullable String questionColumn;
    private String scoreColumn = "score";
    private @Nullable String timeColumn;
    private final Set<String> longOptions = new LinkedHashSet<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Question> questions = new ArrayList<>();
    private boolean plainPath = true;

    private Builder() {}

    /** For tests: whether plain records take the plain path (the default) or the general one. */
    Builder plainPath(boolean on) {
      this.plainPath = on;
      return this;
    }

    /**
     * Makes this a reader of the wide shape, one row per respondent, whose respondent ids are in
     * the column {@code respondentColumn}; map its question columns with {@link #question} and
     * {@link #overall}.
     *
     * @param respondentColumn the header of the respondent id column
     * @return this builder
     */
    public Builder wide(String respondentColumn) {
      this.respondentColumn = requireNonNull(respondentColumn, "respondentColumn");
      this.shape = Shape.WIDE;
      return this;
    }

    /**
     * Makes this a reader of the wide shape whose respondent column is the {@link
     * #layout(ExportLayout) layout's} (or whose rows are numbered, if the layout has none).
     *
     * @return this builder
     */
    public Builder wide() {
      this.shape = Shape.WIDE;
      return this;
    }

    /**
     * Reads the file as a survey tool lays out its export (default {@link ExportLayout#plain()}):
     * header rows, charset, delimiter, respondent and time columns, time patterns and zone, and the
     * answer conventions. Options set on this builder ({@link #delimiter}, {@link
     * #respondentColumn}, {@link #timeColumn}, {@link #wide(String)}) take precedence over the
     * layout's.
     *
     * @param layout the layout, such as {@code SurveyTool.QUALTRICS.layout()}
     * @return this builder
     */
    public Builder layout(ExportLayout layout) {
      this.layout = requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Reads a survey tool's export: {@link #layout(ExportLayout) layout(tool.layout())} and the
     * wide shape, one row per respondent.
     *
     * @param tool the tool
     * @return this builder
     */
    public Builder preset(SurveyTool tool) {
      this.layout = requireNonNull(tool, "tool").layout();
      this.shape = Shape.WIDE;
      return this;
    }

    /**
     * Sets the delimiter (default {@code ','}; {@code ';'} and tab are common too).
     *
     * @param delimiter the delimiter
     * @return this builder
     * @throws IllegalArgumentException if the delimiter is a quote or a line break
     */
    public Builder delimiter(char delimiter) {
      checkArgument(
          delimiter != '"' && delimiter != '\n' && delimiter != '\r', "unusable delimiter");
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Sets the longest record accepted, in characters (default 8,000,000; at least the longest
     * cell): a longer one fails the read with a {@link BadInputException.Kind#LIMIT LIMIT} error,
     * so memory is bounded per row as well as per cell.
     *
     * @param length the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxRowLength(int length) {
      checkArgument(length > 0, "length must be positive, got %s", length);
      this.maxRow = length;
      return this;
    }

    /**
     * Sets the longest cell accepted, in characters (default 1,000,000); a longer one fails the
     * read with a {@link BadInputException.Kind#LIMIT LIMIT} error.
     *
     * @param length the limit
     * @return this builder
     * @throws IllegalArgumentException if {@code length} is not positive
     */
    public Builder maxCellLength(int length) {
      checkArgument(length > 0, "length must be positive, got %s", length);
      this.maxCell = length;
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
     * Sets where {@link ResponseCsv#readInto readInto} runs the tasks that read the parts of a
     * large file (default {@link ForkJoinPool#commonPool()}); the reader starts no threads of its
     * own. Any executor gives the same result: a same-thread executor ({@code Runnable::run}) reads
     * every part on the calling thread.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets how many parts of one large file {@link ResponseCsv#readInto readInto} reads at once at
     * most, the calling thread included (default: the available processors, at most 4). The file is
     * cut into parts of at least 4 MiB, so a file under 8 MiB is read in one part; 1 always reads
     * on the calling thread.
     *
     * @param parallelism at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code parallelism} is below 1
     */
    public Builder parallelism(int parallelism) {
      checkArgument(parallelism >= 1, "parallelism must be at least 1, got %s", parallelism);
      this.parallelism = parallelism;
      return this;
    }

    /**
     * Sets the header of the respondent column (default {@code respondent}).
     *
     * @param column the header
     * @return this builder
     */
    public Builder respondentColumn(String column) {
      this.respondentColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Sets the header of the touchpoint column of the long shape (default {@code touchpoint}; the
     * column may be absent).
     *
     * @param column the header
     * @return this builder
     */
    public Builder touchpointColumn(String column) {
      this.touchpointColumn = requireNonNull(column, "column");
      longOptions.add("touchpointColumn");
      return this;
    }

    /**
     * Sets the header of the measure column of the long shape (default {@code measure}).
     *
     * @param column the header
     * @return this builder
     */
    public Builder measureColumn(String column) {
      this.measureColumn = requireNonNull(column, "column");
      longOptions.add("measureColumn");
      return this;
    }

    /**
     * Makes a long reader read question codes from this column instead of measures: {@link
     * #question question(code, touchpoint, measure)} maps a code to its touchpoint and measure, and
     * the rows of questions not mapped are accepted and give nothing, whatever their answer holds
     * (a date, free text).
     *
     * @param column the header
     * @return this builder
     */
    public Builder questionColumn(String column) {
      this.questionColumn = requireNonNull(column, "column");
      longOptions.add("questionColumn");
      return this;
    }

    /**
     * Sets the header of the score column of the long shape (default {@code score}).
     *
     * @param column the header
     * @return this builder
     */
    public Builder scoreColumn(String column) {
      this.scoreColumn = requireNonNull(column, "column");
      longOptions.add("scoreColumn");
      return this;
    }

    /**
     * Reads the response time from this column (ISO-8601, such as {@code 2026-05-08T04:41:00Z});
     * without it, responses have no time.
     *
     * @param column the header
     * @return this builder
     */
    public Builder timeColumn(String column) {
      this.timeColumn = requireNonNull(column, "column");
      return this;
    }

    /**
     * Carries this column along as an attribute of each response, under its header.
     *
     * @param column the header
     * @return this builder
     * @throws IllegalArgumentException if the column is already mapped as an attribute
     */
    public Builder attribute(String column) {
      return attribute(column, column);
    }

    /**
     * Carries this column along as an attribute of each response, under {@code key}.
     *
     * @param column the header
     * @param key the attribute key
     * @return this builder
     * @throws IllegalArgumentException if the column is already mapped as an attribute
     */
    public Builder attribute(String column, String key) {
      requireNonNull(column, "column");
      requireNonNull(key, "key");
      checkArgument(!attributes.containsKey(column), "column already mapped as an attribute");
      attributes.put(column, key);
      return this;
    }

    /**
     * Maps a question column of the wide shape to a touchpoint and measure; its cells are integer
     * scores.
     *
     * @param header the column header (the question text)
     * @param touchpoint the touchpoint id
     * @param measure the measure id
     * @return this builder
     * @throws IllegalArgumentException if an id is malformed or the header is already mapped
     */
    public Builder question(String header, String touchpoint, String measure) {
      return question(header, touchpoint, measure, ImmutableMap.of());
    }

    /**
     * Maps a question column of the wide shape to a touchpoint and measure, translating labels to
     * scale points (matched ignoring case and surrounding space; integer cells are read as they
     * are).
     *
     * @param header the column header (the question text)
     * @param touchpoint the touchpoint id
     * @param measure the measure id
     * @param labels label to scale point
     * @return this builder
     * @throws IllegalArgumentException if an id is malformed or the header is already mapped
     */
    public Builder question(
        String header, String touchpoint, String measure, Map<String, Integer> labels) {
      requireNonNull(header, "header");
      requireNonNull(measure, "measure");
      requireNonNull(labels, "labels");
      return add(
          header, TouchpointId.of(requireNonNull(touchpoint, "touchpoint")), measure, labels);
    }

    /**
     * Maps a column of the wide shape to a measure about no touchpoint (an overall score).
     *
     * @param header the column header
     * @param measure the measure id
     * @return this builder
     * @throws IllegalArgumentException if the id is malformed or the header is already mapped
     */
    public Builder overall(String header, String measure) {
      return overall(header, measure, ImmutableMap.of());
    }

    /**
     * Maps a column of the wide shape to a measure about no touchpoint, translating labels.
     *
     * @param header the column header
     * @param measure the measure id
     * @param labels label to scale point
     * @return this builder
     * @throws IllegalArgumentException if the id is malformed or the header is already mapped
     */
    public Builder overall(String header, String measure, Map<String, Integer> labels) {
      return add(header, null, measure, labels);
    }

    private Builder add(
        String header,
        @Nullable TouchpointId touchpoint,
        String measure,
        Map<String, Integer> labels) {
      requireNonNull(header, "header");
      requireNonNull(labels, "labels");
      ImmutableMap.Builder<String, Integer> folded = ImmutableMap.builder();
      labels.forEach(
          (k, v) ->
              folded.put(
                  requireNonNull(k, "label").strip().toLowerCase(Locale.ROOT),
                  requireNonNull(v, "score")));
      checkArgument(
          questions.stream().noneMatch(q -> q.header().equals(header.strip())),
          "header already mapped");
      questions.add(
          new Question(
              header.strip(),
              touchpoint,
              MeasureId.of(requireNonNull(measure, "measure")),
              folded.buildOrThrow()));
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     * @throws IllegalStateException if a wide reader has no questions or has an option of the long
     *     shape, or a long reader has questions
     */
    public ResponseCsv build() {
      if (shape == Shape.WIDE) {
        checkState(!questions.isEmpty(), "a wide reader needs at least one question");
        checkState(
            longOptions.isEmpty(),
            "%s belongs to the long shape, and this reader is wide",
            longOptions);
      } else {
        checkState(
            questions.isEmpty() || questionColumn != null,
            "questions belong to the wide shape, or to a long reader with a questionColumn: call"
                + " wide(respondentColumn) or questionColumn(column) on the builder");
        checkState(
            questionColumn == null || !questions.isEmpty(),
            "a long reader with a questionColumn needs at least one question");
      }
      return new ResponseCsv(this);
    }
  }
}
