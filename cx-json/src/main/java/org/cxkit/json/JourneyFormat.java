package org.cxkit.json;

import static org.cxkit.json.Codecs.COUNT;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.id;
import static org.cxkit.json.Prop.derived;
import static org.cxkit.json.Prop.list;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.util.List;
import org.cxkit.core.JourneyId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.MoveCount;
import org.cxkit.metrics.journeys.PathsResult;

/**
 * The result kinds of the observed-journey analyses: {@code "paths"} ({@code PathsResult}), {@code
 * "conformance"} ({@code ConformanceResult}) and {@code "directly-follows"} ({@code
 * DirectlyFollowsResult}). Every count is primary and read as written; each result's own
 * constructor checks that the counts fit together. A conformance's {@code fitness} (a fraction in
 * 0..1) is derived: written for dashboards, checked against the counts when a document carries it.
 *
 * <p>A step is an object with exactly one of {@code "touchpoint"} (a designed touchpoint's id) and
 * {@code "adHoc"} (the label of something not in the design). A gap between two steps gives its
 * median and 90th percentile in whole seconds ({@code medianSeconds}, {@code p90Seconds}; {@code
 * JourneyPaths} computes them in whole seconds, a finer duration is written rounded down).
 */
final class JourneyFormat {
  private JourneyFormat() {}

  static final String PATHS_KIND = "paths";
  static final String CONFORMANCE_KIND = "conformance";
  static final String DIRECTLY_FOLLOWS_KIND = "directly-follows";

  private static final Codec<TouchpointId, TouchpointId> TOUCHPOINT_ID =
      id("touchpoint id", TouchpointId::of, TouchpointId::value);

  // ---- steps and moves -----------------------------------------------------------------------

  private static final Prop<Step, TouchpointId, TouchpointId> STEP_TOUCHPOINT =
      optional("touchpoint", TOUCHPOINT_ID, s -> s.touchpoint().orElse(null));
  private static final Prop<Step, String, String> STEP_AD_HOC =
      optional("adHoc", STRING, s -> s.isAdHoc() ? s.label() : null);

  /** A designed touchpoint or an ad hoc step: exactly one of the two properties. */
  static final ObjectCodec<Step, Step> STEP =
      ObjectCodec.of(
          "step",
          (v, r) -> {
            TouchpointId touchpoint = v.orNull(STEP_TOUCHPOINT);
            String adHoc = v.orNull(STEP_AD_HOC);
            if (touchpoint != null && adHoc == null) {
              return Step.of(touchpoint);
            }
            if (touchpoint == null && adHoc != null) {
              return adHocStep(v, r, adHoc);
            }
            throw r.fail(
                v,
                null,
                Kind.STRUCTURE,
                "a step has exactly one of \"touchpoint\" and \"adHoc\"",
                "one of the two",
                touchpoint == null ? "neither" : "both");
          },
          STEP_TOUCHPOINT,
          STEP_AD_HOC);

  private static Step adHocStep(Values v, TableReader r, String label) {
    return r.build(v, STEP_AD_HOC, () -> Step.adHoc(label));
  }

  private static final Prop<MoveCount, Step, Step> MOVE_FROM =
      required("from", STEP, MoveCount::from);
  private static final Prop<MoveCount, Step, Step> MOVE_TO = required("to", STEP, MoveCount::to);
  private static final Prop<MoveCount, Long, Long> MOVE_COUNT =
      required("count", COUNT, MoveCount::count);

