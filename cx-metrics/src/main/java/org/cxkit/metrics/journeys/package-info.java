/**
 * Journeys as customers actually walk them: {@link org.cxkit.metrics.journeys.Conformance
 * conformance} of actual journeys to the designed journey by optimal alignment (fitness and CJML's
 * deviations: ad hoc, missing, failing, irregular sequence) and {@link
 * org.cxkit.metrics.journeys.JourneyPaths paths} (directly-follows counts with start and end
 * counts, variants, channel switches after a failure, drop-off, time between steps), or the {@link
 * org.cxkit.metrics.journeys.DirectlyFollows directly-follows graph} alone in one primitive pass.
 * All are states on the one mergeable contract of {@code org.cxkit.metrics.spi}, so they run split
 * and merged, in parallel streams and on Beam, with results identical to one pass.
 *
 * <pre>{@code
 * EventLog log = EventLog.of(Grain.CUSTOMER, events);
 * ConformanceResult c = log.journeys().stream().collect(Conformance.of(journey).collector());
 * PathsResult p = log.journeys().stream().collect(JourneyPaths.create().collector());
 * DirectlyFollowsResult g = log.journeys().stream().collect(DirectlyFollows.of(journey).collector());
 * }</pre>
 */
@NullMarked
package org.cxkit.metrics.journeys;

import org.jspecify.annotations.NullMarked;
