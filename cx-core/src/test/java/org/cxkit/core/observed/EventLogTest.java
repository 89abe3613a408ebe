package org.cxkit.core.observed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.junit.jupiter.api.Test;

class EventLogTest {
  private static final Instant T0 = Instant.parse("2026-11-04T17:00:00Z");

  private static JourneyEvent at(String who, String tp, int minutes) {
    return JourneyEvent.of(who, tp, T0.plus(Duration.ofMinutes(minutes)));
  }

  @Test
  void eventsAreSortedByTimeAndTiesKeepTheirOrder() {
    List<JourneyEvent> in =
        List.of(at("c", "pay", 5), at("c", "b", 1), at("c", "a", 1), at("c", "start", 0));
    ActualJourney j = EventLog.of(Grain.CUSTOMER, in).journeys().get(0);
    assertThat(j.steps())
        .extracting(Step::label)
        .containsExactly("start", "b", "a", "pay"); // b before a: given first, same minute
    assertThat(j.duration()).isEqualTo(Duration.ofMinutes(5));
    assertThat(j.start()).isEqualTo(T0);
    assertThat(j.end()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
  }

  @Test
  void journeysAreSortedByKeyWhateverTheInterleaving() {
    List<JourneyEvent> in = List.of(at("z", "a", 0), at("b", "a", 1), at("z", "b", 2));
    EventLog log = EventLog.of(Grain.CUSTOMER, in);
    assertThat(log.journeys()).extracting(ActualJourney::key).containsExactly("b", "z");
    assertThat(log.eventCount()).isEqualTo(3);
    List<JourneyEvent> reversed = new ArrayList<>(in);
    java.util.Collections.reverse(reversed);
    assertThat(EventLog.of(Grain.CUSTOMER, reversed)).isEqualTo(log);
  }

  @Test
  void sessionsSplitAtAPauseLongerThanTheGap() {
    Grain g = Grain.session(Duration.ofMinutes(30));
    List<JourneyEvent> in =
        List.of(
            at("c", "a", 0),
            at("c", "b", 30), // exactly the gap: same session
            at("c", "c", 61), // 31 minutes: a new session
            JourneyEvent.builder()
                .customer("c")
                .session("s-1") // its own key, before the customer's
                .touchpoint("d")
                .time(T0)
                .build());
    EventLog log = EventLog.of(g, in);
    assertThat(log.journeys())
        .extracting(j -> j.key() + "#" + j.sequence() + ":" + j.size())
        .containsExactly("c#0:2", "c#1:1", "s-1#0:1");
    assertThat(g.toString()).isEqualTo("SESSION(PT30M)");
    assertThatThrownBy(() -> Grain.session(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gap must be positive, got PT0S");
  }

  @Test
  void eventsWithoutTheGrainsKeyAreCounted() {
    JourneyEvent noCase = at("c", "a", 0);
    JourneyEvent withCase = noCase.toBuilder().caseId("o-1").build();
    EventLog log = EventLog.of(Grain.CASE, List.of(noCase, withCase));
    assertThat(log.withoutKey()).isEqualTo(1);
    assertThat(log.journeys()).singleElement().extracting(ActualJourney::key).isEqualTo("o-1");
    assertThat(log.toString()).isEqualTo("EventLog[CASE: 1 journey, 1 event, 1 without a key]");
  }

  @Test
  void theGrouperGivesTheSameJourneysAsTheLogForContiguousInput() {
    Grain g = Grain.session(Duration.ofMinutes(10));
    List<JourneyEvent> in =
        List.of(
            at("a", "x", 3), at("a", "y", 1), at("a", "z", 40), at("b", "x", 0), at("c", "x", 0));
    List<ActualJourney> out = new ArrayList<>();
    try (EventLog.Grouper grouper = EventLog.grouper(g, out::add)) {
      in.forEach(grouper);
      assertThat(grouper.events()).isEqualTo(5);
    }
    assertThat(out).isEqualTo(EventLog.of(g, in).journeys());
  }

  @Test
  void theGrouperRejectsAKeyThatComesBack() {
    EventLog.Grouper grouper = EventLog.grouper(Grain.CUSTOMER, j -> {});
    grouper.accept(at("secret-a", "x", 0));
    grouper.accept(at("secret-b", "x", 0));
    assertThatThrownBy(() -> grouper.accept(at("secret-a", "y", 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("event 3 comes back")
        .hasMessageNotContaining("secret");
    grouper.close();
    assertThatThrownBy(() -> grouper.accept(at("c", "x", 0)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anEventNeedsAKeyAStepAndATime() {
    assertThatThrownBy(() -> JourneyEvent.builder().touchpoint("a").time(T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an event needs a customer, a case or a session");
    assertThatThrownBy(() -> JourneyEvent.builder().customer("c").time(T0).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("step");
    assertThatThrownBy(() -> JourneyEvent.builder().customer(" ").touchpoint("a").time(T0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("customer must not be blank when present");
    assertThatThrownBy(() -> JourneyEvent.builder().customer("c").adHoc(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must not be blank");
  }

  @Test
  void toStringLeavesOutPersonalData() {
    JourneyEvent e =
        JourneyEvent.builder()
            .customer("secret-c")
            .caseId("secret-o")
            .touchpoint("support-chat")
            .time(T0)
            .channel(Channel.CHAT)
            .initiator(Initiator.CUSTOMER)
            .outcome(Outcome.FAILED)
            .attribute("agent", "secret-bot")
            .build();
    assertThat(e.toString())
        .isEqualTo(
            "JourneyEvent[support-chat 2026-11-04T17:00:00Z CHAT by CUSTOMER FAILED, 1 attribute]");
    assertThat(e.failed()).isTrue();
    ActualJourney j = ActualJourney.of(Grain.CUSTOMER, "secret-c", List.of(e));
    assertThat(j.toString())
        .isEqualTo("ActualJourney[CUSTOMER, 1 event, 2026-11-04T17:00:00Z for PT0S]");
    assertThat(Step.adHoc("asked a friend").toString()).isEqualTo("~\"asked a friend\"");
  }

  @Test
  void valueSemantics() {
    JourneyEvent e = at("c", "a", 0);
    new EqualsTester()
        .addEqualityGroup(e, at("c", "a", 0), e.toBuilder().build())
        .addEqualityGroup(e.withChannel(Channel.WEB))
        .addEqualityGroup(e.withOutcome(Outcome.COMPLETED))
        .addEqualityGroup(e.toBuilder().adHoc("a").build())
        .addEqualityGroup(e.toBuilder().attribute("k", "v").build())
        .addEqualityGroup(e.toBuilder().caseId("o").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Step.of(TouchpointId.of("a")), Step.of(TouchpointId.of("a")))
        .addEqualityGroup(Step.adHoc("a"))
        .testEquals();
    assertThat(Step.of(TouchpointId.of("z")).compareTo(Step.adHoc("a"))).isNegative();
    new EqualsTester()
        .addEqualityGroup(
            Grain.session(Duration.ofMinutes(1)), Grain.session(Duration.ofSeconds(60)))
        .addEqualityGroup(Grain.CUSTOMER)
        .addEqualityGroup(Grain.CASE)
        .testEquals();
  }
}
