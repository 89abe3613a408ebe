package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.core.BusinessGoalId;
import org.cxkit.core.CxModel;
import org.cxkit.core.Direction;
import org.cxkit.core.Measure;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.OfferingId;
import org.cxkit.core.PersonaId;
import org.cxkit.core.Problem;
import org.cxkit.core.Scale;
import org.cxkit.core.SegmentId;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Backstage;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.journey.ExperienceRealm;
import org.cxkit.core.journey.Frontstage;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.JourneyStatus;
import org.cxkit.core.journey.Ownership;
import org.cxkit.core.journey.ParticipantRole;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Provenance;
import org.cxkit.core.journey.ResearchMethod;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.TouchpointGoals;
import org.cxkit.core.journey.TouchpointKind;
import org.cxkit.core.journey.TransitionKind;
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
import org.cxkit.json.CxJsonException.JsonProblem;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.jspecify.annotations.Nullable;

/**
 * Reads a cxkit format 1.x document from a {@link JsonSource} into the cx-core builders.
 *
 * <p>Strict: every property is typed (no coercion between strings, numbers, booleans and null),
 * unknown properties are errors in documents of this reader's version or older and are kept as
 * extensions in documents of a newer minor version, duplicate properties are errors. Problems of
 * shape are collected (up to {@link #MAX_PROBLEMS}) and thrown together; if the shape is right, the
 * model is built and its validation problems are mapped to JSON Pointers.
 *
 * <p>One instance reads one document; not thread-safe.
 */
final class ModelReader {
  static final int MAJOR = 1;
  static final int MINOR = 0;
  static final String VERSION = MAJOR + "." + MINOR;
  static final String VERSION_PROPERTY = "cxkit";
  static final int MAX_PROBLEMS = 100;
  private static final Pattern VERSION_PATTERN =
      Pattern.compile("(0|[1-9][0-9]{0,3})\\.(0|[1-9][0-9]{0,3})");

