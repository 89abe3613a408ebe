/** Reading and writing cxkit models, responses and metric results as JSON and CSV. */
@NullMarked
package org.cxkit.json;

import org.jspecify.annotations.NullMarked;
