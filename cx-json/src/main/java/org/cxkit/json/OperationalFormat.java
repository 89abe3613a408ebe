package org.cxkit.json;

import static org.cxkit.json.Codecs.COUNT;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.id;
import static org.cxkit.json.Prop.derived;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.analysis.OperationalResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.jspecify.annotations.Nullable;

/**
 * The result kind {@code "operational"} ({@code OperationalResult}, from {@code
 * OperationalFigures}): the measure (id, name, kind, unit, better, as a model declares it), the
 * minimum n, the interval level and a row per touchpoint. A row's n, mean, standard deviation,
 * median and 90th percentile and their intervals are the data, every figure in the measure's unit;
 * each target's figure (the row's mean, median or p90 by the target's unit) and status are derived
 * from them, the minimum n and the measure's direction: written for dashboards, checked when a
 * document carries them. A row's intervals must be at the result's level, a mean interval and a
 * standard deviation need at least two values, and a row with values has a mean, median and p90.
 */
final class OperationalFormat {
  private OperationalFormat() {}

  static final String OPERATIONAL_KIND = "operational";

  // ---- a target judged -----------------------------------------------------------------------

  private static final Prop<OperationalResult.Judged, MetricTarget, MetricTarget> JUDGED_TARGET =
      required("target", ResultFormat.TARGET, OperationalResult.Judged::target);
  private static final Prop<OperationalResult.Judged, Double, Double> JUDGED_FIGURE =
      derived("figure", NUMBER, j -> boxed(j.figure()));
  private static final Prop<OperationalResult.Judged, TargetStatus, TargetStatus> JUDGED_STATUS =
      derived("status", enumOf(TargetStatus.class), OperationalResult.Judged::status);

  /** A target of a row, read as its values: its figure and status depend on the row. */
  static final ObjectCodec<OperationalResult.Judged, Values> JUDGED =
      ObjectCodec.building(
          "operational target", (v, r) -> v, JUDGED_TARGET, JUDGED_FIGURE, JUDGED_STATUS);

  // ---- a row ---------------------------------------------------------------------------------

  private static final Prop<OperationalResult.Row, TouchpointId, TouchpointId> ROW_TOUCHPOINT =
      required(
          "touchpoint",
          id("touchpoint id", TouchpointId::of, TouchpointId::value),
          OperationalResult.Row::touchpoint);
  private static final Prop<OperationalResult.Row, Long, Long> ROW_N =
      required("n", COUNT, OperationalResult.Row::n);
  private static final Prop<OperationalResult.Row, Double, Double> ROW_MEAN =
      optional("mean", NUMBER, r -> boxed(r.mean()));
  private static final Prop<OperationalResult.Row, Interval, Interval> ROW_MEAN_INTERVAL =
      optional("meanInterval", ResultFormat.INTERVAL, r -> r.meanInterval().orElse(null));
  private static final Prop<OperationalResult.Row, Double, Double> ROW_SD =
      optional("standardDeviation", NUMBER, r -> boxed(r.standardDeviation()));
  private static final Prop<OperationalResult.Row, Double, Double> ROW_MEDIAN =
      optional("median", NUMBER, r -> boxed(r.median()));
  private static final Prop<OperationalResult.Row, Interval, Interval> ROW_MEDIAN_INTERVAL =
      optional("medianInterval", ResultFormat.INTERVAL, r -> r.medianInterval().orElse(null));
  private static final Prop<OperationalResult.Row, Double, Double> ROW_P90 =
      optional("p90", NUMBER, r -> boxed(r.p90()));
  private static final Prop<OperationalResult.Row, Interval, Interval> ROW_P90_INTERVAL =
      optional("p90Interval", ResultFormat.INTERVAL, r -> r.p90Interval().orElse(null));
  private static final Prop<OperationalResult.Row, List<OperationalResult.Judged>, List<Values>>
      ROW_TARGETS = Prop.list("targets", JUDGED, OperationalResult.Row::judged);

  /** A touchpoint's row, read as its values: its targets are judged with the result's settings. */
  static final ObjectCodec<OperationalResult.Row, Values> ROW =
      ObjectCodec.building(
          "operational row",
          (v, r) -> v,
          ROW_TOUCHPOINT,
          ROW_N,
          ROW_MEAN,
          ROW_MEAN_INTERVAL,
          ROW_SD,
          ROW_MEDIAN,
          ROW_MEDIAN_INTERVAL,
          ROW_P90,
          ROW_P90_INTERVAL,
          ROW_TARGETS);

  // ---- the result ----------------------------------------------------------------------------

  private static final Prop<OperationalResult, OperationalMeasure, OperationalMeasure>
      RESULT_MEASURE =
          required("measure", ModelFormat.OPERATIONAL_MEASURE, OperationalResult::measure);
  private static final Prop<OperationalResult, Long, Long> RESULT_MINIMUM_N =
      required("minimumN", COUNT, OperationalResult::minimumN);
  private static final Prop<OperationalResult, Double, Double> RESULT_LEVEL =
      required("level", NUMBER, OperationalResult::level);
  private static final Prop<OperationalResult, List<OperationalResult.Row>, List<Values>>
      RESULT_ROWS = Prop.list("rows", ROW, OperationalResult::rows);

