package org.cxkit.core.journey;

/** The role of a person who took part in drawing or validating a journey. */
public enum ParticipantRole {
  /** A customer. */
  CUSTOMER,
  /** Frontline staff who serve customers. */
  FRONTLINE,
  /** A manager. */
  MANAGER,
  /** A designer or researcher. */
  DESIGNER
}
