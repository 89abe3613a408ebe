package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WordsTest {
  static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = Words.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      p.load(in);
    }
    return p;
  }

  @Test
  void englishAndFinnishHaveTheSameKeysAndTheSamePlaceholders() throws IOException {
    Properties en = load("analyse.properties");
    Properties fi = load("analyse_fi.properties");
    assertThat(en).isNotEmpty();
    assertThat(fi.keySet()).isEqualTo(en.keySet());
    for (Object key : en.keySet()) {
      String e = en.getProperty((String) key);
      String f = fi.getProperty((String) key);
      for (int i = 0; i < 6; i++) {
        assertThat(f.contains("{" + i + "}"))
            .as("placeholder {%s} of %s", i, key)
            .isEqualTo(e.contains("{" + i + "}"));
      }
      assertThat(f).as("%s is translated", key).isNotEqualTo(e);
    }
  }

  @Test
  void fillsArgumentsAsTextInTheJobsLanguage() {
    assertThat(Words.of(Locale.ENGLISH).get("noOutcome", 12345))
        .isEqualTo("  12345 answers had no outcome recorded and were not compared");
    assertThat(Words.of(Locale.forLanguageTag("fi")).get("noOutcome", 12345))
        .isEqualTo("  12345 vastauksella ei ollut kirjattua tulosta, eikä niitä verrattu");
    assertThat(Words.of(Locale.forLanguageTag("fi")).get("check")).isEqualTo("== Mallin tarkistus");
    // a language without its own file is English, whatever the platform's default
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("fi"));
      assertThat(Words.of(Locale.ENGLISH).get("check")).isEqualTo("== Model check");
      assertThat(Words.of(Locale.GERMAN).get("check")).isEqualTo("== Model check");
    } finally {
      Locale.setDefault(before);
    }
  }
}
