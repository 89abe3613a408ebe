package org.cxkit.core.management;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.cxkit.core.JourneyId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.internal.Args;
import org.cxkit.core.strategy.Insight;

/**
 * The CX management system of a model: the improvement cycle (insights, opportunities,
 * initiatives), journey owners and their review cadence, and the employee experience behind
 * frontline touchpoints.
 *
 * <pre>{@code
 * Management m = Management.builder()
 *     .insight(Insight.of("Applications stall on missing documents", InsightMethod.QUANTITATIVE))
 *     .opportunity(Opportunity.of("checklist-first", "List every document up front",
 *         Magnitude.HIGH, Magnitude.LOW))
 *     .initiative(Initiative.of("Document checklist", InitiativeStatus.IN_PROGRESS)
 *         .withOwner("Permit services lead").withTarget(MetricTarget.mean("csat", 4.2)))
 *     .journeyOwner(JourneyId.of("building-permit"), "Permit services lead")
 *     .review(Review.every("Permit services lead", Period.ofMonths(1)))
 *     .build();
 * }</pre>
 *
 * <p>Rules checked here: opportunity names are unique, an initiative's opportunity exists, a
 * touchpoint has at most one employee-experience record. The model checks that touchpoints,
 * journeys and measures named here exist.
 *
 * @param insights what was learned
 * @param opportunities the chances to improve
 * @param initiatives the work under way or done
 * @param journeyOwners who owns each journey
 * @param reviews the owners' review cadence
 * @param employeeExperience the employee experience per frontline touchpoint
 * @since 0.1
 */
public record Management(
    ImmutableList<Insight> insights,
    ImmutableList<Opportunity> opportunities,
    ImmutableList<Initiative> initiatives,
    ImmutableSortedMap<JourneyId, String> journeyOwners,
    ImmutableList<Review> reviews,
    ImmutableList<EmployeeExperience> employeeExperience) {
  /** No management recorded. */
  public static final Management EMPTY =
      new Management(
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableSortedMap.of(),
          ImmutableList.of(),
          ImmutableList.of());

  /**
   * Validates and copies the components.
   *
   * @param insights what was learned
   * @param opportunities the chances to improve
   * @param initiatives the work
   * @param journeyOwners who owns each journey; owners not blank
   * @param reviews the review cadence
   * @param employeeExperience the employee experience per touchpoint
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a rule above is broken
   */
  public Management {
    insights = Args.list(insights, "insights");
    opportunities = Args.list(opportunities, "opportunities");
    initiatives = Args.list(initiatives, "initiatives");
    requireNonNull(journeyOwners, "journeyOwners");
    for (Map.Entry<JourneyId, String> e : journeyOwners.entrySet()) {
      Args.text(e.getValue(), "journeyOwners[" + e.getKey() + "]");
    }
    journeyOwners = ImmutableSortedMap.copyOf(journeyOwners);
    reviews = Args.list(reviews, "reviews");
    employeeExperience = Args.list(employeeExperience, "employeeExperience");
    Set<String> names = new HashSet<>();
    for (int i = 0; i < opportunities.size(); i++) {
      checkArgument(
          names.add(opportunities.get(i).name()),
          "opportunities[%s]: the name is used by an earlier opportunity",
          i);
    }
    for (int i = 0; i < initiatives.size(); i++) {
      int at = i;
      initiatives
          .get(i)
          .opportunity()
          .ifPresent(
              o ->
                  checkArgument(
                      names.contains(o),
                      "initiatives[%s].opportunity: no opportunity of that name",
                      at));
    }
    Set<TouchpointId> seen = new HashSet<>();
    for (int i = 0; i < employeeExperience.size(); i++) {
      checkArgument(
          seen.add(employeeExperience.get(i).touchpoint()),
          "employeeExperience[%s]: touchpoint '%s' already has a record",
          i,
          employeeExperience.get(i).touchpoint());
    }
  }

  /**
   * Starts a management record.
   *
   * @return a builder
   * @since 0.1
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether nothing is recorded.
   *
   * @return true if empty
   * @since 0.1
   */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  /**
   * Returns the open initiatives (proposed, planned, in progress) grouped by owner, owners in
   * alphabetical order; initiatives without an owner are left out (the check reports them).
   *
   * @return the open initiatives by owner
   * @since 0.1
   */
  public ImmutableSortedMap<String, ImmutableList<Initiative>> openInitiativesByOwner() {
    Map<String, List<Initiative>> by = new TreeMap<>();
    for (Initiative i : initiatives) {
      if (i.status().isOpen() && i.owner().isPresent()) {
        by.computeIfAbsent(i.owner().get(), k -> new ArrayList<>()).add(i);
      }
    }
    ImmutableSortedMap.Builder<String, ImmutableList<Initiative>> b =
        ImmutableSortedMap.naturalOrder();
    by.forEach((k, v) -> b.put(k, ImmutableList.copyOf(v)));
    return b.build();
  }

  @Override
  public String toString() {
    return "Management["
        + insights.size()
        + " insights, "
        + opportunities.size()
        + " opportunities, "
        + initiatives.size()
        + " initiatives, "
        + journeyOwners.size()
        + " journey owners, "
        + reviews.size()
        + " reviews, "
        + employeeExperience.size()
        + " EX records]";
  }

  /**
   * Builds a {@link Management}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<Insight> insights = new ArrayList<>();
    private final List<Opportunity> opportunities = new ArrayList<>();
    private final List<Initiative> initiatives = new ArrayList<>();
    private final Map<JourneyId, String> owners = new TreeMap<>();
    private final List<Review> reviews = new ArrayList<>();
    private final List<EmployeeExperience> ex = new ArrayList<>();

    private Builder() {}

    /**
     * Adds an insight.
     *
     * @param insight the insight
     * @return this builder
     */
    public Builder insight(Insight insight) {
      insights.add(requireNonNull(insight, "insight"));
      return this;
    }

    /**
     * Adds an opportunity.
     *
     * @param opportunity the opportunity
     * @return this builder
     */
    public Builder opportunity(Opportunity opportunity) {
      opportunities.add(requireNonNull(opportunity, "opportunity"));
      return this;
    }

    /**
     * Adds an initiative.
     *
     * @param initiative the initiative
     * @return this builder
     */
    public Builder initiative(Initiative initiative) {
      initiatives.add(requireNonNull(initiative, "initiative"));
      return this;
    }

    /**
     * Sets a journey's owner.
     *
     * @param journey the journey
     * @param owner who owns it
     * @return this builder
     */
    public Builder journeyOwner(JourneyId journey, String owner) {
      owners.put(requireNonNull(journey, "journey"), requireNonNull(owner, "owner"));
      return this;
    }

    /**
     * Adds a review to the cadence.
     *
     * @param review the review
     * @return this builder
     */
    public Builder review(Review review) {
      reviews.add(requireNonNull(review, "review"));
      return this;
    }

    /**
     * Adds the employee experience of a touchpoint.
     *
     * @param record the record
     * @return this builder
     */
    public Builder employeeExperience(EmployeeExperience record) {
      ex.add(requireNonNull(record, "record"));
      return this;
    }

    /**
     * Builds the record.
     *
     * @return the management record
     * @throws IllegalArgumentException if a rule of {@link Management} is broken
     */
    public Management build() {
      return new Management(
          ImmutableList.copyOf(insights),
          ImmutableList.copyOf(opportunities),
          ImmutableList.copyOf(initiatives),
          ImmutableSortedMap.copyOf(owners),
          ImmutableList.copyOf(reviews),
          ImmutableList.copyOf(ex));
    }
  }
}
