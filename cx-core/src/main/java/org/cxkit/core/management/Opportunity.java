package org.cxkit.core.management;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;
import org.cxkit.core.strategy.Insight;

/**
 * A chance to improve the experience, opened by an insight: which touchpoints it concerns, the
 * impact expected and the effort it takes.
 *
 * <pre>{@code
 * Opportunity.of("checklist-first", "Tell applicants every document before they start",
 *         Magnitude.HIGH, Magnitude.LOW)
 *     .withInsight(Insight.of("Applications stall on missing documents", InsightMethod.QUANTITATIVE))
 *     .withTouchpoints(TouchpointId.of("submit-application"));
 * }</pre>
 *
 * @param name a short name that initiatives refer to; not blank
 * @param statement what could be better
 * @param insight the insight that opened it, if recorded
 * @param touchpoints the touchpoints it concerns
 * @param impact the impact expected
 * @param effort the effort it takes
 * @since 0.1
 */
public record Opportunity(
    String name,
    String statement,
    Optional<Insight> insight,
    ImmutableSortedSet<TouchpointId> touchpoints,
    Magnitude impact,
    Magnitude effort) {
  /**
   * Validates and copies the components.
   *
   * @param name a short name; not blank
   * @param statement what could be better; not blank
   * @param insight the insight that opened it
   * @param touchpoints the touchpoints it concerns
   * @param impact the impact expected
   * @param effort the effort it takes
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a text is blank
   */
  public Opportunity {
    Args.text(name, "name");
    Args.text(statement, "statement");
    requireNonNull(insight, "insight");
    touchpoints = ImmutableSortedSet.copyOf(Args.list(touchpoints, "touchpoints"));
    requireNonNull(impact, "impact");
    requireNonNull(effort, "effort");
  }

  /**
   * Returns an opportunity without an insight or touchpoints.
   *
   * @param name a short name
   * @param statement what could be better
   * @param impact the impact expected
   * @param effort the effort it takes
   * @return the opportunity
   * @since 0.1
   */
  public static Opportunity of(String name, String statement, Magnitude impact, Magnitude effort) {
    return new Opportunity(
        name, statement, Optional.empty(), ImmutableSortedSet.of(), impact, effort);
  }

  /**
   * Returns this opportunity opened by an insight.
   *
   * @param newInsight the insight
   * @return the changed opportunity
   * @since 0.1
   */
  public Opportunity withInsight(Insight newInsight) {
    return new Opportunity(
        name,
        statement,
        Optional.of(requireNonNull(newInsight, "newInsight")),
        touchpoints,
        impact,
        effort);
  }

  /**
   * Returns this opportunity concerning these touchpoints.
   *
   * @param newTouchpoints the touchpoints
   * @return the changed opportunity
   * @since 0.1
   */
  public Opportunity withTouchpoints(TouchpointId... newTouchpoints) {
    requireNonNull(newTouchpoints, "newTouchpoints");
    return new Opportunity(
        name,
        statement,
        insight,
        ImmutableSortedSet.copyOf(
            Args.list(java.util.Arrays.asList(newTouchpoints), "newTouchpoints")),
        impact,
        effort);
  }

  @Override
  public String toString() {
    return "Opportunity[" + name + ", impact " + impact + ", effort " + effort + "]";
  }
}
