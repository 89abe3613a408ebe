package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointKind;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.MaturityLevel;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator itself: deterministic, and varied enough over the default seeds that the properties
 * built on it mean something (every enum constant, empty and full lists, optional fields absent and
 * present, every transition kind, off-main-path touchpoints, every rule firing).
 */
class ModelGeneratorTest {
  private static final List<CxModel> MODELS = new ArrayList<>();

  @BeforeAll
  static void generate() {
    Seeds.defaults(100).forEach(seed -> MODELS.add(ModelGenerator.model(seed)));
  }

  private static List<Journey> journeys() {
    return MODELS.stream().flatMap(m -> m.journeys().stream()).toList();
  }

  private static List<Touchpoint> touchpoints() {
    return journeys().stream().flatMap(j -> j.touchpoints().stream()).toList();
  }

  private static boolean any(Predicate<CxModel> p) {
    return MODELS.stream().anyMatch(p);
  }

  @Test
  void theSameSeedGivesTheSameModelAndOtherSeedsOtherModels() {
    assertThat(ModelGenerator.model(7)).isEqualTo(ModelGenerator.model(7));
    assertThat(ModelGenerator.journey(7)).isEqualTo(ModelGenerator.journey(7));
    Set<CxModel> distinct = new HashSet<>(MODELS);
    assertThat(distinct).hasSizeGreaterThan(95);
    ModelGenerator g = new ModelGenerator(1);
    assertThat(g.model()).isNotEqualTo(g.model()); // a generator is a stream of models
  }

  @Test
  void everyEnumConstantAppears() {
    assertCovers(Channel.class, touchpoints().stream().map(Touchpoint::channel).toList());
    assertCovers(Ownership.class, touchpoints().stream().map(Touchpoint::ownership).toList());
    assertCovers(TouchpointKind.class, touchpoints().stream().map(Touchpoint::kind).toList());
    assertCovers(
        ExperienceRealm.class, touchpoints().stream().flatMap(t -> t.realms().stream()).toList());
    assertCovers(
        TransitionKind.class,
        journeys().stream().flatMap(j -> j.transitions().stream()).map(Transition::kind).toList());
    assertCovers(JourneyStatus.class, journeys().stream().map(Journey::status).toList());
    assertCovers(
        Phase.class,
        journeys().stream().flatMap(j -> j.stages().stream()).map(Stage::phase).toList());
    assertCovers(
        ResearchMethod.class,
        journeys().stream().flatMap(j -> j.provenance().methods().stream()).toList());
    assertCovers(
        ParticipantRole.class,
        journeys().stream().flatMap(j -> j.provenance().participants().keySet().stream()).toList());
    assertCovers(
        OfferingType.class,
        MODELS.stream()
            .flatMap(m -> m.strategy().offerings().stream())
            .map(Offering::type)
            .toList());
    assertCovers(
        InsightMethod.class,
        MODELS.stream()
            .flatMap(m -> m.strategy().market().insights().stream())
            .map(Insight::method)
            .toList());
    assertCovers(
        MaturityLevel.class,
        MODELS.stream()
            .flatMap(m -> m.strategy().maturity().stream())
            .map(CxMaturity::level)
            .toList());
    assertCovers(
        IntentPerspective.class,
        MODELS.stream()
            .flatMap(m -> m.strategy().intent().statements().keySet().stream())
            .toList());
    assertCovers(
        Direction.class,
        MODELS.stream()
            .flatMap(m -> m.declaredMeasures().stream())
            .map(x -> x.scale().better())
            .toList());
    assertCovers(
        Channel.class,
        MODELS.stream()
            .flatMap(m -> m.personas().stream())
            .flatMap(p -> p.profile().preferredChannels().stream())
            .toList());
  }

  private static <E extends Enum<E>> void assertCovers(Class<E> type, List<E> seen) {
    assertThat(EnumSet.copyOf(seen)).as(type.getSimpleName()).isEqualTo(EnumSet.allOf(type));
  }

