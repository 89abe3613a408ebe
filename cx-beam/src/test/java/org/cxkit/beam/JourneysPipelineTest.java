package org.cxkit.beam;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.JourneyPaths;
import org.cxkit.metrics.journeys.PathsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Journey events grouped into actual journeys and their paths on the DirectRunner: for random
 * splits and orders of the same events, the pipeline's result equals the local one-pass result of
 * {@link EventLog} and {@link JourneyPaths} exactly.
 */
class JourneysPipelineTest {
  private static final String[] STEPS = {"a", "b", "c", "d", "~x", "~y"};
  private static final Channel[] CHANNELS = {Channel.CHAT, Channel.PHONE, Channel.WEB};

  static LongStream pipelineSeeds() {
    return Seeds.seeds(2);
  }

  /**
   * Events of {@code customers} customers, each customer's at distinct times (so that their order
   * is the time order), some with a session id, some with an hour-long pause, some without a
   * customer (no journey under the customer grain).
   */
  static List<JourneyEvent> events(long seed, int customers) {
    SplittableRandom r = new SplittableRandom(seed);
    List<JourneyEvent> out = new ArrayList<>();
    for (int c = 0; c < customers; c++) {
      long t = 1_767_225_600L + r.nextLong(1_000_000);
      int n = 1 + r.nextInt(8);
      for (int i = 0; i < n; i++) {
        String s = STEPS[r.nextInt(STEPS.length)];
        JourneyEvent.Builder b = JourneyEvent.builder().time(Instant.ofEpochSecond(t));
        if (r.nextInt(40) == 0) {
          b.caseId("order-" + c);
        } else {
          b.customer("c" + c);
        }
        if (r.nextInt(4) == 0) {
          b.session("s" + c + "-" + r.nextInt(2));
        }
        if (s.startsWith("~")) {
          b.adHoc(s.substring(1));
        } else {
          b.touchpoint(s);
        }
        if (r.nextBoolean()) {
          b.channel(CHANNELS[r.nextInt(CHANNELS.length)]);
        }
        if (r.nextInt(4) == 0) {
          b.outcome(Outcome.FAILED);
        }
        out.add(b.build());
        t += 1 + (r.nextInt(5) == 0 ? 3_600 + r.nextInt(7_200) : r.nextInt(600));
      }
    }
    return out;
  }

  static PathsResult local(Grain grain, JourneyPaths paths, List<JourneyEvent> events) {
    JourneyPaths.State s = paths.newState();
    EventLog.of(grain, events).journeys().forEach(s::add);
    return s.result();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void pathsEqualTheLocalOnePassResult(long seed) {
    List<JourneyEvent> events = events(seed, 150);
    Grain session = Grain.session(Duration.ofMinutes(30));
    PathsResult byCustomer = local(Grain.CUSTOMER, JourneyPaths.create(), events);
    PathsResult bySession = local(session, JourneyPaths.create().topVariants(5), events);
    assertThat(byCustomer.journeys()).isGreaterThan(100);
    assertThat(bySession.journeys()).isGreaterThan(byCustomer.journeys());

    Pipeline p = PipelineTest.pipeline();
    PCollection<JourneyEvent> in =
        PipelineTest.splitAndShuffled(p, events, seed, JourneyEventCoder.of());
    PCollection<PathsResult> customers = in.apply("customers", CxTransforms.paths(Grain.CUSTOMER));
    PCollection<PathsResult> sessions =
        in.apply(
            "sessions",
            CxTransforms.journeys(
                session,
                () -> JourneyPaths.create().topVariants(5),
                ResultCoder.of(PathsResult.class)));
    assertThat(customers.getCoder()).isEqualTo(ResultCoder.of(PathsResult.class));
    PAssert.thatSingleton("customers", customers).isEqualTo(byCustomer);
    PAssert.thatSingleton("sessions", sessions).isEqualTo(bySession);
    p.run().waitUntilFinish();
  }

  @Test
  void noEventsGiveTheEmptyResult() {
    Pipeline p = PipelineTest.pipeline();
    PCollection<PathsResult> r =
        p.apply(Create.empty(JourneyEventCoder.of())).apply(CxTransforms.paths(Grain.CASE));
    PAssert.thatSingleton(r).isEqualTo(JourneyPaths.create().newState().result());
    p.run().waitUntilFinish();
  }

  @Test
  void journeyResultsHaveExactCodersThatBeamFinds() throws Exception {
    List<JourneyEvent> events = events(11, 60);
    PathsResult paths = local(Grain.CUSTOMER, JourneyPaths.create(), events);
    assertThat(paths.gaps()).isNotEmpty();
    CoderProperties.coderDecodeEncodeEqual(ResultCoder.of(PathsResult.class), paths);
    CoderRegistry registry = CoderRegistry.createDefault();
    assertThat(registry.getCoder(PathsResult.class)).isEqualTo(ResultCoder.of(PathsResult.class));
    assertThat(registry.getCoder(ConformanceResult.class))
        .isEqualTo(ResultCoder.of(ConformanceResult.class));
    assertThat(registry.getCoder(DirectlyFollowsResult.class))
        .isEqualTo(ResultCoder.of(DirectlyFollowsResult.class));
  }
}
