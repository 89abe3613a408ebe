package org.cxkit.examples;

import static java.util.Objects.requireNonNull;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What {@code examples/analyse} prints around cx-report's tables (section headings, what was
 * written where), in the job's language: {@code org/cxkit/examples/analyse.properties} and its
 * Finnish sibling, as {@link MessageFormat} patterns. Arguments are formatted as text ({@code
 * String.valueOf}), so a count is never grouped by a locale's rules and means the same in both.
 */
final class Words {
  private static final String BUNDLE = "org.cxkit.examples.analyse";

  private final ResourceBundle bundle;
  private final Locale locale;

  private Words(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  /**
   * The words of a language; English for any language without its own file. The platform's default
   * locale is never consulted, so {@code --lang en} is English on a Finnish desktop too.
   */
  static Words of(Locale locale) {
    requireNonNull(locale, "locale");
    ResourceBundle b =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            Words.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    return new Words(b, locale);
  }

  /** The line {@code key} says, with {@code args} filled in as text. */
  String get(String key, Object... args) {
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(bundle.getString(key), locale).format(text);
  }
}
