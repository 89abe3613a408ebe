package org.cxkit.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.jspecify.annotations.Nullable;

/**
 * Records of a CSV file (RFC 4180: quoted cells with delimiters, {@code ""} escapes and line breaks
 * inside; CRLF, LF or CR line ends), decoded strictly from the given charset, with a leading
 * byte-order mark skipped. Every reader of this package reads through this class, so they all treat
 * input the same way:
 *
 * <ul>
 *   <li>A <b>malformed record</b> (a quote inside an unquoted cell, a character after a closing
 *       quote, a quote left open to the end of the input, a control character other than tab, CR
 *       and LF) is still a record: {@link #malformed()} says why, with the line and column, and the
 *       next record starts on the line after the malformed record's first line, so a stray quote
 *       that swallowed the lines after it loses none of them.
 *   <li>A <b>blank line</b> (nothing between two line ends) is numbered but is no record: {@link
 *       #isEmptyLine()}. A line holding only {@code ""} is a record of one empty cell.
 *   <li>A <b>byte-order mark</b> (U+FEFF) is skipped at the start of the input only.
 *   <li>Bytes that are not valid in the charset fail the read ({@link Kind#ENCODING}) with the line
 *       and column of the first bad byte.
 *   <li>A cell longer than {@code maxCell} characters or a record longer than {@code maxRow}
 *       characters fails the read ({@link Kind#LIMIT}): memory is bounded per cell and per record.
 * </ul>
 *
 * <p>Row numbers count every record and blank line from 0 (the first header row). Not thread-safe;
 * closes its input.
 */
final class CsvRows implements AutoCloseable {
  /** The longest record by default, in characters. */
  static final int DEFAULT_MAX_ROW = 8_000_000;

  /** The most cells a record may have. */
  static final int MAX_CELLS = 1 << 17;

  private final Reader in;
  private final char delimiter;
  private final int maxCell;
  private final int maxRow;

  /** The characters that end or break an unquoted cell: delimiter, quote, line ends, controls. */
  private final boolean[] special;

  private char[] buf = new char[1 << 16];
  private int pos;
  private int limit;
  private boolean eof;

  /** Where the current record starts in {@code buf}. */
  private int recStart;

  /** The offset in the input of {@code buf[0]}. */
  private long bufBase;

  /** The 1-based line of {@code pos}, and the input offset where that line starts. */
  private long line = 1;

  private long lineStartAbs;

  /** Cells of the current record: start, end (relative to recStart) and whether "" is inside. */
  private int[] starts = new int[16];

  private int[] ends = new int[16];
  private boolean[] escaped = new boolean[16];
  private @Nullable String[] cache = new String[16];
  private int width;
  private boolean emptyLine;
  private @Nullable String malformed;

  /** The end of the current record's first line (relative to recStart), or -1. */
  private int firstLineEnd;

  private long recLine;
  private long rowNumber = -1;

  private CsvRows(Reader in, char delimiter, int maxCell, int maxRow) {
    this.in = in;
    this.delimiter = delimiter;
    this.special = new boolean[Math.max(128, delimiter + 1)];
    for (char c = 0; c < ' '; c++) {
      special[c] = c != '\t';
    }
    special['"'] = true;
    special[delimiter] = true;
    this.maxCell = maxCell;
    this.maxRow = Math.max(maxRow, maxCell);
  }

  /** Records from UTF-8 bytes, decoded strictly. */
  static CsvRows of(InputStream in, char delimiter, int maxCell) {
    return of(in, StandardCharsets.UTF_8, delimiter, maxCell, DEFAULT_MAX_ROW);
  }

  /** Records from bytes in {@code charset}, decoded strictly. */
  static CsvRows of(InputStream in, Charset charset, char delimiter, int maxCell, int maxRow) {
    CsvRows r = new CsvRows(new DecodingReader(in, charset), delimiter, maxCell, maxRow);
    r.skipBom();
    return r;
  }

