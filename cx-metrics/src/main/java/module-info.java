/**
 * Calculators over survey responses and journey events: Net Promoter Score with honest statistics,
 * CSAT, CES, a scorecard for every touchpoint, and the delight uplift.
 *
 * <p>{@code org.cxkit.metrics} holds the calculators and their results; {@code
 * org.cxkit.metrics.analysis} the scorecard and the delight uplift; {@code org.cxkit.metrics.spi}
 * the one mergeable-state contract every analysis keeps ({@code Analysis}, {@code MergeableState})
 * and where a host plugs in its own calculators ({@code MetricProvider}, found through {@link
 * java.util.ServiceLoader} when the host asks for discovery) and analyses. {@code
 * org.cxkit.metrics.internal} (the histogram accumulators, the one byte framing, statistics
 * helpers) is an implementation detail.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.metrics {
  requires transitive org.cxkit.core;
  requires static transitive org.jspecify;
  requires org.apache.commons.statistics.distribution;
  // commons-math3 3.6.1 has no module name of its own; this is the one derived from its jar name.
  requires commons.math3;

  exports org.cxkit.metrics;
  exports org.cxkit.metrics.spi;
  exports org.cxkit.metrics.analysis;
  exports org.cxkit.metrics.journeys;

  uses org.cxkit.metrics.spi.MetricProvider;
}
