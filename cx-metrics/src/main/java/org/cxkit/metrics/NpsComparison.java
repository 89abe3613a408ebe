package org.cxkit.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.metrics.internal.Stats;

/**
 * Two independent Net Promoter Scores compared: the <em>signed</em> difference {@code a − b} on the
 * −200..200 scale, its Wald interval {@code Δ ± z·√(var_a/n_a + var_b/n_b)} (clamped to −200..200),
 * the z statistic and the two-sided p value. Source: R package {@code NPS} (B. Rocks), {@code
 * nps_test}, two-sample case, which reports the absolute difference; here the sign is kept.
 *
 * <p>When either sample is empty, or both have zero variance (every answer in one category), z and
 * p are not defined: they are empty and {@link #reason()} says why.
 *
 * <pre>{@code
 * NpsComparison c = Nps.of(10, 9, 9, 2).compare(Nps.of(5, 6, 9, 10));
 * c.difference();   // OptionalDouble[50.0]
 * c.p();            // two-sided p value
 * }</pre>
 *
 * @param a the first sample
 * @param b the second sample
 * @param level the confidence level of the interval
 */
public record NpsComparison(NpsResult a, NpsResult b, double level) {
  /**
   * Validates the components.
   *
   * @param a the first sample
   * @param b the second sample
   * @param level the confidence level of the interval
   * @throws NullPointerException if a sample is null
   * @throws IllegalArgumentException if the level is not in (0, 1)
   */
  public NpsComparison {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    Stats.level(level);
  }

  static NpsComparison of(NpsResult a, NpsResult b, double level) {
    return new NpsComparison(a, b, level);
  }

  /**
   * Returns the signed difference of the scores, {@code a − b}.
   *
   * @return −200..200, or empty when a sample is empty
   */
  public OptionalDouble difference() {
    if (a.n() == 0 || b.n() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(a.score().orElseThrow() - b.score().orElseThrow());
  }

  /**
   * Returns the standard error of the difference in NPS points (the difference runs −200..200),
   * {@code √(var_a/n_a + var_b/n_b)} with each {@link NpsResult#variance()} in NPS points².
   *
   * @return the standard error, or empty when a sample is empty
   */
  public OptionalDouble standardError() {
    if (a.n() == 0 || b.n() == 0) {
      return OptionalDouble.empty();
    }
    double v = a.unitVariance() / a.n() + b.unitVariance() / b.n();
    return OptionalDouble.of(100 * Math.sqrt(v));
  }

  /**
   * Returns the Wald interval of the difference, clamped to −200..200.
   *
   * @return the interval, or empty when a sample is empty
   */
  public Optional<Interval> interval() {
    if (a.n() == 0 || b.n() == 0) {
      return Optional.empty();
    }
    double d = difference().orElseThrow();
    double h = Stats.z(level) * standardError().orElseThrow();
    return Optional.of(
        new Interval(Stats.clamp(d - h, -200, 200), Stats.clamp(d + h, -200, 200), level, "Wald"));
  }

  /**
   * Returns the z statistic, difference over standard error.
   *
   * @return z, or empty when it is not defined (see {@link #reason()})
   */
  public OptionalDouble z() {
    if (reason().isPresent()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(difference().orElseThrow() / standardError().orElseThrow());
  }

  /**
   * Returns the two-sided p value of the z test.
   *
   * @return p in 0..1, or empty when z is not defined
   */
  public OptionalDouble p() {
    OptionalDouble z = z();
    return z.isPresent()
        ? OptionalDouble.of(Stats.twoSidedP(z.getAsDouble()))
        : OptionalDouble.empty();
  }

  /**
   * Returns why z and p are not defined, if they are not.
   *
   * @return the reason, or empty when z and p are defined
   */
  public Optional<String> reason() {
    if (a.n() == 0 || b.n() == 0) {
      return Optional.of("a sample is empty (n=" + a.n() + " and n=" + b.n() + ")");
    }
    if (standardError().orElseThrow() == 0) {
      return Optional.of("both samples have zero variance (all answers in one category)");
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("NPS comparison (a − b)\n");
    s.append(String.format(Locale.ROOT, "  %-10s %8s %8s%n", "", "n", "score"));
    s.append(String.format(Locale.ROOT, "  %-10s %8d %8s%n", "a", a.n(), fmt(a.score())));
    s.append(String.format(Locale.ROOT, "  %-10s %8d %8s%n", "b", b.n(), fmt(b.score())));
    if (difference().isEmpty()) {
      return s.append("  no comparison: ").append(reason().orElseThrow()).toString();
    }
    s.append(String.format(Locale.ROOT, "  %-10s %8s%n", "difference", fmt(difference())));
    s.append(String.format(Locale.ROOT, "  %-10s %s%n", "interval", interval().orElseThrow()));
    if (reason().isPresent()) {
      return s.append("  no test: ").append(reason().orElseThrow()).toString();
    }
    return s.append(
            String.format(
                Locale.ROOT,
                "  %-10s %8.3f%n  %-10s %8.4f",
                "z",
                z().orElseThrow(),
                "p",
                p().orElseThrow()))
        .toString();
  }

  private static String fmt(OptionalDouble d) {
    return d.isPresent() ? String.format(Locale.ROOT, "%.1f", d.getAsDouble()) : "-";
  }
}
