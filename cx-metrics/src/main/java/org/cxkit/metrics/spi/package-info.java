/**
 * The service-provider interface of cx-metrics: implement {@link
 * org.cxkit.metrics.spi.MetricProvider} to add a calculator for a measure of your own, then
 * register it explicitly ({@code Metrics.builder().add(provider)}) or list it in {@code
 * META-INF/services/org.cxkit.metrics.spi.MetricProvider} (class path) or in a {@code provides}
 * clause (module path) and call {@code Metrics.discover(classLoader)}.
 */
@NullMarked
package org.cxkit.metrics.spi;

import org.jspecify.annotations.NullMarked;
