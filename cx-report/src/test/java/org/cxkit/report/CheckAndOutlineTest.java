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
    assertThat(lines.get(0)).isEqualTo("CheckReport[18 findings: 14 MEDIUM, 4 LOW]");
    long rules = report.findings().stream().map(Finding::rule).distinct().count();
    int findingLines = rows(report).size();
    assertThat(lines).hasSize(findingLines + 1 + 1 + (int) rules);
    assertThat(lines.get(findingLines + 1)).isEqualTo("  what to do:");
    assertThat(lines.get(findingLines + 2))
        .isEqualTo("    CX401  Say what the customer should do, think and feel there.");
    // A path wider than the column wraps after a dot; the message stays in its column.
    assertThat(lines.subList(1, 4))
        .containsExactly(
            "  MEDIUM CX401  journeys[first-visit].stages[discover].       "
                + "touchpoint 'event-page' has no do, think or feel goals",
            "                touchpoints[event-page].goals",
            "  MEDIUM CX403  journeys[first-visit].stages[discover].       "
                + "touchpoint 'event-page' is controllable but has no measure");
    assertThat(lines)
        .contains(
            "  LOW    CX103  strategy.intent"
                + " ".repeat(ModelText.PATH_COLUMN_LIMIT - "strategy.intent".length() + 2)
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

  @Test
  void longPathsWrapAfterADotAndAStepWiderThanTheColumnIsCut() {
    assertThat(ModelText.wrapPath("a.bb.ccc", 5)).containsExactly("a.bb.", "ccc");
    assertThat(ModelText.wrapPath("abcdefgh.i", 3)).containsExactly("abc", "def", "gh.", "i");
    assertThat(ModelText.wrapPath("short", 44)).containsExactly("short");
    assertThat(ModelText.wrapPath("", 4)).containsExactly("");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void generatedReportsAreAlignedToo(long seed) {
    CheckReport report = ModelGenerator.model(seed).check();
    long rules = report.findings().stream().map(Finding::rule).distinct().count();
    assertThat(TextReport.table(report).lines())
        .as(Seeds.describe(seed))
        .hasSize(rows(report).size() + 1 + (rules > 0 ? 1 + (int) rules : 0));
    assertAligned(report);
  }

  /** The lines of the findings: each finding's first line, then its path's continuation lines. */
  private static List<String> rows(CheckReport report) {
    List<String> lines = TextReport.table(report).lines().skip(1).toList();
    int end = lines.indexOf("  what to do:");
    return end < 0 ? lines : lines.subList(0, end);
  }

  /**
   * Every message starts in the same column, whatever the severity and however long the path: a
   * long path goes on, in the path's column, on lines of its own, and put together is the path.
   */
  private static void assertAligned(CheckReport report) {
    List<String> lines = rows(report);
    Integer column = null;
    int k = 0;
    for (Finding f : report.findings()) {
      String line = lines.get(k++);
      String message = TextReport.message(f);
      String head = String.format(Locale.ROOT, "  %-6s %s  ", f.severity(), f.code());
      assertThat(line).startsWith(head);
      int at = line.length() - message.length();
      assertThat(line.substring(at)).isEqualTo(message);
      if (column == null) {
        column = at;
      }
      assertThat(at).as(line).isEqualTo(column);
      StringBuilder path = new StringBuilder(line.substring(head.length(), at).strip());
      assertThat(line.substring(head.length(), at).length() - 2)
          .isLessThanOrEqualTo(ModelText.PATH_COLUMN_LIMIT);
      while (k < lines.size() && lines.get(k).startsWith(" ".repeat(head.length()))) {
        String more = lines.get(k++);
        assertThat(more.length() - head.length()).isLessThanOrEqualTo(ModelText.PATH_COLUMN_LIMIT);
        path.append(more.strip());
      }
      assertThat(path.toString()).isEqualTo(f.path().toString());
    }
    assertThat(k).isEqualTo(lines.size());
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
