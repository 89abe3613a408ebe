package org.cxkit.metrics.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;
import org.junit.jupiter.api.Test;

class PathsTest {
  private static final Instant T0 = Instant.parse("2010-12-30T11:02:00Z");

  /**
   * PM4Py's running example ({@code tests/input_data/running-example.xes}, documented in the PM4Py
   * documentation and in W. van der Aalst, <i>Process Mining: Data Science in Action</i>, 2nd ed.,
   * Springer 2016, Table 1.1 and section 2.2): 6 cases, 42 events, 8 activities. Written here from
   * that documentation as the cases' activity sequences (times are ours, one hour apart).
   */
  static final Map<String, List<String>> RUNNING_EXAMPLE = new LinkedHashMap<>();

  static {
    RUNNING_EXAMPLE.put(
        "1",
        List.of(
            "register-request", "examine-thoroughly", "check-ticket", "decide", "reject-request"));
    RUNNING_EXAMPLE.put(
        "2",
        List.of(
            "register-request", "check-ticket", "examine-casually", "decide", "pay-compensation"));
    RUNNING_EXAMPLE.put(
        "3",
        List.of(
            "register-request",
            "examine-casually",
            "check-ticket",
            "decide",
            "reinitiate-request",
            "examine-thoroughly",
            "check-ticket",
            "decide",
            "pay-compensation"));
    RUNNING_EXAMPLE.put(
        "4",
        List.of(
            "register-request", "check-ticket", "examine-thoroughly", "decide", "reject-request"));
    RUNNING_EXAMPLE.put(
        "5",
        List.of(
            "register-request",
            "examine-casually",
            "check-ticket",
            "decide",
            "reinitiate-request",
            "check-ticket",
            "examine-casually",
            "decide",
            "reinitiate-request",
            "examine-casually",
            "check-ticket",
            "decide",
            "reject-request"));
    RUNNING_EXAMPLE.put(
        "6",
        List.of(
            "register-request", "examine-casually", "check-ticket", "decide", "pay-compensation"));
  }

  static EventLog runningExample() {
    List<JourneyEvent> events = new ArrayList<>();
    RUNNING_EXAMPLE.forEach(
        (c, steps) -> {
          for (int i = 0; i < steps.size(); i++) {
            events.add(
                JourneyEvent.builder()
                    .caseId(c)
                    .touchpoint(steps.get(i))
                    .time(T0.plus(Duration.ofHours(i)))
                    .build());
          }
        });
    return EventLog.of(Grain.CASE, events);
  }

  private static Step s(String id) {
    return Step.of(TouchpointId.of(id));
  }