  /**
   * Records from UTF-8 bytes that continue a file after a row end: decoded strictly, and a leading
   * U+FEFF is content here, not a byte-order mark. Row numbers start at 0 for the first row.
   */
  static CsvRows continuing(
      InputStream in, Charset charset, char delimiter, int maxCell, int maxRow) {
    return new CsvRows(new DecodingReader(in, charset), delimiter, maxCell, maxRow);
  }

  /** Reads a file: {@code read} gets its bytes, which are closed afterwards. */
  static <T> T fromFile(Path file, Function<InputStream, T> read) {
    try (InputStream in = Files.newInputStream(file)) {
      return read.apply(in);
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** Records from characters; a leading U+FEFF is skipped. */
  static CsvRows of(Reader in, char delimiter, int maxCell) {
    return of(in, delimiter, maxCell, DEFAULT_MAX_ROW);
  }

  /** Records from characters; a leading U+FEFF is skipped. */
  static CsvRows of(Reader in, char delimiter, int maxCell, int maxRow) {
    CsvRows r = new CsvRows(in, delimiter, maxCell, maxRow);
    r.skipBom();
    return r;
  }

  /**
   * Skips a leading byte-order mark. The first read happens here, before the caller holds the
   * reader: if it fails, the input is closed before the failure is thrown.
   */
  private void skipBom() {
    try {
      if ((pos < limit || fill()) && buf[pos] == '\uFEFF') {
        pos++;
        lineStartAbs = 1;
      }
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Reads more characters into the buffer, keeping the current record; false at the end of input.
   */
  private boolean fill() {
    if (eof) {
      return false;
    }
    if (recStart > 0) {
      int keep = limit - recStart;
      System.arraycopy(buf, recStart, buf, 0, keep);
      bufBase += recStart;
      pos -= recStart;
      limit = keep;
      recStart = 0;
    }
    // Two free places at least: a character outside the BMP is decoded as two.
    if (buf.length - limit < 2) {
      if (buf.length > maxRow) {
        throw new RowLimit();
      }
      buf = Arrays.copyOf(buf, (int) Math.min((long) maxRow + 2, 2L * buf.length));
    }
    try {
      int n;
      do {
        n = in.read(buf, limit, buf.length - limit);
      } while (n == 0);
      if (n < 0) {
        eof = true;
        return false;
      }
      limit += n;
      return true;
    } catch (DecodingReader.Malformed e) {
      throw new BadInputException(
          Kind.ENCODING,
          InputLocation.row(Math.max(0, rowNumber)),
          "invalid "
              + e.charset
              + " at line "
              + line
              + ", column "
              + (bufBase + limit - lineStartAbs + 1)
              + ": expected "
              + e.charset
              + " text, found a byte sequence that is not");
    } catch (IOException e) {
      throw io(e);
    }
  }

  /** Advances to the next record; false at the end of input. */
  boolean next() {
    recStart = pos;
    rowNumber++;
    recLine = line;
    firstLineEnd = -1;
    width = 0;
    malformed = null;
    try {
      if (pos >= limit && !fill()) {
        rowNumber--;
        return false;
      }
      char c = buf[pos];
      emptyLine = c == '\n' || c == '\r';
      if (emptyLine) {
        pos++;
        lineEnd(c);
        return true;
      }
      while (cell()) {
        // the next cell
      }
      return true;
    } catch (RowLimit e) {
      throw limit(false);
    }
  }

  /** Reads one cell at {@code pos}; true if another cell of this record follows. */
  private boolean cell() {
    if (pos >= limit && !fill()) {
      addCell(pos - recStart, pos - recStart, false);
      return false;
    }
    if (buf[pos] == '"') {
      return quotedCell();
    }
    int start = pos - recStart; // relative: fill() moves the record
    boolean[] special = this.special;
    while (true) {
      // The hot loop: skip the characters that end nothing.
      char[] b = buf;
      int p = pos;
      int end = limit;
      while (p < end) {
        char ch = b[p];
        if (ch < special.length && special[ch]) {
          break;
        }
        p++;
      }
      pos = p;
      if (pos >= limit) {
        if (!fillOrLimit(start, false)) {
          addCell(start, pos - recStart, false);
          return false;
        }
        continue;
      }
      char c = buf[pos];
      if (c == delimiter) {
        addCell(start, pos - recStart, false);
        pos++;
        return true;
      } else if (c == '\n' || c == '\r') {
        addCell(start, pos - recStart, false);
        pos++;
        lineEnd(c);
        return false;
      } else if (c == '"') {
        return malformed("a quote inside an unquoted cell: a cell with quotes is quoted");
      } else if (c < ' ' && c != '\t') {
        return malformed(control(c));
      }
      pos++; // not reached: every special character is handled above
    }
  }

  private boolean quotedCell() {
    long openLine = line;
    long openColumn = column();
    pos++;
    int start = pos - recStart;
    boolean esc = false;
    while (true) {
      if (pos >= limit) {
        if (!fillOrLimit(start, true)) {
          return malformed(
              "a quoted cell is not closed before the end of the input", openLine, openColumn);
        }
        if (malformed != null) {
          return false;
        }
      }
      char c = buf[pos];
      if (c == '"') {
        if (pos + 1 >= limit) {
          boolean more = fillOrLimit(start, true);
          if (malformed != null) {
            return false;
          }
          if (!more) {
            pos++; // the closing quote counts toward the record's length
            addCell(start, pos - 1 - recStart, esc);
            return false;
          }
        }
        if (buf[pos + 1] == '"') {
          esc = true;
          pos += 2;
          continue;
        }
        pos++;
        addCell(start, pos - 1 - recStart, esc);
        return afterCell(
            "a character after a closing quote: a quote inside a cell is written \"\"");
      } else if (c == '\n' || c == '\r') {
        pos++;
        lineEnd(c);
      } else if (c < ' ' && c != '\t') {
        return malformed(control(c));
      } else {
        pos++;
      }
    }
  }

  /**
   * {@link #fill()} for a cell starting at {@code start} (relative to the record): fails the read
   * when the cell or the record outgrows its limit, unless it is a quoted cell that ran over a line
   * end, which is taken for a quote left open: the record is then malformed, and reading goes on
   * from the line after its first line.
   */
  private boolean fillOrLimit(int start, boolean quoted) {
    boolean tooLong = pos - recStart - start > maxCell;
    if (!tooLong) {
      try {
        return fill();
      } catch (RowLimit e) {
        tooLong = true;
      }
    }
    if (quoted && firstLineEnd >= 0) {
      malformed(
          "a quoted cell runs over the limit of "
              + Math.min(maxCell, maxRow)
              + " characters across lines: a quote left open?");
      return true;
    }
    throw limit(pos - recStart - start > maxCell);
  }

  private BadInputException limit(boolean cell) {
    return new BadInputException(
        Kind.LIMIT,
        InputLocation.row(rowNumber),
        (cell
                ? "cell longer than the limit of " + maxCell
                : "row longer than the limit of " + maxRow)
            + " characters (line "
            + recLine
            + ")");
  }

  /** The record outgrew the longest row allowed. */
  private static final class RowLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RowLimit() {
      super(null, null, false, false);
    }
  }

  /** After a closing quote: the delimiter, a line end or the end of input must follow. */
  private boolean afterCell(String problem) {
    if (pos >= limit && !fill()) {
      return false;
    }
    char c = buf[pos];
    if (c == delimiter) {
      pos++;
      return true;
    }
    if (c == '\n' || c == '\r') {
      pos++;
      lineEnd(c);
      return false;
    }
    return malformed(problem);
  }

  private static String control(char c) {
    return String.format(Locale.ROOT, "a control character U+%04X", (int) c);
  }

  /** Consumes the rest of a line end whose first character {@code c} was read. */
  private void lineEnd(char c) {
    if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
      pos++;
    }
    newLine();
  }

  private void newLine() {
    line++;
    lineStartAbs = bufBase + pos;
    if (firstLineEnd < 0) {
      firstLineEnd = pos - recStart;
    }
  }

  /**
   * Marks the current record malformed at {@code pos} and moves to the line after the record's
   * first line; always false (no further cell).
   */
  private boolean malformed(String problem) {
    return malformed(problem, line, column());
  }

  /** The 1-based column of {@code pos} in its line. */
  private long column() {
    return bufBase + pos - lineStartAbs + 1;
  }

  private boolean malformed(String problem, long atLine, long atColumn) {
    malformed = problem + " (line " + atLine + ", column " + atColumn + ")";
    width = 0;
    if (firstLineEnd >= 0) {
      pos = recStart + firstLineEnd;
      line = recLine + 1;
      lineStartAbs = bufBase + pos;
      return false;
    }
    // The problem is on the record's first line: skip to its end, keeping none of it.
    while (true) {
      recStart = pos;
      if (pos >= limit && !fill()) {
        return false;
      }
      char c = buf[pos++];
      if (c == '\n' || c == '\r') {
        lineEnd(c);
        return false;
      }
    }
  }

  /**
   * Adds a cell from {@code start} to {@code end}, relative to the record's start; {@code pos} is
   * just after the cell's last character (its closing quote if quoted), so {@code pos - recStart}
   * is the record's length so far. The buffer bounds a record's length only to its own size (64 Ki
   * characters at least), so the row limit is checked here, exactly.
   */
  private void addCell(int start, int end, boolean esc) {
    if (end - start > maxCell) {
      throw limit(true);
    }
    if (pos - recStart > maxRow) {
      throw limit(false);
    }
    if (width == starts.length) {
      if (width >= MAX_CELLS) {
        throw new BadInputException(
            Kind.LIMIT,
            InputLocation.row(rowNumber),
            "row has more than the limit of " + MAX_CELLS + " cells (line " + recLine + ")");
      }
      int n = width * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      escaped = Arrays.copyOf(escaped, n);
      cache = Arrays.copyOf(cache, n);
    }
    starts[width] = start;
    ends[width] = end;
    escaped[width] = esc;
    cache[width] = null;
    width++;
  }

  /** Why the current record is malformed, with its line and column, or null if it is not. */
  @Nullable String malformed() {
    return malformed;
  }

  /** The 1-based line where the current record starts. */
  long line() {
    return recLine;
  }

  /**
   * Reads the header row (row 0): each stripped header cell to its index, or to {@link #AMBIGUOUS}
   * if the header has it more than once.
   *
   * @throws BadInputException if the input is empty
   */
  Map<String, Integer> header() {
    String[] cells = headerCells();
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      String h = cells[i].strip();
      if (header.putIfAbsent(h, i) != null) {
        header.put(h, AMBIGUOUS);
      }
    }
    return header;
  }

  /**
   * Reads one header row: the next record that is not a blank line.
   *
   * @throws BadInputException if the input ends first or the row is malformed
   */
  String[] headerCells() {
    while (true) {
      if (!next()) {
        throw new BadInputException(
            Kind.SYNTAX,
            InputLocation.row(Math.max(0, rowNumber)),
            "empty CSV input: expected a header row");
      }
      if (malformed != null) {
        throw new BadInputException(
            Kind.SYNTAX, InputLocation.row(rowNumber), "malformed header: " + malformed);
      }
      if (!emptyLine) {
        String[] cells = new String[width];
        for (int i = 0; i < width; i++) {
          cells[i] = cellOrEmpty(i);
        }
        return cells;
      }
    }
  }

  /** The index {@link #header()} gives a column the header has more than once. */
  static final int AMBIGUOUS = -2;

  /**
   * Returns the index of a column the reader needs.
   *
   * @throws BadInputException if the header lacks it or has it more than once
   */
  static int required(Map<String, Integer> header, String column) {
    Integer i = header.get(column);
    if (i == null) {
      throw new BadInputException(
          Kind.STRUCTURE,
          InputLocation.cell(0, column),
          "missing column: expected a header cell with this name");
    }
    if (i == AMBIGUOUS) {
      throw new BadInputException(
          Kind.STRUCTURE,
          InputLocation.cell(0, column),
          "ambiguous column: the header has it twice");
    }
    return i;
  }

  /**
   * Returns the index of a column the reader can do without, or -1 if the header lacks it.
   *
   * @throws BadInputException if the header has it more than once
   */
  static int optional(Map<String, Integer> header, String column) {
    return header.containsKey(column) ? required(header, column) : -1;
  }

  /** Cell {@code i} of the current record, or {@code ""} past its end. */
  String cellOrEmpty(int i) {
    if (i >= width) {
      return "";
    }
    String s = cache[i];
    if (s == null) {
      int from = recStart + starts[i];
      int to = recStart + ends[i];
      s = new String(buf, from, to - from);
      if (escaped[i]) {
        s = s.replace("\"\"", "\"");
      }
      cache[i] = s;
    }
    return s;
  }

  /**
   * Cell {@code i} of the current record as an optionally negative decimal integer of at most 9
   * digits, or {@link Integer#MIN_VALUE} if it is not one (or is past the record's end): no object
   * made.
   */
  int cellInt(int i) {
    if (i >= width || escaped[i]) {
      return Integer.MIN_VALUE;
    }
    int from = recStart + starts[i];
    int to = recStart + ends[i];
    boolean neg = from < to && buf[from] == '-';
    if (neg) {
      from++;
    }
    if (from == to || to - from > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      char c = buf[k];
      if (c < '0' || c > '9') {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + (c - '0');
    }
    return neg ? -v : v;
  }

  /** Whether cell {@code i} of the current record is blank (empty or white space only). */
  boolean cellIsBlank(int i) {
    if (i >= width) {
      return true;
    }
    int from = recStart + starts[i];
    int to = recStart + ends[i];
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(buf[k])) {
        return false;
      }
    }
    return true;
  }

