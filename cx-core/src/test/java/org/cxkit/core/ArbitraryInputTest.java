package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointKind;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.testing.Seeds;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builders fed arbitrary raw input (good and bad ids, blank names, clashing actors, any
 * transitions) either build a model or throw one {@link ModelValidationException}; never another
 * exception from deep inside, and every problem names a place in the model.
 */
class ArbitraryInputTest {
  private static final List<String> IDS =
      List.of(
          "a",
          "b",
          "c",
          "sign-up",
          "tp.1",
          "x_2",
          "",
          " ",
          "Bad",
          "-a",
          "a-",
          "a..b",
          "é",
          "a".repeat(65));
  private static final List<String> NAMES = List.of("Name", "", " ", "\t", "Ünïcödé", "x");
  private static final List<Actor> ACTORS =
      List.of(Actor.CUSTOMER, Actor.ORGANISATION, Actor.of("host"));

  private static <T> T pick(SplittableRandom r, List<T> list) {
    return list.get(r.nextInt(list.size()));
  }

  private static <T> @Nullable T maybe(SplittableRandom r, List<T> list) {
    return r.nextInt(3) == 0 ? null : pick(r, list);
  }

  /**
   * A model whose every part is valid (unique slug ids, phases in order, declared measures, a
   * persona, distinct moves, only loops back to the same touchpoint), built with the same builders:
   * the rounds that must build, with journeys.
   */
  private static CxModel.Builder tidy(SplittableRandom r, int round) {
    CxModel.Builder m = CxModel.builder("Tidy " + round);
    m.strategy(Strategy.builder().segment(Segment.of("s1", "S")));
    m.persona(Persona.of("p1", "P").withSegment("s1"));
    m.measure(Measure.of("fcr", "First contact resolution", Scale.CSAT));
    int next = 0;
    for (int j = 1 + r.nextInt(3); j > 0; j--) {
      Journey.Builder jb =
          Journey.builder("j" + j).name(pick(r, List.of("Name", "Ünïcödé"))).persona("p1");
      List<String> ids = new java.util.ArrayList<>();
      Phase[] phases = Phase.values();
      int phase = 0;
      for (int s1 = 1 + r.nextInt(3); s1 > 0; s1--) {
        phase = Math.min(phases.length - 1, phase + r.nextInt(2));
        Stage.Builder sb = Stage.builder("s" + next++, phases[phase]).name("Stage");
        for (int t = 1 + r.nextInt(3); t > 0; t--) {
          String id = "tp-" + next++;
          ids.add(id);
          Touchpoint.Builder tb =
              Touchpoint.builder(id)
                  .name(pick(r, List.of("Name", "x")))
                  .mainPath(ids.size() == 1 || r.nextInt(4) > 0);
          if (r.nextBoolean()) {
            tb.measure(MetricTarget.mean(pick(r, List.of("csat", "fcr")), 1 + r.nextInt(5)));
          }
          if (r.nextInt(3) == 0) {
            tb.failPoint("Fails");
          }
          sb.touchpoint(tb);
        }
        jb.stage(sb);
      }
      java.util.Set<String> moves = new java.util.HashSet<>();
      for (int t = r.nextInt(3); t > 0; t--) {
        String from = pick(r, ids);
        String to = pick(r, ids);
        TransitionKind kind =
            from.equals(to) ? TransitionKind.LOOP_BACK : pick(r, List.of(TransitionKind.values()));
        if (moves.add(from + " " + to)) {
          jb.transition(from, to, kind, null);
        }
      }
      m.journey(jb);
    }
    return m;
  }

