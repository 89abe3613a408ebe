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
import java.util.function.IntPredicate;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.jspecify.annotations.Nullable;

/**
 * Records of a CSV file (RFC 4180: quoted cells with delimiters, {@code ""} escapes and line breaks
 * inside; CRLF, LF or CR line ends), decoded strictly from the given charset, with a leading
 * byte-order mark skipped. Every reader of this package reads through this class, so they all treat
 * input the same way. It scans UTF-8 bytes: UTF-8 input as it is read (checked as UTF-8 block by
 * block before the scanner sees it), anything else (another charset, characters, a delimiter
 * outside ASCII) decoded strictly and written as UTF-8 by {@link Utf8Encoder} first, so there is
 * one scanner; line, column and the limits are in characters (UTF-16 units) all the same:
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
 *
 * <p>The long shape's bulk readers may first offer each record to {@link #plainLong} or {@link
 * #plainAnswers}, which read only <em>plain</em> records (one line of printable ASCII without
 * quotes or white space, of the expected width, within the limits, whose cells decode without a
 * doubt) and leave every other record untouched for {@link #next()}, so that this class's one
 * reading of a record stays the only one: a plain record reads as {@code next()} would read it,
 * with the same row number and line.
 */
final class CsvRows implements AutoCloseable {
  /** The longest record by default, in characters. */
  static final int DEFAULT_MAX_ROW = 8_000_000;

  /** The most cells a record may have. */
  static final int MAX_CELLS = 1 << 17;

  /** The largest buffer an array can be here. */
  private static final int MAX_BUFFER = Integer.MAX_VALUE - 16;

  /** The bytes read, UTF-8: straight from the input, or from {@link #encoder}. */
  private final InputStream in;

  /**
   * Non-null when the bytes are UTF-8 made here from characters (a reader, another charset, a
   * delimiter outside ASCII); null when they are the input's own bytes, checked here as UTF-8.
   */
  private final @Nullable Utf8Encoder encoder;

  /** The charset named in an encoding error. */
  private final String charsetName;

  private final byte delimiter;
  private final int maxCell;
  private final int maxRow;

  /** The bytes that end or break an unquoted cell: delimiter, quote, line ends, controls. */
  private final boolean[] special = new boolean[256];

  /** The delimiter byte in each byte of a word. */
  private final long delimiters;

  private byte[] buf = new byte[1 << 16];
  private int pos;

  /** The end of the bytes checked as UTF-8, which the scanner may read. */
  private int limit;

  /** The end of the bytes read; {@code [limit, filled)} is an incomplete character or bad bytes. */
  private int filled;

  private boolean eof;

  /** The bytes at {@code limit} are not valid: the next fill fails the read. */
  private boolean bad;

  /** Where the current record starts in {@code buf}. */
  private int recStart;

  /** The offset in the input of {@code buf[0]}. */
  private long bufBase;

  /** The 1-based line of {@code pos}. */
  private long line = 1;

  /**
   * The input offset from which the current line's characters are counted (its start, or the start
   * of the buffer once the line's beginning has been dropped), and how many characters of the line
   * come before it: columns are counted in characters only when one is reported.
   */
  private long lineMark;

  private long lineMarkChars;

  /** Cells of the current record: start, end (relative to recStart) and whether "" is inside. */
  private int[] starts = new int[16];

  private int[] ends = new int[16];
  private boolean[] escaped = new boolean[16];
  private @Nullable String[] cache = new String[16];

  /** The cells before this one may have a string in {@link #cache}: the hot path makes none. */
  private int cached;

  private int width;
  private boolean emptyLine;
  private @Nullable String malformed;

  /** The end of the current record's first line (relative to recStart), or -1. */
  private int firstLineEnd;

  private long recLine;
  private long rowNumber = -1;

  private CsvRows(
      InputStream in,
      @Nullable Utf8Encoder encoder,
      String charsetName,
      byte delimiter,
      int maxCell,
      int maxRow) {
    this.in = in;
    this.encoder = encoder;
    this.charsetName = charsetName;
    this.delimiter = delimiter;
    for (char c = 0; c < ' '; c++) {
      special[c] = c != '\t';
    }
    special['"'] = true;
    special[delimiter & 0xff] = true;
    for (int c = 0; c < 256; c++) {
      plainClass[c] = c > ' ' && c < 0x7F && c != '"' ? TEXT : OTHER;
    }
    plainClass['\n'] = LINE_FEED;
    plainClass[delimiter & 0xff] = DELIMITER;
    this.delimiters = (delimiter & 0xffL) * ONES;
    this.maxCell = maxCell;
    this.maxRow = Math.max(maxRow, maxCell);
  }

  /** Records from UTF-8 bytes, decoded strictly. */
  static CsvRows of(InputStream in, char delimiter, int maxCell) {
    return of(in, StandardCharsets.UTF_8, delimiter, maxCell, DEFAULT_MAX_ROW);
  }

  /** Records from bytes in {@code charset}, decoded strictly. */
  static CsvRows of(InputStream in, Charset charset, char delimiter, int maxCell, int maxRow) {
    CsvRows r = continuing(in, charset, delimiter, maxCell, maxRow);
    r.skipBom();
    return r;
  }