  /** The position of cell {@code i}'s text in {@code table}, or -1: without making an object. */
  int cellIn(int i, SlugTable table) {
    if (i >= width) {
      return table.get("");
    }
    if (escaped[i]) {
      return table.get(cellOrEmpty(i));
    }
    return table.get(buf, recStart + starts[i], ends[i] - starts[i]);
  }

  /** Whether cell {@code i} of the current record is {@code s}, without making an object. */
  boolean cellEquals(int i, String s) {
    if (i >= width) {
      return s.isEmpty();
    }
    if (escaped[i]) {
      return cellOrEmpty(i).equals(s);
    }
    int from = recStart + starts[i];
    int n = ends[i] - starts[i];
    if (n != s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if (buf[from + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the current record is a blank line. */
  boolean isEmptyLine() {
    return emptyLine;
  }

  /**
   * Checks the current record has as many cells as the header; a shorter or longer row is malformed
   * (a lost delimiter or an unquoted one), not a row of blank answers.
   *
   * @return null if it fits, else the reason
   */
  @Nullable String widthProblem(int headerWidth) {
    if (malformed != null) {
      return "malformed CSV: " + malformed;
    }
    if (width == headerWidth) {
      return null;
    }
    return "row has "
        + width
        + (width == 1 ? " cell" : " cells")
        + ", the header has "
        + headerWidth;
  }

  /** The current row number: 0 for the first header row. */
  long rowNumber() {
    return rowNumber;
  }

  int width() {
    return width;
  }

  /** Cell {@code i} of the current record, or null if the record is shorter. */
  @Nullable String cell(int i) {
    return i < width ? cellOrEmpty(i) : null;
  }

  /** The exception for a failed read of the underlying stream or file. */
  static BadInputException io(IOException e) {
    return new BadInputException(Kind.IO, "reading failed: " + e.getClass().getSimpleName(), e);
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw io(e);
    }
  }
}
