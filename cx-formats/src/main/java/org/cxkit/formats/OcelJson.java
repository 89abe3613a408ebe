package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Step;
import org.cxkit.formats.Values.BadValue;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.jspecify.annotations.Nullable;

/**
 * Reads object-centric event logs in OCEL 2.0 JSON (the Object-Centric Event Log standard of the
 * IEEE Task Force on Process Mining, ocel-standard.org): a journey is the events of one object of
 * the object type you choose, so one log of orders, items, customers and tickets gives the
 * customers' journeys, or the tickets'.
 *
 * <pre>{@code
 * OcelJson ocel = OcelJson.builder().objectType("customer").onBadInput(BadInput.collect(50)).build();
 * ReadReport report = ocel.read(Path.of("log.jsonocel"), events::add);
 * }</pre>
 *
 * <p>An OCEL event related to an object of the chosen type gives one {@link JourneyEvent} per such
 * object (the object's id is the event's case id), with the event's time (one written without an
 * offset, as the OCEL schema's {@code date-time} allows, is read in the {@linkplain
 * Builder#zone(ZoneId) zone} given, UTC by default), its type turned into a touchpoint as {@link
 * XesLog} does for activities (through the given mapping, or slugged; else ad hoc), and its
 * attributes (values as text). An event related to no such object is read and skipped ({@link
 * ReadReport#skipped()}).
 *
 * <p>The document must have the shape of the OCEL 2.0 JSON schema, which cx-formats ships as {@code
 * org/cxkit/formats/ocel-2.0.schema.json} (written from the OCEL 2.0 specification's JSON format):
 * {@code objectTypes} and {@code eventTypes} (each a name and typed attributes), {@code objects}
 * (id, type, timed attribute values, relationships) and {@code events} (id, type, time, attribute
 * values, relationships with a qualifier); properties it does not know are ignored. Beyond the
 * schema, the chosen type must be an object type, and an event's or object's type must be declared
 * (checked when the declarations come before the events or objects).
 *
 * <p>Memory: the ids of the objects of the chosen type (one per journey), the type names and one
 * event at a time. Objects must come before events to stream in one pass; a file with its events
 * first is read twice, a stream with its events first is refused. Limits: nesting 16, strings of
 * 1,000,000 characters, names of 1000, numbers of 1000, 1000 attributes and 10,000 related objects
 * per event.
 *
 * <p><b>Bad input.</b> Every OCEL event is a row of the {@link ReadReport}. A bad event (a missing
 * or mistyped property, an undeclared type, a bad time) is rejected with its JSON Pointer, line and
 * column under {@link BadInput#collect(int)}, and reading goes on; anything else (malformed JSON, a
 * bad object or type declaration) fails the call. Messages never quote the input.
 *
 * @since 0.1
 */
public final class OcelJson {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(16)
                  .maxStringLength(1_000_000)
                  .maxNameLength(1000)
                  .maxNumberLength(1000)
                  .maxDocumentLength(-1)
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build();

  /** The most objects one event may relate to. */
  private static final int MAX_RELATED = 10_000;

  /** The most attributes one event may have. */
  private static final int MAX_ATTRIBUTES = 1000;

  private final String objectType;
  private final BadInput policy;
  private final Activities activities;
  private final ZoneId zone;

  private OcelJson(Builder b) {
    this.objectType = requireNonNull(b.objectType);
    this.policy = b.policy;
    this.zone = b.zone;
    this.activities = new Activities(b.mapping);
  }

  /**
   * Starts a reader; {@link Builder#objectType(String)} is required.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads an OCEL 2.0 JSON file; if its events come before its objects, it is read twice.
   *
   * @param file the file
   * @param sink receives the journey events in file order
   * @return what was read: one row per OCEL event
   * @throws BadInputException on malformed JSON, a bad document, a bad event (unless rejects are
   *     collected), encoding or I/O
   */
  public ReadReport read(Path file, Consumer<? super JourneyEvent> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    Pass first = CsvRows.fromFile(file, in -> pass(in, null, sink));
    if (first.report != null) {
      return first.report;
    }
    Set<String> ids = first.ids;
    return requireNonNull(CsvRows.fromFile(file, in -> pass(in, ids, sink)).report);
  }