  private static CxModel.Builder arbitrary(SplittableRandom r) {
    CxModel.Builder m = CxModel.builder(pick(r, NAMES));
    Strategy.Builder s = Strategy.builder();
    for (int i = r.nextInt(3); i > 0; i--) {
      s.segment(Segment.of(pick(r, List.of("s1", "s2")), "S"));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      s.offering(Offering.of(pick(r, List.of("o1", "o2")), "O", OfferingType.BUNDLE));
    }
    m.strategy(s);
    for (int i = r.nextInt(3); i > 0; i--) {
      Persona p = Persona.of(pick(r, List.of("p1", "p2")), "P");
      m.persona(r.nextBoolean() ? p : p.withSegment(pick(r, List.of("s1", "s2", "s3"))));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      m.measure(Measure.of(pick(r, List.of("nps", "fcr")), "M", Scale.CSAT));
    }
    for (int j = r.nextInt(4); j > 0; j--) {
      Journey.Builder jb = Journey.builder(pick(r, IDS)).name(pick(r, NAMES));
      String persona = maybe(r, List.of("p1", "p2", "p3", "Bad"));
      if (persona != null) {
        jb.persona(persona);
      }
      String offering = maybe(r, List.of("o1", "o3", ""));
      if (offering != null) {
        jb.offering(offering);
      }
      for (int s1 = r.nextInt(4); s1 > 0; s1--) {
        Stage.Builder sb =
            Stage.builder(pick(r, IDS), pick(r, List.of(Phase.values()))).name(pick(r, NAMES));
        for (int t = r.nextInt(4); t > 0; t--) {
          Touchpoint.Builder tb =
              Touchpoint.builder(pick(r, IDS))
                  .name(pick(r, NAMES))
                  .kind(pick(r, List.of(TouchpointKind.values())))
                  .initiator(maybe(r, ACTORS))
                  .receiver(maybe(r, ACTORS))
                  .owner(maybe(r, NAMES))
                  .mainPath(r.nextBoolean());
          for (int k = r.nextInt(3); k > 0; k--) {
            tb.measure(
                MetricTarget.of(
                    MeasureId.of(pick(r, List.of("nps", "csat", "fcr", "zzz"))),
                    pick(r, List.of(MetricTarget.Unit.values())),
                    r.nextInt(12)));
          }
          for (int k = r.nextInt(2); k > 0; k--) {
            tb.failPoint(pick(r, NAMES));
          }
          if (r.nextBoolean()) {
            sb.touchpoint(tb);
          } else {
            try {
              sb.touchpoint(tb.build());
            } catch (ModelValidationException e) {
              sb.touchpoint(tb); // the same problems again, reported with the stage's path
            }
          }
        }
        jb.stage(sb);
      }
      for (int t = r.nextInt(4); t > 0; t--) {
        jb.transition(
            pick(r, IDS),
            pick(r, IDS),
            pick(r, List.of(TransitionKind.values())),
            maybe(r, List.of("note", " ")));
      }
      m.journey(jb);
    }
    return m;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void buildersEitherBuildOrReportEveryProblemWithAPath(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int withJourneys = 0;
    for (int round = 0; round < 20; round++) {
      String why = Seeds.describe(seed) + ", round " + round;
      CxModel.Builder b = round % 4 == 0 ? tidy(r, round) : arbitrary(r);
      CxModel built;
      try {
        built = b.build();
      } catch (ModelValidationException e) {
        assertThat(e.problems()).as(why).isNotEmpty();
        for (Problem p : e.problems()) {
          assertThat(p.path().isRoot()).as(why + ": " + p).isFalse();
          assertThat(p.message()).as(why).isNotBlank();
          assertThat(ModelPath.parse(p.path().toString()).toString())
              .as(why)
              .isEqualTo(p.path().toString());
        }
        assertThat(e.problems()).as(why + ": no problem is reported twice").doesNotHaveDuplicates();
        // Building again gives the same problems: builders are not consumed.
        ModelValidationException again = RejectionTest.rejected(b::build);
        assertThat(again.problems()).as(why).isEqualTo(e.problems());
        continue;
      }
      assertThat(built.toBuilder().build()).as(why).isEqualTo(built);
      assertThat(b.build()).as(why).isEqualTo(built);
      assertThat(built.check().findings())
          .as(why + ": every finding names its place in the model")
          .allSatisfy(f -> assertThat(f.path().isRoot()).isFalse());
      if (!built.journeys().isEmpty()) {
        withJourneys++;
        for (Journey j : built.journeys()) {
          java.util.Set<TouchpointId> all = new java.util.HashSet<>(j.graph().reachable());
          all.addAll(j.graph().unreachable());
          assertThat(all)
              .as(why + ": every touchpoint is reachable or not, never both")
              .hasSize(j.graph().reachable().size() + j.graph().unreachable().size())
              .hasSize(j.touchpoints().size());
        }
      }
    }
    assertThat(withJourneys)
        .as(Seeds.describe(seed) + ": the tidy rounds (every fourth) build models with journeys")
        .isGreaterThanOrEqualTo(5);
  }
}
