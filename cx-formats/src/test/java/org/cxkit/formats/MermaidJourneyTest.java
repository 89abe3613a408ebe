package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.MeasureId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Mermaid journey export, read back by {@link MermaidJourneyGrammar}: a section per stage and a
 * task per touchpoint in order, scores 1 to 5 by the documented mapping, and names from users
 * written so the grammar reads them as the names they are.
 */
class MermaidJourneyTest {
  static final Journey JOURNEY = Fixtures.firstVisit();

  @Test
  void aParallelGroupIsABandOfItsOwnInItsStage() {
    Journey clinic = Fixtures.clinicVisit();
    MermaidJourneyGrammar.Diagram d = MermaidJourneyGrammar.parse(MermaidJourney.render(clinic));
    assertThat(d.sections())
        .extracting(
            x ->
                x.name()
                    + ": "
                    + String.join(
                        ", ", x.tasks().stream().map(MermaidJourneyGrammar.Task::name).toList()))
        .containsExactly(
            "arrive: book-online, walk-in",
            "visit: check-in",
            "visit (in either order): Fills in the health form, Shows the insurance card",
            "visit: self-pay, consultation",
            "after: feedback");
    // a group at the end of its stage: no empty band after it
    Journey tail = Fixtures.line("a", "b", "c").parallel("c", "b").build();
    assertThat(MermaidJourneyGrammar.parse(MermaidJourney.render(tail)).sections())
        .extracting(MermaidJourneyGrammar.Section::name)
        .containsExactly("s", "s (in either order)");
  }

  @Test
  void aJourneyIsASectionPerStageAndATaskPerTouchpoint() {
    String doc = MermaidJourney.render(JOURNEY);
    assertThat(doc).startsWith("journey\n  title ").endsWith("\n");
    MermaidJourneyGrammar.Diagram d = MermaidJourneyGrammar.parse(doc);
    assertThat(d.title()).isEqualTo(JOURNEY.name());
    assertThat(d.sections().stream().map(MermaidJourneyGrammar.Section::name))
        .containsExactlyElementsOf(JOURNEY.stages().stream().map(Stage::name).toList());
    for (int i = 0; i < JOURNEY.stages().size(); i++) {
      Stage s = JOURNEY.stages().get(i);
      List<MermaidJourneyGrammar.Task> tasks = d.sections().get(i).tasks();
      assertThat(tasks.stream().map(MermaidJourneyGrammar.Task::name))
          .containsExactlyElementsOf(s.touchpoints().stream().map(Touchpoint::name).toList());
      for (MermaidJourneyGrammar.Task t : tasks) {
        assertThat(t.score()).isEqualTo(3);
        assertThat(t.actors()).containsExactly(JOURNEY.persona().value());
      }
    }
    assertThat(d.comments())
        .hasSize(JOURNEY.touchpoints().size())
        .allMatch(c -> c.startsWith("no score: "));
  }

  /** rsvp meets its CES target; check-in misses its CSAT target (answers as in cx-report's). */
  @Test
  void scoresComeFromTheScorecard() {
    List<Response> rs = new ArrayList<>();
    int[] ces = {6, 7, 5, 4, 6, 7};
    int[] csat = {5, 2, 3, 4, 2, 1};
    for (int i = 0; i < 6; i++) {
      rs.add(Response.of("c" + i, "ces", ces[i]).withTouchpoint("rsvp"));
      rs.add(Response.of("c" + i, "csat", csat[i]).withTouchpoint("check-in"));
    }
    ScorecardResult card = Scorecard.builder(JOURNEY).minimumN(5).build().compute(rs);
    MermaidJourneyGrammar.Diagram d =
        MermaidJourneyGrammar.parse(MermaidJourney.render(JOURNEY, card));
    List<MermaidJourneyGrammar.Task> tasks = new ArrayList<>();
    d.sections().forEach(s -> tasks.addAll(s.tasks()));
    List<Touchpoint> tps = JOURNEY.touchpoints();
    for (int i = 0; i < tps.size(); i++) {
      TouchpointId id = tps.get(i).id();
      Optional<TouchpointScore> row = card.rows(id).stream().findFirst();
      int expected = row.flatMap(MermaidJourney::score).orElse(MermaidJourney.UNSCORED);
      assertThat(tasks.get(i).score()).as(id.value()).isEqualTo(expected);
    }
    // rsvp: mean 5.83 against 5 on 1..7, met by 0.83/6 = 0.139 of the range: 5.
    assertThat(MermaidJourney.score(card.rows(TouchpointId.of("rsvp")).get(0))).contains(5);
    Journey other =
        Journey.builder("other")
            .persona("p")
            .stage(Stage.builder("s", Phase.DURING).touchpoint(Touchpoint.builder("t")))
            .build();
    assertThatThrownBy(() -> MermaidJourney.render(other, card))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scores: ");
  }

