/**
 * Calculators over survey responses and journey events: Net Promoter Score with honest
 * statistics, CSAT, CES, a scorecard for every touchpoint, and the delight uplift.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.metrics {
  requires transitive org.cxkit.core;
  requires static transitive org.jspecify;

  exports org.cxkit.metrics;
}
