/**
 * Other tools' formats: {@link org.cxkit.formats.ResponseCsv} reads survey exports (long and wide
 * CSV), {@link org.cxkit.formats.EventCsv} journey events, {@link org.cxkit.formats.ScoreSink} is
 * the primitive path from a file into bulk accumulators, and {@link
 * org.cxkit.formats.MermaidJourney} writes a journey as a Mermaid {@code journey} diagram. Event
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
