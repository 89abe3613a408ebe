package org.cxkit.metrics.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/**
 * The contract kit run against trends: exact per-period histograms, so byte-identical merges. The
 * data hold bad answers (scores off the scale, times outside the supported dates), counted under
 * {@link BadInput#collect(int) collect(0)}: counts merge exactly whatever the split. Listed
 * rejects, whose indices are relative to the state that saw them, run the kit in {@link
 * TrendsListedRejectsContractTest}.
 */
class TrendsContractTest extends AnalysisContract<Response, TrendResult, Trends.State> {
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final Trends WEEKLY =
      Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.WEEK, HELSINKI).minimumN(5);
  static final Trends COUNTING = WEEKLY.onBadInput(BadInput.collect(0));
  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final String[] TOUCHPOINTS = {"", "arrival", "talk"};

  /** The records seen that {@link #head(long, int)} writes: more than any state below holds. */
  static final long SEEN = 1000;

  @Override
  protected Analysis<Response, TrendResult, Trends.State> analysis() {
    return COUNTING;
  }

  @Override
  protected Response observation(SplittableRandom r) {
    return answer(r);
  }

  /** An NPS answer, now and then of another measure, undated, or bad. */
  static Response answer(SplittableRandom r) {
    String measure = r.nextInt(12) == 0 ? "csat" : "nps";
    int bad = r.nextInt(20);
    int score = bad == 0 ? (r.nextBoolean() ? -1 : 11) : r.nextInt(11);
    Response a = Response.of("r-" + r.nextInt(1000), measure, score);
    String t = TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)];
    if (!t.isEmpty()) {
      a = a.withTouchpoint(t);
    }
    if (bad == 1) {
      return a.withTime(Instant.MAX); // no LocalDate holds it
    }
    // a spring and summer, across the DST change, with a few undated answers
    return r.nextInt(15) == 0 ? a : a.withTime(FROM.plusSeconds(r.nextLong(150L * 86_400)));
  }

  @Override
  protected Map<String, List<Response>> specialSamples() {
    return samples();
  }

  static Map<String, List<Response>> samples() {
    Response undated = Response.of("r-1", "nps", 9);
    Response other = Response.of("r-2", "csat", 5).withTime(FROM);
    Response offScale = Response.of("r-3", "nps", 12).withTime(FROM);
    Response timeless = Response.of("r-4", "nps", 7).withTime(Instant.MIN);
    return Map.of(
        "undated only",
        List.of(undated, undated),
        "another measure only",
        List.of(other),
        "bad answers only",
        List.of(offScale, timeless, offScale));
  }

  /**
   * A frame of the weekly NPS state up to the series, which {@code series} writes; {@link #tail}
   * closes it.
   */
  static Frame.Writer head(long undated, int series) {
    return head(Trends.Period.WEEK, HELSINKI.getId()).putLong(undated).putInt(series);
  }

  static Frame.Writer head(Trends.Period period, String zone) {
    return Frame.writer("trends", 2)
        .putString("nps")
        .putScale(Scale.NPS)
        .putByte(period.ordinal())
        .putString(zone)
        .putLong(SEEN);
  }

  /** No rejects: the end of a state. */
  static Frame.Writer tail(Frame.Writer w) {
    return w.putLong(0).putInt(0);
  }

  static Frame.Writer counts(Frame.Writer w, long... counts) {
    for (long c : counts) {
      w.putLong(c);
    }
    return w;
  }

  static final long MONDAY = LocalDate.of(2026, 5, 4).toEpochDay();
  static final long[] SOME = {1, 0, 0, 0, 0, 0, 0, 2, 0, 0, 3};

  /** A trend spanning more than {@link Trends#MAX_PERIODS} periods is refused, as documented. */
  @Override
  protected boolean resultMayRefuse(RuntimeException refusal) {
    return refusal instanceof IllegalStateException
        && String.valueOf(refusal.getMessage()).contains("periods; use a longer period");
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("a negative undated count", tail(head(-1, 0)).finish());
    m.put(
        "more records counted than seen",
        tail(counts(head(SEEN - 5, 1).putString("").putInt(1).putLong(MONDAY), SOME)).finish());
    m.put("more records rejected than seen", head(0, 0).putLong(SEEN + 1).putInt(0).finish());
    m.put("a negative reject count", head(0, 0).putLong(-1).putInt(0).finish());
    m.put(
        "a listed reject where the policy lists none",
        head(0, 0).putLong(1).putInt(1).putLong(0).putByte(0).finish());
    m.put("a series without periods", head(0, 1).putString("").putInt(0).finish());
    m.put(
        "a period without answers",
        counts(head(0, 1).putString("").putInt(1).putLong(MONDAY), new long[11]).finish());
    long[] negative = SOME.clone();
    negative[3] = -1;
    m.put(
        "a negative count",
        counts(head(0, 1).putString("").putInt(1).putLong(MONDAY), negative).finish());
    m.put(
        "a week that starts on a Tuesday",
        counts(head(0, 1).putString("").putInt(1).putLong(MONDAY + 1), SOME).finish());
    Frame.Writer twice = head(0, 1).putString("").putInt(2).putLong(MONDAY);
    counts(twice, SOME).putLong(MONDAY);
    m.put("a period twice", counts(twice, SOME).finish());
    Frame.Writer order = head(0, 2).putString("talk").putInt(1).putLong(MONDAY);
    counts(order, SOME).putString("arrival").putInt(1).putLong(MONDAY);
    m.put("series out of order", counts(order, SOME).finish());
    m.put(
        "a series of no touchpoint id",
        counts(head(0, 1).putString("Not A Slug").putInt(1).putLong(MONDAY), SOME).finish());
    long[] overflow = SOME.clone();
    overflow[0] = Long.MAX_VALUE;
    m.put(
        "counts that overflow",
        counts(head(0, 1).putString("").putInt(1).putLong(MONDAY), overflow).finish());
    m.put("another zone", head(Trends.Period.WEEK, "UTC").putLong(0).putInt(0).finish());
    m.put(
        "another period length",
        head(Trends.Period.MONTH, HELSINKI.getId()).putLong(0).putInt(0).finish());
    return m;
  }
}
