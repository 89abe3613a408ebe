package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plain path of the long shape's bulk readers ({@link CsvRows#plainLong}) against the general
 * path, which reads every record cell by cell: random mixes of plain and hostile records (quotes,
 * CRLF and lone CR, blank lines, blanks and white space in every column, unknown touchpoints,
 * scores off the scale or not integers, not-applicable codes, other measures, controls, text
 * outside ASCII, rows too short or too long, cells and rows over the limits, a byte-order mark, no
 * final line end), in random column orders, handed over a few bytes at a time so that records meet
 * the buffer's end anywhere, must give the same scorecard, counts, rejects (row numbers and
 * messages) or error. Replay a failure with {@code -Dcx.seed=N}.
 */
class CsvPlainPathTest {
  private static final Scorecard CARD = CsvPartsTest.CARD;
  private static final MeasureId NPS = MeasureId.of("nps");

  /** Short column names, so that small cell and row limits still admit the header. */
  private static final List<String> COLUMNS = List.of("r", "t", "m", "s");

  /** Touchpoints of the card: short ids, and one longer than eight bytes ({@code call-help}). */
  private static final List<String> TOUCHPOINTS =
      CARD.touchpoints().stream().map(TouchpointId::value).toList();

  /** Cells a hostile record may have in place of a good one, per column of {@link #COLUMNS}. */
  private static final List<List<String>> HOSTILE =
      List.of(
          List.of("", " ", "\t", "r 1", "é", "\"r\"", "\"r,1\"", "r\"1", "\u0001", "r\u007f"),
          List.of(
              "",
              " ",
              "nope",
              "AD",
              " ad",
              "ad ",
              "\"ad\"",
              "ad\u2003",
              "call-help ",
              "call-hel",
              "\"call-help\"",
              "\"\"",
              "é"),
          List.of("", " ", "csat", "NPS", " nps", "nps ", "\"nps\"", "np", "npsx", "\"\""),
          List.of(
              "",
              " ",
              "11",
              "-3",
              "-1",
              "99",
              "-0",
              "7.0",
              "x",
              "+5",
              "-",
              "1234567890",
              "007",
              " 7",
              "7 ",
              "\"7\"",
              "\"\"",
              "٣"));

  private record Read(
      ExportLayout layout,
      boolean numbered,
      BadInput policy,
      int maxCell,
      int maxRow,
      List<Integer> order) {
    ResponseCsv reader(boolean plain) {
      ResponseCsv.Builder b = ResponseCsv.builder();
      if (!numbered) {
        b.respondentColumn("r");
      }
      return b.touchpointColumn("t")
          .measureColumn("m")
          .scoreColumn("s")
          .layout(layout)
          .onBadInput(policy)
          .maxCellLength(maxCell)
          .maxRowLength(maxRow)
          .plainPath(plain)
          .build();
    }
  }

