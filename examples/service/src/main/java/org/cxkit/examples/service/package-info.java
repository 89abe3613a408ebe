/**
 * A Spring Boot 4 service over cxkit: {@code POST /check} and {@code POST /scorecard}, with RFC
 * 9457 problem details for bad input. An example, never deployed; see the README's "Service".
 */
@NullMarked
package org.cxkit.examples.service;

import org.jspecify.annotations.NullMarked;
