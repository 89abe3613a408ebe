package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.ArbitraryInstances;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.ActorType;
import org.cxkit.core.blueprint.Dependency;
import org.cxkit.core.blueprint.DependencyKind;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.JourneyComparison;
import org.cxkit.core.blueprint.Lane;
import org.cxkit.core.blueprint.NoteKind;
import org.cxkit.core.blueprint.Participant;
import org.cxkit.core.blueprint.ResearchNote;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.blueprint.Timing;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.ModelCheck;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.journey.TransitionKind;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Step;
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
import org.cxkit.core.strategy.Persona;
import org.cxkit.core.strategy.Profile;
import org.cxkit.core.strategy.Segment;
import org.cxkit.core.strategy.Strategy;
import org.cxkit.core.strategy.ValueProposition;
import org.cxkit.core.testing.Fixtures;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every public constructor and method of every exported package of cx-core, found by scanning the
 * compiled classes (so a new type cannot be forgotten), rejects a null argument with a {@link
 * NullPointerException} that names the parameter, as {@code requireNonNull(x, "x")} does; only
 * parameters declared {@code @Nullable} accept null. Guava's {@link NullPointerTester} checks the
 * exception; this test also checks its message.
 */
class NullArgumentTest {
  private static final CxModel MODEL = Fixtures.meetup();
  private static final Journey JOURNEY = Fixtures.firstVisit();
  private static final Touchpoint CHECK_IN = JOURNEY.touchpoint("check-in").orElseThrow();

  /**
   * A well-formed value of each type: the argument passed for parameters that are not under test,
   * and the receiver of instance methods. Builders are made afresh for each call.
   */
  private static final Map<Class<?>, Supplier<?>> SAMPLES = samples();

