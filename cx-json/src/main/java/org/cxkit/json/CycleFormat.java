package org.cxkit.json;

import static org.cxkit.json.Codecs.COUNT;
import static org.cxkit.json.Codecs.DURATION;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.enumSet;
import static org.cxkit.json.Codecs.id;
import static org.cxkit.json.Prop.list;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.JourneyId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ExScorecardResult;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.journeys.DurationSummary;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.Rate;
import org.cxkit.metrics.journeys.RecoveryResult;

/**
 * The result kinds of the CX management cycle: {@code service-recovery} ({@link RecoveryResult}),
 * {@code recovery-paradox} ({@link ParadoxResult}) and {@code ex-scorecard} ({@link
 * ExScorecardResult}). As with cxkit's other kinds, a result is rebuilt from its primary data
 * (counts, durations, histograms, rows); shares, intervals and differences are derived, written for
 * dashboards and checked when read.
 */
final class CycleFormat {
  private CycleFormat() {}

  static final String RECOVERY_KIND = "service-recovery";
  static final String PARADOX_KIND = "recovery-paradox";
  static final String EX_KIND = "ex-scorecard";

  /** A scale result nested in one of these kinds, with its own {@code "kind"}. */
  private static final Codec<ScaleResult, ScaleResult> SCALE_RESULT =
      ResultFormat.nested(ScaleResult.class, "an object (scale result)");

  // ---- service recovery ----------------------------------------------------------------------

  private static final Prop<Rate, Long, Long> RATE_COUNT = required("count", COUNT, Rate::count);
  private static final Prop<Rate, Long, Long> RATE_OF = required("of", COUNT, Rate::of);
  private static final Prop<Rate, Double, Double> RATE_SHARE =
      Prop.derived("share", NUMBER, x -> x.value().orElse(null));
  private static final Prop<Rate, Interval, Interval> RATE_INTERVAL =
      Prop.derived("interval", ResultFormat.INTERVAL, x -> x.interval().orElse(null));

  /** A count of some cases, with its share and 95 % Wilson interval derived. */
  static final ObjectCodec<Rate, Rate> RATE =
      ObjectCodec.of(
          "rate",
          (v, r) -> r.build(v, null, () -> new Rate(v.get(RATE_COUNT), v.get(RATE_OF))),
          RATE_COUNT,
          RATE_OF,
          RATE_SHARE,
          RATE_INTERVAL);

  private static final Prop<DurationSummary, Long, Long> TIMES_N =
      required("n", COUNT, DurationSummary::n);
  private static final Prop<DurationSummary, Duration, Duration> TIMES_MEDIAN =
      optional("median", DURATION, d -> d.median().orElse(null));
  private static final Prop<DurationSummary, Duration, Duration> TIMES_P90 =
      optional("p90", DURATION, d -> d.p90().orElse(null));