  private static Read read(Random r) {
    ExportLayout.Builder layout = ExportLayout.builder();
    switch (r.nextInt(3)) {
      case 0 -> layout.negativeCodesNotApplicable();
      case 1 -> layout.notApplicableCodes(99, 4);
      default -> {}
    }
    // Rows numbered: the respondent column is then one the reader does not read.
    boolean numbered = r.nextInt(5) == 0;
    BadInput policy =
        switch (r.nextInt(3)) {
          case 0 -> BadInput.failFast();
          case 1 -> BadInput.collect(3);
          default -> BadInput.collect(10_000);
        };
    boolean limits = r.nextInt(4) == 0;
    int maxCell = limits ? 9 + r.nextInt(8) : 1_000; // call-help is 9 characters
    int maxRow = limits ? maxCell + r.nextInt(30) : 10_000;
    List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3));
    java.util.Collections.shuffle(order, r);
    // Columns the reader does not read: none, one, or up to nine columns in all (the window of
    // plainEnds holds the ends of seven cells; wider records take the byte loop).
    int unread = r.nextInt(4) == 0 ? r.nextInt(2, 6) : r.nextInt(2);
    for (int k = 1; k <= unread; k++) {
      order.add(r.nextInt(order.size() + 1), -k);
    }
    return new Read(layout.build(), numbered, policy, maxCell, maxRow, order);
  }

  /** A file of mostly plain records in {@code read}'s column order, hostile ones mixed in. */
  private static String file(Random r, Read read) {
    String nl = r.nextInt(6) == 0 ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder(r.nextInt(5) == 0 ? "\uFEFF" : "");
    List<String> header = new ArrayList<>();
    for (int c : read.order()) {
      header.add(c < 0 ? "c" + -c : COLUMNS.get(c));
    }
    sb.append(String.join(",", header)).append(nl);
    int rows = r.nextInt(1, 300);
    int hostility = r.nextInt(1, 30); // one record in this many is hostile, on average
    for (int i = 0; i < rows; i++) {
      String[] cells = {
        Integer.toString(r.nextInt(100_000)),
        TOUCHPOINTS.get(r.nextInt(TOUCHPOINTS.size())),
        r.nextInt(10) == 0 ? "csat" : "nps",
        Integer.toString(r.nextInt(11))
      };
      String comment = r.nextBoolean() ? "" : "ok";
      String end = nl;
      if (r.nextInt(hostility) == 0) {
        switch (r.nextInt(8)) {
          case 0, 1, 2, 3 -> {
            int c = r.nextInt(4);
            List<String> bad = HOSTILE.get(c);
            cells[c] = bad.get(r.nextInt(bad.size()));
          }
          case 4 -> {
            sb.append(r.nextBoolean() ? nl : "\r"); // a blank line, or a lone CR
            continue;
          }
          case 5 -> comment = r.nextBoolean() ? "a,b" : "\"two" + nl + "lines\"";
          case 6 -> {
            // Around a small cell limit, in a cell the reader does not read or in one it does.
            String around = "7".repeat(Math.min(read.maxCell(), 30) - 1 + r.nextInt(3));
            if (r.nextBoolean()) {
              comment = around;
            } else {
              cells[0] = around;
            }
          }
          default -> end = r.nextBoolean() ? "\r" : "\n\n";
        }
      }
      List<String> row = new ArrayList<>();
      for (int c : read.order()) {
        row.add(c < 0 ? comment : cells[c]);
      }
      if (read.order().size() == 4 && r.nextInt(40) == 0) {
        row.add("extra"); // a row too long
      }
      if (r.nextInt(40) == 0) {
        row.remove(row.size() - 1); // a row too short
      }
      sb.append(String.join(",", row));
      if (i < rows - 1 || r.nextInt(4) != 0) {
        sb.append(end);
      }
    }
    return sb.toString();
  }

  /** The outcome of a read: the report and scorecard, or the error's kind and message. */
  private record Outcome(ReadReport report, ScorecardResult result) {}

  private static Object intoScorecard(ResponseCsv csv, InputStream in) {
    Scorecard.Tally tally = CARD.newTally();
    try {
      ReadReport report = csv.readInto(in, CARD, NPS, tally);
      return new Outcome(report, tally.result());
    } catch (BadInputException e) {
      return e.kind() + ": " + e.getMessage();
    }
  }

  private static Object scores(ResponseCsv csv, InputStream in) {
    List<String> got = new ArrayList<>();
    try {
      ReadReport report =
          csv.readScores(
              in,
              CARD.touchpoints(),
              NPS,
              (touchpoint, score) -> got.add(touchpoint + ":" + score));
      return List.of(report, got);
    } catch (BadInputException e) {
      return e.kind() + ": " + e.getMessage() + " after " + got;
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void thePlainPathReadsLikeTheGeneralPath(long seed) {
    Random r = new Random(seed);
    for (int k = 0; k < 40; k++) {
      Read read = read(r);
      byte[] bytes = file(r, read).getBytes(StandardCharsets.UTF_8);
      ResponseCsv general = read.reader(false);
      ResponseCsv plain = read.reader(true);
      for (int most : new int[] {1, 7, 64, 1 << 20}) {
        String as = Seeds.describe(seed) + ", file " + k + ", " + read + ", bytes by " + most;
        // The same cuts for both: where a buffer ends can decide whether an over-long quoted cell
        // across lines is a cell over the limit or a quote left open, in the general path alone.
        long cuts = r.nextLong();
        Object expected =
            intoScorecard(general, CsvBytesTest.trickle(bytes, new Random(cuts), most));
        assertThat(intoScorecard(plain, CsvBytesTest.trickle(bytes, new Random(cuts), most)))
            .as(as)
            .isEqualTo(expected);
        Object expectedScores =
            scores(general, CsvBytesTest.trickle(bytes, new Random(cuts), most));
        assertThat(scores(plain, CsvBytesTest.trickle(bytes, new Random(cuts), most)))
            .as(as)
            .isEqualTo(expectedScores);
      }
    }
  }

  private static final String HEADER = "respondent,touchpoint,measure,score\n";

  /** What {@link CsvRows#plainLong} says of the record after {@link #HEADER}. */
  private static String plainLong(String record) {
    byte[] bytes = (HEADER + record).getBytes(StandardCharsets.UTF_8);
    try (CsvRows rows = CsvRows.of(new ByteArrayInputStream(bytes), ',', 20)) {
      rows.header();
      CsvRows.PlainLong plan =
          CsvRows.PlainLong.of(4, 0, 1, 2, 3, "nps", new SlugTable(TOUCHPOINTS));
      int k = rows.plainLong(java.util.Objects.requireNonNull(plan));
      return switch (k) {
        case CsvRows.PLAIN_ANSWER -> rows.plainTouchpoint() + ":" + rows.plainScore();
        case CsvRows.PLAIN_OTHER_MEASURE -> "other";
        default -> "not plain";
      };
    }
  }

  /**
   * The word-at-a-time classification is exact for every byte value at every place in a word,
   * whatever its neighbours are (a borrow or carry between bytes would flag a neighbour wrongly): a
   * byte is flagged iff it is not U+0021..U+007E or is the quote or the delimiter.
   */
  @ParameterizedTest(name = "delimiter {0}")
  @ValueSource(chars = {',', ';', '\t', '|', ' ', '\u007f'})
  void plainSpecialsFlagsEveryByteExactly(char delimiter) {
    long delimiters = (delimiter & 0xffL) * 0x0101010101010101L;
    Random r = new Random(7);
    for (int c = 0; c < 256; c++) {
      for (int at = 0; at < 8; at++) {
        for (int trial = 0; trial < 8; trial++) {
          long w = r.nextLong();
          if (trial == 0) {
            w = 0; // neighbours that borrow most
          } else if (trial == 1) {
            w = -1; // neighbours that carry most
          }
          w = (w & ~(0xffL << (8 * at))) | ((long) c << (8 * at));
          long flags = CsvRows.plainSpecials(w, delimiters);
          for (int k = 0; k < 8; k++) {
            int b = (int) (w >>> (8 * k)) & 0xff;
            boolean special = b < 0x21 || b > 0x7e || b == '"' || b == delimiter;
            assertThat((flags >>> (8 * k + 7)) & 1)
                .as("byte %02x at %d of %016x", b, k, w)
                .isEqualTo(special ? 1L : 0L);
          }
          assertThat(flags & ~0x8080808080808080L).isZero();
        }
      }
    }
  }

  @Test
  void plainRecordsAreDecodedInOnePass() {
    // TOUCHPOINTS: ad, order, call-help, install
    assertThat(plainLong("3,ad,nps,8\n")).isEqualTo("0:8");
    assertThat(plainLong("r-77,call-help,nps,10\n")).isEqualTo("2:10");
    assertThat(plainLong("r,install,nps,-1\n")).isEqualTo("3:-1");
    assertThat(plainLong("r,install,nps,123456789\n")).isEqualTo("3:123456789");
    assertThat(plainLong("r,ad,csat,x\n")).isEqualTo("other");
    assertThat(plainLong("r,nope,csat,4\n")).isEqualTo("other");
  }

  @Test
  void everythingElseIsLeftToTheGeneralReader() {
    for (String record :
        List.of(
            "3,ad,nps,8", // no line end in the input: the general reader decides
            "3,ad,nps,8\r\n",
            "\"3\",ad,nps,8\n",
            "3,ad,nps,8,\n",
            "3,ad,nps\n",
            "\n",
            ",ad,nps,8\n",
            " 3,ad,nps,8\n",
            "3,ad,,8\n",
            "3,ad, nps,8\n",
            "3,,nps,8\n",
            "3,AD,nps,8\n",
            "3,ad\t,nps,8\n",
            "3,ad,nps,\n",
            "3,ad,nps,8.0\n",
            "3,ad,nps,+8\n",
            "3,ad,nps,1234567890\n",
            "é,ad,nps,8\n",
            "3,ad,nps,8\u0001\n",
            "x".repeat(21) + ",ad,nps,8\n")) { // a cell over the limit of 20
      assertThat(plainLong(record)).as(record).isEqualTo("not plain");
    }
  }

  @Test
  void plainAnswersAreReadInBulkUpToTheFirstOtherRecord() {
    String text =
        HEADER
            + "3,ad,nps,8\n"
            + "4,order,csat,2\n" // another measure: read, not an answer
            + "5,call-help,nps,10\n"
            + "6,install,nps,11\n" // off the scale 0..10: left for the general path
            + "7,ad,nps,1\n"
            + "x".repeat(40); // the window of the last record's start is past the input
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    try (CsvRows rows = CsvRows.of(new ByteArrayInputStream(bytes), ',', 20)) {
      rows.header();
      CsvRows.PlainLong plan =
          java.util.Objects.requireNonNull(
                  CsvRows.PlainLong.of(4, 0, 1, 2, 3, "nps", new SlugTable(TOUCHPOINTS)))
              .scores(0, 10, null);
      int[] counts = new int[TOUCHPOINTS.size() * 11];
      int n = rows.plainAnswers(plan, counts, 8);
      assertThat(n).isEqualTo(2);
      int[] expected = new int[counts.length];
      expected[TOUCHPOINTS.indexOf("ad") * 11 + 8]++;
      expected[TOUCHPOINTS.indexOf("call-help") * 11 + 10]++;
      assertThat(counts).isEqualTo(expected);
      assertThat(rows.plainOthers()).isEqualTo(1);
      assertThat(rows.rowNumber()).isEqualTo(3);
      assertThat(rows.line()).isEqualTo(4);
      // The record off the scale is the general path's, at its row and line.
      assertThat(rows.next()).isTrue();
      assertThat(rows.rowNumber()).isEqualTo(4);
      assertThat(rows.line()).isEqualTo(5);
      assertThat(rows.cellOrEmpty(3)).isEqualTo("11");
      // At most max answers.
      assertThat(rows.plainAnswers(plan, counts, 1)).isEqualTo(1);
      expected[TOUCHPOINTS.indexOf("ad") * 11 + 1]++;
      assertThat(counts).isEqualTo(expected);
      assertThat(rows.rowNumber()).isEqualTo(5);
    }
  }

  /**
   * Plain answers are counted per touchpoint and score while that table is small; one too large
   * (touchpoints times scale points over the limit) is read answer by answer. Either way the
   * scorecard and the report are those of the general path.
   */
  @ParameterizedTest(name = "{0} touchpoints")
  @ValueSource(ints = {10, 1_100})
  void aTableTooLargeToCountInIsReadAnswerByAnswer(int touchpoints) {
    Stage.Builder stage = Stage.builder("all", Phase.DURING);
    for (int i = 0; i < touchpoints; i++) {
      stage.touchpoint(Touchpoint.builder("t" + i).action(Actor.CUSTOMER));
    }
    Journey journey = Journey.builder("big").persona("p").stage(stage).build();
    org.cxkit.core.Measure points =
        org.cxkit.core.Measure.of(
            "points", "Points", org.cxkit.core.Scale.higherIsBetter(0, 1000, 100, 200, 200));
    Scorecard card = Scorecard.builder(journey).measure(points).build();
    Random r = new Random(touchpoints);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < 3_000; i++) {
      int score = r.nextInt(50) == 0 ? 1001 + r.nextInt(5) : r.nextInt(1001); // a few off the scale
      csv.append(i).append(",t").append(r.nextInt(touchpoints)).append(",points,").append(score);
      csv.append('\n');
    }
    byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
    List<Object> outcomes = new ArrayList<>();
    for (boolean plain : List.of(true, false)) {
      ResponseCsv reader =
          ResponseCsv.builder().onBadInput(BadInput.collect(1_000)).plainPath(plain).build();
      Scorecard.Tally tally = card.newTally();
      ReadReport report =
          reader.readInto(new ByteArrayInputStream(bytes), card, MeasureId.of("points"), tally);
      outcomes.add(List.of(report, tally.result()));
    }
    assertThat(outcomes.get(0)).isEqualTo(outcomes.get(1));
    assertThat(((ReadReport) ((List<?>) outcomes.get(0)).get(0)).accepted()).isPositive();
  }

  @Test
  void noPlanWhenTwoRolesShareAColumnOrOneIsMissing() {
    SlugTable t = new SlugTable(TOUCHPOINTS);
    assertThat(CsvRows.PlainLong.of(4, 0, 1, 1, 3, "nps", t)).isNull();
    assertThat(CsvRows.PlainLong.of(4, 0, -1, 2, 3, "nps", t)).isNull();
    assertThat(CsvRows.PlainLong.of(3, 0, 1, 2, 3, "nps", t)).isNull();
    assertThat(CsvRows.PlainLong.of(4, -1, 1, 2, 3, "nps", t)).isNotNull();
  }
}
