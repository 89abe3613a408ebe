package org.cxkit.formats;

import static org.cxkit.formats.NoInputInMessagesTest.assertClean;
import static org.cxkit.formats.NoInputInMessagesTest.attempt;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.cxkit.core.testing.Markers;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.ReadReport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Privacy, as {@link NoInputInMessagesTest} checks the CSV readers: the XES, OCEL and CJML readers'
 * errors and rejects never quote the input. A random marker is planted in ids, names, times,
 * channels, compliance values, keys and element names, in forms that make them invalid, and no
 * failure or collected reject may contain it. Replay with {@code -Dcx.seed=N}.
 */
class EventLogNoInputInMessagesTest {
  static LongStream seeds() {
    return Seeds.seeds(30);
  }

  static InputStream utf8(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  /** A value: the marker planted (often), or a valid one. */
  static String value(String marker, SplittableRandom rnd, String valid) {
    return rnd.nextInt(3) == 0 ? valid : Markers.planted(marker, rnd).replace("\"", "");
  }

  /** Reads failing fast and collecting: a failure or a reject never holds the marker. */
  static void readBoth(Function<BadInput, ReadReport> read, String marker, String what) {
    attempt(() -> read.apply(BadInput.failFast()), marker, what);
    attempt(
        () -> {
          ReadReport r = read.apply(BadInput.collect(100));
          assertClean(r, marker, what);
          return r;
        },
        marker,
        what);
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void xesNeverQuotesInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String m = Markers.marker(rnd);
    StringBuilder doc = new StringBuilder("<log>");
    for (int t = 0; t < 4; t++) {
      doc.append("<trace><string key=\"concept:name\" value=\"")
          .append(xml(value(m, rnd, "c" + t)))
          .append("\"/>");
      for (int e = 0; e < 4; e++) {
        doc.append("<event><string key=\"concept:name\" value=\"")
            .append(xml(value(m, rnd, "A")))
            .append("\"/><date key=\"time:timestamp\" value=\"")
            .append(xml(value(m, rnd, "2026-01-01T00:00:00Z")))
            .append("\"/><string key=\"")
            .append(
                rnd.nextBoolean()
                    ? "cx:channel"
                    : rnd.nextBoolean() ? "cx:outcome" : "cx:touchpoint")
            .append("\" value=\"")
            .append(xml(value(m, rnd, "WEB")))
            .append("\"/></event>");
      }
      doc.append("</trace>");
    }
    doc.append(rnd.nextInt(4) == 0 ? "<" + m + "></log>" : "</log>");
    String what = Seeds.describe(seed) + " xes";
    readBoth(
        p -> XesLog.builder().onBadInput(p).build().read(utf8(doc.toString()), x -> {}), m, what);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void cjmlNeverQuotesInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String m = Markers.marker(rnd);
    StringBuilder doc = new StringBuilder("<CJML>");
    for (int j = 0; j < 3; j++) {
      doc.append("<actualJourney>");
      if (rnd.nextInt(4) > 0) {
        doc.append("<journeyID>").append(xml(value(m, rnd, "J" + j))).append("</journeyID>");
      }
      doc.append("<touchpoints>");
      for (int t = 0; t < 4; t++) {
        doc.append("<actualAction><touchpointID>")
            .append(xml(value(m, rnd, "TP1")))
            .append("</touchpointID><compliance>")
            .append(xml(value(m, rnd, "completed")))
            .append("</compliance><timeStarted>")
            .append(xml(value(m, rnd, "2026-01-01T00:00:00Z")))
            .append("</timeStarted></actualAction>");
      }
      doc.append("</touchpoints></actualJourney>");
    }
    doc.append(rnd.nextInt(4) == 0 ? "<" + m + "></CJML>" : "</CJML>");
    String what = Seeds.describe(seed) + " cjml";
    readBoth(
        p -> CjmlXml.builder().onBadInput(p).build().read(utf8(doc.toString()), x -> {}), m, what);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ocelNeverQuotesInput(long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String m = Markers.marker(rnd);
    String type = value(m, rnd, "Buy");
    StringBuilder doc =
        new StringBuilder(
            "{\"objectTypes\": [{\"name\": \"customer\", \"attributes\": []}],"
                + " \"eventTypes\": [{\"name\": \"Buy\", \"attributes\": [{\"name\": \"n\","
                + " \"type\": \""
                + (rnd.nextInt(5) == 0 ? m : "integer")
                + "\"}]}], \"objects\": [{\"id\": \""
                + value(m, rnd, "c1")
                + "\", \"type\": \"customer\"}], \"events\": [");
    for (int e = 0; e < 6; e++) {
      doc.append(e == 0 ? "" : ", ")
          .append("{\"id\": \"e")
          .append(e)
          .append("\", \"type\": \"")
          .append(rnd.nextBoolean() ? type : "Buy")
          .append("\", \"time\": \"")
          .append(value(m, rnd, "2026-01-01T00:00:00Z"))
          .append("\", \"relationships\": [{\"objectId\": \"c1\", \"")
          .append(rnd.nextInt(4) == 0 ? m : "qualifier")
          .append("\": \"x\"}]}");
    }
    doc.append(rnd.nextInt(4) == 0 ? "], \"" + m + "\" " : "]}");
    String what = Seeds.describe(seed) + " ocel";
    readBoth(
        p ->
            OcelJson.builder()
                .objectType("customer")
                .onBadInput(p)
                .build()
                .read(utf8(doc.toString()), x -> {}),
        m,
        what);
  }
}
