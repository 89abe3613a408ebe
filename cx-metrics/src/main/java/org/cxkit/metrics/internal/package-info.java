/** Implementation of cx-metrics: histogram accumulators, their byte codec, statistics helpers. */
@NullMarked
package org.cxkit.metrics.internal;

import org.jspecify.annotations.NullMarked;
