package org.cxkit.metrics.spi;

import static java.util.Objects.requireNonNull;

import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.IntStream;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.Computation;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.Metrics;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.ScaleMetrics;
import org.cxkit.metrics.internal.DefaultGrouped;
import org.cxkit.metrics.internal.HistogramMetric;
import org.cxkit.metrics.internal.RejectLog;
import org.cxkit.metrics.internal.ResponseChecks;

/**
 * A calculator for one measure: the {@link Analysis} of scores whose state is an {@link
 * Accumulator} and whose result is of type {@code R}. The same calculator runs in a loop, over
 * primitive columns, in a parallel stream ({@link #collector()}) and as a combiner on a distributed
 * engine ({@link Accumulator#toBytes()}, {@link #decode(byte[])}).
 *
 * <pre>{@code
 * Metric<NpsResult> nps = Nps.metric();
 * NpsResult r = nps.compute(new byte[] {10, 9, 9, 8, 7, 6, 3});
 * r.score();                   // OptionalDouble[14.285714285714286]
 * r.interval();                // adjusted Wald, 95 %
 * IntStream.of(10, 9, 0).boxed().collect(nps.collector());
 * }</pre>
 *
 * <p>Built-in calculators: {@link Nps#metric()}, {@link ScaleMetrics#csat()}, {@link
 * ScaleMetrics#ces()}, {@link ScaleMetrics#mean(Measure)}; find them (and a host's own) by id
 * through {@link Metrics}. A host writes its own on top of a scale histogram with {@link
 * #ofHistogram}.
 *
 * @param <R> the result type
 */
public interface Metric<R extends MetricResult> extends Analysis<Integer, R, Accumulator<R>> {
  /**
   * Returns the calculator's id, such as {@code nps}.
   *
   * @return the id
   */
  @Override
  String id();

  /**
   * Returns the measure this calculator reads.
   *
   * @return the measure, with its scale
   */
  Measure measure();

  /**
   * Returns the scale scores must be on.
   *
   * @return the measure's scale
   */
  default Scale scale() {
    return measure().scale();
  }

  /**
   * Returns a new, empty accumulator.
   *
   * @return an accumulator
   */
  Accumulator<R> newAccumulator();

  /**
   * Returns a new, empty accumulator: {@link #newAccumulator()} under the name the {@link Analysis}
   * contract gives it.
   *
   * @return an accumulator
   */
  @Override
  default Accumulator<R> newState() {
    return newAccumulator();
  }

  /**
   * Reads an accumulator written by {@link Accumulator#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the accumulator
   * @throws IllegalArgumentException if the bytes are corrupt, of an unknown format version, or of
   *     another metric or scale, or hold an impossible state such as a negative count (the message
   *     says which)
   */
  @Override
  Accumulator<R> decode(byte[] bytes);

  /**
   * Returns a new accumulator for {@code groups} groups at once (such as the touchpoints of a
   * journey), fed from a group-index column and a score column. The built-in calculators keep one
   * flat {@code long} histogram, so memory is proportional to the groups, not the observations.
   *
   * @param groups how many groups (indices {@code 0 .. groups-1})
   * @return a grouped accumulator
   * @throws IllegalArgumentException if {@code groups} is negative
   */
  default GroupedAccumulator<R> newGroupedAccumulator(int groups) {
    return new DefaultGrouped<>(this, groups);
  }

  /**
   * Computes the result of a score column.
   *
   * @param scores the scores
   * @return the result
   * @throws org.cxkit.metrics.BadColumnValueException naming the first index whose score is off the
   *     scale
   */
  default R compute(byte[] scores) {
    Accumulator<R> a = newAccumulator();
    a.addAll(scores);
    return a.result();
  }

  /**
   * Computes the result of a score column.
   *
   * @param scores the scores
   * @return the result
   * @throws org.cxkit.metrics.BadColumnValueException naming the first index whose score is off the
   *     scale
   */
  default R compute(int[] scores) {
    Accumulator<R> a = newAccumulator();
    a.addAll(scores);
    return a.result();
  }