  static final ResultKind<OperationalResult> OPERATIONAL =
      ResultKind.builtIn(
          OPERATIONAL_KIND,
          OperationalResult.class,
          OperationalFormat::read,
          List.of(RESULT_MEASURE, RESULT_MINIMUM_N, RESULT_LEVEL, RESULT_ROWS),
          true);

  private static OperationalResult read(Values v, TableReader r) {
    OperationalMeasure measure = v.get(RESULT_MEASURE);
    long minimumN = v.get(RESULT_MINIMUM_N);
    double level = v.get(RESULT_LEVEL);
    // the result's own checks (minimum n, level) first, so that rows are judged with valid ones
    r.build(v, null, () -> new OperationalResult(measure, minimumN, level, ImmutableList.of()));
    List<Values> rows = v.get(RESULT_ROWS);
    ImmutableList.Builder<OperationalResult.Row> built = ImmutableList.builder();
    r.path.push(RESULT_ROWS.name);
    for (int i = 0; i < rows.size(); i++) {
      r.path.push(i);
      built.add(row(rows.get(i), measure.higherIsBetter(), minimumN, level, r));
      r.path.pop();
    }
    r.path.pop();
    ImmutableList<OperationalResult.Row> all = built.build();
    return r.build(v, RESULT_ROWS, () -> new OperationalResult(measure, minimumN, level, all));
  }

  private static OperationalResult.Row row(
      Values g, boolean higherIsBetter, long minimumN, double level, TableReader r) {
    long n = g.get(ROW_N);
    OptionalDouble mean = optionalDouble(g.orNull(ROW_MEAN));
    OptionalDouble sd = optionalDouble(g.orNull(ROW_SD));
    OptionalDouble median = optionalDouble(g.orNull(ROW_MEDIAN));
    OptionalDouble p90 = optionalDouble(g.orNull(ROW_P90));
    Optional<Interval> meanInterval = g.find(ROW_MEAN_INTERVAL);
    Optional<Interval> medianInterval = g.find(ROW_MEDIAN_INTERVAL);
    Optional<Interval> p90Interval = g.find(ROW_P90_INTERVAL);
    if (n > 0 && (mean.isEmpty() || median.isEmpty() || p90.isEmpty())) {
      throw r.fail(
          g,
          null,
          Kind.STRUCTURE,
          "a row with values has a mean, a median and a p90",
          "all three",
          "one or more missing");
    }
    if (n < 2 && (sd.isPresent() || meanInterval.isPresent())) {
      throw r.fail(
          g,
          sd.isPresent() ? ROW_SD : ROW_MEAN_INTERVAL,
          Kind.STRUCTURE,
          "a standard deviation and a mean interval need at least two values",
          "n of at least 2",
          "n of " + n);
    }
    checkLevel(g, ROW_MEAN_INTERVAL, meanInterval, level, r);
    checkLevel(g, ROW_MEDIAN_INTERVAL, medianInterval, level, r);
    checkLevel(g, ROW_P90_INTERVAL, p90Interval, level, r);
    List<Values> targets = g.get(ROW_TARGETS);
    List<OperationalResult.Judged> judged = new ArrayList<>(targets.size());
    r.path.push(ROW_TARGETS.name);
    for (int j = 0; j < targets.size(); j++) {
      r.path.push(j);
      Values t = targets.get(j);
      MetricTarget target = t.get(JUDGED_TARGET);
      OperationalResult.Judged one = judge(target, n, mean, median, p90, higherIsBetter, minimumN);
      r.checkDerived(JUDGED, t, one);
      judged.add(one);
      r.path.pop();
    }
    r.path.pop();
    return r.build(
        g,
        null,
        () ->
            new OperationalResult.Row(
                g.get(ROW_TOUCHPOINT),
                n,
                mean,
                meanInterval,
                sd,
                median,
                medianInterval,
                p90,
                p90Interval,
                ImmutableList.copyOf(judged)));
  }

  /** A target judged as {@code OperationalFigures} judges it: by the row's figure of its unit. */
  private static OperationalResult.Judged judge(
      MetricTarget target,
      long n,
      OptionalDouble mean,
      OptionalDouble median,
      OptionalDouble p90,
      boolean higherIsBetter,
      long minimumN) {
    if (n == 0) {
      return new OperationalResult.Judged(
          target, OptionalDouble.empty(), TargetStatus.NOT_ENOUGH_DATA);
    }
    double figure =
        switch (target.unit()) {
          case MEDIAN -> median.getAsDouble();
          case P90 -> p90.getAsDouble();
          default -> mean.getAsDouble();
        };
    TargetStatus status =
        n < minimumN ? TargetStatus.TOO_FEW : TargetStatus.of(target, figure, higherIsBetter);
    return new OperationalResult.Judged(target, OptionalDouble.of(figure), status);
  }

  private static void checkLevel(
      Values g,
      Prop<OperationalResult.Row, Interval, Interval> at,
      Optional<Interval> interval,
      double level,
      TableReader r) {
    if (interval.isPresent() && interval.get().level() != level) {
      throw r.fail(
          g,
          at,
          Kind.STRUCTURE,
          "an interval of a row is at the result's level",
          "the result's level",
          "another level");
    }
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  private static OptionalDouble optionalDouble(@Nullable Double d) {
    return d == null ? OptionalDouble.empty() : OptionalDouble.of(d);
  }
}
