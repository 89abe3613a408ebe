package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The readers' contract with hostile input: a malformed row is reported with its row and line and
 * reading goes on without losing a valid row; every record is accepted or rejected; memory is
 * bounded per row; every reader treats duplicate headers, missing columns, blank lines, control
 * characters and a byte-order mark the same way.
 */
class CsvReliabilityTest {
  static final String HEADER = "respondent,measure,score\n";

  static ReadReport collect(String csv, List<Response> out) {
    return ResponseCsv.builder()
        .onBadInput(BadInput.collect(100))
        .build()
        .read(new StringReader(csv), out::add);
  }

  @Test
  void badQuotingIsReportedWithRowAndLineAndReadingGoesOn() {
    String csv = HEADER + "r1,nps,9\nr2,nps,\"9\"x\nr3,\"n\"ps,7\nr4,nps,8\n";
    List<Response> out = new ArrayList<>();
    ReadReport r = collect(csv, out);
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.rejects())
        .containsExactly(
            new Reject(
                InputLocation.row(2),
                "malformed CSV: a character after a closing quote: a quote inside a cell is"
                    + " written \"\" (line 3, column 11)"),
            new Reject(
                InputLocation.row(3),
                "malformed CSV: a character after a closing quote: a quote inside a cell is"
                    + " written \"\" (line 4, column 7)"));
    assertThat(out).extracting(Response::respondent).containsExactly("r1", "r4");
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> ResponseCsv.builder().build().read(new StringReader(csv), x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    assertThat(e.location()).contains(InputLocation.row(2));
  }

  @Test
  void aStrayQuoteSpanningLinesLosesNoValidRow() {
    // The quote opened in row 2 runs over rows 3 and 4 to the end of the input; reading goes on
    // from the line after the one where it opened.
    String open = HEADER + "r1,nps,9\nr2,\"nps,9\nr3,nps,7\nr4,nps,8\n";
    List<Response> out = new ArrayList<>();
    ReadReport r = collect(open, out);
    assertThat(out).extracting(Response::respondent).containsExactly("r1", "r3", "r4");
    assertThat(r.rejects())
        .containsExactly(
            new Reject(
                InputLocation.row(2),
                "malformed CSV: a quoted cell is not closed before the end of the input (line 3,"
                    + " column 4)"));
    // Here it closes at a later quote, followed by something else than a delimiter.
    String closed = HEADER + "r1,nps,9\nr2,\"nps,9\nr3,nps,7\n\"r4\",nps,8\n";
    out.clear();
    r = collect(closed, out);
    assertThat(out).extracting(Response::respondent).containsExactly("r1", "r3", "r4");
    assertThat(r.rejected()).isEqualTo(1);
    assertThat(r.rejects().get(0).location()).isEqualTo(InputLocation.row(2));
  }

  @Test
  void aLineHoldingOnlyTwoQuotesIsARecordAndABlankLineIsNot() {
    String csv = HEADER + "r1,nps,9\n\"\"\n\nr2,nps,8\n";
    List<Response> out = new ArrayList<>();
    ReadReport r = collect(csv, out);
    assertThat(r.rows()).isEqualTo(3);
    assertThat(r.rejects())
        .containsExactly(new Reject(InputLocation.row(2), "row has 1 cell, the header has 3"));
    assertThat(out).hasSize(2);
  }

