package org.cxkit.metrics.journeys;

import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.Scale;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/** The contract kit run against the recovery paradox: exact counts. */
class RecoveryParadoxContractTest
    extends AnalysisContract<RecoveryParadox.Rating, ParadoxResult, RecoveryParadox.State> {
  @Override
  protected Analysis<RecoveryParadox.Rating, ParadoxResult, RecoveryParadox.State> analysis() {
    return RecoveryParadox.of(Scale.CSAT);
  }

  @Override
  protected RecoveryParadox.Rating observation(SplittableRandom random) {
    return new RecoveryParadox.Rating(
        RecoveryParadox.Group.values()[random.nextInt(3)], 1 + random.nextInt(5));
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Frame.Writer w = Frame.writer("recovery-paradox", 1).putScale(Scale.CSAT);
    for (int i = 0; i < 15; i++) {
      w.putLong(i < 2 ? Long.MAX_VALUE / 2 + 1 : 0);
    }
    return Map.of("more ratings than a long counts", w.finish());
  }
}