  /**
   * Reads OCEL 2.0 JSON from a stream, which is read to its end and closed; its objects must come
   * before its events.
   *
   * @param in the stream
   * @param sink receives the journey events in input order
   * @return what was read: one row per OCEL event
   * @throws BadInputException on malformed JSON, a bad document, events before objects, a bad event
   *     (unless rejects are collected), encoding or I/O
   */
  public ReadReport read(InputStream in, Consumer<? super JourneyEvent> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    Pass pass = pass(in, null, sink);
    if (pass.report == null) {
      throw new BadInputException(
          Kind.STRUCTURE,
          InputLocation.pointer("/events"),
          "events before objects: expected the objects first in a stream (a file may have them"
              + " in either order)");
    }
    return pass.report;
  }

  /** One pass: the report, or null with the ids if the events came before the objects. */
  private record Pass(@Nullable ReadReport report, Set<String> ids) {}

  /**
   * Reads one pass. With {@code known} null, objects and events are read as they come; if the
   * events come first they are skipped and the pass returns no report. With {@code known}, the ids
   * of the chosen objects are known and only the events are read.
   */
  private Pass pass(
      InputStream in, @Nullable Set<String> known, Consumer<? super JourneyEvent> sink) {
    try (JsonParser p = JSON.createParser(in)) {
      Walk w = new Walk(p, known, sink);
      w.document();
      return new Pass(w.eventsFirst ? null : w.tally.report(), w.ids);
    } catch (IOException e) {
      throw failure(e, null);
    }
  }

  /** The walk over one document. */
  private final class Walk {
    final JsonParser p;
    final boolean secondPass;
    final Consumer<? super JourneyEvent> sink;
    final Tally tally = new Tally(policy);
    final Set<String> ids;
    final Set<String> eventTypes = new HashSet<>();
    final Set<String> objectTypes = new HashSet<>();
    boolean objectsRead;
    boolean eventsFirst;
    boolean eventTypesRead;
    boolean objectTypesRead;

    Walk(JsonParser p, @Nullable Set<String> known, Consumer<? super JourneyEvent> sink) {
      this.p = p;
      this.secondPass = known != null;
      this.ids = known != null ? known : new HashSet<>();
      this.objectsRead = known != null;
      this.sink = sink;
    }

