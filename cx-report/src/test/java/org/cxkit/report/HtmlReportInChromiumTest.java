package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.cxkit.core.CxModel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report as a user sees it: opened from disk in headless Chromium, the page loads without
 * a console message (a blocked network request or a script error would log one), its DOM has one
 * card per touchpoint with the stages in order and the weakest link marked, and a screenshot of it
 * is the size asked for and not blank.
 *
 * <p>Needs Debian's {@code chromium} at {@code /usr/bin/chromium} (or {@code -Dcx.chromium=PATH});
 * {@code .ci/run} installs it. Without it this test fails and says how to install it: a test whose
 * tool is missing never passes.
 */
class HtmlReportInChromiumTest {
  static final String CHROMIUM = System.getProperty("cx.chromium", "/usr/bin/chromium");

  @TempDir Path dir;

  /** Fails, saying how to install it, when Chromium is not there. */
  static Path chromium() {
    Path exe = Path.of(CHROMIUM);
    if (!Files.isExecutable(exe)) {
      fail(
          "Chromium is needed to test the HTML report and "
              + exe
              + " is not there: run .ci/run (it installs it), or `sudo apt-get install -y"
              + " chromium`, or point -Dcx.chromium= at a Chromium binary");
    }
    return exe;
  }

  /** Runs headless Chromium on a file with extra arguments; returns stdout and stderr. */
  static String[] run(Path file, Path profile, String... args) throws Exception {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                chromium().toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--enable-logging=stderr",
                "--v=0",
                "--user-data-dir=" + profile));
    cmd.addAll(List.of(args));
    cmd.add(file.toUri().toString());
    Path out = Files.createTempFile(profile.getParent(), "out", ".txt");
    Path err = Files.createTempFile(profile.getParent(), "err", ".txt");
    Process p =
        new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within 120 s: " + cmd);
    }
    return new String[] {
      Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)
    };
  }

  @Test
  void theReportLoadsWithACardPerTouchpointTheStagesInOrderAndTheWeakestLinkMarked()
      throws Exception {
    for (CxModel model : List.of(ReportFixtures.meetup(), ReportFixtures.wide(12))) {
      boolean meetup = model.journeys().get(0).id().value().equals("first-visit");
      ScorecardResult card = meetup ? ReportFixtures.meetupCard() : ReportFixtures.wideCard(model);
      Path file = dir.resolve(model.journeys().get(0).id().value() + ".html");
      HtmlReport.builder()
          .model(model)
          .scorecard(card)
          .uplift(ReportFixtures.uplift(), "came back")
          .build()
          .write(file);
      Path profile = Files.createDirectory(dir.resolve("profile-" + file.getFileName()));
      String[] result = run(file, profile, "--dump-dom");
      String dom = result[0];
      assertThat(result[1]).as("console messages").doesNotContain(":CONSOLE");
      assertThat(dom).contains("</svg>").doesNotContain("<script");

      Journey journey = model.journeys().get(0);
      List<String> cards = ids(dom, "<g class=\"card [^\"]*\" id=\"tp-([^\"]+)\"");
      assertThat(cards)
          .containsExactlyElementsOf(
              journey.touchpoints().stream().map(t -> t.id().value()).toList());
      List<String> stages = ids(dom, "<g class=\"stage\" id=\"stage-([^\"]+)\"");
      assertThat(stages)
          .containsExactlyElementsOf(journey.stages().stream().map(s -> s.id().value()).toList());
      List<String> weakest = ids(dom, "<g class=\"card [^\"]*weakest[^\"]*\" id=\"tp-([^\"]+)\"");
      assertThat(weakest).containsExactly(card.weakestLink().orElseThrow().touchpoint().value());
      for (Stage s : journey.stages()) {
        for (Touchpoint t : s.touchpoints()) {
          assertThat(dom)
              .contains("id=\"tp-" + t.id().value() + "\" data-stage=\"" + s.id().value());
        }
      }
    }
  }

  /**
   * The charts as Chromium builds them: the scorecard's bars, a chart per trend series and the key
   * drivers' quadrant are in the DOM, with no console message; the Finnish page, as rendered, shows
   * no English label.
   */
  @Test
  void theChartsLoadAndTheFinnishPageHasNoEnglishLabel() throws Exception {
    Path english =
        HtmlReport.builder()
            .model(ReportFixtures.meetup())
            .scorecard(ReportFixtures.meetupCard())
            .trend(ReportFixtures.trend("talk"))
            .drivers(ReportFixtures.drivers("overall", "talk", "networking", "waffles"))
            .paths(ReportFixtures.paths("asks the way"))
            .build()
            .write(dir.resolve("charts.html"));
    String[] result = run(english, Files.createDirectory(dir.resolve("profile-en")), "--dump-dom");
    assertThat(result[1]).as("console messages").doesNotContain(":CONSOLE");
    String dom = result[0];
    assertThat(ids(dom, "<svg [^>]*class=\"chart\" id=\"([^\"]+)\""))
        .containsExactly("scorecard-first-visit", "trend-0-0", "trend-0-1", "drivers-0", "flow-0");
    assertThat(ids(dom, "<g class=\"bar [^\"]*\" id=\"([^\"]+)\""))
        .hasSize(ReportFixtures.meetupCard().rows().size());
    assertThat(dom).contains("class=\"change significant\"").contains("class=\"driver ");

    Path finnish = FinnishTest.kahvilaReport().write(dir.resolve("kaaviot.html"));
    String[] fi = run(finnish, Files.createDirectory(dir.resolve("profile-fi")), "--dump-dom");
    assertThat(fi[1]).as("console messages").doesNotContain(":CONSOLE");
    assertThat(fi[0]).contains("class=\"chart\"");
    assertThat(FinnishTest.englishLabels(FinnishTest.shownText(fi[0])))
        .as("English labels in the Finnish page as Chromium shows it")
        .isEmpty();
  }

  @Test
  void aScreenshotIsThePagesSizeAndNotBlank() throws Exception {
    Path file =
        HtmlReport.builder()
            .locale(Locale.forLanguageTag("fi"))
            .model(ReportFixtures.meetup())
            .scorecard(ReportFixtures.meetupCard())
            .build()
            .write(dir.resolve("meetup.html"));
    Path png = dir.resolve("meetup.png");
    Path profile = Files.createDirectory(dir.resolve("profile"));
    String[] result =
        run(file, profile, "--window-size=1400,900", "--screenshot=" + png.toAbsolutePath());
    assertThat(png).as("Chromium's screenshot; its log: %s", result[1]).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1400);
    assertThat(image.getHeight()).isEqualTo(900);
    assertThat(colours(image)).as("distinct colours in the screenshot").isGreaterThan(16);
    // The report's own colours are drawn: a met card's blue and a missed card's vermillion.
    assertThat(hasColour(image, 0x0072B2)).as("a met card's blue").isTrue();
    assertThat(hasColour(image, 0xD55E00)).as("a missed card's vermillion").isTrue();
  }

  /**
   * The blueprint's arrows as Chromium builds and paints them (#17): on Bitner, Ostrom and Morgan's
   * hotel, each of the journey's dependencies is one arrow group in the rendered DOM, with its path
   * and arrowhead, and the arrows' bluish green is on the screenshot.
   */
  @Test
  void theBlueprintsDependencyArrowsAreDrawn() throws Exception {
    CxModel hotel = org.cxkit.core.testing.ReferenceModels.hotel();
    Journey journey = hotel.journeys().get(0);
    Path file = HtmlReport.builder().model(hotel).build().write(dir.resolve("hotel.html"));
    String[] result = run(file, Files.createDirectory(dir.resolve("profile-dom")), "--dump-dom");
    assertThat(result[1]).as("console messages").doesNotContain(":CONSOLE");
    String dom = result[0];
    List<String> arrows = ids(dom, "<g class=\"dependency (?:triggers|enables)\" id=\"([^\"]+)\"");
    assertThat(journey.dependencies()).hasSize(3);
    assertThat(arrows).containsExactly("dependency-0", "dependency-1", "dependency-2");
    assertThat(
            ids(
                dom,
                "<g class=\"dependency [^\"]*\"[^>]*>(?:<title>[^<]*</title>)?<path [^>]*"
                    + "marker-end=\"url\\(#([^)]+)\\)\""))
        .hasSize(3)
        .allMatch(m -> m.endsWith("-dependency"));
    assertThat(dom).contains("Call room service triggers Prepare food");

    assertThat(hasColour(screenshot(file, "1600,2400"), 0x009E73))
        .as("the dependency arrows' bluish green")
        .isTrue();
  }

  /**
   * Parallel groups as Chromium builds them (#17): on the clinic visit (a fixture of our own), one
   * bracket group per parallel group of the journey in the rendered DOM, with its path and label.
   */
  @Test
  void theParallelGroupsBracketsAreDrawn() throws Exception {
    CxModel clinic =
        CxModel.builder("Clinic")
            .persona(org.cxkit.core.strategy.Persona.of("patient", "Patient"))
            .journey(org.cxkit.core.testing.Fixtures.clinicVisit())
            .build();
    Path file = HtmlReport.builder().model(clinic).build().write(dir.resolve("clinic.html"));
    String[] result = run(file, Files.createDirectory(dir.resolve("profile-dom")), "--dump-dom");
    assertThat(result[1]).as("console messages").doesNotContain(":CONSOLE");
    String dom = result[0];
    assertThat(clinic.journeys().get(0).parallelGroups()).hasSize(1);
    assertThat(ids(dom, "<g class=\"parallel-group\" id=\"([^\"]+)\""))
        .containsExactly("parallel-0");
    assertThat(
            ids(
                dom,
                "<g class=\"parallel-group\"[^>]*>(?:<title>[^<]*</title>)?<path d=\"(M[^\"]+)\""))
        .hasSize(1);
    assertThat(dom).contains(">in either order</text>");
  }

  /**
   * Curves per persona as Chromium builds and paints them (#17): on the journey map's as-is
   * journey, the commuter's own curve and the leisure rider's curve with one diamond per point,
   * named by the persona's name, and its reddish purple on the screenshot.
   */
  @Test
  void eachPersonasCurveIsDrawn() throws Exception {
    CxModel model = org.cxkit.core.testing.ReferenceModels.journeyMap();
    Path file = HtmlReport.builder().model(model).build().write(dir.resolve("bike.html"));
    String[] result = run(file, Files.createDirectory(dir.resolve("profile-dom")), "--dump-dom");
    assertThat(result[1]).as("console messages").doesNotContain(":CONSOLE");
    String dom = result[0];
    String asIs = dom.substring(0, dom.indexOf("journey-map-buy-e-bike-future"));
    assertThat(ids(asIs, "<path class=\"(emotion-measured)\"")).hasSize(1);
    assertThat(ids(asIs, "<g class=\"emotion-persona\" data-persona=\"([^\"]+)\""))
        .containsExactly("leisure-rider");
    int points = model.journeys().get(0).personaCurves().get(0).points().size();
    assertThat(ids(asIs, "<path class=\"(point-persona)\"")).hasSize(points).hasSize(3);
    assertThat(asIs).contains(">Leisure rider</text>");

    assertThat(hasColour(screenshot(file, "1600,1400"), 0xCC79A7))
        .as("the other persona's reddish purple")
        .isTrue();
  }

  /**
   * Operational figures as a person sees them (#17): the shoeshine's two tables, as Chromium builds
   * them, have the unit in the heading and the columns, a row per touchpoint with n, the figures
   * and their intervals as the text table gives them (OperationalTableTest pins those numbers), the
   * target and its status written out, and too few values shown as such, in English and Finnish.
   */
  @Test
  void operationalFiguresShowTheirUnitNIntervalsAndStatus() throws Exception {
    org.cxkit.metrics.analysis.OperationalResult shine =
        OperationalTableTest.shines("corner-shoeshine", "shoeshine", OperationalTableTest.TEN);
    org.cxkit.metrics.analysis.OperationalResult steps =
        OperationalTableTest.shines("shoeshine-steps", "brush-shoes", 28, 35, 31);
    CxModel model = org.cxkit.core.testing.ReferenceModels.shoeshine();
    Path en =
        HtmlReport.builder()
            .model(model)
            .operational(shine)
            .operational(steps)
            .build()
            .write(dir.resolve("shine.html"));
    String dom = dom(en, "profile-en");
    assertThat(dom).contains("<h2>Operational measure: Execution time, in s</h2>");
    assertThat(rows(dom, "operational-0"))
        .containsExactly(
            List.of(
                "touchpoint",
                "n",
                "mean (s)",
                "95 % interval",
                "median (s)",
                "95 % interval",
                "p90 (s)",
                "95 % interval",
                "target",
                "status"),
            List.of(
                "within-tolerance",
                "shoeshine",
                "10",
                "146.2",
                "115.8..176.6",
                "130.3",
                "111.1..186.8",
                "186.8",
                "\u2013",
                "mean 120.0, tolerating 300.0",
                "within tolerance"));
    List<List<String>> few = rows(dom, "operational-1");
    assertThat(few).hasSize(5);
    assertThat(few.get(1))
        .containsExactly(
            "too-few",
            "brush-shoes",
            "3",
            "31.3",
            "22.6..40.1",
            "30.9",
            "\u2013",
            "34.8",
            "\u2013",
            "mean 30.0",
            "too few values");
    assertThat(few.get(2)).startsWith("not-enough-data", "apply-polish", "0", "\u2013");
    assertThat(few.get(2)).endsWith("no values");
    assertThat(dom).contains("A target is judged only with at least 10 values");

    Path fi =
        HtmlReport.builder()
            .locale(Locale.forLanguageTag("fi"))
            .model(model)
            .operational(shine)
            .operational(steps)
            .build()
            .write(dir.resolve("kiillotus.html"));
    String fiDom = dom(fi, "profile-fi");
    List<List<String>> fiRows = rows(fiDom, "operational-0");
    assertThat(fiRows.get(0)).startsWith("kosketuspiste", "n", "keskiarvo (s)");
    assertThat(fiRows.get(1))
        .contains("146,2", "115,8..176,6", "keskiarvo 120,0, toleranssi 300,0")
        .endsWith("toleranssin sis\u00e4ll\u00e4");
    assertThat(rows(fiDom, "operational-1").get(1)).endsWith("liian v\u00e4h\u00e4n arvoja");
    // The operational sections (the journey map above them is another test's) say nothing in
    // English.
    String sections = fiDom.substring(fiDom.indexOf("<section class=\"operational\""));
    assertThat(FinnishTest.englishLabels(FinnishTest.shownText("<body>" + sections))).isEmpty();
  }

  /**
   * The stratified uplift as a person sees it (#11): a row per segment with each group's n, the
   * uplift with SE and interval and the weight, the segment with too little data marked, then the
   * pooled uplift with its interval, SE, z and p, and the method (StratifiedTableTest works the
   * numbers by hand).
   */
  @Test
  void theStratifiedUpliftShowsEachSegmentAndThePool() throws Exception {
    Path file =
        HtmlReport.builder()
            .model(ReportFixtures.meetup())
            .stratifiedUplift(StratifiedTableTest.threeSegments(), "came back")
            .build()
            .write(dir.resolve("stratified.html"));
    String dom = dom(file, "profile-strata");
    assertThat(dom).contains("<h2>Stratified delight uplift: came back</h2>");
    assertThat(rows(dom, "stratified"))
        .containsExactly(
            List.of(
                "segment",
                "n delighted",
                "n satisfied",
                "uplift (percentage points)",
                "SE",
                "95 % interval",
                "weight %",
                "note"),
            List.of("pooled", "new", "70", "80", "+20.0", "7.27", "5.2..33.4", "60.6", ""),
            List.of("pooled", "regulars", "40", "120", "+7.5", "9.02", "-9.4..24.7", "39.4", ""),
            List.of(
                "too-few",
                "walk-ins",
                "2",
                "0",
                "\u2013",
                "\u2013",
                "\u2013",
                "\u2013",
                "too little data: not pooled"));
    assertThat(dom)
        .contains(
            "pooled uplift (delighted \u2212 satisfied): +15.1 percentage points [4.0, 26.2] 95%"
                + " inverse-variance fixed effect")
        .contains("SE 5.66, z 2.66, p 0.0077")
        .contains("Borenstein et al. 2009");

    Path fi =
        HtmlReport.builder()
            .locale(Locale.forLanguageTag("fi"))
            .model(ReportFixtures.meetup())
            .stratifiedUplift(StratifiedTableTest.threeSegments(), "palasi")
            .build()
            .write(dir.resolve("ositettu.html"));
    String fiDom = dom(fi, "profile-strata-fi");
    List<List<String>> fiRows = rows(fiDom, "stratified");
    assertThat(fiRows.get(0)).startsWith("osa", "n ilahtuneet", "n tyytyv\u00e4iset");
    assertThat(fiRows.get(1)).contains("+20,0", "7,27", "5,2..33,4", "60,6");
    assertThat(fiRows.get(3)).endsWith("liian v\u00e4h\u00e4n tietoa: ei yhdistetty");
    String section = fiDom.substring(fiDom.indexOf("<section class=\"stratified\""));
    assertThat(FinnishTest.englishLabels(FinnishTest.shownText("<body>" + section))).isEmpty();
  }

  /**
   * An as-is journey beside its to-be version as a person sees it (#17): on the e-bike map that
   * ComparisonTextTest works by hand, Chromium's DOM has the added touchpoint as a list item, the
   * empty lists as "none", one table row per point of each curve both journeys draw with both
   * points and the signed rise, where each curve rose and fell, and the curve drawn on the to-be
   * map only as a note, in English and Finnish.
   */
  @Test
  void aComparisonShowsEachCurvesPointsAndRises() throws Exception {
    CxModel model = org.cxkit.core.testing.ReferenceModels.journeyMap();
    Path en =
        HtmlReport.builder()
            .model(model)
            .comparison(ComparisonTextTest.bike())
            .build()
            .write(dir.resolve("comparison.html"));
    String dom = dom(en, "profile-comparison");
    assertThat(dom)
        .contains("<h2>Journey buy-e-bike beside its version buy-e-bike-future</h2>")
        .contains("<h3>Touchpoints added (1)</h3>\n<ul><li>slot-choice</li></ul>")
        .contains("<h3>Touchpoints removed (0)</h3>\n<p class=\"none\">none</p>")
        .contains("<h3>Touchpoints moved to another stage (0)</h3>\n<p class=\"none\">none</p>");
    assertThat(rows(dom, "comparison-0")).isEqualTo(ComparisonHtmlTest.BIKE_ROWS);
    assertThat(dom)
        .contains("<p class=\"moves\">journey: rose at configure, delivery; fell at \u2013</p>")
        .contains(
            "<p class=\"moves\">persona leisure-rider: rose at delivery; fell at first-ride</p>")
        .contains(
            "<p class=\"note one-sided\">persona family-rider: drawn on the to-be journey only,"
                + " not compared</p>");

    Path fi =
        HtmlReport.builder()
            .locale(Locale.forLanguageTag("fi"))
            .model(model)
            .comparison(ComparisonTextTest.bike())
            .build()
            .write(dir.resolve("vertailu.html"));
    String fiDom = dom(fi, "profile-comparison-fi");
    assertThat(rows(fiDom, "comparison-0")).isEqualTo(ComparisonHtmlTest.BIKE_ROWS_FI);
    assertThat(fiDom)
        .contains("<p class=\"none\">ei yht\u00e4\u00e4n</p>")
        .contains("persoona leisure-rider: nousi kohdassa delivery; laski kohdassa first-ride");
    // The comparison (the journey maps above it are another test's) says nothing in English.
    int start = fiDom.indexOf("<section class=\"comparison\"");
    String section = fiDom.substring(start, fiDom.indexOf("</section>", start));
    assertThat(FinnishTest.englishLabels(FinnishTest.shownText("<body>" + section))).isEmpty();
  }

  /** Opens a page in Chromium and returns its DOM, failing on a console message. */
  private String dom(Path file, String profile) throws Exception {
    String[] result = run(file, Files.createDirectory(dir.resolve(profile)), "--dump-dom");
    assertThat(result[1]).as("console messages").doesNotContain(":CONSOLE");
    return result[0];
  }

  /**
   * The rows of the table in the section whose class or id is {@code section}, as Chromium's DOM
   * has them: the header's cell texts, then each body row's class followed by its cell texts.
   */
  static List<List<String>> rows(String dom, String section) {
    Matcher at = Pattern.compile("<section [^>]*(?:id|class)=\"" + section + "\"").matcher(dom);
    assertThat(at.find()).as("section %s in the DOM", section).isTrue();
    String table = dom.substring(at.start(), dom.indexOf("</table>", at.start()));
    List<List<String>> rows = new ArrayList<>();
    Matcher tr = Pattern.compile("<tr(?: class=\"([^\"]*)\")?[^>]*>(.*?)</tr>").matcher(table);
    while (tr.find()) {
      List<String> row = new ArrayList<>();
      if (tr.group(1) != null) {
        row.add(tr.group(1));
      }
      Matcher td = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>").matcher(tr.group(2));
      while (td.find()) {
        row.add(
            td.group(1)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&"));
      }
      rows.add(row);
    }
    return rows;
  }

  /** A screenshot of a page at a window size ({@code width,height}). */
  private BufferedImage screenshot(Path file, String size) throws Exception {
    Path png = dir.resolve(file.getFileName() + ".png");
    String[] log =
        run(
            file,
            Files.createDirectory(dir.resolve("profile-png-" + file.getFileName())),
            "--window-size=" + size,
            "--screenshot=" + png.toAbsolutePath());
    assertThat(png).as("Chromium's screenshot; its log: %s", log[1]).exists();
    return ImageIO.read(png.toFile());
  }

  static List<String> ids(String dom, String regex) {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(dom);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static int colours(BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y) & 0xFFFFFF);
      }
    }
    return seen.size();
  }

  static boolean hasColour(BufferedImage image, int rgb) {
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int c = image.getRGB(x, y) & 0xFFFFFF;
        if (Math.abs((c >> 16) - (rgb >> 16)) < 12
            && Math.abs(((c >> 8) & 0xFF) - ((rgb >> 8) & 0xFF)) < 12
            && Math.abs((c & 0xFF) - (rgb & 0xFF)) < 12) {
          return true;
        }
      }
    }
    return false;
  }
}
