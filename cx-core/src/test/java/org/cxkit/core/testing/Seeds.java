package org.cxkit.core.testing;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

/**
 * Seeds for property tests, reproducible and replayable.
 *
 * <p>Without a system property, {@link #seeds(int)} yields a fixed list derived from {@link
 * #DEFAULT_BASE}, so every build checks the same cases. With {@code -Dcx.seed=N} it yields only
 * {@code N}, so a failure printed as {@code seed 42 (replay: -Dcx.seed=42)} can be replayed:
 *
 * <pre>{@code
 * mvn -q -pl cx-core verify -Dcx.seed=42 -Dtest=ModelPropertiesTest
 * }</pre>
 *
 * <p>Use with JUnit 5:
 *
 * <pre>{@code
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("org.cxkit.core.testing.Seeds#some")
 * void property(long seed) {
 *   CxModel m = ModelGenerator.model(seed);
 *   assertThat(m.toBuilder().build()).as(Seeds.describe(seed)).isEqualTo(m);
 * }
 * }</pre>
 */
public final class Seeds {
  /** The system property that fixes the seed: {@value}. */
  public static final String PROPERTY = "cx.seed";

  /** Where the default seeds come from. */
  public static final long DEFAULT_BASE = 0x5EED_C0DE_2026L;

  private Seeds() {}

  /**
   * Returns the seed given with {@code -Dcx.seed}, if any (blank counts as none).
   *
   * @return the seed, or empty
   * @throws IllegalArgumentException if the property is set but is not a long
   */
  public static OptionalLong fromProperty() {
    String value = System.getProperty(PROPERTY, "").trim();
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.decode(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "-D" + PROPERTY + " must be a long, got '" + value + "'", e);
    }
  }

  /**
   * Returns {@code count} fixed seeds, or only the seed of {@code -Dcx.seed} when it is set.
   *
   * @param count how many seeds without the property
   * @return the seeds
   */
  public static LongStream seeds(int count) {
    OptionalLong fixed = fromProperty();
    return fixed.isPresent() ? LongStream.of(fixed.getAsLong()) : defaults(count);
  }

  /**
   * Returns the first {@code count} default seeds, whatever {@code -Dcx.seed} says: 0, 1, 2, then
   * seeds drawn from {@link #DEFAULT_BASE}. For tests about the generator's variety.
   *
   * @param count how many seeds
   * @return the seeds
   */
  public static LongStream defaults(int count) {
    SplittableRandom r = new SplittableRandom(DEFAULT_BASE);
    return LongStream.range(0, count).map(i -> i < 3 ? i : r.nextLong());
  }

  /**
   * Returns 100 seeds (or the one of {@code -Dcx.seed}), for {@code @MethodSource}.
   *
   * @return the seeds
   */
  public static LongStream some() {
    return seeds(100);
  }

  /**
   * Returns 25 seeds (or the one of {@code -Dcx.seed}), for the slower properties.
   *
   * @return the seeds
   */
  public static LongStream few() {
    return seeds(25);
  }

  /**
   * Describes a seed for an assertion message, with how to replay it.
   *
   * @param seed the seed
   * @return text such as {@code seed 42 (replay: -Dcx.seed=42)}
   */
  public static String describe(long seed) {
    return "seed " + seed + " (replay: -D" + PROPERTY + "=" + seed + ")";
  }
}