  /** How many times, and their median and 90th percentile as ISO-8601 durations. */
  static final ObjectCodec<DurationSummary, DurationSummary> TIMES =
      ObjectCodec.of(
          "duration summary",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new DurationSummary(v.get(TIMES_N), v.find(TIMES_MEDIAN), v.find(TIMES_P90))),
          TIMES_N,
          TIMES_MEDIAN,
          TIMES_P90);

  private static final Prop<
          Map.Entry<RecoveryAction, RecoveryResult.ByAction>, RecoveryAction, RecoveryAction>
      ACTION_NAME = required("action", enumOf(RecoveryAction.class), Map.Entry::getKey);
  private static final Prop<Map.Entry<RecoveryAction, RecoveryResult.ByAction>, Long, Long>
      ACTION_CASES = required("cases", COUNT, e -> e.getValue().cases());
  private static final Prop<
          Map.Entry<RecoveryAction, RecoveryResult.ByAction>, ScaleResult, ScaleResult>
      ACTION_RATINGS = required("ratings", SCALE_RESULT, e -> e.getValue().ratings());

  static final ObjectCodec<
          Map.Entry<RecoveryAction, RecoveryResult.ByAction>,
          Map.Entry<RecoveryAction, RecoveryResult.ByAction>>
      ACTION =
          ObjectCodec.of(
              "recovery action",
              (v, r) ->
                  r.build(
                      v,
                      null,
                      () ->
                          new AbstractMap.SimpleImmutableEntry<>(
                              v.get(ACTION_NAME),
                              new RecoveryResult.ByAction(
                                  v.get(ACTION_CASES), v.get(ACTION_RATINGS)))),
              ACTION_NAME,
              ACTION_CASES,
              ACTION_RATINGS);

  private static final Prop<RecoveryResult, Long, Long> RECOVERY_CASES =
      required("cases", COUNT, RecoveryResult::cases);
  private static final Prop<RecoveryResult, Rate, Rate> RECOVERY_RESOLVED =
      required("resolved", RATE, RecoveryResult::resolved);
  private static final Prop<RecoveryResult, Rate, Rate> RECOVERY_FCR =
      required("firstContactResolution", RATE, RecoveryResult::firstContactResolution);
  private static final Prop<RecoveryResult, Rate, Rate> RECOVERY_SWITCHED =
      required("switchedChannel", RATE, RecoveryResult::switchedChannel);
  private static final Prop<RecoveryResult, Long, Long> RECOVERY_SWITCHES =
      required("channelSwitches", COUNT, RecoveryResult::channelSwitches);
  private static final Prop<RecoveryResult, Double, Double> RECOVERY_SWITCHES_PER_CASE =
      Prop.derived("switchesPerCase", NUMBER, x -> x.switchesPerCase().orElse(null));
  private static final Prop<RecoveryResult, DurationSummary, DurationSummary> RECOVERY_RESPONSE =
      required("timeToFirstResponse", TIMES, RecoveryResult::timeToFirstResponse);
  private static final Prop<RecoveryResult, DurationSummary, DurationSummary> RECOVERY_RESOLUTION =
      required("timeToResolution", TIMES, RecoveryResult::timeToResolution);
  private static final Prop<
          RecoveryResult,
          List<Map.Entry<RecoveryAction, RecoveryResult.ByAction>>,
          List<Map.Entry<RecoveryAction, RecoveryResult.ByAction>>>
      RECOVERY_ACTIONS =
          required(
              "byAction", Codec.list(ACTION), x -> ImmutableList.copyOf(x.byAction().entrySet()));

  static final ResultKind<RecoveryResult> RECOVERY =
      ResultKind.builtIn(
          RECOVERY_KIND,
          RecoveryResult.class,
          (v, r) -> {
            Map<RecoveryAction, RecoveryResult.ByAction> by = new EnumMap<>(RecoveryAction.class);
            for (Map.Entry<RecoveryAction, RecoveryResult.ByAction> e : v.get(RECOVERY_ACTIONS)) {
              if (by.put(e.getKey(), e.getValue()) != null) {
                throw r.fail(
                    v,
                    RECOVERY_ACTIONS,
                    Kind.STRUCTURE,
                    "an action listed twice",
                    "each recovery action once",
                    null);
              }
            }
            return r.build(
                v,
                null,
                () ->
                    RecoveryResult.of(
                        v.get(RECOVERY_CASES),
                        v.get(RECOVERY_RESOLVED),
                        v.get(RECOVERY_FCR),
                        v.get(RECOVERY_SWITCHED),
                        v.get(RECOVERY_SWITCHES),
                        v.get(RECOVERY_RESPONSE),
                        v.get(RECOVERY_RESOLUTION),
                        by));
          },
          List.of(
              RECOVERY_CASES,
              RECOVERY_FCR,
              RECOVERY_RESOLVED,
              RECOVERY_SWITCHED,
              RECOVERY_SWITCHES,
              RECOVERY_SWITCHES_PER_CASE,
              RECOVERY_RESPONSE,
              RECOVERY_RESOLUTION,
              RECOVERY_ACTIONS),
          true);

  // ---- recovery paradox ----------------------------------------------------------------------

  private static final Prop<ParadoxResult, ScaleResult, ScaleResult> PARADOX_RECOVERED =
      required("recovered", SCALE_RESULT, ParadoxResult::recovered);
  private static final Prop<ParadoxResult, ScaleResult, ScaleResult> PARADOX_NOT_RECOVERED =
      required("notRecovered", SCALE_RESULT, ParadoxResult::notRecovered);
  private static final Prop<ParadoxResult, ScaleResult, ScaleResult> PARADOX_NEVER_FAILED =
      required("neverFailed", SCALE_RESULT, ParadoxResult::neverFailed);

  static final ResultKind<ParadoxResult> PARADOX =
      ResultKind.builtIn(
          PARADOX_KIND,
          ParadoxResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ParadoxResult(
                          v.get(PARADOX_RECOVERED),
                          v.get(PARADOX_NOT_RECOVERED),
                          v.get(PARADOX_NEVER_FAILED))),
          List.of(
              PARADOX_RECOVERED,
              PARADOX_NOT_RECOVERED,
              PARADOX_NEVER_FAILED,
              Prop.<ParadoxResult, Double, Double>derived(
                  "difference", NUMBER, p -> p.difference().orElse(null)),
              Prop.<ParadoxResult, Interval, Interval>derived(
                  "interval",
                  ResultFormat.INTERVAL,
                  p -> p.interval(ResultFormat.LEVEL).orElse(null))),
          true);

  // ---- EX beside CX ----------------------------------------------------------------------------

  private static final Prop<ExScorecardResult.Row, TouchpointId, TouchpointId> EX_TOUCHPOINT =
      required(
          "touchpoint",
          id("touchpoint id", TouchpointId::of, TouchpointId::value),
          ExScorecardResult.Row::touchpoint);
  private static final Prop<ExScorecardResult.Row, List<String>, List<String>> EX_ROLES =
      required("roles", Codec.list(STRING), ExScorecardResult.Row::roles);
  private static final Prop<ExScorecardResult.Row, Set<Enabler>, Set<Enabler>> EX_ENABLERS =
      required("enablers", enumSet(Enabler.class), ExScorecardResult.Row::enablers);
  private static final Prop<ExScorecardResult.Row, TouchpointScore, TouchpointScore> EX_EMPLOYEE =
      optional("employee", ResultFormat.ROW, x -> x.employee().orElse(null));
  private static final Prop<ExScorecardResult.Row, List<TouchpointScore>, List<TouchpointScore>>
      EX_CUSTOMER = list("customer", ResultFormat.ROW, ExScorecardResult.Row::customer);

  static final ObjectCodec<ExScorecardResult.Row, ExScorecardResult.Row> EX_ROW =
      ObjectCodec.of(
          "EX scorecard row",
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ExScorecardResult.Row(
                          v.get(EX_TOUCHPOINT),
                          ImmutableList.copyOf(v.get(EX_ROLES)),
                          ImmutableSet.copyOf(v.get(EX_ENABLERS)),
                          Optional.ofNullable(v.orNull(EX_EMPLOYEE)),
                          ImmutableList.copyOf(v.get(EX_CUSTOMER)))),
          EX_TOUCHPOINT,
          EX_ROLES,
          EX_ENABLERS,
          EX_EMPLOYEE,
          EX_CUSTOMER);

  private static final Prop<ExScorecardResult, JourneyId, JourneyId> EX_JOURNEY =
      required(
          "journey", id("journey id", JourneyId::of, JourneyId::value), ExScorecardResult::journey);
  private static final Prop<ExScorecardResult, Long, Long> EX_MINIMUM_N =
      required("minimumN", COUNT, ExScorecardResult::minimumN);
  private static final Prop<
          ExScorecardResult, List<ExScorecardResult.Row>, List<ExScorecardResult.Row>>
      EX_ROWS = list("rows", EX_ROW, ExScorecardResult::rows);

  static final ResultKind<ExScorecardResult> EX =
      ResultKind.builtIn(
          EX_KIND,
          ExScorecardResult.class,
          (v, r) ->
              r.build(
                  v,
                  null,
                  () ->
                      new ExScorecardResult(
                          v.get(EX_JOURNEY),
                          v.get(EX_MINIMUM_N),
                          ImmutableList.copyOf(v.get(EX_ROWS)))),
          List.of(
              EX_JOURNEY,
              EX_MINIMUM_N,
              EX_ROWS,
              Prop.<ExScorecardResult, List<TouchpointId>, List<TouchpointId>>derived(
                  "tooFew",
                  Codec.list(id("touchpoint id", TouchpointId::of, TouchpointId::value)),
                  x -> x.tooFew().isEmpty() ? null : new ArrayList<>(x.tooFew()))),
          true);
}
