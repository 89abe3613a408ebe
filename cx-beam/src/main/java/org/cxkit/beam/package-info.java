/**
 * Every cxkit analysis on Apache Beam: one {@link org.apache.beam.sdk.transforms.Combine.CombineFn}
 * ({@link org.cxkit.beam.AnalysisFn}) for anything written to cx-metrics' mergeable-state contract,
 * typed entry points ({@link org.cxkit.beam.CxTransforms}), and deterministic coders for the
 * states, the inputs and the results, so a pipeline on any runner gives the result of a local run,
 * bit for bit.
 *
 * <pre>{@code
 * PCollection<Response> responses = ...;
 * PCollection<ScorecardResult> card = responses.apply(CxTransforms.scorecard(model, "sign-up"));
 * PCollection<KV<String, ScorecardResult>> bySegment =
 *     responses.apply(WithKeys.of((Response r) -> r.attributes().getOrDefault("segment", "-"))
 *             .withKeyType(TypeDescriptors.strings()))
 *         .apply(CxTransforms.scorecardPerKey(model, "sign-up"));
 * }</pre>
 *
 * <p>No value here is ever encoded with Java serialization: a state is encoded by its own
 * versioned, checked byte format ({@link org.cxkit.beam.StateCoder}), a response and a journey
 * event by {@link org.cxkit.beam.ResponseCoder} and {@link org.cxkit.beam.JourneyEventCoder}, a
 * result as cxkit JSON ({@link org.cxkit.beam.ResultCoder}). Only the pipeline's functions and
 * coders themselves are Java-serialized, as Beam ships every function that way.
 */
@NullMarked
package org.cxkit.beam;

import org.jspecify.annotations.NullMarked;
