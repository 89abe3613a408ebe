/**
 * The designed journey as a graph: {@link org.cxkit.core.graph.JourneyGraph}, built once from a
 * {@link org.cxkit.core.journey.Journey} on Guava's {@code common.graph}, answers where a customer
 * can go, what can be reached and which moves the design foresees. The checks, conformance of
 * observed journeys and the journey map all read it.
 *
 * @since 0.1
 */
@NullMarked
package org.cxkit.core.graph;

import org.jspecify.annotations.NullMarked;
