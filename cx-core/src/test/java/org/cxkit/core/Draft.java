package org.cxkit.core;

import java.util.ArrayList;
import java.util.List;
import org.cxkit.core.blueprint.Dependency;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.Participant;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyState;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Strategy;
import org.jspecify.annotations.Nullable;

/**
 * A mutable copy of a model made of builders, so a test can change one field anywhere (even to
 * something invalid) and build the whole model again through the public builders.
 */
final class Draft {
  String name;
  Strategy.Builder strategy;
  final List<Measure> measures = new ArrayList<>();
  final List<OperationalMeasure> operationalMeasures = new ArrayList<>();
  final List<Persona> personas = new ArrayList<>();
  final List<JourneyDraft> journeys = new ArrayList<>();

  private Draft(String name, Strategy.Builder strategy) {
    this.name = name;
    this.strategy = strategy;
  }

  static Draft of(CxModel m) {
    Draft d = new Draft(m.name(), m.strategy().toBuilder());
    d.measures.addAll(m.declaredMeasures());
    d.operationalMeasures.addAll(m.operationalMeasures());
    d.personas.addAll(m.personas());
    m.journeys().forEach(j -> d.journeys.add(JourneyDraft.of(j)));
    return d;
  }

  CxModel build() {
    CxModel.Builder b = CxModel.builder(name).strategy(strategy);
    measures.forEach(b::measure);
    operationalMeasures.forEach(b::operationalMeasure);
    personas.forEach(b::persona);
    journeys.forEach(j -> b.journey(j.builder()));
    return b.build();
  }

  static final class JourneyDraft {
    String id;
    String name;
    @Nullable String persona;
    @Nullable String offering;
    JourneyStatus status;
    Provenance provenance;
    final List<StageDraft> stages = new ArrayList<>();
    final List<RawTransition> transitions = new ArrayList<>();
    JourneyScope scope = JourneyScope.END_TO_END;
    JourneyState state = JourneyState.CURRENT;
    @Nullable String versionOf;
    final List<Participant> participants = new ArrayList<>();
    final List<SupportProcess> supportProcesses = new ArrayList<>();
    final List<Dependency> dependencies = new ArrayList<>();
    final List<String> entries = new ArrayList<>();
    @Nullable EmotionScale emotionScale;
    final List<org.cxkit.core.blueprint.PersonaCurve> personaCurves = new ArrayList<>();
    final List<org.cxkit.core.journey.ParallelGroup> groups = new ArrayList<>();

    private JourneyDraft(String id, String name, JourneyStatus status, Provenance provenance) {
      this.id = id;
      this.name = name;
      this.status = status;
      this.provenance = provenance;
    }

    static JourneyDraft of(Journey j) {
      JourneyDraft d = new JourneyDraft(j.id().value(), j.name(), j.status(), j.provenance());
      d.persona = j.persona().value();
      d.offering = j.offering().map(OfferingId::value).orElse(null);
      j.stages().forEach(s -> d.stages.add(StageDraft.of(s)));
      j.transitions()
          .forEach(
              t ->
                  d.transitions.add(
                      new RawTransition(
                          t.from().value(), t.to().value(), t.kind(), t.note().orElse(null))));
      d.scope = j.scope();
      d.state = j.state();
      d.versionOf = j.versionOf().map(JourneyId::value).orElse(null);
      d.participants.addAll(j.participants());
      d.supportProcesses.addAll(j.supportProcesses());
      d.dependencies.addAll(j.dependencies());
      j.entries().forEach(e -> d.entries.add(e.value()));
      d.emotionScale = j.emotionScale().orElse(null);
      d.personaCurves.addAll(j.personaCurves());
      d.groups.addAll(j.parallelGroups());
      return d;
    }

    Journey.Builder builder() {
      Journey.Builder b = Journey.builder(id).name(name).status(status).provenance(provenance);
      if (persona != null) {
        b.persona(persona);
      }
      if (offering != null) {
        b.offering(offering);
      }
      stages.forEach(s -> b.stage(s.builder()));
      transitions.forEach(t -> b.transition(t.from(), t.to(), t.kind(), t.note()));
      b.scope(scope).state(state).versionOf(versionOf);
      participants.forEach(b::participant);
      supportProcesses.forEach(b::supportProcess);
      dependencies.forEach(b::dependency);
      entries.forEach(b::entry);
      if (emotionScale != null) {
        b.emotionScale(emotionScale);
      }
      personaCurves.forEach(b::personaCurve);
      groups.forEach(
          g ->
              b.parallel(
                  g.touchpoints().stream().map(TouchpointId::value).toList(),
                  g.note().orElse(null)));
      return b;
    }
  }

  static final class StageDraft {
    String id;
    String name;
    Phase phase;
    final List<Touchpoint.Builder> touchpoints = new ArrayList<>();

    private StageDraft(String id, String name, Phase phase) {
      this.id = id;
      this.name = name;
      this.phase = phase;
    }

    static StageDraft of(Stage s) {
      StageDraft d = new StageDraft(s.id().value(), s.name(), s.phase());
      s.touchpoints().forEach(t -> d.touchpoints.add(t.toBuilder()));
      return d;
    }

    Stage.Builder builder() {
      Stage.Builder b = Stage.builder(id, phase).name(name);
      touchpoints.forEach(b::touchpoint);
      return b;
    }
  }

  record RawTransition(String from, String to, TransitionKind kind, @Nullable String note) {}

  /**
   * Copies a touchpoint into a builder with another (possibly invalid) id, through public setters
   * only.
   */
  static Touchpoint.Builder copy(Touchpoint t, String newId) {
    Touchpoint.Builder b =
        Touchpoint.builder(newId)
            .name(t.name())
            .kind(t.kind())
            .initiator(t.initiator().orElse(null))
            .receiver(t.receiver().orElse(null))
            .channel(t.channel())
            .ownership(t.ownership())
            .controllable(t.controllable())
            .owner(t.owner().orElse(null))
            .frontstage(t.frontstage())
            .backstage(t.backstage())
            .goals(t.goals())
            .momentOfTruth(t.momentOfTruth())
            .realms(t.realms().toArray(new ExperienceRealm[0]))
            .mainPath(t.mainPath())
            .emotion(t.emotion())
            .observed(t.observed())
            .timing(t.timing())
            .detail(t.detail().map(JourneyId::value).orElse(null));
    t.failPoints().forEach(b::failPoint);
    t.measures().forEach(b::measure);
    t.activities().forEach(b::activity);
    t.research().forEach(b::research);
    return b;
  }
}
