package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.cxkit.core.Draft.JourneyDraft;
import org.cxkit.core.Draft.RawTransition;
import org.cxkit.core.Draft.StageDraft;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointKind;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every single-field corruption of a valid model is rejected, with exactly the expected path(s),
 * when the model is built again through the public builders.
 */
class CorruptionTest {
  private static final ModelPath ROOT = ModelPath.root();

  /** One way to break a valid model. */
  enum Corruption {
    BLANK_MODEL_NAME,
    DUPLICATE_MEASURE,
    DUPLICATE_PERSONA,
    DUPLICATE_JOURNEY,
    DUPLICATE_SEGMENT,
    DUPLICATE_OFFERING,
    DUPLICATE_BUSINESS_GOAL,
    DANGLING_PERSONA_SEGMENT,
    DANGLING_JOURNEY_PERSONA,
    MISSING_JOURNEY_PERSONA,
    MALFORMED_JOURNEY_PERSONA,
    DANGLING_JOURNEY_OFFERING,
    MALFORMED_JOURNEY_OFFERING,
    MALFORMED_JOURNEY_ID,
    BLANK_JOURNEY_NAME,
    MALFORMED_STAGE_ID,
    BLANK_STAGE_NAME,
    DUPLICATE_STAGE,
    PHASE_BACKWARDS,
    MALFORMED_TOUCHPOINT_ID,
    OVERLONG_TOUCHPOINT_ID,
    BLANK_TOUCHPOINT_NAME,
    COMMUNICATION_WITHOUT_RECEIVER,
    COMMUNICATION_WITHOUT_INITIATOR,
    COMMUNICATION_WITHOUT_ACTORS,
    RECEIVER_IS_INITIATOR,
    ACTION_WITH_RECEIVER,
    BLANK_OWNER,
    BLANK_FAIL_POINT,
    DUPLICATE_TARGET,
    DANGLING_TARGET,
    DUPLICATE_TOUCHPOINT_IN_STAGE,
    DUPLICATE_TOUCHPOINT_ACROSS_STAGES,
    TRANSITION_FROM_UNKNOWN,
    TRANSITION_TO_UNKNOWN,
    TRANSITION_TO_OTHER_JOURNEY,
    MALFORMED_TRANSITION_TARGET,
    DUPLICATE_TRANSITION,
    SELF_TRANSITION_NOT_LOOP_BACK,
    BLANK_TRANSITION_NOTE
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void everySingleFieldCorruptionIsRejectedWithItsPath(long seed) {
    CxModel valid = ModelGenerator.model(seed);
    for (Corruption c : Corruption.values()) {
      Draft d = Draft.of(valid);
      List<ModelPath> expected =
          apply(c, d, valid, new SplittableRandom(seed ^ c.name().hashCode()));
      if (expected == null) {
        continue; // not applicable to this model
      }
      String why = Seeds.describe(seed) + ", corruption " + c;
      ModelValidationException e = rejection(d, why);
      assertThat(e.problems())
          .as(why + ": " + e.getMessage())
          .extracting(Problem::path)
          .containsExactlyElementsOf(expected);
      assertThat(e.getMessage())
          .as(why)
          .startsWith(
              "invalid model '"
                  + d.name
                  + "': "
                  + expected.size()
                  + (expected.size() == 1 ? " problem" : " problems"));
      for (Problem p : e.problems()) {
        assertThat(e.getMessage()).as(why).contains(p.toString());
      }
    }
  }

  /** Every corruption applies to at least one generated model, so none of them is dead code. */
  @Test
  void everyCorruptionIsExercisedByTheDefaultSeeds() {
    Set<Corruption> used = EnumSet.noneOf(Corruption.class);
    Seeds.defaults(100)
        .forEach(
            seed -> {
              CxModel valid = ModelGenerator.model(seed);
              for (Corruption c : Corruption.values()) {
                if (apply(
                        c, Draft.of(valid), valid, new SplittableRandom(seed ^ c.name().hashCode()))
                    != null) {
                  used.add(c);
                }
              }
            });
    assertThat(used).containsExactlyInAnyOrder(Corruption.values());
  }

  private static ModelValidationException rejection(Draft d, String why) {
    try {
      CxModel built = d.build();
      return fail("%s: expected a ModelValidationException, built %s", why, built);
    } catch (ModelValidationException e) {
      return e;
    }
  }

  private static @Nullable String key(String rawId) {
    return Ids.isValid(rawId) ? rawId : null;
  }