  /**
   * Every valid row planted among malformed ones (bad quoting, stray quotes spanning lines, control
   * characters, lines of {@code ""}) is read, and every planted bad line is one reject: accepted +
   * rejected = the records planted.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void validRowsAreNeverLostAmongMalformedOnes(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder(HEADER);
    List<String> valid = new ArrayList<>();
    int bad = 0;
    int n = 5 + rnd.nextInt(60);
    for (int i = 0; i < n; i++) {
      int kind = rnd.nextInt(10);
      String id = "r" + i;
      switch (kind) {
        case 0 -> csv.append(id).append(",\"nps,").append(rnd.nextInt(11)).append('\n');
        case 1 -> csv.append(id).append(",n\"ps,3\n");
        case 2 -> csv.append(id).append(",\"nps\"x,3\n");
        case 3 -> csv.append(id).append(",nps,\u0001\n");
        case 4 -> csv.append("\"\"\n");
        case 5 -> csv.append('\n');
        case 6 -> {
          csv.append('"').append(id).append("\",\"nps\",\"").append(rnd.nextInt(11)).append("\"\n");
          valid.add(id);
        }
        default -> {
          csv.append(id)
              .append(",nps,")
              .append(rnd.nextInt(11))
              .append(rnd.nextBoolean() ? "\r\n" : "\n");
          valid.add(id);
        }
      }
      if (kind <= 4) {
        bad++;
      }
    }
    List<Response> out = new ArrayList<>();
    ReadReport r = collect(csv.toString(), out);
    String what = Seeds.describe(seed);
    assertThat(out).as(what).extracting(Response::respondent).containsExactlyElementsOf(valid);
    assertThat(r.rejected()).as(what).isEqualTo(bad);
    assertThat(r.accepted() + r.rejected()).as(what).isEqualTo(valid.size() + bad);
  }

  static LongStream seeds() {
    return Seeds.seeds(40);
  }

  /** Characters made on demand, never held: a header, then one row of huge cells. */
  static InputStream hugeRow(int cells, int cellLength, long[] served) {
    return new InputStream() {
      long at;
      final long headerEnd = HEADER.length();
      final long total = headerEnd + (long) cells * (cellLength + 1);

      @Override
      public int read() {
        if (at >= total) {
          return -1;
        }
        long i = at++;
        served[0] = at;
        if (i < headerEnd) {
          return HEADER.charAt((int) i);
        }
        return (i - headerEnd) % (cellLength + 1) == cellLength ? ',' : 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int k = 0;
        while (k < len) {
          int c = read();
          if (c < 0) {
            return k == 0 ? -1 : k;
          }
          b[off + k++] = (byte) c;
        }
        return k;
      }
    };
  }

