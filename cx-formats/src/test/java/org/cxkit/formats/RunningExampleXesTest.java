package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.journeys.DirectlyFollows;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.PathsResult;
import org.junit.jupiter.api.Test;

/**
 * A public log end to end: PM4Py's running example read as XES, then its directly-follows graph,
 * start and end activities and variants.
 *
 * <p>The log ({@code logs/running-example-shape.xes}) is cxkit's own XES with the 42 events of the
 * running example, typed in from the published event table: W. M. P. van der Aalst, <i>Process
 * Mining: Data Science in Action</i>, 2nd ed., Springer 2016, Table 1.1, as PM4Py ships it ({@code
 * pm4py-core/tests/input_data/running-example.csv}, the same events as its {@code
 * running-example.xes}). The expected values are the documented ones: the book's traces of the six
 * cases (section 1.2, in letters a register request, b examine thoroughly, c examine casually, d
 * check ticket, e decide, f reinitiate request, g pay compensation, h reject request); PM4Py's
 * {@code pm4py.discover_dfg} on that log, whose 16 pairs and counts were counted by hand from the
 * book's six traces (they agree with the counts a third-party PM4Py-based script prints; PM4Py's
 * own documentation draws the graph but does not list the numbers); and {@code
 * pm4py.get_start_activities} = {register request: 6}, {@code pm4py.get_end_activities} = {reject
 * request: 3, pay compensation: 3}.
 */
class RunningExampleXesTest {
  private static final List<String> LETTERS =
      List.of(
          "register-request",
          "examine-thoroughly",
          "examine-casually",
          "check-ticket",
          "decide",
          "reinitiate-request",
          "pay-compensation",
          "reject-request");

  /** The book's traces, case 1 to 6. */
  private static final List<String> TRACES =
      List.of("abdeh", "adceg", "acdefbdeg", "adbeh", "acdefdcefcdeh", "acdeg");

  static EventLog log() {
    List<JourneyEvent> events = new ArrayList<>();
    ReadReport r =
        XesLog.builder()
            .build()
            .read(XesLogTest.resource("running-example-shape.xes"), events::add);
    assertThat(r.rows()).isEqualTo(42);
    assertThat(r.rejected()).isZero();
    return EventLog.of(Grain.CASE, events);
  }

  private static Step step(char letter) {
    return Step.of(TouchpointId.of(LETTERS.get(letter - 'a')));
  }

  private static String letters(List<Step> steps) {
    return steps.stream()
        .map(s -> String.valueOf((char) ('a' + LETTERS.indexOf(s.label()))))
        .collect(Collectors.joining());
  }

