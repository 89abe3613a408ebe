package org.cxkit.metrics.spi;

import static java.util.Objects.requireNonNull;

import java.util.stream.Collector;

/**
 * An analysis over observations of type {@code I} with a result of type {@code R}: the factory of
 * its {@link MergeableState}s. This is all a driver needs, so one adapter runs every analysis
 * (cxkit's calculators, {@code Scorecard}, {@code DelightUplift}, and a host's own):
 *
 * <ul>
 *   <li>in a loop: {@code analysis.newState().addAll(observations).result()};
 *   <li>in a stream, sequential or parallel: {@link #collector()};
 *   <li>on a distributed engine (such as an Apache Beam {@code CombineFn}): {@link #newState()},
 *       {@link MergeableState#add}, {@link MergeableState#merge}, {@link MergeableState#result},
 *       with {@link MergeableState#toBytes()} and {@link #decode(byte[])} as the coder.
 * </ul>
 *
 * <p>A host's own analysis implements this interface and its state {@link MergeableState}, and
 * checks both with {@code org.cxkit.metrics.tck.AnalysisContract} from cx-metrics' test-jar.
 *
 * <pre>{@code
 * Scorecard card = Scorecard.of(journey);                 // an Analysis<Response, ...>
 * ScorecardResult r = responses.parallelStream().collect(card.collector());
 * byte[] partial = card.newState().addAll(someResponses).toBytes();
 * ScorecardResult all = card.decode(partial).merge(other).result();
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe; their states are not.
 *
 * @param <I> one observation
 * @param <R> the result
 * @param <S> the state
 * @since 0.1
 */
public interface Analysis<I, R, S extends MergeableState<I, R, S>> {
  /**
   * Returns the analysis id, such as {@code nps}, {@code scorecard} or {@code acme.fcr}: lower case
   * letters and digits, separated by dots or dashes. It names the kind of the encoded state.
   *
   * @return the id
   */
  String id();

  /**
   * Returns a new, empty state: the identity of {@link MergeableState#merge}.
   *
   * @return an empty state
   */
  S newState();

  /**
   * Reads a state written by {@link MergeableState#toBytes()}.
   *
   * @param bytes the encoded state
   * @return the state, independent of {@code bytes}
   * @throws NullPointerException if {@code bytes} is null
   * @throws IllegalArgumentException if the bytes are corrupt, truncated, of another analysis or
   *     format version, or describe a state that adding and merging cannot reach; the message says
   *     which, without quoting the bytes
   */
  S decode(byte[] bytes);

  /**
   * Returns a collector that runs this analysis over a stream, sequential or parallel: a new state
   * per partition, {@link MergeableState#add} per element, {@link MergeableState#merge} to combine,
   * {@link MergeableState#result} to finish.
   *
   * @return an unordered collector
   */
  default Collector<I, S, R> collector() {
    return Collector.of(
        this::newState,
        (s, o) -> s.add(requireNonNull(o, "observation")),
        MergeableState::merge,
        MergeableState::result,
        Collector.Characteristics.UNORDERED);
  }
}
