package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.MarketAnalysis;
import org.cxkit.core.strategy.MaturityLevel;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What users see when they print things in JShell: short one-line summaries and aligned tables. */
class ToStringTest {
  private static final CxModel MODEL = Fixtures.meetup();
  private static final Journey JOURNEY = Fixtures.firstVisit();

  @Test
  void aggregatesPrintAsOneLineSummaries() {
    assertThat(MODEL)
        .hasToString("CxModel[Waffle Wednesday: 1 segment, 1 persona, 1 journey, 10 touchpoints]");
    assertThat(JOURNEY)
        .hasToString(
            "Journey[first-visit: 4 stages, 10 touchpoints, 3 transitions, persona=maria,"
                + " offering=waffle-wednesday, DRAFT]");
    assertThat(MODEL.strategy())
        .hasToString(
            "Strategy[1 business goal, 1 offering, 1 segment,"
                + " MarketAnalysis[0 competitors, 0 insights], intent 0/4]");
    assertThat(CxModel.builder("Empty").build())
        .hasToString("CxModel[Empty: 0 segments, 0 personas, 0 journeys," + " 0 touchpoints]");
  }

  @Test
  void aJourneySummaryCountsStagesAndTouchpoints() {
    Journey.Builder b = Journey.builder("first-visit").persona("maria");
    int n = 0;
    for (Phase phase : Phase.values()) {
      Stage.Builder s = Stage.builder(phase.name().toLowerCase(java.util.Locale.ROOT), phase);
      for (int i = 0; i < (phase == Phase.DURING ? 5 : 3); i++) {
        s.touchpoint(Touchpoint.builder("t" + n++));
      }
      b.stage(s);
    }
    assertThat(b.build())
        .hasToString("Journey[first-visit: 3 stages, 11 touchpoints, persona=maria, DRAFT]");
    Journey one =
        Journey.builder("j")
            .persona("p")
            .status(JourneyStatus.LIVE)
            .stage(Stage.builder("s", Phase.DURING).touchpoint(Touchpoint.builder("t")))
            .transition("t", "t", TransitionKind.LOOP_BACK)
            .build();
    assertThat(one).hasToString("Journey[j: 1 stage, 1 touchpoint, 1 transition, persona=p, LIVE]");
  }

  @Test
  void partsPrintWhatMattersAboutThem() {
    assertThat(JOURNEY.stages())
        .extracting(Object::toString)
        .containsExactly(
            "Stage[discover (BEFORE): 2 touchpoints]",
            "Stage[sign-up (BEFORE): 2 touchpoints]",
            "Stage[attend (DURING): 4 touchpoints]",
            "Stage[follow-up (AFTER): 2 touchpoints]");
    assertThat(
            Stage.builder("discover", Phase.BEFORE)
                .name("Discover the event")
                .touchpoint(Touchpoint.builder("t"))
                .build())
        .hasToString("Stage[discover \"Discover the event\" (BEFORE): 1 touchpoint]");
    assertThat(JOURNEY.touchpoints())
        .extracting(Object::toString)
        .containsExactly(
            "Touchpoint[hear-about \"Hears about it from a friend\": ACTION social_media, SOCIAL (not controllable)]",
            "Touchpoint[event-page: ACTION web, BRAND]",
            "Touchpoint[rsvp: ACTION web, BRAND, ces target mean 5]",
            "Touchpoint[reminder \"Reminder e-mail\": COMMUNICATION organisation->customer email, BRAND]",
            "Touchpoint[check-in: ACTION face_to_face, BRAND, moment of truth, csat target mean 4]",
            "Touchpoint[helpdesk: ACTION phone, BRAND, off main path]",
            "Touchpoint[talk: ACTION event, BRAND]",
            "Touchpoint[networking: ACTION event, BRAND]",
            "Touchpoint[slides: COMMUNICATION organisation->customer email, BRAND]",
            "Touchpoint[survey: ACTION web, BRAND, nps target 30 NPS points]");
    assertThat(JOURNEY.transitions())
        .extracting(Object::toString)
        .containsExactly(
            "check-in -EXCEPTION-> helpdesk (the guest list is down)",
            "helpdesk -EXPECTED-> talk",
            "reminder -LOOP_BACK-> event-page");
    assertThat(JOURNEY.provenance())
        .hasToString(
            "Provenance[methods=[WORKSHOP, CUSTOMER_INTERVIEW],"
                + " participants={CUSTOMER=5, DESIGNER=2}, validated 2026-03-04]");
    assertThat(Provenance.NONE)
        .hasToString("Provenance[methods=[], participants={}, not validated]");
    assertThat(Fixtures.maria())
        .hasToString(
            "Persona[maria \"Maria, freelance designer\", segment=freelancers," + " with story]");
    assertThat(Persona.of("sam", "Sam")).hasToString("Persona[sam \"Sam\", no story]");
    assertThat(MODEL.strategy().offerings().get(0))
        .hasToString(
            "Offering[waffle-wednesday \"Waffle Wednesday\""
                + " SERVICE, ValueProposition[\"Ideas, people and waffles, every month\", 1 job, 1 pain, 1 gain]]");
    assertThat(MODEL.strategy().businessGoals().get(0))
        .hasToString(
            "BusinessGoal[community-growth: Grow the community; target +30 % members by 2027]");
    assertThat(BusinessGoal.of("g", "Grow")).hasToString("BusinessGoal[g: Grow; no target]");
    assertThat(MODEL.strategy().segments().get(0))
        .hasToString("Segment[freelancers \"Freelancers\"]");
    assertThat(CxMaturity.of(MaturityLevel.MANAGED, "x", LocalDate.of(2026, 1, 2)))
        .hasToString("CxMaturity[MANAGED on 2026-01-02]");
    assertThat(MarketAnalysis.of(List.of(Competitor.of("c")), List.of()))
        .hasToString("MarketAnalysis[1 competitor, 0 insights]");
  }

