package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.Response;

/**
 * Employee experience beside customer experience on the same touchpoints: for each touchpoint of a
 * journey that the model's {@link org.cxkit.core.management.Management#employeeExperience()
 * management} records the employee experience of, the EX measure's score (from the employees'
 * answers) next to the touchpoint's CX scores (from the customers' answers), each with its n, 95 %
 * interval and target status; a side with fewer answers than the minimum n is {@link
 * TargetStatus#TOO_FEW}. See {@link ExScorecardResult}.
 *
 * <p>Both sides are {@link Scorecard}s, so each keeps the scorecard's one-pass, mergeable {@link
 * Scorecard.Tally}: the customer side scores the journey as designed, the employee side the same
 * touchpoints with the EX measure and target as their only measure. Hosts that tally elsewhere (in
 * parallel, or in a pipeline) use {@link #customerScorecard()} and {@link #employeeScorecard()} and
 * join the two results with {@link #result(ScorecardResult, ScorecardResult)}.
 *
 * <pre>{@code
 * ExScorecard ex = ExScorecard.builder(model, JourneyId.of("building-permit")).minimumN(10).build();
 * ExScorecardResult r = ex.compute(customerAnswers, employeeAnswers);
 * r.rows();   // per touchpoint: roles, enablers, the EX row, the CX rows
 * }</pre>
 *
 * <p>Employees' answers are {@link Response}s like customers': the respondent is the employee (or
 * an anonymous code), the touchpoint the one they deliver, the measure the EX measure. Immutable
 * and thread-safe.
 *
 * @since 0.1
 */
public final class ExScorecard {
  private final JourneyId journey;
  private final ImmutableList<EmployeeExperience> records;
  private final Scorecard customers;
  private final Scorecard employees;

