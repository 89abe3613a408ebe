package org.cxkit.json;

import static org.cxkit.json.Codecs.COUNT;
import static org.cxkit.json.Codecs.INT;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.id;
import static org.cxkit.json.Prop.derived;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.cxkit.core.Direction;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation.RecordPosition;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.Delight;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.LowestExperience;
import org.cxkit.metrics.analysis.Rollup;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.analysis.UpliftGroup;
import org.cxkit.metrics.analysis.UpliftResult;
import org.jspecify.annotations.Nullable;

/**
 * cxkit's own result kinds, declared as any host's kinds are: one property table per type. A result
 * is rebuilt from its <em>primary</em> data only (histogram counts and scale; a scorecard's rows,
 * rollups and counts; an uplift's group statistics); everything else (headline, shares, intervals,
 * reasons, the weakest link, ...) is <em>derived</em>: written for dashboards, and checked against
 * the rebuilt result when a document carries it.
 */
final class ResultFormat {
  private ResultFormat() {}

  /** The level of the intervals the results documents carry. */
  static final double LEVEL = 0.95;

  static final String NPS_KIND = "nps-result";
  static final String SCALE_KIND = "scale-result";
  static final String OTHER_KIND = "metric-result";
  static final String SCORECARD_KIND = "scorecard";
  static final String UPLIFT_KIND = "delight-uplift";

  // ---- building blocks -----------------------------------------------------------------------

  private static final Prop<Interval, Double, Double> INTERVAL_LOWER =
      required("lower", NUMBER, Interval::lower);
  private static final Prop<Interval, Double, Double> INTERVAL_UPPER =
      required("upper", NUMBER, Interval::upper);
  private static final Prop<Interval, Double, Double> INTERVAL_LEVEL =
      required("level", NUMBER, Interval::level);
  private static final Prop<Interval, String, String> INTERVAL_METHOD =
      required("method", STRING, Interval::method);

