/**
 * What a service blueprint and a journey map draw beyond the journey's steps: the {@linkplain
 * org.cxkit.core.blueprint.Lane lanes} of Bitner, Ostrom and Morgan's blueprint (customer actions,
 * onstage and backstage contact employee actions, support processes) with the {@linkplain
 * org.cxkit.core.blueprint.Activity activities} in them, the typed {@linkplain
 * org.cxkit.core.blueprint.Participant participants}, {@linkplain
 * org.cxkit.core.blueprint.SupportProcess support processes} shared by several touchpoints, the
 * {@linkplain org.cxkit.core.blueprint.Dependency dependencies} between them, the {@linkplain
 * org.cxkit.core.blueprint.Emotion experience curve} on a stated {@linkplain
 * org.cxkit.core.blueprint.EmotionScale scale}, the {@linkplain
 * org.cxkit.core.blueprint.ResearchNote research} behind a map (pains, gains, needs, observations,
 * quotes) and {@linkplain org.cxkit.core.blueprint.Timing time standards} with their tolerances.
 *
 * @since 0.1
 */
@NullMarked
package org.cxkit.core.blueprint;

import org.jspecify.annotations.NullMarked;
