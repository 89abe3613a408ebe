/** cx-beam's implementation details: not API, not exported. */
@NullMarked
package org.cxkit.beam.internal;

import org.jspecify.annotations.NullMarked;
