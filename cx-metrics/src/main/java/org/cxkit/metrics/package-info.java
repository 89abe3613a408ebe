/**
 * Measurements over a cxkit model: calculators, accumulators and their results.
 *
 * <ul>
 *   <li>The contract: every analysis is an {@link org.cxkit.metrics.spi.Analysis} whose state is a
 *       {@link org.cxkit.metrics.spi.MergeableState} (add, merge, result, checked bytes); a
 *       calculator ({@link org.cxkit.metrics.spi.Metric}) makes {@link
 *       org.cxkit.metrics.spi.Accumulator}s and {@link org.cxkit.metrics.spi.GroupedAccumulator}s
 *       for column data; results implement {@link org.cxkit.metrics.MetricResult} (n, headline,
 *       reason when there is no value).
 *   <li>Calculators: {@link org.cxkit.metrics.Nps} ({@link org.cxkit.metrics.NpsResult}, {@link
 *       org.cxkit.metrics.NpsComparison}), {@link org.cxkit.metrics.ScaleMetrics} for CSAT, CES and
 *       any scale ({@link org.cxkit.metrics.ScaleResult}), {@link
 *       org.cxkit.metrics.analysis.DelightUplift} ({@link
 *       org.cxkit.metrics.analysis.UpliftResult}).
 *   <li>The touchpoint {@link org.cxkit.metrics.analysis.Scorecard} ({@link
 *       org.cxkit.metrics.analysis.ScorecardResult}).
 *   <li>The registry {@link org.cxkit.metrics.Metrics}, with plug-ins from {@link
 *       org.cxkit.metrics.spi}.
 * </ul>
 */
@NullMarked
package org.cxkit.metrics;

import org.jspecify.annotations.NullMarked;