  /** Thrown after a problem was recorded and the offending value skipped. */
  private static final class Skipped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Skipped() {
      super(null, null, false, false);
    }
  }

  @SuppressWarnings("StaticAssignmentOfThrowable") // stackless control flow, never seen by callers
  private static final Skipped SKIPPED = new Skipped();

  /** The properties of one object type: names by index, which are required. */
  static final class Fields {
    final String what;
    final String[] names;
    final long required;
    private final Map<String, Integer> index = new HashMap<>();
    private final String[] lastSeen;

    Fields(String what, String[] names, String... required) {
      this.what = what;
      this.names = names;
      this.lastSeen = names.clone();
      long r = 0;
      for (int i = 0; i < names.length; i++) {
        index.put(names[i], i);
      }
      for (String n : required) {
        Integer i = index.get(n);
        if (i == null) {
          throw new IllegalStateException(n);
        }
        r |= 1L << i;
      }
      this.required = r;
    }

    int index(String name) {
      // Jackson's symbol table hands out one String instance per property name (canonical, not
      // interned), so an identity scan of the instances last seen finds a name without hashing.
      // The cache is shared between threads without locking: a reference write is atomic and a
      // String is immutable, so a thread sees an old or a new instance, and a miss only costs the
      // map lookup.
      String[] seen = lastSeen;
      for (int k = 0; k < seen.length; k++) {
        if (seen[k] == name) {
          return k;
        }
      }
      Integer i = index.get(name);
      if (i == null) {
        return -1;
      }
      seen[i] = name;
      return i;
    }
  }

  @FunctionalInterface
  private interface FieldReader {
    @Nullable Object read(int field);
  }

  // Field tables: the property names ARE the cx-core component names, so model paths map to
  // pointers.
  static final Fields ROOT =
      new Fields(
          "cxkit document",
          new String[] {"cxkit", "name", "strategy", "measures", "personas", "journeys"},
          "name");
  static final Fields STRATEGY =
      new Fields(
          "strategy",
          new String[] {"businessGoals", "offerings", "segments", "market", "intent", "maturity"});
  static final Fields GOAL =
      new Fields(
          "business goal",
          new String[] {"id", "statement", "target", "horizon"},
          "id",
          "statement");
  static final Fields OFFERING =
      new Fields(
          "offering",
          new String[] {"id", "name", "type", "valueProposition"},
          "id",
          "name",
          "type");
  static final Fields VALUE_PROPOSITION =
      new Fields("value proposition", new String[] {"jobs", "pains", "gains", "promise"});
  static final Fields SEGMENT =
      new Fields("segment", new String[] {"id", "name", "description"}, "id", "name");
  static final Fields MARKET =
      new Fields("market analysis", new String[] {"competitors", "insights"});
  static final Fields COMPETITOR =
      new Fields("competitor", new String[] {"name", "strengths", "weaknesses"}, "name");
  static final Fields INSIGHT =
      new Fields("insight", new String[] {"statement", "method", "source"}, "statement", "method");
  static final Fields INTENT = new Fields("experience intent", new String[] {"statements"});
  static final Fields MATURITY =
      new Fields(
          "maturity",
          new String[] {"level", "evidence", "assessedOn"},
          "level",
          "evidence",
          "assessedOn");
  static final Fields MEASURE =
      new Fields("measure", new String[] {"id", "name", "scale"}, "id", "name", "scale");
  static final Fields SCALE =
      new Fields(
          "scale",
          new String[] {"min", "max", "better", "topBox", "goodBox", "bottomBox"},
          "min",
          "max",
          "better",
          "topBox",
          "goodBox",
          "bottomBox");
  static final Fields PERSONA =
      new Fields(
          "persona", new String[] {"id", "name", "segment", "profile", "story"}, "id", "name");
  static final Fields PROFILE =
      new Fields("profile", new String[] {"goals", "needs", "frustrations", "preferredChannels"});
  static final Fields JOURNEY =
      new Fields(
          "journey",
          new String[] {
            "id", "name", "persona", "offering", "status", "provenance", "stages", "transitions"
          },
          "id",
          "persona");
  static final Fields PROVENANCE =
      new Fields("provenance", new String[] {"methods", "participants", "validatedOn"});
  static final Fields STAGE =
      new Fields("stage", new String[] {"id", "name", "phase", "touchpoints"}, "id", "phase");
  static final Fields TOUCHPOINT =
      new Fields(
          "touchpoint",
          new String[] {
            "id",
            "name",
            "kind",
            "initiator",
            "receiver",
            "channel",
            "ownership",
            "controllable",
            "owner",
            "frontstage",
            "backstage",
            "goals",
            "momentOfTruth",
            "failPoints",
            "realms",
            "measures",
            "mainPath"
          },
          "id");
  static final Fields FRONTSTAGE =
      new Fields("frontstage", new String[] {"description", "evidence"});
  static final Fields BACKSTAGE =
      new Fields("backstage", new String[] {"actions", "processes", "systems", "roles"});
  static final Fields GOALS =
      new Fields(
          "touchpoint goals",
          new String[] {"does", "thinks", "feels", "place", "processes", "communication"});
  static final Fields TARGET =
      new Fields("metric target", new String[] {"measure", "threshold"}, "measure", "threshold");
  static final Fields TRANSITION =
      new Fields("transition", new String[] {"from", "to", "kind", "note"}, "from", "to", "kind");

  private final JsonSource src;
  private final boolean requireEnd;
  private final JsonPointer path = new JsonPointer();
  private final List<JsonProblem> problems = new ArrayList<>();
  private boolean shapeProblem;
  private int firstLine;
  private int firstColumn;
  private @Nullable String firstExpected;
  private @Nullable String firstFound;
  private boolean keepUnknown;
  private final Map<String, Map<String, RawJson>> extensions = new LinkedHashMap<>();

  /** Measure ids repeat across touchpoints: validate each distinct one once per document. */
  private final Map<Object, MeasureId> measureIds = new HashMap<>();

  private ModelReader(JsonSource src, boolean requireEnd) {
    this.src = src;
    this.requireEnd = requireEnd;
  }

  /**
   * Reads one document. If {@code requireEnd}, the source must be positioned before the document
   * and hold nothing after it; otherwise the source is positioned on the document's first token (as
   * in a Jackson deserializer) and left on its last.
   */
  static CxDocument read(JsonSource src, boolean requireEnd) {
    return new ModelReader(src, requireEnd).document();
  }

  private CxDocument document() {
    try {
      Tok t = requireEnd ? src.next() : src.current();
      if (t == Tok.EOF) {
        throw new CxJsonException.Details(Kind.SYNTAX, "empty document").at("", 0, 0).build();
      }
      if (t != Tok.START_OBJECT) {
        throw new CxJsonException.Details(Kind.STRUCTURE, "not a cxkit document")
            .at("", src.line(), src.column())
            .expected("an object", found(t))
            .build();
      }
      String version = version();
      CxModel.Builder model = root();
      if (requireEnd && src.next() != Tok.EOF) {
        throw new CxJsonException.Details(Kind.SYNTAX, "trailing content after the document")
            .at("", src.line(), src.column())
            .build();
      }
      if (!problems.isEmpty()) {
        throw failure();
      }
      CxModel built;
      try {
        built = model.build();
      } catch (ModelValidationException e) {
        for (Problem p : e.problems()) {
          problems.add(new JsonProblem(p.path().toJsonPointer(), p.redactedMessage()));
        }
        throw failure();
      }
      ImmutableMap.Builder<String, ImmutableMap<String, RawJson>> ext = ImmutableMap.builder();
      extensions.forEach((k, v) -> ext.put(k, ImmutableMap.copyOf(v)));
      return new CxDocument(version, built, ext.buildOrThrow());
    } catch (SourceFailure f) {
      CxJsonException.Details d = f.details;
      if (d.pointer == null) {
        d.pointer = pointer();
      }
      Throwable cause = f.getCause();
      throw cause == null ? d.build() : d.build(cause);
    }
  }

  private CxJsonException failure() {
    ImmutableList<JsonProblem> all = ImmutableList.copyOf(problems);
    Kind kind = shapeProblem ? Kind.STRUCTURE : Kind.MODEL;
    String what =
        kind == Kind.MODEL
            ? "invalid model"
            : "document does not match the cxkit format " + VERSION;
    if (all.size() == 1) {
      JsonProblem p = all.get(0);
      CxJsonException.Details d =
          new CxJsonException.Details(
              kind, firstExpected == null ? p.message() : stripExpectation(p.message()));
      d.at(p.pointer(), shapeProblem ? firstLine : 0, shapeProblem ? firstColumn : 0);
      if (firstExpected != null) {
        d.expected(firstExpected, firstFound);
      }
      return d.build();
    }
    String msg =
        what + ": " + all.size() + (all.size() >= MAX_PROBLEMS ? " or more" : "") + " problems";
    return new CxJsonException.Details(kind, msg).problems(all).build();
  }

  private static String stripExpectation(String message) {
    int i = message.indexOf(": expected ");
    return i < 0 ? message : message.substring(0, i);
  }

  // ---- version -----------------------------------------------------------------------------

  private String version() {
    Tok t = src.next();
    if (t != Tok.NAME || !VERSION_PROPERTY.equals(src.text())) {
      throw new CxJsonException.Details(
              Kind.VERSION,
              "a cxkit document starts with its format version, \"cxkit\": \"" + VERSION + "\"")
          .at("", src.line(), src.column())
          .build();
    }
    Tok v = src.next();
    push("cxkit");
    if (v != Tok.STRING) {
      throw new CxJsonException.Details(Kind.VERSION, "malformed format version")
          .at(pointer(), src.line(), src.column())
          .expected("a string such as \"" + VERSION + "\"", found(v))
          .build();
    }
    String text = src.text();
    Matcher m = VERSION_PATTERN.matcher(text);
    if (!m.matches()) {
      throw new CxJsonException.Details(Kind.VERSION, "malformed format version")
          .at(pointer(), src.line(), src.column())
          .expected(
              "a string of the form major.minor such as \"" + VERSION + "\"",
              "a string of another form")
          .build();
    }
    int major = Integer.parseInt(m.group(1));
    int minor = Integer.parseInt(m.group(2));
    if (major != MAJOR) {
      throw new CxJsonException.Details(
              Kind.VERSION,
              "format version "
                  + text
                  + " is not supported: this reader reads format "
                  + VERSION
                  + " (and newer "
                  + MAJOR
                  + ".x documents)")
          .at(pointer(), src.line(), src.column())
          .expected("format " + MAJOR + ".x", "format " + text)
          .build();
    }
    pop();
    keepUnknown = minor > MINOR;
    return text;
  }

  // ---- root ----------------------------------------------------------------------------------

  private CxModel.Builder root() {
    @Nullable Object[] v =
        objectBody(
            ROOT,
            1L, // "cxkit" already read
            i -> {
              return switch (i) {
                case 1 -> str();
                case 2 -> strategy();
                case 3 -> list(this::measure);
                case 4 -> list(this::persona);
                case 5 -> list(this::journey);
                default -> throw new IllegalStateException();
              };
            });
    if (v == null) {
      return CxModel.builder("unnamed");
    }
    CxModel.Builder b = CxModel.builder(ModelReader.<String>req(v[1]));
    if (v[2] != null) {
      b.strategy((Strategy) v[2]);
    }
    for (Object m : listOf(v[3])) {
      b.measure((Measure) m);
    }
    for (Object p : listOf(v[4])) {
      b.persona((Persona) p);
    }
    for (Object j : listOf(v[5])) {
      b.journey((Journey.Builder) j);
    }
    return b;
  }

  /**
   * The value of a required property: {@link #objectBody} returns the values only if every required
   * property was present and read without a problem, so this is never null there.
   */
  @SuppressWarnings({"unchecked", "NullAway", "TypeParameterUnusedInFormals"})
  private static <T> T req(@Nullable Object o) {
    return (T) o;
  }

  private static List<?> listOf(@Nullable Object o) {
    return o == null ? ImmutableList.of() : (List<?>) o;
  }

  @SuppressWarnings("unchecked")
  private static ImmutableList<String> strings(@Nullable Object o) {
    return o == null ? ImmutableList.of() : (ImmutableList<String>) o;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> typed(@Nullable Object o) {
    return o == null ? ImmutableList.of() : (List<T>) o;
  }

  private static Optional<String> opt(@Nullable Object o) {
    return Optional.ofNullable((String) o);
  }

  // ---- strategy ------------------------------------------------------------------------------

  private @Nullable Strategy strategy() {
    @Nullable Object[] v =
        object(
            STRATEGY,
            i -> {
              return switch (i) {
                case 0 -> list(this::businessGoal);
                case 1 -> list(this::offering);
                case 2 -> list(this::segment);
                case 3 -> market();
                case 4 -> intent();
                default -> maturity();
              };
            });
    if (v == null) {
      return null;
    }
    return build(
        () ->
            new Strategy(
                ImmutableList.copyOf(ModelReader.<BusinessGoal>typed(v[0])),
                ImmutableList.copyOf(ModelReader.<Offering>typed(v[1])),
                ImmutableList.copyOf(ModelReader.<Segment>typed(v[2])),
                v[3] == null ? MarketAnalysis.EMPTY : (MarketAnalysis) v[3],
                v[4] == null ? ExperienceIntent.NONE : (ExperienceIntent) v[4],
                Optional.ofNullable((CxMaturity) v[5])));
  }

  private @Nullable BusinessGoal businessGoal() {
    @Nullable Object[] v = object(GOAL, i -> str());
    if (v == null) {
      return null;
    }
    BusinessGoalId id = id(v[0], BusinessGoalId::of);
    return id == null
        ? null
        : build(() -> new BusinessGoal(id, ModelReader.<String>req(v[1]), opt(v[2]), opt(v[3])));
  }

  private @Nullable Offering offering() {
    @Nullable Object[] v =
        object(
            OFFERING,
            i -> i == 2 ? enumValue(OfferingType.class) : i == 3 ? valueProposition() : str());
    if (v == null) {
      return null;
    }
    OfferingId id = id(v[0], OfferingId::of);
    return id == null
        ? null
        : build(
            () ->
                new Offering(
                    id,
                    ModelReader.<String>req(v[1]),
                    ModelReader.<OfferingType>req(v[2]),
                    v[3] == null ? ValueProposition.EMPTY : (ValueProposition) v[3]));
  }

  private @Nullable ValueProposition valueProposition() {
    @Nullable Object[] v = object(VALUE_PROPOSITION, i -> i == 3 ? str() : strs());
    if (v == null) {
      return null;
    }
    return build(
        () -> new ValueProposition(strings(v[0]), strings(v[1]), strings(v[2]), opt(v[3])));
  }

  private @Nullable Segment segment() {
    @Nullable Object[] v = object(SEGMENT, i -> str());
    if (v == null) {
      return null;
    }
    SegmentId id = id(v[0], SegmentId::of);
    return id == null
        ? null
        : build(() -> new Segment(id, ModelReader.<String>req(v[1]), opt(v[2])));
  }

  private @Nullable MarketAnalysis market() {
    @Nullable Object[] v =
        object(MARKET, i -> i == 0 ? list(this::competitor) : list(this::insight));
    if (v == null) {
      return null;
    }
    return build(
        () ->
            new MarketAnalysis(
                ImmutableList.copyOf(ModelReader.<Competitor>typed(v[0])),
                ImmutableList.copyOf(ModelReader.<Insight>typed(v[1]))));
  }

  private @Nullable Competitor competitor() {
    @Nullable Object[] v = object(COMPETITOR, i -> i == 0 ? str() : strs());
    if (v == null) {
      return null;
    }
    return build(() -> new Competitor(ModelReader.<String>req(v[0]), strings(v[1]), strings(v[2])));
  }

  private @Nullable Insight insight() {
    @Nullable Object[] v = object(INSIGHT, i -> i == 1 ? enumValue(InsightMethod.class) : str());
    if (v == null) {
      return null;
    }
    return build(
        () ->
            new Insight(
                ModelReader.<String>req(v[0]), ModelReader.<InsightMethod>req(v[1]), opt(v[2])));
  }

  private @Nullable ExperienceIntent intent() {
    @Nullable Object[] v = object(INTENT, i -> enumMap(IntentPerspective.class, this::str));
    if (v == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<IntentPerspective, String> m =
        v[0] == null ? Map.of() : (Map<IntentPerspective, String>) v[0];
    return build(() -> new ExperienceIntent(ImmutableSortedMap.copyOf(m)));
  }

  private @Nullable CxMaturity maturity() {
    @Nullable Object[] v =
        object(MATURITY, i -> i == 0 ? enumValue(MaturityLevel.class) : i == 2 ? date() : str());
    if (v == null) {
      return null;
    }
    return build(
        () ->
            new CxMaturity(
                ModelReader.<MaturityLevel>req(v[0]),
                ModelReader.<String>req(v[1]),
                ModelReader.<LocalDate>req(v[2])));
  }

  // ---- measures and personas -----------------------------------------------------------------

  private @Nullable Measure measure() {
    @Nullable Object[] v = object(MEASURE, i -> i == 2 ? scale() : str());
    if (v == null) {
      return null;
    }
    MeasureId id = id(v[0], MeasureId::of);
    return id == null
        ? null
        : build(() -> new Measure(id, ModelReader.<String>req(v[1]), ModelReader.<Scale>req(v[2])));
  }

  private @Nullable Scale scale() {
    @Nullable Object[] v = object(SCALE, i -> i == 2 ? enumValue(Direction.class) : integer());
    if (v == null) {
      return null;
    }
    return build(
        () ->
            new Scale(
                ModelReader.<Integer>req(v[0]),
                ModelReader.<Integer>req(v[1]),
                ModelReader.<Direction>req(v[2]),
                ModelReader.<Integer>req(v[3]),
                ModelReader.<Integer>req(v[4]),
                ModelReader.<Integer>req(v[5])));
  }

  private @Nullable Persona persona() {
    @Nullable Object[] v = object(PERSONA, i -> i == 3 ? profile() : str());
    if (v == null) {
      return null;
    }
    PersonaId id = id(v[0], PersonaId::of);
    if (id == null) {
      return null;
    }
    Optional<SegmentId> segment = Optional.empty();
    if (v[2] != null) {
      push("segment");
      SegmentId s = id(v[2], SegmentId::of);
      pop();
      if (s == null) {
        return null;
      }
      segment = Optional.of(s);
    }
    Optional<SegmentId> seg = segment;
    return build(
        () ->
            new Persona(
                id,
                ModelReader.<String>req(v[1]),
                seg,
                v[3] == null ? Profile.EMPTY : (Profile) v[3],
                opt(v[4])));
  }

  private @Nullable Profile profile() {
    @Nullable Object[] v = object(PROFILE, i -> i == 3 ? enumSet(Channel.class) : strs());
    if (v == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    ImmutableSet<Channel> channels =
        v[3] == null ? ImmutableSet.of() : (ImmutableSet<Channel>) v[3];
    return build(() -> new Profile(strings(v[0]), strings(v[1]), strings(v[2]), channels));
  }

  // ---- journeys ------------------------------------------------------------------------------

  private Journey.@Nullable Builder journey() {
    @Nullable Object[] v =
        object(
            JOURNEY,
            i -> {
              return switch (i) {
                case 4 -> enumValue(JourneyStatus.class);
                case 5 -> provenance();
                case 6 -> list(this::stage);
                case 7 -> list(this::transition);
                default -> str();
              };
            });
    if (v == null) {
      return null;
    }
    Journey.Builder b =
        Journey.builder(ModelReader.<String>req(v[0])).persona(ModelReader.<String>req(v[2]));
    if (v[1] != null) {
      b.name((String) v[1]);
    }
    if (v[3] != null) {
      b.offering((String) v[3]);
    }
    if (v[4] != null) {
      b.status((JourneyStatus) v[4]);
    }
    if (v[5] != null) {
      b.provenance((Provenance) v[5]);
    }
    for (Object s : listOf(v[6])) {
      b.stage((Stage.Builder) s);
    }
    for (Object t : listOf(v[7])) {
      Object[] tr = (Object[]) t;
      b.transition((String) tr[0], (String) tr[1], (TransitionKind) tr[2], (String) tr[3]);
    }
    return b;
  }

  private @Nullable Provenance provenance() {
    @Nullable Object[] v =
        object(
            PROVENANCE,
            i ->
                i == 0
                    ? enumSet(ResearchMethod.class)
                    : i == 1 ? enumMap(ParticipantRole.class, this::integer) : date());
    if (v == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    ImmutableSet<ResearchMethod> methods =
        v[0] == null ? ImmutableSet.of() : (ImmutableSet<ResearchMethod>) v[0];
    @SuppressWarnings("unchecked")
    Map<ParticipantRole, Integer> participants =
        v[1] == null ? Map.of() : (Map<ParticipantRole, Integer>) v[1];
    return build(
        () ->
            new Provenance(
                methods,
                ImmutableSortedMap.copyOf(participants),
                Optional.ofNullable((LocalDate) v[2])));
  }

  private Stage.@Nullable Builder stage() {
    @Nullable Object[] v =
        object(
            STAGE, i -> i == 2 ? enumValue(Phase.class) : i == 3 ? list(this::touchpoint) : str());
    if (v == null) {
      return null;
    }
    Stage.Builder b = Stage.builder(ModelReader.<String>req(v[0]), ModelReader.<Phase>req(v[2]));
    if (v[1] != null) {
      b.name((String) v[1]);
    }
    for (Object t : listOf(v[3])) {
      b.touchpoint((Touchpoint.Builder) t);
    }
    return b;
  }

  private Touchpoint.@Nullable Builder touchpoint() {
    @Nullable Object[] v =
        object(
            TOUCHPOINT,
            i -> {
              return switch (i) {
                case 2 -> enumValue(TouchpointKind.class);
                case 3, 4 -> actor();
                case 5 -> enumValue(Channel.class);
                case 6 -> enumValue(Ownership.class);
                case 7, 12, 16 -> bool();
                case 9 -> frontstage();
                case 10 -> backstage();
                case 11 -> goals();
                case 13 -> strs();
                case 14 -> enumSet(ExperienceRealm.class);
                case 15 -> list(this::target);
                default -> str();
              };
            });
    if (v == null) {
      return null;
    }
    Touchpoint.Builder b = Touchpoint.builder(ModelReader.<String>req(v[0]));
    if (v[1] != null) {
      b.name((String) v[1]);
    }
    if (v[2] != null) {
      b.kind((TouchpointKind) v[2]);
    }
    b.initiator((Actor) v[3]);
    b.receiver((Actor) v[4]);
    if (v[5] != null) {
      b.channel((Channel) v[5]);
    }
    if (v[6] != null) {
      b.ownership((Ownership) v[6]);
    }
    if (v[7] != null) {
      b.controllable((Boolean) v[7]);
    }
    b.owner((String) v[8]);
    if (v[9] != null) {
      b.frontstage((Frontstage) v[9]);
    }
    if (v[10] != null) {
      b.backstage((Backstage) v[10]);
    }
    if (v[11] != null) {
      b.goals((TouchpointGoals) v[11]);
    }
    if (v[12] != null) {
      b.momentOfTruth((Boolean) v[12]);
    }
    for (String f : strings(v[13])) {
      b.failPoint(f);
    }
    if (v[14] != null) {
      @SuppressWarnings("unchecked")
      ImmutableSet<ExperienceRealm> realms = (ImmutableSet<ExperienceRealm>) v[14];
      b.realms(realms.toArray(new ExperienceRealm[0]));
    }
    for (Object t : listOf(v[15])) {
      b.measure((MetricTarget) t);
    }
    if (v[16] != null) {
      b.mainPath((Boolean) v[16]);
    }
    return b;
  }

  private @Nullable Actor actor() {
    String name = str();
    return build(() -> Actor.of(name));
  }

  private @Nullable Frontstage frontstage() {
    @Nullable Object[] v = object(FRONTSTAGE, i -> i == 0 ? str() : strs());
    if (v == null) {
      return null;
    }
    return build(() -> new Frontstage(opt(v[0]), strings(v[1])));
  }

  private @Nullable Backstage backstage() {
    @Nullable Object[] v = object(BACKSTAGE, i -> strs());
    if (v == null) {
      return null;
    }
    return build(() -> new Backstage(strings(v[0]), strings(v[1]), strings(v[2]), strings(v[3])));
  }

  private @Nullable TouchpointGoals goals() {
    @Nullable Object[] v = object(GOALS, i -> strs());
    if (v == null) {
      return null;
    }
    return build(
        () ->
            new TouchpointGoals(
                strings(v[0]),
                strings(v[1]),
                strings(v[2]),
                strings(v[3]),
                strings(v[4]),
                strings(v[5])));
  }

  private @Nullable MetricTarget target() {
    @Nullable Object[] v = object(TARGET, i -> i == 0 ? str() : number());
    if (v == null) {
      return null;
    }
    push("measure");
    MeasureId m = measureIds.get(v[0]);
    if (m == null) {
      m = id(v[0], MeasureId::of);
      if (m != null) {
        measureIds.put((String) v[0], m);
      }
    }
    pop();
    MeasureId measure = m;
    return measure == null
        ? null
        : build(() -> new MetricTarget(measure, ModelReader.<Double>req(v[1])));
  }

  private @Nullable Object @Nullable [] transition() {
    @Nullable Object[] v =
        object(TRANSITION, i -> i == 2 ? enumValue(TransitionKind.class) : str());
    return v;
  }

  // ---- generic machinery ---------------------------------------------------------------------

  /** Reads an object at the current token; null if any problem was found inside it. */
  private @Nullable Object @Nullable [] object(Fields f, FieldReader r) {
    Tok t = src.current();
    if (t != Tok.START_OBJECT) {
      shape("wrong type", "an object (" + f.what + ")", t);
      skipValue();
      throw SKIPPED;
    }
    return objectBody(f, 0L, r);
  }

  private @Nullable Object @Nullable [] objectBody(Fields f, long preSeen, FieldReader r) {
    int before = problems.size();
    @Nullable Object[] values = new Object[f.names.length];
    long seen = preSeen;
    while (src.next() == Tok.NAME) {
      String name = src.text();
      src.next();
      int i = f.index(name);
      if (i < 0) {
        unknown(name);
        continue;
      }
      long bit = 1L << i;
      push(name);
      try {
        if ((seen & bit) != 0) {
          shape("duplicate property", null, null);
          skipValue();
          continue;
        }
        seen |= bit;
        values[i] = r.read(i);
      } catch (Skipped s) {
        // recorded; the value was skipped
      } finally {
        pop();
      }
    }
    long missing = f.required & ~seen;
    if (missing != 0) {
      for (int i = 0; i < f.names.length; i++) {
        if ((missing & (1L << i)) != 0) {
          shape("missing required property \"" + f.names[i] + "\" of a " + f.what, null, null);
        }
      }
    }
    return problems.size() == before ? values : null;
  }

  private void unknown(String name) {
    push(name);
    try {
      if (keepUnknown) {
        String at = pointerOfParent();
        Map<String, RawJson> m = extensions.computeIfAbsent(at, k -> new LinkedHashMap<>());
        if (m.containsKey(name)) {
          shape("duplicate property", null, null);
          skipValue();
          return;
        }
        m.put(
            name,
            RawJson.capture(
                src,
                () -> {
                  throw new SourceFailure(
                      new CxJsonException.Details(Kind.STRUCTURE, "duplicate property")
                          .at(pointer(), src.line(), src.column()));
                }));
      } else {
        shape(
            "unknown property in a format "
                + VERSION
                + " document (newer properties are kept only in documents"
                + " that declare a newer 1.x version)",
            null,
            null);
        skipValue();
      }
    } finally {
      pop();
    }
  }

  private <T> ImmutableList<T> list(Supplier<@Nullable T> element) {
    Tok t = src.current();
    if (t != Tok.START_ARRAY) {
      shape("wrong type", "an array", t);
      skipValue();
      throw SKIPPED;
    }
    ImmutableList.Builder<T> b = ImmutableList.builder();
    int i = 0;
    while (src.next() != Tok.END_ARRAY) {
      push(i++);
      try {
        T v = element.get();
        if (v != null) {
          b.add(v);
        }
      } catch (Skipped s) {
        // recorded
      } finally {
        pop();
      }
    }
    return b.build();
  }

  private ImmutableList<String> strs() {
    return list(this::str);
  }

  private String str() {
    Tok t = src.current();
    if (t != Tok.STRING) {
      shape("wrong type", "a string", t);
      skipValue();
      throw SKIPPED;
    }
    String s = src.text();
    if (!wellFormed(s)) {
      shape("string with an unpaired surrogate", "well-formed Unicode text", null);
      throw SKIPPED;
    }
    return s;
  }

  /** True if the string has no unpaired UTF-16 surrogates (they could not be written as UTF-8). */
  static boolean wellFormed(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  private Integer integer() {
    Tok t = src.current();
    if (t != Tok.INT) {
      shape("wrong type", "an integer", t);
      skipValue();
      throw SKIPPED;
    }
    if (!src.intFits()) {
      shape(
          "integer out of range",
          "an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE,
          null);
      throw SKIPPED;
    }
    return src.intValue();
  }

  private Double number() {
    Tok t = src.current();
    if (t != Tok.INT && t != Tok.FLOAT) {
      shape("wrong type", "a number", t);
      skipValue();
      throw SKIPPED;
    }
    double d = src.doubleValue();
    if (!Double.isFinite(d)) {
      shape("number out of range", "a finite number", null);
      throw SKIPPED;
    }
    return d;
  }

  private Boolean bool() {
    Tok t = src.current();
    if (t == Tok.TRUE) {
      return Boolean.TRUE;
    }
    if (t == Tok.FALSE) {
      return Boolean.FALSE;
    }
    shape("wrong type", "a boolean", t);
    skipValue();
    throw SKIPPED;
  }

  private LocalDate date() {
    String s = str();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    shape("malformed date", "a date of the form yyyy-mm-dd", "a string of another form");
    throw SKIPPED;
  }

  private <E extends Enum<E>> E enumValue(Class<E> type) {
    String s = str();
    E e = constant(type, s);
    if (e == null) {
      shape("unknown value", "one of " + EnumSet.allOf(type), "a string of another value");
      throw SKIPPED;
    }
    return e;
  }

  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS =
      new ClassValue<>() {
        @Override
        protected Map<String, Enum<?>> computeValue(Class<?> type) {
          Map<String, Enum<?>> m = new HashMap<>();
          for (Object e : type.getEnumConstants()) {
            m.put(((Enum<?>) e).name(), (Enum<?>) e);
          }
          return m;
        }
      };

  private static <E extends Enum<E>> @Nullable E constant(Class<E> type, String s) {
    return type.cast(CONSTANTS.get(type).get(s));
  }

  private <E extends Enum<E>> ImmutableSet<E> enumSet(Class<E> type) {
    Tok t = src.current();
    if (t != Tok.START_ARRAY) {
      shape("wrong type", "an array", t);
      skipValue();
      throw SKIPPED;
    }
    EnumSet<E> set = EnumSet.noneOf(type);
    int i = 0;
    while (src.next() != Tok.END_ARRAY) {
      push(i++);
      try {
        E e = enumValue(type);
        if (!set.add(e)) {
          shape("duplicate value in a set", null, null);
        }
      } catch (Skipped s) {
        // recorded
      } finally {
        pop();
      }
    }
    return ImmutableSet.copyOf(set);
  }

  private <E extends Enum<E>, V> Map<E, V> enumMap(Class<E> type, Supplier<V> value) {
    Tok t = src.current();
    if (t != Tok.START_OBJECT) {
      shape("wrong type", "an object", t);
      skipValue();
      throw SKIPPED;
    }
    Map<E, V> map = new EnumMap<>(type);
    while (src.next() == Tok.NAME) {
      String name = src.text();
      src.next();
      push(name);
      try {
        E key = constant(type, name);
        if (key == null) {
          shape("unknown key", "keys from " + EnumSet.allOf(type), null);
          skipValue();
          continue;
        }
        V v = value.get();
        if (map.put(key, v) != null) {
          shape("duplicate property", null, null);
        }
      } catch (Skipped s) {
        // recorded
      } finally {
        pop();
      }
    }
    return map;
  }

  private <I> @Nullable I id(@Nullable Object raw, Function<String, I> parse) {
    if (raw == null) {
      return null;
    }
    push("id");
    try {
      return parse.apply((String) raw);
    } catch (IllegalArgumentException e) {
      model(Problem.of(org.cxkit.core.ModelPath.root(), e).redactedMessage()); // never quote input
      return null;
    } finally {
      pop();
    }
  }

  /**
   * Builds a record, recording its validation failure as a model problem at the current pointer.
   */
  private <T> @Nullable T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (ModelValidationException e) {
      String base = pointer();
      for (Problem p : e.problems()) {
        add(new JsonProblem(base + p.path().toJsonPointer(), p.redactedMessage()));
      }
      return null;
    } catch (IllegalArgumentException e) {
      model(Problem.of(org.cxkit.core.ModelPath.root(), e).redactedMessage()); // never quote input
      return null;
    }
  }

  private void skipValue() {
    src.skipChildren();
  }

  private void shape(String message, @Nullable String expected, @Nullable Object found) {
    String foundText = found instanceof Tok tok ? found(tok) : (String) found;
    if (problems.isEmpty()) {
      firstLine = src.line();
      firstColumn = src.column();
      firstExpected = expected;
      firstFound = foundText;
    }
    shapeProblem = true;
    StringBuilder sb = new StringBuilder(message);
    if (expected != null) {
      sb.append(": expected ").append(expected);
      if (foundText != null) {
        sb.append(", found ").append(foundText);
      }
    }
    add(new JsonProblem(pointer(), sb.toString()));
  }

  private void model(String message) {
    add(new JsonProblem(pointer(), message));
  }

  private void add(JsonProblem p) {
    problems.add(p);
    if (problems.size() >= MAX_PROBLEMS) {
      throw failure();
    }
  }

  static String found(Tok t) {
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case STRING -> "a string";
      case INT -> "an integer";
      case FLOAT -> "a decimal number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      default -> "the end of input";
    };
  }

  // ---- JSON Pointer --------------------------------------------------------------------------

  private void push(String name) {
    path.push(name);
  }

  private void push(int index) {
    path.push(index);
  }

  private void pop() {
    path.pop();
  }

  String pointer() {
    return path.current();
  }

  private String pointerOfParent() {
    return path.parent();
  }
}
