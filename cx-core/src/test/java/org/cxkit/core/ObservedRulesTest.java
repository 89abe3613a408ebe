package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import java.util.List;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.check.Rule;
import org.cxkit.core.observed.JourneyObservations;
import org.cxkit.core.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The CX5xx rules, on the meetup's first visit (check-in is its moment of truth). */
class ObservedRulesTest {
  private static final CxModel MODEL = Fixtures.meetup();
  private static final JourneyId FIRST_VISIT = JourneyId.of("first-visit");
  private static final List<String> MAIN =
      List.of(
          "hear-about",
          "event-page",
          "rsvp",
          "reminder",
          "check-in",
          "talk",
          "networking",
          "slides",
          "survey");

  private static TouchpointId t(String id) {
    return TouchpointId.of(id);
  }

  /** Every main-path move made {@code n} times, plus the given extra moves. */
  private static ImmutableTable.Builder<TouchpointId, TouchpointId, Long> mainPath(long n) {
    ImmutableTable.Builder<TouchpointId, TouchpointId, Long> b = ImmutableTable.builder();
    for (int i = 1; i < MAIN.size(); i++) {
      b.put(t(MAIN.get(i - 1)), t(MAIN.get(i)), n);
    }
    return b;
  }

  private static List<Finding> observedFindings(JourneyObservations o) {
    CheckReport r = ModelCheck.defaults().run(MODEL, List.of(o));
    return r.findings().stream().filter(f -> f.rule().code().startsWith("CX5")).toList();
  }

  @Test
  void designedMovesNobodyTookAreReportedFromThirtyJourneys() {
    JourneyObservations o =
        new JourneyObservations(
            FIRST_VISIT, 30, mainPath(30).build(), ImmutableMap.of(), ImmutableMap.of());
    // check-in -> helpdesk, helpdesk -> talk and reminder -> event-page were never taken
    assertThat(observedFindings(o))
        .extracting(f -> f.arguments().get("from") + ">" + f.arguments().get("to"))
        .containsExactly("check-in>helpdesk", "helpdesk>talk", "reminder>event-page");
    assertThat(observedFindings(o))
        .allSatisfy(f -> assertThat(f.rule()).isEqualTo(Rule.MOVE_NEVER_TAKEN));
    // 29 journeys are too few to say
    JourneyObservations few =
        new JourneyObservations(
            FIRST_VISIT, 29, mainPath(29).build(), ImmutableMap.of(), ImmutableMap.of());
    assertThat(observedFindings(few)).isEmpty();
  }

  @Test
  void aFrequentUndesignedMoveIsReportedAtFivePercent() {
    // 100 journeys: rsvp -> check-in 5 times is 5 % (reported), talk -> survey 4 times is not
    ImmutableTable<TouchpointId, TouchpointId, Long> moves =
        mainPath(100)
            .put(t("rsvp"), t("check-in"), 5L)
            .put(t("talk"), t("survey"), 4L)
            .put(t("reminder"), t("event-page"), 1L)
            .put(t("check-in"), t("helpdesk"), 1L)
            .put(t("helpdesk"), t("talk"), 1L)
            .build();
    JourneyObservations o =
        new JourneyObservations(FIRST_VISIT, 100, moves, ImmutableMap.of(), ImmutableMap.of());
    assertThat(observedFindings(o))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.UNDESIGNED_MOVE_FREQUENT);
              assertThat(f.arguments())
                  .containsEntry("from", t("rsvp"))
                  .containsEntry("to", t("check-in"))
                  .containsEntry("count", 5)
                  .containsEntry("journeys", 100);
            });
  }

  @Test
  void aMomentOfTruthThatFailsOneInTenIsReported() {
    JourneyObservations failing =
        new JourneyObservations(
            FIRST_VISIT,
            20,
            ImmutableTable.of(),
            ImmutableMap.of(t("check-in"), 20L),
            ImmutableMap.of(t("check-in"), 2L));
    assertThat(observedFindings(failing))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(Rule.MOMENT_OF_TRUTH_FAILING);
              assertThat(f.arguments()).containsEntry("failing", 2).containsEntry("events", 20);
              assertThat(f.path().toString()).contains("check-in");
            });
    // 1 of 20 is 5 %; and 19 events are too few to judge
    assertThat(
            observedFindings(
                new JourneyObservations(
                    FIRST_VISIT,
                    20,
                    ImmutableTable.of(),
                    ImmutableMap.of(t("check-in"), 20L),
                    ImmutableMap.of(t("check-in"), 1L))))
        .isEmpty();
    assertThat(
            observedFindings(
                new JourneyObservations(
                    FIRST_VISIT,
                    19,
                    ImmutableTable.of(),
                    ImmutableMap.of(t("check-in"), 19L),
                    ImmutableMap.of(t("check-in"), 19L))))
        .isEmpty();
  }

  @Test
  void observationsMustBeOfTheModelsJourneysOnceEach() {
    JourneyObservations other =
        new JourneyObservations(
            JourneyId.of("other"), 1, ImmutableTable.of(), ImmutableMap.of(), ImmutableMap.of());
    assertThatThrownBy(() -> ModelCheck.defaults().run(MODEL, List.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observations of journey 'other', which the model does not have");
    JourneyObservations o =
        new JourneyObservations(
            FIRST_VISIT, 1, ImmutableTable.of(), ImmutableMap.of(), ImmutableMap.of());
    assertThatThrownBy(() -> ModelCheck.defaults().run(MODEL, List.of(o, o)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new JourneyObservations(
                    FIRST_VISIT,
                    1,
                    ImmutableTable.of(),
                    ImmutableMap.of(),
                    ImmutableMap.of(t("talk"), 1L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("touchpoint 'talk' failed 1 times but was met 0 times");
    // without observations, the model's own findings only; suppression applies to CX5xx too
    assertThat(ModelCheck.defaults().run(MODEL, List.of()).findings())
        .isEqualTo(ModelCheck.defaults().run(MODEL).findings());
    JourneyObservations none =
        new JourneyObservations(
            FIRST_VISIT, 30, ImmutableTable.of(), ImmutableMap.of(), ImmutableMap.of());
    assertThat(
            ModelCheck.defaults()
                .suppress(Rule.MOVE_NEVER_TAKEN)
                .run(MODEL, List.of(none))
                .findings())
        .noneMatch(f -> f.rule() == Rule.MOVE_NEVER_TAKEN);
  }
}
