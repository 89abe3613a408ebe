package org.cxkit.report;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.CxModel;
import org.cxkit.core.Measure;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.analysis.UpliftResult;

/** Models and results the HTML report's tests draw: small and fixed, wide, and hostile. */
final class ReportFixtures {
  /** A name that breaks out of markup if anything is left unescaped. */
  static final String HOSTILE = "<script>alert('x')</script> & \"quotes\" \u0007 </svg><b>";

  private ReportFixtures() {}

  /** cx-core's meetup model (a loop back, an exception, a moment of truth with a fail point). */
  static CxModel meetup() {
    return Fixtures.meetup();
  }

  /** Fixed answers for the meetup: rsvp meets its CES target, check-in misses its CSAT target. */
  static ScorecardResult meetupCard() {
    List<Response> rs = new ArrayList<>();
    int[] ces = {6, 7, 5, 4, 6, 7};
    int[] csat = {5, 2, 3, 4, 2, 5};
    int[] nps = {10, 9, 6, 8, 10, 3};
    for (int i = 0; i < 6; i++) {
      rs.add(Response.of("r" + i, "ces", ces[i]).withTouchpoint("rsvp"));
      rs.add(Response.of("r" + i, "csat", csat[i]).withTouchpoint("check-in"));
      rs.add(Response.of("r" + i, "nps", nps[i]).withTouchpoint("survey"));
    }
    return Scorecard.builder(Fixtures.firstVisit()).minimumN(3).build().compute(rs);
  }

  /** A binary uplift: 60 delighted (45 came back), 50 satisfied (25 came back). */
  static UpliftResult uplift() {
    DelightUplift.BinaryTally t = DelightUplift.binary(Scale.CSAT).newTally();
    for (int i = 0; i < 60; i++) {
      t.add(5, i < 45);
    }
    for (int i = 0; i < 50; i++) {
      t.add(4, i < 25);
    }
    return t.result();
  }

  /**
   * A journey of {@code n} touchpoints in stages of up to five, phases in order, every third a
   * moment of truth, every fourth with a fail point, a loop back and a skip; names are long and the
   * first touchpoint's, the stage's and the model's names are {@link #HOSTILE}.
   */
  static CxModel wide(int n) {
    Journey.Builder j = Journey.builder("wide").persona("p").name(HOSTILE);
    int stages = (n + 4) / 5;
    for (int s = 0; s < stages; s++) {
      Phase phase = Phase.values()[s * 3 / stages];
      Stage.Builder st = Stage.builder("s" + s, phase).name(s == 0 ? HOSTILE : "Stage number " + s);
      for (int k = s * 5; k < Math.min(n, s * 5 + 5); k++) {
        Touchpoint.Builder t =
            Touchpoint.builder("t" + k)
                .name(k == 0 ? HOSTILE : "Touchpoint with a rather long name number " + k)
                .channel(Channel.values()[k % Channel.values().length])
                .owner(k == 0 ? HOSTILE : "team " + k)
                .goals(TouchpointGoals.builder().feels(k == 0 ? HOSTILE : "calm").build())
                .frontstage(k == 0 ? HOSTILE : "What the customer sees at step " + k)
                .backstage(Backstage.builder().system(k == 0 ? HOSTILE : "CRM").build())
                .measure(MetricTarget.goodBoxShare("csat", 70));
        if (k % 3 == 0) {
          t.momentOfTruth();
        }
        if (k % 4 == 0) {
          t.failPoint(k == 0 ? HOSTILE : "can fail");
        }
        st.touchpoint(t);
      }
      j.stage(st);
    }
    if (n > 2) {
      j.transition("t" + (n - 1), "t0", TransitionKind.LOOP_BACK, HOSTILE);
      j.transition("t0", "t2", TransitionKind.SKIP);
    }
    return CxModel.builder(HOSTILE).persona(Persona.of("p", HOSTILE)).journey(j).build();
  }