    void document() throws IOException {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw bad("", "not an OCEL 2.0 JSON document: expected an object");
      }
      Set<String> seen = new HashSet<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        seen.add(name);
        switch (name) {
          case "objectTypes" -> types("/objectTypes", objectTypes);
          case "eventTypes" -> types("/eventTypes", eventTypes);
          case "objects" -> objects();
          case "events" -> events();
          default -> p.skipChildren();
        }
      }
      for (String required : new String[] {"objectTypes", "eventTypes", "objects", "events"}) {
        if (!seen.contains(required)) {
          throw bad("", "missing property: expected '" + required + "'");
        }
      }
      if (!objectTypes.contains(objectType)) {
        throw bad("/objectTypes", "the chosen object type is not declared in objectTypes");
      }
      if (p.nextToken() != null) {
        throw bad("", "content after the document");
      }
    }

    /** objectTypes or eventTypes: [{name, attributes: [{name, type}]}]. */
    void types(String path, Set<String> names) throws IOException {
      expect(JsonToken.START_ARRAY, path, "an array");
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = path + "/" + i;
        expect(JsonToken.START_OBJECT, at, "an object");
        @Nullable String name = null;
        boolean attributes = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "name" -> name = string(at + "/name");
            case "attributes" -> {
              attributes = true;
              typedAttributes(at + "/attributes");
            }
            default -> p.skipChildren();
          }
        }
        if (name == null || !attributes) {
          throw bad(at, "type declaration without a name or attributes");
        }
        names.add(name);
      }
      if (path.equals("/objectTypes")) {
        objectTypesRead = true;
      } else {
        eventTypesRead = true;
      }
    }

    void typedAttributes(String path) throws IOException {
      expect(JsonToken.START_ARRAY, path, "an array");
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = path + "/" + i;
        expect(JsonToken.START_OBJECT, at, "an object");
        @Nullable String name = null;
        @Nullable String type = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "name" -> name = string(at + "/name");
            case "type" -> type = string(at + "/type");
            default -> p.skipChildren();
          }
        }
        if (name == null || type == null) {
          throw bad(at, "attribute declaration without a name or type");
        }
        if (!Set.of("string", "time", "integer", "float", "boolean").contains(type)) {
          throw bad(
              at + "/type",
              "unknown attribute type: expected string, time, integer, float or boolean");
        }
      }
    }

    /** objects: [{id, type, attributes?, relationships?}]. */
    void objects() throws IOException {
      expect(JsonToken.START_ARRAY, "/objects", "an array");
      if (secondPass) {
        p.skipChildren();
        return;
      }
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = "/objects/" + i;
        expect(JsonToken.START_OBJECT, at, "an object");
        @Nullable String id = null;
        @Nullable String type = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "id" -> id = string(at + "/id");
            case "type" -> type = string(at + "/type");
            case "attributes" -> objectAttributes(at + "/attributes");
            case "relationships" -> relationships(at + "/relationships", null);
            default -> p.skipChildren();
          }
        }
        if (id == null || type == null) {
          throw bad(at, "object without an id or type");
        }
        if (objectTypesRead && !objectTypes.contains(type)) {
          throw bad(at + "/type", "object type not declared in objectTypes");
        }
        if (type.equals(objectType)) {
          ids.add(id);
        }
      }
      objectsRead = true;
    }

    void objectAttributes(String path) throws IOException {
      expect(JsonToken.START_ARRAY, path, "an array");
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = path + "/" + i;
        expect(JsonToken.START_OBJECT, at, "an object");
        boolean name = false;
        boolean time = false;
        boolean value = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "name" -> name = string(at + "/name") != null;
            case "time" -> {
              time = true;
              try {
                Values.instant(requireNonNull(string(at + "/time")), zone, "time");
              } catch (BadValue e) {
                throw bad(at + "/time", e.getMessage());
              }
            }
            case "value" -> {
              scalar(at + "/value");
              value = true;
            }
            default -> p.skipChildren();
          }
        }
        if (!name || !time || !value) {
          throw bad(at, "object attribute without a name, time or value");
        }
      }
    }

    /** relationships: [{objectId, qualifier}]; the ids are added to {@code into} if it is given. */
    void relationships(String path, @Nullable Set<String> into) throws IOException {
      expect(JsonToken.START_ARRAY, path, "an array");
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = path + "/" + i;
        expect(JsonToken.START_OBJECT, at, "an object");
        @Nullable String id = null;
        boolean qualifier = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "objectId" -> id = string(at + "/objectId");
            case "qualifier" -> qualifier = string(at + "/qualifier") != null;
            default -> p.skipChildren();
          }
        }
        if (id == null || !qualifier) {
          throw bad(at, "relationship without an objectId or qualifier");
        }
        if (into != null) {
          if (into.size() >= MAX_RELATED) {
            throw bad(at, "event relates to more objects than the limit of " + MAX_RELATED);
          }
          into.add(id);
        }
      }
    }

    /** events: [{id, type, time, attributes?, relationships?}]. */
    void events() throws IOException {
      expect(JsonToken.START_ARRAY, "/events", "an array");
      if (!objectsRead) {
        eventsFirst = true;
        p.skipChildren();
        return;
      }
      int arrayDepth = p.getParsingContext().getNestingDepth();
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = "/events/" + i;
        try {
          event(at);
        } catch (BadEvent e) {
          // close what is still open of the event, wherever in it the problem was found
          while (p.getParsingContext().getNestingDepth() > arrayDepth) {
            if (p.nextToken() == null) {
              throw bad("", "document ends inside an event");
            }
          }
          tally.reject(1, e.where, Kind.STRUCTURE, e.getMessage());
        }
      }
    }

    private void event(String at) throws IOException, BadEvent {
      InputLocation where = where(at, p.currentTokenLocation());
      if (p.currentToken() != JsonToken.START_OBJECT) {
        p.skipChildren();
        throw new BadEvent(where, "not an event: expected an object");
      }
      @Nullable String type = null;
      @Nullable Instant time = null;
      boolean id = false;
      Set<String> related = new LinkedHashSet<>();
      Map<String, String> attributes = new LinkedHashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        String fieldAt = at + "/" + field;
        try {
          switch (field) {
            case "id" -> id = string(fieldAt) != null;
            case "type" -> {
              type = string(fieldAt);
              if (eventTypesRead && !eventTypes.contains(type)) {
                throw bad(fieldAt, "event type not declared in eventTypes");
              }
            }
            case "time" -> {
              String text = requireNonNull(string(fieldAt));
              try {
                time = Values.instant(text, zone, "time");
              } catch (BadValue e) {
                throw bad(fieldAt, e.getMessage());
              }
            }
            case "attributes" -> eventAttributes(fieldAt, attributes);
            case "relationships" -> relationships(fieldAt, related);
            default -> p.skipChildren();
          }
        } catch (BadInputException e) {
          if (e.kind() != Kind.STRUCTURE) {
            throw e;
          }
          throw new BadEvent(e.location().orElse(where), e.reason());
        }
      }
      if (!id || type == null || time == null) {
        throw new BadEvent(where, "event without an id, type or time");
      }
      related.retainAll(ids);
      if (related.isEmpty()) {
        tally.skipped();
        return;
      }
      @Nullable TouchpointId touchpoint = activities.touchpoint(type);
      Step step = touchpoint == null ? Step.adHoc(type) : Step.of(touchpoint);
      JourneyEvent.Builder b = JourneyEvent.builder().step(step).time(time);
      List<JourneyEvent> events = new ArrayList<>(related.size());
      try {
        b.attributes(attributes);
        for (String object : related) {
          events.add(b.caseId(object).build());
        }
      } catch (IllegalArgumentException e) {
        throw new BadEvent(where, "event not accepted: expected non-blank ids and attribute names");
      }
      events.forEach(sink); // outside the try: the sink's own exceptions are not bad events
      tally.passed(events.size());
    }

    void eventAttributes(String path, Map<String, String> into) throws IOException {
      expect(JsonToken.START_ARRAY, path, "an array");
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        String at = path + "/" + i;
        expect(JsonToken.START_OBJECT, at, "an object");
        @Nullable String name = null;
        @Nullable String value = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String field = p.currentName();
          p.nextToken();
          switch (field) {
            case "name" -> name = string(at + "/name");
            case "value" -> value = scalar(at + "/value");
            default -> p.skipChildren();
          }
        }
        if (name == null || value == null) {
          throw bad(at, "event attribute without a name or value");
        }
        if (into.size() >= MAX_ATTRIBUTES) {
          throw bad(at, "event has more attributes than the limit of " + MAX_ATTRIBUTES);
        }
        into.putIfAbsent(name, value);
      }
    }

    private String string(String at) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        p.skipChildren();
        throw bad(at, "expected a string, found " + found(p.currentToken()));
      }
      return p.getText();
    }

    /** A string, number or boolean value, as text. */
    private String scalar(String at) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_STRING
          || t == JsonToken.VALUE_NUMBER_INT
          || t == JsonToken.VALUE_NUMBER_FLOAT
          || t == JsonToken.VALUE_TRUE
          || t == JsonToken.VALUE_FALSE) {
        return p.getText();
      }
      p.skipChildren();
      throw bad(at, "expected a string, number or boolean, found " + found(t));
    }

    private void expect(JsonToken token, String at, String what) throws IOException {
      if (p.currentToken() != token) {
        p.skipChildren();
        throw bad(at, "expected " + what + ", found " + found(p.currentToken()));
      }
    }

    private BadInputException bad(String at, String reason) {
      return new BadInputException(Kind.STRUCTURE, where(at, p.currentTokenLocation()), reason);
    }
  }

  /** A bad event: where and why. */
  private static final class BadEvent extends Exception {
    private static final long serialVersionUID = 1L;
    final transient InputLocation where;

    BadEvent(InputLocation where, String reason) {
      super(reason, null, false, false);
      this.where = where;
    }

    @Override
    public String getMessage() {
      return requireNonNull(super.getMessage());
    }
  }

  private static String found(@Nullable JsonToken t) {
    if (t == null) {
      return "the end of the input";
    }
    return switch (t) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "another token";
    };
  }

  private static InputLocation where(String pointer, @Nullable JsonLocation l) {
    long line = l == null ? 0 : Math.max(0, l.getLineNr());
    long column = line == 0 || l == null ? 0 : Math.max(0, l.getColumnNr());
    return InputLocation.document(pointer, line, column);
  }

  /** A failure of the parser or the stream: what and where, never the text. */
  private static BadInputException failure(IOException e, @Nullable String pointer) {
    if (e instanceof CharConversionException) {
      return new BadInputException(
          Kind.ENCODING, "invalid text encoding: expected UTF-8, found a malformed byte sequence");
    }
    if (e instanceof JsonProcessingException j) {
      InputLocation at = where(pointer == null ? "" : pointer, j.getLocation());
      if (e instanceof StreamConstraintsException) {
        return new BadInputException(Kind.LIMIT, at, "a limit of the OCEL reader exceeded");
      }
      String m = String.valueOf(j.getOriginalMessage());
      if (m.contains("UTF-8") || m.contains("UTF8") || m.contains("Invalid UTF")) {
        return new BadInputException(
            Kind.ENCODING,
            at,
            "invalid UTF-8: expected UTF-8 text, found a malformed byte sequence");
      }
      return new BadInputException(
          Kind.SYNTAX,
          at,
          m.startsWith("Duplicate field") ? "duplicate property" : "malformed JSON");
    }
    return CsvRows.io(e);
  }

  @Override
  public String toString() {
    return "OcelJson[object type, " + activities + ", " + policy + ", zone " + zone + "]";
  }

  /**
   * Configures an {@link OcelJson}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable String objectType;
    private BadInput policy = BadInput.failFast();
    private final Map<String, TouchpointId> mapping = new LinkedHashMap<>();
    private ZoneId zone = ZoneOffset.UTC;

    private Builder() {}

    /**
     * Sets the object type whose objects' events are the journeys (required).
     *
     * @param type the object type's name, as in the log's {@code objectTypes}
     * @return this builder
     */
    public Builder objectType(String type) {
      this.objectType = requireNonNull(type, "type");
      return this;
    }

    /**
     * Maps an event type to a touchpoint. Once any is mapped, an event type that is not is read as
     * an ad hoc step instead of being slugged.
     *
     * @param eventType the event type, exactly as the log names it
     * @param touchpoint the touchpoint's id slug
     * @return this builder
     * @throws IllegalArgumentException if {@code touchpoint} is not a valid id or the event type is
     *     already mapped
     */
    public Builder activity(String eventType, String touchpoint) {
      Activities.map(mapping, eventType, "eventType", touchpoint);
      return this;
    }

    /**
     * Sets what happens to a bad event: {@link BadInput#failFast()} (the default) or {@link
     * BadInput#collect(int)}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder onBadInput(BadInput policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the zone of times written without an offset (default UTC), for events' times and
     * objects' timed attribute values alike; a time with an offset keeps its own.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     * @throws IllegalStateException if no object type was set
     */
    public OcelJson build() {
      checkState(objectType != null, "objectType is required: the type whose objects are journeys");
      return new OcelJson(this);
    }
  }
}
