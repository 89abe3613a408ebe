/**
 * The service-provider interface of cx-metrics: the contracts a host implements to plug in.
 *
 * <ul>
 *   <li>{@link org.cxkit.metrics.spi.Analysis} and {@link org.cxkit.metrics.spi.MergeableState}:
 *       the one contract for the state of every analysis (add, merge, result, checked bytes), kept
 *       by the calculators, the scorecard and the delight uplift, and by a host's own analysis; one
 *       adapter runs any of them in a loop, a parallel stream or on a distributed engine. The
 *       contract kit in cx-metrics' test-jar ({@code org.cxkit.metrics.tck}) checks an
 *       implementation.
 *   <li>{@link org.cxkit.metrics.spi.Metric}, {@link org.cxkit.metrics.spi.Accumulator} and {@link
 *       org.cxkit.metrics.spi.GroupedAccumulator}: a calculator over one measure's scores, its
 *       state, and its column path for many groups at once.
 *   <li>{@link org.cxkit.metrics.spi.MetricProvider}: makes the calculator for a measure of your
 *       own; register it explicitly ({@code Metrics.builder().add(provider)}) or list it in {@code
 *       META-INF/services/org.cxkit.metrics.spi.MetricProvider} (class path) or in a {@code
 *       provides} clause (module path) and call {@code Metrics.discover(classLoader)}.
 * </ul>
 */
@NullMarked
package org.cxkit.metrics.spi;

import org.jspecify.annotations.NullMarked;
