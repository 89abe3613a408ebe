/**
 * Analyses over a designed journey and its survey answers: the {@link
 * org.cxkit.metrics.analysis.Scorecard scorecard} of every touchpoint against its targets, with
 * stage, phase and journey rollups and the weakest link, the {@link
 * org.cxkit.metrics.analysis.DelightUplift delight uplift}, {@link
 * org.cxkit.metrics.analysis.KeyDrivers key drivers}, and {@link org.cxkit.metrics.analysis.Trends
 * trends} by period with tested changes and control charts; and, from operational data rather than
 * answers, the {@link org.cxkit.metrics.analysis.OperationalFigures operational figures} (mean,
 * median, 90th percentile) of each touchpoint against its time standards.
 */
@NullMarked
package org.cxkit.metrics.analysis;

import org.jspecify.annotations.NullMarked;