  static TouchpointScore row(MetricResult r, TargetStatus status, OptionalDouble relativeGap) {
    return new TouchpointScore(
        TouchpointId.of("t"),
        StageId.of("s"),
        Phase.DURING,
        MeasureId.of("m"),
        r,
        Optional.empty(),
        status,
        relativeGap.isPresent()
            ? OptionalDouble.of(relativeGap.getAsDouble() * 200)
            : OptionalDouble.empty(),
        relativeGap,
        OptionalDouble.empty());
  }

  @Test
  void theScoreMappingIsTheDocumentedTable() {
    MetricResult nps = Nps.of(10, 9, 6);
    double[][] cases = {
      {0.10, 5},
      {0.30, 5},
      {0.0999, 4},
      {0, 4},
      {-0.0001, 3},
      {-0.0999, 3},
      {-0.10, 2},
      {-0.2499, 2},
      {-0.25, 1},
      {-0.9, 1}
    };
    for (double[] c : cases) {
      assertThat(
              MermaidJourney.score(
                  row(
                      nps,
                      c[0] >= 0 ? TargetStatus.MET : TargetStatus.MISSED,
                      OptionalDouble.of(c[0]))))
          .as("relative gap %s", c[0])
          .contains((int) c[1]);
    }
    // No judged target: the value's fifth of its range. NPS of 10, 9, 6 is 33.3: level 0.667 → 4.
    assertThat(MermaidJourney.score(row(nps, TargetStatus.NO_TARGET, OptionalDouble.empty())))
        .contains(4);
    // All detractors: NPS −100, level 0 → 1; all promoters: level 1 → 5.
    assertThat(
            MermaidJourney.score(row(Nps.of(0, 1), TargetStatus.NO_TARGET, OptionalDouble.empty())))
        .contains(1);
    assertThat(
            MermaidJourney.score(
                row(Nps.of(10, 10), TargetStatus.NOT_ENOUGH_DATA, OptionalDouble.empty())))
        .contains(5);
    // CES on 1..7 (higher is better): a mean of 4 is level 0.5 → 3.
    MetricResult ces = ScaleMetrics.ces().compute(new int[] {3, 4, 5});
    assertThat(MermaidJourney.level(ces, 4)).isEqualTo(0.5);
    assertThat(MermaidJourney.score(row(ces, TargetStatus.NO_TARGET, OptionalDouble.empty())))
        .contains(3);
    // No answers: no score.
    assertThat(
            MermaidJourney.score(
                row(Nps.of(), TargetStatus.NOT_ENOUGH_DATA, OptionalDouble.empty())))
        .isEmpty();
  }

  @Test
  void aNameIsWrittenSoTheGrammarReadsItWhole() {
    assertThat(MermaidJourney.name("Pay: card; cash # 100%% sure", false))
        .isEqualTo("Pay\u2236 card\uFF1B cash \uFF03 100%\uFF05 sure");
    assertThat(MermaidJourney.name("Times: 10:00", true)).isEqualTo("Times: 10:00");
    assertThat(MermaidJourney.name("  two\nlines\r\n\u2028end ", false)).isEqualTo("two lines end");
    assertThat(MermaidJourney.name("Journey planner", false)).isEqualTo("\u2060Journey planner");
    assertThat(MermaidJourney.name("Section 8 form", false)).isEqualTo("\u2060Section 8 form");
    assertThat(MermaidJourney.name("Sections", false)).isEqualTo("Sections");
    assertThat(MermaidJourney.name("\n", false)).isEqualTo("-");
  }

