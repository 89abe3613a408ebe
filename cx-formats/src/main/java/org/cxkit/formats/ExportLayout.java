package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How a survey tool lays out its CSV export: how many header rows it writes and how they name a
 * column, where the respondent id and the response time are (or that rows are to be numbered), how
 * times are written and in which zone, the charset, and the answer conventions (labels, codes and
 * labels that mean <i>not applicable</i>, whole numbers written as decimals, scale end points
 * labelled inside the answer). {@link SurveyTool} has the layouts of the common tools; build one
 * for a tool it does not know:
 *
 * <pre>{@code
 * ExportLayout layout = ExportLayout.builder()
 *     .headerRows(2)                       // question text, then sub-answer
 *     .combineHeaderRows()                 // a blank cell in the first row continues the one before
 *     .respondentColumn("Respondent ID")
 *     .timeColumn("End Date", "MM/dd/yyyy hh:mm:ss a")
 *     .zone(ZoneId.of("Europe/Helsinki"))
 *     .charset(Charset.forName("windows-1252"))
 *     .notApplicableLabels("N/A", "Don't know")
 *     .integralDecimals()
 *     .build();
 * }</pre>
 *
 * <p><b>Column names.</b> A column is known by the text of each of its header rows (stripped; also
 * without HTML markup), by the {@code ImportId} of a Qualtrics-style JSON header cell ({@code
 * {"ImportId":"QID1"}}, also in the older single-quoted form), and with {@link
 * #combineHeaderRows()} by the first row's text and the last row's joined by {@code " / "}. A
 * mapped name must fit exactly one column. A header of the form {@code Submit Date (UTC)} also
 * names the column {@code Submit Date}, and gives the zone of its times; a JSON header cell's
 * {@code "timeZone"} does the same.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ExportLayout {

  private static final ExportLayout PLAIN = builder().respondentColumn("respondent").build();

  private final int headerRows;
  private final boolean combineHeaderRows;
  private final char delimiter;
  private final Charset charset;
  private final ImmutableList<String> respondentColumns;
  private final ImmutableList<String> timeColumns;
  private final ImmutableList<String> timePatterns;
  private final ImmutableList<DateTimeFormatter> timeFormats;
  private final ZoneId zone;
  private final ImmutableSet<Integer> notApplicableCodes;
  private final boolean negativeNotApplicable;
  private final ImmutableSet<String> notApplicableLabels;
  private final ImmutableMap<String, Integer> labels;
  private final boolean endPointLabels;
  private final boolean integralDecimals;

  private ExportLayout(Builder b) {
    this.headerRows = b.headerRows;
    this.combineHeaderRows = b.combineHeaderRows;
    this.delimiter = b.delimiter;
    this.charset = b.charset;
    this.respondentColumns = ImmutableList.copyOf(b.respondentColumns);
    this.timeColumns = ImmutableList.copyOf(b.timeColumns);
    this.timePatterns = ImmutableList.copyOf(b.timePatterns);
    this.timeFormats =
        timePatterns.stream()
            .map(p -> DateTimeFormatter.ofPattern(p, Locale.ROOT))
            .collect(ImmutableList.toImmutableList());
    this.zone = b.zone;
    this.notApplicableCodes = ImmutableSet.copyOf(b.notApplicableCodes);
    this.negativeNotApplicable = b.negativeNotApplicable;
    this.notApplicableLabels = ImmutableSet.copyOf(b.notApplicableLabels);
    this.labels = ImmutableMap.copyOf(b.labels);
    this.endPointLabels = b.endPointLabels;
    this.integralDecimals = b.integralDecimals;
  }

  /**
   * The layout of a plain CSV file: one header row, UTF-8, comma-delimited, the respondent in the
   * column {@code respondent}, ISO-8601 times, integer scores.
   *
   * @return the plain layout
   */
  public static ExportLayout plain() {
    return PLAIN;
  }

  /**
   * Starts a layout: one header row, UTF-8, comma-delimited, rows numbered (no respondent column),
   * no time column, ISO-8601 times in UTC, integer scores, nothing meaning not applicable.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding this layout, to change some of it.
   *
   * @return a builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.headerRows = headerRows;
    b.combineHeaderRows = combineHeaderRows;
    b.delimiter = delimiter;
    b.charset = charset;
    b.respondentColumns.addAll(respondentColumns);
    b.timeColumns.addAll(timeColumns);
    b.timePatterns.addAll(timePatterns);
    b.zone = zone;
    b.notApplicableCodes.addAll(notApplicableCodes);
    b.negativeNotApplicable = negativeNotApplicable;
    b.notApplicableLabels.addAll(notApplicableLabels);
    b.labels.putAll(labels);
    b.endPointLabels = endPointLabels;
    b.integralDecimals = integralDecimals;
    return b;
  }

  /**
   * How many header rows come before the data.
   *
   * @return at least 1
   */
  public int headerRows() {
    return headerRows;
  }

  /**
   * Whether a blank cell in a header row above the last continues the cell to its left, and a
   * column is also named by its first and last header rows joined by {@code " / "}.
   *
   * @return whether header rows are combined
   */
  public boolean combinesHeaderRows() {
    return combineHeaderRows;
  }

  /**
   * The delimiter.
   *
   * @return the delimiter
   */
  public char delimiter() {
    return delimiter;
  }

  /**
   * The charset the bytes are decoded from, strictly.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  /**
   * The names the respondent id column may have, the first found being used; empty: rows are
   * numbered.
   *
   * @return the names, in order of preference
   */
  public ImmutableList<String> respondentColumns() {
    return respondentColumns;
  }

  /**
   * The names the response time column may have, the first found being used; empty: no time.
   *
   * @return the names, in order of preference
   */
  public ImmutableList<String> timeColumns() {
    return timeColumns;
  }

  /**
   * The {@link DateTimeFormatter} patterns times are written in, tried in order; empty: ISO-8601.
   *
   * @return the patterns
   */
  public ImmutableList<String> timePatterns() {
    return timePatterns;
  }

  /**
   * The zone of times written without an offset, unless the time column's header names one.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * The numeric answers that mean not applicable.
   *
   * @return the codes
   */
  public ImmutableSet<Integer> notApplicableCodes() {
    return notApplicableCodes;
  }

  /**
   * Whether every negative numeric answer means not applicable (Qualtrics' recodes).
   *
   * @return whether negative codes are not applicable
   */
  public boolean negativeNotApplicable() {
    return negativeNotApplicable;
  }

  /**
   * The answers that mean not applicable, lower case; a label ending in {@code (N/A)} means it too.
   *
   * @return the labels
   */
  public ImmutableSet<String> notApplicableLabels() {
    return notApplicableLabels;
  }

  /**
   * The labels every question knows, lower case, beside its own.
   *
   * @return label to scale point
   */
  public ImmutableMap<String, Integer> labels() {
    return labels;
  }

  /**
   * Whether an answer such as {@code Stimme voll zu - 5} or {@code 0 - Not at all likely} is read
   * as its number.
   *
   * @return whether end point labels are read
   */
  public boolean endPointLabels() {
    return endPointLabels;
  }

  /**
   * Whether a whole number written as a decimal ({@code 9.0}) is read as that number.
   *
   * @return whether integral decimals are read
   */
  public boolean integralDecimals() {
    return integralDecimals;
  }

  ImmutableList<DateTimeFormatter> timeFormats() {
    return timeFormats;
  }

  @Override
  public String toString() {
    return "ExportLayout["
        + headerRows
        + (headerRows == 1 ? " header row" : " header rows")
        + (combineHeaderRows ? " combined" : "")
        + ", "
        + charset.name()
        + ", delimiter '"
        + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter))
        + "', respondent "
        + (respondentColumns.isEmpty() ? "numbered" : respondentColumns)
        + (timeColumns.isEmpty() ? "" : ", time " + timeColumns)
        + (timePatterns.isEmpty() ? "" : " " + timePatterns)
        + ", zone "
        + zone
        + (negativeNotApplicable ? ", negative codes n/a" : "")
        + (notApplicableCodes.isEmpty() ? "" : ", n/a codes " + notApplicableCodes)
        + (notApplicableLabels.isEmpty() ? "" : ", " + notApplicableLabels.size() + " n/a labels")
        + (labels.isEmpty() ? "" : ", " + labels.size() + " labels")
        + (endPointLabels ? ", end point labels" : "")
        + (integralDecimals ? ", integral decimals" : "")
        + "]";
  }

  /**
   * Configures an {@link ExportLayout}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private int headerRows = 1;
    private boolean combineHeaderRows;
    private char delimiter = ',';
    private Charset charset = StandardCharsets.UTF_8;
    private final List<String> respondentColumns = new ArrayList<>();
    private final List<String> timeColumns = new ArrayList<>();
    private final List<String> timePatterns = new ArrayList<>();
    private ZoneId zone = ZoneOffset.UTC;
    private final Set<Integer> notApplicableCodes = new LinkedHashSet<>();
    private boolean negativeNotApplicable;
    private final Set<String> notApplicableLabels = new LinkedHashSet<>();
    private final Map<String, Integer> labels = new LinkedHashMap<>();
    private boolean endPointLabels;
    private boolean integralDecimals;

    private Builder() {}

    /**
     * Sets how many header rows come before the data (default 1).
     *
     * @param rows 1 to 10
     * @return this builder
     * @throws IllegalArgumentException if {@code rows} is not 1 to 10
     */
    public Builder headerRows(int rows) {
      checkArgument(rows >= 1 && rows <= 10, "header rows must be 1 to 10, got %s", rows);
      this.headerRows = rows;
      return this;
    }

    /**
     * Combines the header rows as SurveyMonkey writes them: a blank cell in a row above the last
     * continues the cell to its left (a matrix question's text stands over its first column only),
     * and a column is also named by its first and last rows joined by {@code " / "}.
     *
     * @return this builder
     */
    public Builder combineHeaderRows() {
      this.combineHeaderRows = true;
      return this;
    }

    /**
     * Sets the delimiter (default {@code ','}).
     *
     * @param delimiter the delimiter
     * @return this builder
     * @throws IllegalArgumentException if it is a quote, a line break or a letter or digit
     */
    public Builder delimiter(char delimiter) {
      checkArgument(
          delimiter != '"'
              && delimiter != '\n'
              && delimiter != '\r'
              && !Character.isLetterOrDigit(delimiter),
          "unusable delimiter");
      this.delimiter = delimiter;
      return this;
    }

    /**
     * Sets the charset (default UTF-8), such as {@code windows-1252} for older exports; bytes that
     * are not valid in it fail the read with their line and column.
     *
     * @param charset the charset
     * @return this builder
     */
    public Builder charset(Charset charset) {
      this.charset = requireNonNull(charset, "charset");
      return this;
    }

    /**
     * Adds names the respondent id column may have (the first the header has is used); with none,
     * rows are numbered ({@code row-3} for the first data row after two header rows).
     *
     * @param names the names, in order of preference
     * @return this builder
     */
    public Builder respondentColumn(String... names) {
      for (String n : requireNonNull(names, "names")) {
        respondentColumns.add(requireNonNull(n, "name").strip());
      }
      return this;
    }

    /**
     * Numbers the rows instead of reading a respondent column ({@code row-3} for the first data row
     * after two header rows): for exports without respondent ids. Forgets the names given so far.
     *
     * @return this builder
     */
    public Builder numberRows() {
      respondentColumns.clear();
      return this;
    }

    /**
     * Adds names the response time column may have, the first the header has being used; times are
     * ISO-8601 unless {@link #timePattern} says otherwise.
     *
     * @param names the names, in order of preference
     * @return this builder
     */
    public Builder timeColumn(String... names) {
      for (String n : requireNonNull(names, "names")) {
        timeColumns.add(requireNonNull(n, "name").strip());
      }
      return this;
    }

    /**
     * Adds a {@link DateTimeFormatter} pattern times may be written in, such as {@code M/d/yyyy
     * H:mm:ss}; patterns are tried in order. A time without an offset is in the {@link #zone}.
     *
     * @param pattern the pattern
     * @return this builder
     * @throws IllegalArgumentException if the pattern is not a valid pattern
     */
    public Builder timePattern(String pattern) {
      // Made only to check the pattern: an invalid one throws here, not at the first read.
      var unused = DateTimeFormatter.ofPattern(requireNonNull(pattern, "pattern"), Locale.ROOT);
      timePatterns.add(pattern);
      return this;
    }

    /** Forgets the time patterns given so far (a mapping file's patterns replace a preset's). */
    Builder clearTimePatterns() {
      timePatterns.clear();
      return this;
    }

    /**
     * Sets the zone of times written without an offset (default UTC), unless the time column's
     * header names one.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Adds numeric answers that mean not applicable, counted on their own (neither a score nor a
     * skipped question nor a bad row).
     *
     * @param codes the codes
     * @return this builder
     */
    public Builder notApplicableCodes(int... codes) {
      for (int c : requireNonNull(codes, "codes")) {
        notApplicableCodes.add(c);
      }
      return this;
    }

    /**
     * Makes every negative numeric answer mean not applicable, as Qualtrics recodes "No opinion"
     * (-1), "Never tried it" (-2) and the like.
     *
     * @return this builder
     */
    public Builder negativeCodesNotApplicable() {
      this.negativeNotApplicable = true;
      return this;
    }

    /**
     * Adds answers that mean not applicable (matched ignoring case and surrounding space); an
     * answer ending in {@code (N/A)} means it too.
     *
     * @param labels the labels
     * @return this builder
     */
    public Builder notApplicableLabels(String... labels) {
      for (String l : requireNonNull(labels, "labels")) {
        notApplicableLabels.add(fold(requireNonNull(l, "label")));
      }
      return this;
    }

    /**
     * Adds labels every question knows, beside its own (matched ignoring case and surrounding
     * space), such as {@link Labels#MICROSOFT_FORMS_SATISFACTION}.
     *
     * @param labels label to scale point
     * @return this builder
     * @throws IllegalArgumentException if a label is already given another point
     */
    public Builder labels(Map<String, Integer> labels) {
      requireNonNull(labels, "labels")
          .forEach(
              (k, v) -> {
                String f = fold(requireNonNull(k, "label"));
                Integer old = this.labels.putIfAbsent(f, requireNonNull(v, "point"));
                checkArgument(old == null || old.equals(v), "label given two points");
              });
      return this;
    }

    /**
     * Reads an answer whose scale point is written beside its label, {@code Stimme voll zu - 5}
     * (LimeSurvey's end points) or {@code 0 - Not at all likely}, as that number.
     *
     * @return this builder
     */
    public Builder endPointLabels() {
      this.endPointLabels = true;
      return this;
    }

    /**
     * Reads a whole number written as a decimal, {@code 9.0}, as that number; {@code 9.5} stays a
     * bad answer.
     *
     * @return this builder
     */
    public Builder integralDecimals() {
      this.integralDecimals = true;
      return this;
    }

    /**
     * Builds the layout.
     *
     * @return the layout
     */
    public ExportLayout build() {
      return new ExportLayout(this);
    }
  }

  /** How labels are compared: stripped, lower case. */
  static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }
}
