/**
 * The strategy behind a CX design: {@link org.cxkit.core.strategy.Strategy} with business goals,
 * offerings and their value propositions, segments, market analysis, the intended experience and
 * the organisation's maturity, plus the {@link org.cxkit.core.strategy.Persona personas} whose
 * journeys the model draws.
 */
@NullMarked
package org.cxkit.core.strategy;

import org.jspecify.annotations.NullMarked;