  private static ModelPath journeyPath(Draft d, int j) {
    return ROOT.element("journeys", j, key(d.journeys.get(j).id));
  }

  private static ModelPath stagePath(Draft d, int j, int s) {
    return journeyPath(d, j).element("stages", s, key(d.journeys.get(j).stages.get(s).id));
  }

  private static ModelPath touchpointPath(Draft d, int j, int s, int t, String id) {
    return stagePath(d, j, s).element("touchpoints", t, key(id));
  }

  /** A touchpoint position in the valid model. */
  private record At(int j, int s, int t, Touchpoint tp) {}

  private static @Nullable At pickTouchpoint(CxModel m, SplittableRandom r, int only) {
    List<At> all = new ArrayList<>();
    for (int j = 0; j < m.journeys().size(); j++) {
      if (only >= 0 && j != only) {
        continue;
      }
      Journey journey = m.journeys().get(j);
      for (int s = 0; s < journey.stages().size(); s++) {
        List<Touchpoint> tps = journey.stages().get(s).touchpoints();
        for (int t = 0; t < tps.size(); t++) {
          all.add(new At(j, s, t, tps.get(t)));
        }
      }
    }
    return all.isEmpty() ? null : all.get(r.nextInt(all.size()));
  }

  private static int pick(int size, SplittableRandom r) {
    return size == 0 ? -1 : r.nextInt(size);
  }

  /** Corrupts {@code d}; returns the paths the rejection must name, or null if not applicable. */
  static @Nullable List<ModelPath> apply(Corruption c, Draft d, CxModel m, SplittableRandom r) {
    return apply(c, d, m, r, -1);
  }

