/**
 * Renderings for people: the outline of a model or journey, the table of a model check's findings
 * with their sentences, the touchpoint scorecard and the delight uplift as aligned tables, each
 * rule's title and advice, and {@link org.cxkit.report.HtmlReport}, one self-contained HTML file
 * with an SVG journey map of every journey.
 *
 * <pre>{@code
 * System.out.println(TextReport.outline(model));
 * System.out.println(TextReport.table(model.check()));
 * System.out.println(TextReport.table(scorecardResult));
 * }</pre>
 *
 * <p>{@link org.cxkit.report.TextReport} renders in English; {@link
 * org.cxkit.report.TextRenderer#builder()} builds a renderer for another locale: Finnish has texts
 * of its own; other locales fall back to English, key by key; numbers follow the locale.
 */
@NullMarked
package org.cxkit.report;

import org.jspecify.annotations.NullMarked;
