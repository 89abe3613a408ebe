package org.cxkit.json;

import static org.cxkit.json.Codecs.BOOL;
import static org.cxkit.json.Codecs.DATE;
import static org.cxkit.json.Codecs.DURATION;
import static org.cxkit.json.Codecs.INT;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumMap;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.enumSet;
import static org.cxkit.json.Prop.list;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;
import static org.cxkit.json.Prop.unlessEmpty;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Lists;
import com.google.common.collect.Sets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.CxModel;
import org.cxkit.core.Direction;
import org.cxkit.core.JourneyId;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.OfferingId;
import org.cxkit.core.OperationalMeasure;
import org.cxkit.core.PersonaId;
import org.cxkit.core.Scale;
import org.cxkit.core.SegmentId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.blueprint.Dependency;
import org.cxkit.core.blueprint.DependencyKind;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.Evidence;
import org.cxkit.core.blueprint.Lane;
import org.cxkit.core.blueprint.NoteKind;
import org.cxkit.core.blueprint.Participant;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.blueprint.ResearchNote;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.blueprint.Timing;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyScope;
import org.cxkit.core.journey.JourneyState;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TouchpointKind;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.management.EmployeeExperience;
import org.cxkit.core.management.Enabler;
import org.cxkit.core.management.Initiative;
import org.cxkit.core.management.InitiativeStatus;
import org.cxkit.core.management.Magnitude;
import org.cxkit.core.management.Management;
import org.cxkit.core.management.Opportunity;
import org.cxkit.core.management.Review;
import org.cxkit.core.strategy.BusinessGoal;
import org.cxkit.core.strategy.Competitor;
import org.cxkit.core.strategy.CxMaturity;
import org.cxkit.core.strategy.ExperienceIntent;
import org.cxkit.core.strategy.Insight;
import org.cxkit.core.strategy.InsightMethod;
import org.cxkit.core.strategy.IntentPerspective;
import org.cxkit.core.strategy.MarketAnalysis;
import org.cxkit.core.strategy.MaturityLevel;
import org.cxkit.core.strategy.Offering;
import org.cxkit.core.strategy.OfferingType;
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * The cxkit model format 1.x (this writer: 1.1, which added the blueprint: a touchpoint's
 * activities, emotion, research, observed view, timing and detail; a journey's scope, state,
 * versionOf, participants, emotionScale, entries, parallel groups, supportProcesses and
 * dependencies; the model's operationalMeasures; a target's MEDIAN and P90 units and its
 * tolerance): one property table per type, which drives the reader, the writer (whose property
 * order it pins) and the check that the JSON Schema names the same properties.
 *
 * <p>The property names are the cx-core component names, so a model validation problem's path is a
 * JSON Pointer into the document. Writing leaves out empty lists, absent optional values and empty
 * sub-objects, and writes every scalar that has a default, so a document reads back without relying
 * on defaults. Journeys, stages and touchpoints are read into cx-core's builders, so that cx-core
 * validates the model as a whole and reports every problem with its path.
 */
final class ModelFormat {
  private ModelFormat() {}

