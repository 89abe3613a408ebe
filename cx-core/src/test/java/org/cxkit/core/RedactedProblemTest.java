package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Persona;
import org.junit.jupiter.api.Test;

/**
 * Every {@link Problem} has a redacted wording without values from the model (ids, names, text may
 * be personal data), while {@link Problem#message()} stays helpful for developers.
 */
class RedactedProblemTest {
  static final String MARKER = "zqmarkerzq";

  @Test
  void templatesWithholdTextButKeepNumbersAndEnums() {
    Problem p =
        Problem.of(
            ModelPath.root().field("id"),
            "duplicate stage id '%s' (also stages[%s], %s)",
            StageId.of(MARKER),
            2,
            Phase.AFTER);
    assertThat(p.message())
        .isEqualTo("duplicate stage id '" + MARKER + "' (also stages[2], AFTER)");
    assertThat(p.redactedMessage())
        .isEqualTo("duplicate stage id '\u2026' (also stages[2], AFTER)");
    assertThat(p.under(ModelPath.root().element("journeys", 0, "j")).redactedMessage())
        .isEqualTo(p.redactedMessage());
    assertThat(new Problem(ModelPath.root(), "must not be blank").redactedMessage())
        .isEqualTo("must not be blank");
  }

  @Test
  void malformedIdsKeepTheDeveloperMessageAndRedactTheOther() {
    assertThatThrownBy(() -> TouchpointId.of("Sign " + MARKER))
        .isInstanceOfSatisfying(
            InvalidIdException.class,
            e -> {
              assertThat(e.getMessage()).contains(MARKER);
              assertThat(e.redactedMessage())
                  .doesNotContain(MARKER)
                  .startsWith("touchpoint id is malformed: expected a slug")
                  .contains(Ids.PATTERN);
            });
    assertThatThrownBy(() -> TouchpointId.of(MARKER.repeat(10)))
        .isInstanceOfSatisfying(
            InvalidIdException.class,
            e ->
                assertThat(e.redactedMessage())
                    .doesNotContain(MARKER)
                    .contains("100 characters long"));
  }

  @Test
  void otherRejectionsWithholdQuotedValues() {
    Problem p =
        Problem.of(
            ModelPath.root(),
            new IllegalArgumentException(
                "a SKIP transition cannot lead from touchpoint '" + MARKER + "' to itself"));
    assertThat(p.message()).contains(MARKER);
    assertThat(p.redactedMessage())
        .isEqualTo("a SKIP transition cannot lead from touchpoint '\u2026' to itself");
    assertThat(
            Problem.of(ModelPath.root(), new IllegalArgumentException("odd 'quote " + MARKER))
                .redactedMessage())
        .doesNotContain(MARKER);
  }

  /** Every problem of a model full of bad and dangling ids, duplicates and self-transitions. */
  @Test
  void noRedactedMessageOfABadModelQuotesIt() {
    String bad = "Bad " + MARKER;
    ModelValidationException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            ModelValidationException.class,
            () ->
                CxModel.builder("m")
                    .persona(Persona.of(MARKER, "p"))
                    .persona(Persona.of(MARKER, "p"))
                    .journey(
                        Journey.builder(bad)
                            .persona(bad)
                            .offering(MARKER)
                            .stage(
                                Stage.builder(MARKER, Phase.BEFORE)
                                    .touchpoint(Touchpoint.builder(MARKER))
                                    .touchpoint(Touchpoint.builder(MARKER)))
                            .stage(
                                Stage.builder(MARKER, Phase.DURING)
                                    .touchpoint(Touchpoint.builder(bad)))
                            .transition(MARKER, MARKER, TransitionKind.SKIP)
                            .transition(MARKER, MARKER + "x", TransitionKind.SKIP)
                            .transition(bad, MARKER, TransitionKind.SKIP))
                    .build());
    assertThat(e).isNotNull();
    assertThat(e.problems()).hasSizeGreaterThan(5);
    assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains(MARKER));
    for (Problem p : e.problems()) {
      assertThat(p.redactedMessage()).as(p.toString()).doesNotContain(MARKER).isNotBlank();
      assertThat(p.path().toJsonPointer()).doesNotContain(MARKER);
    }
  }
}
