/**
 * The immutable customer-experience model of cxkit: strategy, personas, journeys of stages and
 * touchpoints, measures with their scales, and the {@linkplain org.cxkit.core.ModelCheck checks}
 * that report what is legal but unwise.
 *
 * <p>Only {@code org.cxkit.core} is exported; {@code org.cxkit.core.internal} is an implementation
 * detail.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  requires static com.google.errorprone.annotations;

  exports org.cxkit.core;
}
