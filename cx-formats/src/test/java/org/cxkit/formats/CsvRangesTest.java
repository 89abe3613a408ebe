package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.MeasureId;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.analysis.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ResponseCsv#readRangeInto}: byte ranges that tile a file, cut anywhere (down to ranges of
 * one byte, so rows straddle every kind of boundary), read together exactly what one pass of {@link
 * ResponseCsv#readInto} reads: the scorecard, the counts, the rejects with their row numbers in the
 * whole file, and in fail-fast mode the same first error. Replay with {@code -Dcx.seed=N}.
 */
class CsvRangesTest {
  private static final Scorecard CARD = CsvPartsTest.CARD;
  private static final MeasureId NPS = MeasureId.of("nps");

  @TempDir Path dir;

  /** Rows on one line each (quoted commas, CRLF, a BOM, empty lines and bad rows, by chance). */
  private static String file(SplittableRandom r) {
    List<String> tps = CARD.touchpoints().stream().map(t -> t.value()).toList();
    String nl = r.nextInt(4) == 0 ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "");
    sb.append("respondent,touchpoint,measure,score,comment").append(nl);
    int rows = r.nextInt(0, 300);
    for (int i = 0; i < rows; i++) {
      String tp = tps.get(r.nextInt(tps.size()));
      String score = Integer.toString(r.nextInt(11));
      String comment = r.nextInt(6) == 0 ? "\"quoted, with a comma\"" : "";
      String measure = r.nextInt(8) == 0 ? "csat" : "nps";
      switch (r.nextInt(16)) {
        case 1 -> score = "11";
        case 2 -> tp = "not-a-touchpoint";
        case 3 -> score = "x";
        case 4 -> comment = "too,many";
        case 5 -> {
          sb.append(nl);
          continue;
        }
        default -> {}
      }
      sb.append("r").append(i).append(',').append(tp).append(',').append(measure);
      sb.append(',').append(score).append(',').append(comment).append(nl);
    }
    if (r.nextBoolean() && sb.length() > nl.length()) {
      sb.setLength(sb.length() - nl.length()); // no line end after the last row
    }
    return sb.toString();
  }

  private record Outcome(long rows, long rejected, long values, List<Reject> rejects, Object r) {}

  private static ResponseCsv csv(boolean collect) {
    return ResponseCsv.builder()
        .parallelism(1)
        .onBadInput(collect ? BadInput.collect(100_000) : BadInput.failFast())
        .build();
  }

  private static Object whole(Path file, boolean collect) {
    Scorecard.Tally tally = CARD.newTally();
    try {
      ReadReport rep = csv(collect).readInto(file, CARD, NPS, tally);
      return new Outcome(rep.rows(), rep.rejected(), rep.values(), rep.rejects(), tally.result());
    } catch (BadInputException e) {
      return String.valueOf(e.getMessage());
    }
  }

  /** Reads the ranges between the cuts, in a shuffled order, each into its own tally, merged. */
  private static Object ranges(Path file, long[] cuts, boolean collect, SplittableRandom r) {
    List<Integer> order = new ArrayList<>();
    for (int k = 0; k + 1 < cuts.length; k++) {
      order.add(k);
    }
    java.util.Collections.shuffle(order, new java.util.Random(r.nextLong()));
    Scorecard.Tally all = CARD.newTally();
    ReadReport[] reports = new ReadReport[cuts.length - 1];
    String firstError = null;
    int firstErrorAt = Integer.MAX_VALUE;
    for (int k : order) {
      Scorecard.Tally part = CARD.newTally();
      try {
        reports[k] = csv(collect).readRangeInto(file, cuts[k], cuts[k + 1], CARD, NPS, part);
        all.merge(part);
      } catch (BadInputException e) {
        if (k < firstErrorAt) { // the error a one-pass read meets first
          firstErrorAt = k;
          firstError = String.valueOf(e.getMessage());
        }
      }
    }
    if (firstError != null) {
      return firstError;
    }
    long rows = 0;
    long rejected = 0;
    long values = 0;
    List<Reject> rejects = new ArrayList<>();
    for (ReadReport rep : reports) {
      rows += rep.rows();
      rejected += rep.rejected();
      values += rep.values();
      rejects.addAll(rep.rejects());
    }
    return new Outcome(rows, rejected, values, rejects, all.result());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void rangesReadLikeOnePass(long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Path file = dir.resolve("r.csv");
    Files.writeString(file, file(r), StandardCharsets.UTF_8);
    long size = Files.size(file);
    boolean collect = r.nextInt(3) != 0;
    int most = 1 + r.nextInt(r.nextBoolean() ? 8 : 400); // down to one-byte ranges
    List<Long> cuts = new ArrayList<>(List.of(0L));
    while (cuts.get(cuts.size() - 1) < size) {
      cuts.add(cuts.get(cuts.size() - 1) + 1 + r.nextInt(most));
    }
    long[] c = cuts.stream().mapToLong(Long::longValue).toArray();
    assertThat(ranges(file, c, collect, r))
        .as("%s, ranges up to %s bytes, collect %s", Seeds.describe(seed), most, collect)
        .isEqualTo(whole(file, collect));
  }

  @Test
  void rowNumbersAndHeaderInALaterRange() throws IOException {
    Path file = dir.resolve("h.csv");
    Files.writeString(
        file,
        "respondent,touchpoint,measure,score\nr1,install,nps,9\nr2,install,nps,12\n"
            + "r3,install,nps,3\n",
        StandardCharsets.UTF_8);
    long second = "respondent,touchpoint,measure,score\nr1,install,nps,9\n".length();
    Scorecard.Tally tally = CARD.newTally();
    ReadReport rep = csv(true).readRangeInto(file, second, Files.size(file), CARD, NPS, tally);
    assertThat(rep.rows()).isEqualTo(2);
    assertThat(rep.values()).isEqualTo(1);
    assertThat(rep.rejects())
        .singleElement()
        .satisfies(x -> assertThat(x.location()).isEqualTo(InputLocation.cell(2, "score")));
    assertThatThrownBy(
            () -> csv(false).readRangeInto(file, second, second + 1, CARD, NPS, CARD.newTally()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("row 2")
        .hasMessageNotContaining("12");
    // A range inside the header reads nothing, and is not a data row.
    Scorecard.Tally none = CARD.newTally();
    ReadReport head = csv(false).readRangeInto(file, 3, 10, CARD, NPS, none);
    assertThat(head.rows()).isZero();
    assertThat(none.result()).isEqualTo(CARD.newTally().result());
    // A range past the end reads nothing.
    assertThat(csv(false).readRangeInto(file, 1000, 2000, CARD, NPS, none).rows()).isZero();
  }

  @Test
  void aRowThatSpansLinesIsRefusedWithoutItsContent() throws IOException {
    Path file = dir.resolve("q.csv");
    Files.writeString(
        file,
        "respondent,touchpoint,measure,score,comment\nr1,install,nps,9,\"secret\nwords\"\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(
            () -> csv(true).readRangeInto(file, 0, Files.size(file), CARD, NPS, CARD.newTally()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("spans lines")
        .hasMessageContaining("read it whole")
        .hasMessageNotContaining("secret");
    Path header = dir.resolve("h.csv");
    Files.writeString(
        header,
        "respondent,touchpoint,measure,score,\"a\nnote\"\nr1,install,nps,9,x\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> csv(true).readRangeInto(header, 0, 5, CARD, NPS, CARD.newTally()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("spans lines");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badArguments() throws IOException {
    Path file = dir.resolve("a.csv");
    Files.writeString(file, "respondent,touchpoint,measure,score\n", StandardCharsets.UTF_8);
    ResponseCsv csv = csv(false);
    assertThatThrownBy(() -> csv.readRangeInto(file, -1, 5, CARD, NPS, CARD.newTally()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from=-1");
    assertThatThrownBy(() -> csv.readRangeInto(file, 5, 4, CARD, NPS, CARD.newTally()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("to=4");
    assertThatThrownBy(() -> csv.readRangeInto(file, 0, 4, CARD, NPS, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("tally");
    assertThatThrownBy(
            () ->
                ResponseCsv.builder()
                    .wide()
                    .build()
                    .readRangeInto(file, 0, 4, CARD, NPS, CARD.newTally()))
        .isInstanceOf(IllegalStateException.class);
  }
}
