package org.cxkit.core.strategy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.OfferingId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.internal.Args;
import org.cxkit.core.internal.Dupes;
import org.cxkit.core.internal.Plural;
import org.cxkit.core.internal.Problems;
import org.jspecify.annotations.Nullable;

/**
 * The strategy behind a customer-experience design: business goals, offerings with their value
 * propositions, customer segments, the market analysis, the experience the organisation intends,
 * and its self-assessed maturity.
 *
 * <pre>{@code
 * Strategy s = Strategy.builder()
 *     .businessGoal(BusinessGoal.of("growth", "Grow the community").withTarget("+30 % members"))
 *     .offering(Offering.of("waffle-wednesday", "Waffle Wednesday", OfferingType.SERVICE))
 *     .segment(Segment.of("freelancers", "Freelancers"))
 *     .build();
 * }</pre>
 *
 * @param businessGoals the business goals; ids unique
 * @param offerings the offerings; ids unique
 * @param segments the customer segments; ids unique
 * @param market the market analysis
 * @param intent the intended experience
 * @param maturity the self-assessed maturity, if assessed
 */
public record Strategy(
    ImmutableList<BusinessGoal> businessGoals,
    ImmutableList<Offering> offerings,
    ImmutableList<Segment> segments,
    MarketAnalysis market,
    ExperienceIntent intent,
    Optional<CxMaturity> maturity) {
  /** A strategy with nothing in it. */
  public static final Strategy EMPTY =
      new Strategy(
          ImmutableList.of(),
          ImmutableList.of(),
          ImmutableList.of(),
          MarketAnalysis.EMPTY,
          ExperienceIntent.NONE,
          Optional.empty());

  /**
   * Validates and copies the components.
   *
   * @param businessGoals the business goals; ids unique
   * @param offerings the offerings; ids unique
   * @param segments the customer segments; ids unique
   * @param market the market analysis
   * @param intent the intended experience
   * @param maturity the self-assessed maturity, if assessed
   * @throws NullPointerException if an argument or element is null
   * @throws ModelValidationException if ids repeat
   */
  public Strategy {
    businessGoals = Args.list(businessGoals, "businessGoals");
    offerings = Args.list(offerings, "offerings");
    segments = Args.list(segments, "segments");
    requireNonNull(market, "market");
    requireNonNull(intent, "intent");
    requireNonNull(maturity, "maturity");
    Problems problems = new Problems();
    ModelPath root = ModelPath.root();
    Dupes.check(
        Lists.transform(businessGoals, BusinessGoal::id),
        root,
        "businessGoals",
        "business goal",
        problems);
    Dupes.check(Lists.transform(offerings, Offering::id), root, "offerings", "offering", problems);
    Dupes.check(Lists.transform(segments, Segment::id), root, "segments", "segment", problems);
    problems.throwIfAny("strategy");
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this strategy's values.
   *
   * @return a builder that builds an equal strategy until changed
   */
  public Builder toBuilder() {
    Builder b = new Builder().market(market).intent(intent);
    businessGoals.forEach(b::businessGoal);
    offerings.forEach(b::offering);
    segments.forEach(b::segment);
    maturity.ifPresent(b::maturity);
    return b;
  }

  /**
   * Returns the segment with this id.
   *
   * @param id the id
   * @return the segment, or empty
   */
  public Optional<Segment> segment(SegmentId id) {
    requireNonNull(id, "id");
    return segments.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Returns the offering with this id.
   *
   * @param id the id
   * @return the offering, or empty
   */
  public Optional<Offering> offering(OfferingId id) {
    requireNonNull(id, "id");
    return offerings.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  @Override
  public String toString() {
    return "Strategy["
        + Plural.count(businessGoals.size(), "business goal")
        + ", "
        + Plural.count(offerings.size(), "offering")
        + ", "
        + Plural.count(segments.size(), "segment")
        + ", "
        + market
        + ", intent "
        + intent.statements().size()
        + "/4"
        + maturity.map(m -> ", maturity " + m.level()).orElse("")
        + "]";
  }

  /** Builds a {@link Strategy}. */
  public static final class Builder {
    private final List<BusinessGoal> businessGoals = new ArrayList<>();
    private final List<Offering> offerings = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private MarketAnalysis market = MarketAnalysis.EMPTY;
    private ExperienceIntent intent = ExperienceIntent.NONE;
    private @Nullable CxMaturity maturity;

    private Builder() {}

    /**
     * Adds a business goal.
     *
     * @param goal the goal
     * @return this builder
     */
    public Builder businessGoal(BusinessGoal goal) {
      businessGoals.add(requireNonNull(goal, "goal"));
      return this;
    }

    /**
     * Adds an offering.
     *
     * @param offering the offering
     * @return this builder
     */
    public Builder offering(Offering offering) {
      offerings.add(requireNonNull(offering, "offering"));
      return this;
    }

    /**
     * Adds a segment.
     *
     * @param segment the segment
     * @return this builder
     */
    public Builder segment(Segment segment) {
      segments.add(requireNonNull(segment, "segment"));
      return this;
    }

    /**
     * Sets the market analysis.
     *
     * @param market the analysis
     * @return this builder
     */
    public Builder market(MarketAnalysis market) {
      this.market = requireNonNull(market, "market");
      return this;
    }

    /**
     * Sets the intended experience.
     *
     * @param intent the intent
     * @return this builder
     */
    public Builder intent(ExperienceIntent intent) {
      this.intent = requireNonNull(intent, "intent");
      return this;
    }

    /**
     * Sets the self-assessed maturity.
     *
     * @param maturity the assessment
     * @return this builder
     */
    public Builder maturity(CxMaturity maturity) {
      this.maturity = requireNonNull(maturity, "maturity");
      return this;
    }

    /**
     * Builds the strategy.
     *
     * @return the strategy
     * @throws ModelValidationException if ids repeat
     */
    public Strategy build() {
      return new Strategy(
          ImmutableList.copyOf(businessGoals),
          ImmutableList.copyOf(offerings),
          ImmutableList.copyOf(segments),
          market,
          intent,
          Optional.ofNullable(maturity));
    }
  }
}