  @Test
  void aRowOfManyLargeCellsIsALimitErrorInBoundedMemory() {
    // 400 cells of 900,000 characters: 360 M characters, each cell under the cell limit. The
    // reader must stop at the row limit (8 M characters) rather than hold the row.
    long[] served = {0};
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                ResponseCsv.builder()
                    .onBadInput(BadInput.collect(10))
                    .build()
                    .read(hugeRow(400, 900_000, served), x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.reason()).startsWith("row longer than the limit of 8000000 characters (line 2)");
    assertThat(e.location()).contains(InputLocation.row(1));
    assertThat(served[0]).isLessThan(9_000_000L);
    // A smaller limit, set on the builder, holds the same way.
    served[0] = 0;
    BadInputException small =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                ResponseCsv.builder()
                    .maxRowLength(100_000)
                    .maxCellLength(50_000)
                    .build()
                    .read(hugeRow(400, 40_000, served), x -> {}));
    assertThat(small.reason()).startsWith("row longer than the limit of 100000 characters");
    assertThat(served[0]).isLessThan(400_000L);
  }

  /** The three readers over the same text: long responses, wide responses and events. */
  static Stream<Arguments> readers() {
    Function<String, ReadReport> longReader =
        csv ->
            ResponseCsv.builder()
                .onBadInput(BadInput.collect(10))
                .build()
                .read(new StringReader(csv.replace("COLS", "respondent,measure,score")), x -> {});
    Function<String, ReadReport> wideReader =
        csv ->
            ResponseCsv.builder()
                .wide("respondent")
                .overall("score", "nps")
                .attribute("measure")
                .onBadInput(BadInput.collect(10))
                .build()
                .read(new StringReader(csv.replace("COLS", "respondent,measure,score")), x -> {});
    Function<String, ReadReport> events =
        csv ->
            EventCsv.builder()
                .onBadInput(BadInput.collect(10))
                .build()
                .read(
                    new StringReader(
                        csv.replace("COLS", "customer,touchpoint,time")
                            .replace("nps,9", "ad,2026-05-08T04:41:00Z")),
                    x -> {});
    return Stream.of(
        Arguments.of("long", longReader),
        Arguments.of("wide", wideReader),
        Arguments.of("events", events));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readers")
  void everyReaderTreatsHeadersBlankLinesControlCharactersAndTheBomAlike(
      String name, Function<String, ReadReport> read) {
    // A byte-order mark is skipped; blank lines are no rows; a control character rejects its row.
    ReadReport r = read.apply("\uFEFFCOLS\r\nr1,nps,9\r\n\r\nr2,nps,9\u0007\r\nr3,nps,9\r\n");
    assertThat(r.rows()).as(name).isEqualTo(3);
    assertThat(r.rejects())
        .as(name)
        .containsExactly(
            new Reject(
                InputLocation.row(3),
                "malformed CSV: a control character U+0007 (line 4, column "
                    + (name.equals("events") ? 27 : 9)
                    + ")"));
    // A missing column is a structure error on the header row, naming the column.
    BadInputException missing =
        catchThrowableOfType(
            BadInputException.class, () -> read.apply("COLS".replace("COLS", "a,b,c") + "\n"));
    assertThat(missing.kind()).as(name).isEqualTo(Kind.STRUCTURE);
    assertThat(missing.getMessage()).as(name).startsWith("header row, column '");
    assertThat(missing.reason()).as(name).startsWith("missing column");
    // A column the reader needs, twice in the header, is ambiguous; one it does not need is fine.
    BadInputException twice =
        catchThrowableOfType(
            BadInputException.class, () -> read.apply("COLS,COLS\nr1,nps,9,r1,nps,9\n"));
    assertThat(twice.reason()).as(name).startsWith("ambiguous column");
    assertThat(read.apply("COLS,extra,extra\nr1,nps,9,a,b\n").accepted()).as(name).isEqualTo(1);
  }

  @Test
  void aCharacterOutsideTheBmpAtTheBufferEdgeIsReadWhole() {
    // U+1F600 is two chars: placed at and around the end of the first 64 K characters, inside a
    // header row that starts the buffer, so the reader cannot make room by moving a row.
    String start = "respondent,measure,score,";
    for (int pad = -2; pad <= 2; pad++) {
      String name = "a".repeat((1 << 16) - 1 - start.length() + pad) + "\uD83D\uDE00";
      String csv = start + name + "\nr1,nps,9,x\n";
      List<Response> out = new ArrayList<>();
      org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
          java.time.Duration.ofSeconds(20),
          () ->
              ResponseCsv.builder()
                  .attribute(name, "note")
                  .build()
                  .read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out::add));
      assertThat(out).hasSize(1);
      assertThat(out.get(0).attributes()).containsEntry("note", "x");
    }
  }

  @Test
  void aBadByteIsReportedAtItsOwnLineAndColumnDeepInTheFile() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 5000; i++) {
      csv.append("r").append(i).append(",nps,9\n");
    }
    byte[] head = csv.toString().getBytes(StandardCharsets.UTF_8);
    byte[] tail = "r5001,n\u00e9ps,9\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                ResponseCsv.builder()
                    .onBadInput(BadInput.collect(10))
                    .build()
                    .readScores(
                        new ByteArrayInputStream(all),
                        List.of(TouchpointId.of("t")),
                        MeasureId.of("nps"),
                        (t, s) -> {}));
    assertThat(e.kind()).isEqualTo(Kind.ENCODING);
    assertThat(e.reason()).startsWith("invalid UTF-8 at line 5002, column 8:");
    assertThat(e.location()).contains(InputLocation.row(5001));
  }

  @Test
  void theColumnOfABadAnswerIsNamedByItsHeaderAndTheRowAsNumberedInTheFile() {
    // Three header rows: the first data row is row 3.
    String csv =
        "id,q1\nID,Question one\n"
            + "\"{\"\"ImportId\"\":\"\"_recordId\"\"}\",\"{\"\"ImportId\"\":\"\"QID1\"\"}\"\n"
            + "x,7\ny,seven\n";
    ReadReport r =
        ResponseCsv.builder()
            .layout(ExportLayout.builder().headerRows(3).respondentColumn("id").build())
            .wide()
            .question("Question one", "t", "ces")
            .onBadInput(BadInput.collect(5))
            .build()
            .read(new StringReader(csv), x -> {});
    assertThat(r.rejects())
        .containsExactly(new Reject(InputLocation.cell(4, "Question one"), "not an integer score"));
  }
}
