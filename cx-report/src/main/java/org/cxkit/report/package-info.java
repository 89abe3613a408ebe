/**
 * Text renderings for people: the outline of a model or journey, the table of a model check's
 * findings with their sentences, the touchpoint scorecard and the delight uplift as aligned tables,
 * and each rule's title and advice.
 *
 * <pre>{@code
 * System.out.println(TextReport.outline(model));
 * System.out.println(TextReport.table(model.check()));
 * System.out.println(TextReport.table(scorecardResult));
 * }</pre>
 *
 * <p>{@link org.cxkit.report.TextReport} renders in English; {@link
 * org.cxkit.report.TextRenderer#builder()} builds a renderer for another locale (its texts fall
 * back to English where the locale has no translation; its numbers follow the locale).
 */
@NullMarked
package org.cxkit.report;

import org.jspecify.annotations.NullMarked;
