/**
 * Readers of other tools' formats: {@link org.cxkit.formats.ResponseCsv} for survey exports (long
 * and wide CSV), {@link org.cxkit.formats.EventCsv} for journey events, and {@link
 * org.cxkit.formats.ScoreSink} for the primitive path from a file into bulk accumulators. Event
 * logs: {@link org.cxkit.formats.XesLog} (XES), {@link org.cxkit.formats.OcelJson} (OCEL 2.0 JSON)
 * and {@link org.cxkit.formats.CjmlXml} (CJML actual journeys), with {@link
 * org.cxkit.formats.XmlLimits} for hostile XML.
 *
 * <p>Every reader is configured with {@code X.builder()...build()}, is immutable and thread-safe,
 * reports what it read in a {@link org.cxkit.metrics.ReadReport} and handles bad rows as its {@link
 * org.cxkit.metrics.BadInput} policy says.
 */
@NullMarked
package org.cxkit.formats;

import org.jspecify.annotations.NullMarked;