  @Test
  void runningExampleDirectlyFollowsStartsEndsAndVariants() {
    PathsResult r = JourneyPaths.create().newState().addAll(runningExample().journeys()).result();
    assertThat(r.journeys()).isEqualTo(6);
    assertThat(r.events()).isEqualTo(42);
    // Counted by hand from the six traces (a register, b examine thoroughly, c examine casually,
    // d check ticket, e decide, f reinitiate, g pay, h reject).
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("check-ticket>decide", 6L);
    expected.put("check-ticket>examine-casually", 2L);
    expected.put("check-ticket>examine-thoroughly", 1L);
    expected.put("decide>pay-compensation", 3L);
    expected.put("decide>reinitiate-request", 3L);
    expected.put("decide>reject-request", 3L);
    expected.put("examine-casually>check-ticket", 4L);
    expected.put("examine-casually>decide", 2L);
    expected.put("examine-thoroughly>check-ticket", 2L);
    expected.put("examine-thoroughly>decide", 1L);
    expected.put("register-request>check-ticket", 2L);
    expected.put("register-request>examine-casually", 3L);
    expected.put("register-request>examine-thoroughly", 1L);
    expected.put("reinitiate-request>check-ticket", 1L);
    expected.put("reinitiate-request>examine-casually", 1L);
    expected.put("reinitiate-request>examine-thoroughly", 1L);
    Map<String, Long> actual = new LinkedHashMap<>();
    r.directlyFollows().forEach(m -> actual.put(m.from() + ">" + m.to(), m.count()));
    assertThat(actual).containsExactlyEntriesOf(expected);
    assertThat(actual.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(42 - 6);
    // PM4Py: start activities {register request: 6}; end activities {reject request: 3, pay
    // compensation: 3}
    assertThat(r.step(s("register-request")).orElseThrow().starts()).isEqualTo(6);
    assertThat(r.step(s("reject-request")).orElseThrow().ends()).isEqualTo(3);
    assertThat(r.step(s("pay-compensation")).orElseThrow().ends()).isEqualTo(3);
    assertThat(r.steps().stream().mapToLong(PathsResult.StepRow::starts).sum()).isEqualTo(6);
    assertThat(r.distinctVariants()).isEqualTo(6);
    assertThat(r.variants()).hasSize(6).allSatisfy(v -> assertThat(v.count()).isEqualTo(1));
    assertThat(r.coverage(2).value()).contains(2.0 / 6);
    // decide: 9 events in 6 cases, ended none of them
    PathsResult.StepRow decide = r.step(s("decide")).orElseThrow();
    assertThat(decide.events()).isEqualTo(9);
    assertThat(decide.journeys()).isEqualTo(6);
    assertThat(decide.dropOff().count()).isZero();
    // every move took exactly one hour, 3600 s: 2^11 <= 3600 < 2^12, so its bucket is 64 s wide,
    // [56 * 64, 57 * 64) = [3584, 3648), reported as its midpoint 3584 + 31 = 3615 s
    assertThat(r.gaps())
        .allSatisfy(
            g -> {
              assertThat(g.median()).isEqualTo(Duration.ofSeconds(3615));
              assertThat(g.p90()).isEqualTo(Duration.ofSeconds(3615));
            });
  }

  private static JourneyEvent event(String who, String tp, long second, Channel ch, Outcome o) {
    return JourneyEvent.of(who, tp, T0.plusSeconds(second), ch, o);
  }

  @Test
  void channelSwitchesAfterAFailure() {
    List<JourneyEvent> events =
        List.of(
            event("a", "chat", 0, Channel.CHAT, Outcome.FAILED),
            event("a", "call", 60, Channel.PHONE, Outcome.COMPLETED),
            event("b", "chat", 0, Channel.CHAT, Outcome.FAILED),
            event("b", "chat", 30, Channel.CHAT, Outcome.FAILED),
            event("b", "call", 90, Channel.PHONE, Outcome.COMPLETED),
            event("c", "chat", 0, Channel.CHAT, Outcome.COMPLETED),
            event("c", "call", 10, Channel.PHONE, Outcome.COMPLETED),
            event("d", "post", 0, Channel.SOCIAL_MEDIA, Outcome.FAILED));
    PathsResult r =
        JourneyPaths.create()
            .newState()
            .addAll(EventLog.of(Grain.CUSTOMER, events).journeys())
            .result();
    assertThat(r.channelSwitches())
        .containsExactly(
            new PathsResult.ChannelSwitch(Channel.CHAT, Channel.PHONE, 2),
            new PathsResult.ChannelSwitch(Channel.CHAT, Channel.CHAT, 1));
    assertThat(r.step(s("post")).orElseThrow().dropOff().value()).contains(1.0);
  }

  @Test
  void gapsAreElapsedTimeWhateverTheTimeZone() {
    // Helsinki clocks go from 03:00 to 04:00 on 29 March 2026 (EU summer time: the last Sunday of
    // March, 01:00 UTC). 02:59:30 -> 04:00:10 local reads as 1 h 0 min 40 s on the wall clock but
    // is
    // 40 s of elapsed time; the same two instants seen from UTC (00:59:30 -> 01:00:10) say 40 s.
    java.time.ZoneId helsinki = java.time.ZoneId.of("Europe/Helsinki");
    Instant before =
        java.time.LocalDateTime.parse("2026-03-29T02:59:30").atZone(helsinki).toInstant();
    Instant after =
        java.time.LocalDateTime.parse("2026-03-29T04:00:10").atZone(helsinki).toInstant();
    assertThat(before).isEqualTo(Instant.parse("2026-03-29T00:59:30Z"));
    PathsResult.Gap g =
        JourneyPaths.create()
            .newState()
            .addAll(
                List.of(
                    ActualJourney.of(
                        Grain.CUSTOMER,
                        "c",
                        List.of(
                            JourneyEvent.of("c", "chat", before),
                            JourneyEvent.of("c", "call", after)))))
            .result()
            .gaps()
            .get(0);
    assertThat(g.median()).isEqualTo(Duration.ofSeconds(40));
    assertThat(g.p90()).isEqualTo(Duration.ofSeconds(40));
  }

  @Test
  void gapQuantilesAreNearestRank() {
    // chat -> call after 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 seconds
    List<ActualJourney> js = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      js.add(
          ActualJourney.of(
              Grain.CUSTOMER,
              "c" + i,
              List.of(
                  JourneyEvent.of("c" + i, "chat", T0),
                  JourneyEvent.of("c" + i, "call", T0.plusSeconds(10L * i)))));
    }
    PathsResult.Gap g = JourneyPaths.create().newState().addAll(js).result().gaps().get(0);
    // nearest rank: median = x(⌈5⌉) = 50 s; p90 = x(⌈9⌉) = 90 s, in the bucket [88, 90) of width 2
    // above 64 s: its midpoint is 88 + (2 - 1) / 2 = 88 (integer seconds)
    assertThat(g.count()).isEqualTo(10);
    assertThat(g.median()).isEqualTo(Duration.ofSeconds(50));
    assertThat(g.p90())
        .isEqualTo(Duration.ofSeconds(JourneyPaths.bucketMid(JourneyPaths.bucket(90))));
    assertThat(JourneyPaths.bucketLow(JourneyPaths.bucket(90))).isLessThanOrEqualTo(90);
    assertThat(Math.abs(JourneyPaths.bucketMid(JourneyPaths.bucket(90)) - 90))
        .isLessThanOrEqualTo(90 / 32);
  }

  @Test
  void bucketsCoverEverySecondWithBoundedWidth() {
    long[] probes = {0, 1, 63, 64, 65, 127, 128, 1000, 86_400, 31_536_000, Long.MAX_VALUE / 3};
    for (long d : probes) {
      int b = JourneyPaths.bucket(d);
      long low = JourneyPaths.bucketLow(b);
      assertThat(low).as("%s", d).isLessThanOrEqualTo(d);
      assertThat(d - low).as("%s", d).isLessThanOrEqualTo(Math.max(0, low / 32));
      assertThat(JourneyPaths.bucket(low)).isEqualTo(b);
    }
    for (long d = 0; d < 5000; d++) {
      assertThat(JourneyPaths.bucket(d + 1)).isGreaterThanOrEqualTo(JourneyPaths.bucket(d));
    }
  }

  @Test
  void topVariantsAndArguments() {
    JourneyPaths p = JourneyPaths.create().topVariants(1);
    PathsResult r = p.newState().addAll(runningExample().journeys()).result();
    assertThat(r.variants()).hasSize(1);
    assertThat(r.distinctVariants()).isEqualTo(6);
    assertThatThrownBy(() -> r.coverage(2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> p.topVariants(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(r.toString()).isEqualTo("PathsResult[6 journeys, 42 events, 8 steps, 6 variants]");
  }
}
