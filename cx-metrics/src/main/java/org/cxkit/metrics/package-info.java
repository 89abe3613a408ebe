/** Measurements over a cxkit model: calculators, accumulators and their results. */
@NullMarked
package org.cxkit.metrics;

import org.jspecify.annotations.NullMarked;
