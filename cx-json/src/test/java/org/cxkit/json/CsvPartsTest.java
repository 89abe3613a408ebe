package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.journey.Journey;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ResponseCsv#readInto} on several threads (the file cut into parts at line ends) gives
 * exactly what one thread gives: the scorecard, the counts, the rejects with their row numbers, and
 * in fail-fast mode the same error. The cutting is made small here (parts of a few hundred bytes)
 * so that cuts land next to quoted cells, multi-line cells, CRLF line ends, empty lines and bad
 * rows. Replay a failure with {@code -Dcx.seed=N}.
 */
class CsvPartsTest {
  private static final CxModel MODEL = Fixtures.rich();
  private static final Journey JOURNEY = MODEL.journeys().get(0);
  private static final Scorecard CARD = Scorecard.builder(JOURNEY).model(MODEL).build();
  private static final MeasureId NPS = MeasureId.of("nps");

  @TempDir Path dir;

  static LongStream seeds() {
    String fixed = System.getProperty("cx.seed", "").trim();
    return fixed.isEmpty()
        ? LongStream.range(0, 60).map(i -> 0x5EEDL * 31 + i * 7919)
        : LongStream.of(Long.decode(fixed));
  }

  private static String file(SplittableRandom r, boolean clean) {
    List<String> tps = JOURNEY.touchpoints().stream().map(t -> t.id().value()).toList();
    String nl = r.nextInt(4) == 0 ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "");
    sb.append("respondent,touchpoint,measure,score,comment").append(nl);
    int rows = r.nextInt(20, 400);
    boolean quotes = r.nextBoolean(); // without quotes, every cut holds and the parts are used
    for (int i = 0; i < rows; i++) {
      int kind = clean ? 0 : r.nextInt(20);
      String tp = tps.get(r.nextInt(tps.size()));
      String resp = "r" + r.nextInt(1000);
      String measure = r.nextInt(8) == 0 ? "csat" : "nps";
      String score = Integer.toString(r.nextInt(11));
      String comment =
          switch (quotes ? r.nextInt(24) : 2) {
            case 0 -> "\"quoted, with a comma\"";
            case 1 -> "\"two" + nl + "lines \"\"quoted\"\"\"";
            case 2, 3, 4, 5 -> "";
            default -> "plain";
          };
      switch (kind) {
        case 1 -> score = "11"; // off the NPS scale
        case 2 -> tp = "not-a-touchpoint";
        case 3 -> tp = ""; // no touchpoint
        case 4 -> resp = " ";
        case 5 -> score = "";
        case 6 -> score = "x";
        case 7 -> {
          sb.append(nl); // an empty line
          continue;
        }
        case 8 -> comment = "too,many";
        default -> {}
      }
      sb.append(resp)
          .append(',')
          .append(tp)
          .append(',')
          .append(measure)
          .append(',')
          .append(score)
          .append(',')
          .append(comment)
          .append(nl);
    }
    return sb.toString();
  }

  private record Outcome(ReadReport report, ScorecardResult result) {}

  private Object read(Path file, int threads, boolean collect, long minPart, int window) {
    return read(file, threads, collect, false, minPart, window);
  }

  private Object read(
      Path file, int threads, boolean collect, boolean r7, long minPart, int window) {
    ResponseCsv.Builder b = ResponseCsv.longFormat().threads(threads);
    ResponseCsv csv = (collect ? b.collectRejects(r7 ? 7 : 10_000) : b.failFast()).build();
    Scorecard.Tally tally = CARD.newTally();
    try {
      ReadReport report = csv.readInto(file, CARD, NPS, tally, minPart, window);
      return new Outcome(report, tally.result());
    } catch (CxJsonException e) {
      assertThat(tally.result().rows()).allSatisfy(row -> assertThat(row.result().n()).isZero());
      return String.valueOf(e.getMessage());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void partsReadLikeOneThread(long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Path file = dir.resolve("r.csv");
    Files.writeString(file, file(r, r.nextInt(4) == 0), StandardCharsets.UTF_8);
    boolean collect = r.nextInt(3) != 0;
    boolean fewListed = r.nextInt(4) == 0; // the list of rejects cut short, across parts
    Object one = read(file, 1, collect, fewListed, 1, 1);
    for (int threads = 2; threads <= 4; threads++) {
      long minPart = 1 + r.nextInt(200);
      int window = 1 + r.nextInt(24);
      Object many = read(file, threads, collect, fewListed, minPart, window);
      assertThat(many)
          .as("seed %s (replay: -Dcx.seed=%s), %s threads", seed, seed, threads)
          .isEqualTo(one);
    }
  }

  @Test
  void aQuotedCellAcrossTheCutFallsBackToOneThread() throws IOException {
    StringBuilder sb = new StringBuilder("respondent,touchpoint,measure,score,comment\n");
    for (int i = 0; i < 50; i++) {
      sb.append("r").append(i).append(",ad,nps,").append(i % 11).append(",x\n");
    }
    // A cell of many lines in the middle: a line feed near the midpoint is inside quotes.
    sb.append("q,order,nps,3,\"").append("line\n".repeat(200)).append("\"\n");
    for (int i = 0; i < 50; i++) {
      sb.append("s").append(i).append(",install,nps,").append(i % 11).append(",\n");
    }
    sb.append("t,install,nps,12,\n"); // a bad row after the cut
    Path file = dir.resolve("q.csv");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    Object one = read(file, 1, true, 1, 1);
    Object two = read(file, 2, true, 16, 1);
    assertThat(two).isEqualTo(one);
    Outcome o = (Outcome) two;
    assertThat(o.report().accepted()).isEqualTo(101);
    assertThat(o.report().rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.row()).isEqualTo(102);
              assertThat(x.column()).isEqualTo("score");
            });
    Object failFast = read(file, 2, false, 16, 1);
    assertThat(failFast).isEqualTo(read(file, 1, false, 1, 1));
    assertThat((String) failFast).contains("row 102");
  }

  @Test
  void measureUnknownToTheScorecardIsRefusedUpFront() throws IOException {
    Path file = dir.resolve("m.csv");
    Files.writeString(
        file, "respondent,touchpoint,measure,score\nr,ad,nps,3\n", StandardCharsets.UTF_8);
    Throwable t =
        catchThrowable(
            () ->
                ResponseCsv.longFormat()
                    .build()
                    .readInto(file, CARD, MeasureId.of("unknown-x"), CARD.newTally()));
    assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'unknown-x'");
  }
}
