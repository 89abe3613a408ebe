package org.cxkit.metrics.journeys;

import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.Step;
import org.cxkit.metrics.internal.Frame;

/** A {@link Step} in an encoded state: a kind byte (0 designed, 1 ad hoc) and the label. */
final class StepCodec {
  private StepCodec() {}

  static Frame.Writer write(Frame.Writer w, Step step) {
    return w.putByte(step.isAdHoc() ? 1 : 0).putString(step.label());
  }

  /** Reads a step, failing with "{what} is not valid" (never quoting it) when it is not one. */
  static Step read(Frame.Reader r, String what) {
    int kind = r.getByte(what + " kind");
    r.check(kind == 0 || kind == 1, what + " kind is neither 0 nor 1");
    String label = r.getString(what);
    try {
      return kind == 1 ? Step.adHoc(label) : Step.of(TouchpointId.of(label));
    } catch (IllegalArgumentException e) {
      throw r.invalid(what + " is not valid");
    }
  }
}
