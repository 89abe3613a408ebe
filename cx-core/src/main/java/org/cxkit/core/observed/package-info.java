/**
 * What customers actually did, referring to the design by the same ids: {@link
 * org.cxkit.core.observed.JourneyEvent journey events} of real journeys.
 */
@NullMarked
package org.cxkit.core.observed;

import org.jspecify.annotations.NullMarked;