  /**
   * Records from bytes that continue a file after a row end: decoded strictly, and a leading U+FEFF
   * is content here, not a byte-order mark. Row numbers start at 0 for the first row.
   */
  static CsvRows continuing(
      InputStream in, Charset charset, char delimiter, int maxCell, int maxRow) {
    if (charset.equals(StandardCharsets.UTF_8) && delimiter < 0x80) {
      // The fast path: the file's own bytes, scanned as they are and checked as UTF-8 here.
      return new CsvRows(in, null, charset.name(), (byte) delimiter, maxCell, maxRow);
    }
    return ofChars(new DecodingReader(in, charset), charset.name(), delimiter, maxCell, maxRow);
  }

  private static CsvRows ofChars(
      Reader in, String charsetName, char delimiter, int maxCell, int maxRow) {
    Utf8Encoder e = new Utf8Encoder(in, delimiter);
    return new CsvRows(e, e, charsetName, e.delimiterByte(), maxCell, maxRow);
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
    CsvRows r = ofChars(in, "UTF-16", delimiter, maxCell, maxRow);
    r.skipBom();
    return r;
  }

  private void skipBom() {
    // Reads no further than the first character, as a bad byte after it is to be reported only
    // when the scanner reaches it (then at the right line). A mark is three bytes. The caller does
    // not hold the reader yet: if this first read fails, the input is closed here.
    try {
      while ((pos == limit || (buf[pos] == (byte) 0xEF && limit - pos < 3)) && fill()) {
        // the first character, whole
      }
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    if (limit - pos >= 3
        && buf[pos] == (byte) 0xEF
        && buf[pos + 1] == (byte) 0xBB
        && buf[pos + 2] == (byte) 0xBF) {
      pos += 3;
      lineMark = 3;
    }
  }

  /**
   * Reads more bytes into the buffer, keeping the current record; false at the end of input. Only
   * whole, valid UTF-8 characters are added to what the scanner may read; bytes that are not valid
   * fail the read once every character before them has been read, at their line and column.
   */
  private boolean fill() {
    while (true) {
      if (bad) {
        throw encodingError();
      }
      if (eof) {
        return false;
      }
      if (recStart > 0) {
        if (lineMark < bufBase + recStart) {
          // The current line starts before the record (a malformed record being skipped).
          lineMarkChars += chars((int) (lineMark - bufBase), recStart);
          lineMark = bufBase + recStart;
        }
        System.arraycopy(buf, recStart, buf, 0, filled - recStart);
        bufBase += recStart;
        pos -= recStart;
        limit -= recStart;
        filled -= recStart;
        recStart = 0;
      }
      // Room for a whole character at least.
      if (buf.length - filled < 4) {
        grow();
      }
      int n;
      try {
        do {
          n = in.read(buf, filled, buf.length - filled);
        } while (n == 0);
      } catch (DecodingReader.Malformed e) {
        throw encodingError();
      } catch (IOException e) {
        throw io(e);
      }
      if (n < 0) {
        eof = true;
        bad = filled > limit; // a character cut off by the end of the input
        continue;
      }
      filled += n;
      int was = limit;
      limit = encoder == null ? checkUtf8(limit, filled) : filled;
      if (limit > was) {
        return true;
      }
    }
  }

  /** Makes the buffer larger for a longer record, or fails the read past the row limit. */
  private void grow() {
    long chars = chars(0, limit);
    if (chars > maxRow || buf.length >= MAX_BUFFER) {
      throw new RowLimit();
    }
    // A character is at most three bytes (four for two chars outside the BMP).
    long room = 3 * (maxRow + 2 - chars) + 4;
    long size = Math.min(Math.min(2L * buf.length, buf.length + room), MAX_BUFFER);
    buf = Arrays.copyOf(buf, (int) size);
  }

  private BadInputException encodingError() {
    return new BadInputException(
        Kind.ENCODING,
        InputLocation.row(Math.max(0, rowNumber)),
        "invalid "
            + charsetName
            + " at line "
            + line
            + ", column "
            + column(limit)
            + ": expected "
            + charsetName
            + " text, found a byte sequence that is not");
  }

  /**
   * Checks {@code buf[from, to)} as UTF-8 (RFC 3629; the Unicode Standard's table 3-7 of
   * well-formed byte sequences, which is what the JDK's decoder accepts): returns the end of the
   * whole valid characters, which is {@code to} unless a character is cut off at the end (more
   * bytes may complete it) or a byte sequence is not valid ({@link #bad} is then set).
   */
  private int checkUtf8(int from, int to) {
    byte[] b = buf;
    int i = from;
    while (i < to) {
      // ASCII 32 bytes at a time, then 8: no byte of the words has its high bit set.
      while (i + 32 <= to
          && (((long) Utf8.LONGS.get(b, i)
                      | (long) Utf8.LONGS.get(b, i + 8)
                      | (long) Utf8.LONGS.get(b, i + 16)
                      | (long) Utf8.LONGS.get(b, i + 24))
                  & HIGHS)
              == 0) {
        i += 32;
      }
      while (i + 8 <= to && ((long) Utf8.LONGS.get(b, i) & HIGHS) == 0) {
        i += 8;
      }
      if (i >= to) {
        break;
      }
      int c = b[i];
      if (c >= 0) {
        i++;
        continue;
      }
      int n = Utf8.sequence(b, i, to);
      if (n == 0) {
        return i; // cut off: wait for more bytes
      }
      if (n < 0) {
        bad = true;
        return i;
      }
      i += n;
    }
    return to;
  }

  /** The number of UTF-16 characters in {@code buf[from, to)}, whole characters. */
  private long chars(int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      int c = buf[i] & 0xff;
      if ((c & 0xC0) != 0x80) {
        n += (c & 0xF8) == 0xF0 ? 2 : 1;
      }
    }
    return n;
  }

