package org.cxkit.formats;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.jspecify.annotations.Nullable;

/**
 * A mapping file: which columns of a survey export are which touchpoint and measure, the overall
 * items, the attributes carried along, and the tool's preset with any layout changes, so an analyst
 * reads an export without writing Java. Its JSON Schema is the resource {@code
 * org/cxkit/formats/export-mapping.schema.json} of this module; {@link ExportInspection} drafts
 * one.
 *
 * <pre>{@code
 * {
 *   "cxkitMapping": "1.0",
 *   "preset": "qualtrics",
 *   "layout": { "zone": "Europe/Helsinki", "notApplicableCodes": [99] },
 *   "questions": [
 *     { "column": "Q1_1", "touchpoint": "booking", "measure": "csat" },
 *     { "column": "Q2", "touchpoint": "parking", "measure": "ces" }
 *   ],
 *   "overall": [ { "column": "Q3", "measure": "nps" } ],
 *   "attributes": { "UserLanguage": "language" }
 * }
 * }</pre>
 *
 * <pre>{@code
 * ResponseCsv csv = ExportMapping.read(Path.of("mapping.json")).reader().onBadInput(BadInput.collect(20)).build();
 * }</pre>
 *
 * <p>The file is read strictly: an unknown or repeated key, a value of the wrong type, an unknown
 * preset, label set, charset or zone is a {@link BadInputException} with the JSON Pointer, line and
 * column of the value and what was expected (never the value itself). Instances are immutable.
 *
 * @since 0.1
 */
public final class ExportMapping {
  /** The version of the mapping format this class reads. */
  public static final String FORMAT_VERSION = "1.0";

  private static final int MAX_DEPTH = 8;
  private static final int MAX_CHARS = 1 << 22;

  private static final ImmutableMap<String, SurveyTool> PRESETS =
      ImmutableMap.of(
          "qualtrics", SurveyTool.QUALTRICS,
          "surveymonkey", SurveyTool.SURVEYMONKEY,
          "google-forms", SurveyTool.GOOGLE_FORMS,
          "microsoft-forms", SurveyTool.MICROSOFT_FORMS,
          "typeform", SurveyTool.TYPEFORM,
          "limesurvey", SurveyTool.LIMESURVEY);

  private static final ImmutableMap<String, ImmutableMap<String, Integer>> LABEL_SETS =
      ImmutableMap.of(
          "satisfaction", Labels.SATISFACTION,
          "microsoft-forms-satisfaction", Labels.MICROSOFT_FORMS_SATISFACTION,
          "agreement", Labels.AGREEMENT);

  /** A mapped column. */
  private record Item(
      String column,
      @Nullable String touchpoint,
      String measure,
      ImmutableMap<String, Integer> labels) {}

  private final @Nullable SurveyTool preset;
  private final ExportLayout layout;
  private final boolean wide;
  private final @Nullable String respondentColumn;
  private final @Nullable String timeColumn;
  private final Map<String, String> longColumns;
  private final List<Item> items;
  private final Map<String, String> attributes;

  private ExportMapping(Parsed p) {
    this.preset = p.preset;
    this.layout = p.layout;
    this.wide = p.wide;
    this.respondentColumn = p.respondentColumn;
    this.timeColumn = p.timeColumn;
    this.longColumns = ImmutableMap.copyOf(p.longColumns);
    this.items = List.copyOf(p.items);
    this.attributes = ImmutableMap.copyOf(p.attributes);
  }

