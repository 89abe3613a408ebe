package org.cxkit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.CxModel;
import org.cxkit.core.JourneyId;
import org.cxkit.core.ModelPath;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.SegmentId;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The English bundle is complete and consistent with the rules: every rule has a title, advice and
 * a message whose arguments are exactly the rule's parameters; every pattern renders; and each
 * rule's sentence reads as it did when findings carried it.
 */
class MessagesTest {
  private static final Messages EN = Messages.load(Locale.ENGLISH);
  private static final ModelPath AT = ModelPath.root();
  private static final TouchpointId TALK = TouchpointId.of("talk");
  private static final JourneyId J = JourneyId.of("first-visit");

  @ParameterizedTest
  @EnumSource(Rule.class)
  void everyRuleHasATitleAdviceAndAMessageOfItsOwnArguments(Rule rule) {
    String code = rule.code();
    assertThat(EN.has(code + ".title")).as("%s.title", code).isTrue();
    assertThat(EN.has(code + ".advice")).as("%s.advice", code).isTrue();
    assertThat(EN.has(code + ".message")).as("%s.message", code).isTrue();
    assertThat(Messages.argumentNames(EN.pattern(code + ".message")))
        .as("arguments of %s.message", code)
        .containsExactlyInAnyOrderElementsOf(rule.parameters());
    String title = TextReport.title(rule);
    String advice = TextReport.advice(rule);
    assertThat(title).isNotBlank().doesNotContain("\n").matches("[A-Z].*[^.]");
    assertThat(advice).isNotBlank().doesNotContain("\n").endsWith(".");
    // No arguments, and a lone apostrophe or brace would be eaten by MessageFormat.
    for (String key : List.of(code + ".title", code + ".advice")) {
      assertThat(Messages.argumentNames(EN.pattern(key))).as(key).isEmpty();
      assertThat(EN.format(key)).as(key).isEqualTo(EN.pattern(key).replace("''", "'"));
    }
  }

  @Test
  void theBundleHoldsNoTextForARuleThatDoesNotExist() {
    Set<String> codes = Arrays.stream(Rule.values()).map(Rule::code).collect(Collectors.toSet());
    for (String key : EN.keys()) {
      if (key.matches("CX\\d+\\..*")) {
        assertThat(codes).as(key).contains(key.substring(0, key.indexOf('.')));
        assertThat(key.substring(key.indexOf('.') + 1)).as(key).isIn("title", "advice", "message");
      }
    }
  }

  @Test
  void everyPatternNamesItsArgumentsAndRenders() {
    for (String key : EN.keys()) {
      String pattern = EN.pattern(key);
      assertThat(pattern)
          .as("%s uses a numbered argument", key)
          .doesNotContainPattern("\\{\\s*\\d");
      Map<String, Object> args =
          Messages.argumentNames(pattern).stream()
              .collect(Collectors.toMap(n -> n, n -> List.of()));
      assertThat(EN.format(key, args)).as(key).doesNotContain("{").doesNotContain("}");
    }
  }