  /** A person or party acting at a touchpoint, by name. */
  private static final Codec<Actor, Actor> ACTOR =
      new Codec<>() {
        @Override
        @Nullable Actor read(TableReader r) {
          String name = r.str();
          return r.build(() -> Actor.of(name));
        }

        @Override
        void write(TableWriter w, Actor value) {
          w.out.string(value.name());
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  // ---- strategy ------------------------------------------------------------------------------

  private static final Prop<BusinessGoal, String, String> GOAL_ID =
      required("id", STRING, g -> g.id().value());
  private static final Prop<BusinessGoal, String, String> GOAL_STATEMENT =
      required("statement", STRING, BusinessGoal::statement);
  private static final Prop<BusinessGoal, String, String> GOAL_TARGET =
      optional("target", STRING, g -> g.target().orElse(null));
  private static final Prop<BusinessGoal, String, String> GOAL_HORIZON =
      optional("horizon", STRING, g -> g.horizon().orElse(null));
  static final ObjectCodec<BusinessGoal, BusinessGoal> GOAL =
      ObjectCodec.of(
          "business goal",
          (v, r) -> {
            BusinessGoalId id = r.id(v.get(GOAL_ID), BusinessGoalId::of);
            return id == null
                ? null
                : r.build(
                    () ->
                        new BusinessGoal(
                            id, v.get(GOAL_STATEMENT), v.find(GOAL_TARGET), v.find(GOAL_HORIZON)));
          },
          GOAL_ID,
          GOAL_STATEMENT,
          GOAL_TARGET,
          GOAL_HORIZON);

  private static final Prop<ValueProposition, List<String>, List<String>> VP_JOBS =
      list("jobs", STRING, ValueProposition::jobs);
  private static final Prop<ValueProposition, List<String>, List<String>> VP_PAINS =
      list("pains", STRING, ValueProposition::pains);
  private static final Prop<ValueProposition, List<String>, List<String>> VP_GAINS =
      list("gains", STRING, ValueProposition::gains);
  private static final Prop<ValueProposition, String, String> VP_PROMISE =
      optional("promise", STRING, p -> p.promise().orElse(null));
  static final ObjectCodec<ValueProposition, ValueProposition> VALUE_PROPOSITION =
      ObjectCodec.of(
          "value proposition",
          (v, r) ->
              r.build(
                  () ->
                      new ValueProposition(
                          copy(v.get(VP_JOBS)),
                          copy(v.get(VP_PAINS)),
                          copy(v.get(VP_GAINS)),
                          v.find(VP_PROMISE))),
          VP_JOBS,
          VP_PAINS,
          VP_GAINS,
          VP_PROMISE);

  private static final Prop<Offering, String, String> OFFERING_ID =
      required("id", STRING, o -> o.id().value());
  private static final Prop<Offering, String, String> OFFERING_NAME =
      required("name", STRING, Offering::name);
  private static final Prop<Offering, OfferingType, OfferingType> OFFERING_TYPE =
      required("type", enumOf(OfferingType.class), Offering::type);
  private static final Prop<Offering, ValueProposition, ValueProposition> OFFERING_PROPOSITION =
      unlessEmpty(
          "valueProposition",
          VALUE_PROPOSITION,
          Offering::valueProposition,
          ValueProposition.EMPTY);
  static final ObjectCodec<Offering, Offering> OFFERING =
      ObjectCodec.of(
          "offering",
          (v, r) -> {
            OfferingId id = r.id(v.get(OFFERING_ID), OfferingId::of);
            return id == null
                ? null
                : r.build(
                    () ->
                        new Offering(
                            id,
                            v.get(OFFERING_NAME),
                            v.get(OFFERING_TYPE),
                            v.get(OFFERING_PROPOSITION)));
          },
          OFFERING_ID,
          OFFERING_NAME,
          OFFERING_TYPE,
          OFFERING_PROPOSITION);

  private static final Prop<Segment, String, String> SEGMENT_ID =
      required("id", STRING, s -> s.id().value());
  private static final Prop<Segment, String, String> SEGMENT_NAME =
      required("name", STRING, Segment::name);
  private static final Prop<Segment, String, String> SEGMENT_DESCRIPTION =
      optional("description", STRING, s -> s.description().orElse(null));
  static final ObjectCodec<Segment, Segment> SEGMENT =
      ObjectCodec.of(
          "segment",
          (v, r) -> {
            SegmentId id = r.id(v.get(SEGMENT_ID), SegmentId::of);
            return id == null
                ? null
                : r.build(() -> new Segment(id, v.get(SEGMENT_NAME), v.find(SEGMENT_DESCRIPTION)));
          },
          SEGMENT_ID,
          SEGMENT_NAME,
          SEGMENT_DESCRIPTION);

  private static final Prop<Competitor, String, String> COMPETITOR_NAME =
      required("name", STRING, Competitor::name);
  private static final Prop<Competitor, List<String>, List<String>> COMPETITOR_STRENGTHS =
      list("strengths", STRING, Competitor::strengths);
  private static final Prop<Competitor, List<String>, List<String>> COMPETITOR_WEAKNESSES =
      list("weaknesses", STRING, Competitor::weaknesses);
  static final ObjectCodec<Competitor, Competitor> COMPETITOR =
      ObjectCodec.of(
          "competitor",
          (v, r) ->
              r.build(
                  () ->
                      new Competitor(
                          v.get(COMPETITOR_NAME),
                          copy(v.get(COMPETITOR_STRENGTHS)),
                          copy(v.get(COMPETITOR_WEAKNESSES)))),
          COMPETITOR_NAME,
          COMPETITOR_STRENGTHS,
          COMPETITOR_WEAKNESSES);

  private static final Prop<Insight, String, String> INSIGHT_STATEMENT =
      required("statement", STRING, Insight::statement);
  private static final Prop<Insight, InsightMethod, InsightMethod> INSIGHT_METHOD =
      required("method", enumOf(InsightMethod.class), Insight::method);
  private static final Prop<Insight, String, String> INSIGHT_SOURCE =
      optional("source", STRING, i -> i.source().orElse(null));
  static final ObjectCodec<Insight, Insight> INSIGHT =
      ObjectCodec.of(
          "insight",
          (v, r) ->
              r.build(
                  () ->
                      new Insight(
                          v.get(INSIGHT_STATEMENT), v.get(INSIGHT_METHOD), v.find(INSIGHT_SOURCE))),
          INSIGHT_STATEMENT,
          INSIGHT_METHOD,
          INSIGHT_SOURCE);

  private static final Prop<MarketAnalysis, List<Competitor>, List<Competitor>> MARKET_COMPETITORS =
      list("competitors", COMPETITOR, MarketAnalysis::competitors);
  private static final Prop<MarketAnalysis, List<Insight>, List<Insight>> MARKET_INSIGHTS =
      list("insights", INSIGHT, MarketAnalysis::insights);
  static final ObjectCodec<MarketAnalysis, MarketAnalysis> MARKET =
      ObjectCodec.of(
          "market analysis",
          (v, r) ->
              r.build(
                  () ->
                      new MarketAnalysis(
                          copy(v.get(MARKET_COMPETITORS)), copy(v.get(MARKET_INSIGHTS)))),
          MARKET_COMPETITORS,
          MARKET_INSIGHTS);

  private static final Prop<
          ExperienceIntent, Map<IntentPerspective, String>, Map<IntentPerspective, String>>
      INTENT_STATEMENTS =
          unlessEmpty(
              "statements",
              enumMap(IntentPerspective.class, STRING),
              ExperienceIntent::statements,
              ImmutableMap.of());
  static final ObjectCodec<ExperienceIntent, ExperienceIntent> INTENT =
      ObjectCodec.of(
          "experience intent",
          (v, r) ->
              r.build(
                  () -> new ExperienceIntent(ImmutableSortedMap.copyOf(v.get(INTENT_STATEMENTS)))),
          INTENT_STATEMENTS);

  private static final Prop<CxMaturity, MaturityLevel, MaturityLevel> MATURITY_LEVEL =
      required("level", enumOf(MaturityLevel.class), CxMaturity::level);
  private static final Prop<CxMaturity, String, String> MATURITY_EVIDENCE =
      required("evidence", STRING, CxMaturity::evidence);
  private static final Prop<CxMaturity, LocalDate, LocalDate> MATURITY_ASSESSED =
      required("assessedOn", DATE, CxMaturity::assessedOn);
  static final ObjectCodec<CxMaturity, CxMaturity> MATURITY =
      ObjectCodec.of(
          "maturity",
          (v, r) ->
              r.build(
                  () ->
                      new CxMaturity(
                          v.get(MATURITY_LEVEL),
                          v.get(MATURITY_EVIDENCE),
                          v.get(MATURITY_ASSESSED))),
          MATURITY_LEVEL,
          MATURITY_EVIDENCE,
          MATURITY_ASSESSED);

  private static final Prop<Strategy, List<BusinessGoal>, List<BusinessGoal>> STRATEGY_GOALS =
      list("businessGoals", GOAL, Strategy::businessGoals);
  private static final Prop<Strategy, List<Offering>, List<Offering>> STRATEGY_OFFERINGS =
      list("offerings", OFFERING, Strategy::offerings);
  private static final Prop<Strategy, List<Segment>, List<Segment>> STRATEGY_SEGMENTS =
      list("segments", SEGMENT, Strategy::segments);
  private static final Prop<Strategy, MarketAnalysis, MarketAnalysis> STRATEGY_MARKET =
      unlessEmpty("market", MARKET, Strategy::market, MarketAnalysis.EMPTY);
  private static final Prop<Strategy, ExperienceIntent, ExperienceIntent> STRATEGY_INTENT =
      unlessEmpty("intent", INTENT, Strategy::intent, ExperienceIntent.NONE);
  private static final Prop<Strategy, CxMaturity, CxMaturity> STRATEGY_MATURITY =
      optional("maturity", MATURITY, s -> s.maturity().orElse(null));
  static final ObjectCodec<Strategy, Strategy> STRATEGY =
      ObjectCodec.of(
          "strategy",
          (v, r) ->
              r.build(
                  () ->
                      new Strategy(
                          copy(v.get(STRATEGY_GOALS)),
                          copy(v.get(STRATEGY_OFFERINGS)),
                          copy(v.get(STRATEGY_SEGMENTS)),
                          v.get(STRATEGY_MARKET),
                          v.get(STRATEGY_INTENT),
                          v.find(STRATEGY_MATURITY))),
          STRATEGY_GOALS,
          STRATEGY_OFFERINGS,
          STRATEGY_SEGMENTS,
          STRATEGY_MARKET,
          STRATEGY_INTENT,
          STRATEGY_MATURITY);

  // ---- measures and personas -----------------------------------------------------------------

  private static final Prop<Scale, Integer, Integer> SCALE_MIN = required("min", INT, Scale::min);
  private static final Prop<Scale, Integer, Integer> SCALE_MAX = required("max", INT, Scale::max);
  private static final Prop<Scale, Direction, Direction> SCALE_BETTER =
      required("better", enumOf(Direction.class), Scale::better);
  private static final Prop<Scale, Integer, Integer> SCALE_TOP =
      required("topBox", INT, Scale::topBox);
  private static final Prop<Scale, Integer, Integer> SCALE_GOOD =
      required("goodBox", INT, Scale::goodBox);
  private static final Prop<Scale, Integer, Integer> SCALE_BOTTOM =
      required("bottomBox", INT, Scale::bottomBox);
  static final ObjectCodec<Scale, Scale> SCALE =
      ObjectCodec.of(
          "scale",
          (v, r) ->
              r.build(
                  () ->
                      new Scale(
                          v.get(SCALE_MIN),
                          v.get(SCALE_MAX),
                          v.get(SCALE_BETTER),
                          v.get(SCALE_TOP),
                          v.get(SCALE_GOOD),
                          v.get(SCALE_BOTTOM))),
          SCALE_MIN,
          SCALE_MAX,
          SCALE_BETTER,
          SCALE_TOP,
          SCALE_GOOD,
          SCALE_BOTTOM);

  private static final Prop<Measure, String, String> MEASURE_ID =
      required("id", STRING, m -> m.id().value());
  private static final Prop<Measure, String, String> MEASURE_NAME =
      required("name", STRING, Measure::name);
  private static final Prop<Measure, Scale, Scale> MEASURE_SCALE =
      required("scale", SCALE, Measure::scale);
  static final ObjectCodec<Measure, Measure> MEASURE =
      ObjectCodec.of(
          "measure",
          (v, r) -> {
            MeasureId id = r.id(v.get(MEASURE_ID), MeasureId::of);
            return id == null
                ? null
                : r.build(() -> new Measure(id, v.get(MEASURE_NAME), v.get(MEASURE_SCALE)));
          },
          MEASURE_ID,
          MEASURE_NAME,
          MEASURE_SCALE);

  private static final Prop<OperationalMeasure, String, String> OPERATIONAL_ID =
      required("id", STRING, m -> m.id().value());
  private static final Prop<OperationalMeasure, String, String> OPERATIONAL_NAME =
      required("name", STRING, OperationalMeasure::name);
  private static final Prop<OperationalMeasure, OperationalMeasure.Kind, OperationalMeasure.Kind>
      OPERATIONAL_KIND =
          required("kind", enumOf(OperationalMeasure.Kind.class), OperationalMeasure::kind);
  private static final Prop<OperationalMeasure, OperationalMeasure.Unit, OperationalMeasure.Unit>
      OPERATIONAL_UNIT =
          required("unit", enumOf(OperationalMeasure.Unit.class), OperationalMeasure::unit);
  private static final Prop<OperationalMeasure, Direction, Direction> OPERATIONAL_BETTER =
      required("better", enumOf(Direction.class), OperationalMeasure::better);

  /** An operational measure (format 1.1). */
  static final ObjectCodec<OperationalMeasure, OperationalMeasure> OPERATIONAL_MEASURE =
      ObjectCodec.of(
          "operational measure",
          (v, r) -> {
            MeasureId id = r.id(v.get(OPERATIONAL_ID), MeasureId::of);
            return id == null
                ? null
                : r.build(
                    () ->
                        new OperationalMeasure(
                            id,
                            v.get(OPERATIONAL_NAME),
                            v.get(OPERATIONAL_KIND),
                            v.get(OPERATIONAL_UNIT),
                            v.get(OPERATIONAL_BETTER)));
          },
          OPERATIONAL_ID,
          OPERATIONAL_NAME,
          OPERATIONAL_KIND,
          OPERATIONAL_UNIT,
          OPERATIONAL_BETTER);

  private static final Prop<Profile, List<String>, List<String>> PROFILE_GOALS =
      list("goals", STRING, Profile::goals);
  private static final Prop<Profile, List<String>, List<String>> PROFILE_NEEDS =
      list("needs", STRING, Profile::needs);
  private static final Prop<Profile, List<String>, List<String>> PROFILE_FRUSTRATIONS =
      list("frustrations", STRING, Profile::frustrations);
  private static final Prop<Profile, Set<Channel>, Set<Channel>> PROFILE_CHANNELS =
      unlessEmpty(
          "preferredChannels",
          enumSet(Channel.class),
          Profile::preferredChannels,
          ImmutableSet.of());
  static final ObjectCodec<Profile, Profile> PROFILE =
      ObjectCodec.of(
          "profile",
          (v, r) ->
              r.build(
                  () ->
                      new Profile(
                          copy(v.get(PROFILE_GOALS)),
                          copy(v.get(PROFILE_NEEDS)),
                          copy(v.get(PROFILE_FRUSTRATIONS)),
                          ImmutableSet.copyOf(v.get(PROFILE_CHANNELS)))),
          PROFILE_GOALS,
          PROFILE_NEEDS,
          PROFILE_FRUSTRATIONS,
          PROFILE_CHANNELS);

  private static final Prop<Persona, String, String> PERSONA_ID =
      required("id", STRING, p -> p.id().value());
  private static final Prop<Persona, String, String> PERSONA_NAME =
      required("name", STRING, Persona::name);
  private static final Prop<Persona, String, String> PERSONA_SEGMENT =
      optional("segment", STRING, p -> p.segment().map(SegmentId::value).orElse(null));
  private static final Prop<Persona, Profile, Profile> PERSONA_PROFILE =
      unlessEmpty("profile", PROFILE, Persona::profile, Profile.EMPTY);
  private static final Prop<Persona, String, String> PERSONA_STORY =
      optional("story", STRING, p -> p.story().orElse(null));
  static final ObjectCodec<Persona, Persona> PERSONA =
      ObjectCodec.of(
          "persona",
          (v, r) -> {
            PersonaId id = r.id(v.get(PERSONA_ID), PersonaId::of);
            if (id == null) {
              return null;
            }
            SegmentId segment = null;
            String raw = v.orNull(PERSONA_SEGMENT);
            if (raw != null) {
              r.path.push(PERSONA_SEGMENT.name);
              segment = r.id(raw, SegmentId::of);
              r.path.pop();
              if (segment == null) {
                return null;
              }
            }
            Optional<SegmentId> seg = Optional.ofNullable(segment);
            return r.build(
                () ->
                    new Persona(
                        id,
                        v.get(PERSONA_NAME),
                        seg,
                        v.get(PERSONA_PROFILE),
                        v.find(PERSONA_STORY)));
          },
          PERSONA_ID,
          PERSONA_NAME,
          PERSONA_SEGMENT,
          PERSONA_PROFILE,
          PERSONA_STORY);

  // ---- journeys ------------------------------------------------------------------------------

  private static final Prop<Frontstage, String, String> FRONTSTAGE_DESCRIPTION =
      optional("description", STRING, f -> f.description().orElse(null));
  private static final Prop<Evidence, String, String> EVIDENCE_NAME =
      required("name", STRING, Evidence::name);
  private static final Prop<Evidence, Channel, Channel> EVIDENCE_CHANNEL =
      optional("channel", enumOf(Channel.class), e -> e.channel().orElse(null));
  private static final Prop<Evidence, Ownership, Ownership> EVIDENCE_OWNERSHIP =
      optional("ownership", enumOf(Ownership.class), e -> e.ownership().orElse(null));

  /** A piece of evidence with its own channel or ownership (format 1.1). */
  static final ObjectCodec<Evidence, Evidence> EVIDENCE =
      ObjectCodec.of(
          "evidence item",
          (v, r) ->
              r.build(
                  () ->
                      new Evidence(
                          v.get(EVIDENCE_NAME),
                          v.find(EVIDENCE_CHANNEL),
                          v.find(EVIDENCE_OWNERSHIP))),
          EVIDENCE_NAME,
          EVIDENCE_CHANNEL,
          EVIDENCE_OWNERSHIP);

  /**
   * The evidence by name, as format 1.0 has it: written when every piece is named only, so a 1.0
   * document writes back unchanged.
   */
  private static final Prop<Frontstage, List<String>, List<String>> FRONTSTAGE_EVIDENCE =
      list(
          "evidence",
          STRING,
          f -> evidenceIsNamesOnly(f) ? f.evidenceNames() : ImmutableList.<String>of());

  /**
   * The evidence as items (format 1.1): written, all of it, once a piece has its own channel or
   * owner.
   */
  private static final Prop<Frontstage, List<Evidence>, List<Evidence>> FRONTSTAGE_EVIDENCE_ITEMS =
      list(
          "evidenceItems",
          EVIDENCE,
          f -> evidenceIsNamesOnly(f) ? ImmutableList.<Evidence>of() : f.evidence());

  private static boolean evidenceIsNamesOnly(Frontstage f) {
    return f.evidence().stream().allMatch(Evidence::isNameOnly);
  }

  static final ObjectCodec<Frontstage, Frontstage> FRONTSTAGE =
      ObjectCodec.of(
          "frontstage",
          (v, r) ->
              r.build(
                  () -> {
                    ImmutableList.Builder<Evidence> evidence = ImmutableList.builder();
                    for (String name : v.get(FRONTSTAGE_EVIDENCE)) {
                      evidence.add(Evidence.of(name));
                    }
                    evidence.addAll(v.get(FRONTSTAGE_EVIDENCE_ITEMS));
                    return new Frontstage(v.find(FRONTSTAGE_DESCRIPTION), evidence.build());
                  }),
          FRONTSTAGE_DESCRIPTION,
          FRONTSTAGE_EVIDENCE,
          FRONTSTAGE_EVIDENCE_ITEMS);

  private static final Prop<Backstage, List<String>, List<String>> BACKSTAGE_ACTIONS =
      list("actions", STRING, Backstage::actions);
  private static final Prop<Backstage, List<String>, List<String>> BACKSTAGE_PROCESSES =
      list("processes", STRING, Backstage::processes);
  private static final Prop<Backstage, List<String>, List<String>> BACKSTAGE_SYSTEMS =
      list("systems", STRING, Backstage::systems);
  private static final Prop<Backstage, List<String>, List<String>> BACKSTAGE_ROLES =
      list("roles", STRING, Backstage::roles);
  static final ObjectCodec<Backstage, Backstage> BACKSTAGE =
      ObjectCodec.of(
          "backstage",
          (v, r) ->
              r.build(
                  () ->
                      new Backstage(
                          copy(v.get(BACKSTAGE_ACTIONS)),
                          copy(v.get(BACKSTAGE_PROCESSES)),
                          copy(v.get(BACKSTAGE_SYSTEMS)),
                          copy(v.get(BACKSTAGE_ROLES)))),
          BACKSTAGE_ACTIONS,
          BACKSTAGE_PROCESSES,
          BACKSTAGE_SYSTEMS,
          BACKSTAGE_ROLES);

  private static final Prop<TouchpointGoals, List<String>, List<String>> GOALS_DOES =
      list("does", STRING, TouchpointGoals::does);
  private static final Prop<TouchpointGoals, List<String>, List<String>> GOALS_THINKS =
      list("thinks", STRING, TouchpointGoals::thinks);
  private static final Prop<TouchpointGoals, List<String>, List<String>> GOALS_FEELS =
      list("feels", STRING, TouchpointGoals::feels);
  private static final Prop<TouchpointGoals, List<String>, List<String>> GOALS_PLACE =
      list("place", STRING, TouchpointGoals::place);
  private static final Prop<TouchpointGoals, List<String>, List<String>> GOALS_PROCESSES =
      list("processes", STRING, TouchpointGoals::processes);
  private static final Prop<TouchpointGoals, List<String>, List<String>> GOALS_COMMUNICATION =
      list("communication", STRING, TouchpointGoals::communication);
  static final ObjectCodec<TouchpointGoals, TouchpointGoals> GOALS =
      ObjectCodec.of(
          "touchpoint goals",
          (v, r) ->
              r.build(
                  () ->
                      new TouchpointGoals(
                          copy(v.get(GOALS_DOES)),
                          copy(v.get(GOALS_THINKS)),
                          copy(v.get(GOALS_FEELS)),
                          copy(v.get(GOALS_PLACE)),
                          copy(v.get(GOALS_PROCESSES)),
                          copy(v.get(GOALS_COMMUNICATION)))),
          GOALS_DOES,
          GOALS_THINKS,
          GOALS_FEELS,
          GOALS_PLACE,
          GOALS_PROCESSES,
          GOALS_COMMUNICATION);

  private static final Prop<MetricTarget, String, String> TARGET_MEASURE =
      required("measure", STRING, t -> t.measure().value());
  private static final Prop<MetricTarget, MetricTarget.Unit, MetricTarget.Unit> TARGET_UNIT =
      required("unit", enumOf(MetricTarget.Unit.class), MetricTarget::unit);
  private static final Prop<MetricTarget, Double, Double> TARGET_THRESHOLD =
      required("threshold", NUMBER, MetricTarget::threshold);
  private static final Prop<MetricTarget, Double, Double> TARGET_TOLERANCE =
      optional("tolerance", NUMBER, ModelFormat::toleranceOrNull);
  static final ObjectCodec<MetricTarget, MetricTarget> TARGET =
      ObjectCodec.of(
          "metric target",
          (v, r) -> {
            r.path.push(TARGET_MEASURE.name);
            MeasureId measure = r.measureId(v.get(TARGET_MEASURE));
            r.path.pop();
            return measure == null
                ? null
                : r.build(
                    () ->
                        withTolerance(
                            MetricTarget.of(measure, v.get(TARGET_UNIT), v.get(TARGET_THRESHOLD)),
                            v.find(TARGET_TOLERANCE)));
          },
          TARGET_MEASURE,
          TARGET_UNIT,
          TARGET_THRESHOLD,
          TARGET_TOLERANCE);

  /** A target's tolerance limit as written, or null when it has none (format 1.1). */
  static @Nullable Double toleranceOrNull(MetricTarget t) {
    return t.tolerance().isPresent() ? t.tolerance().getAsDouble() : null;
  }

  /** The target with the tolerance limit read, if one was. */
  static MetricTarget withTolerance(MetricTarget t, Optional<Double> tolerance) {
    return tolerance.isPresent() ? t.withTolerance(tolerance.get()) : t;
  }

  // ---- blueprint (format 1.1) ----------------------------------------------------------------

  private static final Prop<Activity, Lane, Lane> ACTIVITY_LANE =
      required("lane", enumOf(Lane.class), Activity::lane);
  private static final Prop<Activity, String, String> ACTIVITY_DESCRIPTION =
      required("description", STRING, Activity::description);
  private static final Prop<Activity, Actor, Actor> ACTIVITY_ACTOR =
      optional("actor", ACTOR, a -> a.actor().orElse(null));
  private static final Prop<Activity, String, String> ACTIVITY_PROCESS =
      optional("process", STRING, a -> a.process().orElse(null));
  static final ObjectCodec<Activity, Activity> ACTIVITY =
      ObjectCodec.of(
          "activity",
          (v, r) ->
              r.build(
                  () ->
                      new Activity(
                          v.get(ACTIVITY_LANE),
                          v.get(ACTIVITY_DESCRIPTION),
                          v.find(ACTIVITY_ACTOR),
                          v.find(ACTIVITY_PROCESS))),
          ACTIVITY_LANE,
          ACTIVITY_DESCRIPTION,
          ACTIVITY_ACTOR,
          ACTIVITY_PROCESS);

  private static final Prop<Emotion, Double, Double> EMOTION_INTENDED =
      optional("intended", NUMBER, e -> e.intended().orElse(null));
  private static final Prop<Emotion, Double, Double> EMOTION_MEASURED =
      optional("measured", NUMBER, e -> e.measured().orElse(null));
  static final ObjectCodec<Emotion, Emotion> EMOTION =
      ObjectCodec.of(
          "emotion",
          (v, r) -> r.build(() -> new Emotion(v.find(EMOTION_INTENDED), v.find(EMOTION_MEASURED))),
          EMOTION_INTENDED,
          EMOTION_MEASURED);

  private static final Prop<ResearchNote, NoteKind, NoteKind> NOTE_KIND =
      required("kind", enumOf(NoteKind.class), ResearchNote::kind);
  private static final Prop<ResearchNote, String, String> NOTE_TEXT =
      required("text", STRING, ResearchNote::text);
  private static final Prop<ResearchNote, String, String> NOTE_SOURCE =
      optional("source", STRING, n -> n.source().orElse(null));
  private static final Prop<ResearchNote, Double, Double> NOTE_WEIGHT =
      optional("weight", NUMBER, ResearchNote::weight);
  static final ObjectCodec<ResearchNote, ResearchNote> NOTE =
      ObjectCodec.of(
          "research note",
          (v, r) ->
              r.build(
                  () ->
                      new ResearchNote(
                          v.get(NOTE_KIND),
                          v.get(NOTE_TEXT),
                          v.find(NOTE_SOURCE),
                          v.find(NOTE_WEIGHT).orElse(1.0))),
          NOTE_KIND,
          NOTE_TEXT,
          NOTE_SOURCE,
          NOTE_WEIGHT);

  private static final Prop<Timing, Duration, Duration> TIMING_STANDARD =
      optional("standard", DURATION, t -> t.standard().orElse(null));
  private static final Prop<Timing, Duration, Duration> TIMING_TOLERANCE =
      optional("tolerance", DURATION, t -> t.tolerance().orElse(null));
  private static final Prop<Timing, Duration, Duration> TIMING_WAIT =
      optional("waitBefore", DURATION, t -> t.waitBefore().orElse(null));
  static final ObjectCodec<Timing, Timing> TIMING =
      ObjectCodec.of(
          "timing",
          (v, r) ->
              r.build(
                  () ->
                      new Timing(
                          v.find(TIMING_STANDARD), v.find(TIMING_TOLERANCE), v.find(TIMING_WAIT))),
          TIMING_STANDARD,
          TIMING_TOLERANCE,
          TIMING_WAIT);

  private static final Prop<Participant, Actor, Actor> PARTICIPANT_ACTOR =
      required("actor", ACTOR, Participant::actor);
  private static final Prop<Participant, ActorType, ActorType> PARTICIPANT_TYPE =
      required("type", enumOf(ActorType.class), Participant::type);
  static final ObjectCodec<Participant, Participant> PARTICIPANT =
      ObjectCodec.of(
          "participant",
          (v, r) ->
              r.build(() -> new Participant(v.get(PARTICIPANT_ACTOR), v.get(PARTICIPANT_TYPE))),
          PARTICIPANT_ACTOR,
          PARTICIPANT_TYPE);

  private static final Prop<SupportProcess, String, String> PROCESS_ID =
      required("id", STRING, SupportProcess::id);
  private static final Prop<SupportProcess, String, String> PROCESS_NAME =
      required("name", STRING, SupportProcess::name);
  private static final Prop<SupportProcess, String, String> PROCESS_OWNER =
      optional("owner", STRING, p -> p.owner().orElse(null));
  private static final Prop<SupportProcess, List<String>, List<String>> PROCESS_FAIL_POINTS =
      list("failPoints", STRING, SupportProcess::failPoints);
  static final ObjectCodec<SupportProcess, SupportProcess> SUPPORT_PROCESS =
      ObjectCodec.of(
          "support process",
          (v, r) ->
              r.build(
                  () ->
                      new SupportProcess(
                          v.get(PROCESS_ID),
                          v.get(PROCESS_NAME),
                          v.find(PROCESS_OWNER),
                          copy(v.get(PROCESS_FAIL_POINTS)))),
          PROCESS_ID,
          PROCESS_NAME,
          PROCESS_OWNER,
          PROCESS_FAIL_POINTS);

  private static final Prop<Dependency, String, String> DEPENDENCY_FROM =
      required("from", STRING, Dependency::from);
  private static final Prop<Dependency, DependencyKind, DependencyKind> DEPENDENCY_KIND =
      required("kind", enumOf(DependencyKind.class), Dependency::kind);
  private static final Prop<Dependency, String, String> DEPENDENCY_TO =
      required("to", STRING, Dependency::to);
  static final ObjectCodec<Dependency, Dependency> DEPENDENCY =
      ObjectCodec.of(
          "dependency",
          (v, r) ->
              r.build(
                  () ->
                      new Dependency(
                          v.get(DEPENDENCY_FROM), v.get(DEPENDENCY_KIND), v.get(DEPENDENCY_TO))),
          DEPENDENCY_FROM,
          DEPENDENCY_KIND,
          DEPENDENCY_TO);

  private static final Prop<EmotionScale, Double, Double> SCALE_FROM =
      required("min", NUMBER, EmotionScale::min);
  private static final Prop<EmotionScale, Double, Double> SCALE_TO =
      required("max", NUMBER, EmotionScale::max);
  static final ObjectCodec<EmotionScale, EmotionScale> EMOTION_SCALE =
      ObjectCodec.of(
          "emotion scale",
          (v, r) -> r.build(() -> new EmotionScale(v.get(SCALE_FROM), v.get(SCALE_TO))),
          SCALE_FROM,
          SCALE_TO);

  // ---- touchpoints, stages, journeys ---------------------------------------------------------

  private static final Prop<Touchpoint, String, String> TP_ID =
      required("id", STRING, t -> t.id().value());
  private static final Prop<Touchpoint, String, String> TP_NAME =
      optional("name", STRING, Touchpoint::name);
  private static final Prop<Touchpoint, TouchpointKind, TouchpointKind> TP_KIND =
      optional("kind", enumOf(TouchpointKind.class), Touchpoint::kind);
  private static final Prop<Touchpoint, Actor, Actor> TP_INITIATOR =
      optional("initiator", ACTOR, t -> t.initiator().orElse(null));
  private static final Prop<Touchpoint, Actor, Actor> TP_RECEIVER =
      optional("receiver", ACTOR, t -> t.receiver().orElse(null));
  private static final Prop<Touchpoint, Channel, Channel> TP_CHANNEL =
      optional("channel", enumOf(Channel.class), Touchpoint::channel);
  private static final Prop<Touchpoint, Ownership, Ownership> TP_OWNERSHIP =
      optional("ownership", enumOf(Ownership.class), Touchpoint::ownership);
  private static final Prop<Touchpoint, Boolean, Boolean> TP_CONTROLLABLE =
      optional("controllable", BOOL, Touchpoint::controllable);
  private static final Prop<Touchpoint, String, String> TP_OWNER =
      optional("owner", STRING, t -> t.owner().orElse(null));
  private static final Prop<Touchpoint, Frontstage, Frontstage> TP_FRONTSTAGE =
      unlessEmpty("frontstage", FRONTSTAGE, Touchpoint::frontstage, Frontstage.EMPTY);
  private static final Prop<Touchpoint, Backstage, Backstage> TP_BACKSTAGE =
      unlessEmpty("backstage", BACKSTAGE, Touchpoint::backstage, Backstage.EMPTY);
  private static final Prop<Touchpoint, TouchpointGoals, TouchpointGoals> TP_GOALS =
      unlessEmpty("goals", GOALS, Touchpoint::goals, TouchpointGoals.NONE);
  private static final Prop<Touchpoint, Boolean, Boolean> TP_MOMENT_OF_TRUTH =
      optional("momentOfTruth", BOOL, Touchpoint::momentOfTruth);
  private static final Prop<Touchpoint, List<String>, List<String>> TP_FAIL_POINTS =
      list("failPoints", STRING, Touchpoint::failPoints);
  private static final Prop<Touchpoint, Set<ExperienceRealm>, Set<ExperienceRealm>> TP_REALMS =
      unlessEmpty("realms", enumSet(ExperienceRealm.class), Touchpoint::realms, ImmutableSet.of());
  private static final Prop<Touchpoint, List<MetricTarget>, List<MetricTarget>> TP_MEASURES =
      list("measures", TARGET, Touchpoint::measures);
  private static final Prop<Touchpoint, Boolean, Boolean> TP_MAIN_PATH =
      optional("mainPath", BOOL, Touchpoint::mainPath);
  private static final Prop<Touchpoint, List<Activity>, List<Activity>> TP_ACTIVITIES =
      list("activities", ACTIVITY, Touchpoint::activities);
  private static final Prop<Touchpoint, Emotion, Emotion> TP_EMOTION =
      unlessEmpty("emotion", EMOTION, Touchpoint::emotion, Emotion.NONE);
  private static final Prop<Touchpoint, List<ResearchNote>, List<ResearchNote>> TP_RESEARCH =
      list("research", NOTE, Touchpoint::research);
  private static final Prop<Touchpoint, TouchpointGoals, TouchpointGoals> TP_OBSERVED =
      unlessEmpty("observed", GOALS, Touchpoint::observed, TouchpointGoals.NONE);
  private static final Prop<Touchpoint, Timing, Timing> TP_TIMING =
      unlessEmpty("timing", TIMING, Touchpoint::timing, Timing.NONE);
  private static final Prop<Touchpoint, String, String> TP_DETAIL =
      optional("detail", STRING, t -> t.detail().map(JourneyId::value).orElse(null));
  static final ObjectCodec<Touchpoint, Touchpoint.Builder> TOUCHPOINT =
      ObjectCodec.building(
          "touchpoint",
          (v, r) -> {
            // A builder's defaults stand for what is missing; null checks, not Optionals: this
            // runs once per touchpoint.
            Touchpoint.Builder b = Touchpoint.builder(v.get(TP_ID));
            String name = v.orNull(TP_NAME);
            if (name != null) {
              b.name(name);
            }
            TouchpointKind kind = v.orNull(TP_KIND);
            if (kind != null) {
              b.kind(kind);
            }
            b.initiator(v.orNull(TP_INITIATOR));
            b.receiver(v.orNull(TP_RECEIVER));
            Channel channel = v.orNull(TP_CHANNEL);
            if (channel != null) {
              b.channel(channel);
            }
            Ownership ownership = v.orNull(TP_OWNERSHIP);
            if (ownership != null) {
              b.ownership(ownership);
            }
            Boolean controllable = v.orNull(TP_CONTROLLABLE);
            if (controllable != null) {
              b.controllable(controllable);
            }
            b.owner(v.orNull(TP_OWNER));
            Frontstage frontstage = v.orNull(TP_FRONTSTAGE);
            if (frontstage != null) {
              b.frontstage(frontstage);
            }
            Backstage backstage = v.orNull(TP_BACKSTAGE);
            if (backstage != null) {
              b.backstage(backstage);
            }
            TouchpointGoals goals = v.orNull(TP_GOALS);
            if (goals != null) {
              b.goals(goals);
            }
            Boolean momentOfTruth = v.orNull(TP_MOMENT_OF_TRUTH);
            if (momentOfTruth != null) {
              b.momentOfTruth(momentOfTruth);
            }
            for (String f : v.get(TP_FAIL_POINTS)) {
              b.failPoint(f);
            }
            Set<ExperienceRealm> realms = v.orNull(TP_REALMS);
            if (realms != null) {
              b.realms(realms.toArray(new ExperienceRealm[0]));
            }
            for (MetricTarget m : v.get(TP_MEASURES)) {
              b.measure(m);
            }
            Boolean mainPath = v.orNull(TP_MAIN_PATH);
            if (mainPath != null) {
              b.mainPath(mainPath);
            }
            for (Activity a : v.get(TP_ACTIVITIES)) {
              b.activity(a);
            }
            Emotion emotion = v.orNull(TP_EMOTION);
            if (emotion != null) {
              b.emotion(emotion);
            }
            for (ResearchNote n : v.get(TP_RESEARCH)) {
              b.research(n);
            }
            TouchpointGoals observed = v.orNull(TP_OBSERVED);
            if (observed != null) {
              b.observed(observed);
            }
            Timing timing = v.orNull(TP_TIMING);
            if (timing != null) {
              b.timing(timing);
            }
            b.detail(v.orNull(TP_DETAIL));
            return b;
          },
          TP_ID,
          TP_NAME,
          TP_KIND,
          TP_INITIATOR,
          TP_RECEIVER,
          TP_CHANNEL,
          TP_OWNERSHIP,
          TP_CONTROLLABLE,
          TP_OWNER,
          TP_FRONTSTAGE,
          TP_BACKSTAGE,
          TP_GOALS,
          TP_MOMENT_OF_TRUTH,
          TP_FAIL_POINTS,
          TP_REALMS,
          TP_MEASURES,
          TP_MAIN_PATH,
          TP_ACTIVITIES,
          TP_EMOTION,
          TP_RESEARCH,
          TP_OBSERVED,
          TP_TIMING,
          TP_DETAIL);

  private static final Prop<Stage, String, String> STAGE_ID =
      required("id", STRING, s -> s.id().value());
  private static final Prop<Stage, String, String> STAGE_NAME =
      optional("name", STRING, Stage::name);
  private static final Prop<Stage, Phase, Phase> STAGE_PHASE =
      required("phase", enumOf(Phase.class), Stage::phase);
  private static final Prop<Stage, List<Touchpoint>, List<Touchpoint.Builder>> STAGE_TOUCHPOINTS =
      list("touchpoints", TOUCHPOINT, Stage::touchpoints);
  static final ObjectCodec<Stage, Stage.Builder> STAGE =
      ObjectCodec.building(
          "stage",
          (v, r) -> {
            Stage.Builder b = Stage.builder(v.get(STAGE_ID), v.get(STAGE_PHASE));
            String name = v.orNull(STAGE_NAME);
            if (name != null) {
              b.name(name);
            }
            for (Touchpoint.Builder t : v.get(STAGE_TOUCHPOINTS)) {
              b.touchpoint(t);
            }
            return b;
          },
          STAGE_ID,
          STAGE_NAME,
          STAGE_PHASE,
          STAGE_TOUCHPOINTS);

  private static final Prop<Provenance, Set<ResearchMethod>, Set<ResearchMethod>>
      PROVENANCE_METHODS =
          unlessEmpty(
              "methods", enumSet(ResearchMethod.class), Provenance::methods, ImmutableSet.of());
  private static final Prop<
          Provenance, Map<ParticipantRole, Integer>, Map<ParticipantRole, Integer>>
      PROVENANCE_PARTICIPANTS =
          unlessEmpty(
              "participants",
              enumMap(ParticipantRole.class, INT),
              Provenance::participants,
              ImmutableMap.of());
  private static final Prop<Provenance, LocalDate, LocalDate> PROVENANCE_VALIDATED =
      optional("validatedOn", DATE, p -> p.validatedOn().orElse(null));
  static final ObjectCodec<Provenance, Provenance> PROVENANCE =
      ObjectCodec.of(
          "provenance",
          (v, r) ->
              r.build(
                  () ->
                      new Provenance(
                          ImmutableSet.copyOf(v.get(PROVENANCE_METHODS)),
                          ImmutableSortedMap.copyOf(v.get(PROVENANCE_PARTICIPANTS)),
                          v.find(PROVENANCE_VALIDATED))),
          PROVENANCE_METHODS,
          PROVENANCE_PARTICIPANTS,
          PROVENANCE_VALIDATED);

  private static final Prop<Transition, String, String> TRANSITION_FROM =
      required("from", STRING, t -> t.from().value());
  private static final Prop<Transition, String, String> TRANSITION_TO =
      required("to", STRING, t -> t.to().value());
  private static final Prop<Transition, TransitionKind, TransitionKind> TRANSITION_KIND =
      required("kind", enumOf(TransitionKind.class), Transition::kind);
  private static final Prop<Transition, String, String> TRANSITION_NOTE =
      optional("note", STRING, t -> t.note().orElse(null));

  /** Read as its values: the journey builder takes a transition's parts. */
  static final ObjectCodec<Transition, Values> TRANSITION =
      ObjectCodec.building(
          "transition",
          (v, r) -> v,
          TRANSITION_FROM,
          TRANSITION_TO,
          TRANSITION_KIND,
          TRANSITION_NOTE);

  private static final Prop<ParallelGroup, List<String>, List<String>> GROUP_TOUCHPOINTS =
      list("touchpoints", STRING, g -> Lists.transform(g.touchpoints(), TouchpointId::value));
  private static final Prop<ParallelGroup, String, String> GROUP_NOTE =
      optional("note", STRING, g -> g.note().orElse(null));

  /**
   * A parallel group (format 1.1), read as its values: the journey builder takes its ids as
   * written, so that an unknown or malformed one is reported with its path by the journey's rules.
   */
  static final ObjectCodec<ParallelGroup, Values> PARALLEL_GROUP =
      ObjectCodec.building("parallel group", (v, r) -> v, GROUP_TOUCHPOINTS, GROUP_NOTE);

  private static final Prop<Journey, String, String> JOURNEY_ID =
      required("id", STRING, j -> j.id().value());
  private static final Prop<Journey, String, String> JOURNEY_NAME =
      optional("name", STRING, Journey::name);
  private static final Prop<Journey, String, String> JOURNEY_PERSONA =
      required("persona", STRING, j -> j.persona().value());
  private static final Prop<Journey, String, String> JOURNEY_OFFERING =
      optional("offering", STRING, j -> j.offering().map(OfferingId::value).orElse(null));
  private static final Prop<Journey, JourneyStatus, JourneyStatus> JOURNEY_STATUS =
      optional("status", enumOf(JourneyStatus.class), Journey::status);
  private static final Prop<Journey, JourneyScope, JourneyScope> JOURNEY_SCOPE =
      unlessEmpty("scope", enumOf(JourneyScope.class), Journey::scope, JourneyScope.END_TO_END);
  private static final Prop<Journey, JourneyState, JourneyState> JOURNEY_STATE =
      unlessEmpty("state", enumOf(JourneyState.class), Journey::state, JourneyState.CURRENT);
  private static final Prop<Journey, String, String> JOURNEY_VERSION_OF =
      optional("versionOf", STRING, j -> j.versionOf().map(JourneyId::value).orElse(null));
  private static final Prop<Journey, List<Participant>, List<Participant>> JOURNEY_PARTICIPANTS =
      list("participants", PARTICIPANT, Journey::participants);
  private static final Prop<Journey, EmotionScale, EmotionScale> JOURNEY_EMOTION_SCALE =
      optional("emotionScale", EMOTION_SCALE, j -> j.emotionScale().orElse(null));
  private static final Prop<Map.Entry<TouchpointId, Emotion>, String, String> POINT_TOUCHPOINT =
      required("touchpoint", STRING, e -> e.getKey().value());
  private static final Prop<Map.Entry<TouchpointId, Emotion>, Double, Double> POINT_INTENDED =
      optional("intended", NUMBER, e -> e.getValue().intended().orElse(null));
  private static final Prop<Map.Entry<TouchpointId, Emotion>, Double, Double> POINT_MEASURED =
      optional("measured", NUMBER, e -> e.getValue().measured().orElse(null));

  /** A point of a persona's curve: a touchpoint and the emotion there (format 1.1). */
  static final ObjectCodec<Map.Entry<TouchpointId, Emotion>, Map.Entry<TouchpointId, Emotion>>
      CURVE_POINT =
          ObjectCodec.of(
              "curve point",
              (v, r) -> {
                TouchpointId id = r.id(v.get(POINT_TOUCHPOINT), TouchpointId::of);
                return id == null
                    ? null
                    : r.build(
                        () ->
                            Map.entry(
                                id, new Emotion(v.find(POINT_INTENDED), v.find(POINT_MEASURED))));
              },
              POINT_TOUCHPOINT,
              POINT_INTENDED,
              POINT_MEASURED);

  private static final Prop<PersonaCurve, String, String> CURVE_PERSONA =
      required("persona", STRING, c -> c.persona().value());
  private static final Prop<
          PersonaCurve,
          List<Map.Entry<TouchpointId, Emotion>>,
          List<Map.Entry<TouchpointId, Emotion>>>
      CURVE_POINTS = list("points", CURVE_POINT, c -> ImmutableList.copyOf(c.points().entrySet()));

  /** Another persona's experience curve on a journey (format 1.1). */
  static final ObjectCodec<PersonaCurve, PersonaCurve> PERSONA_CURVE =
      ObjectCodec.of(
          "persona curve",
          (v, r) -> {
            PersonaId persona = r.id(v.get(CURVE_PERSONA), PersonaId::of);
            return persona == null
                ? null
                : r.build(
                    () -> {
                      Map<TouchpointId, Emotion> points = new LinkedHashMap<>();
                      for (Map.Entry<TouchpointId, Emotion> e : v.get(CURVE_POINTS)) {
                        if (points.put(e.getKey(), e.getValue()) != null) {
                          throw new IllegalArgumentException(
                              "a touchpoint has two points on one persona's curve");
                        }
                      }
                      return new PersonaCurve(persona, ImmutableMap.copyOf(points));
                    });
          },
          CURVE_PERSONA,
          CURVE_POINTS);

  private static final Prop<Journey, List<PersonaCurve>, List<PersonaCurve>>
      JOURNEY_PERSONA_CURVES = list("personaCurves", PERSONA_CURVE, Journey::personaCurves);
  private static final Prop<Journey, List<String>, List<String>> JOURNEY_ENTRIES =
      list("entries", STRING, j -> Lists.transform(j.entries(), TouchpointId::value));
  private static final Prop<Journey, List<ParallelGroup>, List<Values>> JOURNEY_PARALLEL =
      list("parallel", PARALLEL_GROUP, Journey::parallelGroups);
  private static final Prop<Journey, List<SupportProcess>, List<SupportProcess>>
      JOURNEY_SUPPORT_PROCESSES =
          list("supportProcesses", SUPPORT_PROCESS, Journey::supportProcesses);
  private static final Prop<Journey, List<Dependency>, List<Dependency>> JOURNEY_DEPENDENCIES =
      list("dependencies", DEPENDENCY, Journey::dependencies);
  private static final Prop<Journey, Provenance, Provenance> JOURNEY_PROVENANCE =
      unlessEmpty("provenance", PROVENANCE, Journey::provenance, Provenance.NONE);
  private static final Prop<Journey, List<Stage>, List<Stage.Builder>> JOURNEY_STAGES =
      list("stages", STAGE, Journey::stages);
  private static final Prop<Journey, List<Transition>, List<Values>> JOURNEY_TRANSITIONS =
      list("transitions", TRANSITION, Journey::transitions);
  static final ObjectCodec<Journey, Journey.Builder> JOURNEY =
      ObjectCodec.building(
          "journey",
          (v, r) -> {
            Journey.Builder b = Journey.builder(v.get(JOURNEY_ID)).persona(v.get(JOURNEY_PERSONA));
            v.find(JOURNEY_NAME).ifPresent(b::name);
            v.find(JOURNEY_OFFERING).ifPresent(b::offering);
            v.find(JOURNEY_STATUS).ifPresent(b::status);
            v.find(JOURNEY_SCOPE).ifPresent(b::scope);
            v.find(JOURNEY_STATE).ifPresent(b::state);
            b.versionOf(v.orNull(JOURNEY_VERSION_OF));
            v.find(JOURNEY_PROVENANCE).ifPresent(b::provenance);
            v.get(JOURNEY_PARTICIPANTS).forEach(b::participant);
            v.find(JOURNEY_EMOTION_SCALE).ifPresent(b::emotionScale);
            v.get(JOURNEY_STAGES).forEach(b::stage);
            for (Values t : v.get(JOURNEY_TRANSITIONS)) {
              b.transition(
                  t.get(TRANSITION_FROM),
                  t.get(TRANSITION_TO),
                  t.get(TRANSITION_KIND),
                  t.orNull(TRANSITION_NOTE));
            }
            v.get(JOURNEY_ENTRIES).forEach(b::entry);
            for (Values g : v.get(JOURNEY_PARALLEL)) {
              b.parallel(g.get(GROUP_TOUCHPOINTS), g.orNull(GROUP_NOTE));
            }
            v.get(JOURNEY_SUPPORT_PROCESSES).forEach(b::supportProcess);
            v.get(JOURNEY_DEPENDENCIES).forEach(b::dependency);
            v.get(JOURNEY_PERSONA_CURVES).forEach(b::personaCurve);
            return b;
          },
          JOURNEY_ID,
          JOURNEY_NAME,
          JOURNEY_PERSONA,
          JOURNEY_OFFERING,
          JOURNEY_STATUS,
          JOURNEY_SCOPE,
          JOURNEY_STATE,
          JOURNEY_VERSION_OF,
          JOURNEY_PROVENANCE,
          JOURNEY_PARTICIPANTS,
          JOURNEY_EMOTION_SCALE,
          JOURNEY_STAGES,
          JOURNEY_TRANSITIONS,
          JOURNEY_ENTRIES,
          JOURNEY_PARALLEL,
          JOURNEY_SUPPORT_PROCESSES,
          JOURNEY_DEPENDENCIES,
          JOURNEY_PERSONA_CURVES);

  // ---- management (format 1.1) ---------------------------------------------------------------

  /**
   * An ISO-8601 period such as {@code P1M} or {@code P2W}; written as {@link Period#toString()}.
   */
  private static final Codec<Period, Period> PERIOD =
      new Codec<>() {
        @Override
        Period read(TableReader r) {
          String s = r.str();
          try {
            return Period.parse(s);
          } catch (DateTimeParseException e) {
            r.shape(
                "malformed period", "an ISO-8601 period such as P1M", "a string of another form");
            throw TableReader.SKIPPED;
          }
        }

        @Override
        void write(TableWriter w, Period value) {
          w.out.string(value.toString());
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  private static final Codec<TouchpointId, TouchpointId> TOUCHPOINT_REF =
      Codecs.id("touchpoint id", TouchpointId::of, TouchpointId::value);
  private static final Codec<JourneyId, JourneyId> JOURNEY_REF =
      Codecs.id("journey id", JourneyId::of, JourneyId::value);

  private static final Prop<Opportunity, String, String> OPPORTUNITY_NAME =
      required("name", STRING, Opportunity::name);
  private static final Prop<Opportunity, String, String> OPPORTUNITY_STATEMENT =
      required("statement", STRING, Opportunity::statement);
  private static final Prop<Opportunity, Insight, Insight> OPPORTUNITY_INSIGHT =
      optional("insight", INSIGHT, o -> o.insight().orElse(null));
  private static final Prop<Opportunity, List<TouchpointId>, List<TouchpointId>>
      OPPORTUNITY_TOUCHPOINTS = list("touchpoints", TOUCHPOINT_REF, o -> o.touchpoints().asList());
  private static final Prop<Opportunity, Magnitude, Magnitude> OPPORTUNITY_IMPACT =
      required("impact", enumOf(Magnitude.class), Opportunity::impact);
  private static final Prop<Opportunity, Magnitude, Magnitude> OPPORTUNITY_EFFORT =
      required("effort", enumOf(Magnitude.class), Opportunity::effort);
  static final ObjectCodec<Opportunity, Opportunity> OPPORTUNITY =
      ObjectCodec.of(
          "opportunity",
          (v, r) ->
              r.build(
                  () ->
                      new Opportunity(
                          v.get(OPPORTUNITY_NAME),
                          v.get(OPPORTUNITY_STATEMENT),
                          v.find(OPPORTUNITY_INSIGHT),
                          ImmutableSortedSet.copyOf(v.get(OPPORTUNITY_TOUCHPOINTS)),
                          v.get(OPPORTUNITY_IMPACT),
                          v.get(OPPORTUNITY_EFFORT))),
          OPPORTUNITY_NAME,
          OPPORTUNITY_STATEMENT,
          OPPORTUNITY_INSIGHT,
          OPPORTUNITY_TOUCHPOINTS,
          OPPORTUNITY_IMPACT,
          OPPORTUNITY_EFFORT);

  private static final Prop<Initiative, String, String> INITIATIVE_NAME =
      required("name", STRING, Initiative::name);
  private static final Prop<Initiative, InitiativeStatus, InitiativeStatus> INITIATIVE_STATUS =
      required("status", enumOf(InitiativeStatus.class), Initiative::status);
  private static final Prop<Initiative, String, String> INITIATIVE_OWNER =
      optional("owner", STRING, i -> i.owner().orElse(null));
  private static final Prop<Initiative, MetricTarget, MetricTarget> INITIATIVE_TARGET =
      optional("target", TARGET, i -> i.target().orElse(null));
  private static final Prop<Initiative, LocalDate, LocalDate> INITIATIVE_DUE =
      optional("due", DATE, i -> i.due().orElse(null));
  private static final Prop<Initiative, List<TouchpointId>, List<TouchpointId>>
      INITIATIVE_TOUCHPOINTS = list("touchpoints", TOUCHPOINT_REF, i -> i.touchpoints().asList());
  private static final Prop<Initiative, String, String> INITIATIVE_OPPORTUNITY =
      optional("opportunity", STRING, i -> i.opportunity().orElse(null));
  static final ObjectCodec<Initiative, Initiative> INITIATIVE =
      ObjectCodec.of(
          "initiative",
          (v, r) ->
              r.build(
                  () ->
                      new Initiative(
                          v.get(INITIATIVE_NAME),
                          v.get(INITIATIVE_STATUS),
                          v.find(INITIATIVE_OWNER),
                          v.find(INITIATIVE_TARGET),
                          v.find(INITIATIVE_DUE),
                          ImmutableSortedSet.copyOf(v.get(INITIATIVE_TOUCHPOINTS)),
                          v.find(INITIATIVE_OPPORTUNITY))),
          INITIATIVE_NAME,
          INITIATIVE_STATUS,
          INITIATIVE_OWNER,
          INITIATIVE_TARGET,
          INITIATIVE_DUE,
          INITIATIVE_TOUCHPOINTS,
          INITIATIVE_OPPORTUNITY);

  private static final Prop<Map.Entry<JourneyId, String>, JourneyId, JourneyId> OWNER_JOURNEY =
      required("journey", JOURNEY_REF, Map.Entry::getKey);
  private static final Prop<Map.Entry<JourneyId, String>, String, String> OWNER_NAME =
      required("owner", STRING, Map.Entry::getValue);
  static final ObjectCodec<Map.Entry<JourneyId, String>, Map.Entry<JourneyId, String>>
      JOURNEY_OWNER =
          ObjectCodec.of(
              "journey owner",
              (v, r) -> Map.entry(v.get(OWNER_JOURNEY), v.get(OWNER_NAME)),
              OWNER_JOURNEY,
              OWNER_NAME);

  private static final Prop<Review, String, String> REVIEW_OWNER =
      required("owner", STRING, Review::owner);
  private static final Prop<Review, Period, Period> REVIEW_EVERY =
      required("every", PERIOD, Review::every);
  private static final Prop<Review, LocalDate, LocalDate> REVIEW_LAST =
      optional("lastHeld", DATE, x -> x.lastHeld().orElse(null));
  static final ObjectCodec<Review, Review> REVIEW =
      ObjectCodec.of(
          "review",
          (v, r) ->
              r.build(
                  () -> new Review(v.get(REVIEW_OWNER), v.get(REVIEW_EVERY), v.find(REVIEW_LAST))),
          REVIEW_OWNER,
          REVIEW_EVERY,
          REVIEW_LAST);

  private static final Prop<EmployeeExperience, TouchpointId, TouchpointId> EX_TOUCHPOINT =
      required("touchpoint", TOUCHPOINT_REF, EmployeeExperience::touchpoint);
  private static final Prop<EmployeeExperience, List<String>, List<String>> EX_ROLES =
      list("roles", STRING, EmployeeExperience::roles);
  private static final Prop<EmployeeExperience, Set<Enabler>, Set<Enabler>> EX_ENABLERS =
      unlessEmpty(
          "enablers", enumSet(Enabler.class), EmployeeExperience::enablers, ImmutableSet.of());
  private static final Prop<EmployeeExperience, List<String>, List<String>> EX_FEEDBACK =
      list("feedback", STRING, EmployeeExperience::feedback);
  private static final Prop<EmployeeExperience, MetricTarget, MetricTarget> EX_MEASURE =
      optional("measure", TARGET, e -> e.measure().orElse(null));
  static final ObjectCodec<EmployeeExperience, EmployeeExperience> EMPLOYEE_EXPERIENCE =
      ObjectCodec.of(
          "employee experience",
          (v, r) ->
              r.build(
                  () ->
                      new EmployeeExperience(
                          v.get(EX_TOUCHPOINT),
                          copy(v.get(EX_ROLES)),
                          Sets.immutableEnumSet(v.get(EX_ENABLERS)),
                          copy(v.get(EX_FEEDBACK)),
                          v.find(EX_MEASURE))),
          EX_TOUCHPOINT,
          EX_ROLES,
          EX_ENABLERS,
          EX_FEEDBACK,
          EX_MEASURE);

  private static final Prop<Management, List<Insight>, List<Insight>> MANAGEMENT_INSIGHTS =
      list("insights", INSIGHT, Management::insights);
  private static final Prop<Management, List<Opportunity>, List<Opportunity>>
      MANAGEMENT_OPPORTUNITIES = list("opportunities", OPPORTUNITY, Management::opportunities);
  private static final Prop<Management, List<Initiative>, List<Initiative>> MANAGEMENT_INITIATIVES =
      list("initiatives", INITIATIVE, Management::initiatives);
  private static final Prop<
          Management, List<Map.Entry<JourneyId, String>>, List<Map.Entry<JourneyId, String>>>
      MANAGEMENT_OWNERS =
          list("journeyOwners", JOURNEY_OWNER, m -> m.journeyOwners().entrySet().asList());
  private static final Prop<Management, List<Review>, List<Review>> MANAGEMENT_REVIEWS =
      list("reviews", REVIEW, Management::reviews);
  private static final Prop<Management, List<EmployeeExperience>, List<EmployeeExperience>>
      MANAGEMENT_EX =
          list("employeeExperience", EMPLOYEE_EXPERIENCE, Management::employeeExperience);

  /**
   * The management record (format 1.1): the improvement cycle, journey owners (an array of {@code
   * {"journey", "owner"}}, one per journey), their reviews, and employee experience.
   */
  static final ObjectCodec<Management, Management> MANAGEMENT =
      ObjectCodec.of(
          "management",
          (v, r) ->
              r.build(
                  () -> {
                    Map<JourneyId, String> owners = new LinkedHashMap<>();
                    for (Map.Entry<JourneyId, String> e : v.get(MANAGEMENT_OWNERS)) {
                      if (owners.put(e.getKey(), e.getValue()) != null) {
                        throw new IllegalArgumentException(
                            "journeyOwners: a journey has two owners");
                      }
                    }
                    return new Management(
                        copy(v.get(MANAGEMENT_INSIGHTS)),
                        copy(v.get(MANAGEMENT_OPPORTUNITIES)),
                        copy(v.get(MANAGEMENT_INITIATIVES)),
                        ImmutableSortedMap.copyOf(owners),
                        copy(v.get(MANAGEMENT_REVIEWS)),
                        copy(v.get(MANAGEMENT_EX)));
                  }),
          MANAGEMENT_INSIGHTS,
          MANAGEMENT_OPPORTUNITIES,
          MANAGEMENT_INITIATIVES,
          MANAGEMENT_OWNERS,
          MANAGEMENT_REVIEWS,
          MANAGEMENT_EX);

  // ---- the document --------------------------------------------------------------------------

  private static final Prop<CxDocument, String, String> ROOT_VERSION =
      required(TableReader.VERSION_PROPERTY, STRING, CxDocument::formatVersion);
  private static final Prop<CxDocument, String, String> ROOT_NAME =
      required("name", STRING, d -> d.model().name());
  private static final Prop<CxDocument, Strategy, Strategy> ROOT_STRATEGY =
      unlessEmpty("strategy", STRATEGY, d -> d.model().strategy(), Strategy.EMPTY);
  private static final Prop<CxDocument, List<Measure>, List<Measure>> ROOT_MEASURES =
      list("measures", MEASURE, d -> d.model().declaredMeasures());
  private static final Prop<CxDocument, List<OperationalMeasure>, List<OperationalMeasure>>
      ROOT_OPERATIONAL =
          list("operationalMeasures", OPERATIONAL_MEASURE, d -> d.model().operationalMeasures());
  private static final Prop<CxDocument, List<Persona>, List<Persona>> ROOT_PERSONAS =
      list("personas", PERSONA, d -> d.model().personas());
  private static final Prop<CxDocument, List<Journey>, List<Journey.Builder>> ROOT_JOURNEYS =
      list("journeys", JOURNEY, d -> d.model().journeys());
  private static final Prop<CxDocument, Management, Management> ROOT_MANAGEMENT =
      unlessEmpty("management", MANAGEMENT, d -> d.model().management(), Management.EMPTY);

  /** The document: its format version, always first, then the model. */
  static final ObjectCodec<CxDocument, CxModel.Builder> ROOT =
      ObjectCodec.building(
          "cxkit document",
          (v, r) -> {
            CxModel.Builder b = CxModel.builder(v.get(ROOT_NAME));
            v.find(ROOT_STRATEGY).ifPresent(b::strategy);
            v.get(ROOT_MEASURES).forEach(b::measure);
            v.get(ROOT_OPERATIONAL).forEach(b::operationalMeasure);
            v.get(ROOT_PERSONAS).forEach(b::persona);
            v.get(ROOT_JOURNEYS).forEach(b::journey);
            v.find(ROOT_MANAGEMENT).ifPresent(b::management);
            return b;
          },
          ROOT_VERSION,
          ROOT_NAME,
          ROOT_STRATEGY,
          ROOT_MEASURES,
          ROOT_OPERATIONAL,
          ROOT_PERSONAS,
          ROOT_JOURNEYS,
          ROOT_MANAGEMENT);

  /**
   * Reads one document. If {@code requireEnd}, the source must be positioned before the document
   * and hold nothing after it; otherwise the source is positioned on the document's first token (as
   * in a Jackson deserializer) and left on its last.
   */
  static CxDocument read(JsonSource src, boolean requireEnd) {
    TableReader r = TableReader.forModel(src);
    return r.run(
        () -> {
          Tok t = r.start(requireEnd);
          if (t != Tok.START_OBJECT) {
            throw new CxJsonException.Details(Kind.STRUCTURE, "not a cxkit document")
                .at("", r.src.line(), r.src.column())
                .expected("an object", TableReader.found(t))
                .build();
          }
          String version = Objects.requireNonNull(r.version(true));
          Values v = r.readObject(ROOT, 1L << ROOT.index(ROOT_VERSION), 0, 0);
          CxModel.Builder model = v == null ? null : ROOT.complete(v, r);
          r.end(requireEnd);
          r.throwProblems();
          CxModel built;
          try {
            built = Objects.requireNonNull(model).build();
          } catch (ModelValidationException e) {
            throw r.invalidModel(e);
          }
          ImmutableMap.Builder<String, ImmutableMap<String, RawJson>> ext = ImmutableMap.builder();
          r.extensions.forEach((k, m) -> ext.put(k, ImmutableMap.copyOf(m)));
          return new CxDocument(version, built, ext.buildOrThrow());
        });
  }

  /** Writes a document in the pinned property order, then flushes the sink. */
  static void write(CxDocument doc, JsonSink out) {
    ROOT.write(new TableWriter(out, doc.rawExtensions(), ResultKinds.BUILT_IN), doc);
    out.flush();
  }

  private static <T> ImmutableList<T> copy(List<T> list) {
    return ImmutableList.copyOf(list);
  }
}
