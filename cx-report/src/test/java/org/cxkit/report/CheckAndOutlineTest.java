package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.ModelPath;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What users read when they print a check or an outline: a summary line and an aligned table, one
 * finding a line with its sentence; outlines of models and journeys. The expected text is what
 * {@code CheckReport.toString()} and {@code outline()} printed before they moved here.
 */
class CheckAndOutlineTest {
  private static final CxModel MODEL = Fixtures.meetup();
  private static final Journey JOURNEY = Fixtures.firstVisit();

  @Test
  void aCheckReportIsASummaryLineAndAnAlignedTable() {
    CheckReport report = MODEL.check();
    List<String> lines = TextReport.table(report).lines().toList();
    assertThat(lines.get(0)).isEqualTo("CheckReport[19 findings: 15 MEDIUM, 4 LOW]");
    long rules = report.findings().stream().map(Finding::rule).distinct().count();
    assertThat(lines).hasSize(report.findings().size() + 1 + 1 + (int) rules);
    assertThat(lines.get(report.findings().size() + 1)).isEqualTo("  what to do:");
    assertThat(lines.get(report.findings().size() + 2))
        .isEqualTo("    CX401  Say what the customer should do, think and feel there.");
    assertThat(lines.get(1))
        .isEqualTo(
            "  MEDIUM CX401  journeys[first-visit].stages[discover].touchpoints[hear-about]"
                + ".goals      touchpoint 'hear-about' has no do, think or feel goals");
    assertThat(lines.get(16))
        .isEqualTo(
            "  LOW    CX103  strategy.intent"
                + " ".repeat(72 - "strategy.intent".length() + 2)
                + "the intended experience does not say: SUPPORTS_SELF_IMAGE, SURPRISES,"
                + " IS_REMEMBERED, MAKES_THEM_WANT_MORE");
    assertAligned(report);
    CheckReport one =
        new CheckReport(
            ImmutableList.of(
                Finding.of(
                    Rule.JOURNEY_MISSING_PHASE,
                    ModelPath.parse("journeys[j].stages"),
                    JourneyId.of("j"),
                    List.of(Phase.AFTER))));
    assertThat(TextReport.table(one))
        .isEqualTo(
            """
            CheckReport[1 finding: 1 HIGH]
              HIGH   CX301  journeys[j].stages  journey 'j' has no AFTER stage
              what to do:
                CX301  Design what happens before, during and after the service: experiences start\
             before and end after the service itself.""");
    assertThat(TextReport.table(new CheckReport(ImmutableList.of())))
        .isEqualTo("CheckReport[0 findings]");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedReportsAreAlignedToo(long seed) {
    CheckReport report = ModelGenerator.model(seed).check();
    long rules = report.findings().stream().map(Finding::rule).distinct().count();
    assertThat(TextReport.table(report).lines())
        .as(Seeds.describe(seed))
        .hasSize(report.findings().size() + 1 + (rules > 0 ? 1 + (int) rules : 0));
    assertAligned(report);
  }

  /**
   * Every message starts in the same column, whatever the severity, as long as paths fit the
   * column.
   */
  private static void assertAligned(CheckReport report) {
    List<String> lines =
        TextReport.table(report).lines().skip(1).limit(report.findings().size()).toList();
    int width =
        report.findings().stream().mapToInt(f -> f.path().toString().length()).max().orElse(0);
    if (width > 72) {
      return; // over-long paths push their message right; the shorter ones still line up
    }
    Integer column = null;
    for (int i = 0; i < lines.size(); i++) {
      Finding f = report.findings().get(i);
      String line = lines.get(i);
      String message = TextReport.message(f);
      assertThat(line)
          .startsWith(
              String.format(Locale.ROOT, "  %-6s %s  %s", f.severity(), f.code(), f.path()));
      int at = line.length() - message.length();
      assertThat(line.substring(at)).isEqualTo(message);
      if (column == null) {
        column = at;
      }
      assertThat(at).as(line).isEqualTo(column);
    }
  }

  @Test
  void outlinesAreReadableTables() {
    assertThat(TextReport.outline(JOURNEY))
        .isEqualTo(
            """
        Journey[first-visit: 4 stages, 10 touchpoints, 3 transitions, persona=maria, offering=waffle-wednesday, DRAFT]
          BEFORE  discover
                     hear-about               social_media  SOCIAL   -
                     event-page               web           BRAND    -
          BEFORE  sign-up
                     rsvp                     web           BRAND    [ces target mean 5]
                     reminder                 email         BRAND    -
          DURING  attend
                    *check-in                 face_to_face  BRAND    [csat target mean 4]
                     helpdesk                 phone         BRAND    -
                     talk                     event         BRAND    -
                     networking               event         BRAND    -
          AFTER   follow-up
                     slides                   email         BRAND    -
                     survey                   web           BRAND    [nps target 30 NPS points]
          check-in -EXCEPTION-> helpdesk (the guest list is down)
          helpdesk -EXPECTED-> talk
          reminder -LOOP_BACK-> event-page
        """);
    String outline = TextReport.outline(MODEL);
    assertThat(outline)
        .startsWith(
            MODEL
                + "\n  "
                + MODEL.strategy()
                + "\n  "
                + Fixtures.maria()
                + "\n  "
                + JOURNEY
                + "\n    BEFORE  discover\n");
    assertThat(outline.lines()).hasSize(3 + (int) TextReport.outline(JOURNEY).lines().count());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void equalModelsHaveEqualOutlines(long seed) {
    CxModel a = ModelGenerator.model(seed);
    CxModel b = ModelGenerator.model(seed);
    assertThat(TextReport.outline(b)).as(Seeds.describe(seed)).isEqualTo(TextReport.outline(a));
    for (Journey j : a.journeys()) {
      assertThat(TextReport.outline(a))
          .as(Seeds.describe(seed))
          .contains(TextReport.outline(j).lines().findFirst().orElseThrow());
    }
  }
}
