/**
 * What customers actually did, referring to the design by the same ids: {@link
 * org.cxkit.core.observed.JourneyEvent journey events} at designed or ad hoc {@link
 * org.cxkit.core.observed.Step steps}, grouped by a {@link org.cxkit.core.observed.Grain grain}
 * (customer, case, session) into the {@link org.cxkit.core.observed.ActualJourney actual journeys}
 * of an {@link org.cxkit.core.observed.EventLog event log}.
 *
 * <pre>{@code
 * EventLog log = EventLog.of(Grain.session(Duration.ofMinutes(30)), events);
 * for (ActualJourney j : log.journeys()) {
 *   j.steps();
 * }
 * }</pre>
 */
@NullMarked
package org.cxkit.core.observed;

import org.jspecify.annotations.NullMarked;
