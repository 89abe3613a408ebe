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
import org.cxkit.metrics.Response;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against trends: exact per-period histograms, so byte-identical merges. */
class TrendsContractTest extends AnalysisContract<Response, TrendResult, Trends.State> {
  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final Trends WEEKLY =
      Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.WEEK, HELSINKI).minimumN(5);
  private static final Instant FROM = Instant.parse("2026-03-01T00:00:00Z");
  private static final String[] TOUCHPOINTS = {"", "arrival", "talk"};

  @Override
  protected Analysis<Response, TrendResult, Trends.State> analysis() {
    return WEEKLY;
  }

  @Override
  protected Response observation(SplittableRandom r) {
    String measure = r.nextInt(12) == 0 ? "csat" : "nps";
    Response a = Response.of("r-" + r.nextInt(1000), measure, r.nextInt(11));
    String t = TOUCHPOINTS[r.nextInt(TOUCHPOINTS.length)];
    if (!t.isEmpty()) {
      a = a.withTouchpoint(t);
    }
    // a spring and summer, across the DST change, with a few undated answers
    return r.nextInt(15) == 0 ? a : a.withTime(FROM.plusSeconds(r.nextLong(150L * 86_400)));
  }

  @Override
  protected Map<String, List<Response>> specialSamples() {
    Response undated = Response.of("r-1", "nps", 9);
    Response other = Response.of("r-2", "csat", 5).withTime(FROM);
    return Map.of(
        "undated only", List.of(undated, undated), "another measure only", List.of(other));
  }

  /** A frame of the weekly NPS state up to the series, which {@code series} writes. */
  static Frame.Writer head(long undated, int series) {
    return head(Trends.Period.WEEK, HELSINKI.getId()).putLong(undated).putInt(series);
  }

  static Frame.Writer head(Trends.Period period, String zone) {
    return Frame.writer("trends", 1)
        .putString("nps")
        .putScale(Scale.NPS)
        .putByte(period.ordinal())
        .putString(zone);
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
    m.put("a negative undated count", head(-1, 0).finish());
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