  /**
   * As above, but a journey-level corruption goes into journey {@code journey} (any if negative).
   */
  static @Nullable List<ModelPath> apply(
      Corruption c, Draft d, CxModel m, SplittableRandom r, int journey) {
    int j = journey >= 0 ? journey : pick(m.journeys().size(), r);
    @Nullable At at = pickTouchpoint(m, r, journey);
    switch (c) {
      case BLANK_MODEL_NAME -> {
        d.name = " \t";
        return List.of(ROOT.field("name"));
      }
      case DUPLICATE_MEASURE -> {
        int i = pick(d.measures.size(), r);
        if (i < 0) {
          return null;
        }
        Measure copy = d.measures.get(i);
        d.measures.add(new Measure(copy.id(), copy.name() + " again", copy.scale()));
        return List.of(
            ROOT.element("measures", d.measures.size() - 1, copy.id().value()).field("id"));
      }
      case DUPLICATE_PERSONA -> {
        int i = pick(d.personas.size(), r);
        if (i < 0) {
          return null;
        }
        Persona p = d.personas.get(i);
        d.personas.add(Persona.of(p.id().value(), "Someone else"));
        return List.of(ROOT.element("personas", d.personas.size() - 1, p.id().value()).field("id"));
      }
      case DUPLICATE_JOURNEY -> {
        if (j < 0) {
          return null;
        }
        d.journeys.add(JourneyDraft.of(m.journeys().get(j).withStatus(JourneyStatus.RETIRED)));
        return List.of(journeyPath(d, d.journeys.size() - 1).field("id"));
      }
      case DUPLICATE_SEGMENT -> {
        int i = pick(m.strategy().segments().size(), r);
        if (i < 0) {
          return null;
        }
        Segment s = m.strategy().segments().get(i);
        d.strategy.segment(Segment.of(s.id().value(), "Other"));
        return List.of(
            ROOT.field("strategy")
                .element("segments", m.strategy().segments().size(), s.id().value())
                .field("id"));
      }
      case DUPLICATE_OFFERING -> {
        int i = pick(m.strategy().offerings().size(), r);
        if (i < 0) {
          return null;
        }
        Offering o = m.strategy().offerings().get(i);
        d.strategy.offering(Offering.of(o.id().value(), "Other", OfferingType.BUNDLE));
        return List.of(
            ROOT.field("strategy")
                .element("offerings", m.strategy().offerings().size(), o.id().value())
                .field("id"));
      }
      case DUPLICATE_BUSINESS_GOAL -> {
        int i = pick(m.strategy().businessGoals().size(), r);
        if (i < 0) {
          return null;
        }
        BusinessGoal g = m.strategy().businessGoals().get(i);
        d.strategy.businessGoal(BusinessGoal.of(g.id().value(), "Other"));
        return List.of(
            ROOT.field("strategy")
                .element("businessGoals", m.strategy().businessGoals().size(), g.id().value())
                .field("id"));
      }
      case DANGLING_PERSONA_SEGMENT -> {
        int i = pick(d.personas.size(), r);
        if (i < 0) {
          return null;
        }
        Persona p = d.personas.get(i);
        d.personas.set(i, p.withSegment("no-such-segment"));
        return List.of(ROOT.element("personas", i, p.id().value()).field("segment"));
      }
      case DANGLING_JOURNEY_PERSONA, MISSING_JOURNEY_PERSONA, MALFORMED_JOURNEY_PERSONA -> {
        if (j < 0) {
          return null;
        }
        d.journeys.get(j).persona =
            c == Corruption.DANGLING_JOURNEY_PERSONA
                ? "nobody"
                : c == Corruption.MISSING_JOURNEY_PERSONA ? null : "Maria M.";
        return List.of(journeyPath(d, j).field("persona"));
      }
      case DANGLING_JOURNEY_OFFERING, MALFORMED_JOURNEY_OFFERING -> {
        if (j < 0) {
          return null;
        }
        d.journeys.get(j).offering =
            c == Corruption.DANGLING_JOURNEY_OFFERING ? "no-such-offering" : "";
        return List.of(journeyPath(d, j).field("offering"));
      }
      case MALFORMED_JOURNEY_ID -> {
        if (j < 0) {
          return null;
        }
        d.journeys.get(j).id = "First Visit";
        return List.of(journeyPath(d, j).field("id"));
      }
      case BLANK_JOURNEY_NAME -> {
        if (j < 0) {
          return null;
        }
        d.journeys.get(j).name = "";
        return List.of(journeyPath(d, j).field("name"));
      }
      case MALFORMED_STAGE_ID, BLANK_STAGE_NAME -> {
        if (j < 0 || d.journeys.get(j).stages.isEmpty()) {
          return null;
        }
        int s = pick(d.journeys.get(j).stages.size(), r);
        StageDraft sd = d.journeys.get(j).stages.get(s);
        if (c == Corruption.MALFORMED_STAGE_ID) {
          sd.id = "-discover";
          return List.of(stagePath(d, j, s).field("id"));
        }
        sd.name = "   ";
        return List.of(stagePath(d, j, s).field("name"));
      }
      case DUPLICATE_STAGE -> {
        if (j < 0 || d.journeys.get(j).stages.isEmpty()) {
          return null;
        }
        List<StageDraft> stages = d.journeys.get(j).stages;
        int s = pick(stages.size(), r);
        stages.add(
            StageDraft.of(
                new Stage(
                    StageId.of(stages.get(s).id),
                    "again",
                    stages.get(stages.size() - 1).phase,
                    com.google.common.collect.ImmutableList.of())));
        return List.of(stagePath(d, j, stages.size() - 1).field("id"));
      }
      case PHASE_BACKWARDS -> {
        for (int jj = 0; jj < d.journeys.size(); jj++) {
          if (journey >= 0 && jj != journey) {
            continue;
          }
          List<StageDraft> stages = d.journeys.get(jj).stages;
          for (int s = 1; s < stages.size(); s++) {
            if (stages.get(s - 1).phase != Phase.BEFORE) {
              stages.get(s).phase = Phase.BEFORE;
              return List.of(stagePath(d, jj, s).field("phase"));
            }
          }
        }
        return null;
      }
      case MALFORMED_TOUCHPOINT_ID, OVERLONG_TOUCHPOINT_ID -> {
        if (at == null) {
          return null;
        }
        String bad =
            c == Corruption.MALFORMED_TOUCHPOINT_ID ? "Sign Up!" : "t".repeat(Ids.MAX_LENGTH + 1);
        d.journeys.get(at.j()).stages.get(at.s()).touchpoints.set(at.t(), Draft.copy(at.tp(), bad));
        return List.of(touchpointPath(d, at.j(), at.s(), at.t(), bad).field("id"));
      }
      default -> {
        return applyToTouchpointOrTransition(c, d, m, r, at);
      }
    }
  }