  @Test
  void listsAreSometimesEmptyAndSometimesNot() {
    assertThat(any(m -> m.journeys().isEmpty())).isTrue();
    assertThat(any(m -> m.journeys().size() >= 3)).isTrue();
    assertThat(any(m -> m.personas().isEmpty())).isTrue();
    assertThat(any(m -> m.declaredMeasures().isEmpty())).isTrue();
    assertThat(any(m -> m.declaredMeasures().size() >= 2)).isTrue();
    assertThat(any(m -> m.strategy().segments().isEmpty())).isTrue();
    assertThat(any(m -> m.strategy().offerings().size() >= 2)).isTrue();
    assertThat(journeys())
        .anyMatch(j -> j.stages().isEmpty())
        .anyMatch(j -> j.stages().size() >= 4);
    assertThat(journeys())
        .anyMatch(j -> j.stages().stream().anyMatch(s -> s.touchpoints().isEmpty()));
    assertThat(journeys())
        .anyMatch(j -> j.transitions().isEmpty())
        .anyMatch(j -> j.transitions().size() >= 3);
    assertThat(touchpoints())
        .anyMatch(t -> t.measures().isEmpty())
        .anyMatch(t -> t.measures().size() >= 2)
        .anyMatch(t -> t.failPoints().isEmpty())
        .anyMatch(t -> !t.failPoints().isEmpty())
        .anyMatch(t -> t.goals().hasNoCustomerGoals())
        .anyMatch(t -> !t.goals().feels().isEmpty());
  }

  @Test
  void optionalFieldsAreSometimesAbsentAndSometimesPresent() {
    List<Persona> personas = MODELS.stream().flatMap(m -> m.personas().stream()).toList();
    assertThat(personas)
        .anyMatch(p -> p.story().isPresent())
        .anyMatch(p -> p.story().isEmpty())
        .anyMatch(p -> p.segment().isPresent())
        .anyMatch(p -> p.segment().isEmpty());
    assertThat(journeys())
        .anyMatch(j -> j.offering().isPresent())
        .anyMatch(j -> j.offering().isEmpty())
        .anyMatch(j -> j.provenance().validatedOn().isPresent())
        .anyMatch(j -> j.provenance().equals(Provenance.NONE));
    assertThat(touchpoints())
        .anyMatch(t -> t.owner().isPresent())
        .anyMatch(t -> t.owner().isEmpty())
        .anyMatch(t -> t.initiator().isEmpty())
        .anyMatch(t -> t.kind() == TouchpointKind.ACTION && t.initiator().isPresent())
        .anyMatch(t -> t.frontstage().description().isPresent())
        .anyMatch(t -> t.frontstage().isEmpty())
        .anyMatch(t -> !t.controllable())
        .anyMatch(t -> t.ownership() != Ownership.BRAND && t.controllable());
    assertThat(journeys().stream().flatMap(j -> j.transitions().stream()))
        .anyMatch(t -> t.note().isPresent())
        .anyMatch(t -> t.note().isEmpty());
    assertThat(any(m -> m.strategy().maturity().isPresent())).isTrue();
    assertThat(any(m -> m.strategy().maturity().isEmpty())).isTrue();
    assertThat(any(m -> m.strategy().intent().isComplete())).isTrue();
  }

  /**
   * Other personas' curves (#17): some journeys draw them, some two; their points have an intended
   * value, a measured one or both, sometimes at an end of the scale, and every curve is of one of
   * the model's personas other than the journey's own.
   */
  @Test
  void personaCurvesAppearWithTheirInterestingCases() {
    assertThat(journeys())
        .anyMatch(j -> j.personaCurves().isEmpty())
        .anyMatch(j -> j.personaCurves().size() >= 2);
    List<org.cxkit.core.blueprint.Emotion> points =
        journeys().stream()
            .flatMap(j -> j.personaCurves().stream())
            .flatMap(c -> c.points().values().stream())
            .toList();
    assertThat(points)
        .anyMatch(e -> e.intended().isPresent() && e.measured().isEmpty())
        .anyMatch(e -> e.intended().isEmpty() && e.measured().isPresent())
        .anyMatch(e -> e.intended().isPresent() && e.measured().isPresent());
    assertThat(journeys())
        .anyMatch(
            j ->
                j.personaCurves().stream()
                    .flatMap(c -> c.points().values().stream())
                    .anyMatch(
                        e ->
                            e.intended().equals(j.emotionScale().map(x -> x.min()))
                                || e.measured().equals(j.emotionScale().map(x -> x.max()))));
    for (CxModel m : MODELS) {
      for (Journey j : m.journeys()) {
        j.personaCurves()
            .forEach(
                c -> {
                  assertThat(c.persona()).isNotEqualTo(j.persona());
                  assertThat(m.persona(c.persona())).isPresent();
                });
      }
    }
  }

