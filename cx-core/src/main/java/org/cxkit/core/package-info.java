/**
 * The customer-experience model: {@link org.cxkit.core.CxModel} and everything it holds.
 *
 * <p>Every type here is immutable and validated when it is built. Things that can never be right
 * (blank or malformed ids, duplicates, dangling references, phases that go backwards) are rejected
 * with one {@link org.cxkit.core.ModelValidationException} that lists every problem with its {@link
 * org.cxkit.core.ModelPath path}. Things that are legal but unwise are reported by {@link
 * org.cxkit.core.CxModel#check()}.
 */
@NullMarked
package org.cxkit.core;

import org.jspecify.annotations.NullMarked;
