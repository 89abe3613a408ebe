package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.CxModel;
import org.cxkit.core.blueprint.JourneyComparison;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/**
 * The as-is journey beside its to-be version in the HTML report (#17), on the e-bike journey map
 * that {@link ComparisonTextTest} works by hand: the journey's own curve rises by +1.0, +2.0 and
 * 0.0, the leisure rider's by 0.0, +1.0 and −0.5, and the family rider drawn on the to-be map only
 * is a note. The HTML and the text view of one comparison show the same rows and rises.
 */
class ComparisonHtmlTest {
  private static final Locale FI = Locale.forLanguageTag("fi");

  /**
   * The e-bike comparison's table in English, worked by hand (see {@link ComparisonTextTest}): the
   * header, then each body row's class and cells.
   */
  static final List<List<String>> BIKE_ROWS =
      List.of(
          List.of("curve", "touchpoint", "as-is", "to-be", "rise"),
          List.of("rose", "journey", "configure", "0.5 measured", "1.5 intended", "+1.0"),
          List.of("rose", "", "delivery", "-1.0 measured", "1.0 intended", "+2.0"),
          List.of("level", "", "first-ride", "2.0 measured", "2.0 measured", "0.0"),
          List.of(
              "level", "persona leisure-rider", "configure", "1.0 measured", "1.0 intended", "0.0"),
          List.of("rose", "", "delivery", "0.5 measured", "1.5 intended", "+1.0"),
          List.of("fell", "", "first-ride", "1.5 measured", "1.0 intended", "-0.5"));

  /** The same table in Finnish. */
  static final List<List<String>> BIKE_ROWS_FI =
      List.of(
          List.of("k\u00e4yr\u00e4", "kosketuspiste", "nykytila", "tavoitetila", "nousu"),
          List.of("rose", "polku", "configure", "0,5 mitattu", "1,5 tavoiteltu", "+1,0"),
          List.of("rose", "", "delivery", "-1,0 mitattu", "1,0 tavoiteltu", "+2,0"),
          List.of("level", "", "first-ride", "2,0 mitattu", "2,0 mitattu", "0,0"),
          List.of(
              "level",
              "persoona leisure-rider",
              "configure",
              "1,0 mitattu",
              "1,0 tavoiteltu",
              "0,0"),
          List.of("rose", "", "delivery", "0,5 mitattu", "1,5 tavoiteltu", "+1,0"),
          List.of("fell", "", "first-ride", "1,5 mitattu", "1,0 tavoiteltu", "-0,5"));

  static String html(CxModel model, Locale locale, JourneyComparison... comparisons) {
    HtmlReport.Builder b = HtmlReport.builder().locale(locale).model(model);
    Arrays.stream(comparisons).forEach(b::comparison);
    return b.build().html();
  }

  /** The section of a page whose id is given. */
  static String section(String html, String id) {
    int start = html.indexOf("<section class=\"comparison\" id=\"" + id + "\"");
    assertThat(start).as("section %s", id).isNotNegative();
    return html.substring(start, html.indexOf("</section>", start));
  }

  /** The texts of the elements of a class in a section, unescaped. */
  static List<String> texts(String section, String element, String cls) {
    List<String> texts = new ArrayList<>();
    Matcher m =
        Pattern.compile("<" + element + " class=\"" + cls + "\">([^<]*)</" + element + ">")
            .matcher(section);
    while (m.find()) {
      texts.add(unescape(m.group(1)));
    }
    return texts;
  }

  static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void eachCurveRowByRowWithItsRiseAndSign() {
    String html = html(ReferenceModels.journeyMap(), Locale.ENGLISH, ComparisonTextTest.bike());
    assertThat(HtmlReportInChromiumTest.rows(html, "comparison-0")).isEqualTo(BIKE_ROWS);
    String s = section(html, "comparison-0");
    assertThat(s)
        .contains("<h2>Journey buy-e-bike beside its version buy-e-bike-future</h2>")
        .contains("<div class=\"added\">\n<h3>Touchpoints added (1)</h3>\n<ul><li>slot-choice</li>")
        .contains(
            "<div class=\"removed\">\n<h3>Touchpoints removed (0)</h3>\n<p class=\"none\">none")
        .contains("<h3>Touchpoints moved to another stage (0)</h3>\n<p class=\"none\">none</p>");
    assertThat(texts(s, "p", "moves"))
        .containsExactly(
            "journey: rose at configure, delivery; fell at \u2013",
            "persona leisure-rider: rose at delivery; fell at first-ride");
    assertThat(texts(s, "p", "note one-sided"))
        .containsExactly("persona family-rider: drawn on the to-be journey only, not compared");
    assertThat(texts(s, "p", "note rule"))
        .containsExactly(
            "rise = the to-be value (intended, else measured) minus the as-is value (measured,"
                + " else intended), on the journey's emotion scale");
    // The order of the text view: title, lists, table, moves, one-sided curves, rule.
    assertThat(s)
        .containsSubsequence(
            "<h2>",
            "class=\"added\"",
            "class=\"removed\"",
            "class=\"moved\"",
            "<table>",
            "class=\"moves\"",
            "one-sided",
            "rule");
  }

