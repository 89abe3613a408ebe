package org.cxkit.benchmarks.json;

import org.cxkit.core.CxModel;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.strategy.Persona;

/**
 * The model {@link ModelReadBenchmark} reads and writes: one journey of {@code stages} stages with
 * {@code perStage} touchpoints each, every touchpoint with a name, a channel, goals and a CSAT
 * target (the same model as cx-json's {@code Fixtures.large}, so the figures in BENCHMARKS.md stay
 * comparable: 10 x 1,000 is 6.5 MB of JSON).
 */
final class LargeModel {
  private LargeModel() {}

  static CxModel of(int stages, int perStage) {
    Journey.Builder journey = Journey.builder("big").persona("p");
    Phase[] phases = Phase.values();
    Channel[] channels = Channel.values();
    for (int s = 0; s < stages; s++) {
      Stage.Builder stage =
          Stage.builder("s" + s, phases[s * phases.length / stages]).name("Stage " + s);
      for (int t = 0; t < perStage; t++) {
        stage.touchpoint(
            Touchpoint.builder("t" + s + "-" + t)
                .name("Touchpoint " + s + "/" + t)
                .channel(channels[(s + t) % channels.length])
                .goals(TouchpointGoals.builder().does("does " + t).feels("feels fine").build())
                .measure("csat", 4));
      }
      journey.stage(stage);
    }
    return CxModel.builder("Large").persona(Persona.of("p", "P")).journey(journey).build();
  }
}