  /** PM4Py's discover_dfg of the running example, as (from, to) in letters → count. */
  private static Map<String, Long> documentedDfg() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("ab", 1L); // register request -> examine thoroughly
    m.put("ac", 3L); // register request -> examine casually
    m.put("ad", 2L); // register request -> check ticket
    m.put("bd", 2L); // examine thoroughly -> check ticket
    m.put("be", 1L); // examine thoroughly -> decide
    m.put("cd", 4L); // examine casually -> check ticket
    m.put("ce", 2L); // examine casually -> decide
    m.put("db", 1L); // check ticket -> examine thoroughly
    m.put("dc", 2L); // check ticket -> examine casually
    m.put("de", 6L); // check ticket -> decide
    m.put("ef", 3L); // decide -> reinitiate request
    m.put("eg", 3L); // decide -> pay compensation
    m.put("eh", 3L); // decide -> reject request
    m.put("fb", 1L); // reinitiate request -> examine thoroughly
    m.put("fc", 1L); // reinitiate request -> examine casually
    m.put("fd", 1L); // reinitiate request -> check ticket
    return m;
  }

  @Test
  void theJourneysAreTheBooksTraces() {
    EventLog log = log();
    assertThat(log.journeys()).hasSize(6);
    Map<String, String> byCase = new LinkedHashMap<>();
    log.journeys()
        .forEach(
            j ->
                byCase.put(j.key(), letters(j.events().stream().map(JourneyEvent::step).toList())));
    assertThat(byCase)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "1", TRACES.get(0),
                "2", TRACES.get(1),
                "3", TRACES.get(2),
                "4", TRACES.get(3),
                "5", TRACES.get(4),
                "6", TRACES.get(5)));
  }

  @Test
  void directlyFollowsGraphStartsAndEndsAreTheDocumentedOnes() {
    EventLog log = log();
    DirectlyFollowsResult g = log.journeys().stream().collect(DirectlyFollows.create().collector());
    PathsResult p = log.journeys().stream().collect(JourneyPaths.create().collector());
    assertThat(g.journeys()).isEqualTo(6);
    assertThat(g.events()).isEqualTo(42);
    Map<String, Long> dfg = new LinkedHashMap<>();
    g.directlyFollows().forEach(m -> dfg.put(letters(List.of(m.from(), m.to())), m.count()));
    assertThat(dfg).containsExactlyInAnyOrderEntriesOf(documentedDfg());
    documentedDfg()
        .forEach(
            (pair, n) ->
                assertThat(g.count(step(pair.charAt(0)), step(pair.charAt(1))))
                    .as(pair)
                    .isEqualTo(n));
    // the full paths pass counts the same graph
    Map<String, Long> viaPaths = new LinkedHashMap<>();
    p.directlyFollows().forEach(m -> viaPaths.put(letters(List.of(m.from(), m.to())), m.count()));
    assertThat(viaPaths).containsExactlyInAnyOrderEntriesOf(documentedDfg());
    // start activities {register request: 6}; end activities {reject request: 3, pay compensation:
    // 3}
    Map<String, Long> starts = new LinkedHashMap<>();
    Map<String, Long> ends = new LinkedHashMap<>();
    g.steps()
        .forEach(
            s -> {
              if (s.starts() > 0) {
                starts.put(s.step().label(), s.starts());
              }
              if (s.ends() > 0) {
                ends.put(s.step().label(), s.ends());
              }
            });
    assertThat(starts).containsExactlyInAnyOrderEntriesOf(Map.of("register-request", 6L));
    assertThat(ends)
        .containsExactlyInAnyOrderEntriesOf(Map.of("reject-request", 3L, "pay-compensation", 3L));
    assertThat(p.step(step('a')).orElseThrow().starts()).isEqualTo(6);
    assertThat(p.step(step('h')).orElseThrow().ends()).isEqualTo(3);
    assertThat(p.step(step('g')).orElseThrow().ends()).isEqualTo(3);
  }

  @Test
  void variantsAreTheSixTraces() {
    PathsResult p = log().journeys().stream().collect(JourneyPaths.create().collector());
    // six cases, six different traces: pm4py.get_variants gives each a count of 1
    assertThat(p.distinctVariants()).isEqualTo(6);
    assertThat(p.variants()).allSatisfy(v -> assertThat(v.count()).isEqualTo(1));
    assertThat(p.variants().stream().map(v -> letters(v.steps())).toList())
        .containsExactlyInAnyOrderElementsOf(TRACES);
  }

  @Test
  void timesBetweenStepsAreElapsedTimeAcrossADaylightSavingChange() {
    // one case without offsets, read in Helsinki time: 02:59:30 and 04:00:10 on 29 March 2026,
    // when the clocks go from 03:00 to 04:00, are 40 s apart (not 1 h 0 min 40 s). In the running
    // example's +01:00 times, register request -> examine casually took 34 min (case 3, 14:32 ->
    // 15:06), 64 min (case 6, 15:02 -> 16:06) and 25 h 14 min (case 5, 6 Jan 09:02 -> 7 Jan 10:16)
    String xes =
        "<log><trace><string key=\"concept:name\" value=\"1\"/>"
            + "<event><string key=\"concept:name\" value=\"chat\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-03-29T02:59:30\"/></event>"
            + "<event><string key=\"concept:name\" value=\"call\"/>"
            + "<date key=\"time:timestamp\" value=\"2026-03-29T04:00:10\"/></event>"
            + "</trace></log>";
    List<JourneyEvent> events = new ArrayList<>();
    XesLog.builder()
        .zone(java.time.ZoneId.of("Europe/Helsinki"))
        .build()
        .read(XesLogTest.utf8(xes), events::add);
    PathsResult p =
        EventLog.of(Grain.CASE, events).journeys().stream()
            .collect(JourneyPaths.create().collector());
    assertThat(p.gaps()).singleElement().satisfies(g -> assertThat(g.median()).hasSeconds(40));
    PathsResult running = log().journeys().stream().collect(JourneyPaths.create().collector());
    // nearest rank of 3: the median is the 2nd, 3840 s, the p90 the 3rd, 90840 s; each reported as
    // its bucket's midpoint, within 1/32 of the value
    PathsResult.Gap ac =
        running.gaps().stream()
            .filter(g -> g.from().equals(step('a')) && g.to().equals(step('c')))
            .findFirst()
            .orElseThrow();
    assertThat(ac.count()).isEqualTo(3);
    assertThat(ac.median().toSeconds()).isBetween(3840L - 3840 / 32, 3840L + 3840 / 32);
    assertThat(ac.p90().toSeconds()).isBetween(90840L - 90840 / 32, 90840L + 90840 / 32);
  }
}
