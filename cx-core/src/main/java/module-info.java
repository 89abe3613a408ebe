/**
 * The immutable customer-experience model of cxkit: strategy, personas, journeys of stages and
 * touchpoints, measures with their scales, and the {@linkplain org.cxkit.core.check.ModelCheck
 * checks} that report what is legal but unwise.
 *
 * <p>{@code org.cxkit.core.internal} is an implementation detail and not exported.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.cxkit.core;
  exports org.cxkit.core.journey;
  exports org.cxkit.core.blueprint;
  exports org.cxkit.core.graph;
  exports org.cxkit.core.strategy;
  exports org.cxkit.core.check;
  exports org.cxkit.core.observed;
  exports org.cxkit.core.management;
}