  /** An interval; one with a non-finite bound is left out. */
  static final ObjectCodec<Interval, Interval> INTERVAL =
      new ObjectCodec<Interval, Interval>(
          "interval",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new Interval(
                          v.get(INTERVAL_LOWER),
                          v.get(INTERVAL_UPPER),
                          v.get(INTERVAL_LEVEL),
                          v.get(INTERVAL_METHOD))),
          List.of(INTERVAL_LOWER, INTERVAL_UPPER, INTERVAL_LEVEL, INTERVAL_METHOD)) {
        @Override
        boolean writable(Interval i) {
          return Double.isFinite(i.lower()) && Double.isFinite(i.upper());
        }

        @Override
        boolean alwaysWritable() {
          return false;
        }
      };

  private static final Prop<ScaleHistogram, Integer, Integer> HISTOGRAM_MIN =
      required("min", INT, h -> h.scale().min());
  private static final Prop<ScaleHistogram, Integer, Integer> HISTOGRAM_MAX =
      required("max", INT, h -> h.scale().max());
  private static final Prop<ScaleHistogram, Direction, Direction> HISTOGRAM_BETTER =
      required("better", enumOf(Direction.class), h -> h.scale().better());
  private static final Prop<ScaleHistogram, Integer, Integer> HISTOGRAM_TOP =
      required("topBox", INT, h -> h.scale().topBox());
  private static final Prop<ScaleHistogram, Integer, Integer> HISTOGRAM_GOOD =
      required("goodBox", INT, h -> h.scale().goodBox());
  private static final Prop<ScaleHistogram, Integer, Integer> HISTOGRAM_BOTTOM =
      required("bottomBox", INT, h -> h.scale().bottomBox());
  private static final Prop<ScaleHistogram, List<Long>, List<Long>> HISTOGRAM_COUNTS =
      required("counts", Codec.list(COUNT), h -> h.counts().asList());

  /** Exact counts per point of a scale, lowest point first. */
  static final ObjectCodec<ScaleHistogram, ScaleHistogram> HISTOGRAM =
      ObjectCodec.of(
          "histogram",
          (v, r) -> {
            Scale scale =
                r.build(
                    v,
                    null,
                    () ->
                        new Scale(
                            v.get(HISTOGRAM_MIN),
                            v.get(HISTOGRAM_MAX),
                            v.get(HISTOGRAM_BETTER),
                            v.get(HISTOGRAM_TOP),
                            v.get(HISTOGRAM_GOOD),
                            v.get(HISTOGRAM_BOTTOM)));
            List<Long> counts = v.get(HISTOGRAM_COUNTS);
            if (counts.size() != scale.points()) {
              throw r.fail(
                  v,
                  HISTOGRAM_COUNTS,
                  Kind.MODEL,
                  "wrong number of counts",
                  scale.points() + " counts, one per point of the scale",
                  counts.size() + " counts");
            }
            long[] c = counts.stream().mapToLong(Long::longValue).toArray();
            return r.build(v, HISTOGRAM_COUNTS, () -> ScaleHistogram.of(scale, c));
          },
          HISTOGRAM_MIN,
          HISTOGRAM_MAX,
          HISTOGRAM_BETTER,
          HISTOGRAM_TOP,
          HISTOGRAM_GOOD,
          HISTOGRAM_BOTTOM,
          HISTOGRAM_COUNTS);

  /** A metric result of any kind the reader knows, with its own {@code "kind"}. */
  static final Codec<MetricResult, MetricResult> RESULT =
      nested(MetricResult.class, "an object (metric result)");

  /** A nested result of one of the reader's kinds for {@code type}, with its own {@code "kind"}. */
  static <R> Codec<R, R> nested(Class<R> type, String expected) {
    return new Codec<>() {
      @Override
      R read(TableReader r) {
        Tok t = r.src.current();
        if (t != Tok.START_OBJECT) {
          throw r.wrongType(expected, t);
        }
        return r.kinds.readNested(r, type);
      }

      @Override
      void write(TableWriter w, R value) {
        w.kinds.writeObject(w, value);
      }

      @Override
      String jsonType() {
        return "object";
      }
    };
  }

  // ---- metric results ------------------------------------------------------------------------

  static final Prop<MetricResult, Long, Long> N = derived("n", COUNT, MetricResult::n);
  static final Prop<MetricResult, Double, Double> HEADLINE =
      derived("headline", NUMBER, r -> boxed(r.headline()));
  static final Prop<MetricResult, String, String> REASON =
      derived("reason", STRING, r -> r.reason().orElse(null));
  private static final Prop<MetricResult, String, String> METRIC_DERIVED =
      derived("metric", STRING, MetricResult::metric);
  private static final Prop<MetricResult, String, String> METRIC_WRITTEN =
      required("metric", STRING, MetricResult::metric);

  private static final Prop<NpsResult, ScaleHistogram, ScaleHistogram> NPS_HISTOGRAM =
      required("histogram", HISTOGRAM, NpsResult::histogram);

  static final ResultKind<NpsResult> NPS =
      ResultKind.builtIn(
          NPS_KIND,
          NpsResult.class,
          (v, r) -> r.build(v, NPS_HISTOGRAM, () -> new NpsResult(v.get(NPS_HISTOGRAM))),
          List.of(
              METRIC_DERIVED,
              N,
              HEADLINE,
              REASON,
              Prop.<NpsResult, Long, Long>derived("promoters", COUNT, NpsResult::promoters),
              Prop.<NpsResult, Long, Long>derived("passives", COUNT, NpsResult::passives),
              Prop.<NpsResult, Long, Long>derived("detractors", COUNT, NpsResult::detractors),
              figure("promoterShare", (NpsResult n) -> n.promoterShare()),
              figure("passiveShare", (NpsResult n) -> n.passiveShare()),
              figure("detractorShare", (NpsResult n) -> n.detractorShare()),
              figure("standardError", (NpsResult n) -> n.standardError()),
              Prop.<NpsResult, Interval, Interval>derived(
                  "interval", INTERVAL, n -> n.interval().orElse(null)),
              NPS_HISTOGRAM),
          true);

  private static final Prop<ScaleResult, String, String> SCALE_METRIC =
      required("metric", STRING, ScaleResult::metric);
  private static final Prop<ScaleResult, ScaleResult.Headline, ScaleResult.Headline>
      SCALE_HEADLINE_KIND =
          required("headlineKind", enumOf(ScaleResult.Headline.class), ScaleResult::headlineKind);
  private static final Prop<ScaleResult, ScaleHistogram, ScaleHistogram> SCALE_HISTOGRAM =
      required("histogram", HISTOGRAM, ScaleResult::histogram);

  static final ResultKind<ScaleResult> SCALE =
      ResultKind.builtIn(
          SCALE_KIND,
          ScaleResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ScaleResult(
                          v.get(SCALE_METRIC), v.get(SCALE_HISTOGRAM), v.get(SCALE_HEADLINE_KIND))),
          List.of(
              SCALE_METRIC,
              N,
              HEADLINE,
              REASON,
              SCALE_HEADLINE_KIND,
              figure("mean", (ScaleResult s) -> s.mean()),
              figure("standardDeviation", (ScaleResult s) -> s.standardDeviation()),
              Prop.<ScaleResult, Interval, Interval>derived(
                  "meanInterval", INTERVAL, s -> s.meanInterval(LEVEL).orElse(null)),
              figure("topBoxShare", (ScaleResult s) -> s.topBoxShare()),
              figure("goodBoxShare", (ScaleResult s) -> s.goodBoxShare()),
              figure("bottomBoxShare", (ScaleResult s) -> s.bottomBoxShare()),
              Prop.<ScaleResult, Interval, Interval>derived(
                  "goodBoxInterval", INTERVAL, s -> s.goodBoxInterval(LEVEL).orElse(null)),
              SCALE_HISTOGRAM),
          true);

  /** A host's own metric result of a kind it did not register: the common figures, not read. */
  static final ResultKind<MetricResult> OTHER =
      ResultKind.builtIn(
          OTHER_KIND,
          MetricResult.class,
          (v, r) -> {
            throw new IllegalStateException(OTHER_KIND + " is written, never read");
          },
          List.of(
              METRIC_WRITTEN,
              Prop.<MetricResult, Long, Long>required("n", COUNT, MetricResult::n),
              HEADLINE,
              REASON),
          false);

  // ---- scorecard -----------------------------------------------------------------------------

  private static final Prop<MetricTarget, MeasureId, MeasureId> TARGET_MEASURE =
      required("measure", id("measure id", MeasureId::of, MeasureId::value), MetricTarget::measure);
  private static final Prop<MetricTarget, MetricTarget.Unit, MetricTarget.Unit> TARGET_UNIT =
      required("unit", enumOf(MetricTarget.Unit.class), MetricTarget::unit);
  private static final Prop<MetricTarget, Double, Double> TARGET_THRESHOLD =
      required("threshold", NUMBER, MetricTarget::threshold);
  private static final Prop<MetricTarget, Double, Double> TARGET_TOLERANCE =
      optional("tolerance", NUMBER, ModelFormat::toleranceOrNull);
  static final ObjectCodec<MetricTarget, MetricTarget> TARGET =
      ObjectCodec.of(
          "metric target",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      ModelFormat.withTolerance(
                          MetricTarget.of(
                              v.get(TARGET_MEASURE), v.get(TARGET_UNIT), v.get(TARGET_THRESHOLD)),
                          v.find(TARGET_TOLERANCE))),
          TARGET_MEASURE,
          TARGET_UNIT,
          TARGET_THRESHOLD,
          TARGET_TOLERANCE);

  private static final Prop<TouchpointScore, TouchpointId, TouchpointId> ROW_TOUCHPOINT =
      required(
          "touchpoint",
          id("touchpoint id", TouchpointId::of, TouchpointId::value),
          TouchpointScore::touchpoint);
  private static final Prop<TouchpointScore, StageId, StageId> ROW_STAGE =
      required("stage", id("stage id", StageId::of, StageId::value), TouchpointScore::stage);
  private static final Prop<TouchpointScore, Phase, Phase> ROW_PHASE =
      required("phase", enumOf(Phase.class), TouchpointScore::phase);
  private static final Prop<TouchpointScore, TargetStatus, TargetStatus> ROW_STATUS =
      required("status", enumOf(TargetStatus.class), TouchpointScore::status);
  private static final Prop<TouchpointScore, MetricTarget, MetricTarget> ROW_TARGET =
      optional("target", TARGET, t -> t.target().orElse(null));
  private static final Prop<TouchpointScore, Double, Double> ROW_GAP =
      optional("gap", NUMBER, t -> boxed(t.gap()));
  private static final Prop<TouchpointScore, Double, Double> ROW_RELATIVE_GAP =
      optional("relativeGap", NUMBER, t -> boxed(t.relativeGap()));
  private static final Prop<TouchpointScore, MeasureId, MeasureId> ROW_MEASURE =
      required(
          "measure", id("measure id", MeasureId::of, MeasureId::value), TouchpointScore::measure);
  private static final Prop<TouchpointScore, Double, Double> ROW_ADJUSTED_P =
      optional("adjustedP", NUMBER, t -> boxed(t.adjustedP()));
  private static final Prop<TouchpointScore, MetricResult, MetricResult> ROW_RESULT =
      required("result", RESULT, TouchpointScore::result);
  static final ObjectCodec<TouchpointScore, TouchpointScore> ROW =
      ObjectCodec.of(
          "scorecard row",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new TouchpointScore(
                          v.get(ROW_TOUCHPOINT),
                          v.get(ROW_STAGE),
                          v.get(ROW_PHASE),
                          v.get(ROW_MEASURE),
                          v.get(ROW_RESULT),
                          v.find(ROW_TARGET),
                          v.get(ROW_STATUS),
                          optionalDouble(v.orNull(ROW_GAP)),
                          optionalDouble(v.orNull(ROW_RELATIVE_GAP)),
                          optionalDouble(v.orNull(ROW_ADJUSTED_P)))),
          ROW_TOUCHPOINT,
          ROW_STAGE,
          ROW_PHASE,
          ROW_MEASURE,
          ROW_STATUS,
          ROW_TARGET,
          ROW_GAP,
          ROW_RELATIVE_GAP,
          ROW_ADJUSTED_P,
          ROW_RESULT);

  /**
   * A rollup level, written in lower case: {@code stage}, {@code phase}, {@code journey}, {@code
   * overall_answers}.
   */
  private static final Prop<Rollup, String, String> ROLLUP_LEVEL =
      required("level", STRING, r -> r.level().name().toLowerCase(Locale.ROOT));

  private static final Prop<Rollup, String, String> ROLLUP_NAME =
      required("name", STRING, Rollup::name);
  private static final Prop<Rollup, MeasureId, MeasureId> ROLLUP_MEASURE =
      required("measure", id("measure id", MeasureId::of, MeasureId::value), Rollup::measure);
  private static final Prop<Rollup, MetricResult, MetricResult> ROLLUP_RESULT =
      required("result", RESULT, Rollup::result);
  static final ObjectCodec<Rollup, Rollup> ROLLUP =
      ObjectCodec.of(
          "rollup",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new Rollup(
                          rollupLevel(v.get(ROLLUP_LEVEL)),
                          v.get(ROLLUP_NAME),
                          v.get(ROLLUP_MEASURE),
                          v.get(ROLLUP_RESULT))),
          ROLLUP_LEVEL,
          ROLLUP_NAME,
          ROLLUP_MEASURE,
          ROLLUP_RESULT);

  // A scorecard's rejects are responses, located by their index (ScorecardResult checks it).
  private static final Prop<Reject, Long, Long> REJECT_INDEX =
      required("index", COUNT, r -> ((RecordPosition) r.location()).index());
  private static final Prop<Reject, String, String> REJECT_FIELD =
      optional("field", STRING, r -> ((RecordPosition) r.location()).field().orElse(null));
  private static final Prop<Reject, String, String> REJECT_REASON =
      required("reason", STRING, Reject::reason);
  static final ObjectCodec<Reject, Reject> REJECT =
      ObjectCodec.of(
          "reject",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new Reject(
                          new RecordPosition(
                              v.get(REJECT_INDEX), Optional.ofNullable(v.orNull(REJECT_FIELD))),
                          v.get(REJECT_REASON))),
          REJECT_INDEX,
          REJECT_FIELD,
          REJECT_REASON);

  private static final Prop<ScorecardResult, JourneyId, JourneyId> CARD_JOURNEY =
      required(
          "journey", id("journey id", JourneyId::of, JourneyId::value), ScorecardResult::journey);
  private static final Prop<ScorecardResult, Long, Long> CARD_MINIMUM_N =
      required("minimumN", COUNT, ScorecardResult::minimumN);
  private static final Prop<ScorecardResult, List<TouchpointScore>, List<TouchpointScore>>
      CARD_ROWS = required("rows", Codec.list(ROW), ScorecardResult::rows);
  private static final Prop<ScorecardResult, List<Rollup>, List<Rollup>> CARD_STAGES =
      required("stages", Codec.list(ROLLUP), ScorecardResult::stages);
  private static final Prop<ScorecardResult, List<Rollup>, List<Rollup>> CARD_PHASES =
      required("phases", Codec.list(ROLLUP), ScorecardResult::phases);
  private static final Prop<ScorecardResult, List<Rollup>, List<Rollup>> CARD_OVERALL =
      required("overall", Codec.list(ROLLUP), ScorecardResult::overall);
  private static final Prop<ScorecardResult, List<TouchpointId>, List<TouchpointId>> CARD_NO_DATA =
      required(
          "noData",
          Codec.list(id("touchpoint id", TouchpointId::of, TouchpointId::value)),
          ScorecardResult::noData);
  private static final Prop<ScorecardResult, Map<TouchpointId, Long>, Map<TouchpointId, Long>>
      CARD_UNKNOWN =
          required(
              "unknownTouchpoints",
              Codecs.countMap("touchpoint id", TouchpointId::of, TouchpointId::value),
              ScorecardResult::unknownTouchpoints);
  private static final Prop<ScorecardResult, Long, Long> CARD_UNTAGGED =
      required("untagged", COUNT, ScorecardResult::untagged);

  /** Every response left out; missing means the length of {@code rejects}. */
  private static final Prop<ScorecardResult, Long, Long> CARD_REJECTED =
      optional("rejected", COUNT, ScorecardResult::rejected);

  private static final Prop<ScorecardResult, List<Reject>, List<Reject>> CARD_REJECTS =
      required("rejects", Codec.list(REJECT), ScorecardResult::rejects);
  private static final Prop<LowestExperience, TouchpointId, TouchpointId> LOW_TOUCHPOINT =
      required(
          "touchpoint",
          id("touchpoint id", TouchpointId::of, TouchpointId::value),
          LowestExperience::touchpoint);
  private static final Prop<LowestExperience, Double, Double> LOW_LOWEST =
      required("lowest", NUMBER, LowestExperience::lowest);
  private static final Prop<LowestExperience, Double, Double> LOW_EXPECTED =
      required("expected", NUMBER, LowestExperience::expected);
  private static final Prop<LowestExperience, Double, Double> LOW_SHARE =
      required("share", NUMBER, LowestExperience::share);
  static final ObjectCodec<LowestExperience, LowestExperience> LOWEST =
      ObjectCodec.of(
          "lowest experience",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new LowestExperience(
                          v.get(LOW_TOUCHPOINT),
                          v.get(LOW_LOWEST),
                          v.get(LOW_EXPECTED),
                          v.get(LOW_SHARE))),
          LOW_TOUCHPOINT,
          LOW_LOWEST,
          LOW_EXPECTED,
          LOW_SHARE);
  private static final Prop<ScorecardResult, List<LowestExperience>, List<LowestExperience>>
      CARD_LOWEST =
          required("lowestExperiences", Codec.list(LOWEST), ScorecardResult::lowestExperiences);
  private static final Prop<ScorecardResult, Trends.Correction, Trends.Correction> CARD_CORRECTION =
      required("correction", enumOf(Trends.Correction.class), ScorecardResult::correction);
  private static final Prop<ScorecardResult, Double, Double> CARD_ALPHA =
      required("alpha", NUMBER, ScorecardResult::alpha);
  private static final Prop<ScorecardResult, List<Rollup>, List<Rollup>> CARD_OVERALL_ANSWERS =
      required("overallAnswers", Codec.list(ROLLUP), ScorecardResult::overallAnswers);
  private static final Prop<ScorecardResult, Long, Long> CARD_COMPARED =
      required("respondentsCompared", COUNT, ScorecardResult::respondentsCompared);

  static final ResultKind<ScorecardResult> SCORECARD =
      ResultKind.builtIn(
          SCORECARD_KIND,
          ScorecardResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ScorecardResult(
                          v.get(CARD_JOURNEY),
                          v.get(CARD_MINIMUM_N),
                          v.get(CARD_CORRECTION),
                          v.get(CARD_ALPHA),
                          ImmutableList.copyOf(v.get(CARD_ROWS)),
                          ImmutableList.copyOf(v.get(CARD_STAGES)),
                          ImmutableList.copyOf(v.get(CARD_PHASES)),
                          ImmutableList.copyOf(v.get(CARD_OVERALL)),
                          ImmutableList.copyOf(v.get(CARD_OVERALL_ANSWERS)),
                          ImmutableList.copyOf(v.get(CARD_NO_DATA)),
                          ImmutableSortedMap.copyOf(v.get(CARD_UNKNOWN)),
                          v.get(CARD_UNTAGGED),
                          rejected(v.orNull(CARD_REJECTED), v.get(CARD_REJECTS)),
                          ImmutableList.copyOf(v.get(CARD_REJECTS)),
                          ImmutableList.copyOf(v.get(CARD_LOWEST)),
                          v.get(CARD_COMPARED))),
          List.of(
              CARD_JOURNEY,
              CARD_MINIMUM_N,
              CARD_CORRECTION,
              CARD_ALPHA,
              Prop.<ScorecardResult, String, String>derived(
                  "weakestLink",
                  STRING,
                  s -> s.weakestLink().map(t -> t.touchpoint().value()).orElse(null)),
              CARD_ROWS,
              CARD_STAGES,
              CARD_PHASES,
              CARD_OVERALL,
              CARD_OVERALL_ANSWERS,
              CARD_NO_DATA,
              CARD_UNKNOWN,
              CARD_UNTAGGED,
              CARD_REJECTED,
              CARD_REJECTS,
              CARD_LOWEST,
              CARD_COMPARED),
          true);

  // ---- delight uplift ------------------------------------------------------------------------

  /** A group of an uplift as written: its outcome type, its figures and its statistics. */
  record Group(
      DelightUplift.Outcome outcome, UpliftGroup group, UpliftResult.GroupStatistics<?> stats) {
    private @Nullable Long n() {
      if (stats instanceof UpliftResult.GroupStatistics.Binary b) {
        return b.n();
      }
      return stats instanceof UpliftResult.GroupStatistics.Numeric m ? m.n() : null;
    }

    private UpliftResult.GroupStatistics.@Nullable Binary binary() {
      return stats instanceof UpliftResult.GroupStatistics.Binary b ? b : null;
    }

    private UpliftResult.GroupStatistics.@Nullable Nps nps() {
      return stats instanceof UpliftResult.GroupStatistics.Nps p ? p : null;
    }

    private UpliftResult.GroupStatistics.@Nullable Numeric numeric() {
      return stats instanceof UpliftResult.GroupStatistics.Numeric m ? m : null;
    }
  }

  // read since the groups can be renamed (issue #11); a 1.0 document's fixed names read as they are
  private static final Prop<Group, String, String> GROUP_NAME =
      optional("name", STRING, g -> g.group().name());
  private static final Prop<Group, Long, Long> GROUP_N = optional("n", COUNT, Group::n);
  private static final Prop<Group, Long, Long> GROUP_YES =
      optional("yes", COUNT, g -> g.binary() == null ? null : g.binary().yes());
  private static final Prop<Group, Long, Long> GROUP_DETRACTORS =
      optional("detractors", COUNT, g -> g.nps() == null ? null : g.nps().detractors());
  private static final Prop<Group, Long, Long> GROUP_PASSIVES =
      optional("passives", COUNT, g -> g.nps() == null ? null : g.nps().passives());
  private static final Prop<Group, Long, Long> GROUP_PROMOTERS =
      optional("promoters", COUNT, g -> g.nps() == null ? null : g.nps().promoters());
  private static final Prop<Group, Double, Double> GROUP_MEAN =
      optional("mean", NUMBER, g -> g.numeric() == null ? null : g.numeric().mean());
  private static final Prop<Group, Double, Double> GROUP_SUM_OF_SQUARES =
      optional(
          "sumOfSquares", NUMBER, g -> g.numeric() == null ? null : g.numeric().sumOfSquares());
  private static final Prop<Group, Double, Double> GROUP_OUTCOME =
      derived("outcome", NUMBER, g -> boxed(g.group().outcome()));

  /**
   * A group of an uplift, read as its values: which of them are its statistics depends on the
   * uplift's outcome type, which a document may give after the groups.
   */
  static final ObjectCodec<Group, Values> GROUP =
      ObjectCodec.building(
          "uplift group",
          (v, r) -> v,
          GROUP_NAME,
          GROUP_N,
          GROUP_YES,
          GROUP_DETRACTORS,
          GROUP_PASSIVES,
          GROUP_PROMOTERS,
          GROUP_MEAN,
          GROUP_SUM_OF_SQUARES,
          GROUP_OUTCOME);

  private static final Prop<UpliftResult, DelightUplift.Outcome, DelightUplift.Outcome>
      UPLIFT_OUTCOME =
          required("outcome", enumOf(DelightUplift.Outcome.class), UpliftResult::outcome);
  private static final Prop<UpliftResult, List<Group>, List<Values>> UPLIFT_GROUPS =
      required("groups", Codec.list(GROUP), ResultFormat::groups);

  /**
   * The outcome's unit: written always; read for a numeric outcome as the unit the user named
   * ({@code outcome units}, as documents before it have, names none), checked for the others.
   */
  private static final Prop<UpliftResult, String, String> UPLIFT_OUTCOME_UNIT =
      Prop.optional("outcomeUnit", STRING, UpliftResult::outcomeUnit);

  static final ResultKind<UpliftResult> UPLIFT =
      ResultKind.builtIn(
          UPLIFT_KIND,
          UpliftResult.class,
          ResultFormat::uplift,
          List.of(
              UPLIFT_OUTCOME,
              Prop.<UpliftResult, Long, Long>derived("n", COUNT, UpliftResult::n),
              UPLIFT_OUTCOME_UNIT,
              Prop.<UpliftResult, String, String>derived(
                  "upliftUnit", STRING, UpliftResult::upliftUnit),
              UPLIFT_GROUPS,
              figure("overallOutcome", (UpliftResult u) -> u.overallOutcome()),
              figure("absoluteUplift", (UpliftResult u) -> u.absoluteUplift()),
              figure("relativeUplift", (UpliftResult u) -> u.relativeUplift()),
              figure("standardError", (UpliftResult u) -> u.standardError()),
              figure("z", (UpliftResult u) -> u.z()),
              figure("pValue", (UpliftResult u) -> u.pValue()),
              Prop.<UpliftResult, String, String>derived(
                  "testMethod", STRING, UpliftResult::testMethod),
              Prop.<UpliftResult, Interval, Interval>derived(
                  "interval", INTERVAL, u -> u.interval(LEVEL).orElse(null))),
          true);

  private static List<Group> groups(UpliftResult u) {
    List<Group> out = new ArrayList<>(3);
    for (int i = 0; i < u.statistics().size(); i++) {
      out.add(new Group(u.outcome(), u.groups().get(i), u.statistics().get(i)));
    }
    return out;
  }

  private static UpliftResult uplift(Values v, TableReader r) {
    DelightUplift.Outcome outcome = v.get(UPLIFT_OUTCOME);
    List<Values> groups = v.get(UPLIFT_GROUPS);
    if (groups.size() != 3) {
      throw r.fail(
          v,
          UPLIFT_GROUPS,
          Kind.STRUCTURE,
          "wrong number of groups",
          "3 groups (delighted, satisfied, dissatisfied)",
          groups.size() + " groups");
    }
    List<UpliftResult.GroupStatistics<?>> stats = new ArrayList<>(3);
    List<String> names = new ArrayList<>(3);
    r.path.push(UPLIFT_GROUPS.name);
    for (int i = 0; i < 3; i++) {
      r.path.push(i);
      stats.add(statistics(outcome, groups.get(i), r));
      String name = groups.get(i).orNull(GROUP_NAME);
      names.add(name == null ? DEFAULT_GROUP_NAMES.get(i) : name);
      r.path.pop();
    }
    r.path.pop();
    UpliftResult built = r.build(v, UPLIFT_GROUPS, () -> UpliftResult.of(outcome, stats, names));
    String unit = v.orNull(UPLIFT_OUTCOME_UNIT);
    if (unit != null
        && outcome != DelightUplift.Outcome.NUMERIC
        && !unit.equals(built.outcomeUnit())) {
      throw r.fail(
          v,
          UPLIFT_OUTCOME_UNIT,
          Kind.MODEL,
          "the unit does not fit the outcome type",
          "\"" + built.outcomeUnit() + "\" for a " + outcome + " outcome",
          null);
    }
    UpliftResult u =
        unit == null || outcome != DelightUplift.Outcome.NUMERIC
            ? built
            : r.build(v, UPLIFT_OUTCOME_UNIT, () -> built.withOutcomeUnit(unit));
    // Each group as the rebuilt result writes it: no statistic of another outcome type, the same
    // n, and its derived outcome.
    List<Group> written = groups(u);
    r.path.push(UPLIFT_GROUPS.name);
    for (int i = 0; i < 3; i++) {
      r.path.push(i);
      r.checkRead(GROUP, groups.get(i), written.get(i));
      r.checkDerived(GROUP, groups.get(i), written.get(i));
      r.path.pop();
    }
    r.path.pop();
    return u;
  }

  private static UpliftResult.GroupStatistics<?> statistics(
      DelightUplift.Outcome outcome, Values g, TableReader r) {
    return switch (outcome) {
      case BINARY -> {
        long n = need(g, GROUP_N, r);
        long yes = need(g, GROUP_YES, r);
        yield r.build(g, null, () -> UpliftResult.GroupStatistics.binary(n, yes));
      }
      case NPS -> {
        long detractors = need(g, GROUP_DETRACTORS, r);
        long passives = need(g, GROUP_PASSIVES, r);
        long promoters = need(g, GROUP_PROMOTERS, r);
        yield r.build(
            g, null, () -> UpliftResult.GroupStatistics.nps(detractors, passives, promoters));
      }
      case NUMERIC -> {
        long n = need(g, GROUP_N, r);
        double mean = need(g, GROUP_MEAN, r);
        double sumOfSquares = need(g, GROUP_SUM_OF_SQUARES, r);
        yield r.build(g, null, () -> UpliftResult.GroupStatistics.numeric(n, mean, sumOfSquares));
      }
    };
  }

  /** The groups' names where a document gives none: the defaults of a {@code Delight}. */
  private static final ImmutableList<String> DEFAULT_GROUP_NAMES =
      Delight.topBox(Scale.CSAT).groupNames();

  /** A statistic the uplift's outcome type requires of each group. */
  private static <V> V need(Values g, Prop<Group, V, V> p, TableReader r) {
    V v = g.orNull(p);
    if (v == null) {
      throw r.fail(
          g,
          null,
          Kind.STRUCTURE,
          "missing required property \"" + p.name + "\" of an uplift group of this outcome type",
          null,
          null);
    }
    return v;
  }

  /** All of cxkit's own kinds, the write-only fallback last. */
  static final ImmutableList<ResultKind<?>> KINDS =
      ImmutableList.of(
          NPS,
          SCALE,
          SCORECARD,
          UPLIFT,
          AnalysisFormat.TREND,
          AnalysisFormat.KEY_DRIVERS,
          AnalysisFormat.RESULT_SET,
          CycleFormat.RECOVERY,
          CycleFormat.PARADOX,
          CycleFormat.EX,
          JourneyFormat.PATHS,
          JourneyFormat.CONFORMANCE,
          JourneyFormat.DIRECTLY_FOLLOWS,
          StratifiedFormat.STRATIFIED_UPLIFT,
          OperationalFormat.OPERATIONAL,
          OTHER);

  // ---- helpers -------------------------------------------------------------------------------

  /** A derived number that a result may not have (or that is not finite): then left out. */
  private static <T> Prop<T, Double, Double> figure(
      String name, Function<T, OptionalDouble> getter) {
    return Prop.derived(name, NUMBER, t -> boxed(getter.apply(t)));
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static OptionalDouble optionalDouble(@Nullable Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }

  private static Rollup.Level rollupLevel(String text) {
    for (Rollup.Level l : Rollup.Level.values()) {
      if (l.name().toLowerCase(Locale.ROOT).equals(text)) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "a rollup level is stage, phase, journey or overall_answers");
  }

  private static long rejected(@Nullable Long rejected, List<Reject> rejects) {
    return rejected == null ? rejects.size() : rejected;
  }
}
