package org.cxkit.core.journey;

/** The kind of a designed move between touchpoints of a {@link Journey}. */
public enum TransitionKind {
  /** The designed next step (the order of the journey's main path implies these). */
  EXPECTED,
  /** A designed branch: another way to go on. */
  ALTERNATIVE,
  /** Going back, for example to compare or to try again. */
  LOOP_BACK,
  /** Jumping forward over touchpoints. */
  SKIP,
  /** A way out when something fails (a fail point, a channel switch). */
  EXCEPTION
}
