/**
 * cxkit's values for a host's own Jackson 3 {@code JsonMapper}: see {@link
 * org.cxkit.json3.CxJackson3Module}.
 *
 * @since 0.1
 */
@org.jspecify.annotations.NullMarked
package org.cxkit.json3;
