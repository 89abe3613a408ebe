package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.CxModel;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Persona;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;

/**
 * Finnish: the bundle has every key English has and no other, the Finnish report shows no English
 * label, and numbers and dates follow fi-FI (decimal comma, {@code d.M.yyyy}).
 */
class FinnishTest {
  static final Locale FI = Locale.forLanguageTag("fi-FI");

  static Properties bundle(String name) throws Exception {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void everyKeyIsInBothLanguages() throws Exception {
    Set<String> en = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
    Set<String> fi = new TreeSet<>(bundle("messages_fi.properties").stringPropertyNames());
    Set<String> onlyEnglish = new TreeSet<>(en);
    onlyEnglish.removeAll(fi);
    Set<String> onlyFinnish = new TreeSet<>(fi);
    onlyFinnish.removeAll(en);
    assertThat(onlyEnglish).as("keys in English only").isEmpty();
    assertThat(onlyFinnish).as("keys in Finnish only").isEmpty();
    // Each Finnish pattern uses the arguments its English one does.
    Properties e = bundle("messages.properties");
    Properties f = bundle("messages_fi.properties");
    for (String key : en) {
      assertThat(Messages.argumentNames(f.getProperty(key)))
          .as(key)
          .containsExactlyInAnyOrderElementsOf(Messages.argumentNames(e.getProperty(key)));
    }
  }

  /** A small journey named in Finnish, so every English word in the report would be a label. */
  static CxModel kahvila() {
    Journey j =
        Journey.builder("ensikaynti")
            .name("Ensimm\u00e4inen k\u00e4ynti")
            .persona("maija")
            .stage(
                Stage.builder("loyda", Phase.BEFORE)
                    .name("L\u00f6yt\u00e4minen")
                    .touchpoint(
                        Touchpoint.builder("sivu")
                            .name("Tapahtumasivu")
                            .channel(Channel.WEB)
                            .frontstage("P\u00e4iv\u00e4m\u00e4\u00e4r\u00e4 ja paikka")
                            .measure(MetricTarget.mean("ces", 5))))
            .stage(
                Stage.builder("osallistu", Phase.DURING)
                    .name("Osallistuminen")
                    .touchpoint(
                        Touchpoint.builder("vastaanotto")
                            .name("Vastaanotto ovella")
                            .channel(Channel.FACE_TO_FACE)
                            .owner("tapahtumatiimi")
                            .momentOfTruth()
                            .failPoint("jono ovella")
                            .goals(TouchpointGoals.builder().feels("tervetullut").build())
                            .backstage(Backstage.builder().system("vieraslista").build())
                            .measure(MetricTarget.goodBoxShare("csat", 80))))
            .stage(
                Stage.builder("jalkeen", Phase.AFTER)
                    .name("J\u00e4lkeen")
                    .touchpoint(
                        Touchpoint.builder("kysely")
                            .name("Palautekysely")
                            .channel(Channel.EMAIL)
                            .measure(MetricTarget.npsPoints("nps", 30))))
            .transition("kysely", "sivu", TransitionKind.LOOP_BACK, "seuraava kerta")
            .build();
    return CxModel.builder("Vohvelikeskiviikko")
        .persona(
            Persona.of("maija", "Maija, freelancer").withStory("Tekee t\u00f6it\u00e4 kotona."))
        .journey(j)
        .build();
  }

  static ScorecardResult kahvilaCard(CxModel model) {
    List<Response> rs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      rs.add(Response.of("v" + i, "ces", 4 + i % 4).withTouchpoint("sivu"));
      rs.add(Response.of("v" + i, "csat", 2 + i % 4).withTouchpoint("vastaanotto"));
      rs.add(Response.of("v" + i, "nps", 3 + i).withTouchpoint("kysely"));
    }
    return Scorecard.builder(model.journeys().get(0)).model(model).minimumN(5).build().compute(rs);
  }

  /** The Finnish report of {@link #kahvila()}, its scorecard, a trend, key drivers and uplift. */
  static HtmlReport kahvilaReport() {
    CxModel model = kahvila();
    return HtmlReport.builder()
        .locale(FI)
        .model(model)
        .scorecard(kahvilaCard(model))
        .trend(ReportFixtures.trend("kassa"))
        .drivers(ReportFixtures.drivers("kokonaisarvio", "kassa", "kahvi", "pulla"))
        .paths(ReportFixtures.paths("kysyy tiet\u00e4"))
        .uplift(ReportFixtures.uplift(), "tuli uudestaan")
        .date(LocalDate.of(2026, 3, 4))
        .build();
  }

  /** The text shown on a page (model paths, identifiers like the rule codes, left out). */
  static String shownText(String html) {
    List<String> texts = new ArrayList<>();
    String body =
        html.substring(html.indexOf("<body")).replaceAll("<td class=\"path\">[^<]*</td>", "");
    Matcher m = Pattern.compile(">([^<]+)<").matcher(body);
    while (m.find()) {
      texts.add(m.group(1));
    }
    return String.join("\n", texts);
  }

  /** The English labels (texts of the English bundle that Finnish says otherwise) in a text. */
  static List<String> englishLabels(String shown) throws Exception {
    Properties en = bundle("messages.properties");
    Properties fi = bundle("messages_fi.properties");
    List<String> english = new ArrayList<>();
    for (String key : en.stringPropertyNames()) {
      String label = en.getProperty(key);
      if (label.contains("{")
          || label.equalsIgnoreCase(fi.getProperty(key))
          || label.strip().length() < 3) {
        continue; // a pattern (its fixed words are checked below), or the same in both languages
      }
      english.add(label.replace("''", "'"));
    }
    // The fixed words of the English patterns used on the page.
    english.addAll(
        List.of(
            "Journey map",
            "Scorecard",
            "weakest link",
            "Persona:",
            "findings",
            "target ",
            "significant",
            "centre",
            "Key drivers",
            "terms:",
            "points"));
    List<String> found = new ArrayList<>();
    for (String label : english) {
      Pattern word =
          Pattern.compile(
              "(?<![\\p{L}])" + Pattern.quote(label) + "(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
      if (word.matcher(shown).find()) {
        found.add(label);
      }
    }
    return found;
  }

  @Test
  void theFinnishReportHasNoEnglishLabel() throws Exception {
    String shown = shownText(kahvilaReport().html());
    assertThat(englishLabels(shown)).as("English labels in the Finnish report").isEmpty();
    assertThat(shown)
        .contains("Asiakaspolku: Ensimm\u00e4inen k\u00e4ynti")
        .contains("raportti 4.3.2026")
        .contains("totuuden hetki")
        .contains("heikoin lenkki")
        .contains("N\u00e4ytt\u00e4m\u00f6")
        .contains("Kulissit")
        .contains("keskiviiva 55,7")
        .contains("keskity t\u00e4h\u00e4n");
    // fi-FI numbers: decimal comma, a space before the percent sign.
    assertThat(shown).containsPattern("csat \\d+,\\d %").containsPattern("tavoite 80,0 %");
  }

  @Test
  void finnishTextRenderingUsesTheFinnishBundle() {
    TextRenderer fi = TextRenderer.builder().locale(FI).build();
    assertThat(fi.title(org.cxkit.core.check.Rule.STAGE_EMPTY))
        .isEqualTo("Vaiheessa ei ole kosketuspisteit\u00e4");
    assertThat(fi.table(ReportFixtures.uplift())).contains("ilahtuneet").contains(",");
  }
}
