/** Implementation details of cx-core; not exported, not API. */
@NullMarked
package org.cxkit.core.internal;

import org.jspecify.annotations.NullMarked;
