package org.cxkit.core.blueprint;

/**
 * What a {@link ResearchNote} records: the research behind a journey map, kept apart from the
 * designed goals of what the customer should do, think and feel.
 *
 * @since 0.1
 */
public enum NoteKind {
  /** Something that hurts the customer's experience (a pain point). */
  PAIN,
  /** Something that pleases the customer or gains them something. */
  GAIN,
  /** A need the customer has at this point. */
  NEED,
  /** Something seen in research, not yet interpreted. */
  OBSERVATION,
  /** What a customer said, in their words. */
  QUOTE
}
