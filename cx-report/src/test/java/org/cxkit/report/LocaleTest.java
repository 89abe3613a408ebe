package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.Locale;
import org.cxkit.core.check.Rule;
import org.junit.jupiter.api.Test;

/**
 * The locale is a parameter: a renderer takes its texts from its locale's bundle key by key, falls
 * back to English for the rest, and never to the JVM's default locale. (The test resources hold a
 * partial Esperanto bundle for this; cx-report ships English only.)
 */
class LocaleTest {
  private static final Locale ESPERANTO = Locale.forLanguageTag("eo");

  @Test
  void aLocalesOwnTextsWinAndTheRestIsEnglish() {
    TextRenderer eo = TextRenderer.builder().locale(ESPERANTO).build();
    assertThat(eo.locale()).isEqualTo(ESPERANTO);
    assertThat(eo).hasToString("TextRenderer[eo]");
    assertThat(eo.title(Rule.STAGE_EMPTY)).isEqualTo("Etapo havas neniujn tuŝpunktojn");
    assertThat(eo.advice(Rule.STAGE_EMPTY)).isEqualTo(TextReport.advice(Rule.STAGE_EMPTY));
    assertThat(eo.title(Rule.GOAL_WITHOUT_TARGET))
        .isEqualTo("A business goal has no measurable target");
    assertThat(TextReport.title(Rule.STAGE_EMPTY)).isEqualTo("A stage has no touchpoints");
  }

  @Test
  void theJvmsDefaultLocaleNeverChangesTheText() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(ESPERANTO);
      TextRenderer british = TextRenderer.builder().locale(Locale.UK).build();
      assertThat(british.title(Rule.STAGE_EMPTY)).isEqualTo("A stage has no touchpoints");
      assertThat(TextReport.title(Rule.STAGE_EMPTY)).isEqualTo("A stage has no touchpoints");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void englishIsTheDefault() {
    assertThat(TextRenderer.builder().build()).isSameAs(TextRenderer.english());
    assertThat(TextRenderer.english().locale()).isEqualTo(Locale.ENGLISH);
    assertThat(TextRenderer.english()).hasToString("TextRenderer[en]");
  }

  @Test
  void nullArgumentsAreRejectedByName() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(TextReport.class);
    tester.testAllPublicInstanceMethods(TextRenderer.english());
    tester.testAllPublicInstanceMethods(TextRenderer.builder());
  }
}