  /** A curve on the as-is journey only is a note, not rows; its name is not in the table. */
  @Test
  void aPersonaCurveOnOneSideOnlyIsANote() {
    CxModel m = ReferenceModels.journeyMap();
    JourneyComparison c =
        JourneyComparison.of(
            m.journey("buy-e-bike").orElseThrow(), m.journey("buy-e-bike-future").orElseThrow());
    String s = section(html(m, Locale.ENGLISH, c), "comparison-0");
    assertThat(texts(s, "p", "note one-sided"))
        .containsExactly("persona leisure-rider: drawn on the as-is journey only, not compared");
    assertThat(HtmlReportInChromiumTest.rows(s + "</table>", "comparison"))
        .noneMatch(row -> row.contains("persona leisure-rider"))
        .hasSize(4);
  }

  @Test
  void aCurveWithoutPointsSaysSoInOneRow() {
    CxModel shoeshine = ReferenceModels.shoeshine();
    Journey shine = shoeshine.journey("corner-shoeshine").orElseThrow();
    String s =
        section(
            html(shoeshine, Locale.ENGLISH, JourneyComparison.of(shine, shine)), "comparison-0");
    assertThat(HtmlReportInChromiumTest.rows(s + "</table>", "comparison"))
        .containsExactly(
            List.of("curve", "touchpoint", "as-is", "to-be", "rise"),
            List.of("no-points", "journey", "(no touchpoint with a point on both curves)"));
    assertThat(s).doesNotContain("class=\"moves\"").doesNotContain("one-sided");
    assertThat(texts(s, "p", "none")).containsExactly("none", "none", "none");
  }

  /**
   * The two views of one comparison agree: the HTML table's cells are the text table's, row by row
   * (the text's "-" for no value is the report's en dash), and so are the lines on where each curve
   * rose and fell and the one-sided curves, in English and Finnish.
   */
  @Test
  void theHtmlAndTheTextViewShowTheSameRowsAndRises() {
    CxModel map = ReferenceModels.journeyMap();
    CxModel shoeshine = ReferenceModels.shoeshine();
    Journey shine = shoeshine.journey("corner-shoeshine").orElseThrow();
    List<Object[]> cases =
        List.of(
            new Object[] {map, ComparisonTextTest.bike()},
            new Object[] {
              map,
              JourneyComparison.of(
                  map.journey("buy-e-bike").orElseThrow(),
                  map.journey("buy-e-bike-future").orElseThrow())
            },
            new Object[] {
              map,
              JourneyComparison.of(
                  map.journey("buy-e-bike-future").orElseThrow(),
                  map.journey("buy-e-bike").orElseThrow())
            },
            new Object[] {shoeshine, JourneyComparison.of(shine, shine)});
    for (Locale locale : List.of(Locale.ENGLISH, FI)) {
      TextRenderer text = TextRenderer.builder().locale(locale).build();
      for (Object[] k : cases) {
        JourneyComparison c = (JourneyComparison) k[1];
        String s = section(html((CxModel) k[0], locale, c), "comparison-0");
        List<List<String>> htmlRows = HtmlReportInChromiumTest.rows(s + "</table>", "comparison");
        List<String> lines = List.of(text.table(c).split("\n"));
        int header = 4;
        List<List<String>> textRows = new ArrayList<>();
        textRows.add(cells(lines.get(header)));
        int i = header + 1;
        // The table's rows run up to the first line on where a curve moved, a one-sided curve or
        // the rule: the lines with a colon or an equals sign, which no row has.
        for (;
            i < lines.size() && !lines.get(i).contains(": ") && !lines.get(i).contains(" = ");
            i++) {
          if (!lines.get(i).isBlank()) {
            textRows.add(cells(lines.get(i)));
          }
        }
        assertThat(htmlRows).as("%s %s", locale, c).hasSameSizeAs(textRows);
        for (int r = 0; r < htmlRows.size(); r++) {
          List<String> h = htmlRows.get(r);
          List<String> t = textRows.get(r);
          List<String> shown = h.subList(h.size() - Math.min(h.size(), t.size()), h.size());
          assertThat(shown)
              .as("%s row %s", locale, r)
              .isEqualTo(t.stream().map(x -> x.equals("-") ? "\u2013" : x).toList());
        }
        List<String> after = new ArrayList<>();
        for (; i < lines.size() - 1; i++) {
          after.add(lines.get(i).strip());
        }
        List<String> htmlAfter = new ArrayList<>(texts(s, "p", "moves"));
        htmlAfter.replaceAll(x -> x.replace("\u2013", "-"));
        htmlAfter.addAll(texts(s, "p", "note one-sided"));
        assertThat(htmlAfter).as("%s %s", locale, c).isEqualTo(after);
      }
    }
  }

