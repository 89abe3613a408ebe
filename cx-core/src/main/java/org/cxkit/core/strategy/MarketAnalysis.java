package org.cxkit.core.strategy;

import com.google.common.collect.ImmutableList;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Plural;

/**
 * What the organisation knows about its market: competitors and insights.
 *
 * <pre>{@code
 * MarketAnalysis.of(
 *     List.of(Competitor.of("Tech meetup")),
 *     List.of(Insight.of("Members want to meet", InsightMethod.QUANTITATIVE)));
 * }</pre>
 *
 * @param competitors the competitors
 * @param insights the insights
 */
public record MarketAnalysis(
    ImmutableList<Competitor> competitors, ImmutableList<Insight> insights) {
  /** No analysis yet. */
  public static final MarketAnalysis EMPTY =
      new MarketAnalysis(ImmutableList.of(), ImmutableList.of());

  /**
   * Copies the components.
   *
   * @param competitors the competitors
   * @param insights the insights
   * @throws NullPointerException if an argument or element is null
   */
  public MarketAnalysis {
    competitors = Args.list(competitors, "competitors");
    insights = Args.list(insights, "insights");
  }

  /**
   * Returns an analysis.
   *
   * @param competitors the competitors
   * @param insights the insights
   * @return the analysis
   */
  public static MarketAnalysis of(Iterable<Competitor> competitors, Iterable<Insight> insights) {
    return new MarketAnalysis(
        Args.list(competitors, "competitors"), Args.list(insights, "insights"));
  }

  /**
   * Returns whether nothing is recorded.
   *
   * @return true if there are no competitors and no insights
   */
  public boolean isEmpty() {
    return competitors.isEmpty() && insights.isEmpty();
  }

  @Override
  public String toString() {
    return "MarketAnalysis["
        + Plural.count(competitors.size(), "competitor")
        + ", "
        + Plural.count(insights.size(), "insight")
        + "]";
  }
}
