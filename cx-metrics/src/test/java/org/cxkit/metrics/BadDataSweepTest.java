package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ReferenceModels;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.OperationalFigures;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.journeys.Conformance;
import org.cxkit.metrics.journeys.RecoveryParadox;
import org.cxkit.metrics.journeys.ServiceRecovery;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public entry point of cx-metrics that counts user data, given bad data: each fails with the
 * one bad-input family ({@link BadInputException}, {@link BadColumnValueException} for the column
 * paths), with its stable code ({@link BadInputException#kind()}), its location where the data has
 * one, and a message that never repeats the bad value or the respondent. A planted bug is caught:
 * an entry point that throws {@link IllegalArgumentException} again, or quotes the value, fails its
 * row.
 */
class BadDataSweepTest {
  /** A value no scale here holds, and that no reason or range quotes by accident. */
  private static final int OFF = 4711;

  /** A respondent id that must never appear in a message: ids are personal data. */
  private static final String WHO = "respondent-secret-4711";

  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  /** One call with bad data and what its failure must look like. */
  record Row(String call, Kind kind, String location, String content, Runnable run) {
    @Override
    public String toString() {
      return call;
    }
  }

  private static Row row(String call, Kind kind, String location, String content, Runnable run) {
    return new Row(call, kind, location, content, run);
  }

  static Stream<Arguments> entryPoints() {
    Scorecard card = Scorecard.of(Fixtures.firstVisit());
    Trends trends = Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.DAY, ZoneOffset.UTC);
    KeyDrivers drivers = KeyDrivers.of("outcome", "driver");
    List<Row> rows =
        List.of(
            row(
                "Nps.of",
                Kind.STRUCTURE,
                "record 1, field 'scores'",
                "" + OFF,
                () -> Nps.of(9, OFF)),
            row(
                "Metric.compute(int[])",
                Kind.STRUCTURE,
                "record 2, field 'scores'",
                "" + OFF,
                () -> ScaleMetrics.csat().compute(new int[] {1, 5, OFF})),
            row(
                "Metric.compute(byte[])",
                Kind.STRUCTURE,
                "record 0, field 'scores'",
                "-77",
                () -> Nps.metric().compute(new byte[] {-77})),
            row(
                "Metric.compute(IntStream)",
                Kind.STRUCTURE,
                "record 1",
                "" + OFF,
                () -> Nps.metric().compute(IntStream.of(0, OFF))),
            row(
                "Metric.compute(Iterable<Response>)",
                Kind.STRUCTURE,
                "record 1, field 'score'",
                WHO,
                () ->
                    Nps.metric()
                        .compute(
                            List.of(Response.of("r", "nps", 9), Response.of(WHO, "nps", OFF)))),
            row(
                "Accumulator.add",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () -> ScaleMetrics.ces().newAccumulator().add(OFF)),
            row(
                "GroupedAccumulator.add",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () -> Nps.metric().newGroupedAccumulator(2).add(1, OFF)),
            row(
                "GroupedAccumulator.addAll(groups)",
                Kind.STRUCTURE,
                "record 1, field 'groups'",
                "" + OFF,
                () ->
                    Nps.metric()
                        .newGroupedAccumulator(2)
                        .addAll(new int[] {0, OFF}, new int[] {9, 9})),
            row(
                "GroupedAccumulator.addAll(scores), a custom metric's default grouping",
                Kind.STRUCTURE,
                "record 0, field 'scores'",
                "" + OFF,
                () ->
                    DefaultGroupedTest.Plain.nps()
                        .newGroupedAccumulator(1)
                        .addAll(new int[] {0}, new int[] {OFF})),
            row(
                "Scorecard.Tally.add",
                Kind.STRUCTURE,
                "record 0, field 'score'",
                WHO,
                () -> card.newTally().add(Response.of(WHO, "nps", OFF))),
            row(
                "Scorecard.Tally.addColumns",
                Kind.STRUCTURE,
                "record 0, field 'scores'",
                "" + OFF,
                () ->
                    card.newTally()
                        .addColumns(MeasureId.of("nps"), new int[] {0}, new int[] {OFF})),
            row(
                "Trends.State.add",
                Kind.STRUCTURE,
                "record 0, field 'score'",
                WHO,
                () -> trends.newState().add(Response.of(WHO, "nps", OFF).withTime(T0))),
            row(
                "Trends.State.addColumns",
                Kind.STRUCTURE,
                "record 1, field 'scores'",
                "" + OFF,
                () -> trends.newState().addColumns(new long[] {0, 0}, new int[] {9, OFF})),
            row(
                "DelightUplift.NpsTally.add (satisfaction)",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () -> DelightUplift.nps(Scale.CSAT).newTally().add(OFF, 9)),
            row(
                "DelightUplift.NpsTally.add (outcome)",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () -> DelightUplift.nps(Scale.CSAT).newTally().add(5, OFF)),
            row(
                "DelightUplift.NpsTally.addAll",
                Kind.STRUCTURE,
                "record 1",
                "" + OFF,
                () ->
                    DelightUplift.nps(Scale.CSAT)
                        .newTally()
                        .addAll(new int[] {5, 4}, new int[] {9, OFF})),
            row(
                "DelightUplift.BinaryTally.add",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () -> DelightUplift.binary(Scale.CSAT).newTally().add(OFF, true)),
            row(
                "DelightUplift.NumericTally.add",
                Kind.STRUCTURE,
                "",
                "Infinity",
                () ->
                    DelightUplift.numeric(Scale.CSAT).newTally().add(5, Double.NEGATIVE_INFINITY)),
            row(
                "KeyDrivers.State.add",
                Kind.STRUCTURE,
                "",
                "Infinity",
                () -> drivers.newState().add(Double.POSITIVE_INFINITY, 3)),
            row(
                "KeyDrivers.State.addWeighted",
                Kind.STRUCTURE,
                "",
                "4711",
                () -> drivers.newState().addWeighted(-4711.5, 3, 3)),
            row(
                "KeyDrivers.State.addColumns",
                Kind.STRUCTURE,
                "record 2",
                "Infinity",
                () ->
                    drivers
                        .newState()
                        .addColumns(
                            new double[] {1, 2, 3}, new double[] {1, 2, Double.POSITIVE_INFINITY})),
            row(
                "KeyDrivers.rows",
                Kind.STRUCTURE,
                "record 1, field 'respondent'",
                WHO,
                () ->
                    KeyDrivers.rows(
                        List.of(Response.of(WHO, "nps", 9), Response.of(WHO, "nps", 7)),
                        KeyDrivers.Item.overall("nps"),
                        List.of(KeyDrivers.Item.overall("csat")))),
            row(
                "ServiceRecovery.State.add (rating)",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () ->
                    ServiceRecovery.of(Scale.CSAT)
                        .newState()
                        .add(feedbackCase().ratingAfterRecovery(OFF).build())),
            row(
                "ServiceRecovery.State.add (time)",
                Kind.STRUCTURE,
                "",
                "36865",
                () ->
                    ServiceRecovery.of(Scale.CSAT)
                        .newState()
                        .add(
                            feedbackCase().firstResponse(T0.plus(Duration.ofDays(36865))).build())),
            row(
                "Conformance.align",
                Kind.LIMIT,
                "",
                WHO,
                () ->
                    Conformance.of(Fixtures.firstVisit())
                        .maxEvents(1)
                        .align(
                            ActualJourney.of(
                                Grain.CUSTOMER,
                                WHO,
                                List.of(
                                    JourneyEvent.of(WHO, "hear-about", T0),
                                    JourneyEvent.of(WHO, "hear-about", T0.plusSeconds(1)))))),
            row(
                "RecoveryParadox.State.add",
                Kind.STRUCTURE,
                "",
                "" + OFF,
                () ->
                    RecoveryParadox.of(Scale.CSAT)
                        .newState()
                        .add(RecoveryParadox.Group.RECOVERED, OFF)),
            row(
                "OperationalFigures.State.add (negative)",
                Kind.STRUCTURE,
                "",
                "4711",
                () -> shoeshineTimes().add(TouchpointId.of("shoeshine"), -OFF)),
            row(
                "OperationalFigures.State.add (not finite)",
                Kind.STRUCTURE,
                "",
                "NaN",
                () -> shoeshineTimes().add(TouchpointId.of("shoeshine"), Double.NaN)));
    return rows.stream().map(Arguments::of);
  }

  private static OperationalFigures.State shoeshineTimes() {
    CxModel m = ReferenceModels.shoeshine();
    return OperationalFigures.of(
            m.journey("corner-shoeshine").orElseThrow(), m.operationalMeasures().get(0))
        .newState();
  }

  private static FeedbackCase.Builder feedbackCase() {
    return FeedbackCase.builder()
        .id("c")
        .channel(Channel.WEB)
        .category("permit")
        .severity(CaseSeverity.MEDIUM)
        .received(T0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void badDataIsOneFamilyWithACodeAndALocationAndNoContent(Row row) {
    Throwable thrown = catchThrowable(row.run()::run);
    assertThat(thrown).as(row.call()).isInstanceOf(BadInputException.class);
    BadInputException bad = (BadInputException) thrown;
    assertThat(bad.kind()).as(row.call()).isEqualTo(row.kind());
    if (row.location().isEmpty()) {
      assertThat(bad.location()).as(row.call() + ": a value handed over alone").isEmpty();
    } else {
      assertThat(bad.location()).as(row.call()).isPresent();
      assertThat(bad.location().orElseThrow().toString()).as(row.call()).isEqualTo(row.location());
    }
    assertThat(bad.reason()).as(row.call()).isNotBlank();
    assertThat(bad.getMessage()).as(row.call()).doesNotContain(row.content());
    for (Throwable c = bad.getCause(); c != null; c = c.getCause()) {
      assertThat(String.valueOf(c.getMessage()))
          .as(row.call() + ": a cause")
          .doesNotContain(row.content());
    }
  }
}
