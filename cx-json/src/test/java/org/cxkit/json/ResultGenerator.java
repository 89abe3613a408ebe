package org.cxkit.json;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;

/**
 * Random metric results, built the way users get them: random scores through the calculators,
 * random journeys from cx-core's {@link ModelGenerator} through the scorecard.
 */
final class ResultGenerator {
  private ResultGenerator() {}

  static int[] scores(SplittableRandom rnd, Scale scale) {
    int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(200); // empty and tiny samples too
    int[] s = new int[n];
    for (int i = 0; i < n; i++) {
      s[i] = rnd.nextInt(scale.min(), scale.max() + 1);
    }
    return s;
  }

  static Scale scale(SplittableRandom rnd) {
    int min = rnd.nextInt(-3, 2);
    int points = rnd.nextInt(3, 12);
    int top = rnd.nextInt(1, points);
    int good = rnd.nextInt(top, points);
    int bottom = rnd.nextInt(1, points - good + 1);
    return rnd.nextBoolean()
        ? Scale.higherIsBetter(min, min + points - 1, top, good, bottom)
        : Scale.lowerIsBetter(min, min + points - 1, top, good, bottom);
  }

  /** An NPS, CSAT, CES or mean result on a random scale. */
  static MetricResult metricResult(SplittableRandom rnd) {
    switch (rnd.nextInt(4)) {
      case 0:
        return Nps.metric().compute(scores(rnd, Scale.NPS));
      case 1:
        return ScaleMetrics.csat().compute(scores(rnd, Scale.CSAT));
      case 2:
        return ScaleMetrics.ces().compute(scores(rnd, Scale.CES));
      default:
        Scale scale = scale(rnd);
        Measure m = Measure.of("m" + rnd.nextInt(100), "A host measure", scale);
        return ScaleMetrics.mean(m).compute(scores(rnd, scale));
    }
  }

  /**
   * A scorecard of a random journey of a random model, with random responses. Models without
   * journeys, or whose "nps" measure has a scale no NPS can be computed on (the generator redefines
   * built-in ids at random), are passed over for the next seed's.
   */
  static ScorecardResult scorecard(long seed) {
    for (long s = seed; ; s++) {
      try {
        return scorecardOf(s);
      } catch (IllegalArgumentException e) {
        if (!String.valueOf(e.getMessage()).contains("needs a bottom box") || s > seed + 100) {
          throw e;
        }
      }
    }
  }

  private static ScorecardResult scorecardOf(long seed) {
    CxModel model = ModelGenerator.model(seed);
    SplittableRandom rnd = new SplittableRandom(seed ^ 0x5c0_4ecaL);
    for (long s = seed + 1; model.journeys().isEmpty(); s++) {
      model = ModelGenerator.model(s);
    }
    Journey j = model.journeys().get(rnd.nextInt(model.journeys().size()));
    List<Response> responses = new ArrayList<>();
    int respondents = 1 + rnd.nextInt(30);
    for (Touchpoint t : j.touchpoints()) {
      if (rnd.nextInt(5) == 0) {
        continue; // no data
      }
      for (MetricTarget target : t.measures()) {
        if (model.operationalMeasure(target.measure()).isPresent()) {
          continue; // taken from operations, not asked: the scorecard leaves it out
        }
        Scale scale = model.measure(target.measure()).orElseThrow().scale();
        int n = rnd.nextInt(25);
        for (int i = 0; i < n; i++) {
          int score =
              rnd.nextInt(40) == 0 ? scale.max() + 1 : rnd.nextInt(scale.min(), scale.max() + 1);
          responses.add(
              Response.of("r" + rnd.nextInt(respondents), target.measure().value(), score)
                  .withTouchpoint(t.id().value()));
        }
      }
      if (rnd.nextInt(3) == 0) {
        responses.add(
            Response.of("r" + rnd.nextInt(respondents), "nps", rnd.nextInt(11))
                .withTouchpoint(t.id().value()));
      }
    }
    for (int i = rnd.nextInt(3); i > 0; i--) {
      responses.add(
          Response.of("x" + i, "nps", rnd.nextInt(11)).withTouchpoint("unknown-" + rnd.nextInt(5)));
    }
    for (int i = rnd.nextInt(3); i > 0; i--) {
      responses.add(Response.of("y" + i, "nps", rnd.nextInt(11)));
    }
    Scorecard card =
        Scorecard.builder(j)
            .model(model)
            .minimumN(rnd.nextInt(1, 12))
            .onBadInput(BadInput.collect(2)) // more rejects than listed: the count is primary
            .build();
    return card.compute(responses);
  }

  static UpliftResult uplift(SplittableRandom rnd) {
    Scale sat = rnd.nextBoolean() ? Scale.CSAT : Scale.higherIsBetter(0, 10, 2, 4, 5);
    DelightUplift.Outcome kind = DelightUplift.Outcome.values()[rnd.nextInt(3)];
    DelightUplift.BinaryTally binary = DelightUplift.binary(sat).newTally();
    DelightUplift.NpsTally nps = DelightUplift.nps(sat).newTally();
    int n = rnd.nextInt(4) == 0 ? rnd.nextInt(3) : rnd.nextInt(300);
    // a unit the user named, for a third of the numeric outcomes (no extra draw: the sequence
    // stays)
    DelightUplift<Double, DelightUplift.NumericTally> inUnit =
        n % 3 == 0
            ? DelightUplift.numeric(sat)
            : DelightUplift.numeric(sat).withOutcomeUnit(n % 3 == 1 ? "EUR" : "visits per year");
    DelightUplift.NumericTally numeric = inUnit.newTally();
    for (int i = 0; i < n; i++) {
      int s = rnd.nextInt(sat.min(), sat.max() + 1);
      switch (kind) {
        case BINARY -> binary.add(s, rnd.nextInt(10) < 3 + (s - sat.min()));
        case NPS -> nps.add(s, rnd.nextInt(11));
        case NUMERIC -> numeric.add(s, Math.round(rnd.nextDouble(-100, 1000) * 100) / 100.0);
      }
    }
    return switch (kind) {
      case BINARY -> binary.result();
      case NPS -> nps.result();
      case NUMERIC -> numeric.result();
    };
  }
}
