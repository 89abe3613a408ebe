package org.cxkit.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Lists;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The texts of one locale, read from the bundle {@code org/cxkit/report/messages*.properties}, and
 * the rendering of their patterns with named arguments.
 *
 * <p>Every value is a {@link MessageFormat} pattern whose arguments are named, not numbered: {@code
 * {touchpoint}}. A list argument prints its elements joined with the bundle's {@code list}
 * separator, or with {@code list.STYLE} when written {@code {name,list,STYLE}}; with a format type
 * ({@code {methods,choice,0#none|0<some}}) a list stands for its size. Ids print their value, enum
 * constants their name, numbers in the locale's format.
 *
 * <p>The bundle is looked up from the most specific candidate of the locale down to the root bundle
 * (English), key by key; unlike {@link ResourceBundle#getBundle(String, Locale)}, the JVM's default
 * locale never takes part, so a renderer's text depends on its locale alone.
 */
final class Messages {
  static final String BUNDLE = "messages";

  /** A named argument: its name, then the rest of the element up to where MessageFormat goes on. */
  private static final Pattern ARGUMENT =
      Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)(\\}|,list(?:,([A-Za-z]+))?\\}|,)");

  private final Locale locale;
  private final ImmutableMap<String, String> texts;

  private Messages(Locale locale, ImmutableMap<String, String> texts) {
    this.locale = locale;
    this.texts = texts;
  }

  /** Reads the texts of a locale; a locale without a bundle of its own gets the root's. */
  static Messages load(Locale locale) {
    requireNonNull(locale, "locale");
    ResourceBundle.Control control =
        ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    Map<String, String> merged = new java.util.HashMap<>();
    boolean foundRoot = false;
    for (Locale candidate : Lists.reverse(control.getCandidateLocales(BUNDLE, locale))) {
      Optional<Properties> p = read(control.toBundleName(BUNDLE, candidate) + ".properties");
      if (p.isPresent()) {
        foundRoot |= candidate.equals(Locale.ROOT);
        p.get().forEach((k, v) -> merged.put((String) k, (String) v));
      }
    }
    if (!foundRoot) {
      throw new IllegalStateException(
          "cx-report is incomplete: its " + BUNDLE + ".properties is missing");
    }
    return of(locale, merged);
  }

  /** Returns the given texts for a locale (tests use it for patterns of their own). */
  static Messages of(Locale locale, Map<String, String> texts) {
    return new Messages(requireNonNull(locale, "locale"), ImmutableMap.copyOf(texts));
  }

  private static Optional<Properties> read(String resource) {
    try (InputStream in = Messages.class.getResourceAsStream(resource)) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return Optional.of(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cx-report's " + resource, e);
    }
  }

  Locale locale() {
    return locale;
  }

  /** Returns every key of the bundle (the root's and the locale's). */
  ImmutableSet<String> keys() {
    return texts.keySet();
  }

  /** Returns whether the bundle has a text for the key. */
  boolean has(String key) {
    return texts.containsKey(key);
  }

  /** Returns the raw pattern of a key. */
  String pattern(String key) {
    String p = texts.get(key);
    if (p == null) {
      throw new MissingResourceException(
          "cx-report has no text '" + key + "'", Messages.class.getName(), key);
    }
    return p;
  }

  /**
   * Renders a key's pattern with named arguments given as pairs: {@code format("k", "n", 3)}.
   *
   * @throws MissingResourceException if the bundle has no such key
   * @throws IllegalStateException if the pattern names an argument that is not given
   */
  String format(String key, Object... namesAndValues) {
    ImmutableMap.Builder<String, Object> args = ImmutableMap.builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      args.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return format(key, args.buildOrThrow());
  }

  /**
   * Renders a key's pattern with named arguments.
   *
   * @throws MissingResourceException if the bundle has no such key
   * @throws IllegalStateException if the pattern names an argument that is not given
   */
  String format(String key, Map<String, ?> arguments) {
    String pattern = pattern(key);
    List<Object> values = new ArrayList<>();
    Matcher m = ARGUMENT.matcher(pattern);
    StringBuilder numbered = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      Object value = arguments.get(name);
      if (value == null) {
        throw new IllegalStateException(
            "cx-report's text '"
                + key
                + "' uses {"
                + name
                + "}, which is not one of "
                + arguments.keySet());
      }
      String tail = m.group(2);
      if (tail.equals(",")) {
        values.add(value instanceof Collection<?> c ? c.size() : value); // a format type follows
      } else if (tail.equals("}") && !(value instanceof Collection<?>)) {
        values.add(shown(value));
      } else {
        String style = m.group(3);
        values.add(join(value, pattern(style == null ? "list" : "list." + style)));
      }
      m.appendReplacement(numbered, "{" + (values.size() - 1) + (tail.equals(",") ? "," : "}"));
    }
    m.appendTail(numbered);
    return new MessageFormat(numbered.toString(), locale).format(values.toArray());
  }

  /** Returns the names of the arguments a pattern uses, in order of first use. */
  static ImmutableSet<String> argumentNames(String pattern) {
    ImmutableSet.Builder<String> names = ImmutableSet.builder();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names.build();
  }

  /**
   * An argument as shown: numbers as they are (the pattern formats them), an enum constant by the
   * bundle's {@code enum.Type.NAME} text when there is one (else its name), anything else by its
   * string.
   */
  private Object shown(Object value) {
    if (value instanceof Enum<?> e) {
      String text = texts.get("enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
      return text != null ? text : e.name();
    }
    return value instanceof Number ? value : value.toString();
  }

  private String join(Object value, String separator) {
    Collection<?> items = value instanceof Collection<?> c ? c : List.of(value);
    return items.stream().map(v -> String.valueOf(shown(v))).collect(Collectors.joining(separator));
  }
}
