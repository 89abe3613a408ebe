/**
 * The designed journey: {@link org.cxkit.core.journey.Journey} of {@link
 * org.cxkit.core.journey.Stage stages} (phases before, during and after, never backwards), each
 * holding {@link org.cxkit.core.journey.Touchpoint touchpoints} with a frontstage, a backstage, a
 * channel, an owner and the goals of what the customer should do, think and feel there; designed
 * {@link org.cxkit.core.journey.Transition transitions} make it a graph rather than a list.
 */
@NullMarked
package org.cxkit.core.journey;

import org.jspecify.annotations.NullMarked;
