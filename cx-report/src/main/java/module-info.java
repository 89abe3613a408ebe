/**
 * What people read and look at: cxkit's models, check findings and results rendered as text for
 * terminals and JShell, and as one self-contained HTML report with an SVG journey map, in the
 * reader's language (English or Finnish). {@link org.cxkit.report.TextReport} is the front door for
 * text; {@link org.cxkit.report.TextRenderer} renders text in a chosen locale; {@link
 * org.cxkit.report.HtmlReport} writes the HTML report.
 *
 * <p>The module holds every sentence cxkit shows people; the values of cx-core and cx-metrics hold
 * none (they print one-line summaries). Its texts live in the resource bundle {@code
 * org/cxkit/report/messages.properties} (English) and {@code messages_fi.properties} (Finnish).
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.report {
  requires transitive org.cxkit.core;
  requires transitive org.cxkit.metrics;
  requires static transitive org.jspecify;

  exports org.cxkit.report;
}
