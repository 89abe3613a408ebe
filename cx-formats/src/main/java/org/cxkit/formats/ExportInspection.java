package org.cxkit.formats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.cxkit.metrics.BadInputException;
import org.jspecify.annotations.Nullable;

/**
 * What an export looks like, found by reading its start: the tool that wrote it, its header rows,
 * charset and delimiter, and each column with how often it was answered, the values seen and a
 * guessed measure; and a {@linkplain #draftMapping() draft mapping file} to edit.
 *
 * <pre>{@code
 * ExportInspection seen = ExportInspection.of(Path.of("export.csv"));
 * System.out.println(seen);                 // ExportInspection[qualtrics, 3 header rows, UTF-8, ...]
 * Files.writeString(Path.of("mapping.json"), seen.draftMapping());
 * }</pre>
 *
 * <p>Values are listed only for columns with at most {@value #MAX_VALUES} distinct answers
 * (ratings, choices); a column of free text or ids shows only how many distinct answers it has, so
 * the inspection does not print what respondents wrote. Instances are immutable.
 *
 * @since 0.1
 */
public final class ExportInspection {
  /** The most distinct answers a column may have for them to be listed. */
  public static final int MAX_VALUES = 12;

  /** How many bytes of the file are read at most. */
  static final int MAX_BYTES = 8 << 20;

  /** How many data rows are looked at at most. */
  static final int MAX_ROWS = 10_000;

  /**
   * One column: its position and name, how many rows answered it, the answers seen (when few),
   * their range when they are numbers, and the measure they look like.
   *
   * @param index the 0-based position
   * @param name the name a mapping gives it (the header row that names columns best)
   * @param answered rows with a non-blank answer
   * @param distinct distinct answers seen, up to {@value #MAX_VALUES} + 1
   * @param values the answers seen, in order of first appearance, when at most {@value #MAX_VALUES}
   * @param min the lowest integer answer, if every answer is an integer or a known label
   * @param max the highest integer answer, likewise
   * @param measure the measure the answers look like ({@code nps}, {@code csat}, {@code ces},
   *     {@code agreement}), if any
   * @param labels the built-in label set the answers use, if any
   * @since 0.1
   */
  public record Column(
      int index,
      String name,
      long answered,
      int distinct,
      ImmutableList<String> values,
      OptionalInt min,
      OptionalInt max,
      Optional<String> measure,
      Optional<String> labels) {
    /**
     * Validates the components.
     *
     * @param index the 0-based position
     * @param name the name a mapping gives it
     * @param answered rows with a non-blank answer
     * @param distinct distinct answers seen
     * @param values the answers seen, when few
     * @param min the lowest integer answer
     * @param max the highest integer answer
     * @param measure the measure the answers look like
     * @param labels the built-in label set the answers use
     */
    public Column {
      requireNonNull(name, "name");
      values = ImmutableList.copyOf(requireNonNull(values, "values"));
      requireNonNull(min, "min");
      requireNonNull(max, "max");
      requireNonNull(measure, "measure");
      requireNonNull(labels, "labels");
    }
  }

  private final Optional<SurveyTool> tool;
  private final ExportLayout layout;
  private final long rows;
  private final boolean complete;
  private final ImmutableList<Column> columns;
  private final @Nullable String respondentColumn;
  private final @Nullable String timeColumn;

  private ExportInspection(
      Optional<SurveyTool> tool,
      ExportLayout layout,
      long rows,
      boolean complete,
      List<Column> columns,
      @Nullable String respondentColumn,
      @Nullable String timeColumn) {
    this.tool = tool;
    this.layout = layout;
    this.rows = rows;
    this.complete = complete;
    this.columns = ImmutableList.copyOf(columns);
    this.respondentColumn = respondentColumn;
    this.timeColumn = timeColumn;
  }

