package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.cxkit.metrics.analysis.DriverWeight;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The report's charts: pinned byte for byte for a small fixed input (formats, ids and coordinates;
 * regenerate with {@code -Dcx.golden.update=true} after an intended change and review the diff),
 * well-formed with every user-given name escaped, and with every number written as text.
 */
class ChartsTest {
  static final Charts EN = new Charts(Messages.load(Locale.ENGLISH));

  static String scorecardChart() {
    return EN.scorecard(ReportFixtures.meetupCard(), "scorecard-first-visit") + "\n";
  }

  static String trendChart() {
    TrendResult t = ReportFixtures.trend("arrival");
    return EN.trend(t, t.series().get(0), "trend-0-0") + "\n";
  }

  static String driversChart() {
    return EN.quadrant(
            ReportFixtures.drivers("overall", "arrival", "networking", "waffles"), "drivers-0")
        + "\n";
  }

  static void golden(String name, String svg) throws Exception {
    Path file = Path.of("src/test/resources/golden", name);
    if (Boolean.getBoolean("cx.golden.update")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, svg, StandardCharsets.UTF_8);
    }
    assertThat(svg).as(name).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }

  static String flowChart() {
    return EN.flow(ReportFixtures.paths("asks the way"), "flow-0") + "\n";
  }

  @Test
  void theChartsOfASmallFixedInputAreTheGoldenFiles() throws Exception {
    golden("flow-chart.svg", flowChart());
    golden("scorecard-chart.svg", scorecardChart());
    golden("trend-chart.svg", trendChart());
    golden("drivers-chart.svg", driversChart());
    assertThat(trendChart()).as("the same chart twice").isEqualTo(trendChart());
  }

  static Document parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  static List<String> texts(Document d) {
    List<String> out = new ArrayList<>();
    NodeList n = d.getElementsByTagName("text");
    for (int i = 0; i < n.getLength(); i++) {
      out.add(n.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void aBarPerRowWithItsValueTargetAndStatusWrittenAndTheTargetDrawn() throws Exception {
    Document d = parse(scorecardChart());
    NodeList bars = d.getElementsByTagName("g");
    assertThat(bars.getLength()).isEqualTo(ReportFixtures.meetupCard().rows().size());
    assertThat(String.join("\n", texts(d)))
        .contains("rsvp \u00b7 ces")
        .containsPattern("mean \\d\\.\\d\\d / target mean 5\\.00 \u00b7 (met|missed)");
    assertThat(d.getElementsByTagName("line").getLength()).isGreaterThan(bars.getLength());
    assertThat(scorecardChart()).contains("class=\"target\"").contains(Charts.BLUE);
  }

  @Test
  void aTrendShowsEachValueTheSignificantChangeTheSignalAndTheLimits() throws Exception {
    String svg = trendChart();
    Document d = parse(svg);
    List<String> texts = texts(d);
    // 40 %, 70 % and 100 % are written; March has no answers, so no dot.
    assertThat(texts).contains("40.0", "70.0", "100.0", "significant +30.0", "centre 55.7");
    assertThat(svg).contains("id=\"trend-0-0-2026-01\"").doesNotContain("trend-0-0-2026-03\"");
    assertThat(svg).contains("class=\"point signal\"").contains("class=\"point too-small\"");
    assertThat(svg).contains("class=\"limits\"").contains("class=\"laney-limits\"");
    assertThat(svg).contains("class=\"change significant\"");
  }

  @Test
  void theQuadrantPlacesEachDriverWithItsNumbersAndTheAverages() throws Exception {
    KeyDriversResult r = ReportFixtures.drivers("overall", "arrival", "networking", "waffles");
    Document d = parse(driversChart());
    String texts = String.join("\n", texts(d));
    for (DriverWeight w : r.weights()) {
      assertThat(texts)
          .contains(w.driver())
          .contains(
              String.format(
                  Locale.ROOT, "%.1f %% \u00b7 mean %.2f", 100 * w.shapleyShare(), w.mean()));
      assertThat(driversChart())
          .contains(
              "class=\"driver "
                  + w.quadrant().name().toLowerCase(Locale.ROOT).replace('_', '-')
                  + "\" id=\"drivers-0-"
                  + w.driver()
                  + "\"");
    }
    assertThat(texts).contains("concentrate here", "keep up the good work", "low priority");
    assertThat(r.weight("networking").quadrant())
        .isEqualTo(DriverWeight.Quadrant.KEEP_UP_THE_GOOD_WORK);
  }

  @Test
  void namesFromUsersAreEscaped() throws Exception {
    String hostile = ReportFixtures.HOSTILE;
    KeyDriversResult r = ReportFixtures.drivers(hostile, hostile + "1", "b", "c");
    String svg = EN.quadrant(r, "drivers-x");
    Document d = parse(svg);
    assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
    assertThat(String.join("\n", texts(d))).contains("<script>alert('x')</script>");
  }

  @Test
  void finnishChartsUseTheFinnishNumbersAndWords() throws Exception {
    Charts fi = new Charts(Messages.load(Locale.forLanguageTag("fi-FI")));
    TrendResult t = ReportFixtures.trend("arrival");
    String svg = fi.trend(t, t.series().get(0), "t");
    assertThat(texts(parse(svg))).contains("40,0", "merkitsev\u00e4 +30,0", "keskiviiva 55,7");
    assertThat(svg).contains("kokonaisuus");
  }

  @Test
  void axisStepsAreRound() {
    assertThat(Charts.niceStep(7)).isEqualTo(10);
    assertThat(Charts.niceStep(21)).isEqualTo(25);
    assertThat(Charts.niceStep(1)).isEqualTo(1);
    assertThat(Charts.niceStep(0.3)).isEqualTo(0.5);
    assertThat(Charts.niceStep(0.11)).isEqualTo(0.2);
  }

  /** rsvp → check-in 4 times, check-in → survey 4, check-in → rsvp once (back), the ad hoc step. */
  @Test
  void theFlowDrawsEveryMoveWithItsCountAndEveryStepWithItsJourneys() throws Exception {
    org.cxkit.metrics.journeys.PathsResult r = ReportFixtures.paths("asks the way");
    String svg = flowChart();
    Document d = parse(svg);
    assertThat(d.getElementsByTagName("path").getLength()).isEqualTo(r.directlyFollows().size());
    List<String> texts = texts(d);
    for (org.cxkit.metrics.journeys.MoveCount m : r.directlyFollows()) {
      assertThat(svg).contains(m.from().label() + " \u2192 " + m.to().label() + ": " + m.count());
    }
    assertThat(texts).contains("rsvp", "check-in", "survey", "asks the way");
    // check-in: met by all five journeys, the start of one, the end of one.
    assertThat(texts).contains("journeys 5", "starts 1 \u00b7 ends 1", "ad hoc \u00b7 journeys 1");
    assertThat(svg).contains("class=\"move back\"").contains("class=\"step ad-hoc\"");
    // Laid out as journeys mostly go: from where most start, on to the most frequent next step.
    assertThat(Charts.flowOrder(r).stream().map(x -> x.step().label()))
        .containsExactly("rsvp", "check-in", "survey", "asks the way");
    String hostile = EN.flow(ReportFixtures.paths(ReportFixtures.HOSTILE), "flow-x");
    assertThat(hostile).doesNotContain("<script").doesNotContain("<b>");
    parse(hostile);
  }
}