  private static Map<Class<?>, Supplier<?>> samples() {
    Map<Class<?>, Supplier<?>> m = new LinkedHashMap<>();
    m.put(String.class, () -> "a");
    m.put(LocalDate.class, () -> LocalDate.EPOCH);
    m.put(JourneyId.class, () -> JourneyId.of("a"));
    m.put(StageId.class, () -> StageId.of("a"));
    m.put(TouchpointId.class, () -> TouchpointId.of("check-in"));
    m.put(PersonaId.class, () -> PersonaId.of("a"));
    m.put(SegmentId.class, () -> SegmentId.of("a"));
    m.put(OfferingId.class, () -> OfferingId.of("a"));
    m.put(BusinessGoalId.class, () -> BusinessGoalId.of("a"));
    m.put(MeasureId.class, () -> MeasureId.of("nps"));
    m.put(CxModel.class, () -> MODEL);
    m.put(CxModel.Builder.class, MODEL::toBuilder);
    m.put(Journey.class, () -> JOURNEY);
    m.put(Journey.Builder.class, JOURNEY::toBuilder);
    m.put(JourneyGraph.class, JOURNEY::graph);
    m.put(JourneyGraph.Move.class, () -> JOURNEY.graph().moves().get(0));
    m.put(Stage.class, () -> JOURNEY.stages().get(0));
    m.put(Stage.Builder.class, () -> JOURNEY.stages().get(0).toBuilder());
    m.put(Touchpoint.class, () -> CHECK_IN);
    m.put(Touchpoint.Builder.class, CHECK_IN::toBuilder);
    m.put(Transition.class, () -> Transition.of("a", "b", TransitionKind.SKIP));
    m.put(Strategy.class, Fixtures::strategy);
    m.put(Strategy.Builder.class, Strategy::builder);
    m.put(Persona.class, Fixtures::maria);
    m.put(Profile.class, () -> Fixtures.maria().profile());
    m.put(Profile.Builder.class, Profile::builder);
    m.put(Segment.class, () -> MODEL.strategy().segments().get(0));
    m.put(Offering.class, () -> MODEL.strategy().offerings().get(0));
    m.put(ValueProposition.class, () -> MODEL.strategy().offerings().get(0).valueProposition());
    m.put(ValueProposition.Builder.class, ValueProposition::builder);
    m.put(BusinessGoal.class, () -> MODEL.strategy().businessGoals().get(0));
    m.put(MarketAnalysis.class, () -> MarketAnalysis.EMPTY);
    m.put(Competitor.class, () -> Competitor.of("c"));
    m.put(Insight.class, () -> Insight.of("i", InsightMethod.QUALITATIVE));
    m.put(
        ExperienceIntent.class, () -> ExperienceIntent.NONE.with(IntentPerspective.SURPRISES, "x"));
    m.put(CxMaturity.class, () -> CxMaturity.of(MaturityLevel.RANDOM, "a", LocalDate.EPOCH));
    m.put(Measure.class, () -> Measure.NPS);
    m.put(org.cxkit.core.blueprint.Evidence.class, () -> org.cxkit.core.blueprint.Evidence.of("a"));
    m.put(
        org.cxkit.core.blueprint.PersonaCurve.class,
        () -> org.cxkit.core.blueprint.PersonaCurve.of("a"));
    m.put(
        OperationalMeasure.class,
        () ->
            OperationalMeasure.of(
                "wait",
                "Wait",
                OperationalMeasure.Kind.WAITING_TIME,
                OperationalMeasure.Unit.SECONDS));
    m.put(Scale.class, () -> Scale.NPS);
    m.put(MetricTarget.class, () -> MetricTarget.npsPoints("nps", 1));
    m.put(MetricTarget.Unit.class, () -> MetricTarget.Unit.MEAN);
    m.put(Provenance.class, JOURNEY::provenance);
    m.put(Frontstage.class, () -> Frontstage.of("a", "b"));
    m.put(Backstage.class, CHECK_IN::backstage);
    m.put(Backstage.Builder.class, Backstage::builder);
    m.put(TouchpointGoals.class, CHECK_IN::goals);
    m.put(TouchpointGoals.Builder.class, TouchpointGoals::builder);
    m.put(Actor.class, () -> Actor.CUSTOMER);
    m.put(Activity.class, () -> Activity.of(Lane.ONSTAGE, "a"));
    m.put(Emotion.class, () -> Emotion.intended(1));
    m.put(EmotionScale.class, () -> EmotionScale.of(-2, 2));
    m.put(ResearchNote.class, () -> ResearchNote.of(NoteKind.PAIN, "a"));
    m.put(SupportProcess.class, () -> SupportProcess.of("a", "A"));
    m.put(ParallelGroup.class, () -> ParallelGroup.of("a", "b"));
    m.put(Timing.class, () -> Timing.standard(java.time.Duration.ofMinutes(1)));
    m.put(java.time.Duration.class, () -> java.time.Duration.ofMinutes(2));
    m.put(Participant.class, () -> Participant.of(Actor.CUSTOMER, ActorType.END_USER));
    m.put(Dependency.class, () -> Dependency.of("a", DependencyKind.ENABLES, "b"));
    m.put(JourneyComparison.class, () -> JourneyComparison.of(JOURNEY, JOURNEY));
    m.put(
        JourneyComparison.CurveChange.class,
        () -> new JourneyComparison.CurveChange(TouchpointId.of("a"), Emotion.NONE, Emotion.NONE));
    m.put(
        JourneyComparison.PersonaChange.class,
        () ->
            new JourneyComparison.PersonaChange(
                PersonaId.of("a"), JourneyComparison.Side.BOTH, ImmutableList.of()));
    m.put(JourneyComparison.Side.class, () -> JourneyComparison.Side.BOTH);
    m.put(ModelPath.class, () -> ModelPath.root().field("a"));
    m.put(
        ModelPath.Segment.class, () -> new ModelPath.Segment("a", -1, java.util.Optional.empty()));
    m.put(Problem.class, () -> new Problem(ModelPath.root(), "a"));
    m.put(
        ModelValidationException.class,
        () -> new ModelValidationException("a", List.of(new Problem(ModelPath.root(), "a"))));
    m.put(CheckReport.class, MODEL::check);
    m.put(Finding.class, () -> MODEL.check().findings().get(0));
    m.put(ModelCheck.class, ModelCheck::defaults);
    m.put(JourneyEvent.class, () -> JourneyEvent.of("c", "check-in", java.time.Instant.EPOCH));
    m.put(JourneyEvent.Builder.class, JourneyEvent::builder);
    m.put(Step.class, () -> Step.adHoc("a"));
    m.put(Grain.class, () -> Grain.CUSTOMER);
    m.put(
        ActualJourney.class,
        () ->
            ActualJourney.of(
                Grain.CUSTOMER,
                "c",
                List.of(JourneyEvent.of("c", "check-in", java.time.Instant.EPOCH))));
    m.put(EventLog.class, () -> EventLog.of(Grain.CUSTOMER, List.of()));
    m.put(
        org.cxkit.core.observed.JourneyObservations.class,
        () ->
            new org.cxkit.core.observed.JourneyObservations(
                JourneyId.of("first-visit"),
                0,
                com.google.common.collect.ImmutableTable.of(),
                com.google.common.collect.ImmutableMap.of(),
                com.google.common.collect.ImmutableMap.of()));
    m.put(EventLog.Builder.class, () -> EventLog.builder(Grain.CUSTOMER));
    m.put(EventLog.Grouper.class, () -> EventLog.grouper(Grain.CUSTOMER, j -> {}));
    m.put(java.time.Period.class, () -> java.time.Period.ofDays(7));
    m.put(
        org.cxkit.core.management.Review.class,
        () -> org.cxkit.core.management.Review.every("a", java.time.Period.ofDays(7)));
    m.put(
        org.cxkit.core.management.EmployeeExperience.class,
        () -> org.cxkit.core.management.EmployeeExperience.of(TouchpointId.of("check-in"), "a"));
    m.put(
        org.cxkit.core.management.Initiative.class,
        () ->
            org.cxkit.core.management.Initiative.of(
                "a", org.cxkit.core.management.InitiativeStatus.PLANNED));
    m.put(
        org.cxkit.core.management.Opportunity.class,
        () ->
            org.cxkit.core.management.Opportunity.of(
                "a",
                "a",
                org.cxkit.core.management.Magnitude.LOW,
                org.cxkit.core.management.Magnitude.LOW));
    m.put(
        org.cxkit.core.management.Management.Builder.class,
        org.cxkit.core.management.Management::builder);
    m.put(
        org.cxkit.core.observed.FeedbackCase.Builder.class,
        org.cxkit.core.observed.FeedbackCase::builder);
    return m;
  }

