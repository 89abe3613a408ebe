package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.ScaleHistogram;

/**
 * The JSON type of a {@link ResultProperty}: how its value is written, read back and checked. The
 * types are those of cxkit's own results: strings, counts, integers, finite numbers, booleans,
 * enumerated strings, a histogram, an interval, a nested metric result of any registered kind, and
 * arrays of these. Reading is as strict as for cxkit's own kinds (no coercion between types, no
 * {@code null}, numbers finite, counts from 0 to {@code Long.MAX_VALUE}).
 *
 * <pre>{@code
 * ResultProperty<FcrResult, Long> RESOLVED =
 *     ResultProperty.required("resolved", ResultType.count(), FcrResult::resolved);
 * }</pre>
 *
 * @param <V> the Java type of the value
 * @since 0.1
 */
public final class ResultType<V> {
  private static final ResultType<String> STRING = new ResultType<>(Codecs.STRING, "string");
  private static final ResultType<Long> COUNT = new ResultType<>(Codecs.COUNT, "count");
  private static final ResultType<Integer> INTEGER = new ResultType<>(Codecs.INT, "integer");
  private static final ResultType<Double> NUMBER = new ResultType<>(Codecs.NUMBER, "number");
  private static final ResultType<Boolean> BOOLEAN = new ResultType<>(Codecs.BOOL, "boolean");
  private static final ResultType<ScaleHistogram> HISTOGRAM =
      new ResultType<>(ResultFormat.HISTOGRAM, "histogram");
  private static final ResultType<Interval> INTERVAL =
      new ResultType<>(ResultFormat.INTERVAL, "interval");
  private static final ResultType<MetricResult> METRIC_RESULT =
      new ResultType<>(ResultFormat.RESULT, "metric result");

  final Codec<V, V> codec;
  private final String description;

  private ResultType(Codec<V, V> codec, String description) {
    this.codec = codec;
    this.description = description;
  }

  /**
   * Returns the type of a string; a derived one must equal the rebuilt result's exactly.
   *
   * @return the type
   */
  public static ResultType<String> string() {
    return STRING;
  }

  /**
   * Returns the type of a count: an integer from 0 to {@code Long.MAX_VALUE}.
   *
   * @return the type
   */
  public static ResultType<Long> count() {
    return COUNT;
  }

  /**
   * Returns the type of an integer in the {@code int} range.
   *
   * @return the type
   */
  public static ResultType<Integer> integer() {
    return INTEGER;
  }

  /**
   * Returns the type of a finite number. A non-finite value is not written (the property is left
   * out); a derived one must be within a relative 1e-9 of the rebuilt result's.
   *
   * @return the type
   */
  public static ResultType<Double> number() {
    return NUMBER;
  }

  /**
   * Returns the type of a boolean.
   *
   * @return the type
   */
  public static ResultType<Boolean> bool() {
    return BOOLEAN;
  }

  /**
   * Returns the type of an enumerated string: the name of one of {@code type}'s constants.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @return the type
   */
  public static <E extends Enum<E>> ResultType<E> enumOf(Class<E> type) {
    requireNonNull(type, "type");
    return new ResultType<>(Codecs.enumOf(type), "one of " + type.getSimpleName());
  }

  /**
   * Returns the type of a histogram of answers on a scale, as cxkit's NPS and scale results hold
   * it: the scale and a count per point.
   *
   * @return the type
   */
  public static ResultType<ScaleHistogram> histogram() {
    return HISTOGRAM;
  }

  /**
   * Returns the type of an interval: lower and upper bound, level and method. One with a non-finite
   * bound is not written.
   *
   * @return the type
   */
  public static ResultType<Interval> interval() {
    return INTERVAL;
  }

  /**
   * Returns the type of a nested metric result of any kind the {@link CxJson} instance knows (as a
   * scorecard row holds one), with its own {@code "kind"}.
   *
   * @return the type
   */
  public static ResultType<MetricResult> metricResult() {
    return METRIC_RESULT;
  }

  /**
   * Returns the type of an array of {@code element}; a derived one must have the rebuilt result's
   * length and elements.
   *
   * @param <V> the element type
   * @param element the element type
   * @return the type
   */
  public static <V> ResultType<List<V>> listOf(ResultType<V> element) {
    requireNonNull(element, "element");
    return new ResultType<>(Codec.list(element.codec), "array of " + element.description);
  }

  @Override
  public String toString() {
    return "ResultType[" + description + "]";
  }
}