  static final String[] PIECES = {
    "a",
    "Kahvi",
    " ",
    "  ",
    ":",
    ";",
    "#",
    "%",
    "%%",
    "\n",
    "\r\n",
    "\t",
    "\u2028",
    "journey",
    "JOURNEY ",
    "title ",
    "Section ",
    "accTitle",
    "accDescr {",
    "}",
    ",",
    "ä",
    "\uD83E\uDDC7",
    "1",
    "{",
    "\"",
    "<b>",
    "-->"
  };

  static String hostile(SplittableRandom r) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString().isBlank() ? "x" + b : b.toString();
  }

  static LongStream seeds() {
    return Seeds.seeds(60);
  }

  /** What a reader sees of a written name: full-width forms back, word joiners gone. */
  static String seen(String written) {
    return written
        .replace("\u2060", "")
        .replace('\u2236', ':')
        .replace('\uFF1B', ';')
        .replace('\uFF03', '#')
        .replace('\uFF05', '%');
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileNamesParseAsTheNamesTheyAre(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    Journey.Builder j = Journey.builder("j").name(hostile(r)).persona("p");
    int stages = 1 + r.nextInt(4);
    int k = 0;
    for (int s = 0; s < stages; s++) {
      Stage.Builder sb = Stage.builder("s" + s, Phase.DURING).name(hostile(r));
      int tps = r.nextInt(4);
      for (int t = 0; t < tps; t++) {
        sb.touchpoint(Touchpoint.builder("t" + k++).name(hostile(r)));
      }
      j.stage(sb);
    }
    Journey journey = j.build();
    String doc = MermaidJourney.render(journey);
    String what = Seeds.describe(seed);
    MermaidJourneyGrammar.Diagram d = MermaidJourneyGrammar.parse(doc);
    assertThat(seen(d.title())).as(what).isEqualTo(normal(journey.name()));
    assertThat(d.sections()).as(what).hasSize(journey.stages().size());
    for (int s = 0; s < stages; s++) {
      Stage stage = journey.stages().get(s);
      assertThat(seen(d.sections().get(s).name())).as(what).isEqualTo(normal(stage.name()));
      List<MermaidJourneyGrammar.Task> tasks = d.sections().get(s).tasks();
      assertThat(tasks).as(what).hasSize(stage.touchpoints().size());
      for (int t = 0; t < tasks.size(); t++) {
        assertThat(seen(tasks.get(t).name()))
            .as(what)
            .isEqualTo(normal(stage.touchpoints().get(t).name()));
        assertThat(tasks.get(t).score()).as(what).isEqualTo(3);
        assertThat(tasks.get(t).actors()).as(what).containsExactly("p");
      }
    }
  }

  /** A name with its whitespace runs (line breaks too) as one space, stripped; blank as "-". */
  static String normal(String name) {
    String s = name.replaceAll("[\\s\\u2028\\u2029\\p{Cc}]+", " ").strip();
    return s.isEmpty() ? "-" : s;
  }

  @Test
  void theCheckerRejectsWhatTheGrammarDoes() {
    // A colon in a task name splits it: the name is "Pay", the score "now" is not a number.
    assertThat(
            MermaidJourneyGrammar.parse("journey\n section A\n  Pay: now: 5\n")
                .sections()
                .get(0)
                .tasks()
                .get(0)
                .score())
        .isNaN();
    assertThatThrownBy(() -> MermaidJourneyGrammar.parse("journey\n  Journey planner: 5: me\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MermaidJourneyGrammar.parse("journey\n  Pay\n"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MermaidJourneyGrammar.parse("title x\n"))
        .isInstanceOf(IllegalArgumentException.class);
    // A comment hides the rest of its line: the task has no data.
    assertThatThrownBy(() -> MermaidJourneyGrammar.parse("journey\n  Pay #1: 5: me\n"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