  private static @Nullable Object sample(Class<?> type) {
    Supplier<?> s = SAMPLES.get(type);
    if (s != null) {
      return s.get();
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    return ArbitraryInstances.get(type);
  }

  /** The public classes, nested ones included, of the packages cx-core exports. */
  static Stream<Class<?>> publicTypes() throws IOException, URISyntaxException {
    Set<String> packages = exportedPackages();
    Path classes =
        Path.of(CxModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String name =
            classes.relativize(f).toString().replace(f.getFileSystem().getSeparator(), ".");
        name = name.substring(0, name.length() - ".class".length());
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !packages.contains(name.substring(0, dot))) {
          continue;
        }
        Class<?> c;
        try {
          c = Class.forName(name, false, CxModel.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
        if (isPublicApi(c)) {
          found.add(c);
        }
      }
    }
    found.sort(Comparator.comparing(Class::getName));
    assertThat(found).as("public types found in " + classes).hasSizeGreaterThan(50);
    return found.stream();
  }

  private static Set<String> exportedPackages() {
    Module module = CxModel.class.getModule();
    if (module.isNamed()) {
      return module.getDescriptor().exports().stream()
          .filter(e -> !e.isQualified())
          .map(ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    }
    return Set.of(
        "org.cxkit.core",
        "org.cxkit.core.journey",
        "org.cxkit.core.graph",
        "org.cxkit.core.strategy",
        "org.cxkit.core.check",
        "org.cxkit.core.observed");
  }

  private static boolean isPublicApi(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers()) || k.isAnonymousClass() || k.isSynthetic()) {
        return false;
      }
    }
    return true;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void guavaNullPointerTesterPasses(Class<?> type) {
    NullPointerTester t = new NullPointerTester();
    SAMPLES.forEach((k, v) -> setDefault(t, k, v.get()));
    t.testAllPublicStaticMethods(type);
    t.testAllPublicConstructors(type);
    if (SAMPLES.containsKey(type)) {
      t.testAllPublicInstanceMethods(SAMPLES.get(type).get());
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester t, Class<T> type, Object value) {
    t.setDefault(type, (T) value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("publicTypes")
  void everyNullPointerExceptionNamesTheParameter(Class<?> type) {
    List<String> wrong = new ArrayList<>();
    for (Constructor<?> c : type.getConstructors()) {
      wrong.addAll(check(c, null));
    }
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() != type || m.isSynthetic() || m.isBridge() || ignored(m)) {
        continue;
      }
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      if (!isStatic && !hasCheckedParameter(m)) {
        continue;
      }
      if (!isStatic && !SAMPLES.containsKey(type)) {
        wrong.add(type.getName() + " has no sample for instance method " + m.getName());
        continue;
      }
      wrong.addAll(check(m, isStatic ? null : SAMPLES.get(type)));
    }
    assertThat(wrong).as(type.getName()).isEmpty();
  }

  private static boolean ignored(Method m) {
    return (m.getName().equals("equals") && m.getParameterCount() == 1)
        || (m.getDeclaringClass().isEnum()
            && (m.getName().equals("valueOf") || m.getName().equals("values")));
  }

  private static boolean hasCheckedParameter(Executable e) {
    for (int i = 0; i < e.getParameterCount(); i++) {
      if (checked(e, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean checked(Executable e, int i) {
    AnnotatedType t = e.getAnnotatedParameterTypes()[i];
    return !e.getParameterTypes()[i].isPrimitive() && !t.isAnnotationPresent(Nullable.class);
  }

  /** Calls {@code e} once per checked parameter with null there; returns what went wrong. */
  private static List<String> check(Executable e, @Nullable Supplier<?> receiver) {
    List<String> wrong = new ArrayList<>();
    Parameter[] params = e.getParameters();
    for (int i = 0; i < params.length; i++) {
      if (!checked(e, i)) {
        continue;
      }
      @Nullable Object[] args = new Object[params.length];
      for (int k = 0; k < params.length; k++) {
        args[k] = k == i ? null : sample(params[k].getType());
      }
      String what =
          e.getDeclaringClass().getSimpleName()
              + "."
              + e.getName()
              + " null "
              + params[i].getName();
      try {
        if (e instanceof Constructor<?> c) {
          c.newInstance(args);
        } else {
          ((Method) e).invoke(receiver == null ? null : receiver.get(), args);
        }
        wrong.add(what + ": accepted");
      } catch (InvocationTargetException x) {
        Throwable cause = x.getCause();
        if (!(cause instanceof NullPointerException npe)) {
          wrong.add(what + ": threw " + cause);
        } else if (!namesParameter(npe.getMessage(), params[i].getName())) {
          wrong.add(what + ": NPE message " + npe.getMessage());
        }
      } catch (ReflectiveOperationException x) {
        wrong.add(what + ": " + x);
      }
    }
    return wrong;
  }

  /**
   * The message names the parameter ({@code "journey"}, {@code "rules element"}). A typed id's
   * {@code value} is named by the kind of id it is ({@code "journey id"}), as its other errors are.
   */
  private static boolean namesParameter(@Nullable String message, String parameter) {
    if (message == null) {
      return false;
    }
    return message.contains(parameter) || (parameter.equals("value") && message.endsWith(" id"));
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void theNullStoryAUserHitNamesItsParameter() {
    Persona maria = Fixtures.maria();
    try {
      maria.withStory(null);
      fail("accepted a null story");
    } catch (NullPointerException e) {
      assertThat(e).hasMessage("newStory");
    }
  }
}
