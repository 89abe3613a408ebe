/**
 * Reading and writing cxkit models, responses, events and metric results as JSON and JSON Lines.
 */
@NullMarked
package org.cxkit.json;

import org.jspecify.annotations.NullMarked;