  static Stream<Arguments> sentences() {
    return Stream.of(
        Arguments.of(
            Finding.of(Rule.GOAL_WITHOUT_TARGET, AT, BusinessGoalId.of("growth")),
            "business goal 'growth' has no measurable target"),
        Arguments.of(
            Finding.of(Rule.OFFERING_WITHOUT_PROMISE, AT, OfferingId.of("waffles")),
            "offering 'waffles' has no promise in its value proposition"),
        Arguments.of(
            Finding.of(
                Rule.INTENT_INCOMPLETE,
                AT,
                List.of(IntentPerspective.SURPRISES, IntentPerspective.IS_REMEMBERED)),
            "the intended experience does not say: SURPRISES, IS_REMEMBERED"),
        Arguments.of(
            Finding.of(Rule.MARKET_ONE_METHOD, AT, List.of()),
            "the market analysis records no insights"),
        Arguments.of(
            Finding.of(Rule.MARKET_ONE_METHOD, AT, List.of(InsightMethod.QUALITATIVE)),
            "every market insight is QUALITATIVE"),
        Arguments.of(Finding.of(Rule.MATURITY_NOT_ASSESSED, AT), "CX maturity is not assessed"),
        Arguments.of(
            Finding.of(Rule.SEGMENT_UNREPRESENTED, AT, SegmentId.of("students")),
            "no persona represents segment 'students'"),
        Arguments.of(
            Finding.of(Rule.PERSONA_WITHOUT_STORY, AT, PersonaId.of("maria")),
            "persona 'maria' has no story"),
        Arguments.of(
            Finding.of(Rule.PERSONA_WITHOUT_SEGMENT, AT, PersonaId.of("maria")),
            "persona 'maria' represents no segment"),
        Arguments.of(
            Finding.of(Rule.PERSONA_THIN_PROFILE, AT, PersonaId.of("maria")),
            "persona 'maria' has no goals, needs or frustrations"),
        Arguments.of(
            Finding.of(Rule.PERSONA_WITHOUT_JOURNEY, AT, PersonaId.of("sam")),
            "persona 'sam' has no journey"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_MISSING_PHASE, AT, J, List.of(Phase.BEFORE, Phase.AFTER)),
            "journey 'first-visit' has no BEFORE or AFTER stage"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_MISSING_PHASE, AT, J, List.of(Phase.values())),
            "journey 'first-visit' has no BEFORE or DURING or AFTER stage"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_NO_MOMENT_OF_TRUTH, AT, J),
            "journey 'first-visit' names no moment of truth"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_MANAGEMENT_ONLY, AT, J, JourneyStatus.LIVE),
            "journey 'first-visit' is LIVE but no customer or frontline participant is recorded"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_ASSUMED, AT, J, JourneyStatus.VALIDATED, List.of()),
            "journey 'first-visit' is VALIDATED but rests on no recorded research"),
        Arguments.of(
            Finding.of(
                Rule.JOURNEY_ASSUMED,
                AT,
                J,
                JourneyStatus.LIVE,
                List.of(ResearchMethod.ASSUMPTION)),
            "journey 'first-visit' is LIVE but rests on assumptions only"),
        Arguments.of(
            Finding.of(Rule.STAGE_EMPTY, AT, StageId.of("wrap-up")),
            "stage 'wrap-up' has no touchpoints"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_UNREACHABLE, AT, TALK),
            "touchpoint 'talk' is off the main path and no transition leads to it from an entry point"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_NO_GOALS, AT, J),
            "journey 'first-visit' sets no goals at any touchpoint the organisation shapes and the"
                + " customer takes part in"),
        Arguments.of(
            Finding.of(Rule.JOURNEY_UNMEASURED, AT, J),
            "journey 'first-visit' has no measure or time standard at any touchpoint the"
                + " organisation shapes and the customer takes part in"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_NO_GOALS, AT, TALK),
            "touchpoint 'talk' has no do, think or feel goals"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_NO_FEELING, AT, TALK), "touchpoint 'talk' names no feeling"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_NO_MEASURE, AT, TALK),
            "touchpoint 'talk' is controllable but has no measure"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_NO_OWNER, AT, TALK, Ownership.PARTNER),
            "touchpoint 'talk' is PARTNER-owned and nobody inside watches it"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_NO_BACKSTAGE, AT, TALK),
            "touchpoint 'talk' has a frontstage but no backstage"),
        Arguments.of(
            Finding.of(Rule.TOUCHPOINT_NO_ENABLERS, AT, TALK),
            "touchpoint 'talk' names no place, process or communication that makes its goals"
                + " happen"),
        Arguments.of(
            Finding.of(Rule.FAIL_POINT_WITHOUT_RECOVERY, AT, TALK, 3),
            "touchpoint 'talk' has 3 fail points and no EXCEPTION, ALTERNATIVE or LOOP_BACK"
                + " transition out"),
        Arguments.of(
            Finding.of(Rule.FAIL_POINT_WITHOUT_RECOVERY, AT, TALK, 1),
            "touchpoint 'talk' has 1 fail point and no EXCEPTION, ALTERNATIVE or LOOP_BACK"
                + " transition out"),
        Arguments.of(
            Finding.of(Rule.MOMENT_OF_TRUTH_NO_FAIL_POINTS, AT, TALK),
            "touchpoint 'talk' is a moment of truth with no known fail points"),
        Arguments.of(
            Finding.of(Rule.MOVE_NEVER_TAKEN, AT, TALK, TouchpointId.of("survey"), 40),
            "none of 40 observed journeys went from 'talk' straight to 'survey'"),
        Arguments.of(
            Finding.of(Rule.UNDESIGNED_MOVE_FREQUENT, AT, TALK, TouchpointId.of("survey"), 7, 40),
            "customers went from 'talk' straight to 'survey' 7 times in 40 journeys, a move the"
                + " design does not have"),
        Arguments.of(
            Finding.of(Rule.MOMENT_OF_TRUTH_FAILING, AT, TALK, 6, 40),
            "moment of truth 'talk' failed 6 of 40 times"),
        Arguments.of(
            Finding.of(
                Rule.MATURITY_ABOVE_EVIDENCE,
                AT,
                org.cxkit.core.strategy.MaturityLevel.MANAGED,
                org.cxkit.core.strategy.MaturityLevel.EXPECTED),
            "maturity is declared MANAGED but the model's evidence supports EXPECTED"),
        Arguments.of(
            Finding.of(Rule.FRONTLINE_WITHOUT_EX, AT, TALK),
            "frontline touchpoint 'talk' has no employee-experience record"),
        Arguments.of(
            Finding.of(
                Rule.INITIATIVE_WITHOUT_OWNER,
                AT,
                org.cxkit.core.management.InitiativeStatus.PLANNED),
            "an initiative (PLANNED) has no owner"),
        Arguments.of(
            Finding.of(
                Rule.INITIATIVE_WITHOUT_TARGET,
                AT,
                org.cxkit.core.management.InitiativeStatus.IN_PROGRESS),
            "an initiative (IN_PROGRESS) has no target metric"),
        Arguments.of(
            Finding.of(Rule.OWNER_WITHOUT_REVIEW, AT, J),
            "the owner of journey 'first-visit' holds no review"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("sentences")
  void eachRulesSentenceReadsAsBefore(Finding finding, String sentence) {
    assertThat(TextReport.message(finding)).isEqualTo(sentence);
  }

  @Test
  void everyRuleHasAPinnedSentence() {
    assertThat(sentences().map(a -> ((Finding) a.get()[0]).rule()).distinct())
        .containsExactlyInAnyOrder(Rule.values());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void everyFindingOfAGeneratedModelRendersAsOneLineNamingItsIds(long seed) {
    CxModel m = ModelGenerator.model(seed);
    for (Finding f : m.check().findings()) {
      String sentence = TextReport.message(f);
      assertThat(sentence)
          .as(Seeds.describe(seed))
          .isNotBlank()
          .doesNotContain("\n")
          .doesNotContain("{")
          .doesNotContain("}");
      for (Object value : f.arguments().values()) {
        if (!(value instanceof List<?>) && !(value instanceof Integer)) {
          assertThat(sentence).as(Seeds.describe(seed)).contains(value.toString());
        }
      }
    }
  }

  @Test
  void namedArgumentsAreFoundWhereverTheyAre() {
    assertThat(Messages.argumentNames("a {b} {c,choice,0#x|0<{d,list,or}} {b} {0} '{'"))
        .containsExactly("b", "c", "d");
  }

  @Test
  void aPatternWithAnArgumentNobodyGivesFailsClearly() {
    Messages m = Messages.of(Locale.ENGLISH, Map.of("k", "touchpoint ''{touchpoint}'' {oops}"));
    assertThatThrownBy(() -> m.format("k", "touchpoint", TALK))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cx-report's text 'k' uses {oops}, which is not one of [touchpoint]");
    assertThatThrownBy(() -> m.format("nope"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessage("cx-report has no text 'nope'");
  }

  @Test
  void listsJoinWithTheBundlesSeparatorsAndChooseByTheirSize() {
    Messages m =
        Messages.of(
            Locale.ENGLISH,
            Map.of(
                "list", "; ",
                "list.or", " / ",
                "k",
                    "{xs} | {xs,list,or} | {xs,choice,0#none|1#one|1<{xs,number,integer} of them}"));
    assertThat(m.format("k", "xs", List.of(Phase.BEFORE, Phase.AFTER)))
        .isEqualTo("BEFORE; AFTER | BEFORE / AFTER | 2 of them");
    assertThat(m.format("k", "xs", List.of(Phase.DURING))).isEqualTo("DURING | DURING | one");
    assertThat(m.format("k", "xs", List.of())).isEqualTo(" |  | none");
  }
}
