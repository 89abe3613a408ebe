package org.cxkit.report;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.cxkit.core.CxModel;
import org.cxkit.core.blueprint.JourneyComparison;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.management.Management;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.analysis.ExScorecardResult;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.OperationalResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.ParadoxResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.cxkit.metrics.journeys.RecoveryResult;

/**
 * Renders models, check findings and results as text for people, in one locale: the texts come from
 * the locale's resource bundle (falling back, key by key, to English), the numbers follow the
 * locale's format. {@link TextReport} is the same in English, as static methods.
 *
 * <pre>{@code
 * TextRenderer text = TextRenderer.builder().locale(Locale.forLanguageTag("fi")).build();
 * System.out.println(text.table(model.check()));
 * System.out.println(text.title(Rule.STAGE_EMPTY));
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one per locale and keep it.
 *
 * @since 0.1
 */
public final class TextRenderer {
  private static final TextRenderer ENGLISH = new TextRenderer(Messages.load(Locale.ENGLISH));

  private final Messages messages;
  private final ResultText results;
  private final JourneyText journeys;
  private final CycleText cycle;
  private final OperationalText operational;
  private final ComparisonText comparisons;

  private TextRenderer(Messages messages) {
    this.messages = messages;
    this.results = new ResultText(messages);
    this.journeys = new JourneyText(messages);
    this.cycle = new CycleText(messages, results);
    this.operational = new OperationalText(messages);
    this.comparisons = new ComparisonText(messages);
  }

  /**
   * Returns the English renderer, the one {@link TextReport} uses.
   *
   * @return the English renderer
   * @since 0.1
   */
  public static TextRenderer english() {
    return ENGLISH;
  }

  /**
   * Returns a builder of a renderer (default locale: English).
   *
   * @return a new builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the locale this renderer writes for.
   *
   * @return the locale
   * @since 0.1
   */
  public Locale locale() {
    return messages.locale();
  }

  /**
   * Returns a multi-line outline of a model: its summary, strategy and personas, and each journey's
   * outline.
   *
   * @param model the model
   * @return the outline, one line per part, ending with a line break
   * @since 0.1
   */
  public String outline(CxModel model) {
    return ModelText.outline(requireNonNull(model, "model"));
  }

  /**
   * Returns a multi-line outline of a journey: stages with their phases, each touchpoint with its
   * channel, ownership and measures ({@code *} marks a moment of truth), then the transitions.
   *
   * @param journey the journey
   * @return the outline, one line per part, ending with a line break
   * @since 0.1
   */
  public String outline(Journey journey) {
    return ModelText.outline(requireNonNull(journey, "journey"));
  }

  /**
   * Returns an as-is journey beside its to-be version: the touchpoints added, removed and moved to
   * another stage, then a table of the curves' points where both journeys have one (the journey's
   * own curve, then each persona's curve) with the as-is value (measured, else intended), the to-be
   * value (intended, else measured) and the rise, a line per curve saying where it rose and fell,
   * and each persona curve drawn on one journey only.
   *
   * @param comparison the comparison
   * @return the text, without a final line break
   * @since 0.1
   */
  public String table(JourneyComparison comparison) {
    return comparisons.table(requireNonNull(comparison, "comparison"));
  }

