package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte path of {@link CsvRows}: UTF-8 scanned as bytes, checked as UTF-8 as it is read, with
 * the same records, errors and limits as characters give. The reference for which byte sequences
 * are UTF-8 is the JDK's strict decoder (which follows the Unicode Standard's table 3-7), and for
 * the records, the same text read as characters through a {@link java.io.Reader}.
 */
class CsvBytesTest {

  /** Every record as text: row number, then the cells, a blank line, or why it is malformed. */
  static List<String> records(CsvRows rows) {
    List<String> out = new ArrayList<>();
    while (rows.next()) {
      StringBuilder r = new StringBuilder().append(rows.rowNumber()).append(": ");
      if (rows.isEmptyLine()) {
        r.append("(blank)");
      } else if (rows.malformed() != null) {
        r.append("malformed ").append(rows.malformed());
      } else {
        for (int i = 0; i < rows.width(); i++) {
          r.append('[').append(rows.cellOrEmpty(i)).append(']');
        }
      }
      out.add(r.toString());
    }
    return out;
  }

  /** Bytes handed over at most {@code most} at a time, so that a buffer ends anywhere. */
  static InputStream trickle(byte[] bytes, Random random, int most) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(most)));
      }
    };
  }

  static List<String> fromBytes(byte[] bytes, Random random, int most) {
    try (CsvRows rows = CsvRows.of(trickle(bytes, random, most), ',', 1_000_000)) {
      return records(rows);
    }
  }

  static List<String> fromChars(String text) {
    try (CsvRows rows = CsvRows.of(new StringReader(text), ',', 1_000_000)) {
      return records(rows);
    }
  }

  private static final String[] PIECES = {
    "a", "b", "7", ",", ",", "\"", "\"\"", "\n", "\r\n", "\r", "é", "€", "😀", "\u0001", " ", "\t"
  };

  /** A random text of the pieces CSV is made of, characters of 1 to 4 bytes among them. */
  static String text(Random random, int pieces) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < pieces; i++) {
      s.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return s.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void bytesCutAnywhereGiveTheRecordsOfTheCharacters(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 20; k++) {
      String text = text(random, 1 + random.nextInt(80));
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<String> expected = fromChars(text);
      // One byte at a time: every quote, CRLF and multi-byte character meets a buffer's end.
      assertThat(fromBytes(bytes, random, 1)).as(Seeds.describe(seed)).isEqualTo(expected);
      assertThat(fromBytes(bytes, random, 7)).as(Seeds.describe(seed)).isEqualTo(expected);
      assertThat(fromBytes(bytes, random, 1 << 20)).as(Seeds.describe(seed)).isEqualTo(expected);
    }
  }

  @Test
  void aQuotedCellAndACrlfAcrossEveryBufferEndAreReadWhole() {
    String text = "id,note\r\n1,\"a,\"\"b\"\"\r\nc\"\r\n2,\"é😀\"\r\n";
    List<String> expected = List.of("0: [id][note]", "1: [1][a,\"b\"\r\nc]", "2: [2][é😀]");
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Random random = new Random(1);
    assertThat(fromBytes(bytes, random, 1)).isEqualTo(expected);
    assertThat(fromChars(text)).isEqualTo(expected);
  }

  @Test
  void aByteOrderMarkIsSkippedAtTheStartOnly() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] bytes = concat(bom, "a,b\n\uFEFFc,d\n".getBytes(StandardCharsets.UTF_8));
    List<String> expected = List.of("0: [a][b]", "1: [\uFEFFc][d]");
    assertThat(fromBytes(bytes, new Random(2), 1)).isEqualTo(expected);
    assertThat(fromBytes(bytes, new Random(2), 1 << 16)).isEqualTo(expected);
    // A part of a file that starts after a row end keeps a U+FEFF as content.
    try (CsvRows rows =
        CsvRows.continuing(
            new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, ',', 100, 1000)) {
      assertThat(records(rows)).containsExactly("0: [\uFEFFa][b]", "1: [\uFEFFc][d]");
    }
    // Columns after a byte-order mark count from the character after it.
    assertThat(firstMalformed(concat(bom, "ab,\"c\"d\n".getBytes(StandardCharsets.UTF_8))))
        .startsWith("a character after a closing quote")
        .endsWith("(line 1, column 7)");
  }

  /** Invalid UTF-8, each after "x,é😀" on the third line: line 3, column 6 in characters. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "80", // a continuation byte with no lead
        "C0 80", // an overlong form of U+0000
        "C1 BF", // an overlong form of U+007F
        "E0 80 80", // an overlong three-byte form
        "ED A0 80", // a surrogate (U+D800)
        "F0 80 80 80", // an overlong four-byte form
        "F4 90 80 80", // past U+10FFFF
        "F5 80 80 80", // a lead byte no character has
        "FF",
        "E2 82 41", // a three-byte character cut short by an ASCII byte
        "E2 82", // cut short by the end of the input
      })
  void anInvalidByteSequenceIsReportedAtItsLineAndColumnInCharacters(String hex) {
    byte[] bad = hex(hex);
    byte[] head = "h1,h2\nr,1\nx,é😀".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = concat(head, bad);
    assertThat(decodes(bytes)).as("the JDK's decoder agrees the bytes are bad").isFalse();
    for (int most : new int[] {1, 3, 1 << 16}) {
      BadInputException e =
          catchThrowableOfType(
              BadInputException.class, () -> fromBytes(bytes, new Random(most), most));
      assertThat(e.kind()).isEqualTo(Kind.ENCODING);
      assertThat(e.reason())
          .as(hex + " in reads of " + most)
          .startsWith("invalid UTF-8 at line 3, column 6: expected UTF-8 text");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void bytesAreValidExactlyWhenTheJdkDecodesThemAndErrorsPointWhereItStops(long seed) {
    Random random = new Random(seed);
    for (int k = 0; k < 50; k++) {
      // Text without CR (whose look-ahead reports a bad byte after it on the CR's line), with a
      // random byte or two put in.
      String text = text(random, 1 + random.nextInt(40)).replace('\r', 'r');
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      for (int j = random.nextInt(3); j > 0; j--) {
        int b = random.nextInt(255);
        bytes[random.nextInt(bytes.length)] = (byte) (b == '\r' ? 255 : b);
      }
      int stop = firstBad(bytes);
      Supplier<List<String>> read = () -> fromBytes(bytes, random, 1 + random.nextInt(9));
      if (stop < 0) {
        String decoded = new String(bytes, StandardCharsets.UTF_8);
        assertThat(read.get()).as(Seeds.describe(seed)).isEqualTo(fromChars(decoded));
        continue;
      }
      String before = new String(bytes, 0, stop, StandardCharsets.UTF_8);
      String[] lines = before.replace("\r", "").split("\n", -1);
      String where =
          "at line " + lines.length + ", column " + (lines[lines.length - 1].length() + 1) + ":";
      BadInputException e = catchThrowableOfType(BadInputException.class, read::get);
      assertThat(e).as(Seeds.describe(seed) + " " + where).isNotNull();
      assertThat(e.kind()).isEqualTo(Kind.ENCODING);
      assertThat(e.reason()).as(Seeds.describe(seed)).contains(where);
    }
  }

  @Test
  void aCellLongerThanTheBufferIsMeasuredInCharacters() {
    // 100,000 characters of two bytes each: 200,000 bytes, more than the 64 KiB buffer.
    String cell = "é".repeat(100_000);
    byte[] bytes = ("a,b\n1," + cell + "\n2,\"" + cell + "\"\n").getBytes(StandardCharsets.UTF_8);
    try (CsvRows rows = CsvRows.of(trickle(bytes, new Random(3), 1 << 16), ',', 100_000)) {
      assertThat(records(rows))
          .containsExactly("0: [a][b]", "1: [1][" + cell + "]", "2: [2][" + cell + "]");
    }
    for (String row : new String[] {"1," + cell, "1,\"" + cell + "\""}) {
      byte[] over = ("a,b\n" + row + "\n").getBytes(StandardCharsets.UTF_8);
      BadInputException e =
          catchThrowableOfType(
              BadInputException.class,
              () -> {
                try (CsvRows rows = CsvRows.of(new ByteArrayInputStream(over), ',', 99_999)) {
                  records(rows);
                }
              });
      assertThat(e.kind()).isEqualTo(Kind.LIMIT);
      assertThat(e.reason()).isEqualTo("cell longer than the limit of 99999 characters (line 2)");
    }
  }

  @Test
  void theRowLimitCountsCharactersAndBoundsTheBuffer() {
    // Three bytes a character: a row of 90,000 characters is 270,000 bytes and within the limit.
    String cells = "€€€,".repeat(22_500);
    byte[] ok = ("a\n" + cells + "\n").getBytes(StandardCharsets.UTF_8);
    try (CsvRows rows =
        CsvRows.of(new ByteArrayInputStream(ok), StandardCharsets.UTF_8, ',', 10, 100_000)) {
      rows.next();
      assertThat(rows.next()).isTrue();
      assertThat(rows.width()).isEqualTo(22_501);
    }
    byte[] over = ("a\n" + cells.repeat(2) + "\n").getBytes(StandardCharsets.UTF_8);
    long[] served = {0};
    InputStream counted =
        new ByteArrayInputStream(over) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            served[0] += Math.max(0, n);
            return n;
          }
        };
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> {
              try (CsvRows rows = CsvRows.of(counted, StandardCharsets.UTF_8, ',', 10, 100_000)) {
                records(rows);
              }
            });
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.reason()).isEqualTo("row longer than the limit of 100000 characters (line 2)");
    // At most three bytes a character were held for the row, and a buffer's worth read ahead.
    assertThat(served[0]).isLessThan(3 * 100_000 + (1 << 17));
  }

  @Test
  void aDelimiterOutsideAsciiAndALoneSurrogateKeepTheirCharacters() {
    String text = "a§b§c\n\"x§y\"§é\uD800§\uDC00z\n";
    try (CsvRows rows = CsvRows.of(new StringReader(text), '§', 100)) {
      assertThat(records(rows)).containsExactly("0: [a][b][c]", "1: [x§y][é\uD800][\uDC00z]");
    }
    byte[] bytes = "a§b\n\"x§y\"§é\n".getBytes(StandardCharsets.UTF_8);
    try (CsvRows rows =
        CsvRows.of(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, '§', 100, 1000)) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.next()).isTrue();
      assertThat(rows.cellEquals(0, "x§y")).isTrue();
      assertThat(rows.cellEquals(1, "é")).isTrue();
      assertThat(rows.cellIn(0, new SlugTable(List.of("x-y")))).isEqualTo(-1);
    }
  }

  @Test
  void theEncoderWritesUtf8ByteByByteAndALoneSurrogateInThreeBytes() throws Exception {
    String text = "aé€😀,\uD800";
    try (Utf8Encoder e = new Utf8Encoder(new StringReader(text), ',')) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int b = e.read(); b >= 0; b = e.read()) {
        out.write(b);
      }
      byte[] expected =
          concat(text.substring(0, 6).getBytes(StandardCharsets.UTF_8), hex("ED A0 80"));
      assertThat(out.toByteArray()).isEqualTo(expected);
      assertThat(e.escapes()).isTrue();
      assertThat(e.read()).isEqualTo(-1);
    }
  }

  @Test
  void anotherCharsetIsDecodedAndItsBadBytesReportedWithItsName() {
    byte[] latin = "a;b\nré;1\n".getBytes(StandardCharsets.ISO_8859_1);
    try (CsvRows rows =
        CsvRows.of(new ByteArrayInputStream(latin), StandardCharsets.ISO_8859_1, ';', 100, 1000)) {
      assertThat(records(rows)).containsExactly("0: [a][b]", "1: [ré][1]");
    }
    byte[] ascii = "a,b\nxy,r\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> {
              try (CsvRows rows =
                  CsvRows.of(
                      new ByteArrayInputStream(ascii), StandardCharsets.US_ASCII, ',', 100, 1000)) {
                records(rows);
              }
            });
    assertThat(e.reason()).startsWith("invalid US-ASCII at line 2, column 5:");
  }

  @Test
  void shortAndLongCellsCompareAndLookUpByTheirBytes() {
    String text = "nps,tp-1,a-rather-long-touchpoint,\"tp-1\",tp-1x,é\n";
    try (CsvRows rows = CsvRows.of(new StringReader(text), ',', 100)) {
      rows.next();
      SlugTable table = new SlugTable(List.of("tp-0", "tp-1", "a-rather-long-touchpoint", "tp-1"));
      assertThat(rows.cellIn(1, table)).isEqualTo(1);
      assertThat(rows.cellIn(2, table)).isEqualTo(2);
      assertThat(rows.cellIn(3, table)).isEqualTo(1);
      assertThat(rows.cellIn(4, table)).isEqualTo(-1);
      assertThat(rows.cellIn(9, table)).isEqualTo(-1);
      assertThat(rows.cellEquals(0, "nps")).isTrue();
      assertThat(rows.cellEquals(0, "np")).isFalse();
      assertThat(rows.cellEquals(0, "npsx")).isFalse();
      assertThat(rows.cellEquals(2, "a-rather-long-touchpoint")).isTrue();
      assertThat(rows.cellEquals(3, "tp-1")).isTrue();
      assertThat(rows.cellEquals(5, "é")).isTrue();
      assertThat(rows.cellEquals(5, "e")).isFalse();
    }
  }

  /** Why the first record of {@code bytes} is malformed. */
  private static String firstMalformed(byte[] bytes) {
    try (CsvRows rows = CsvRows.of(new ByteArrayInputStream(bytes), ',', 100)) {
      rows.next();
      return String.valueOf(rows.malformed());
    }
  }

  /** The JDK's strict decoder: whether {@code bytes} are UTF-8. */
  private static boolean decodes(byte[] bytes) {
    return firstBad(bytes) < 0;
  }

  /** Where the JDK's strict decoder stops on {@code bytes}, or -1 if they are all UTF-8. */
  private static int firstBad(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length * 2 + 2);
    java.nio.charset.CoderResult r = d.decode(in, out, true);
    if (r.isError()) {
      return in.position();
    }
    r = d.flush(out);
    return r.isError() ? in.position() : -1;
  }

  private static byte[] hex(String hex) {
    String[] parts = hex.split(" ", -1);
    byte[] b = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      b[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return b;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
