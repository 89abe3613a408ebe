/**
 * Implementation of cx-metrics: the histogram accumulators, the one byte framing of every encoded
 * state ({@link org.cxkit.metrics.internal.Frame}), statistics helpers.
 */
@NullMarked
package org.cxkit.metrics.internal;

import org.jspecify.annotations.NullMarked;
