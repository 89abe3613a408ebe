package org.cxkit.formats;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.formats.Values.BadValue;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes event logs in XES (IEEE 1849-2016, eXtensible Event Stream), the process-mining
 * standard that process-mining tools such as ProM, PM4Py and Disco exchange, streaming and one
 * trace in memory at a time.
 *
 * <pre>{@code
 * XesLog xes = XesLog.builder()
 *     .activity("register request", "sign-up")          // else activities are slugged
 *     .onBadInput(BadInput.collect(50))
 *     .build();
 * ReadReport report = xes.read(Path.of("running-example.xes"), events::add);
 * XesLog.write(journeys, out);                           // one trace per journey
 * }</pre>
 *
 * <p><b>Reading.</b> A trace is a case: its {@code concept:name} is each event's case id. An
 * event's {@code concept:name} is its activity, turned into a touchpoint through the given mapping
 * (an activity missing from it is an ad hoc step, labelled with the activity) or, without a
 * mapping, by slugging it ({@code "Register Request"} is {@code register-request}; a name with
 * nothing to slug is ad hoc). {@code time:timestamp} is required (an {@code xs:dateTime}; one
 * without an offset is read in the {@linkplain Builder#zone(ZoneId) zone} given, UTC by default).
 * {@code lifecycle:transition}: an event without one or with {@code complete} is passed on; {@code
 * ate_abort}, {@code pi_abort} and {@code withdraw} are passed on with a {@link Outcome#FAILED}
 * outcome; any other transition ({@code start}, {@code schedule}, ...) is skipped, so an activity
 * logged as start and complete counts once ({@link ReadReport#skipped()}). Every other attribute
 * with a value ({@code org:resource}, {@code Costs}, ...) becomes an event attribute under its key;
 * lists, containers and nested attributes are left out. The keys cxkit writes ({@code
 * cx:touchpoint}, {@code cx:customer}, {@code cx:case}, {@code cx:session}, {@code cx:channel},
 * {@code cx:initiator}, {@code cx:outcome}) are read back as what they say, so a written log reads
 * back to the same events.
 *
 * <p>Real logs do not validate against the published XSD (PM4Py's running example among them), so
 * the reader is lenient where it can be: elements are matched by local name whatever their
 * namespace, extensions, globals and classifiers are not required (and not applied), and attribute
 * elements of any type are read by their {@code key} and {@code value}. It is strict where the
 * input is hostile: DTDs are refused, and depth, attributes, text and events per trace are bounded
 * by {@link XmlLimits}.
 *
 * <p><b>Bad input.</b> Every event is a row of the {@link ReadReport}. Under {@link
 * BadInput#collect(int)} a bad event is rejected with its location ({@code /trace/2/event/5 (line
 * 80, column 7)}) and reading goes on; a trace over the event limit is rejected with all its events
 * and listed once. Malformed XML fails the call. Messages never quote the input.
 *
 * @since 0.1
 */
public final class XesLog {
  private static final String NS = "http://www.xes-standard.org/";
  private static final Set<String> ATTRIBUTE_ELEMENTS =
      Set.of("string", "date", "int", "float", "boolean", "id");
  private static final Set<String> FAILED_TRANSITIONS = Set.of("ate_abort", "pi_abort", "withdraw");
  private final BadInput policy;
  private final XmlLimits limits;
  private final Activities activities;
  private final ZoneId zone;

  private XesLog(Builder b) {
    this.policy = b.policy;
    this.limits = b.limits;
    this.activities = new Activities(b.mapping);
    this.zone = b.zone;
  }

  /**
   * Starts a reader: slugged activities, fail-fast, {@link XmlLimits#DEFAULTS}, UTC for times
   * without an offset.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads an XES file (UTF-8).
   *
   * @param file the file
   * @param sink receives each event in file order
   * @return what was read: one row per event
   * @throws BadInputException on malformed XML, a limit, a bad event (unless rejects are
   *     collected), encoding or I/O
   */
  public ReadReport read(Path file, Consumer<? super JourneyEvent> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRows.fromFile(file, in -> read(in, sink));
  }

  /**
   * Reads XES (UTF-8) from a stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each event in input order
   * @return what was read: one row per event
   * @throws BadInputException on malformed XML, a limit, a bad event (unless rejects are
   *     collected), encoding or I/O
   */
  public ReadReport read(InputStream in, Consumer<? super JourneyEvent> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    Tally tally = new Tally(policy);
    XmlInput.readEach(
        in, limits, "an XES log", "log", "trace", (x, path) -> readTrace(x, path, tally, sink));
    return tally.report();
  }

  /** An event as read, before it is checked. */
  private static final class Raw {
    final InputLocation at;
    @Nullable String activity;
    @Nullable String time;
    @Nullable String lifecycle;
    @Nullable String problem;
    final Map<String, String> keys = new LinkedHashMap<>();

    Raw(InputLocation at) {
      this.at = at;
    }
  }

  private void readTrace(
      XmlInput x, String path, Tally tally, Consumer<? super JourneyEvent> sink) {
    InputLocation traceAt = x.here(path);
    @Nullable String caseId = null;
    List<Raw> events = new ArrayList<>();
    long count = 0;
    while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
      String name = x.name();
      if (name.equals("event")) {
        String at = path + "/event/" + count++;
        if (count > limits.maxEventsPerJourney()) {
          x.skip(at);
        } else {
          events.add(readEvent(x, at));
        }
      } else {
        if (ATTRIBUTE_ELEMENTS.contains(name) && "concept:name".equals(x.attribute("key"))) {
          caseId = x.attribute("value");
        }
        x.skip(path);
      }
    }
    if (count > limits.maxEventsPerJourney()) {
      tally.reject(
          count,
          traceAt,
          Kind.LIMIT,
          "trace has more events than the limit of " + limits.maxEventsPerJourney());
      return;
    }
    for (Raw raw : events) {
      @Nullable JourneyEvent event = null;
      String why;
      if (raw.problem != null) {
        why = raw.problem;
      } else {
        try {
          event = toEvent(raw, caseId);
          why = "";
        } catch (BadValue e) {
          why = e.getMessage();
        }
      }
      if (event != null) {
        sink.accept(event); // outside the try: the sink's own exceptions are not bad events
        tally.passed();
      } else if (why.isEmpty()) {
        tally.skipped();
      } else {
        tally.reject(1, raw.at, raw.problem != null ? Kind.LIMIT : Kind.STRUCTURE, why);
      }
    }
  }

  private Raw readEvent(XmlInput x, String path) {
    Raw raw = new Raw(x.here(path));
    int attributes = 0;
    while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
      String element = x.name();
      @Nullable String key = x.attribute("key");
      @Nullable String value = x.attribute("value");
      x.skip(path);
      if (!ATTRIBUTE_ELEMENTS.contains(element) || key == null || value == null) {
        continue;
      }
      if (++attributes > limits.maxAttributes()) {
        raw.problem = "event has more attributes than the limit of " + limits.maxAttributes();
        continue;
      }
      switch (key) {
        case "concept:name" -> raw.activity = value;
        case "time:timestamp" -> raw.time = value;
        case "lifecycle:transition" -> raw.lifecycle = value;
        default -> raw.keys.putIfAbsent(key, value);
      }
    }
    return raw;
  }

  /** The event, or null if its lifecycle transition is skipped. */
  private @Nullable JourneyEvent toEvent(Raw raw, @Nullable String caseId) throws BadValue {
    @Nullable Outcome outcome = null;
    if (raw.lifecycle != null) {
      String transition = raw.lifecycle.strip().toLowerCase(Locale.ROOT);
      if (FAILED_TRANSITIONS.contains(transition)) {
        outcome = Outcome.FAILED;
      } else if (!transition.equals("complete")) {
        return null;
      }
    }
    String activity = raw.activity;
    if (activity == null || activity.isBlank()) {
      throw new BadValue("event without a concept:name: expected the activity");
    }
    if (raw.time == null) {
      throw new BadValue("event without a time:timestamp");
    }
    JourneyEvent.Builder b =
        JourneyEvent.builder().time(Values.instant(raw.time, zone, "time:timestamp"));
    Map<String, String> keys = raw.keys;
    @Nullable String touchpoint = keys.remove("cx:touchpoint");
    if (touchpoint != null) {
      if (!org.cxkit.core.Ids.isValid(touchpoint)) {
        throw new BadValue(
            "cx:touchpoint is not a touchpoint id: expected a slug such as 'sign-up'");
      }
      b.touchpoint(touchpoint);
    } else {
      @Nullable TouchpointId id = activities.touchpoint(activity);
      if (id == null) {
        b.adHoc(activity);
      } else {
        b.step(org.cxkit.core.observed.Step.of(id));
      }
    }
    @Nullable String customer = Values.nonBlank(keys.remove("cx:customer"), "cx:customer");
    @Nullable String ownCase = Values.nonBlank(keys.remove("cx:case"), "cx:case");
    @Nullable String session = Values.nonBlank(keys.remove("cx:session"), "cx:session");
    if (customer == null && ownCase == null && session == null) {
      if (caseId == null || caseId.isBlank()) {
        throw new BadValue("trace without a concept:name: expected the case id");
      }
      ownCase = caseId;
    }
    if (customer != null) {
      b.customer(customer);
    }
    if (ownCase != null) {
      b.caseId(ownCase);
    }
    if (session != null) {
      b.session(session);
    }
    @Nullable String channel = keys.remove("cx:channel");
    if (channel != null) {
      b.channel(Values.constant(Channel.class, channel, "cx:channel"));
    }
    @Nullable String initiator = keys.remove("cx:initiator");
    if (initiator != null) {
      b.initiator(Values.constant(Initiator.class, initiator, "cx:initiator"));
    }
    @Nullable String stated = keys.remove("cx:outcome");
    if (stated != null) {
      outcome = Values.constant(Outcome.class, stated, "cx:outcome");
    }
    if (outcome != null) {
      b.outcome(outcome);
    }
    try {
      return b.attributes(keys).build();
    } catch (IllegalArgumentException e) {
      throw new BadValue("event attribute not accepted: expected a non-blank name and value");
    }
  }

  /**
   * Writes journeys as an XES log (UTF-8), one trace per journey named by its key, one event per
   * journey event with its touchpoint or ad hoc label as {@code concept:name}, its time, {@code
   * lifecycle:transition} {@code complete}, and the {@code cx:} keys and attributes that let {@link
   * #read(InputStream, Consumer)} give the same events back. The stream is flushed, not closed.
   *
   * @param journeys the journeys
   * @param out where to write
   * @throws IllegalArgumentException if a value holds a character XML 1.0 cannot carry, or an
   *     attribute's name is one of the keys the writer writes itself
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Iterable<ActualJourney> journeys, OutputStream out) {
    requireNonNull(journeys, "journeys");
    requireNonNull(out, "out");
    XmlOut xml = new XmlOut(out);
    xml.start("log", "xes.version", "1849-2016", "xmlns", NS);
    extension(xml, "Concept", "concept");
    extension(xml, "Time", "time");
    extension(xml, "Lifecycle", "lifecycle");
    xml.start("classifier", "name", "Activity", "keys", "concept:name").end("classifier");
    for (ActualJourney journey : journeys) {
      xml.start("trace");
      attribute(xml, "string", "concept:name", journey.key());
      for (JourneyEvent e : journey.events()) {
        xml.start("event");
        attribute(xml, "string", "concept:name", e.step().label());
        e.touchpoint().ifPresent(t -> attribute(xml, "string", "cx:touchpoint", t.value()));
        attribute(xml, "date", "time:timestamp", DateTimeFormatter.ISO_INSTANT.format(e.time()));
        attribute(xml, "string", "lifecycle:transition", "complete");
        e.customer().ifPresent(v -> attribute(xml, "string", "cx:customer", v));
        e.caseId().ifPresent(v -> attribute(xml, "string", "cx:case", v));
        e.session().ifPresent(v -> attribute(xml, "string", "cx:session", v));
        e.channel().ifPresent(v -> attribute(xml, "string", "cx:channel", v.name()));
        e.initiator().ifPresent(v -> attribute(xml, "string", "cx:initiator", v.name()));
        e.outcome().ifPresent(v -> attribute(xml, "string", "cx:outcome", v.name()));
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
          if (RESERVED.contains(a.getKey())) {
            throw new IllegalArgumentException(
                "an event attribute is named like a key XES output writes itself: " + RESERVED);
          }
          attribute(xml, "string", a.getKey(), a.getValue());
        }
        xml.end("event");
      }
      xml.end("trace");
    }
    xml.end("log").finish();
  }

  private static final Set<String> RESERVED =
      Set.of(
          "concept:name",
          "time:timestamp",
          "lifecycle:transition",
          "cx:touchpoint",
          "cx:customer",
          "cx:case",
          "cx:session",
          "cx:channel",
          "cx:initiator",
          "cx:outcome");

  private static void extension(XmlOut xml, String name, String prefix) {
    xml.start("extension", "name", name, "prefix", prefix, "uri", NS + prefix + ".xesext")
        .end("extension");
  }

  private static void attribute(XmlOut xml, String type, String key, String value) {
    xml.start(type, "key", key, "value", value).end(type);
  }

  @Override
  public String toString() {
    return "XesLog[" + activities + ", " + policy + ", " + limits + "]";
  }

  /**
   * Configures an {@link XesLog}.
   *
   * @since 0.1
   */
  public static final class Builder {
    private BadInput policy = BadInput.failFast();
    private XmlLimits limits = XmlLimits.DEFAULTS;
    private final Map<String, TouchpointId> mapping = new LinkedHashMap<>();
    private ZoneId zone = ZoneOffset.UTC;

    private Builder() {}

    /**
     * Maps an activity ({@code concept:name}) to a touchpoint. Once any activity is mapped, an
     * activity that is not is read as an ad hoc step instead of being slugged.
     *
     * @param activity the activity, exactly as the log names it
     * @param touchpoint the touchpoint's id slug
     * @return this builder
     * @throws IllegalArgumentException if {@code touchpoint} is not a valid id or the activity is
     *     already mapped
     */
    public Builder activity(String activity, String touchpoint) {
      Activities.map(mapping, activity, "activity", touchpoint);
      return this;
    }

    /**
     * Maps several activities to touchpoints, as {@link #activity(String, String)} does.
     *
     * @param activities activity to touchpoint id slug
     * @return this builder
     */
    public Builder activities(Map<String, String> activities) {
      requireNonNull(activities, "activities").forEach(this::activity);
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
     * Sets the limits on the input (default {@link XmlLimits#DEFAULTS}).
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(XmlLimits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the zone of times written without an offset (default UTC).
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
     */
    public XesLog build() {
      return new XesLog(this);
    }
  }
}