  private static @Nullable List<ModelPath> applyToTouchpointOrTransition(
      Corruption c, Draft d, CxModel m, SplittableRandom r, @Nullable At at) {
    if (at == null) {
      return null;
    }
    Touchpoint.Builder b = d.journeys.get(at.j()).stages.get(at.s()).touchpoints.get(at.t());
    ModelPath tpp = touchpointPath(d, at.j(), at.s(), at.t(), at.tp().id().value());
    JourneyDraft jd = d.journeys.get(at.j());
    ModelPath next = journeyPath(d, at.j()).element("transitions", jd.transitions.size());
    String here = at.tp().id().value();
    switch (c) {
      case BLANK_TOUCHPOINT_NAME -> {
        b.name("\n");
        return List.of(tpp.field("name"));
      }
      case COMMUNICATION_WITHOUT_RECEIVER -> {
        b.kind(TouchpointKind.COMMUNICATION).initiator(Actor.ORGANISATION).receiver(null);
        return List.of(tpp.field("receiver"));
      }
      case COMMUNICATION_WITHOUT_INITIATOR -> {
        b.kind(TouchpointKind.COMMUNICATION).initiator(null).receiver(Actor.CUSTOMER);
        return List.of(tpp.field("initiator"));
      }
      case COMMUNICATION_WITHOUT_ACTORS -> {
        b.kind(TouchpointKind.COMMUNICATION).initiator(null).receiver(null);
        return List.of(tpp.field("initiator"), tpp.field("receiver"));
      }
      case RECEIVER_IS_INITIATOR -> {
        b.communication(Actor.of("host"), Actor.of("host"));
        return List.of(tpp.field("receiver"));
      }
      case ACTION_WITH_RECEIVER -> {
        b.kind(TouchpointKind.ACTION).receiver(Actor.CUSTOMER);
        return List.of(tpp.field("receiver"));
      }
      case BLANK_OWNER -> {
        b.owner(" ");
        return List.of(tpp.field("owner"));
      }
      case BLANK_FAIL_POINT -> {
        b.failPoint("");
        return List.of(tpp.element("failPoints", at.tp().failPoints().size()));
      }
      case DUPLICATE_TARGET -> {
        if (at.tp().measures().isEmpty()) {
          return null;
        }
        b.measure(
            MetricTarget.of(
                at.tp().measures().get(0).measure(), MetricTarget.Unit.GOOD_BOX_PERCENT, 99));
        return List.of(tpp.element("measures", at.tp().measures().size()).field("measure"));
      }
      case DANGLING_TARGET -> {
        b.measure(MetricTarget.mean("no-such-measure", 1));
        return List.of(tpp.element("measures", at.tp().measures().size()).field("measure"));
      }
      case DUPLICATE_TOUCHPOINT_IN_STAGE -> {
        List<Touchpoint.Builder> tps = jd.stages.get(at.s()).touchpoints;
        tps.add(Draft.copy(at.tp(), here).name("Again"));
        return List.of(touchpointPath(d, at.j(), at.s(), tps.size() - 1, here).field("id"));
      }
      case DUPLICATE_TOUCHPOINT_ACROSS_STAGES -> {
        if (jd.stages.size() < 2) {
          return null;
        }
        int other = (at.s() + 1 + r.nextInt(jd.stages.size() - 1)) % jd.stages.size();
        List<Touchpoint.Builder> tps = jd.stages.get(other).touchpoints;
        tps.add(Draft.copy(at.tp(), here).name("Again"));
        // The later of the two, in journey order, is the duplicate.
        return other > at.s()
            ? List.of(touchpointPath(d, at.j(), other, tps.size() - 1, here).field("id"))
            : List.of(tpp.field("id"));
      }
      case TRANSITION_FROM_UNKNOWN -> {
        jd.transitions.add(new RawTransition("nowhere", here, TransitionKind.ALTERNATIVE, null));
        return List.of(next.field("from"));
      }
      case TRANSITION_TO_UNKNOWN -> {
        jd.transitions.add(new RawTransition(here, "nowhere", TransitionKind.SKIP, null));
        return List.of(next.field("to"));
      }
      case TRANSITION_TO_OTHER_JOURNEY -> {
        Journey mine = m.journeys().get(at.j());
        for (Journey other : m.journeys()) {
          for (Touchpoint t : other.touchpoints()) {
            if (mine.touchpoint(t.id()).isEmpty()) {
              jd.transitions.add(
                  new RawTransition(here, t.id().value(), TransitionKind.EXCEPTION, null));
              return List.of(next.field("to"));
            }
          }
        }
        return null;
      }
      case MALFORMED_TRANSITION_TARGET -> {
        jd.transitions.add(new RawTransition(here, "Nowhere At All", TransitionKind.SKIP, null));
        return List.of(next.field("to"));
      }
      case DUPLICATE_TRANSITION -> {
        int i = pick(jd.transitions.size(), r);
        if (i < 0) {
          return null;
        }
        RawTransition t = jd.transitions.get(i);
        jd.transitions.add(new RawTransition(t.from(), t.to(), t.kind(), "said differently"));
        return List.of(next);
      }
      case SELF_TRANSITION_NOT_LOOP_BACK -> {
        TransitionKind[] kinds = {
          TransitionKind.EXPECTED,
          TransitionKind.ALTERNATIVE,
          TransitionKind.SKIP,
          TransitionKind.EXCEPTION
        };
        jd.transitions.add(new RawTransition(here, here, kinds[r.nextInt(kinds.length)], null));
        return List.of(next);
      }
      case BLANK_TRANSITION_NOTE -> {
        jd.transitions.add(new RawTransition(here, here, TransitionKind.LOOP_BACK, "  "));
        return List.of(next.field("note"));
      }
      default -> {
        throw new AssertionError(c);
      }
    }
  }