  @Test
  void measuresScalesAndTargets() {
    assertThat(Measure.CES).hasToString("Measure[ces \"Customer Effort Score\" 1..7]");
    assertThat(Scale.NPS).hasToString("Scale[0..10, top 9-10, good 9-10, bottom 0-6]");
    assertThat(Scale.CSAT).hasToString("Scale[1..5, top 5, good 4-5, bottom 1-2]");
    assertThat(Scale.lowerIsBetter(1, 7, 1, 2, 0))
        .hasToString("Scale[1..7 lower is better, top 1, good 1-2," + " bottom none]");
    assertThat(MetricTarget.npsPoints("nps", 30)).hasToString("nps target 30 NPS points");
    assertThat(MetricTarget.npsPoints("nps", -0.0)).hasToString("nps target 0 NPS points");
    assertThat(MetricTarget.goodBoxShare("csat", 80)).hasToString("csat target 80 % good box");
    assertThat(MetricTarget.topBoxShare("csat", 40.5)).hasToString("csat target 40.5 % top box");
    assertThat(MetricTarget.mean("csat", 4.25)).hasToString("csat target mean 4.25");
    assertThat(MetricTarget.mean("x", 1e20)).hasToString("x target mean 1.0E20");
    assertThat(MetricTarget.mean("x", -1e300)).hasToString("x target mean -1.0E300");
  }

  @Test
  void checksFindingsProblemsAndPaths() {
    assertThat(ModelCheck.defaults()).hasToString("ModelCheck[34 rules]");
    ModelPath p =
        ModelPath.root().element("journeys", 0, "onboarding").element("stages", 2).field("name");
    assertThat(p).hasToString("journeys[onboarding].stages[2].name");
    assertThat(p.toJsonPointer()).isEqualTo("/journeys/0/stages/2/name");
    assertThat(ModelPath.root()).hasToString("");
    assertThat(new Problem(p, "must not be blank"))
        .hasToString("journeys[onboarding].stages[2].name: must not be blank");
    assertThat(Finding.of(Rule.STAGE_EMPTY, p, StageId.of("x")))
        .hasToString("Finding[MEDIUM CX305 journeys[onboarding].stages[2].name]");
  }

  @Test
  void aCheckReportIsASummaryLine() {
    // The table of findings with their sentences is cx-report's TextReport.table(report).
    assertThat(MODEL.check()).hasToString("CheckReport[18 findings: 14 MEDIUM, 4 LOW]");
    CheckReport one =
        new CheckReport(
            com.google.common.collect.ImmutableList.of(
                Finding.of(
                    Rule.JOURNEY_MISSING_PHASE,
                    ModelPath.parse("journeys[j].stages"),
                    JourneyId.of("j"),
                    List.of(Phase.AFTER))));
    assertThat(one).hasToString("CheckReport[1 finding: 1 HIGH]");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void summariesStayShortForAnyModel(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    assertThat(m.toString())
        .as(why)
        .startsWith("CxModel[" + m.name() + ": ")
        .endsWith(" touchpoints]")
        .hasSizeLessThan(m.name().length() + 80);
    assertThat(m.check().toString()).as(why).startsWith("CheckReport[").doesNotContain("\n");
    for (Journey j : m.journeys()) {
      assertThat(j.toString())
          .as(why)
          .startsWith("Journey[" + j.id() + ": ")
          .doesNotContain("\n")
          .contains("persona=" + j.persona())
          .endsWith(", " + j.status() + "]")
          // the ids it names (each up to 64 characters) plus the counts and the status
          .hasSizeLessThan(
              120
                  + j.id().value().length()
                  + j.persona().value().length()
                  + j.offering().map(o -> o.value().length()).orElse(0));
    }
  }
}
