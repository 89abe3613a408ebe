/**
 * What is legal but unwise in a model: {@link org.cxkit.core.check.ModelCheck} runs the {@link
 * org.cxkit.core.check.Rule rules} and returns a {@link org.cxkit.core.check.CheckReport} of {@link
 * org.cxkit.core.check.Finding findings}, each with a stable rule code, a severity and the path of
 * what it is about.
 */
@NullMarked
package org.cxkit.core.check;

import org.jspecify.annotations.NullMarked;
