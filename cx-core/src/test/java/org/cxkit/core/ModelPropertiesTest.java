package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.check.Rule;
import org.cxkit.core.check.Severity;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyState;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded properties of valid models: value semantics, copies, immutability, graph queries, paths.
 */
class ModelPropertiesTest {

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void sameSeedGivesEqualModelsWithEqualHashCodes(long seed) {
    CxModel a = ModelGenerator.model(seed);
    CxModel b = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    assertThat(b).as(why).isNotSameAs(a).isEqualTo(a);
    assertThat(b.hashCode()).as(why).isEqualTo(a.hashCode());
    assertThat(b.toString()).as(why).isEqualTo(a.toString());
    assertThat(b.check()).as(why).isEqualTo(a.check());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void toBuilderBuildGivesAnEqualValueAtEveryLevel(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    assertEqualCopy(m.toBuilder().build(), m, why);
    assertEqualCopy(m.strategy().toBuilder().build(), m.strategy(), why);
    for (Journey j : m.journeys()) {
      assertEqualCopy(j.toBuilder().build(), j, why + " " + j.id());
      for (Stage s : j.stages()) {
        assertEqualCopy(s.toBuilder().build(), s, why + " " + s.id());
        for (Touchpoint t : s.touchpoints()) {
          assertEqualCopy(t.toBuilder().build(), t, why + " " + t.id());
          assertEqualCopy(Draft.copy(t, t.id().value()).build(), t, why + " " + t.id());
          assertEqualCopy(t.withGoals(t.goals()), t, why);
          assertEqualCopy(t.withMeasures(t.measures()), t, why);
        }
      }
      assertEqualCopy(j.withStatus(j.status()), j, why);
      assertEqualCopy(j.withProvenance(j.provenance()), j, why);
      for (Touchpoint t : j.touchpoints()) {
        assertEqualCopy(j.withTouchpoint(t), j, why);
      }
      assertEqualCopy(m.withJourney(j), m, why);
    }
    assertEqualCopy(m.withStrategy(m.strategy()), m, why);
  }

  private static boolean hasNoBlueprint(Journey j) {
    return j.scope() == JourneyScope.END_TO_END
        && j.state() == JourneyState.CURRENT
        && j.versionOf().isEmpty()
        && j.participants().isEmpty()
        && j.supportProcesses().isEmpty()
        && j.dependencies().isEmpty()
        && j.entries().isEmpty()
        && j.emotionScale().isEmpty()
        && j.personaCurves().isEmpty()
        && j.parallelGroups().isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void buildingFromTheSamePartsTwiceGivesEqualValues(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    assertEqualCopy(Draft.of(m).build(), m, why);
    assertEqualCopy(
        CxModel.of(
            m.name(),
            m.strategy(),
            m.declaredMeasures(),
            m.operationalMeasures(),
            m.personas(),
            m.journeys()),
        m,
        why);
    // From mutable copies of the parts, not the same immutable lists.
    assertEqualCopy(
        CxModel.of(
            m.name(),
            m.strategy(),
            new ArrayList<>(m.declaredMeasures()),
            new ArrayList<>(m.operationalMeasures()),
            new ArrayList<>(m.personas()),
            new ArrayList<>(m.journeys())),
        m,
        why);
    Strategy s = m.strategy();
    assertEqualCopy(
        new Strategy(
            s.businessGoals(), s.offerings(), s.segments(), s.market(), s.intent(), s.maturity()),
        s,
        why);
    for (Persona p : m.personas()) {
      assertEqualCopy(new Persona(p.id(), p.name(), p.segment(), p.profile(), p.story()), p, why);
    }
    for (Journey j : m.journeys().stream().filter(ModelPropertiesTest::hasNoBlueprint).toList()) {
      // Journey.of takes a journey's parts without a blueprint (toBuilder() adds one)
      Journey copy =
          Journey.of(
              j.id(),
              j.name(),
              j.persona(),
              j.offering(),
              j.status(),
              j.provenance(),
              new ArrayList<>(j.stages()),
              new ArrayList<>(j.transitions()));
      assertEqualCopy(copy, j, why);
      assertThat(copy.flow()).as(why).isEqualTo(j.flow());
      for (Stage st : j.stages()) {
        assertEqualCopy(new Stage(st.id(), st.name(), st.phase(), st.touchpoints()), st, why);
        for (Touchpoint t : st.touchpoints()) {
          assertEqualCopy(
              new Touchpoint(
                  t.id(),
                  t.name(),
                  t.kind(),
                  t.initiator(),
                  t.receiver(),
                  t.channel(),
                  t.ownership(),
                  t.controllable(),
                  t.owner(),
                  t.frontstage(),
                  t.backstage(),
                  t.goals(),
                  t.momentOfTruth(),
                  t.failPoints(),
                  t.realms(),
                  t.measures(),
                  t.mainPath(),
                  t.activities(),
                  t.emotion(),
                  t.research(),
                  t.observed(),
                  t.timing(),
                  t.detail()),
              t,
              why);
        }
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void differentModelsAreNotEqual(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    CxModel renamed =
        CxModel.of(
            m.name() + "!",
            m.strategy(),
            m.declaredMeasures(),
            m.operationalMeasures(),
            m.personas(),
            m.journeys());
    assertThat(renamed).as(why).isNotEqualTo(m);
    for (Journey j : m.journeys()) {
      JourneyStatus other =
          j.status() == JourneyStatus.LIVE ? JourneyStatus.DRAFT : JourneyStatus.LIVE;
      assertThat(m.withJourney(j.withStatus(other))).as(why).isNotEqualTo(m);
      for (Touchpoint t : j.touchpoints()) {
        Touchpoint flipped = t.toBuilder().momentOfTruth(!t.momentOfTruth()).build();
        assertThat(flipped).as(why).isNotEqualTo(t);
        assertThat(j.withTouchpoint(flipped)).as(why).isNotEqualTo(j);
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void returnedCollectionsAreUnmodifiable(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    List<Collection<?>> collections = new ArrayList<>();
    List<Map<?, ?>> maps = new ArrayList<>();
    collections.add(m.personas());
    collections.add(m.journeys());
    collections.add(m.declaredMeasures());
    maps.add(m.measures());
    Strategy s = m.strategy();
    collections.addAll(
        List.of(
            s.businessGoals(),
            s.offerings(),
            s.segments(),
            s.market().competitors(),
            s.market().insights()));
    maps.add(s.intent().statements());
    s.offerings()
        .forEach(
            o ->
                collections.addAll(
                    List.of(
                        o.valueProposition().jobs(),
                        o.valueProposition().pains(),
                        o.valueProposition().gains())));
    s.market()
        .competitors()
        .forEach(c -> collections.addAll(List.of(c.strengths(), c.weaknesses())));
    for (Persona p : m.personas()) {
      Profile pr = p.profile();
      collections.addAll(
          List.of(pr.goals(), pr.needs(), pr.frustrations(), pr.preferredChannels()));
      collections.add(m.journeysOf(p.id()));
    }
    for (Journey j : m.journeys()) {
      collections.addAll(
          List.of(
              j.stages(),
              j.transitions(),
              j.touchpoints(),
              j.flow(),
              j.reachable(),
              j.unreachable(),
              j.phases(),
              j.provenance().methods()));
      maps.add(j.provenance().participants());
      for (Phase ph : Phase.values()) {
        collections.add(j.touchpoints(ph));
      }
      for (Channel c : Channel.values()) {
        collections.add(j.touchpoints(c));
      }
      for (Stage st : j.stages()) {
        collections.add(st.touchpoints());
      }
      for (Touchpoint t : j.touchpoints()) {
        collections.addAll(
            List.of(
                j.successors(t.id()),
                j.predecessors(t.id()),
                t.failPoints(),
                t.realms(),
                t.measures(),
                t.frontstage().evidence(),
                t.backstage().actions(),
                t.backstage().processes(),
                t.backstage().systems(),
                t.backstage().roles(),
                t.goals().does(),
                t.goals().thinks(),
                t.goals().feels(),
                t.goals().place(),
                t.goals().processes(),
                t.goals().communication()));
      }
    }
    CheckReport report = m.check();
    collections.addAll(
        List.of(report.findings(), report.atLeast(Severity.LOW), report.of(Rule.STAGE_EMPTY)));
    for (Collection<?> c : collections) {
      assertUnmodifiable(c, why);
    }
    for (Map<?, ?> map : maps) {
      assertUnmodifiable(map.keySet(), why);
      assertUnmodifiable(map.values(), why);
      @SuppressWarnings("unchecked")
      Map<Object, Object> raw = (Map<Object, Object>) map;
      assertThatThrownBy(() -> raw.put(new Object(), new Object()))
          .as(why)
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(raw::clear).as(why).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void journeyGraphQueriesAreConsistent(long seed) {
    CxModel m = ModelGenerator.model(seed);
    for (Journey j : m.journeys()) {
      String why = Seeds.describe(seed) + ", journey " + j.id();
      Set<TouchpointId> all = new HashSet<>();
      j.touchpoints().forEach(t -> all.add(t.id()));
      assertThat(all).as(why).hasSameSizeAs(j.touchpoints());
      Set<List<TouchpointId>> edges = new HashSet<>();
      for (Transition e : j.flow()) {
        assertThat(j.successors(e.from())).as(why).contains(e.to());
        assertThat(j.predecessors(e.to())).as(why).contains(e.from());
        edges.add(List.of(e.from(), e.to()));
      }
      for (TouchpointId t : all) {
        for (TouchpointId next : j.successors(t)) {
          assertThat(edges).as(why).contains(List.of(t, next));
          assertThat(j.predecessors(next)).as(why).contains(t);
        }
        assertThat(j.touchpoint(t)).as(why).isPresent();
        assertThat(j.stageOf(t).orElseThrow().touchpoint(t)).as(why).isEqualTo(j.touchpoint(t));
      }
      // The designed transitions come after the implicit EXPECTED main-path moves (and those of
      // the parallel groups, checked in JourneyGraphTest).
      List<Touchpoint> main = j.touchpoints().stream().filter(Touchpoint::mainPath).toList();
      int implicit = Math.max(0, main.size() - 1);
      int grouped =
          (int) j.graph().moves().stream().filter(JourneyGraph.Move::implicit).count() - implicit;
      assertThat(grouped).as(why).isGreaterThanOrEqualTo(j.parallelGroups().isEmpty() ? 0 : 1);
      assertThat(j.flow()).as(why).hasSize(implicit + grouped + j.transitions().size());
      assertThat(j.flow().subList(implicit + grouped, j.flow().size()))
          .as(why)
          .isEqualTo(j.transitions());
      for (int i = 0; i < implicit; i++) {
        assertThat(j.flow().get(i))
            .as(why)
            .isEqualTo(
                new Transition(
                    main.get(i).id(),
                    main.get(i + 1).id(),
                    TransitionKind.EXPECTED,
                    java.util.Optional.empty()));
      }
      Set<TouchpointId> reach = j.reachable();
      Set<TouchpointId> unreach = j.unreachable();
      assertThat(Sets.intersection(reach, unreach)).as(why).isEmpty();
      assertThat(Sets.union(reach, unreach)).as(why).isEqualTo(all);
      assertThat(j.isFullyReachable()).as(why).isEqualTo(unreach.isEmpty());
      assertThat(j.start().isPresent()).as(why).isEqualTo(!all.isEmpty());
      j.start().ifPresent(st -> assertThat(reach).as(why).contains(st));
      main.forEach(t -> assertThat(reach).as(why + " main path " + t.id()).contains(t.id()));
      for (TouchpointId r : reach) {
        assertThat(reach).as(why).containsAll(j.successors(r)); // closed under moves
      }
      // Orders follow the journey.
      assertThat(List.copyOf(reach))
          .as(why)
          .isSortedAccordingTo(java.util.Comparator.comparingInt(id -> indexOf(j, id)));
      assertThat(List.copyOf(unreach))
          .as(why)
          .isSortedAccordingTo(java.util.Comparator.comparingInt(id -> indexOf(j, id)));
      // Phase and channel views partition the touchpoints in journey order.
      List<Touchpoint> byPhase = new ArrayList<>();
      for (Phase ph : Phase.values()) {
        byPhase.addAll(j.touchpoints(ph));
      }
      assertThat(byPhase).as(why).isEqualTo(j.touchpoints());
      int byChannel = 0;
      for (Channel c : Channel.values()) {
        byChannel += j.touchpoints(c).size();
        assertThat(j.touchpoints(c)).as(why).allMatch(t -> t.channel() == c);
      }
      assertThat(byChannel).as(why).isEqualTo(all.size());
      assertThat(j.phases())
          .as(why)
          .isEqualTo(
              j.stages().stream()
                  .map(Stage::phase)
                  .collect(com.google.common.collect.ImmutableSet.toImmutableSet()));
    }
  }

  private static int indexOf(Journey j, TouchpointId id) {
    for (int i = 0; i < j.touchpoints().size(); i++) {
      if (j.touchpoints().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new AssertionError(id);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void modelPathsRoundTripThroughTheirText(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    List<ModelPath> paths = new ArrayList<>();
    ModelPath root = ModelPath.root();
    paths.add(root);
    for (int i = 0; i < m.journeys().size(); i++) {
      Journey j = m.journeys().get(i);
      ModelPath jp = root.element("journeys", i, j.id().value());
      paths.add(jp.field("id"));
      for (int s = 0; s < j.stages().size(); s++) {
        Stage st = j.stages().get(s);
        ModelPath sp = jp.element("stages", s, st.id().value());
        paths.add(sp.field("phase"));
        for (int t = 0; t < st.touchpoints().size(); t++) {
          ModelPath tp = sp.element("touchpoints", t, st.touchpoints().get(t).id().value());
          paths.add(tp.field("receiver"));
          paths.add(tp.element("measures", 0).field("measure"));
          paths.add(sp.element("touchpoints", t).field("id"));
        }
      }
      paths.add(jp.element("transitions", j.transitions().size()).field("to"));
    }
    m.check().findings().forEach(f -> paths.add(f.path()));
    for (ModelPath p : paths) {
      String text = p.toString();
      ModelPath parsed = ModelPath.parse(text);
      assertThat(parsed.toString()).as(why + ": " + text).isEqualTo(text);
      assertThat(parsed.segments()).as(why).hasSameSizeAs(p.segments());
      assertThat(ModelPath.parse(parsed.toString())).as(why).isEqualTo(parsed);
      assertThat(p.startsWith(parsed)).as(why + ": " + text).isTrue();
      assertThat(parsed.startsWith(p)).as(why + ": " + text).isTrue();
      // Paths without keys come back exactly, JSON Pointer included.
      ModelPath unkeyed = root;
      for (ModelPath.Segment seg : p.segments()) {
        unkeyed =
            seg.isElement()
                ? unkeyed.element(seg.field(), seg.index())
                : unkeyed.field(seg.field());
      }
      assertThat(ModelPath.parse(unkeyed.toString())).as(why).isEqualTo(unkeyed);
      assertThat(ModelPath.parse(unkeyed.toString()).toJsonPointer())
          .as(why)
          .isEqualTo(p.toJsonPointer());
      assertThat(p.toJsonPointer()).as(why).isEqualTo(jsonPointerOf(p));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void arbitraryPathsRoundTripAndArbitraryTextParsesOrFailsCleanly(long seed) {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    String why = Seeds.describe(seed);
    String[] fields = {"journeys", "stages", "touchpoints", "measures", "id", "name", "strategy"};
    String[] keys = {
      "a", "sign-up", "custom.fcr", "x_1.y-2", "0a", "007", "12345678901", "z".repeat(64)
    };
    for (int round = 0; round < 20; round++) {
      ModelPath p = ModelPath.root();
      for (int i = r.nextInt(6); i > 0; i--) {
        String f = fields[r.nextInt(fields.length)];
        p =
            switch (r.nextInt(3)) {
              case 0 -> p.field(f);
              case 1 -> p.element(f, r.nextInt(1000));
              default -> p.element(f, r.nextInt(1000), keys[r.nextInt(keys.length)]);
            };
      }
      assertThat(ModelPath.parse(p.toString()).toString()).as(why).isEqualTo(p.toString());
      String noise = p.toString();
      if (!noise.isEmpty()) {
        StringBuilder sb = new StringBuilder(noise);
        sb.setCharAt(r.nextInt(sb.length()), "[].x0 ".charAt(r.nextInt(6)));
        noise = sb.toString();
      }
      try {
        ModelPath parsed = ModelPath.parse(noise);
        assertThat(ModelPath.parse(parsed.toString())).as(why + ": " + noise).isEqualTo(parsed);
      } catch (IllegalArgumentException e) {
        assertThat(e.getMessage()).as(why + ": " + noise).isNotBlank();
      }
    }
  }

  /** An independent rendering of RFC 6901 for the comparison. */
  private static String jsonPointerOf(ModelPath p) {
    StringBuilder sb = new StringBuilder();
    for (ModelPath.Segment s : p.segments()) {
      sb.append('/').append(s.field());
      if (s.index() >= 0) {
        sb.append('/').append(s.index());
      }
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void checkReportsEveryFindingAtAPathInsideTheModel(long seed) {
    CxModel m = ModelGenerator.model(seed);
    String why = Seeds.describe(seed);
    CheckReport report = m.check();
    List<Severity> severities = report.findings().stream().map(Finding::severity).toList();
    assertThat(severities).as(why).isSorted();
    int total = 0;
    for (Severity s : Severity.values()) {
      total += report.count(s);
    }
    assertThat(total).as(why).isEqualTo(report.findings().size());
    assertThat(report.toString()).as(why).doesNotContain("\n");
    for (Finding f : report.findings()) {
      assertThat(f.path().isRoot()).as(why).isFalse();
      String first = f.path().segments().get(0).field();
      assertThat(first).as(why).isIn("strategy", "personas", "journeys");
    }
    // Suppressing every rule leaves nothing; suppressing one rule removes exactly its findings.
    assertThat(ModelCheck.defaults().suppress(Rule.values()).run(m).isClean()).as(why).isTrue();
    for (Rule r : Rule.values()) {
      CheckReport without = ModelCheck.defaults().suppress(r.code()).run(m);
      assertThat(without.findings())
          .as(why)
          .hasSize(report.findings().size() - report.of(r).size());
      assertThat(without.of(r)).as(why).isEmpty();
    }
  }

  private static void assertEqualCopy(Object copy, Object original, String why) {
    assertThat(copy).as(why).isEqualTo(original);
    assertThat(original).as(why).isEqualTo(copy);
    assertThat(copy.hashCode()).as(why).isEqualTo(original.hashCode());
    assertThat(copy.toString()).as(why).isEqualTo(original.toString());
  }

  private static void assertUnmodifiable(Collection<?> c, String why) {
    @SuppressWarnings("unchecked")
    Collection<Object> raw = (Collection<Object>) c;
    assertThatThrownBy(() -> raw.add(new Object()))
        .as(why)
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(raw::clear).as(why).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> raw.removeIf(x -> true))
        .as(why)
        .isInstanceOf(UnsupportedOperationException.class);
    if (c instanceof List<?> list) {
      @SuppressWarnings("unchecked")
      List<Object> rawList = (List<Object>) list;
      assertThatThrownBy(() -> rawList.add(0, new Object()))
          .as(why)
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