  /** Starts a record at {@code pos}: the last record's cells and state are dropped. */
  private void beginRecord() {
    if (cached > 0) {
      Arrays.fill(cache, 0, cached, null);
      cached = 0;
    }
    recStart = pos;
    rowNumber++;
    recLine = line;
    width = 0;
    malformed = null;
  }

  /** Advances to the next record; false at the end of input. */
  boolean next() {
    beginRecord();
    firstLineEnd = -1;
    try {
      if (pos >= limit && !fill()) {
        rowNumber--;
        return false;
      }
      byte c = buf[pos];
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

  /**
   * Reads one cell at {@code pos}; true if another cell of this record follows. This is the common
   * case alone, kept small so that the compiler inlines it: an unquoted cell that ends in the
   * buffer, at a delimiter or a line feed. Everything else is {@link #anyCell()}.
   */
  private boolean cell() {
    byte[] b = buf;
    int from = pos;
    int end = limit;
    if (from < end && b[from] != '"') {
      int p = scan(b, from, end);
      if (p < end) {
        byte c = b[p];
        if (c == delimiter) {
          addCell(from - recStart, p - recStart, false);
          pos = p + 1;
          return true;
        } else if (c == '\n') {
          addCell(from - recStart, p - recStart, false);
          pos = p + 1;
          newLine();
          return false;
        }
      }
    }
    return anyCell();
  }

  /** The first byte in {@code b[p, end)} that ends or breaks an unquoted cell, or {@code end}. */
  private int scan(byte[] b, int p, int end) {
    boolean[] special = this.special;
    while (true) {
      if (p + 8 > end) {
        while (p < end && !special[b[p] & 0xff]) {
          p++;
        }
        return p;
      }
      long m = specials((long) Utf8.LONGS.get(b, p));
      if (m == 0) {
        p += 8;
        continue;
      }
      p += Long.numberOfTrailingZeros(m) >>> 3;
      if (special[b[p] & 0xff]) {
        return p;
      }
      p++; // a tab: flagged with the controls, but part of the cell
    }
  }

  /** Reads one cell at {@code pos}, whatever it is; true if another cell of this record follows. */
  private boolean anyCell() {
    if (pos >= limit && !fill()) {
      addCell(pos - recStart, pos - recStart, false);
      return false;
    }
    if (buf[pos] == '"') {
      return quotedCell();
    }
    int start = pos - recStart; // relative: fill() moves the record
    while (true) {
      // Skip the bytes that end nothing (every byte of a character outside ASCII).
      pos = scan(buf, pos, limit);
      if (pos >= limit) {
        if (!fillOrLimit(start, false)) {
          addCell(start, pos - recStart, false);
          return false;
        }
        continue;
      }
      byte c = buf[pos];
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
      }
      return malformed(control(c)); // every other special byte is a control character
    }
  }

  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = '"' * ONES;
  private static final long SPACES = ' ' * ONES;

  /**
   * Flags (with its high bit) each byte of the word {@code w} (eight bytes of the buffer, the first
   * lowest) that is the delimiter, a quote or below U+0020. Only the lowest flag is exact, which is
   * all the scanner needs: it is the first such byte. The well-known SWAR tests "has a zero byte"
   * and "has a byte less than n" (Sean Eron Anderson, Bit Twiddling Hacks, "Determine if a word has
   * a zero byte" and "... a byte less than n"), applied to {@code w} XOR the byte repeated.
   */
  private long specials(long w) {
    long d = w ^ delimiters;
    long q = w ^ QUOTES;
    return (((d - ONES) & ~d) | ((q - ONES) & ~q) | ((w - SPACES) & ~w)) & HIGHS;
  }

  private boolean quotedCell() {
    long openLine = line;
    long openColumn = column(pos);
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
      byte c = buf[pos];
      if (c == '"') {
        if (pos + 1 >= limit) {
          boolean more = fillOrLimit(start, true);
          if (malformed != null) {
            return false;
          }
          if (!more) {
            addCell(start, pos - recStart, esc);
            rowLimit(pos + 1 - recStart); // the closing quote counts toward the record's length
            pos++;
            return false;
          }
        }
        if (buf[pos + 1] == '"') {
          esc = true;
          pos += 2;
          continue;
        }
        addCell(start, pos - recStart, esc);
        rowLimit(pos + 1 - recStart);
        pos++;
        return afterCell(
            "a character after a closing quote: a quote inside a cell is written \"\"");
      } else if (c == '\n' || c == '\r') {
        pos++;
        lineEnd(c);
      } else if (c >= 0 && c < ' ' && c != '\t') {
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
    boolean tooLong = cellTooLong(recStart + start, pos);
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
    throw limit(cellTooLong(recStart + start, pos));
  }

  /** Whether {@code buf[from, to)} is more than {@code maxCell} characters. */
  private boolean cellTooLong(int from, int to) {
    // A character is at least one byte: count only when the bytes are over the limit.
    return to - from > maxCell && chars(from, to) > maxCell;
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
    byte c = buf[pos];
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

  private static String control(byte c) {
    return String.format(Locale.ROOT, "a control character U+%04X", (int) c);
  }

  /** Consumes the rest of a line end whose first byte {@code c} was read. */
  private void lineEnd(byte c) {
    if (c == '\r' && (pos < limit || fill()) && buf[pos] == '\n') {
      pos++;
    }
    newLine();
  }

  private void newLine() {
    line++;
    lineMark = bufBase + pos;
    lineMarkChars = 0;
    if (firstLineEnd < 0) {
      firstLineEnd = pos - recStart;
    }
  }

  /**
   * Marks the current record malformed at {@code pos} and moves to the line after the record's
   * first line; always false (no further cell).
   */
  private boolean malformed(String problem) {
    return malformed(problem, line, column(pos));
  }

  /** The 1-based column, in characters, of {@code buf[at]} in the current line. */
  private long column(int at) {
    return lineMarkChars + chars((int) (lineMark - bufBase), at) + 1;
  }

  private boolean malformed(String problem, long atLine, long atColumn) {
    malformed = problem + " (line " + atLine + ", column " + atColumn + ")";
    width = 0;
    if (firstLineEnd >= 0) {
      pos = recStart + firstLineEnd;
      line = recLine + 1;
      lineMark = bufBase + pos;
      lineMarkChars = 0;
      return false;
    }
    // The problem is on the record's first line: skip to its end, keeping none of it.
    while (true) {
      recStart = pos;
      if (pos >= limit && !fill()) {
        return false;
      }
      byte c = buf[pos++];
      if (c == '\n' || c == '\r') {
        lineEnd(c);
        return false;
      }
    }
  }

  /**
   * Fails the read if the record's first {@code through} bytes (relative to its start) are more
   * than {@code maxRow} characters. The buffer bounds a record only to its own size (at least its
   * first capacity), so the row limit is checked as each cell ends, exactly.
   */
  private void rowLimit(int through) {
    // A character is at least one byte: count only when the bytes are over the limit.
    if (through > maxRow && chars(recStart, recStart + through) > maxRow) {
      throw limit(false);
    }
  }

  /** Adds a cell from {@code start} to {@code end}, relative to the record's start. */
  private void addCell(int start, int end, boolean esc) {
    if (end - start > maxCell && cellTooLong(recStart + start, recStart + end)) {
      throw limit(true);
    }
    rowLimit(end);
    if (width == starts.length) {
      moreCells();
    }
    starts[width] = start;
    ends[width] = end;
    escaped[width] = esc;
    width++;
  }

  private void moreCells() {
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
      s = decode(recStart + starts[i], recStart + ends[i]);
      if (escaped[i]) {
        s = s.replace("\"\"", "\"");
      }
      cache[i] = s;
      cached = Math.max(cached, i + 1);
    }
    return s;
  }

  /** The text of {@code buf[from, to)}, whole valid characters. */
  private String decode(int from, int to) {
    Utf8Encoder e = encoder;
    if (e != null && e.escapes()) {
      return Utf8.decode(buf, from, to, e.delimiter());
    }
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
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
    return decimal(buf, recStart + starts[i], recStart + ends[i]);
  }

  /** Whether cell {@code i} of the current record is blank (empty or white space only). */
  boolean cellIsBlank(int i) {
    if (i >= width) {
      return true;
    }
    int from = recStart + starts[i];
    int to = recStart + ends[i];
    for (int k = from; k < to; k++) {
      byte c = buf[k];
      if (c > ' ') {
        return false; // the usual case, first byte: ASCII that is not white space
      }
      if (c < 0) {
        return cellOrEmpty(i).isBlank(); // white space outside ASCII: read the characters
      }
      if (!Character.isWhitespace(c)) {
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
    Utf8Encoder e = encoder;
    if (escaped[i] || (e != null && e.escapes())) {
      return table.get(cellOrEmpty(i));
    }
    return table.get(buf, recStart + starts[i], ends[i] - starts[i]);
  }

  /** Whether cell {@code i} of the current record is {@code s}, without making an object. */
  boolean cellEquals(int i, String s) {
    if (i >= width) {
      return s.isEmpty();
    }
    int from = recStart + starts[i];
    int n = ends[i] - starts[i];
    if (!s.equals(equalsText)) { // the same text as the last time, usually the same string
      compareWith(s);
    }
    if (equalsLength >= 0 && !escaped[i]) {
      // Text of at most eight ASCII characters: its bytes as one number.
      return n == equalsLength && Utf8.word(buf, from, n) == equalsWord;
    }
    if (n != s.length() || escaped[i]) {
      // A character is at least one byte and "" is two for one: fewer bytes are never equal.
      return n > s.length() && cellOrEmpty(i).equals(s);
    }
    for (int k = 0; k < n; k++) {
      char c = s.charAt(k);
      if (c >= 0x80) {
        return cellOrEmpty(i).equals(s);
      }
      if (buf[from + k] != c) {
        return false;
      }
    }
    return true;
  }

  /** The text {@link #cellEquals} compared last, and its length and word if it is short ASCII. */
  private @Nullable String equalsText;

  private int equalsLength;
  private long equalsWord;

  private void compareWith(String s) {
    equalsText = s;
    equalsLength = shortAscii(s) ? s.length() : -1;
    equalsWord =
        equalsLength >= 0 ? Utf8.word(s.getBytes(StandardCharsets.UTF_8), 0, s.length()) : 0;
  }

  private static boolean shortAscii(String s) {
    if (s.length() > 8) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #plainLong}: the record is not plain; {@link #next()} reads it. */
  static final int NOT_PLAIN = -2;

  /** {@link #plainLong}: a plain answer to the wanted measure, see {@link #plainScore()}. */
  static final int PLAIN_ANSWER = 1;

  /** {@link #plainLong}: a plain record of another measure, which the reader passes over. */
  static final int PLAIN_OTHER_MEASURE = 2;

  /** {@link #plainClass}: a byte of a plain cell's text. */
  private static final byte TEXT = 0;

  private static final byte DELIMITER = 1;
  private static final byte LINE_FEED = 2;

  /** {@link #plainClass}: a byte no plain record has. */
  private static final byte OTHER = 3;

  /**
   * Per byte, its class in a plain record: text (printable ASCII other than the quote and the
   * delimiter), the delimiter, the line feed, or anything else (controls, CR, tab, space, a quote,
   * bytes outside ASCII), which makes the record not plain.
   */
  private final byte[] plainClass = new byte[256];

  /** The first byte after the record {@link #plainLong} found, and what it decoded. */
  private int plainEnd;

  private int plainScore;
  private int plainTouchpoint;

  /**
   * The columns of a long-shape record for {@link #plainLong}: which column is the respondent, the
   * touchpoint, the measure and the score, the number of columns, the wanted measure's bytes and
   * the touchpoint ids.
   */
  static final class PlainLong {
    private static final byte ANY = 0;
    private static final byte RESPONDENT = 1;
    private static final byte TOUCHPOINT = 2;
    private static final byte MEASURE = 3;
    private static final byte SCORE = 4;

    final byte[] roles;
    final byte[] wanted;
    final long wantedWord;
    final SlugTable touchpoints;

    /** The columns by role (the respondent's -1 if rows are numbered), and their number. */
    final int respondent;

    final int touchpoint;
    final int measure;
    final int score;
    final int width;

    /**
     * The scores {@link #plainAnswers} takes: from {@code lowest} to {@code highest}, none that
     * {@code notApplicable} (if there is one) says means not applicable.
     */
    final int lowest;

    final int highest;

    /** The points from {@code lowest} to {@code highest}: a touchpoint's row of the counts. */
    final int points;

    final @Nullable IntPredicate notApplicable;

    private PlainLong(byte[] roles, int[] columns, byte[] wanted, SlugTable touchpoints) {
      this(roles, columns, wanted, touchpoints, Integer.MIN_VALUE, Integer.MAX_VALUE, null);
    }

    private PlainLong(
        byte[] roles,
        int[] columns,
        byte[] wanted,
        SlugTable touchpoints,
        int lowest,
        int highest,
        @Nullable IntPredicate notApplicable) {
      this.lowest = lowest;
      this.highest = highest;
      this.points = (int) Math.min(Integer.MAX_VALUE, (long) highest - lowest + 1);
      this.notApplicable = notApplicable;
      this.roles = roles;
      this.respondent = columns[0];
      this.touchpoint = columns[1];
      this.measure = columns[2];
      this.score = columns[3];
      this.width = roles.length;
      this.wanted = wanted;
      this.wantedWord = wanted.length <= 8 ? Utf8.word(wanted, 0, wanted.length) : 0;
      this.touchpoints = touchpoints;
    }

    /**
     * This plan, with the scores {@link #plainAnswers} takes: from {@code lowest} to {@code
     * highest}, none that {@code notApplicable} (null: no score) says means not applicable.
     */
    PlainLong scores(int lowest, int highest, @Nullable IntPredicate notApplicable) {
      return new PlainLong(
          roles,
          new int[] {respondent, touchpoint, measure, score},
          wanted,
          touchpoints,
          lowest,
          highest,
          notApplicable);
    }

    /** Whether {@link #plainAnswers} takes the score {@code v}. */
    boolean takes(int v) {
      IntPredicate na = notApplicable;
      return v >= lowest && v <= highest && (na == null || !na.test(v));
    }

    /** Whether {@code b[from, from + n)} is the wanted measure's bytes. */
    boolean isWanted(byte[] b, int from, int n) {
      return n == wanted.length
          && (n <= 8
              ? Utf8.word(b, from, n) == wantedWord
              : Arrays.equals(b, from, from + n, wanted, 0, n));
    }

    /**
     * The plan for records of {@code width} columns, or null if there is none: the respondent
     * column is optional (-1), the other three are needed, and no two may be the same column.
     */
    static @Nullable PlainLong of(
        int width,
        int respondent,
        int touchpoint,
        int measure,
        int score,
        String wanted,
        SlugTable touchpoints) {
      if (width < 2 || touchpoint < 0 || measure < 0 || score < 0) {
        return null;
      }
      byte[] roles = new byte[width];
      int[] columns = {respondent, touchpoint, measure, score};
      byte[] role = {RESPONDENT, TOUCHPOINT, MEASURE, SCORE};
      for (int k = 0; k < columns.length; k++) {
        int i = columns[k];
        if (i < 0) {
          continue;
        }
        if (i >= width || roles[i] != ANY) {
          return null;
        }
        roles[i] = role[k];
      }
      return new PlainLong(roles, columns, wanted.getBytes(StandardCharsets.UTF_8), touchpoints);
    }
  }

  /**
   * Looks at the record at the reading position without reading it: whether it is a plain record of
   * the long shape, one line in the buffer ending in a line feed, of printable ASCII without quotes
   * or white space, with {@code plan}'s number of cells, none longer than the cell limit nor the
   * record longer than the row limit, whose measure is not blank and, if it is the wanted one,
   * whose respondent is not blank, whose score is an integer as {@link #cellInt} reads it and whose
   * touchpoint is one of the plan's. Such a record reads as {@link #next()} would read it (no error
   * is possible), so the caller may take it with {@link #takePlain()}; anything else is left for
   * {@link #next()}, which stays the one reader of every other record. One pass over the record's
   * bytes; nothing is stored per cell.
   *
   * @return {@link #PLAIN_ANSWER}, {@link #PLAIN_OTHER_MEASURE} or {@link #NOT_PLAIN}
   */
  int plainLong(PlainLong plan) {
    if (encoder != null) {
      return NOT_PLAIN; // the bytes were made here, with an escape for the delimiter
    }
    byte[] b = buf;
    int end = limit;
    if (pos + WINDOW <= end) {
      int k = plainWindow(plan, b, pos);
      if (k != LONGER) {
        return k;
      }
    }
    byte[] cls = plainClass;
    byte[] roles = plan.roles;
    int last = roles.length - 1;
    int p = pos;
    int score = Integer.MIN_VALUE;
    int tp = -1;
    boolean wantedMeasure = false;
    for (int col = 0; ; col++) {
      int from = p;
      while (p < end && cls[b[p] & 0xff] == TEXT) {
        p++;
      }
      if (p >= end || cls[b[p] & 0xff] != (col == last ? LINE_FEED : DELIMITER)) {
        return NOT_PLAIN; // cut off by the buffer, or another width, or not plain
      }
      int n = p - from;
      if (n > maxCell) {
        return NOT_PLAIN;
      }
      switch (roles[col]) {
        case PlainLong.RESPONDENT -> {
          if (n == 0) {
            return NOT_PLAIN;
          }
        }
        case PlainLong.TOUCHPOINT -> tp = n == 0 ? -1 : plan.touchpoints.get(b, from, n);
        case PlainLong.MEASURE -> {
          if (n == 0) {
            return NOT_PLAIN;
          }
          wantedMeasure = plan.isWanted(b, from, n);
        }
        case PlainLong.SCORE -> score = decimal(b, from, p);
        default -> {
          // a column this reader does not read
        }
      }
      p++;
      if (col == last) {
        break;
      }
    }
    if (p - 1 - pos > maxRow) {
      return NOT_PLAIN;
    }
    return plainFound(p, wantedMeasure, score, tp);
  }

  /** The bytes {@link #plainWindow} reads at once: most records of the long shape are shorter. */
  private static final int WINDOW = 24;

  /** {@link #plainWindow}: the record is longer than its window. */
  private static final int LONGER = -1;

  private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;

  /**
   * The byte flags of {@code m} (high bits, as {@link #plainSpecials} makes them) as eight bits,
   * the first byte's lowest: the multiplication moves byte k's flag to bit 56 + k, and its other
   * products fall on distinct bits below 56 (or past 63), so nothing carries into the top byte.
   */
  private static int gather(long m) {
    return (int) (((m >>> 7) * 0x0102040810204080L) >>> 56);
  }

  /**
   * Flags, exactly, each byte of {@code w} that ends a plain cell or that no plain cell has: the
   * complement of the bytes of a plain cell's text, U+0021..U+007E other than the quote and the
   * delimiter. With {@code x} a byte's low seven bits, {@code x + 0x5F} has its high bit set iff
   * {@code x >= 0x21} and {@code x + 0x01} iff {@code x >= 0x7F} (no carry leaves a byte), and the
   * high bit of {@code ((v & 0x7F) + 0x7F) | v} is clear iff the byte {@code v} is zero.
   */
  private long plainSpecials(long w) {
    return plainSpecials(w, delimiters);
  }

  /** {@link #plainSpecials(long)} for the delimiter byte repeated in {@code delimiters}. */
  static long plainSpecials(long w, long delimiters) {
    long x = w & LOW7;
    long text = (x + (0x80 - 0x21) * ONES) & ~(x + ONES) & ~w;
    long q = w ^ QUOTES;
    long d = w ^ delimiters;
    return ~(text & (((q & LOW7) + LOW7) | q) & (((d & LOW7) + LOW7) | d)) & HIGHS;
  }

  /**
   * {@link #plainLong} for a record that ends within {@link #WINDOW} bytes of {@code p}: the window
   * is read as three words and its line feeds, delimiters and other special bytes found for all
   * bytes at once (SWAR, as in {@link #specials} but exact for every byte), so that finding the
   * cells takes no branch per byte. {@link #LONGER} if the window holds no line feed.
   */
  private int plainWindow(PlainLong plan, byte[] b, int p) {
    long ends = plainEnds(b, p, plan.width - 1);
    if (ends < 0) {
      return (int) ends;
    }
    int next = p + cellEnd(ends, plan.width - 1) + 1;
    int k = windowMeasure(plan, b, p, ends);
    if (k != PLAIN_ANSWER) {
      plainEnd = next;
      return k;
    }
    return plainFound(
        next, true, windowScore(plan, b, p, ends), windowTouchpoint(plan, b, p, ends));
  }

  /**
   * Of the plain record at {@code p} whose cells end at {@code ends}: {@link #PLAIN_ANSWER} if its
   * measure is the wanted one and its respondent (if there is one) is not blank, {@link
   * #PLAIN_OTHER_MEASURE} if it is of another measure, else {@link #NOT_PLAIN}.
   */
  private static int windowMeasure(PlainLong plan, byte[] b, int p, long ends) {
    int from = p + cellStart(ends, plan.measure);
    int n = p + cellEnd(ends, plan.measure) - from;
    if (n == 0) {
      return NOT_PLAIN;
    }
    if (!plan.isWanted(b, from, n)) {
      return PLAIN_OTHER_MEASURE;
    }
    int r = plan.respondent;
    return r >= 0 && cellEnd(ends, r) == cellStart(ends, r) ? NOT_PLAIN : PLAIN_ANSWER;
  }

  /** The score of the plain record at {@code p}, as {@link #decimal} reads it. */
  private static int windowScore(PlainLong plan, byte[] b, int p, long ends) {
    return decimal(b, p + cellStart(ends, plan.score), p + cellEnd(ends, plan.score));
  }

  /** The touchpoint's position of the plain record at {@code p}, or -1. */
  private static int windowTouchpoint(PlainLong plan, byte[] b, int p, long ends) {
    int from = p + cellStart(ends, plan.touchpoint);
    int n = p + cellEnd(ends, plan.touchpoint) - from;
    return n == 0 ? -1 : plan.touchpoints.get(b, from, n);
  }

  /**
   * The first half of {@link #plainWindow}: where the cells of a plain record at {@code p} end,
   * relative to {@code p}, a byte each from the second (the {@code last} delimiters, then the line
   * feed; the lowest byte is 0xFF, the end of a cell before the first, so that {@link #cellStart}
   * needs no branch), with the record and every cell within their limits; else {@link #LONGER}
   * (also for a record of more than {@link #ENDS} cells, which the byte loop reads) or {@link
   * #NOT_PLAIN}.
   */
  private long plainEnds(byte[] b, int p, int last) {
    int special =
        gather(plainSpecials((long) Utf8.LONGS.get(b, p)))
            | gather(plainSpecials((long) Utf8.LONGS.get(b, p + 8))) << 8
            | gather(plainSpecials((long) Utf8.LONGS.get(b, p + 16))) << 16;
    if (last >= ENDS) {
      return LONGER;
    }
    // A special byte past the window (bit 32 from a window of 24) means a longer record.
    long ends = 0xFF;
    for (int col = 0; col < last; col++) {
      int e = Integer.numberOfTrailingZeros(special);
      if (e >= WINDOW) {
        return LONGER;
      }
      if (b[p + e] != delimiter) {
        return NOT_PLAIN;
      }
      ends |= (long) e << ((col + 1) << 3);
      special &= special - 1;
    }
    int length = Integer.numberOfTrailingZeros(special);
    if (length >= WINDOW) {
      return LONGER;
    }
    if (b[p + length] != '\n' || length > maxRow) {
      return NOT_PLAIN;
    }
    ends |= (long) length << ((last + 1) << 3);
    // Every cell is at most the record's length, so only a long record may have one too long.
    if (length > maxCell && cellOverLimit(ends, last)) {
      return NOT_PLAIN;
    }
    return ends;
  }

  /** Whether a cell of the {@code last + 1} that end at {@code ends} is over the cell limit. */
  private boolean cellOverLimit(long ends, int last) {
    for (int col = 0, from = 0; col <= last; col++) {
      int to = cellEnd(ends, col);
      if (to - from > maxCell) {
        return true;
      }
      from = to + 1;
    }
    return false;
  }

  /**
   * The most cells {@link #plainWindow} reads: their ends are a byte each of a long, after the 0xFF
   * before the first.
   */
  private static final int ENDS = 7;

  /** Where cell {@code col} starts, from the ends of {@link #plainEnds}: after the one before. */
  private static int cellStart(long ends, int col) {
    return ((int) (ends >>> (col << 3)) + 1) & 0xff;
  }

  /** Where cell {@code col} ends, from the ends of {@link #plainEnds}. */
  private static int cellEnd(long ends, int col) {
    return (int) (ends >>> ((col + 1) << 3)) & 0xff;
  }

  /** Ends {@link #plainLong} for a plain record that ends before {@code next}. */
  private int plainFound(int next, boolean wantedMeasure, int score, int tp) {
    if (!wantedMeasure) {
      plainEnd = next;
      return PLAIN_OTHER_MEASURE;
    }
    if (score == Integer.MIN_VALUE || tp < 0) {
      return NOT_PLAIN;
    }
    plainEnd = next;
    plainScore = score;
    plainTouchpoint = tp;
    return PLAIN_ANSWER;
  }

  /**
   * {@code b[from, to)} as an optionally negative decimal integer of at most 9 digits, or {@link
   * Integer#MIN_VALUE} if it is not one.
   */
  private static int decimal(byte[] b, int from, int to) {
    if (to - from == 1) { // most scores
      int d = b[from] - '0';
      return d >= 0 && d <= 9 ? d : Integer.MIN_VALUE;
    }
    boolean neg = from < to && b[from] == '-';
    if (neg) {
      from++;
    }
    if (from == to || to - from > 9) {
      return Integer.MIN_VALUE;
    }
    int v = 0;
    for (int k = from; k < to; k++) {
      int d = b[k] - '0';
      if (d < 0 || d > 9) {
        return Integer.MIN_VALUE;
      }
      v = v * 10 + d;
    }
    return neg ? -v : v;
  }

  /** The records of another measure that the last {@link #plainAnswers} read. */
  private int plainOthers;

  /**
   * Reads, from the reading position, the records that {@link #plainLong} finds plain (within a
   * window of the buffer) while they are answers whose score {@code plan} {@link PlainLong#takes
   * takes} or records of another measure, as {@link #next()} would read them, at most {@code max}
   * answers: each answer is counted, {@code counts[touchpoint * plan.points + score -
   * plan.lowest]++} (the caller keeps every count below {@code Integer.MAX_VALUE - max}). The first
   * record that is not one of these is left for {@link #plainLong} or {@link #next()}. The bulk
   * path: one call for many records, nothing stored per record.
   *
   * @return the answers counted; {@link #plainOthers()} says how many records of other measures
   *     were read
   */
  int plainAnswers(PlainLong plan, int[] counts, int max) {
    int others = 0;
    int at = 0;
    if (encoder != null) {
      plainOthers = 0;
      return 0;
    }
    byte[] b = buf;
    int last = limit - WINDOW;
    int p = pos;
    int start = p;
    long row = rowNumber;
    int lastCell = plan.width - 1;
    // The steps of plainWindow, in this loop: each is small, so the compiler inlines them here.
    while (at < max && p <= last) {
      long ends = plainEnds(b, p, lastCell);
      if (ends < 0) {
        break;
      }
      int k = windowMeasure(plan, b, p, ends);
      if (k == PLAIN_OTHER_MEASURE) {
        others++;
      } else if (k != PLAIN_ANSWER) {
        break;
      } else {
        int score = windowScore(plan, b, p, ends);
        int tp = windowTouchpoint(plan, b, p, ends);
        if (score == Integer.MIN_VALUE || tp < 0 || !plan.takes(score)) {
          break;
        }
        counts[tp * plan.points + score - plan.lowest]++;
        at++;
      }
      row++;
      start = p;
      p += cellEnd(ends, lastCell) + 1;
    }
    plainOthers = others;
    if (row > rowNumber) {
      // As takePlain() leaves it after the last of these records.
      if (cached > 0) {
        Arrays.fill(cache, 0, cached, null);
        cached = 0;
      }
      recStart = start;
      recLine = line + (row - rowNumber) - 1;
      line += row - rowNumber;
      rowNumber = row;
      firstLineEnd = p - start;
      width = 0;
      malformed = null;
      emptyLine = false;
      pos = p;
      lineMark = bufBase + p;
      lineMarkChars = 0;
    }
    return at;
  }

  /** How many records of other measures the last {@link #plainAnswers} read. */
  int plainOthers() {
    return plainOthers;
  }

  /** The score of the record {@link #plainLong} found to be a {@link #PLAIN_ANSWER}. */
  int plainScore() {
    return plainScore;
  }

  /** The touchpoint's position of the record {@link #plainLong} found to be a plain answer. */
  int plainTouchpoint() {
    return plainTouchpoint;
  }

  /**
   * Reads the record {@link #plainLong} just found plain, as {@link #next()} would: the row number,
   * line and position move past it. Its cells are not kept ({@link #width()} is 0).
   */
  void takePlain() {
    beginRecord();
    firstLineEnd = plainEnd - pos;
    emptyLine = false;
    pos = plainEnd;
    line++;
    lineMark = bufBase + pos;
    lineMarkChars = 0;
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