  /**
   * Returns a check report as a summary line and one aligned line per finding: severity, code, path
   * and the finding's sentence.
   *
   * @param report the report
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(CheckReport report) {
    return ModelText.table(messages, requireNonNull(report, "report"));
  }

  /**
   * Returns a scorecard as tables: a row per touchpoint and measure with its target and status, the
   * rollups with data, then the weakest link and stage and what was not scored.
   *
   * @param result the scorecard's result
   * @return the tables, without a final line break
   * @since 0.1
   */
  public String table(ScorecardResult result) {
    return results.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a delight uplift as a table of its groups, then the uplift with its 95% interval, the
   * relative uplift and the reminder that it is observational, not causal.
   *
   * @param result the uplift's result
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(UpliftResult result) {
    return results.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a stratified delight uplift as a table: a row per segment with the n of the delighted
   * and of the satisfied, the segment's uplift with its SE and 95% interval and its share of the
   * pooled weight (a segment with too little data to be weighed is marked and not pooled), then the
   * pooled uplift with its 95% interval, SE, z and p, the method (fixed-effect inverse-variance
   * weighting, Borenstein et al. 2009) and the reminder that it is observational, not causal.
   *
   * @param result the stratified uplift
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(StratifiedUplift result) {
    return results.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a key-driver analysis as a table: R² and adjusted R², then a row per driver from most
   * to least important by Shapley value (r, β, the Johnson and Shapley weights signed by r with
   * their shares of R², the mean and the importance–performance quadrant), then the ranking each
   * method gives. When the regression could not be estimated, the reason.
   *
   * @param result the key drivers' result
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(KeyDriversResult result) {
    return results.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a trend as a table: one row per series and period with n, the value, its interval, the
   * change from the period before with its adjusted p, and notes (significant, too few answers, no
   * answers, outside the p or p′ chart's limits). The heading names the statistic and its unit, the
   * period length, the zone, the correction and the minimum n.
   *
   * @param result the trend's result
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(TrendResult result) {
    return results.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a conformance result as text: the log's fitness and cost, a row per touchpoint with the
   * events met and the failing, out-of-order and missing counts with their rates, then the ad hoc
   * steps, undesigned moves and designed moves nobody took (at most {@value JourneyText#SHOWN} of
   * each).
   *
   * @param result the conformance result
   * @return the text, without a final line break
   * @since 0.1
   */
  public String table(ConformanceResult result) {
    return journeys.table(requireNonNull(result, "result"));
  }

  /**
   * Returns an operational measure's figures as a table: a row per touchpoint with n, the mean, the
   * median and the 90th percentile, each with its interval (t for the mean, order statistics for
   * the quantiles; "-" where n allows none), and a line per target on the measure with its status
   * (met, within tolerance, missed, too few values, no values); a legend names the methods.
   *
   * @param result the operational figures
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(OperationalResult result) {
    return operational.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a paths result as text: a row per step (events, journeys, starts, ends, drop-off), the
   * directly-follows pairs with their counts and the nearest-rank median and p90 of the time
   * between, the most frequent variants with their cumulative coverage, and the channel switches
   * after a failed event.
   *
   * @param result the paths result
   * @return the text, without a final line break
   * @since 0.1
   */
  public String table(PathsResult result) {
    return journeys.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a service-recovery result as text: first-contact resolution, resolved cases and cases
   * that moved to another channel, each with its count, n, share and 95 % Wilson interval; the
   * channel switches; the median and p90 times to first response and to resolution in hours; then
   * per recovery action used, its cases and the mean rating after recovery with its t interval.
   *
   * @param result the recovery result
   * @return the text, without a final line break
   * @since 0.1
   */
  public String table(RecoveryResult result) {
    return cycle.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a recovery-paradox result as text: each group's n, mean rating and t interval, the
   * difference recovered minus never failed with its Welch interval and both n, and what the
   * interval says (the paradox shows, recovered customers rate lower, no paradox shown, or too few
   * ratings to judge).
   *
   * @param result the paradox result
   * @return the text, without a final line break
   * @since 0.1
   */
  public String table(ParadoxResult result) {
    return cycle.table(requireNonNull(result, "result"));
  }

  /**
   * Returns employee experience beside customer experience as a table: per touchpoint, the EX row
   * and the CX rows with measure, unit, n, value, 95 % interval, target and status (too few answers
   * marked), then who delivers the touchpoint and what enables them.
   *
   * @param result the EX scorecard's result
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(ExScorecardResult result) {
    return cycle.table(requireNonNull(result, "result"));
  }

  /**
   * Returns the open initiatives (proposed, planned, in progress) by owner, owners in alphabetical
   * order, with status, target and due date; open initiatives without an owner are counted.
   *
   * @param management the management record
   * @return the table, without a final line break
   * @since 0.1
   */
  public String openInitiatives(Management management) {
    return cycle.openInitiatives(requireNonNull(management, "management"));
  }

  /**
   * Returns a calculator's result as a table: for NPS, the promoters, passives and detractors with
   * their counts and shares, then the score with its interval; for a scale (CSAT, CES, any scale),
   * the mean and the top, good and bottom box with their 95% intervals and methods; a one-line
   * legend explains the terms. Another result prints its own one-line {@code toString}.
   *
   * @param result the result
   * @return the table, without a final line break
   * @since 0.1
   */
  public String table(MetricResult result) {
    return results.table(requireNonNull(result, "result"));
  }

  /**
   * Returns a finding's sentence, such as {@code touchpoint 'talk' is controllable but has no
   * measure}.
   *
   * @param finding the finding
   * @return one line
   * @since 0.1
   */
  public String message(Finding finding) {
    return ModelText.message(messages, requireNonNull(finding, "finding"));
  }

  /**
   * Returns what a rule finds, in one line, such as {@code A stage has no touchpoints}.
   *
   * @param rule the rule
   * @return the title
   * @since 0.1
   */
  public String title(Rule rule) {
    return messages.format(requireNonNull(rule, "rule").code() + ".title");
  }

  /**
   * Returns what to do about a rule's finding, in one or two sentences.
   *
   * @param rule the rule
   * @return the advice
   * @since 0.1
   */
  public String advice(Rule rule) {
    return messages.format(requireNonNull(rule, "rule").code() + ".advice");
  }

  /** Returns {@code TextRenderer[}locale{@code ]}, such as {@code TextRenderer[en]}. */
  @Override
  public String toString() {
    return "TextRenderer[" + locale().toLanguageTag() + "]";
  }

  /**
   * Builds a {@link TextRenderer}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private Locale locale = Locale.ENGLISH;

    private Builder() {}

    /**
     * Sets the locale to write for (default: English). A locale without its own texts gets the
     * English ones, and its own number format.
     *
     * @param locale the locale
     * @return this builder
     * @since 0.1
     */
    public Builder locale(Locale locale) {
      this.locale = requireNonNull(locale, "locale");
      return this;
    }

    /**
     * Builds the renderer, reading the locale's texts.
     *
     * @return the renderer
     * @since 0.1
     */
    public TextRenderer build() {
      return locale.equals(Locale.ENGLISH) ? ENGLISH : new TextRenderer(Messages.load(locale));
    }
  }
}