  private ExScorecard(Builder b) {
    Journey j =
        b.model.journeys().stream()
            .filter(x -> x.id().equals(b.journey))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException("journey: the model has no journey of that id"));
    this.journey = j.id();
    List<EmployeeExperience> own = new ArrayList<>();
    Journey exJourney = j;
    for (Touchpoint t : j.touchpoints()) {
      Optional<EmployeeExperience> record =
          b.model.management().employeeExperience().stream()
              .filter(e -> e.touchpoint().equals(t.id()))
              .findFirst();
      record.ifPresent(own::add);
      List<MetricTarget> exMeasure = new ArrayList<>();
      record.flatMap(EmployeeExperience::measure).ifPresent(exMeasure::add);
      exJourney = exJourney.withTouchpoint(t.withMeasures(exMeasure));
    }
    this.records = ImmutableList.copyOf(own);
    this.customers = configure(Scorecard.builder(j), b).build();
    this.employees = configure(Scorecard.builder(exJourney), b).build();
  }

  private static Scorecard.Builder configure(Scorecard.Builder s, Builder b) {
    return s.model(b.model)
        .minimumN(b.minimumN)
        .correction(b.correction)
        .alpha(b.alpha)
        .onBadInput(b.onBadInput);
  }

  /**
   * Starts an EX-beside-CX scorecard of one of a model's journeys.
   *
   * @param model the model: its journey, measures and management
   * @param journey the journey's id
   * @return a builder
   * @since 0.1
   */
  public static Builder builder(CxModel model, JourneyId journey) {
    return new Builder(requireNonNull(model, "model"), requireNonNull(journey, "journey"));
  }

  /**
   * Returns the scorecard of the customers' answers: the journey as designed.
   *
   * @return the customer-side scorecard
   * @since 0.1
   */
  public Scorecard customerScorecard() {
    return customers;
  }

  /**
   * Returns the scorecard of the employees' answers: the journey's touchpoints with their EX
   * measure and target as their only measure.
   *
   * @return the employee-side scorecard
   * @since 0.1
   */
  public Scorecard employeeScorecard() {
    return employees;
  }

  /**
   * Tallies both sides in one pass each and joins them.
   *
   * @param customerAnswers the customers' answers
   * @param employeeAnswers the employees' answers about the touchpoints they deliver
   * @return the result
   * @throws org.cxkit.metrics.BadInputException on a bad answer, unless the policy collects them
   * @since 0.1
   */
  public ExScorecardResult compute(
      Iterable<Response> customerAnswers, Iterable<Response> employeeAnswers) {
    requireNonNull(customerAnswers, "customerAnswers");
    requireNonNull(employeeAnswers, "employeeAnswers");
    return result(customers.compute(customerAnswers), employees.compute(employeeAnswers));
  }

  /**
   * Joins a customer-side and an employee-side result tallied elsewhere.
   *
   * @param customerSide the result of {@link #customerScorecard()}
   * @param employeeSide the result of {@link #employeeScorecard()}
   * @return the result
   * @throws IllegalArgumentException if a result is of another journey
   * @since 0.1
   */
  public ExScorecardResult result(ScorecardResult customerSide, ScorecardResult employeeSide) {
    requireNonNull(customerSide, "customerSide");
    requireNonNull(employeeSide, "employeeSide");
    checkArgument(
        customerSide.journey().equals(journey), "customerSide: a result of another journey");
    checkArgument(
        employeeSide.journey().equals(journey), "employeeSide: a result of another journey");
    List<ExScorecardResult.Row> rows = new ArrayList<>(records.size());
    for (EmployeeExperience e : records) {
      Optional<TouchpointScore> ex =
          e.measure()
              .flatMap(
                  m ->
                      employeeSide.rows(e.touchpoint()).stream()
                          .filter(r -> r.measure().equals(m.measure()))
                          .findFirst());
      rows.add(
          new ExScorecardResult.Row(
              e.touchpoint(), e.roles(), e.enablers(), ex, customerSide.rows(e.touchpoint())));
    }
    return new ExScorecardResult(journey, customers.minimumN(), ImmutableList.copyOf(rows));
  }

  @Override
  public String toString() {
    return "ExScorecard[" + journey + ", " + records.size() + " touchpoints with EX records]";
  }

  /**
   * Configures an {@link ExScorecard}; both sides share the settings.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final CxModel model;
    private final JourneyId journey;
    private long minimumN = Scorecard.DEFAULT_MINIMUM_N;
    private Trends.Correction correction = Trends.Correction.HOLM;
    private double alpha = 0.05;
    private BadInput onBadInput = BadInput.failFast();

    private Builder(CxModel model, JourneyId journey) {
      this.model = model;
      this.journey = journey;
    }

    /**
     * Sets the fewest answers a side needs before its target is judged (default {@value
     * Scorecard#DEFAULT_MINIMUM_N}); see {@link Scorecard.Builder#minimumN(long)}.
     *
     * @param minimumN at least 1
     * @return this builder
     * @throws IllegalArgumentException if below 1
     */
    public Builder minimumN(long minimumN) {
      checkArgument(minimumN >= 1, "minimumN must be at least 1, got %s", minimumN);
      this.minimumN = minimumN;
      return this;
    }

    /**
     * Sets how each side's p values against its targets are adjusted (default Holm).
     *
     * @param correction the correction
     * @return this builder
     */
    public Builder correction(Trends.Correction correction) {
      this.correction = requireNonNull(correction, "correction");
      return this;
    }

    /**
     * Sets the significance level (default 0.05).
     *
     * @param alpha within (0, 1)
     * @return this builder
     * @throws IllegalArgumentException if outside (0, 1)
     */
    public Builder alpha(double alpha) {
      checkArgument(alpha > 0 && alpha < 1, "alpha must be within (0, 1)");
      this.alpha = alpha;
      return this;
    }

    /**
     * Sets what happens to bad answers on either side (default: fail fast).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder onBadInput(BadInput policy) {
      this.onBadInput = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the scorecard.
     *
     * @return the scorecard
     * @throws IllegalArgumentException if the model has no such journey
     */
    public ExScorecard build() {
      return new ExScorecard(this);
    }
  }
}
