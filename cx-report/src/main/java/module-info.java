/**
 * What people read: cxkit's models, check findings and results rendered as text for terminals and
 * JShell, in the reader's language (English now). {@link org.cxkit.report.TextReport} is the front
 * door; {@link org.cxkit.report.TextRenderer} renders in a chosen locale.
 *
 * <p>The module holds every sentence cxkit shows people; the values of cx-core and cx-metrics hold
 * none (they print one-line summaries). Its texts live in the resource bundle {@code
 * org/cxkit/report/messages.properties}.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.report {
  requires transitive org.cxkit.core;
  requires transitive org.cxkit.metrics;
  requires static transitive org.jspecify;

  exports org.cxkit.report;
}