  /**
   * Reads a mapping file (UTF-8 JSON).
   *
   * @param file the file
   * @return the mapping
   * @throws BadInputException if the file is not a valid mapping, or cannot be read
   */
  public static ExportMapping read(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw CsvRows.io(e);
    }
  }

  /**
   * Reads a mapping from JSON text, which is read to its end and closed.
   *
   * @param json the text
   * @return the mapping
   * @throws BadInputException if the text is not a valid mapping
   */
  public static ExportMapping read(Reader json) {
    requireNonNull(json, "json");
    JsonFactory f =
        JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxDocumentLength(MAX_CHARS)
                    .build())
            .build();
    try (JsonParser p = f.createParser(json)) {
      Tree t = new Tree(p);
      if (p.nextToken() == null) {
        throw new BadInputException(
            Kind.SYNTAX,
            InputLocation.document("", 0, 0),
            "expected a mapping object, found no JSON");
      }
      Object root = t.value("");
      if (p.nextToken() != null) {
        throw t.bad(Kind.SYNTAX, "", "one JSON object and nothing after it");
      }
      return new ExportMapping(new Parsed(t, root));
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new BadInputException(
          Kind.SYNTAX,
          InputLocation.document(
              "",
              l == null ? 0 : Math.max(0, l.getLineNr()),
              l == null ? 0 : Math.max(0, l.getColumnNr())),
          "malformed JSON: expected a mapping object ("
              + e.getClass().getSimpleName().replace("Exception", "").toLowerCase(Locale.ROOT)
              + ")");
    } catch (IOException e) {
      throw CsvRows.io(e);
    }
  }

  /**
   * Starts a reader of exports laid out as this mapping says: its layout, shape, columns,
   * questions, overall items and attributes. Set the bad-input policy or the delimiter on it, then
   * build it.
   *
   * @return a builder of the reader
   */
  public ResponseCsv.Builder reader() {
    ResponseCsv.Builder b = ResponseCsv.builder().layout(layout);
    if (wide) {
      b.wide();
    } else {
      String q = longColumns.get("questionColumn");
      if (q != null) {
        b.questionColumn(q);
      }
      String m = longColumns.get("measureColumn");
      if (m != null) {
        b.measureColumn(m);
      }
      String t = longColumns.get("touchpointColumn");
      if (t != null) {
        b.touchpointColumn(t);
      }
      String s = longColumns.get("scoreColumn");
      if (s != null) {
        b.scoreColumn(s);
      }
    }
    if (respondentColumn != null) {
      b.respondentColumn(respondentColumn);
    }
    if (timeColumn != null) {
      b.timeColumn(timeColumn);
    }
    for (Item i : items) {
      String tp = i.touchpoint();
      if (tp == null) {
        b.overall(i.column(), i.measure(), i.labels());
      } else {
        b.question(i.column(), tp, i.measure(), i.labels());
      }
    }
    attributes.forEach(b::attribute);
    return b;
  }

  /**
   * The layout the mapping's preset and layout changes give.
   *
   * @return the layout
   */
  public ExportLayout layout() {
    return layout;
  }

  @Override
  public String toString() {
    long overall = items.stream().filter(i -> i.touchpoint() == null).count();
    return "ExportMapping["
        + (preset == null ? "plain" : preset.name().toLowerCase(Locale.ROOT))
        + ", "
        + (wide ? "wide" : "long")
        + ", "
        + (items.size() - overall)
        + " questions, "
        + overall
        + " overall, "
        + attributes.size()
        + " attributes]";
  }

  /** The parsed JSON with the line and column of every value, by JSON Pointer. */
  private static final class Tree {
    final JsonParser p;
    final Map<String, long[]> where = new HashMap<>();

    Tree(JsonParser p) {
      this.p = p;
    }

    /** The value at the parser's current token, which starts it. */
    Object value(String pointer) throws IOException {
      JsonToken t = requireNonNull(p.currentToken(), "token");
      JsonLocation l = p.currentTokenLocation();
      where.put(pointer, new long[] {Math.max(0, l.getLineNr()), Math.max(0, l.getColumnNr())});
      switch (t) {
        case START_OBJECT -> {
          Map<String, Object> m = new LinkedHashMap<>();
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
            p.nextToken();
            Object v = value(at);
            if (m.putIfAbsent(key, v) != null) {
              throw bad(Kind.STRUCTURE, at, "each key once in an object");
            }
          }
          return m;
        }
        case START_ARRAY -> {
          List<Object> list = new ArrayList<>();
          int i = 0;
          while (p.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(pointer + "/" + i++));
          }
          return list;
        }
        case VALUE_STRING -> {
          return p.getText();
        }
        case VALUE_NUMBER_INT -> {
          return p.getNumberType() == JsonParser.NumberType.INT ? p.getIntValue() : p.getText();
        }
        case VALUE_TRUE, VALUE_FALSE -> {
          return t == JsonToken.VALUE_TRUE;
        }
        default -> {
          // null and non-integer numbers: no mapping field takes them.
          return new Object();
        }
      }
    }

    BadInputException bad(Kind kind, String pointer, String expected) {
      long[] at = where.getOrDefault(pointer, new long[] {0, 0});
      return new BadInputException(
          kind, InputLocation.document(pointer, at[0], at[1]), "expected " + expected);
    }
  }

  /** A mapping read from its tree: every field checked, with its pointer. */
  private static final class Parsed {
    static final Set<String> TOP =
        ImmutableSet.of(
            "cxkitMapping",
            "preset",
            "layout",
            "shape",
            "long",
            "respondentColumn",
            "timeColumn",
            "questions",
            "overall",
            "attributes",
            "$schema");
    static final Set<String> LAYOUT =
        ImmutableSet.of(
            "headerRows",
            "combineHeaderRows",
            "delimiter",
            "charset",
            "respondentColumns",
            "numberRows",
            "timeColumns",
            "timePatterns",
            "zone",
            "notApplicableCodes",
            "negativeCodesNotApplicable",
            "notApplicableLabels",
            "labels",
            "endPointLabels",
            "integralDecimals");
    static final Set<String> LONG =
        ImmutableSet.of("questionColumn", "measureColumn", "touchpointColumn", "scoreColumn");

    final Tree t;
    @Nullable SurveyTool preset;
    ExportLayout layout = ExportLayout.plain();
    boolean wide = true;
    @Nullable String respondentColumn;
    @Nullable String timeColumn;
    final Map<String, String> longColumns = new LinkedHashMap<>();
    final List<Item> items = new ArrayList<>();
    final Map<String, String> attributes = new LinkedHashMap<>();

    Parsed(Tree t, Object root) {
      this.t = t;
      Map<String, Object> top = object(root, "", TOP, "a mapping object");
      Object version = top.get("cxkitMapping");
      if (version == null) {
        throw t.bad(Kind.STRUCTURE, "", "the key \"cxkitMapping\": \"" + FORMAT_VERSION + "\"");
      }
      if (!(version instanceof String v) || !v.startsWith("1.")) {
        throw t.bad(Kind.STRUCTURE, "/cxkitMapping", "a version 1.x such as \"1.0\"");
      }
      if (top.containsKey("preset")) {
        String name = string(top.get("preset"), "/preset");
        preset = PRESETS.get(name);
        if (preset == null && !name.equals("plain")) {
          throw t.bad(Kind.STRUCTURE, "/preset", "one of " + PRESETS.keySet() + " or plain");
        }
        layout = preset == null ? ExportLayout.plain() : preset.layout();
      }
      if (top.containsKey("shape")) {
        String shape = string(top.get("shape"), "/shape");
        if (!shape.equals("wide") && !shape.equals("long")) {
          throw t.bad(Kind.STRUCTURE, "/shape", "\"wide\" or \"long\"");
        }
        wide = shape.equals("wide");
      }
      if (top.containsKey("layout")) {
        layout = layout(object(top.get("layout"), "/layout", LAYOUT, "a layout object"));
      }
      if (top.containsKey("long")) {
        if (wide) {
          throw t.bad(Kind.STRUCTURE, "/long", "no long columns in a wide mapping");
        }
        object(top.get("long"), "/long", LONG, "an object of long-shape columns")
            .forEach((k, c) -> longColumns.put(k, string(c, "/long/" + k)));
      }
      if (top.containsKey("respondentColumn")) {
        respondentColumn = string(top.get("respondentColumn"), "/respondentColumn");
      }
      if (top.containsKey("timeColumn")) {
        timeColumn = string(top.get("timeColumn"), "/timeColumn");
      }
      items("/questions", top.get("questions"), true);
      items("/overall", top.get("overall"), false);
      if (items.isEmpty() && wide) {
        throw t.bad(Kind.STRUCTURE, "", "at least one of \"questions\" and \"overall\"");
      }
      if (top.containsKey("attributes")) {
        object(top.get("attributes"), "/attributes", null, "an object of column to key")
            .forEach((k, c) -> attributes.put(k, string(c, "/attributes/" + escape(k))));
      }
    }

    private void items(String pointer, @Nullable Object value, boolean touchpoint) {
      if (value == null) {
        return;
      }
      if (!(value instanceof List<?> list)) {
        throw t.bad(Kind.STRUCTURE, pointer, "an array of mapped columns");
      }
      Set<String> keys =
          touchpoint
              ? ImmutableSet.of("column", "touchpoint", "measure", "labels")
              : ImmutableSet.of("column", "measure", "labels");
      for (int i = 0; i < list.size(); i++) {
        String at = pointer + "/" + i;
        Map<String, Object> o = object(list.get(i), at, keys, "a mapped column object");
        String column = required(o, at, "column");
        String tp = touchpoint ? required(o, at, "touchpoint") : null;
        String measure = required(o, at, "measure");
        ImmutableMap<String, Integer> labels =
            o.containsKey("labels") ? labels(o.get("labels"), at + "/labels") : ImmutableMap.of();
        try {
          org.cxkit.core.MeasureId.of(measure);
          if (tp != null) {
            org.cxkit.core.TouchpointId.of(tp);
          }
        } catch (IllegalArgumentException e) {
          throw t.bad(Kind.STRUCTURE, at, "touchpoint and measure ids as slugs such as 'sign-up'");
        }
        items.add(new Item(column, tp, measure, labels));
      }
    }

    private String required(Map<String, Object> o, String at, String key) {
      if (!o.containsKey(key)) {
        throw t.bad(Kind.STRUCTURE, at, "the key \"" + key + "\"");
      }
      return string(o.get(key), at + "/" + key);
    }

    private ImmutableMap<String, Integer> labels(@Nullable Object value, String at) {
      if (value instanceof String name) {
        ImmutableMap<String, Integer> set = LABEL_SETS.get(name);
        if (set == null) {
          throw t.bad(Kind.STRUCTURE, at, "one of the label sets " + LABEL_SETS.keySet());
        }
        return set;
      }
      ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
      object(value, at, null, "a label set's name or an object of label to scale point")
          .forEach((k, v) -> b.put(k, integer(v, at + "/" + escape(k))));
      return b.buildOrThrow();
    }

    private ExportLayout layout(Map<String, Object> o) {
      ExportLayout.Builder b = layout.toBuilder();
      o.forEach(
          (k, v) -> {
            String at = "/layout/" + k;
            switch (k) {
              case "headerRows" -> {
                int n = integer(v, at);
                if (n < 1 || n > 10) {
                  throw t.bad(Kind.STRUCTURE, at, "1 to 10 header rows");
                }
                b.headerRows(n);
              }
              case "combineHeaderRows" -> {
                if (bool(v, at)) {
                  b.combineHeaderRows();
                }
              }
              case "delimiter" -> {
                String d = string(v, at);
                if (d.length() != 1
                    || "\"\r\n".contains(d)
                    || Character.isLetterOrDigit(d.charAt(0))) {
                  throw t.bad(Kind.STRUCTURE, at, "one delimiter character such as \",\" or \";\"");
                }
                b.delimiter(d.charAt(0));
              }
              case "charset" -> b.charset(charset(string(v, at), at));
              case "respondentColumns" -> b.respondentColumn(strings(v, at).toArray(String[]::new));
              case "numberRows" -> {
                if (bool(v, at)) {
                  b.numberRows();
                }
              }
              case "timeColumns" -> b.timeColumn(strings(v, at).toArray(String[]::new));
              case "timePatterns" -> {
                b.clearTimePatterns();
                List<String> patterns = strings(v, at);
                for (int i = 0; i < patterns.size(); i++) {
                  try {
                    b.timePattern(patterns.get(i));
                  } catch (IllegalArgumentException e) {
                    throw t.bad(
                        Kind.STRUCTURE, at + "/" + i, "a java.time DateTimeFormatter pattern");
                  }
                }
              }
              case "zone" -> {
                try {
                  b.zone(ZoneId.of(string(v, at)));
                } catch (DateTimeException e) {
                  throw t.bad(
                      Kind.STRUCTURE, at, "a time zone such as \"Europe/Helsinki\" or \"UTC\"");
                }
              }
              case "notApplicableCodes" -> {
                if (!(v instanceof List<?> list)) {
                  throw t.bad(Kind.STRUCTURE, at, "an array of integer codes");
                }
                for (int i = 0; i < list.size(); i++) {
                  b.notApplicableCodes(integer(list.get(i), at + "/" + i));
                }
              }
              case "negativeCodesNotApplicable" -> {
                if (bool(v, at)) {
                  b.negativeCodesNotApplicable();
                }
              }
              case "notApplicableLabels" ->
                  b.notApplicableLabels(strings(v, at).toArray(String[]::new));
              case "labels" -> {
                try {
                  b.labels(labels(v, at));
                } catch (IllegalArgumentException e) {
                  throw t.bad(Kind.STRUCTURE, at, "each label given one scale point");
                }
              }
              case "endPointLabels" -> {
                if (bool(v, at)) {
                  b.endPointLabels();
                }
              }
              case "integralDecimals" -> {
                if (bool(v, at)) {
                  b.integralDecimals();
                }
              }
              default -> throw new IllegalStateException("unchecked layout key");
            }
          });
      return b.build();
    }

    private Charset charset(String name, String at) {
      try {
        return Charset.forName(name);
      } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
        throw t.bad(Kind.STRUCTURE, at, "a charset such as \"UTF-8\" or \"windows-1252\"");
      }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> object(
        @Nullable Object value, String at, @Nullable Set<String> keys, String expected) {
      if (!(value instanceof Map<?, ?> m)) {
        throw t.bad(Kind.STRUCTURE, at, expected);
      }
      if (keys != null) {
        for (Object k : m.keySet()) {
          if (!keys.contains(k)) {
            throw t.bad(
                Kind.STRUCTURE, at + "/" + escape((String) k), "one of the keys " + keys + " here");
          }
        }
      }
      return (Map<String, Object>) m;
    }

    private String string(@Nullable Object v, String at) {
      if (!(v instanceof String s) || s.isBlank()) {
        throw t.bad(Kind.STRUCTURE, at, "a non-blank string");
      }
      return s;
    }

    private List<String> strings(@Nullable Object v, String at) {
      if (v instanceof String) {
        return List.of(string(v, at));
      }
      if (!(v instanceof List<?> list)) {
        throw t.bad(Kind.STRUCTURE, at, "a string or an array of strings");
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        out.add(string(list.get(i), at + "/" + i));
      }
      return out;
    }

    private int integer(@Nullable Object v, String at) {
      if (!(v instanceof Integer i)) {
        throw t.bad(Kind.STRUCTURE, at, "an integer");
      }
      return i;
    }

    private boolean bool(@Nullable Object v, String at) {
      if (!(v instanceof Boolean b)) {
        throw t.bad(Kind.STRUCTURE, at, "true or false");
      }
      return b;
    }

    private static String escape(String key) {
      return key.replace("~", "~0").replace("/", "~1");
    }
  }
}
