package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV record reader every reader of this package goes through, held to its contract (RFC 4180,
 * https://www.rfc-editor.org/rfc/rfc4180, sections 2.1-2.7, plus the lenient line ends and the
 * recovery rules in {@link CsvRows}'s Javadoc) record by record: cells, row numbers, lines, blank
 * lines, malformed records and where reading resumes, the byte-order mark, the cell, row and cell
 * count limits, and the allocation-free cell accessors the score path uses.
 *
 * <p>Most cases are read from a source that hands over 1, 2 or 3 characters per read as well as all
 * at once: the reader refills its buffer mid-cell, mid-quote and between CR and LF, and the records
 * must not depend on where those refills fall (users' streams deliver whatever they have). The
 * expected records are written out by hand from the RFC and the Javadoc, not taken from the
 * reader's output.
 */
class CsvRowsTest {
  /** Chunk sizes a source hands over per read; 0 means everything at once. */
  private static final int[] CHUNKS = {0, 1, 2, 3};

  /** A reader that hands over at most {@code chunk} characters per read. */
  private static Reader chunked(String text, int chunk) {
    StringReader in = new StringReader(text);
    if (chunk == 0) {
      return in;
    }
    return new Reader() {
      @Override
      public int read(char[] cbuf, int off, int len) throws IOException {
        return in.read(cbuf, off, Math.min(len, chunk));
      }

      @Override
      public void close() {
        in.close();
      }
    };
  }

  /**
   * Every record as one line of text: its row number, the line it starts on, and its cells, "blank"
   * or why it is malformed.
   */
  private static List<String> records(CsvRows rows) {
    List<String> out = new ArrayList<>();
    while (rows.next()) {
      String what;
      if (rows.isEmptyLine()) {
        what = "blank";
      } else if (rows.malformed() != null) {
        // a malformed record keeps none of its cells: no reader can take part of it for a row
        assertThat(rows.width()).as("cells of a malformed record").isZero();
        what = "malformed: " + rows.malformed();
      } else {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < rows.width(); i++) {
          cells.add(rows.cellOrEmpty(i));
        }
        what = cells.toString();
      }
      out.add(rows.rowNumber() + "@" + rows.line() + " " + what);
    }
    return out;
  }

  /** Reads {@code csv} in every chunking and checks each gives {@code expected}. */
  private static void assertRecords(String csv, String... expected) {
    for (int chunk : CHUNKS) {
      try (CsvRows rows = CsvRows.of(chunked(csv, chunk), ',', 1000)) {
        assertThat(records(rows)).as("chunk %s", chunk).containsExactly(expected);
      }
    }
  }

  private static BadInputException failure(String csv, int chunk, int maxCell, int maxRow) {
    return catchThrowableOfType(
        BadInputException.class,
        () -> {
          try (CsvRows rows = CsvRows.of(chunked(csv, chunk), ',', maxCell, maxRow)) {
            records(rows);
          }
        });
  }

  /** Checks {@code e} is a limit error of row {@code row} with exactly {@code reason}. */
  private static void assertLimit(BadInputException e, long row, String reason) {
    assertThat(e).as("a limit error: %s", reason).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.location()).contains(InputLocation.row(row));
    assertThat(e.reason()).isEqualTo(reason);
  }

  @Test
  void lineEndsAreCrLfLfOrCrAndCountOneLineEach() {
    // RFC 4180 2.1 ends records with CRLF; LF and a lone CR are accepted too. A CRLF is one line
    // end: if the LF were taken for a second one, a blank record would appear after each row.
    assertRecords("a,b\r\nc,d\ne,f\rg,h", "0@1 [a, b]", "1@2 [c, d]", "2@3 [e, f]", "3@4 [g, h]");
    // a CR then LF after a quoted cell and after a blank line is one line end as well
    assertRecords("\"a\"\r\n\r\nb\r\n", "0@1 [a]", "1@2 blank", "2@3 [b]");
  }

  @Test
  void blankLinesAreNumberedButHoldNoCells() {
    // Row numbers count blank lines, so a reject's row is the record's place in the file.
    assertRecords(
        "\n\na\n\r\n\rb\n",
        "0@1 blank",
        "1@2 blank",
        "2@3 [a]",
        "3@4 blank",
        "4@5 blank",
        "5@6 [b]");
  }

  @Test
  void aLineOfTwoQuotesIsOneEmptyCellAndTrailingDelimitersAreEmptyCells() {
    assertRecords("\"\"\n,\na,\n", "0@1 []", "1@2 [, ]", "2@3 [a, ]");
    try (CsvRows rows = CsvRows.of(new StringReader("\"\"\n"), ',', 10)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.isEmptyLine()).as("\"\" is a record, not a blank line").isFalse();
      assertThat(rows.width()).isEqualTo(1);
      assertThat(rows.cellOrEmpty(0)).isEmpty();
    }
  }

  @Test
  void quotedCellsHoldDelimitersEscapedQuotesAndLineBreaks() {
    // RFC 4180 2.6 and 2.7; a line break inside a quoted cell moves the next record's line on.
    assertRecords(
        "\"a,b\",\"say \"\"hi\"\"\"\n\"two\r\nlines\",x\n\"\"\"\"\ny",
        "0@1 [a,b, say \"hi\"]",
        "1@2 [two\r\nlines, x]",
        "2@4 [\"]",
        "3@5 [y]");
    // the input may end right after a closing quote, or after an escaped quote's pair
    assertRecords("\"a\"", "0@1 [a]");
    assertRecords("x,\"a\"\"\"", "0@1 [x, a\"]");
  }

  @Test
  void theLastRecordNeedsNoLineEnd() {
    assertRecords("a,b\nc", "0@1 [a, b]", "1@2 [c]");
    assertRecords("a,", "0@1 [a, ]");
    assertRecords("", new String[0]);
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsMalformedAndReadingGoesOnAtTheNextLine() {
    assertRecords(
        "ab\"c,d\nok\n",
        "0@1 malformed: a quote inside an unquoted cell: a cell with quotes is quoted (line 1,"
            + " column 3)",
        "1@2 [ok]");
    // at the end of the input, without a line end
    assertRecords(
        "ok\nab\"c",
        "0@1 [ok]",
        "1@2 malformed: a quote inside an unquoted cell: a cell with quotes is quoted (line 2,"
            + " column 3)");
  }

  @Test
  void aCharacterAfterAClosingQuoteIsMalformed() {
    assertRecords(
        "x\n\"a\"b,c\nok",
        "0@1 [x]",
        "1@2 malformed: a character after a closing quote: a quote inside a cell is written \"\""
            + " (line 2, column 4)",
        "2@3 [ok]");
  }

  @Test
  void aControlCharacterIsMalformedButATabIsText() {
    assertRecords(
        "a\tb,c\n1,x\u0001y\n\"q\u001f\"\nok",
        "0@1 [a\tb, c]",
        "1@2 malformed: a control character U+0001 (line 2, column 4)",
        "2@3 malformed: a control character U+001F (line 3, column 3)",
        "3@4 [ok]");
    // a tab inside a quoted cell is text as well, and U+0020 is no control character
    assertRecords("\"\t \"", "0@1 [\t ]");
  }

  @Test
  void aQuoteLeftOpenLosesNoLineAfterTheRecordsFirstLine() {
    // The open quote swallows the rest of the input; the record is reported where the quote
    // opened, and reading resumes on the line after it, so the rows below are still read.
    assertRecords(
        "h\n1,\"open\n2,b\n3,c\n",
        "0@1 [h]",
        "1@2 malformed: a quoted cell is not closed before the end of the input (line 2, column"
            + " 3)",
        "2@3 [2, b]",
        "3@4 [3, c]");
  }

  @Test
  void aMalformedRecordAfterAQuotedLineBreakResumesOnTheLineAfterItsFirstLine() {
    // The stray character after the closing quote is on line 3; the record started on line 1,
    // so line 2 ("x") is read again as a record of its own (the Javadoc's resynchronisation).
    assertRecords(
        "\"a\nx\nb\"c\nd\n",
        "0@1 malformed: a character after a closing quote: a quote inside a cell is written \"\""
            + " (line 3, column 3)",
        "1@2 [x]",
        "2@3 malformed: a quote inside an unquoted cell: a cell with quotes is quoted (line 3,"
            + " column 2)",
        "3@4 [d]");
  }

  @Test
  void columnsCountFromTheLineStartAfterAQuotedLineBreak() {
    // The column of a problem is counted in its own line, not from the record's start.
    assertRecords(
        "\"ab\ncd\"!\n",
        "0@1 malformed: a character after a closing quote: a quote inside a cell is written \"\""
            + " (line 2, column 4)",
        "1@2 malformed: a quote inside an unquoted cell: a cell with quotes is quoted (line 2,"
            + " column 3)");
  }

  @Test
  void aByteOrderMarkIsSkippedAtTheStartOnlyAndColumnsCountAfterIt() {
    assertRecords(
        "\uFEFFa\"\n\uFEFFb",
        "0@1 malformed: a quote inside an unquoted cell: a cell with quotes is quoted (line 1,"
            + " column 2)",
        "1@2 [\uFEFFb]");
    // from bytes too
    byte[] bytes = "\uFEFFid\n".getBytes(StandardCharsets.UTF_8);
    try (CsvRows rows = CsvRows.of(new ByteArrayInputStream(bytes), ',', 10)) {
      assertThat(rows.headerCells()).containsExactly("id");
    }
    // a part that continues a file keeps a leading U+FEFF as content
    try (CsvRows rows =
        CsvRows.continuing(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ',', 10, 100)) {
      assertThat(rows.headerCells()).containsExactly("\uFEFFid");
    }
  }

  @Test
  void anotherDelimiterIsUsedAndACommaIsThenText() {
    try (CsvRows rows = CsvRows.of(new StringReader("a,b;\"c;d\";\n"), ';', 10)) {
      assertThat(records(rows)).containsExactly("0@1 [a,b, c;d, ]");
    }
    // a delimiter outside ASCII, with text above it on both sides
    try (CsvRows rows =
        CsvRows.of(new StringReader("\u00e9\u00a7\u20ac,\u00a7\"\u00a7\"\n"), '\u00a7', 10)) {
      assertThat(records(rows)).containsExactly("0@1 [\u00e9, \u20ac,, \u00a7]");
    }
    // blank lines before the header are skipped, and after it they are blank records
    try (CsvRows rows = CsvRows.of(new StringReader("\r\n\nh\n\nx\n"), ',', 10)) {
      assertThat(rows.headerCells()).containsExactly("h");
      assertThat(rows.rowNumber()).isEqualTo(2);
      assertThat(records(rows)).containsExactly("3@4 blank", "4@5 [x]");
    }
  }

  @ParameterizedTest(name = "chunk {0}")
  @ValueSource(ints = {0, 1, 3})
  void aCellOfExactlyTheLimitIsReadAndOneMoreCharacterFailsTheRead(int chunk) {
    String ten = "abcdefghij";
    try (CsvRows rows = CsvRows.of(chunked("x\n" + ten + ",\"" + ten + "\"\n", chunk), ',', 10)) {
      assertThat(records(rows)).containsExactly("0@1 [x]", "1@2 [" + ten + ", " + ten + "]");
    }
    for (String csv :
        new String[] {
          "x\n" + ten + "k\n", "x\n\"" + ten + "k\"\n", "x\n" + ten + "k", "x\n1,\"" + ten + "k"
        }) {
      assertLimit(
          failure(csv, chunk, 10, 1000), 1, "cell longer than the limit of 10 characters (line 2)");
    }
  }

  @Test
  void aLongCellIsReadWholeAcrossManyRefills() {
    // longer than the reader's first buffer (64 Ki characters), so the buffer grows under it
    String big = "x".repeat(200_000);
    String csv = "h\n\"" + big + "\"," + big + "\nend\n";
    try (CsvRows rows = CsvRows.of(new StringReader(csv), ',', 200_000, 500_000)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.next()).isTrue();
      assertThat(rows.width()).isEqualTo(2);
      assertThat(rows.cellOrEmpty(0)).isEqualTo(big);
      assertThat(rows.cellOrEmpty(1)).isEqualTo(big);
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellOrEmpty(0)).isEqualTo("end");
      assertThat(rows.line()).isEqualTo(3);
      assertThat(rows.next()).isFalse();
    }
  }

  @Test
  void aRowLongerThanItsLimitFailsTheReadThoughEachCellFits() {
    // cells of 40,000 characters (under the cell limit) in a row of 400,000 (over the row limit)
    String cell = "y".repeat(40_000);
    String row = String.join(",", java.util.Collections.nCopies(10, cell));
    assertLimit(
        failure("h\n" + row + "\n", 0, 50_000, 100_000),
        1,
        "row longer than the limit of 100000 characters (line 2)");
    // and the same row under a limit it fits is read
    try (CsvRows rows = CsvRows.of(new StringReader("h\n" + row + "\n"), ',', 50_000, 500_000)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.next()).isTrue();
      assertThat(rows.width()).isEqualTo(10);
      assertThat(rows.cellOrEmpty(9)).isEqualTo(cell);
    }
  }

  @ParameterizedTest(name = "chunk {0}")
  @ValueSource(ints = {0, 1, 2})
  void aRowOfExactlyTheRowLimitIsReadAndOneCharacterMoreFailsTheRead(int chunk) {
    // The row limit counts every character of the record but its line end: cells, delimiters and
    // quotes. Limits far below the reader's 64 Ki buffer are held as exactly as large ones.
    String exact = "a".repeat(40) + ",\"" + "b".repeat(36) + "\"," + "c".repeat(20); // 100
    assertThat(exact).hasSize(100);
    try (CsvRows rows = CsvRows.of(chunked("h\n" + exact + "\n", chunk), ',', 50, 100)) {
      assertThat(records(rows))
          .containsExactly(
              "0@1 [h]",
              "1@2 [" + "a".repeat(40) + ", " + "b".repeat(36) + ", " + "c".repeat(20) + "]");
    }
    for (String over :
        new String[] {
          exact + "c", // an unquoted last cell one longer
          "a".repeat(40) + ",\"" + "b".repeat(37) + "\"," + "c".repeat(20), // a quoted cell
          "c".repeat(20) + "," + "a".repeat(40) + ",\"" + "b".repeat(37) + "\"", // ... at the end
          "a".repeat(40) + "," + "b".repeat(40) + "," + "c".repeat(40) + ",x" // many cells
        }) {
      assertLimit(
          failure("h\n" + over + "\n", chunk, 50, 100),
          1,
          "row longer than the limit of 100 characters (line 2)");
    }
  }

  @Test
  void aCellOfExactlyTheLimitInARowOverItsLimitIsARowError() {
    // The cell being read when the row runs over fits its own limit: the row is what is too long.
    int size = 1 << 16;
    BadInputException e = failure("x," + "y".repeat(size) + "\n", 0, size, size);
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo("row longer than the limit of 65536 characters (line 1)");
  }

  @Test
  void aRowAsLongAsTheFirstBufferIsReadWhenTheLimitAllowsIt() {
    // 65,536 characters fill the reader's first buffer exactly; a limit of that many allows them
    int size = 1 << 16;
    String row = "r".repeat(size);
    try (CsvRows rows = CsvRows.of(new StringReader(row + "\nz\n"), ',', size, size)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellOrEmpty(0)).isEqualTo(row);
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellOrEmpty(0)).isEqualTo("z");
    }
    // one more, in two cells each under the cell limit
    BadInputException e = failure(row.substring(10) + "," + "s".repeat(10) + "\n", 0, size, size);
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo("row longer than the limit of 65536 characters (line 1)");
  }

  @Test
  void aQuoteLeftOpenThatRunsOverTheLimitIsAMalformedRecordNotAFailure() {
    // A stray quote on line 2 swallows everything after it; once the swallowed text passes the
    // limit, the record is reported malformed and the rows after its first line are still read.
    StringBuilder csv = new StringBuilder("h\n\"open\n");
    for (int i = 0; i < 30; i++) {
      csv.append("row").append(i).append('\n');
    }
    for (int chunk : CHUNKS) {
      try (CsvRows rows = CsvRows.of(chunked(csv.toString(), chunk), ',', 20, 20)) {
        List<String> got = records(rows);
        // located where the limit is reached, which depends on how much the source handed over
        assertThat(got.get(1))
            .as("chunk %s", chunk)
            .startsWith(
                "1@2 malformed: a quoted cell runs over the limit of 20 characters across lines: a"
                    + " quote left open? (line ");
        assertThat(got).hasSize(32).contains("0@1 [h]", "2@3 [row0]", "31@32 [row29]");
      }
    }
  }

  @Test
  void aQuotedCellOverTheLimitOnItsFirstLineFailsTheRead() {
    // no line break inside: not a quote left open but a cell too long
    BadInputException e = failure("\"" + "z".repeat(30) + "\"\n", 0, 20, 20);
    assertThat(e).isNotNull();
    assertThat(e.reason()).isEqualTo("cell longer than the limit of 20 characters (line 1)");
  }

  @Test
  void aRecordMayHaveTheMostCellsAndNoMore() {
    String most = ",".repeat(CsvRows.MAX_CELLS - 1) + "\n";
    try (CsvRows rows = CsvRows.of(new StringReader(most), ',', 10)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.width()).isEqualTo(CsvRows.MAX_CELLS);
      assertThat(rows.cellOrEmpty(CsvRows.MAX_CELLS - 1)).isEmpty();
    }
    assertLimit(
        failure("h\n" + ",".repeat(CsvRows.MAX_CELLS) + "\n", 0, 10, 1 << 20),
        1,
        "row has more than the limit of " + CsvRows.MAX_CELLS + " cells (line 2)");
  }

  @Test
  void manyCellsKeepTheirOwnTextAsTheCellTablesGrow() {
    // more than the first 16 places of the cell tables, with quoted and escaped cells among them
    StringBuilder csv = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      if (i > 0) {
        csv.append(',');
      }
      if (i % 3 == 0) {
        csv.append("\"q").append(i).append("\"\"\"");
        expected.add("q" + i + "\"");
      } else {
        csv.append("c").append(i);
        expected.add("c" + i);
      }
    }
    try (CsvRows rows = CsvRows.of(new StringReader(csv + "\nlast\n"), ',', 10)) {
      assertThat(rows.next()).isTrue();
      List<String> got = new ArrayList<>();
      for (int i = 0; i < rows.width(); i++) {
        got.add(rows.cellOrEmpty(i));
      }
      assertThat(got).isEqualTo(expected);
      // a shorter next record has no stale cells from the longer one
      assertThat(rows.next()).isTrue();
      assertThat(rows.width()).isEqualTo(1);
      assertThat(rows.cellOrEmpty(1)).isEmpty();
      assertThat(rows.cell(1)).isNull();
      assertThat(rows.cell(0)).isEqualTo("last");
    }
  }

  @Test
  void integersAreReadStrictlyWithoutMakingAString() {
    try (CsvRows rows =
        CsvRows.of(
            new StringReader(
                "0,-7,123456789,1234567890,,-,1a,/,:,\"5\",\"5\"\"\",-123456789,+1, 1\n"),
            ',',
            20)) {
      assertThat(rows.next()).isTrue();
      int[] got = new int[rows.width() + 1];
      for (int i = 0; i < got.length; i++) {
        got[i] = rows.cellInt(i);
      }
      int none = Integer.MIN_VALUE;
      assertThat(got)
          .containsExactly(
              0,
              -7,
              123456789,
              none,
              none,
              none,
              none,
              none,
              none,
              // a quoted 5 is a 5; a cell with an escaped quote is no integer
              5,
              none,
              -123456789,
              none,
              none,
              // past the record's end
              none);
    }
  }

  @Test
  void blankMeansEmptyOrWhiteSpaceOnly() {
    try (CsvRows rows = CsvRows.of(new StringReader(",  \t, x ,\" \"\n"), ',', 20)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellIsBlank(0)).isTrue();
      assertThat(rows.cellIsBlank(1)).isTrue();
      assertThat(rows.cellIsBlank(2)).isFalse();
      assertThat(rows.cellIsBlank(3)).isTrue();
      assertThat(rows.cellIsBlank(4)).as("past the end").isTrue();
    }
  }

  @Test
  void cellComparisonsSeeTheDecodedText() {
    try (CsvRows rows = CsvRows.of(new StringReader("nps,\"a\"\"b\",npx,np\n"), ',', 20)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellEquals(0, "nps")).isTrue();
      assertThat(rows.cellEquals(0, "npx")).isFalse();
      assertThat(rows.cellEquals(0, "np")).isFalse();
      assertThat(rows.cellEquals(0, "npss")).isFalse();
      assertThat(rows.cellEquals(1, "a\"b")).isTrue();
      assertThat(rows.cellEquals(1, "a\"\"b")).isFalse();
      assertThat(rows.cellEquals(2, "nps")).isFalse();
      assertThat(rows.cellEquals(4, "")).as("past the end is empty").isTrue();
      assertThat(rows.cellEquals(4, "nps")).isFalse();

      SlugTable table = new SlugTable(List.of("nps", "a\"b", "", "np"));
      assertThat(rows.cellIn(0, table)).isEqualTo(0);
      assertThat(rows.cellIn(1, table)).as("decoded, not raw").isEqualTo(1);
      assertThat(rows.cellIn(2, table)).isEqualTo(-1);
      assertThat(rows.cellIn(3, table)).isEqualTo(3);
      assertThat(rows.cellIn(7, table)).as("past the end is empty").isEqualTo(2);
    }
  }

  @Test
  void theHeaderMapsStrippedNamesAndMarksDuplicates() {
    try (CsvRows rows = CsvRows.of(new StringReader("\n\n a ,b,a,c, b \n1,2,3,4,5\n"), ',', 20)) {
      Map<String, Integer> header = rows.header();
      assertThat(header)
          .containsOnly(
              Map.entry("a", CsvRows.AMBIGUOUS),
              Map.entry("b", CsvRows.AMBIGUOUS),
              Map.entry("c", 3));
      assertThat(rows.rowNumber()).as("after two blank lines").isEqualTo(2);
      assertThat(CsvRows.required(header, "c")).isEqualTo(3);
      assertThat(CsvRows.optional(header, "c")).isEqualTo(3);
      assertThat(CsvRows.optional(header, "d")).isEqualTo(-1);

      BadInputException missing =
          catchThrowableOfType(BadInputException.class, () -> CsvRows.required(header, "d"));
      assertThat(missing.kind()).isEqualTo(Kind.STRUCTURE);
      assertThat(missing.location()).contains(InputLocation.cell(0, "d"));
      assertThat(missing.reason())
          .isEqualTo("missing column: expected a header cell with this name");
      BadInputException twice =
          catchThrowableOfType(BadInputException.class, () -> CsvRows.optional(header, "a"));
      assertThat(twice.kind()).isEqualTo(Kind.STRUCTURE);
      assertThat(twice.location()).contains(InputLocation.cell(0, "a"));
      assertThat(twice.reason()).isEqualTo("ambiguous column: the header has it twice");
    }
  }

  @Test
  void anEmptyOrMalformedHeaderFailsTheRead() {
    for (String csv : new String[] {"", "\uFEFF"}) {
      BadInputException e =
          catchThrowableOfType(
              BadInputException.class,
              () -> {
                try (CsvRows rows = CsvRows.of(new StringReader(csv), ',', 20)) {
                  rows.header();
                }
              });
      assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
      assertThat(e.location()).contains(InputLocation.row(0));
      assertThat(e.reason()).isEqualTo("empty CSV input: expected a header row");
    }
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> {
              try (CsvRows rows = CsvRows.of(new StringReader("\na,b\"\n"), ',', 20)) {
                rows.header();
              }
            });
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.location()).contains(InputLocation.row(1));
    assertThat(e.reason())
        .isEqualTo(
            "malformed header: a quote inside an unquoted cell: a cell with quotes is quoted (line"
                + " 2, column 4)");
  }

  @Test
  void aRowOfTheWrongWidthSaysHowManyCellsItHas() {
    try (CsvRows rows = CsvRows.of(new StringReader("a\na,b\na,b,c\n\"x\ny\n"), ',', 20)) {
      rows.next();
      assertThat(rows.widthProblem(2)).isEqualTo("row has 1 cell, the header has 2");
      rows.next();
      assertThat(rows.widthProblem(2)).isNull();
      rows.next();
      assertThat(rows.widthProblem(2)).isEqualTo("row has 3 cells, the header has 2");
      rows.next();
      assertThat(rows.widthProblem(2))
          .isEqualTo(
              "malformed CSV: a quoted cell is not closed before the end of the input (line 4,"
                  + " column 1)");
    }
  }

  @Test
  void aBadByteIsReportedAtItsLineAndColumn() {
    byte[] head = "ok\nab".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 2);
    bytes[head.length] = (byte) 0xC3; // a lead byte followed by no continuation byte
    bytes[head.length + 1] = 'c';
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> {
              try (CsvRows rows = CsvRows.of(new ByteArrayInputStream(bytes), ',', 20)) {
                records(rows);
              }
            });
    assertThat(e.kind()).isEqualTo(Kind.ENCODING);
    assertThat(e.location()).contains(InputLocation.row(1));
    assertThat(e.reason())
        .isEqualTo(
            "invalid UTF-8 at line 2, column 3: expected UTF-8 text, found a byte sequence that is"
                + " not");
  }

  @Test
  void aFailedReadIsAnIoErrorAndCloseClosesTheInput() {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() {
            closed.set(true);
          }
        };
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> {
              try (CsvRows rows = CsvRows.of(broken, ',', 20)) {
                rows.next();
              }
            });
    assertThat(e.kind()).isEqualTo(Kind.IO);
    assertThat(e.getMessage()).isEqualTo("reading failed: IOException");
    assertThat(closed).as("closed on the way out").isTrue();
  }

  @Test
  void aFailureToCloseAfterAFailedFirstReadIsKeptWithTheReadFailure() {
    IOException closing = new IOException("close");
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk gone");
          }

          @Override
          public void close() throws IOException {
            throw closing;
          }
        };
    BadInputException e =
        catchThrowableOfType(BadInputException.class, () -> CsvRows.of(broken, ',', 20));
    assertThat(e.kind()).isEqualTo(Kind.IO);
    assertThat(e.getSuppressed()).containsExactly(closing);
  }

  @Test
  void aSourceThatSometimesHandsOverNothingIsReadToItsEnd() {
    // Reader.read may return 0 for a non-empty buffer; that is not the end of the input.
    StringReader in = new StringReader("a,b\nc\n");
    Reader stuttering =
        new Reader() {
          private boolean give;

          @Override
          public int read(char[] cbuf, int off, int len) throws IOException {
            give = !give;
            return give ? 0 : in.read(cbuf, off, Math.min(len, 1));
          }

          @Override
          public void close() {
            in.close();
          }
        };
    try (CsvRows rows = CsvRows.of(stuttering, ',', 20)) {
      assertThat(records(rows)).containsExactly("0@1 [a, b]", "1@2 [c]");
    }
  }

  /** Cell text drawn from: plain, blank, special to CSV, outside the BMP, a BOM. */
  private static final String[] PIECES = {
    "a", "b", " ", "\t", ",", "\"", "\n", "\r", "\r\n", "\u00e9", "\uD83D\uDE00", "\uFEFF", "1", "-"
  };

  /**
   * Well-formed CSV written from drawn records (cells with delimiters, quotes and line breaks
   * quoted as RFC 4180 2.6 and 2.7 say, blank lines, all three line ends, with or without a last
   * line end) reads back as exactly those records, each at the line its text starts on, however the
   * source hands the characters over. The expected records come from the drawing, not the reader.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void wellFormedCsvReadsBackAsWrittenInEveryChunking(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder();
    List<String> expected = new ArrayList<>();
    int records = 1 + rnd.nextInt(25);
    String lastEnd = "";
    for (int r = 0; r < records; r++) {
      int line = 1 + lineBreaks(csv);
      if (rnd.nextInt(8) == 0) {
        // a blank line; after a lone CR, an LF would join it into one CRLF line end
        String end = lastEnd.equals("\r") ? "\r" : rnd.nextBoolean() ? "\n" : "\r\n";
        csv.append(end);
        lastEnd = end;
        expected.add(r + "@" + line + " blank");
        continue;
      }
      int width = 1 + rnd.nextInt(5);
      List<String> cells = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        StringBuilder cell = new StringBuilder();
        int len = rnd.nextInt(6);
        for (int k = 0; k < len; k++) {
          cell.append(PIECES[rnd.nextInt(PIECES.length)]);
        }
        String text = cell.toString();
        boolean mustQuote =
            text.matches("(?s).*[,\"\r\n].*")
                || (width == 1 && text.isEmpty()) // else a blank line
                || (csv.length() == 0 && c == 0 && text.startsWith("\uFEFF")); // else a BOM
        if (c > 0) {
          csv.append(',');
        }
        if (mustQuote || rnd.nextInt(4) == 0) {
          csv.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
          csv.append(text);
        }
        cells.add(text);
      }
      expected.add(r + "@" + line + " " + cells);
      boolean last = r == records - 1;
      if (!last || rnd.nextBoolean()) {
        lastEnd = List.of("\n", "\r\n", "\r").get(rnd.nextInt(3));
        csv.append(lastEnd);
      }
    }
    for (int chunk : new int[] {0, 1, 2, 3, 5, 7}) {
      try (CsvRows rows = CsvRows.of(chunked(csv.toString(), chunk), ',', 1000)) {
        assertThat(records(rows))
            .as("%s, chunk %s", Seeds.describe(seed), chunk)
            .containsExactlyElementsOf(expected);
      }
    }
  }

  /** Line breaks in {@code text}, a CRLF counting once (the expected lines, counted apart). */
  private static int lineBreaks(CharSequence text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }
}
