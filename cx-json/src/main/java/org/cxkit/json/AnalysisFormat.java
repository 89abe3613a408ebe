package org.cxkit.json;

import static org.cxkit.json.Codecs.BOOL;
import static org.cxkit.json.Codecs.COUNT;
import static org.cxkit.json.Codecs.DATE;
import static org.cxkit.json.Codecs.INT;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.id;
import static org.cxkit.json.Prop.list;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;
import static org.cxkit.json.Prop.unlessEmpty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.analysis.DriverWeight;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;

/**
 * The result kinds of the analyses whose results hold no raw data to rebuild them from ({@code
 * "trend"}, {@code "key-drivers"}), and the {@code "result-set"} that holds several results of any
 * kind. Every property of a trend or key-drivers result is primary: it is read as written and the
 * result's own constructor checks that the values fit together.
 */
final class AnalysisFormat {
  private AnalysisFormat() {}

  static final String TREND_KIND = "trend";
  static final String KEY_DRIVERS_KIND = "key-drivers";
  static final String RESULT_SET_KIND = "result-set";

  // ---- building blocks -----------------------------------------------------------------------

  /** A time-zone id, such as {@code Europe/Helsinki} or {@code Z}. */
  static final Codec<ZoneId, ZoneId> ZONE =
      new Codec<>() {
        @Override
        ZoneId read(TableReader r) {
          String s = r.str();
          try {
            return ZoneId.of(s);
          } catch (DateTimeException e) {
            r.shape(
                "malformed time zone",
                "a time-zone id such as Europe/Helsinki or Z",
                "a string of another form");
            throw TableReader.SKIPPED;
          }
        }

        @Override
        void write(TableWriter w, ZoneId value) {
          w.out.string(value.getId());
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  /** An optional number: written when present. */
  private static <T> Prop<T, Double, Double> optionalNumber(
      String name, Function<T, OptionalDouble> getter) {
    return optional(
        name,
        NUMBER,
        t -> {
          OptionalDouble d = getter.apply(t);
          return d.isPresent() ? d.getAsDouble() : null;
        });
  }

  private static OptionalDouble optionalDouble(Values v, Prop<?, ?, Double> p) {
    Double d = v.orNull(p);
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  // ---- trends --------------------------------------------------------------------------------

  private static final Prop<TrendResult.Point, String, String> POINT_PERIOD =
      required("period", STRING, TrendResult.Point::period);
  private static final Prop<TrendResult.Point, LocalDate, LocalDate> POINT_START =
      required("start", DATE, TrendResult.Point::start);
  private static final Prop<TrendResult.Point, Long, Long> POINT_N =
      required("n", COUNT, TrendResult.Point::n);
  private static final Prop<TrendResult.Point, Double, Double> POINT_VALUE =
      optionalNumber("value", TrendResult.Point::value);
  private static final Prop<TrendResult.Point, Interval, Interval> POINT_INTERVAL =
      optional("interval", ResultFormat.INTERVAL, p -> p.interval().orElse(null));
  private static final Prop<TrendResult.Point, TrendResult.Sample, TrendResult.Sample>
      POINT_SAMPLE =
          required("sample", enumOf(TrendResult.Sample.class), TrendResult.Point::sample);

  static final ObjectCodec<TrendResult.Point, TrendResult.Point> POINT =
      ObjectCodec.of(
          "trend point",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TrendResult.Point(
                          v.get(POINT_PERIOD),
                          v.get(POINT_START),
                          v.get(POINT_N),
                          optionalDouble(v, POINT_VALUE),
                          v.find(POINT_INTERVAL),
                          v.get(POINT_SAMPLE))),
          POINT_PERIOD,
          POINT_START,
          POINT_N,
          POINT_VALUE,
          POINT_INTERVAL,
          POINT_SAMPLE);

  private static final Prop<TrendResult.Change, String, String> CHANGE_FROM =
      required("from", STRING, TrendResult.Change::from);
  private static final Prop<TrendResult.Change, String, String> CHANGE_TO =
      required("to", STRING, TrendResult.Change::to);
  private static final Prop<TrendResult.Change, Double, Double> CHANGE_DIFFERENCE =
      optionalNumber("difference", TrendResult.Change::difference);
  private static final Prop<TrendResult.Change, Double, Double> CHANGE_STATISTIC =
      optionalNumber("statistic", TrendResult.Change::statistic);
  private static final Prop<TrendResult.Change, Double, Double> CHANGE_P =
      optionalNumber("p", TrendResult.Change::p);
  private static final Prop<TrendResult.Change, Double, Double> CHANGE_ADJUSTED_P =
      optionalNumber("adjustedP", TrendResult.Change::adjustedP);
  private static final Prop<TrendResult.Change, Boolean, Boolean> CHANGE_SIGNIFICANT =
      required("significant", BOOL, TrendResult.Change::significant);
  private static final Prop<TrendResult.Change, TrendResult.Test, TrendResult.Test> CHANGE_TEST =
      required("test", enumOf(TrendResult.Test.class), TrendResult.Change::test);
  private static final Prop<TrendResult.Change, TrendResult.Tested, TrendResult.Tested>
      CHANGE_TESTED =
          required("tested", enumOf(TrendResult.Tested.class), TrendResult.Change::tested);

  static final ObjectCodec<TrendResult.Change, TrendResult.Change> CHANGE =
      ObjectCodec.of(
          "trend change",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TrendResult.Change(
                          v.get(CHANGE_FROM),
                          v.get(CHANGE_TO),
                          optionalDouble(v, CHANGE_DIFFERENCE),
                          optionalDouble(v, CHANGE_STATISTIC),
                          optionalDouble(v, CHANGE_P),
                          optionalDouble(v, CHANGE_ADJUSTED_P),
                          v.get(CHANGE_SIGNIFICANT),
                          v.get(CHANGE_TEST),
                          v.get(CHANGE_TESTED))),
          CHANGE_FROM,
          CHANGE_TO,
          CHANGE_DIFFERENCE,
          CHANGE_STATISTIC,
          CHANGE_P,
          CHANGE_ADJUSTED_P,
          CHANGE_SIGNIFICANT,
          CHANGE_TEST,
          CHANGE_TESTED);

  private static final Prop<TrendResult.Limits, String, String> LIMITS_PERIOD =
      required("period", STRING, TrendResult.Limits::period);
  private static final Prop<TrendResult.Limits, Long, Long> LIMITS_N =
      required("n", COUNT, TrendResult.Limits::n);
  private static final Prop<TrendResult.Limits, Double, Double> LIMITS_VALUE =
      required("value", NUMBER, TrendResult.Limits::value);
  private static final Prop<TrendResult.Limits, Double, Double> LIMITS_LOWER =
      required("lower", NUMBER, TrendResult.Limits::lower);
  private static final Prop<TrendResult.Limits, Double, Double> LIMITS_UPPER =
      required("upper", NUMBER, TrendResult.Limits::upper);
  private static final Prop<TrendResult.Limits, Double, Double> LIMITS_LANEY_LOWER =
      optionalNumber("laneyLower", TrendResult.Limits::laneyLower);
  private static final Prop<TrendResult.Limits, Double, Double> LIMITS_LANEY_UPPER =
      optionalNumber("laneyUpper", TrendResult.Limits::laneyUpper);

  static final ObjectCodec<TrendResult.Limits, TrendResult.Limits> LIMITS =
      ObjectCodec.of(
          "control limits",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TrendResult.Limits(
                          v.get(LIMITS_PERIOD),
                          v.get(LIMITS_N),
                          v.get(LIMITS_VALUE),
                          v.get(LIMITS_LOWER),
                          v.get(LIMITS_UPPER),
                          optionalDouble(v, LIMITS_LANEY_LOWER),
                          optionalDouble(v, LIMITS_LANEY_UPPER))),
          LIMITS_PERIOD,
          LIMITS_N,
          LIMITS_VALUE,
          LIMITS_LOWER,
          LIMITS_UPPER,
          LIMITS_LANEY_LOWER,
          LIMITS_LANEY_UPPER);