  /**
   * A text table row's cells: runs of text between two or more spaces, the leading curve cell kept
   * only when written.
   */
  private static List<String> cells(String line) {
    return List.of(line.strip().split(" {2,}"));
  }

  @Test
  void finnish() {
    String html = html(ReferenceModels.journeyMap(), FI, ComparisonTextTest.bike());
    assertThat(HtmlReportInChromiumTest.rows(html, "comparison-0")).isEqualTo(BIKE_ROWS_FI);
    String s = section(html, "comparison-0");
    assertThat(s)
        .contains("<h2>Asiakaspolku buy-e-bike ja sen versio buy-e-bike-future</h2>")
        .contains("<h3>Lis\u00e4tyt kosketuspisteet (1)</h3>")
        .contains(
            "<h3>Poistetut kosketuspisteet (0)</h3>\n<p class=\"none\">ei yht\u00e4\u00e4n</p>");
    assertThat(texts(s, "p", "note one-sided"))
        .containsExactly("persoona family-rider: piirretty vain tavoitetilan polulle, ei verrattu");
  }

  /** Names come from users: a script in a journey's name is shown as text, never as markup. */
  @Test
  void hostileNamesAreEscaped() {
    CxModel m = ReferenceModels.journeyMap();
    String script = "<script>alert('x')</script>";
    CxModel.Builder b = CxModel.builder("model " + script);
    m.personas().forEach(b::persona);
    m.journeys().forEach(j -> b.journey(j.toBuilder().name(j.id().value() + " " + script).build()));
    CxModel hostile = b.build();
    String html =
        html(
            hostile,
            Locale.ENGLISH,
            JourneyComparison.of(
                hostile.journey("buy-e-bike").orElseThrow(),
                hostile.journey("buy-e-bike-future").orElseThrow()));
    assertThat(html).doesNotContain("<script").doesNotContain("alert('x')");
    assertThat(texts(section(html, "comparison-0"), "p", "journeys"))
        .containsExactly(
            "as-is: buy-e-bike " + script + " \u2192 to-be: buy-e-bike-future " + script);
  }

  @Test
  void eachComparisonHasItsSectionAndNullIsNamed() {
    CxModel shoeshine = ReferenceModels.shoeshine();
    Journey outer = shoeshine.journey("corner-shoeshine").orElseThrow();
    Journey steps = shoeshine.journey("shoeshine-steps").orElseThrow();
    String html =
        html(
            shoeshine,
            Locale.ENGLISH,
            JourneyComparison.of(outer, outer),
            JourneyComparison.of(outer, steps));
    assertThat(section(html, "comparison-0"))
        .contains("corner-shoeshine beside its version corner-shoeshine");
    assertThat(section(html, "comparison-1"))
        .contains("corner-shoeshine beside its version shoeshine-steps")
        .contains(
            "<div class=\"removed\">\n<h3>Touchpoints removed (1)</h3>\n<ul><li>shoeshine</li>");
    assertThatThrownBy(() -> nullComparison(HtmlReport.builder()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("comparison");
  }

  @SuppressWarnings("NullAway") // passes null on purpose
  private static void nullComparison(HtmlReport.Builder b) {
    b.comparison(null);
  }
}