  /**
   * Inspects the start of an export file (at most 8 MiB and 10,000 rows).
   *
   * @param file the file
   * @return what was found
   * @throws BadInputException if the file is not CSV that any layout reads, or cannot be read
   */
  public static ExportInspection of(Path file) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return of(in);
    } catch (IOException e) {
      throw CsvRows.io(e);
    }
  }

  /**
   * Inspects the start of an export (at most 8 MiB and 10,000 rows); the stream is not closed.
   *
   * @param in the bytes
   * @return what was found
   * @throws BadInputException if the bytes are not CSV that any layout reads, or cannot be read
   */
  public static ExportInspection of(InputStream in) {
    requireNonNull(in, "in");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_BYTES);
    } catch (IOException e) {
      throw CsvRows.io(e);
    }
    boolean whole = bytes.length < MAX_BYTES;
    int end = whole ? bytes.length : lastLineEnd(bytes);
    Charset charset =
        decodes(bytes, end, StandardCharsets.UTF_8)
            ? StandardCharsets.UTF_8
            : Charset.forName("windows-1252");
    String head = new String(bytes, 0, Math.min(end, 1 << 16), charset);
    char delimiter = delimiter(head);
    List<String[]> firstRows = new ArrayList<>();
    try (CsvRows rows =
        CsvRows.of(
            new ByteArrayInputStream(bytes, 0, end), charset, delimiter, 1_000_000, 8_000_000)) {
      while (firstRows.size() < 3 && rows.next()) {
        if (!rows.isEmptyLine() && rows.malformed() == null) {
          String[] cells = new String[rows.width()];
          for (int i = 0; i < cells.length; i++) {
            cells[i] = rows.cellOrEmpty(i);
          }
          firstRows.add(cells);
        }
      }
    }
    Optional<SurveyTool> tool = detect(firstRows);
    ExportLayout layout =
        tool.map(SurveyTool::layout).orElse(ExportLayout.plain()).toBuilder()
            .charset(charset)
            .delimiter(delimiter)
            .build();
    return inspect(bytes, end, whole, tool, layout);
  }

  private static ExportInspection inspect(
      byte[] bytes, int end, boolean whole, Optional<SurveyTool> tool, ExportLayout layout) {
    try (CsvRows rows =
        CsvRows.of(
            new ByteArrayInputStream(bytes, 0, end),
            layout.charset(),
            layout.delimiter(),
            1_000_000,
            8_000_000)) {
      ExportHeader header = ExportHeader.read(rows, layout);
      int width = header.width();
      List<Set<String>> seen = new ArrayList<>();
      long[] answered = new long[width];
      for (int i = 0; i < width; i++) {
        seen.add(new LinkedHashSet<>());
      }
      long n = 0;
      while (n < MAX_ROWS && rows.next()) {
        if (rows.isEmptyLine() || rows.malformed() != null) {
          continue;
        }
        n++;
        for (int i = 0; i < width; i++) {
          String v = rows.cellOrEmpty(i).strip();
          if (v.isEmpty()) {
            continue;
          }
          answered[i]++;
          Set<String> s = seen.get(i);
          if (s.size() <= MAX_VALUES) {
            s.add(v.length() > 60 ? v.substring(0, 60) : v);
          }
        }
      }
      boolean complete = whole && !rows.next();
      String respondent = header.firstPresent(layout.respondentColumns());
      String time = header.firstPresent(layout.timeColumns());
      Answers answers = new Answers(layout);
      List<Column> columns = new ArrayList<>();
      for (int i = 0; i < width; i++) {
        String name = name(header, i);
        columns.add(
            column(
                i,
                name,
                answered[i],
                seen.get(i),
                answers,
                name.equals(respondent) || name.equals(time)));
      }
      return new ExportInspection(tool, layout, n, complete, columns, respondent, time);
    }
  }

  /** The name a mapping should use: the header row that names columns best for the layout. */
  private static String name(ExportHeader header, int i) {
    List<String> names = List.copyOf(header.names(i));
    if (names.isEmpty()) {
      return "";
    }
    if (header.rows().size() > 1) {
      for (String n : names) {
        if (n.contains(" / ")) {
          return n; // a combined name is unique where the first row alone is not
        }
      }
    }
    for (String n : names) {
      if (n.indexOf('<') < 0) {
        return n; // the text without markup
      }
    }
    return names.get(0);
  }

  private static Column column(
      int index, String name, long answered, Set<String> values, Answers answers, boolean meta) {
    int distinct = values.size();
    ImmutableList<String> listed =
        distinct <= MAX_VALUES ? ImmutableList.copyOf(values) : ImmutableList.of();
    if (meta || distinct == 0 || distinct > MAX_VALUES) {
      return unscored(index, name, answered, distinct, listed, null);
    }
    // The label set that names most of the answers, every answer being a score with it.
    String labelSet = null;
    ImmutableMap<String, Integer> labels = ImmutableMap.of();
    long best = 0;
    for (Map.Entry<String, ImmutableMap<String, Integer>> e : LABEL_SETS.entrySet()) {
      ImmutableMap<String, Integer> set = e.getValue();
      long covered = values.stream().filter(v -> set.containsKey(ExportLayout.fold(v))).count();
      if (covered > best && values.stream().allMatch(v -> answers.score(v, set) != Answers.BAD)) {
        best = covered;
        labelSet = e.getKey();
        labels = set;
      }
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (String v : values) {
      int s = answers.score(v, labels);
      if (s == Answers.BAD) {
        return unscored(index, name, answered, distinct, listed, null);
      }
      if (s != Answers.NOT_APPLICABLE) {
        min = Math.min(min, s);
        max = Math.max(max, s);
      }
    }
    if (min > max) {
      return unscored(index, name, answered, distinct, listed, labelSet);
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String measure;
    if (labelSet != null) {
      measure = labelSet.equals("agreement") ? "agreement" : "csat";
    } else if (min >= 0 && max <= 10 && (lower.contains("recommend") || max >= 8)) {
      measure = "nps";
    } else if (min >= 1 && max <= 5) {
      measure = "csat";
    } else if (min >= 1 && max <= 7) {
      measure = "ces";
    } else {
      measure = null;
    }
    return new Column(
        index,
        name,
        answered,
        distinct,
        listed,
        OptionalInt.of(min),
        OptionalInt.of(max),
        Optional.ofNullable(measure),
        Optional.ofNullable(labelSet));
  }

  /** A column whose answers are no scale: no range and no measure. */
  private static Column unscored(
      int index,
      String name,
      long answered,
      int distinct,
      ImmutableList<String> listed,
      @Nullable String labelSet) {
    return new Column(
        index,
        name,
        answered,
        distinct,
        listed,
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.ofNullable(labelSet));
  }

  private static ImmutableMap<String, Integer> folded(ImmutableMap<String, Integer> labels) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    labels.forEach((k, v) -> b.put(ExportLayout.fold(k), v));
    return b.buildKeepingLast();
  }

  /** The built-in label sets by their mapping names, folded as answers are matched. */
  private static final ImmutableMap<String, ImmutableMap<String, Integer>> LABEL_SETS =
      ImmutableMap.of(
          "satisfaction", folded(Labels.SATISFACTION),
          "microsoft-forms-satisfaction", folded(Labels.MICROSOFT_FORMS_SATISFACTION),
          "agreement", folded(Labels.AGREEMENT));

  /** The tool whose header signature the first rows have. */
  static Optional<SurveyTool> detect(List<String[]> rows) {
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Set<String> first = new LinkedHashSet<>();
    for (String c : rows.get(0)) {
      first.add(c.strip());
    }
    if (rows.size() >= 3) {
      for (String c : rows.get(2)) {
        String s = c.strip();
        if (s.startsWith("{\"ImportId\"") || s.startsWith("{'ImportId'")) {
          return Optional.of(SurveyTool.QUALTRICS);
        }
      }
    }
    if ((first.contains("Respondent ID") || first.contains("RespondentID"))
        && (first.contains("Collector ID") || first.contains("CollectorID"))) {
      return Optional.of(SurveyTool.SURVEYMONKEY);
    }
    if (first.contains("submitdate")
        && (first.contains("lastpage") || first.contains("startlanguage"))) {
      return Optional.of(SurveyTool.LIMESURVEY);
    }
    if (first.contains("Submit Date (UTC)")
        || (first.contains("#") && first.contains("Network ID"))) {
      return Optional.of(SurveyTool.TYPEFORM);
    }
    if (first.contains("Start time") && first.contains("Completion time")) {
      return Optional.of(SurveyTool.MICROSOFT_FORMS);
    }
    if (first.contains("Timestamp")) {
      return Optional.of(SurveyTool.GOOGLE_FORMS);
    }
    return Optional.empty();
  }

  private static boolean decodes(byte[] bytes, int end, Charset charset) {
    try {
      charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, end));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static int lastLineEnd(byte[] bytes) {
    for (int i = bytes.length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i + 1;
      }
    }
    return bytes.length;
  }

  /** The delimiter the first line has most of, outside quotes: comma, semicolon or tab. */
  static char delimiter(String head) {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    return tabs > commas && tabs > semicolons ? '\t' : semicolons > commas ? ';' : ',';
  }

  /**
   * The tool whose layout the export has, if one was recognised.
   *
   * @return the tool
   */
  public Optional<SurveyTool> tool() {
    return tool;
  }

  /**
   * The layout found: the tool's, with the charset and delimiter seen.
   *
   * @return the layout
   */
  public ExportLayout layout() {
    return layout;
  }

  /**
   * How many data rows were looked at.
   *
   * @return the rows
   */
  public long rows() {
    return rows;
  }

  /**
   * Whether the whole export was looked at (not only its first 8 MiB or 10,000 rows).
   *
   * @return whether the inspection saw every row
   */
  public boolean complete() {
    return complete;
  }

  /**
   * The columns, in file order.
   *
   * @return the columns
   */
  public ImmutableList<Column> columns() {
    return columns;
  }

  /**
   * The respondent id column found, if any (none: rows are numbered).
   *
   * @return the column's name
   */
  public Optional<String> respondentColumn() {
    return Optional.ofNullable(respondentColumn);
  }

  /**
   * The response time column found, if any.
   *
   * @return the column's name
   */
  public Optional<String> timeColumn() {
    return Optional.ofNullable(timeColumn);
  }

  /**
   * A mapping file to edit ({@link ExportMapping}'s format): the preset, the layout's charset and
   * delimiter where they differ from the preset's, every column with a guessed measure as an
   * overall item (NPS) or a question whose touchpoint is named after the column, to be renamed to
   * the model's touchpoints.
   *
   * @return the JSON text
   */
  public String draftMapping() {
    StringBuilder b =
        new StringBuilder("{\n  \"cxkitMapping\": \"")
            .append(ExportMapping.FORMAT_VERSION)
            .append("\",\n");
    b.append("  \"preset\": \"")
        .append(tool.map(ExportInspection::presetName).orElse("plain"))
        .append("\",\n");
    ExportLayout preset = tool.map(SurveyTool::layout).orElse(ExportLayout.plain());
    List<String> layoutLines = new ArrayList<>();
    if (!layout.charset().equals(preset.charset())) {
      layoutLines.add("\"charset\": " + json(layout.charset().name()));
    }
    if (layout.delimiter() != preset.delimiter()) {
      layoutLines.add("\"delimiter\": " + json(String.valueOf(layout.delimiter())));
    }
    if (respondentColumn == null && !preset.respondentColumns().isEmpty()) {
      layoutLines.add("\"numberRows\": true");
    }
    if (!layoutLines.isEmpty()) {
      b.append("  \"layout\": { ").append(String.join(", ", layoutLines)).append(" },\n");
    }
    List<String> questions = new ArrayList<>();
    List<String> overall = new ArrayList<>();
    Map<String, Integer> slugs = new LinkedHashMap<>();
    for (Column c : columns) {
      if (c.measure().isEmpty()) {
        continue;
      }
      String labels = c.labels().map(l -> ", \"labels\": " + json(l)).orElse("");
      if (c.measure().get().equals("nps")) {
        overall.add(
            "    { \"column\": " + json(c.name()) + ", \"measure\": \"nps\"" + labels + " }");
      } else {
        String slug = slug(c.name(), slugs);
        questions.add(
            "    { \"column\": "
                + json(c.name())
                + ", \"touchpoint\": "
                + json(slug)
                + ", \"measure\": "
                + json(c.measure().get())
                + labels
                + " }");
      }
    }
    b.append("  \"questions\": [\n")
        .append(String.join(",\n", questions))
        .append(questions.isEmpty() ? "" : "\n")
        .append("  ],\n");
    b.append("  \"overall\": [\n")
        .append(String.join(",\n", overall))
        .append(overall.isEmpty() ? "" : "\n")
        .append("  ]\n");
    return b.append("}\n").toString();
  }

  static String presetName(SurveyTool t) {
    return t.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A touchpoint slug from a column's name: its first words, made unique. */
  private static String slug(String name, Map<String, Integer> used) {
    String s =
        name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    String[] words = s.split("-");
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (w.isEmpty() || b.length() + w.length() > 24) {
        break;
      }
      b.append(b.length() == 0 ? "" : "-").append(w);
    }
    String base = b.length() == 0 ? "touchpoint" : b.toString();
    int n = used.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + "-" + n;
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < ' ') {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  @Override
  public String toString() {
    long guessed = columns.stream().filter(c -> c.measure().isPresent()).count();
    return "ExportInspection["
        + tool.map(ExportInspection::presetName).orElse("plain CSV")
        + ", "
        + layout.headerRows()
        + (layout.headerRows() == 1 ? " header row, " : " header rows, ")
        + layout.charset().name()
        + ", delimiter '"
        + (layout.delimiter() == '\t' ? "\\t" : String.valueOf(layout.delimiter()))
        + "', "
        + columns.size()
        + " columns ("
        + guessed
        + " with a guessed measure), "
        + rows
        + (complete ? " rows" : " rows looked at")
        + "]";
  }
}
