/**
 * Analyses over a designed journey and its survey answers: the {@link
 * org.cxkit.metrics.analysis.Scorecard scorecard} of every touchpoint against its targets, with
 * stage, phase and journey rollups and the weakest link, and the {@link
 * org.cxkit.metrics.analysis.DelightUplift delight uplift}.
 */
@NullMarked
package org.cxkit.metrics.analysis;

import org.jspecify.annotations.NullMarked;
