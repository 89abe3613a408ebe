package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.check.Finding;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.testing.ReferenceModels;
import org.junit.jupiter.api.Test;

/** Experience curves per persona on one journey (#17). */
class PersonaCurveTest {
  static CxModel.Builder model(PersonaCurve... curves) {
    Journey.Builder j =
        Journey.builder("j")
            .persona("p")
            .emotionScale(EmotionScale.of(-2, 2))
            .stage(
                Stage.builder("s", Phase.DURING)
                    .touchpoint(Touchpoint.builder("a").emotion(Emotion.measured(1))));
    for (PersonaCurve c : curves) {
      j.personaCurve(c);
    }
    return CxModel.builder("m")
        .persona(Persona.of("p", "P"))
        .persona(Persona.of("q", "Q"))
        .journey(j);
  }

  static List<String> problems(PersonaCurve... curves) {
    try {
      model(curves).build();
      return List.of();
    } catch (ModelValidationException e) {
      return e.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }
  }

  @Test
  void aCurveOfAnotherPersonaIsHeldInOrder() {
    CxModel m = model(PersonaCurve.of("q").at("a", Emotion.measured(-0.5))).build();
    PersonaCurve c = m.journeys().get(0).personaCurves().get(0);
    assertThat(c.persona()).isEqualTo(PersonaId.of("q"));
    assertThat(c.points()).containsEntry(TouchpointId.of("a"), Emotion.measured(-0.5));
    assertThat(c).hasToString("PersonaCurve[q: 1 point]");
    assertThat(m.journeys().get(0).toBuilder().build()).isEqualTo(m.journeys().get(0));
  }

  @Test
  void everyReferenceOfACurveIsChecked() {
    assertThat(problems(PersonaCurve.of("q").at("nowhere", Emotion.measured(0))))
        .singleElement()
        .asString()
        .startsWith("journeys[j].personaCurves[q].points[nowhere].touchpoint: ");
    assertThat(problems(PersonaCurve.of("q").at("a", Emotion.intended(3))))
        .singleElement()
        .asString()
        .startsWith("journeys[j].personaCurves[q].points[a].intended: ")
        .contains("off the journey's emotion scale");
    assertThat(problems(PersonaCurve.of("q"), PersonaCurve.of("q")))
        .singleElement()
        .asString()
        .startsWith("journeys[j].personaCurves[1].persona: ");
    assertThat(problems(PersonaCurve.of("p")))
        .singleElement()
        .asString()
        .contains("the journey's own");
    assertThat(problems(PersonaCurve.of("nobody")))
        .singleElement()
        .asString()
        .contains("no persona 'nobody' in personas");
  }

  /** CX204 stays quiet for a persona drawn as a curve and fires for one with neither. */
  @Test
  void aPersonaWithACurveHasAJourney() {
    assertThat(cx204(model(PersonaCurve.of("q")).build())).isEmpty();
    assertThat(cx204(model().build())).containsExactly("personas[q]");
    assertThat(cx204(ReferenceModels.journeyMap())).isEmpty();
  }

  private static List<String> cx204(CxModel m) {
    return m.check().findings().stream()
        .filter(f -> f.rule().code().equals("CX204"))
        .map(Finding::path)
        .map(Object::toString)
        .toList();
  }
}