  /**
   * Computes the result of a stream of scores.
   *
   * @param scores the scores
   * @return the result
   * @throws org.cxkit.metrics.BadInputException naming the position of the first score off the
   *     scale
   */
  default R compute(IntStream scores) {
    Accumulator<R> a = newAccumulator();
    a.addAll(scores);
    return a.result();
  }

  /**
   * Computes the result of overall responses (responses without a touchpoint), failing on the first
   * bad one. An overall answer and a touchpoint's answer are different populations, so a response
   * for a touchpoint is refused, never mixed in: filter the overall ones first ({@code
   * r.touchpoint().isEmpty()}), or score touchpoints with a {@code Scorecard}, which scores both
   * apart.
   *
   * @param responses overall responses for this calculator's measure
   * @return the result
   * @throws BadInputException naming the index and field of the first response that is for another
   *     measure, for a touchpoint, or off the scale (with the expected range)
   */
  default R compute(Iterable<Response> responses) {
    return compute(responses, BadInput.failFast()).result();
  }

  /**
   * Computes the result of overall responses; bad ones (for another measure, for a touchpoint, off
   * the scale) either fail the call or are left out, counted and listed with their index, field and
   * reason, as {@code policy} says. Under {@link BadInput#collect(int)} a touchpoint's answer is
   * left out and counted, so the result is the overall answers' alone.
   *
   * @param responses overall responses for this calculator's measure
   * @param policy what to do with a response that is for another measure, for a touchpoint or off
   *     the scale
   * @return the result and the rejects
   * @throws BadInputException under {@link BadInput#failFast()}, naming the first bad response
   */
  default Computation<R> compute(Iterable<Response> responses, BadInput policy) {
    requireNonNull(responses, "responses");
    requireNonNull(policy, "policy");
    Accumulator<R> a = newAccumulator();
    RejectLog rejects = new RejectLog(policy);
    long index = 0;
    for (Response r : responses) {
      if (ResponseChecks.check(r, index, measure(), rejects)) {
        a.add(r.score());
      }
      index++;
    }
    return new Computation<>(a.result(), rejects.count(), rejects.listed());
  }

  /**
   * Returns a collector of overall responses (each must be for this calculator's measure, without a
   * touchpoint, and on the scale).
   *
   * @return a collector whose combiner is {@link Accumulator#merge}
   * @see #collector()
   * @see #compute(Iterable, BadInput)
   */
  default Collector<Response, Accumulator<R>, R> responseCollector() {
    return Collector.of(
        this::newAccumulator,
        (a, r) -> {
          String problem = ResponseChecks.problem(r, measure());
          if (problem != null) {
            throw new BadInputException(BadInputException.Kind.STRUCTURE, problem);
          }
          a.add(r.score());
        },
        Accumulator::merge,
        Accumulator::result,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Returns a calculator built on an exact histogram over the measure's scale: a host's own
   * calculator needs only a function from the histogram to its result. Accumulators, the byte
   * encoding, the primitive fast paths and grouped accumulation come with it.
   *
   * <pre>{@code
   * Measure fcr = Measure.of("fcr", "First-contact resolution", Scale.higherIsBetter(0, 1, 1, 1, 0));
   * Metric<FcrResult> m = Metric.ofHistogram("fcr", fcr, h -> new FcrResult(h));
   * }</pre>
   *
   * @param <R> the result type
   * @param id the calculator id: lower case, digits, dots and dashes, such as {@code fcr}
   * @param measure the measure it reads
   * @param result how to turn the histogram into a result; must not return null
   * @return the calculator
   * @throws IllegalArgumentException if the id is malformed
   */
  static <R extends MetricResult> Metric<R> ofHistogram(
      String id, Measure measure, Function<ScaleHistogram, R> result) {
    return new HistogramMetric<>(id, measure, result);
  }
}