  /** Corruptions of the model itself that leave every journey's checks running. */
  private static final List<Corruption> MODEL_LEVEL =
      List.of(
          Corruption.BLANK_MODEL_NAME,
          Corruption.DUPLICATE_MEASURE,
          Corruption.DUPLICATE_PERSONA,
          Corruption.DANGLING_PERSONA_SEGMENT);

  /**
   * Corruptions that stay inside one journey. (Strategy duplicates are left out: a broken strategy
   * rightly stops the references into it from being checked; a duplicated journey would clash with
   * a broken journey id.)
   */
  private static final List<Corruption> JOURNEY_LEVEL =
      EnumSet.complementOf(
              EnumSet.of(
                  Corruption.BLANK_MODEL_NAME,
                  Corruption.DUPLICATE_MEASURE,
                  Corruption.DUPLICATE_PERSONA,
                  Corruption.DANGLING_PERSONA_SEGMENT,
                  Corruption.DUPLICATE_JOURNEY,
                  Corruption.DUPLICATE_SEGMENT,
                  Corruption.DUPLICATE_OFFERING,
                  Corruption.DUPLICATE_BUSINESS_GOAL))
          .stream()
          .toList();

  /**
   * Several independent corruptions at once (the model's own, and one in each of two journeys) come
   * back together in one exception: nothing is lost because something else failed first.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void independentCorruptionsAreAllReportedInOneException(long seed) {
    CxModel valid = ModelGenerator.model(seed);
    SplittableRandom r = new SplittableRandom(seed);
    Draft d = Draft.of(valid);
    List<ModelPath> expected = new ArrayList<>();
    List<Corruption> applied = new ArrayList<>();
    for (Corruption c : MODEL_LEVEL) {
      List<ModelPath> paths = apply(c, d, valid, r.split(), -1);
      if (paths != null) {
        expected.addAll(paths);
        applied.add(c);
      }
    }
    for (int j = 0; j < Math.min(2, valid.journeys().size()); j++) {
      for (int attempt = 0; attempt < 5; attempt++) {
        Corruption c = JOURNEY_LEVEL.get(r.nextInt(JOURNEY_LEVEL.size()));
        List<ModelPath> paths = apply(c, d, valid, r.split(), j);
        if (paths != null) {
          expected.addAll(paths);
          applied.add(c);
          break;
        }
      }
    }
    String why = Seeds.describe(seed) + ", corruptions " + applied;
    ModelValidationException e = rejection(d, why);
    assertThat(e.problems())
        .as(why + ": " + e.getMessage())
        .extracting(Problem::path)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aCorruptedModelBuiltFromPartsIsRejectedToo() {
    CxModel m = org.cxkit.core.testing.Fixtures.meetup();
    Persona ghost = Persona.of("ghost", "Ghost").withSegment("nowhere");
    assertThatThrownBy(
            () ->
                CxModel.of(
                    m.name(),
                    m.strategy(),
                    m.declaredMeasures(),
                    m.operationalMeasures(),
                    List.of(m.personas().get(0), ghost, m.personas().get(0)),
                    m.journeys()))
        .isInstanceOfSatisfying(
            ModelValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(p -> p.path().toString())
                    .containsExactly("personas[maria].id", "personas[ghost].segment"));
  }
}