  /** Answers for {@link #wide}: touchpoint k gets a CSAT good-box share that falls with k. */
  static ScorecardResult wideCard(CxModel model) {
    Journey j = model.journeys().get(0);
    List<Response> rs = new ArrayList<>();
    int n = j.touchpoints().size();
    for (int k = 0; k < n; k++) {
      for (int i = 0; i < 10; i++) {
        int score = i < 10 - (k * 7 / Math.max(1, n - 1)) ? 5 : 2;
        rs.add(Response.of("r" + i, "csat", score).withTouchpoint("t" + k));
      }
    }
    return Scorecard.builder(j).model(model).minimumN(5).build().compute(rs);
  }

  /**
   * A month-by-month top-box trend of CSAT, as in {@code TrendTableTest}: the overall series has a
   * significant rise from January to February, a month without answers, a month with too few, and
   * January below the p chart's lower limit; the touchpoint {@code touchpoint} has one month.
   */
  static TrendResult trend(String touchpoint) {
    List<Response> rs = new ArrayList<>();
    TrendTableTest.answers(rs, "", 1, 5, 40);
    TrendTableTest.answers(rs, "", 1, 3, 60);
    TrendTableTest.answers(rs, "", 2, 5, 70);
    TrendTableTest.answers(rs, "", 2, 3, 30);
    TrendTableTest.answers(rs, "", 4, 5, 3);
    TrendTableTest.answers(rs, touchpoint, 1, 5, 50);
    TrendTableTest.answers(rs, touchpoint, 1, 2, 50);
    return Trends.of(Measure.CSAT, Trends.Statistic.TOP_BOX, Trends.Period.MONTH, ZoneOffset.UTC)
        .newState()
        .addAll(rs)
        .result();
  }

  /**
   * Key drivers of an outcome from three drivers on one scale, 200 seeded rows: the outcome follows
   * {@code second} most, then {@code first}; {@code third} is noise.
   */
  static KeyDriversResult drivers(String outcome, String first, String second, String third) {
    KeyDrivers kd = KeyDrivers.of(outcome, first, second, third);
    KeyDrivers.State s = kd.newState();
    java.util.SplittableRandom r = new java.util.SplittableRandom(3);
    for (int i = 0; i < 200; i++) {
      double a = 1 + r.nextInt(5);
      double b = 2 + r.nextInt(4);
      double c = 1 + r.nextInt(4);
      s.add(0.5 * a + b + 0.1 * c + r.nextGaussian(), a, b, c);
    }
    return s.result();
  }

  /**
   * Observed paths of five journeys through the meetup's touchpoints: most go rsvp → check-in →
   * survey, one goes back from check-in to rsvp, one asks at an ad hoc "{@code label}" step.
   */
  static org.cxkit.metrics.journeys.PathsResult paths(String label) {
    String[][] cases = {
      {"rsvp", "check-in", "survey"},
      {"rsvp", "check-in", "survey"},
      {"rsvp", "check-in", "rsvp", "check-in", "survey"},
      {"rsvp", "", "check-in"},
      {"check-in", "survey"}
    };
    List<org.cxkit.core.observed.JourneyEvent> events = new ArrayList<>();
    java.time.Instant t0 = java.time.Instant.parse("2026-03-04T17:00:00Z");
    for (int c = 0; c < cases.length; c++) {
      for (int i = 0; i < cases[c].length; i++) {
        org.cxkit.core.observed.JourneyEvent.Builder e =
            org.cxkit.core.observed.JourneyEvent.builder()
                .caseId("c" + c)
                .time(t0.plusSeconds(600L * i));
        events.add((cases[c][i].isEmpty() ? e.adHoc(label) : e.touchpoint(cases[c][i])).build());
      }
    }
    return org.cxkit.metrics.journeys.JourneyPaths.create()
        .newState()
        .addAll(
            org.cxkit.core.observed.EventLog.of(org.cxkit.core.observed.Grain.CASE, events)
                .journeys())
        .result();
  }
}
