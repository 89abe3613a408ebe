package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Step;
import org.cxkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Every public method of the package rejects a null argument with an NPE. */
class JourneysNullTest {
  @Test
  void nullArgumentsAreRejected() {
    ActualJourney j = ConformanceTest.journey("hear-about", "event-page");
    NullPointerTester t = new NullPointerTester();
    t.setDefault(Journey.class, Fixtures.firstVisit());
    t.setDefault(ActualJourney.class, j);
    t.setDefault(Step.class, Step.adHoc("x"));
    t.setDefault(TouchpointId.class, TouchpointId.of("talk"));
    t.setDefault(org.cxkit.core.JourneyId.class, org.cxkit.core.JourneyId.of("first-visit"));
    t.setDefault(org.cxkit.core.StageId.class, org.cxkit.core.StageId.of("attend"));
    t.setDefault(org.cxkit.core.journey.Channel.class, org.cxkit.core.journey.Channel.CHAT);
    t.setDefault(byte[].class, ConformanceTest.C.newState().toBytes());
    t.testAllPublicStaticMethods(Conformance.class);
    t.testAllPublicInstanceMethods(ConformanceTest.C);
    t.testAllPublicInstanceMethods(ConformanceTest.C.newState());
    t.testAllPublicInstanceMethods(JourneyPaths.create());
    t.testAllPublicInstanceMethods(JourneyPaths.create().newState());
    ConformanceResult c = ConformanceTest.C.newState().addAll(List.of(j)).result();
    t.testAllPublicInstanceMethods(c);
    t.testAllPublicInstanceMethods(JourneyPaths.create().newState().addAll(List.of(j)).result());
    for (Class<?> type :
        List.of(
            Deviation.class,
            MoveCount.class,
            Alignment.class,
            Alignment.Move.class,
            ConformanceResult.class,
            ConformanceResult.TouchpointRow.class,
            ConformanceResult.StageRow.class,
            ConformanceResult.StepCount.class,
            PathsResult.class,
            PathsResult.StepRow.class,
            PathsResult.Variant.class,
            PathsResult.ChannelSwitch.class,
            PathsResult.Gap.class)) {
      t.testAllPublicConstructors(type);
    }
    assertThat(c.toString()).startsWith("ConformanceResult[first-visit: 1 journey, fitness ");
  }
}