  /** How often one step came straight after another. */
  static final ObjectCodec<MoveCount, MoveCount> MOVE =
      ObjectCodec.of(
          "move count",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () -> new MoveCount(v.get(MOVE_FROM), v.get(MOVE_TO), v.get(MOVE_COUNT))),
          MOVE_FROM,
          MOVE_TO,
          MOVE_COUNT);

  // ---- paths ---------------------------------------------------------------------------------

  private static final Prop<PathsResult.StepRow, Step, Step> ROW_STEP =
      required("step", STEP, PathsResult.StepRow::step);
  private static final Prop<PathsResult.StepRow, Long, Long> ROW_EVENTS =
      required("events", COUNT, PathsResult.StepRow::events);
  private static final Prop<PathsResult.StepRow, Long, Long> ROW_JOURNEYS =
      required("journeys", COUNT, PathsResult.StepRow::journeys);
  private static final Prop<PathsResult.StepRow, Long, Long> ROW_STARTS =
      required("starts", COUNT, PathsResult.StepRow::starts);
  private static final Prop<PathsResult.StepRow, Long, Long> ROW_ENDS =
      required("ends", COUNT, PathsResult.StepRow::ends);

  static final ObjectCodec<PathsResult.StepRow, PathsResult.StepRow> STEP_ROW =
      ObjectCodec.of(
          "paths step",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new PathsResult.StepRow(
                          v.get(ROW_STEP),
                          v.get(ROW_EVENTS),
                          v.get(ROW_JOURNEYS),
                          v.get(ROW_STARTS),
                          v.get(ROW_ENDS))),
          ROW_STEP,
          ROW_EVENTS,
          ROW_JOURNEYS,
          ROW_STARTS,
          ROW_ENDS);

  private static final Prop<PathsResult.Variant, List<Step>, List<Step>> VARIANT_STEPS =
      required("steps", Codec.list(STEP), PathsResult.Variant::steps);
  private static final Prop<PathsResult.Variant, Long, Long> VARIANT_COUNT =
      required("count", COUNT, PathsResult.Variant::count);

  static final ObjectCodec<PathsResult.Variant, PathsResult.Variant> VARIANT =
      ObjectCodec.of(
          "variant",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new PathsResult.Variant(
                          ImmutableList.copyOf(v.get(VARIANT_STEPS)), v.get(VARIANT_COUNT))),
          VARIANT_STEPS,
          VARIANT_COUNT);

  private static final Prop<PathsResult.ChannelSwitch, Channel, Channel> SWITCH_FROM =
      required("from", enumOf(Channel.class), PathsResult.ChannelSwitch::from);
  private static final Prop<PathsResult.ChannelSwitch, Channel, Channel> SWITCH_TO =
      required("to", enumOf(Channel.class), PathsResult.ChannelSwitch::to);
  private static final Prop<PathsResult.ChannelSwitch, Long, Long> SWITCH_COUNT =
      required("count", COUNT, PathsResult.ChannelSwitch::count);

  static final ObjectCodec<PathsResult.ChannelSwitch, PathsResult.ChannelSwitch> CHANNEL_SWITCH =
      ObjectCodec.of(
          "channel switch",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new PathsResult.ChannelSwitch(
                          v.get(SWITCH_FROM), v.get(SWITCH_TO), v.get(SWITCH_COUNT))),
          SWITCH_FROM,
          SWITCH_TO,
          SWITCH_COUNT);

  private static final Prop<PathsResult.Gap, Step, Step> GAP_FROM =
      required("from", STEP, PathsResult.Gap::from);
  private static final Prop<PathsResult.Gap, Step, Step> GAP_TO =
      required("to", STEP, PathsResult.Gap::to);
  private static final Prop<PathsResult.Gap, Long, Long> GAP_COUNT =
      required("count", COUNT, PathsResult.Gap::count);
  private static final Prop<PathsResult.Gap, Long, Long> GAP_MEDIAN =
      required("medianSeconds", COUNT, g -> g.median().getSeconds());
  private static final Prop<PathsResult.Gap, Long, Long> GAP_P90 =
      required("p90Seconds", COUNT, g -> g.p90().getSeconds());

  static final ObjectCodec<PathsResult.Gap, PathsResult.Gap> GAP =
      ObjectCodec.of(
          "gap",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new PathsResult.Gap(
                          v.get(GAP_FROM),
                          v.get(GAP_TO),
                          v.get(GAP_COUNT),
                          Duration.ofSeconds(v.get(GAP_MEDIAN)),
                          Duration.ofSeconds(v.get(GAP_P90)))),
          GAP_FROM,
          GAP_TO,
          GAP_COUNT,
          GAP_MEDIAN,
          GAP_P90);

  private static final Prop<PathsResult, Long, Long> PATHS_JOURNEYS =
      required("journeys", COUNT, PathsResult::journeys);
  private static final Prop<PathsResult, Long, Long> PATHS_EVENTS =
      required("events", COUNT, PathsResult::events);
  private static final Prop<PathsResult, List<PathsResult.StepRow>, List<PathsResult.StepRow>>
      PATHS_STEPS = list("steps", STEP_ROW, PathsResult::steps);
  private static final Prop<PathsResult, List<MoveCount>, List<MoveCount>> PATHS_FOLLOWS =
      list("directlyFollows", MOVE, PathsResult::directlyFollows);
  private static final Prop<PathsResult, List<PathsResult.Variant>, List<PathsResult.Variant>>
      PATHS_VARIANTS = list("variants", VARIANT, PathsResult::variants);
  private static final Prop<PathsResult, Long, Long> PATHS_DISTINCT =
      required("distinctVariants", COUNT, PathsResult::distinctVariants);
  private static final Prop<
          PathsResult, List<PathsResult.ChannelSwitch>, List<PathsResult.ChannelSwitch>>
      PATHS_SWITCHES = list("channelSwitches", CHANNEL_SWITCH, PathsResult::channelSwitches);
  private static final Prop<PathsResult, List<PathsResult.Gap>, List<PathsResult.Gap>> PATHS_GAPS =
      list("gaps", GAP, PathsResult::gaps);

  static final ResultKind<PathsResult> PATHS =
      ResultKind.builtIn(
          PATHS_KIND,
          PathsResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new PathsResult(
                          v.get(PATHS_JOURNEYS),
                          v.get(PATHS_EVENTS),
                          ImmutableList.copyOf(v.get(PATHS_STEPS)),
                          ImmutableList.copyOf(v.get(PATHS_FOLLOWS)),
                          ImmutableList.copyOf(v.get(PATHS_VARIANTS)),
                          v.get(PATHS_DISTINCT),
                          ImmutableList.copyOf(v.get(PATHS_SWITCHES)),
                          ImmutableList.copyOf(v.get(PATHS_GAPS)))),
          List.of(
              PATHS_JOURNEYS,
              PATHS_EVENTS,
              PATHS_DISTINCT,
              PATHS_STEPS,
              PATHS_FOLLOWS,
              PATHS_VARIANTS,
              PATHS_SWITCHES,
              PATHS_GAPS),
          true);

  // ---- directly follows ----------------------------------------------------------------------

  private static final Prop<DirectlyFollowsResult.StepCount, Step, Step> COUNT_STEP =
      required("step", STEP, DirectlyFollowsResult.StepCount::step);
  private static final Prop<DirectlyFollowsResult.StepCount, Long, Long> COUNT_EVENTS =
      required("events", COUNT, DirectlyFollowsResult.StepCount::events);
  private static final Prop<DirectlyFollowsResult.StepCount, Long, Long> COUNT_STARTS =
      required("starts", COUNT, DirectlyFollowsResult.StepCount::starts);
  private static final Prop<DirectlyFollowsResult.StepCount, Long, Long> COUNT_ENDS =
      required("ends", COUNT, DirectlyFollowsResult.StepCount::ends);

  static final ObjectCodec<DirectlyFollowsResult.StepCount, DirectlyFollowsResult.StepCount>
      STEP_COUNT =
          ObjectCodec.of(
              "directly-follows step",
              (v, r) ->
                  r.build(
                      v,
                      null,
                      () ->
                          new DirectlyFollowsResult.StepCount(
                              v.get(COUNT_STEP),
                              v.get(COUNT_EVENTS),
                              v.get(COUNT_STARTS),
                              v.get(COUNT_ENDS))),
              COUNT_STEP,
              COUNT_EVENTS,
              COUNT_STARTS,
              COUNT_ENDS);

  private static final Prop<DirectlyFollowsResult, Long, Long> DF_JOURNEYS =
      required("journeys", COUNT, DirectlyFollowsResult::journeys);
  private static final Prop<DirectlyFollowsResult, Long, Long> DF_EVENTS =
      required("events", COUNT, DirectlyFollowsResult::events);
  private static final Prop<
          DirectlyFollowsResult,
          List<DirectlyFollowsResult.StepCount>,
          List<DirectlyFollowsResult.StepCount>>
      DF_STEPS = list("steps", STEP_COUNT, DirectlyFollowsResult::steps);
  private static final Prop<DirectlyFollowsResult, List<MoveCount>, List<MoveCount>> DF_FOLLOWS =
      list("directlyFollows", MOVE, DirectlyFollowsResult::directlyFollows);

  static final ResultKind<DirectlyFollowsResult> DIRECTLY_FOLLOWS =
      ResultKind.builtIn(
          DIRECTLY_FOLLOWS_KIND,
          DirectlyFollowsResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new DirectlyFollowsResult(
                          v.get(DF_JOURNEYS),
                          v.get(DF_EVENTS),
                          ImmutableList.copyOf(v.get(DF_STEPS)),
                          ImmutableList.copyOf(v.get(DF_FOLLOWS)))),
          List.of(DF_JOURNEYS, DF_EVENTS, DF_STEPS, DF_FOLLOWS),
          true);

  // ---- conformance ---------------------------------------------------------------------------

  private static final Prop<ConformanceResult.TouchpointRow, TouchpointId, TouchpointId>
      TP_TOUCHPOINT =
          required("touchpoint", TOUCHPOINT_ID, ConformanceResult.TouchpointRow::touchpoint);
  private static final Prop<ConformanceResult.TouchpointRow, StageId, StageId> TP_STAGE =
      required(
          "stage",
          id("stage id", StageId::of, StageId::value),
          ConformanceResult.TouchpointRow::stage);
  private static final Prop<ConformanceResult.TouchpointRow, Long, Long> TP_MET =
      required("met", COUNT, ConformanceResult.TouchpointRow::met);
  private static final Prop<ConformanceResult.TouchpointRow, Long, Long> TP_FAILING =
      required("failing", COUNT, ConformanceResult.TouchpointRow::failing);
  private static final Prop<ConformanceResult.TouchpointRow, Long, Long> TP_IRREGULAR =
      required("irregular", COUNT, ConformanceResult.TouchpointRow::irregular);
  private static final Prop<ConformanceResult.TouchpointRow, Long, Long> TP_MISSING =
      required("missing", COUNT, ConformanceResult.TouchpointRow::missing);
  private static final Prop<ConformanceResult.TouchpointRow, Long, Long> TP_JOURNEYS =
      required("journeys", COUNT, ConformanceResult.TouchpointRow::journeys);

  static final ObjectCodec<ConformanceResult.TouchpointRow, ConformanceResult.TouchpointRow>
      TOUCHPOINT_ROW =
          ObjectCodec.of(
              "conformance touchpoint",
              (v, r) ->
                  r.build(
                      v,
                      null,
                      () ->
                          new ConformanceResult.TouchpointRow(
                              v.get(TP_TOUCHPOINT),
                              v.get(TP_STAGE),
                              v.get(TP_MET),
                              v.get(TP_FAILING),
                              v.get(TP_IRREGULAR),
                              v.get(TP_MISSING),
                              v.get(TP_JOURNEYS))),
              TP_TOUCHPOINT,
              TP_STAGE,
              TP_MET,
              TP_FAILING,
              TP_IRREGULAR,
              TP_MISSING,
              TP_JOURNEYS);

  private static final Prop<ConformanceResult.StageRow, StageId, StageId> STAGE_STAGE =
      required(
          "stage", id("stage id", StageId::of, StageId::value), ConformanceResult.StageRow::stage);
  private static final Prop<ConformanceResult.StageRow, Long, Long> STAGE_MISSING =
      required("missing", COUNT, ConformanceResult.StageRow::missing);
  private static final Prop<ConformanceResult.StageRow, Long, Long> STAGE_FAILING =
      required("failing", COUNT, ConformanceResult.StageRow::failing);
  private static final Prop<ConformanceResult.StageRow, Long, Long> STAGE_IRREGULAR =
      required("irregular", COUNT, ConformanceResult.StageRow::irregular);
  private static final Prop<ConformanceResult.StageRow, Long, Long> STAGE_JOURNEYS =
      required("journeys", COUNT, ConformanceResult.StageRow::journeys);

  static final ObjectCodec<ConformanceResult.StageRow, ConformanceResult.StageRow> STAGE_ROW =
      ObjectCodec.of(
          "conformance stage",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ConformanceResult.StageRow(
                          v.get(STAGE_STAGE),
                          v.get(STAGE_MISSING),
                          v.get(STAGE_FAILING),
                          v.get(STAGE_IRREGULAR),
                          v.get(STAGE_JOURNEYS))),
          STAGE_STAGE,
          STAGE_MISSING,
          STAGE_FAILING,
          STAGE_IRREGULAR,
          STAGE_JOURNEYS);

  private static final Prop<ConformanceResult.StepCount, Step, Step> AD_HOC_STEP =
      required("step", STEP, ConformanceResult.StepCount::step);
  private static final Prop<ConformanceResult.StepCount, Long, Long> AD_HOC_COUNT =
      required("count", COUNT, ConformanceResult.StepCount::count);

  static final ObjectCodec<ConformanceResult.StepCount, ConformanceResult.StepCount> AD_HOC =
      ObjectCodec.of(
          "ad hoc step",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () -> new ConformanceResult.StepCount(v.get(AD_HOC_STEP), v.get(AD_HOC_COUNT))),
          AD_HOC_STEP,
          AD_HOC_COUNT);

  private static final Prop<ConformanceResult, JourneyId, JourneyId> CONF_JOURNEY =
      required(
          "journey", id("journey id", JourneyId::of, JourneyId::value), ConformanceResult::journey);
  private static final Prop<ConformanceResult, Long, Long> CONF_JOURNEYS =
      required("journeys", COUNT, ConformanceResult::journeys);
  private static final Prop<ConformanceResult, Long, Long> CONF_TOO_LONG =
      required("tooLong", COUNT, ConformanceResult::tooLong);
  private static final Prop<ConformanceResult, Long, Long> CONF_EVENTS =
      required("events", COUNT, ConformanceResult::events);
  private static final Prop<ConformanceResult, Long, Long> CONF_COST =
      required("cost", COUNT, ConformanceResult::cost);
  private static final Prop<ConformanceResult, Long, Long> CONF_TRIVIAL_COST =
      required("trivialCost", COUNT, ConformanceResult::trivialCost);
  private static final Prop<ConformanceResult, Long, Long> CONF_PERFECT =
      required("perfect", COUNT, ConformanceResult::perfect);
  private static final Prop<ConformanceResult, Double, Double> CONF_FITNESS =
      derived("fitness", NUMBER, c -> c.fitness().orElse(null));
  private static final Prop<
          ConformanceResult,
          List<ConformanceResult.TouchpointRow>,
          List<ConformanceResult.TouchpointRow>>
      CONF_TOUCHPOINTS = list("touchpoints", TOUCHPOINT_ROW, ConformanceResult::touchpoints);
  private static final Prop<
          ConformanceResult, List<ConformanceResult.StageRow>, List<ConformanceResult.StageRow>>
      CONF_STAGES = list("stages", STAGE_ROW, ConformanceResult::stages);
  private static final Prop<
          ConformanceResult, List<ConformanceResult.StepCount>, List<ConformanceResult.StepCount>>
      CONF_AD_HOC = list("adHoc", AD_HOC, ConformanceResult::adHoc);
  private static final Prop<ConformanceResult, List<MoveCount>, List<MoveCount>> CONF_DESIGNED =
      list("designedMoves", MOVE, ConformanceResult::designedMoves);
  private static final Prop<ConformanceResult, List<MoveCount>, List<MoveCount>> CONF_UNDESIGNED =
      list("undesignedMoves", MOVE, ConformanceResult::undesignedMoves);

  static final ResultKind<ConformanceResult> CONFORMANCE =
      ResultKind.builtIn(
          CONFORMANCE_KIND,
          ConformanceResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ConformanceResult(
                          v.get(CONF_JOURNEY),
                          v.get(CONF_JOURNEYS),
                          v.get(CONF_TOO_LONG),
                          v.get(CONF_EVENTS),
                          v.get(CONF_COST),
                          v.get(CONF_TRIVIAL_COST),
                          v.get(CONF_PERFECT),
                          ImmutableList.copyOf(v.get(CONF_TOUCHPOINTS)),
                          ImmutableList.copyOf(v.get(CONF_STAGES)),
                          ImmutableList.copyOf(v.get(CONF_AD_HOC)),
                          ImmutableList.copyOf(v.get(CONF_DESIGNED)),
                          ImmutableList.copyOf(v.get(CONF_UNDESIGNED)))),
          List.of(
              CONF_JOURNEY,
              CONF_JOURNEYS,
              CONF_TOO_LONG,
              CONF_EVENTS,
              CONF_COST,
              CONF_TRIVIAL_COST,
              CONF_PERFECT,
              CONF_FITNESS,
              CONF_TOUCHPOINTS,
              CONF_STAGES,
              CONF_AD_HOC,
              CONF_DESIGNED,
              CONF_UNDESIGNED),
          true);
}