  @Test
  void theGraphAndMeasuresHaveTheirInterestingCases() {
    assertThat(journeys().stream().flatMap(j -> j.transitions().stream()))
        .anyMatch(t -> t.from().equals(t.to()) && t.kind() == TransitionKind.LOOP_BACK);
    assertThat(journeys())
        .anyMatch(
            j ->
                j.touchpoints().stream()
                    .anyMatch(t -> !t.mainPath() && j.reachable().contains(t.id())));
    assertThat(journeys()).anyMatch(j -> !j.isFullyReachable());
    assertThat(any(m -> m.declaredMeasures().stream().anyMatch(Measure.builtIns()::contains)))
        .isFalse();
    assertThat(
            any(
                m ->
                    m.declaredMeasures().stream()
                        .anyMatch(
                            d -> Measure.builtIns().stream().anyMatch(b -> b.id().equals(d.id())))))
        .as("a redeclared built-in")
        .isTrue();
    assertThat(touchpoints())
        .anyMatch(t -> t.measures().stream().anyMatch(x -> x.threshold() < 0))
        .anyMatch(
            t -> t.measures().stream().anyMatch(x -> x.threshold() != Math.rint(x.threshold())));
    // Ids of every slug form, the longest included; the same ids in different journeys.
    Set<String> ids = new HashSet<>();
    touchpoints().forEach(t -> ids.add(t.id().value()));
    assertThat(ids)
        .anyMatch(s -> s.contains("."))
        .anyMatch(s -> s.contains("_"))
        .anyMatch(s -> s.contains("-"))
        .anyMatch(s -> s.length() == Ids.MAX_LENGTH);
    assertThat(MODELS)
        .anyMatch(
            m ->
                m.journeys().size() >= 2
                    && m.journeys().get(0).touchpoints().stream()
                        .anyMatch(t -> m.journeys().get(1).touchpoint(t.id()).isPresent()));
  }

  @Test
  void everyRuleFiresOnSomeGeneratedModel() {
    Set<Rule> fired = EnumSet.noneOf(Rule.class);
    MODELS.forEach(m -> m.check().findings().forEach(f -> fired.add(f.rule())));
    // the management rules need a management record, drawn from a stream of its own
    Seeds.defaults(100)
        .forEach(
            seed ->
                ModelGenerator.managed(seed).check().findings().forEach(f -> fired.add(f.rule())));
    // the CX5xx rules need observed data: ObservedRulesTest
    assertThat(fired)
        .containsExactlyInAnyOrderElementsOf(
            java.util.Arrays.stream(Rule.values())
                .filter(r -> !r.code().startsWith("CX5"))
                .toList());
  }

  @Test
  void theFixtureIsTheMeetupDescribedInItsDocs() {
    CxModel m = Fixtures.meetup();
    Journey j = Fixtures.firstVisit();
    assertThat(m.journeys()).containsExactly(j);
    assertThat(m.personas()).containsExactly(Fixtures.maria());
    assertThat(m.strategy()).isEqualTo(Fixtures.strategy());
    assertThat(j.stages())
        .extracting(Stage::phase)
        .containsExactly(Phase.BEFORE, Phase.BEFORE, Phase.DURING, Phase.AFTER);
    assertThat(j.touchpoints())
        .hasSize(10)
        .filteredOn(t -> !t.mainPath())
        .extracting(t -> t.id().value())
        .containsExactly("helpdesk");
    assertThat(j.transitions())
        .extracting(Transition::kind)
        .contains(TransitionKind.EXCEPTION, TransitionKind.LOOP_BACK);
  }
}
