package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.StringReader;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.cxkit.core.testing.Markers;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Privacy: the CSV readers' errors and rejects carry location and expectation, never input content
 * (survey answers and ids may be personal data). A random marker is planted in cells, in forms that
 * make them invalid (upper case, spaces, accents, too long), and no {@link BadInputException}
 * (message, reason, location, causes) or collected {@link Reject} may contain it. Replay with
 * {@code -Dcx.seed=N}.
 */
class NoInputInMessagesTest {
  static LongStream seeds() {
    return Seeds.seeds(40);
  }

  static void assertClean(BadInputException e, String marker, String what) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT))
          .as(what)
          .doesNotContain(marker);
    }
    assertThat(e.reason().toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
    assertThat(e.location().map(Object::toString).orElse("").toLowerCase(Locale.ROOT))
        .as(what)
        .doesNotContain(marker);
  }

  /** Runs a read; it may succeed, and if it fails it fails with a clean BadInputException. */
  static void attempt(Supplier<?> read, String marker, String what) {
    try {
      var unused = read.get();
    } catch (BadInputException e) {
      assertClean(e, marker, what);
    } catch (RuntimeException | Error e) {
      fail(what + " threw " + e, e);
    }
  }

  static void assertClean(ReadReport r, String marker, String what) {
    assertThat(r.accepted() + r.rejected()).as(what).isEqualTo(r.rows());
    for (Reject reject : r.rejects()) {
      assertThat(reject.toString().toLowerCase(Locale.ROOT)).as(what).doesNotContain(marker);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void responseReadersNeverQuoteInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String marker = Markers.marker(rnd);
    StringBuilder csv = new StringBuilder("respondent,touchpoint,measure,score,note\n");
    for (int i = 0; i < 20; i++) {
      String[] cells = {"r" + i, "sign-up", "nps", Integer.toString(rnd.nextInt(11)), "fine"};
      cells[rnd.nextInt(cells.length)] = Markers.planted(marker, rnd);
      if (rnd.nextBoolean()) {
        cells[rnd.nextInt(cells.length)] = Markers.planted(marker, rnd);
      }
      csv.append(String.join(",", cells)).append('\n');
    }
    String what = Seeds.describe(seed) + " csv";
    ResponseCsv.Builder b = ResponseCsv.builder().attribute("note");
    attempt(() -> b.build().read(new StringReader(csv.toString()), x -> {}), marker, what);
    ReadReport r =
        b.onBadInput(BadInput.collect(100)).build().read(new StringReader(csv.toString()), x -> {});
    assertThat(r.rejected()).as(what).isPositive();
    assertClean(r, marker, what);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void eventReaderNeverQuotesInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String marker = Markers.marker(rnd);
    StringBuilder csv = new StringBuilder("customer,touchpoint,time,channel\n");
    for (int i = 0; i < 20; i++) {
      String[] cells = {"c" + i, "order", "2026-01-01T10:00:00Z", "WEB"};
      cells[rnd.nextInt(cells.length)] = Markers.planted(marker, rnd);
      csv.append(String.join(",", cells)).append('\n');
    }
    String what = Seeds.describe(seed) + " event csv";
    attempt(
        () -> EventCsv.builder().build().read(new StringReader(csv.toString()), x -> {}),
        marker,
        what);
    ReadReport r =
        EventCsv.builder()
            .onBadInput(BadInput.collect(100))
            .build()
            .read(new StringReader(csv.toString()), x -> {});
    assertThat(r.rejected()).as(what).isPositive();
    assertClean(r, marker, what);
  }
}
