package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cxkit.metrics.MetricResult;

/**
 * One property of a {@link ResultKind}, declared once for writing, reading and checking: its name,
 * its {@linkplain ResultType type}, the getter the writer takes it from, and its role.
 *
 * <ul>
 *   <li>{@linkplain #required Required}: always written, and read back into the result.
 *   <li>{@linkplain #optional Optional}: written when the getter gives a value, and read back when
 *       present.
 *   <li>{@linkplain #derived Derived}: a figure the result computes from its data (a rate, a share,
 *       an interval), written for dashboards when the getter gives a value. It is never read into
 *       the result: a reader may leave it out, and when it is there it must match what the rebuilt
 *       result gives (numbers within a relative 1e-9), so a document cannot say one thing in its
 *       data and another in its figures.
 * </ul>
 *
 * <pre>{@code
 * static final ResultProperty<FcrResult, Long> CONTACTS =
 *     ResultProperty.required("contacts", ResultType.count(), FcrResult::contacts);
 * static final ResultProperty<FcrResult, Double> RATE =
 *     ResultProperty.derived("rate", ResultType.number(), r -> r.rate());  // Optional<Double>
 * }</pre>
 *
 * <p>The figures every {@link MetricResult} has are ready-made: {@link #N}, {@link #HEADLINE} and
 * {@link #REASON}, as cxkit's own kinds write them.
 *
 * @param <R> the result type (or a supertype of it)
 * @param <V> the value type
 * @since 0.1
 */
public final class ResultProperty<R, V> {
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,63}");

  /**
   * A metric result's sample size, {@code "n"}: derived (the result's data give it).
   *
   * @since 0.1
   */
  public static final ResultProperty<MetricResult, Long> N = new ResultProperty<>(ResultFormat.N);

  /**
   * A metric result's headline, {@code "headline"}: derived, and left out when the result has none.
   *
   * @since 0.1
   */
  public static final ResultProperty<MetricResult, Double> HEADLINE =
      new ResultProperty<>(ResultFormat.HEADLINE);

  /**
   * Why a metric result has no headline, {@code "reason"}: derived, and present exactly when the
   * headline is not.
   *
   * @since 0.1
   */
  public static final ResultProperty<MetricResult, String> REASON =
      new ResultProperty<>(ResultFormat.REASON);

  final Prop<R, V, V> prop;

  private ResultProperty(Prop<R, V, V> prop) {
    this.prop = prop;
  }

  /**
   * Declares a property every result of the kind has.
   *
   * @param <R> the result type
   * @param <V> the value type
   * @param name the property name: a lower-case letter, then letters and digits ({@code
   *     camelCase}), at most 64 characters, not {@code kind} or {@code cxkit}
   * @param type the JSON type
   * @param getter gives the value of a result (never null)
   * @return the property
   * @throws IllegalArgumentException if the name is not allowed
   */
  public static <R, V> ResultProperty<R, V> required(
      String name, ResultType<V> type, Function<? super R, ? extends V> getter) {
    requireNonNull(getter, "getter");
    return new ResultProperty<>(
        Prop.required(checkName(name), codec(type), r -> nonNull(getter, r, name)));
  }

  /**
   * Declares a property a result may have.
   *
   * @param <R> the result type
   * @param <V> the value type
   * @param name the property name (as for {@link #required})
   * @param type the JSON type
   * @param getter gives the value of a result, or empty to leave the property out
   * @return the property
   * @throws IllegalArgumentException if the name is not allowed
   */
  public static <R, V> ResultProperty<R, V> optional(
      String name, ResultType<V> type, Function<? super R, Optional<V>> getter) {
    return new ResultProperty<>(Prop.optional(checkName(name), codec(type), orNull(getter)));
  }

  /**
   * Declares a derived figure: written when the getter gives a value, checked against the rebuilt
   * result when read, never read into it.
   *
   * @param <R> the result type
   * @param <V> the value type
   * @param name the property name (as for {@link #required})
   * @param type the JSON type
   * @param getter gives the figure of a result, or empty when it has none
   * @return the property
   * @throws IllegalArgumentException if the name is not allowed
   */
  public static <R, V> ResultProperty<R, V> derived(
      String name, ResultType<V> type, Function<? super R, Optional<V>> getter) {
    return new ResultProperty<>(Prop.derived(checkName(name), codec(type), orNull(getter)));
  }

  private static <V> Codec<V, V> codec(ResultType<V> type) {
    return requireNonNull(type, "type").codec;
  }

  /** The getter as the tables take it: null where the host's gives empty. */
  private static <R, V> Prop.Getter<R, V> orNull(Function<? super R, Optional<V>> getter) {
    requireNonNull(getter, "getter");
    return r -> getter.apply(r).orElse(null);
  }

  private static String checkName(String name) {
    requireNonNull(name, "name");
    checkArgument(
        NAME.matcher(name).matches(),
        "a result property name is a lower-case letter, then letters and digits (at most 64 in all), got %s",
        name);
    checkArgument(
        !name.equals(ResultKind.KIND) && !name.equals(TableReader.VERSION_PROPERTY),
        "\"%s\" is written by cx-json itself",
        name);
    return name;
  }

  private static <R, V> V nonNull(Function<? super R, ? extends V> getter, R result, String name) {
    V v = getter.apply(result);
    if (v == null) {
      throw new NullPointerException("required property \"" + name + "\": the getter gave null");
    }
    return v;
  }

  /**
   * Returns the property name.
   *
   * @return the name
   */
  public String name() {
    return prop.name;
  }

  @Override
  public String toString() {
    return "ResultProperty[" + prop + "]";
  }
}