  private static final Prop<TrendResult.ControlChart, Double, Double> CHART_CENTRE =
      required("centre", NUMBER, TrendResult.ControlChart::centre);
  private static final Prop<TrendResult.ControlChart, Double, Double> CHART_SIGMA_Z =
      optionalNumber("sigmaZ", TrendResult.ControlChart::sigmaZ);
  private static final Prop<
          TrendResult.ControlChart, List<TrendResult.Limits>, List<TrendResult.Limits>>
      CHART_LIMITS = list("limits", LIMITS, TrendResult.ControlChart::limits);

  static final ObjectCodec<TrendResult.ControlChart, TrendResult.ControlChart> CHART =
      ObjectCodec.of(
          "control chart",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TrendResult.ControlChart(
                          v.get(CHART_CENTRE),
                          optionalDouble(v, CHART_SIGMA_Z),
                          ImmutableList.copyOf(v.get(CHART_LIMITS)))),
          CHART_CENTRE,
          CHART_SIGMA_Z,
          CHART_LIMITS);

  private static final Prop<TrendResult.Series, TouchpointId, TouchpointId> SERIES_TOUCHPOINT =
      optional(
          "touchpoint",
          id("touchpoint id", TouchpointId::of, TouchpointId::value),
          s -> s.touchpoint().orElse(null));
  private static final Prop<TrendResult.Series, List<TrendResult.Point>, List<TrendResult.Point>>
      SERIES_POINTS = list("points", POINT, TrendResult.Series::points);
  private static final Prop<TrendResult.Series, List<TrendResult.Change>, List<TrendResult.Change>>
      SERIES_CHANGES = list("changes", CHANGE, TrendResult.Series::changes);
  private static final Prop<TrendResult.Series, List<TrendResult.Change>, List<TrendResult.Change>>
      SERIES_VS_BASELINE = list("vsBaseline", CHANGE, TrendResult.Series::vsBaseline);
  private static final Prop<TrendResult.Series, TrendResult.ControlChart, TrendResult.ControlChart>
      SERIES_CHART = optional("chart", CHART, s -> s.chart().orElse(null));

  static final ObjectCodec<TrendResult.Series, TrendResult.Series> SERIES =
      ObjectCodec.of(
          "trend series",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TrendResult.Series(
                          v.find(SERIES_TOUCHPOINT),
                          ImmutableList.copyOf(v.get(SERIES_POINTS)),
                          ImmutableList.copyOf(v.get(SERIES_CHANGES)),
                          ImmutableList.copyOf(v.get(SERIES_VS_BASELINE)),
                          v.find(SERIES_CHART))),
          SERIES_TOUCHPOINT,
          SERIES_POINTS,
          SERIES_CHANGES,
          SERIES_VS_BASELINE,
          SERIES_CHART);

  private static final Prop<TrendResult, MeasureId, MeasureId> TREND_MEASURE =
      required("measure", id("measure id", MeasureId::of, MeasureId::value), TrendResult::measure);
  private static final Prop<TrendResult, Trends.Statistic, Trends.Statistic> TREND_STATISTIC =
      required("statistic", enumOf(Trends.Statistic.class), TrendResult::statistic);
  private static final Prop<TrendResult, Trends.Period, Trends.Period> TREND_PERIOD =
      required("period", enumOf(Trends.Period.class), TrendResult::period);
  private static final Prop<TrendResult, ZoneId, ZoneId> TREND_ZONE =
      required("zone", ZONE, TrendResult::zone);
  private static final Prop<TrendResult, Integer, Integer> TREND_MINIMUM_N =
      required("minimumN", INT, TrendResult::minimumN);
  private static final Prop<TrendResult, Double, Double> TREND_LEVEL =
      required("level", NUMBER, TrendResult::level);
  private static final Prop<TrendResult, Trends.Correction, Trends.Correction> TREND_CORRECTION =
      required("correction", enumOf(Trends.Correction.class), TrendResult::correction);
  private static final Prop<TrendResult, String, String> TREND_BASELINE =
      optional("baseline", STRING, t -> t.baseline().orElse(null));
  private static final Prop<TrendResult, Long, Long> TREND_UNDATED =
      required("undated", COUNT, TrendResult::undated);
  // Both optional, left out when there are none: documents written before them read unchanged.
  private static final Prop<TrendResult, Long, Long> TREND_REJECTED =
      unlessEmpty("rejected", COUNT, TrendResult::rejected, 0L);
  private static final Prop<TrendResult, List<Reject>, List<Reject>> TREND_REJECTS =
      list("rejects", ResultFormat.REJECT, TrendResult::rejects);
  private static final Prop<TrendResult, List<TrendResult.Series>, List<TrendResult.Series>>
      TREND_SERIES = list("series", SERIES, TrendResult::series);

  static final ResultKind<TrendResult> TREND =
      ResultKind.builtIn(
          TREND_KIND,
          TrendResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TrendResult(
                          v.get(TREND_MEASURE),
                          v.get(TREND_STATISTIC),
                          v.get(TREND_PERIOD),
                          v.get(TREND_ZONE),
                          v.get(TREND_MINIMUM_N),
                          v.get(TREND_LEVEL),
                          v.get(TREND_CORRECTION),
                          v.find(TREND_BASELINE),
                          v.get(TREND_UNDATED),
                          v.get(TREND_REJECTED),
                          ImmutableList.copyOf(v.get(TREND_REJECTS)),
                          ImmutableList.copyOf(v.get(TREND_SERIES)))),
          List.of(
              TREND_MEASURE,
              TREND_STATISTIC,
              TREND_PERIOD,
              TREND_ZONE,
              TREND_MINIMUM_N,
              TREND_LEVEL,
              TREND_CORRECTION,
              TREND_BASELINE,
              TREND_UNDATED,
              TREND_REJECTED,
              TREND_REJECTS,
              TREND_SERIES),
          true);

  // ---- key drivers ---------------------------------------------------------------------------

  private static final Prop<DriverWeight, String, String> WEIGHT_DRIVER =
      required("driver", STRING, DriverWeight::driver);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_PEARSON_R =
      required("pearsonR", NUMBER, DriverWeight::pearsonR);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_BETA =
      required("beta", NUMBER, DriverWeight::beta);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_JOHNSON =
      required("johnson", NUMBER, DriverWeight::johnson);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_SHAPLEY =
      required("shapley", NUMBER, DriverWeight::shapley);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_JOHNSON_SHARE =
      required("johnsonShare", NUMBER, DriverWeight::johnsonShare);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_SHAPLEY_SHARE =
      required("shapleyShare", NUMBER, DriverWeight::shapleyShare);
  private static final Prop<DriverWeight, Double, Double> WEIGHT_MEAN =
      required("mean", NUMBER, DriverWeight::mean);
  private static final Prop<DriverWeight, DriverWeight.Quadrant, DriverWeight.Quadrant>
      WEIGHT_QUADRANT =
          required("quadrant", enumOf(DriverWeight.Quadrant.class), DriverWeight::quadrant);

  static final ObjectCodec<DriverWeight, DriverWeight> WEIGHT =
      ObjectCodec.of(
          "driver weight",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new DriverWeight(
                          v.get(WEIGHT_DRIVER),
                          v.get(WEIGHT_PEARSON_R),
                          v.get(WEIGHT_BETA),
                          v.get(WEIGHT_JOHNSON),
                          v.get(WEIGHT_SHAPLEY),
                          v.get(WEIGHT_JOHNSON_SHARE),
                          v.get(WEIGHT_SHAPLEY_SHARE),
                          v.get(WEIGHT_MEAN),
                          v.get(WEIGHT_QUADRANT))),
          WEIGHT_DRIVER,
          WEIGHT_PEARSON_R,
          WEIGHT_BETA,
          WEIGHT_JOHNSON,
          WEIGHT_SHAPLEY,
          WEIGHT_JOHNSON_SHARE,
          WEIGHT_SHAPLEY_SHARE,
          WEIGHT_MEAN,
          WEIGHT_QUADRANT);

  private static final Prop<KeyDriversResult, String, String> DRIVERS_OUTCOME =
      required("outcome", STRING, KeyDriversResult::outcome);
  private static final Prop<KeyDriversResult, List<String>, List<String>> DRIVERS_NAMES =
      list("driverNames", STRING, KeyDriversResult::driverNames);
  private static final Prop<KeyDriversResult, KeyDrivers.Missing, KeyDrivers.Missing>
      DRIVERS_MISSING =
          required("missing", enumOf(KeyDrivers.Missing.class), KeyDriversResult::missing);
  private static final Prop<KeyDriversResult, Long, Long> DRIVERS_ROWS =
      required("rows", COUNT, KeyDriversResult::rows);
  private static final Prop<KeyDriversResult, Long, Long> DRIVERS_N =
      required("n", COUNT, KeyDriversResult::n);
  private static final Prop<KeyDriversResult, KeyDriversResult.Status, KeyDriversResult.Status>
      DRIVERS_STATUS =
          required("status", enumOf(KeyDriversResult.Status.class), KeyDriversResult::status);
  private static final Prop<KeyDriversResult, Double, Double> DRIVERS_R_SQUARED =
      optionalNumber("rSquared", KeyDriversResult::rSquared);
  private static final Prop<KeyDriversResult, Double, Double> DRIVERS_ADJUSTED_R_SQUARED =
      optionalNumber("adjustedRSquared", KeyDriversResult::adjustedRSquared);
  private static final Prop<KeyDriversResult, List<DriverWeight>, List<DriverWeight>>
      DRIVERS_WEIGHTS = list("weights", WEIGHT, KeyDriversResult::weights);

  static final ResultKind<KeyDriversResult> KEY_DRIVERS =
      ResultKind.builtIn(
          KEY_DRIVERS_KIND,
          KeyDriversResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new KeyDriversResult(
                          v.get(DRIVERS_OUTCOME),
                          ImmutableList.copyOf(v.get(DRIVERS_NAMES)),
                          v.get(DRIVERS_MISSING),
                          v.get(DRIVERS_ROWS),
                          v.get(DRIVERS_N),
                          v.get(DRIVERS_STATUS),
                          optionalDouble(v, DRIVERS_R_SQUARED),
                          optionalDouble(v, DRIVERS_ADJUSTED_R_SQUARED),
                          ImmutableList.copyOf(v.get(DRIVERS_WEIGHTS)))),
          List.of(
              DRIVERS_OUTCOME,
              DRIVERS_NAMES,
              DRIVERS_MISSING,
              DRIVERS_ROWS,
              DRIVERS_N,
              DRIVERS_STATUS,
              DRIVERS_R_SQUARED,
              DRIVERS_ADJUSTED_R_SQUARED,
              DRIVERS_WEIGHTS),
          true);

  // ---- result sets ---------------------------------------------------------------------------

  /** An object of results of any kind the reader knows, by name, in the order written. */
  static final Codec<Map<String, Object>, Map<String, Object>> RESULTS =
      new Codec<>() {
        @Override
        Map<String, Object> read(TableReader r) {
          Tok t = r.src.current();
          if (t != Tok.START_OBJECT) {
            throw r.wrongType("an object of results by name", t);
          }
          Map<String, Object> out = new LinkedHashMap<>();
          while (r.src.next() == Tok.NAME) {
            String name = r.src.text();
            Tok v = r.src.next();
            r.path.push(name);
            try {
              if (!TableReader.wellFormed(name) || name.isBlank()) {
                r.shape("malformed result name", "a non-blank, well-formed name", null);
                r.src.skipChildren();
                throw TableReader.SKIPPED;
              }
              if (out.containsKey(name)) {
                r.shape("duplicate property", null, null);
                r.src.skipChildren();
                throw TableReader.SKIPPED;
              }
              if (v != Tok.START_OBJECT) {
                throw r.wrongType("an object (result)", v);
              }
              out.put(name, r.kinds.readNested(r, Object.class));
            } finally {
              r.path.pop();
            }
          }
          return ImmutableMap.copyOf(out);
        }

        @Override
        void write(TableWriter w, Map<String, Object> values) {
          w.out.startObject();
          for (Map.Entry<String, Object> e : values.entrySet()) {
            w.out.name(e.getKey());
            w.path.push(e.getKey());
            w.kinds.writeObject(w, e.getValue());
            w.path.pop();
          }
          w.out.endObject();
        }

        @Override
        String jsonType() {
          return "object";
        }
      };

  private static final Prop<ResultSet, String, String> SET_TITLE =
      required("title", STRING, ResultSet::title);
  private static final Prop<ResultSet, Map<String, Object>, Map<String, Object>> SET_RESULTS =
      required("results", RESULTS, ResultSet::results);

  static final ResultKind<ResultSet> RESULT_SET =
      ResultKind.builtIn(
          RESULT_SET_KIND,
          ResultSet.class,
          (v, r) -> r.build(v, null, () -> ResultSet.of(v.get(SET_TITLE), v.get(SET_RESULTS))),
          List.of(SET_TITLE, SET_RESULTS),
          true);
}
