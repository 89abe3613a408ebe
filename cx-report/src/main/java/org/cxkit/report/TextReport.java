package org.cxkit.report;

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
 * The front door of cx-report: renders models, check findings and results as English text for
 * terminals and JShell. The values themselves print one-line summaries; these are the multi-line
 * views people read. For another locale, build a {@link TextRenderer}.
 *
 * <pre>{@code
 * System.out.println(TextReport.outline(model));          // strategy, personas, journeys
 * System.out.println(TextReport.table(model.check()));    // every finding with its sentence
 * System.out.println(TextReport.table(scorecardResult));  // a row per touchpoint and measure
 * System.out.println(TextReport.table(Nps.of(10, 9, 6)));  // shares, score, interval, legend
 * System.out.println(TextReport.advice(Rule.STAGE_EMPTY));
 * }</pre>
 *
 * @since 0.1
 */
public final class TextReport {
  private TextReport() {}

  /**
   * Returns a multi-line outline of a model, as {@link TextRenderer#outline(CxModel)} does.
   *
   * @param model the model
   * @return the outline
   * @since 0.1
   */
  public static String outline(CxModel model) {
    return TextRenderer.english().outline(model);
  }

  /**
   * Returns a multi-line outline of a journey, as {@link TextRenderer#outline(Journey)} does.
   *
   * @param journey the journey
   * @return the outline
   * @since 0.1
   */
  public static String outline(Journey journey) {
    return TextRenderer.english().outline(journey);
  }

  /**
   * Returns a check report as an aligned table of findings with their sentences, as {@link
   * TextRenderer#table(CheckReport)} does.
   *
   * @param report the report
   * @return the table
   * @since 0.1
   */
  public static String table(CheckReport report) {
    return TextRenderer.english().table(report);
  }

  /**
   * Returns a scorecard as tables, as {@link TextRenderer#table(ScorecardResult)} does.
   *
   * @param result the scorecard's result
   * @return the tables
   * @since 0.1
   */
  public static String table(ScorecardResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a delight uplift as a table, as {@link TextRenderer#table(UpliftResult)} does.
   *
   * @param result the uplift's result
   * @return the table
   * @since 0.1
   */
  public static String table(UpliftResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns an as-is journey beside its to-be version, as {@link
   * TextRenderer#table(JourneyComparison)} does.
   *
   * @param comparison the comparison
   * @return the text
   * @since 0.1
   */
  public static String table(JourneyComparison comparison) {
    return TextRenderer.english().table(comparison);
  }

  /**
   * Returns a stratified delight uplift as a table, as {@link TextRenderer#table(StratifiedUplift)}
   * does.
   *
   * @param result the stratified uplift
   * @return the table
   * @since 0.1
   */
  public static String table(StratifiedUplift result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a key-driver analysis as a table, as {@link TextRenderer#table(KeyDriversResult)} does.
   *
   * @param result the key drivers' result
   * @return the table
   * @since 0.1
   */
  public static String table(KeyDriversResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a trend as a table, as {@link TextRenderer#table(TrendResult)} does.
   *
   * @param result the trend's result
   * @return the table
   * @since 0.1
   */
  public static String table(TrendResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a conformance result as text, as {@link TextRenderer#table(ConformanceResult)} does.
   *
   * @param result the conformance result
   * @return the text
   * @since 0.1
   */
  public static String table(ConformanceResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns an operational measure's figures as a table, as {@link
   * TextRenderer#table(OperationalResult)} does.
   *
   * @param result the operational figures
   * @return the table
   * @since 0.1
   */
  public static String table(OperationalResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a paths result as text, as {@link TextRenderer#table(PathsResult)} does.
   *
   * @param result the paths result
   * @return the text
   * @since 0.1
   */
  public static String table(PathsResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a service-recovery result as text, as {@link TextRenderer#table(RecoveryResult)} does.
   *
   * @param result the recovery result
   * @return the text
   * @since 0.1
   */
  public static String table(RecoveryResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a recovery-paradox result as text, as {@link TextRenderer#table(ParadoxResult)} does.
   *
   * @param result the paradox result
   * @return the text
   * @since 0.1
   */
  public static String table(ParadoxResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns employee experience beside customer experience as a table, as {@link
   * TextRenderer#table(ExScorecardResult)} does.
   *
   * @param result the EX scorecard's result
   * @return the table
   * @since 0.1
   */
  public static String table(ExScorecardResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns the open initiatives by owner, as {@link TextRenderer#openInitiatives(Management)}
   * does.
   *
   * @param management the management record
   * @return the table
   * @since 0.1
   */
  public static String openInitiatives(Management management) {
    return TextRenderer.english().openInitiatives(management);
  }

  /**
   * Returns an NPS or scale result as a table, as {@link TextRenderer#table(MetricResult)} does.
   *
   * @param result the result
   * @return the table
   * @since 0.1
   */
  public static String table(MetricResult result) {
    return TextRenderer.english().table(result);
  }

  /**
   * Returns a finding's sentence, as {@link TextRenderer#message(Finding)} does.
   *
   * @param finding the finding
   * @return one line
   * @since 0.1
   */
  public static String message(Finding finding) {
    return TextRenderer.english().message(finding);
  }

  /**
   * Returns what a rule finds, as {@link TextRenderer#title(Rule)} does.
   *
   * @param rule the rule
   * @return the title
   * @since 0.1
   */
  public static String title(Rule rule) {
    return TextRenderer.english().title(rule);
  }

  /**
   * Returns what to do about a rule's finding, as {@link TextRenderer#advice(Rule)} does.
   *
   * @param rule the rule
   * @return the advice
   * @since 0.1
   */
  public static String advice(Rule rule) {
    return TextRenderer.english().advice(rule);
  }
}
