package org.cxkit.core.management;

/**
 * Where an {@link Initiative} stands.
 *
 * @since 0.1
 */
public enum InitiativeStatus {
  /** Suggested, not yet decided. */
  PROPOSED,
  /** Decided and scheduled. */
  PLANNED,
  /** Being carried out. */
  IN_PROGRESS,
  /** Carried out; its effect is for the measures to show. */
  DONE,
  /** Decided against or abandoned. */
  DROPPED;

  /**
   * Returns whether the initiative still needs work: proposed, planned or in progress.
   *
   * @return true if open
   * @since 0.1
   */
  public boolean isOpen() {
    return this == PROPOSED || this == PLANNED || this == IN_PROGRESS;
  }
}
