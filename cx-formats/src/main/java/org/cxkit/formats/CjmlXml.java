package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;
import org.cxkit.formats.Values.BadValue;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes actual journeys in CJML XML, the data format of SINTEF's Customer Journey
 * Modeling Language (Halvorsrud et al.; cjml.no, "Data format"), where each touchpoint of an actual
 * journey carries its compliance with the planned journey: {@code completed}, {@code missing},
 * {@code failing} or {@code adhoc}.
 *
 * <pre>{@code
 * CjmlXml cjml = CjmlXml.builder().touchpoint("TP1", "sign-up").build();
 * cjml.readJourneys(Path.of("journeys.xml"), j -> System.out.println(j.id() + " " + j.missing()));
 * CjmlXml.write(List.of(CjmlXml.Journey.of(actual, List.of(TouchpointId.of("pay")))), out);
 * }</pre>
 *
 * <p><b>Reading.</b> Each {@code <actualJourney>} is a journey: its {@code <journeyID>} is each
 * event's case id and, if it declares exactly one {@code <endUser>}, that actor's id is each
 * event's customer. Each {@code <actualCommunicationPoint>} and {@code <actualAction>} in {@code
 * <touchpoints>} is a touchpoint: its {@code <touchpointID>} is mapped (or slugged, as {@link
 * XesLog} does for activities) to a designed touchpoint; its {@code <compliance>} says what it is:
 *
 * <ul>
 *   <li>{@code completed}: an event with a {@link Outcome#COMPLETED} outcome;
 *   <li>{@code failing}: an event with a {@link Outcome#FAILED} outcome;
 *   <li>{@code adhoc}: an ad hoc event, labelled with the initiator's label (else the touchpoint
 *       id);
 *   <li>{@code missing}: no event: the touchpoint is listed in {@link Journey#missing()} and
 *       counted as skipped;
 *   <li>no compliance: an event without an outcome.
 * </ul>
 *
 * <p>An event's time is the earliest of the touchpoint's timestamps ({@code timeOriginated}, {@code
 * timeReceived}, {@code timeConsumed}, {@code timeStarted}, {@code timeCompleted}, directly or
 * inside {@code <timestamps>}); one without an offset is read in UTC. Its channel is {@code
 * <channel><channelName>} matched to a {@link Channel} ignoring case, spaces and hyphens ({@code
 * Web}, {@code Social media}; any other name is {@link Channel#OTHER}). Its initiator is the kind
 * of actor the initiator refers to: an {@code endUser} is the customer, a {@code serviceProvider}
 * the organisation, any other actor a third party. Elements cxkit does not use (phases,
 * experiences, comments, receivers' labels, planned journeys) are skipped; elements are matched by
 * local name, any namespace and any {@code version}.
 *
 * <p><b>Writing.</b> {@link #write(Iterable, OutputStream)} writes {@code <CJML version="2.0">}
 * (the version of the published data format) with one actual journey per {@link Journey}: a
 * communication point for an event with a channel, else an action; compliance {@code failing} for a
 * failed outcome, {@code completed} for a completed one, {@code adhoc} for an ad hoc step, none
 * without an outcome; then the missing touchpoints. Reading it back gives the same events, except
 * what CJML has no place for: event attributes, sessions, and the outcome of an ad hoc step.
 *
 * <p><b>Designs are not written.</b> Only actual journeys are: events in time order, which CJML
 * holds as a sequence of touchpoints. A designed journey's {@linkplain
 * org.cxkit.core.journey.ParallelGroup parallel groups} and further entry points belong to CJML's
 * planned journey, which this class neither reads nor writes, so nothing of them is dropped here;
 * and as far as we found, CJML has no construct for steps done in either order (its touchpoints are
 * atomic and ordered, abstraction only through phases: cjml.no, "CJML guiding principles", checked
 * 30 Nov 2026), so a planned-journey writer would have to say so rather than draw one.
 *
 * <p><b>Bad input.</b> Every touchpoint is a row of the {@link ReadReport}; a bad one (no id, no
 * time, an unknown compliance value) is rejected with its location under {@link
 * BadInput#collect(int)} and reading goes on; a journey without an id or over {@link
 * XmlLimits#maxEventsPerJourney()} is rejected with all its touchpoints. DTDs are refused, and
 * depth, attributes and text are bounded by {@link XmlLimits}. Messages never quote the input.
 *
 * @since 0.1
 */
public final class CjmlXml {
  private static final Set<String> TIMES =
      Set.of("timeOriginated", "timeReceived", "timeConsumed", "timeStarted", "timeCompleted");
  private static final ZoneId UTC = ZoneOffset.UTC;

  private final BadInput policy;
  private final XmlLimits limits;
  private final Activities touchpoints;

  private CjmlXml(Builder b) {
    this.policy = b.policy;
    this.limits = b.limits;
    this.touchpoints = new Activities(b.mapping);
  }

  /**
   * Starts a reader: slugged touchpoint ids, fail-fast, {@link XmlLimits#DEFAULTS}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An actual journey as CJML holds it: its id, the touchpoints that happened, as events in
   * document order, and the designed touchpoints marked {@code missing}.
   *
   * @param id the journey's id ({@code <journeyID>})
   * @param events the touchpoints that happened
   * @param missing the designed touchpoints that did not
   * @since 0.1
   */
  public record Journey(
      String id, ImmutableList<JourneyEvent> events, ImmutableList<TouchpointId> missing) {
    /**
     * Validates the components.
     *
     * @param id the journey's id; not blank
     * @param events the touchpoints that happened
     * @param missing the designed touchpoints that did not
     * @throws IllegalArgumentException if the id is blank
     */
    public Journey {
      requireNonNull(id, "id");
      checkArgument(!id.isBlank(), "id must not be blank");
      events = ImmutableList.copyOf(requireNonNull(events, "events"));
      missing = ImmutableList.copyOf(requireNonNull(missing, "missing"));
    }

    /**
     * Returns an actual journey with nothing missing.
     *
     * @param journey the journey; its key is the id
     * @return the CJML journey
     */
    public static Journey of(ActualJourney journey) {
      return of(journey, List.of());
    }

    /**
     * Returns an actual journey with the designed touchpoints it missed.
     *
     * @param journey the journey; its key is the id
     * @param missing the designed touchpoints not met
     * @return the CJML journey
     */
    public static Journey of(ActualJourney journey, List<TouchpointId> missing) {
      requireNonNull(journey, "journey");
      return new Journey(journey.key(), journey.events(), ImmutableList.copyOf(missing));
    }

    @Override
    public String toString() {
      return "CjmlXml.Journey[" + events.size() + " events, " + missing.size() + " missing]";
    }
  }

  /**
   * Reads the events of every actual journey of a CJML file.
   *
   * @param file the file (UTF-8)
   * @param sink receives each event in document order
   * @return what was read: one row per touchpoint
   * @throws BadInputException on malformed XML, a limit, a bad touchpoint or journey (unless
   *     rejects are collected), encoding or I/O
   */
  public ReadReport read(Path file, Consumer<? super JourneyEvent> sink) {
    requireNonNull(sink, "sink");
    return readJourneys(file, j -> j.events().forEach(sink));
  }

  /**
   * Reads the events of every actual journey of a CJML document from a stream, which is read to its
   * end and closed.
   *
   * @param in the stream (UTF-8)
   * @param sink receives each event in document order
   * @return what was read: one row per touchpoint
   * @throws BadInputException on malformed XML, a limit, a bad touchpoint or journey (unless
   *     rejects are collected), encoding or I/O
   */
  public ReadReport read(InputStream in, Consumer<? super JourneyEvent> sink) {
    requireNonNull(sink, "sink");
    return readJourneys(in, j -> j.events().forEach(sink));
  }

  /**
   * Reads every actual journey of a CJML file, with its missing touchpoints.
   *
   * @param file the file (UTF-8)
   * @param sink receives each journey in document order
   * @return what was read: one row per touchpoint
   * @throws BadInputException on malformed XML, a limit, a bad touchpoint or journey (unless
   *     rejects are collected), encoding or I/O
   */
  public ReadReport readJourneys(Path file, Consumer<? super Journey> sink) {
    requireNonNull(file, "file");
    requireNonNull(sink, "sink");
    return CsvRows.fromFile(file, in -> readJourneys(in, sink));
  }

  /**
   * Reads every actual journey of a CJML document from a stream, which is read to its end and
   * closed.
   *
   * @param in the stream (UTF-8)
   * @param sink receives each journey in document order
   * @return what was read: one row per touchpoint
   * @throws BadInputException on malformed XML, a limit, a bad touchpoint or journey (unless
   *     rejects are collected), encoding or I/O
   */
  public ReadReport readJourneys(InputStream in, Consumer<? super Journey> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    Tally tally = new Tally(policy);
    XmlInput.readEach(
        in,
        limits,
        "a CJML document",
        "CJML",
        "actualJourney",
        (x, path) -> readJourney(x, path, tally, sink));
    return tally.report();
  }

  /** A touchpoint as read, before it is checked. */
  private static final class Raw {
    final InputLocation at;
    @Nullable String id;
    @Nullable String compliance;
    @Nullable String initiatorRef;
    @Nullable String label;
    @Nullable String channel;
    @Nullable Instant time;
    @Nullable String problem;

    Raw(InputLocation at) {
      this.at = at;
    }
  }

  private void readJourney(XmlInput x, String path, Tally tally, Consumer<? super Journey> sink) {
    InputLocation journeyAt = x.here(path);
    @Nullable String id = null;
    Map<String, Initiator> actors = new HashMap<>();
    List<String> endUsers = new ArrayList<>(2);
    List<Raw> raws = new ArrayList<>();
    long count = 0;
    while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
      switch (x.name()) {
        case "journeyID" -> id = x.text(path + "/journeyID");
        case "actors" -> {
          while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            String kind = x.name();
            @Nullable String actor = x.attribute("actorID");
            x.skip(path + "/actors");
            if (actor != null && actors.size() < limits.maxEventsPerJourney()) {
              Initiator who =
                  switch (kind) {
                    case "endUser" -> Initiator.CUSTOMER;
                    case "serviceProvider" -> Initiator.ORGANISATION;
                    default -> Initiator.THIRD_PARTY;
                  };
              actors.putIfAbsent(actor, who);
              if (who == Initiator.CUSTOMER) {
                endUsers.add(actor);
              }
            }
          }
        }
        case "touchpoints" -> {
          while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            String at = path + "/touchpoints/" + count++;
            if (count > limits.maxEventsPerJourney()) {
              x.skip(at);
            } else {
              raws.add(readTouchpoint(x, at));
            }
          }
        }
        default -> x.skip(path);
      }
    }
    if (count > limits.maxEventsPerJourney()) {
      tally.reject(
          count,
          journeyAt,
          Kind.LIMIT,
          "journey has more touchpoints than the limit of " + limits.maxEventsPerJourney());
      return;
    }
    if (id == null || id.isBlank()) {
      tally.reject(count, journeyAt, Kind.STRUCTURE, "actual journey without a journeyID");
      return;
    }
    @Nullable String customer = endUsers.size() == 1 ? endUsers.get(0) : null;
    List<JourneyEvent> events = new ArrayList<>();
    List<TouchpointId> missing = new ArrayList<>();
    for (Raw raw : raws) {
      try {
        if (raw.problem != null) {
          throw new BadValue(raw.problem);
        }
        @Nullable String tp = raw.id == null ? null : raw.id.strip();
        if (tp == null || tp.isBlank()) {
          throw new BadValue("touchpoint without a touchpointID");
        }
        String compliance =
            raw.compliance == null ? "" : raw.compliance.strip().toLowerCase(Locale.ROOT);
        if (compliance.equals("missing")) {
          @Nullable TouchpointId designed = touchpoints.touchpoint(tp);
          if (designed == null) {
            throw new BadValue("missing touchpoint whose touchpointID is not a designed one");
          }
          missing.add(designed);
          tally.skipped();
          continue;
        }
        events.add(event(raw, tp, compliance, id, customer, actors));
        tally.passed();
      } catch (BadValue e) {
        tally.reject(1, raw.at, Kind.STRUCTURE, e.getMessage());
      }
    }
    sink.accept(new Journey(id, ImmutableList.copyOf(events), ImmutableList.copyOf(missing)));
  }

  private JourneyEvent event(
      Raw raw,
      String tp,
      String compliance,
      String journeyId,
      @Nullable String customer,
      Map<String, Initiator> actors)
      throws BadValue {
    if (raw.time == null) {
      throw new BadValue("touchpoint without a timestamp");
    }
    JourneyEvent.Builder b = JourneyEvent.builder().caseId(journeyId).time(raw.time);
    if (customer != null) {
      b.customer(customer);
    }
    @Nullable TouchpointId designed = touchpoints.touchpoint(tp);
    switch (compliance) {
      case "completed" -> b.outcome(Outcome.COMPLETED);
      case "failing" -> b.outcome(Outcome.FAILED);
      case "adhoc", "" -> {}
      default -> throw new BadValue("compliance is not one of completed, missing, failing, adhoc");
    }
    String label = raw.label != null && !raw.label.isBlank() ? raw.label : tp;
    if (compliance.equals("adhoc") || designed == null) {
      b.adHoc(label);
    } else {
      b.step(Step.of(designed));
    }
    if (raw.channel != null) {
      b.channel(channel(raw.channel));
    }
    if (raw.initiatorRef != null) {
      b.initiator(actors.getOrDefault(raw.initiatorRef, Initiator.THIRD_PARTY));
    }
    return b.build();
  }

  /** A channel name matched to a channel ignoring case, spaces and hyphens; else OTHER. */
  static Channel channel(String name) {
    String key = name.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    for (Channel c : Channel.values()) {
      if (c.name().equals(key)) {
        return c;
      }
    }
    return switch (key) {
      case "E_MAIL", "MAIL" -> Channel.EMAIL;
      case "TELEPHONE", "CALL" -> Channel.PHONE;
      case "IN_PERSON", "FACE_TO_FACE_MEETING" -> Channel.FACE_TO_FACE;
      case "WEBSITE" -> Channel.WEB;
      case "MOBILE_APP" -> Channel.APP;
      default -> Channel.OTHER;
    };
  }

  private Raw readTouchpoint(XmlInput x, String path) {
    Raw raw = new Raw(x.here(path));
    while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
      String name = x.name();
      switch (name) {
        case "touchpointID" -> raw.id = x.text(path + "/touchpointID");
        case "compliance" -> raw.compliance = x.text(path + "/compliance");
        case "initiator" -> {
          while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            if (x.name().equals("refersTo")) {
              raw.initiatorRef = x.attribute("actorIDref");
              x.skip(path);
            } else if (x.name().equals("initiatorLabel")) {
              raw.label = x.text(path + "/initiator");
            } else {
              x.skip(path);
            }
          }
        }
        case "channel" -> {
          while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            if (x.name().equals("channelName")) {
              raw.channel = x.text(path + "/channel");
            } else {
              x.skip(path);
            }
          }
        }
        case "timestamps" -> {
          while (x.nextTag(path) == XMLStreamConstants.START_ELEMENT) {
            time(x, path, raw);
          }
        }
        default -> time(x, path, raw);
      }
    }
    return raw;
  }

  /** A timestamp element (else the element is skipped): the earliest is kept. */
  private static void time(XmlInput x, String path, Raw raw) {
    String name = x.name();
    if (!TIMES.contains(name)) {
      x.skip(path);
      return;
    }
    String text = x.text(path + "/" + name);
    if (text.isBlank()) {
      return;
    }
    try {
      Instant t = Values.instant(text, UTC, name);
      if (raw.time == null || t.isBefore(raw.time)) {
        raw.time = t;
      }
    } catch (BadValue e) {
      raw.problem = e.getMessage();
    }
  }

  /**
   * Writes actual journeys as a CJML document (UTF-8); the stream is flushed, not closed.
   *
   * @param journeys the journeys
   * @param out where to write
   * @throws IllegalArgumentException if a value holds a character XML 1.0 cannot carry
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Iterable<Journey> journeys, OutputStream out) {
    requireNonNull(journeys, "journeys");
    requireNonNull(out, "out");
    XmlOut xml = new XmlOut(out);
    xml.start("CJML", "version", "2.0");
    for (Journey j : journeys) {
      xml.start("actualJourney");
      xml.element("journeyID", j.id());
      Map<Initiator, String> actors = actors(j);
      xml.start("actors");
      for (Map.Entry<Initiator, String> a : actors.entrySet()) {
        String element =
            switch (a.getKey()) {
              case CUSTOMER -> "endUser";
              case ORGANISATION -> "serviceProvider";
              case THIRD_PARTY -> "otherActor";
            };
        xml.start(element, "actorID", a.getValue()).end(element);
      }
      xml.end("actors");
      xml.start("touchpoints");
      int adHoc = 0;
      for (JourneyEvent e : j.events()) {
        String element = e.channel().isPresent() ? "actualCommunicationPoint" : "actualAction";
        xml.start(element);
        Step step = e.step();
        xml.element(
            "touchpointID", step.touchpoint().map(TouchpointId::value).orElse("adhoc-" + ++adHoc));
        String compliance =
            step.isAdHoc()
                ? "adhoc"
                : e.outcome().map(o -> o == Outcome.FAILED ? "failing" : "completed").orElse("");
        if (!compliance.isEmpty()) {
          xml.element("compliance", compliance);
        }
        if (e.initiator().isPresent() || step.isAdHoc()) {
          xml.start("initiator");
          e.initiator()
              .ifPresent(
                  i ->
                      xml.start("refersTo", "actorIDref", requireNonNull(actors.get(i)))
                          .end("refersTo"));
          if (step.isAdHoc()) {
            xml.element("initiatorLabel", step.label());
          }
          xml.end("initiator");
        }
        e.channel()
            .ifPresent(c -> xml.start("channel").element("channelName", c.name()).end("channel"));
        xml.start("timestamps")
            .element("timeStarted", DateTimeFormatter.ISO_INSTANT.format(e.time()))
            .end("timestamps");
        xml.end(element);
      }
      for (TouchpointId m : j.missing()) {
        xml.start("actualAction")
            .element("touchpointID", m.value())
            .element("compliance", "missing")
            .end("actualAction");
      }
      xml.end("touchpoints");
      xml.end("actualJourney");
    }
    xml.end("CJML").finish();
  }

  /**
   * The actors a journey needs: the customer (its events' first customer) and every kind of
   * initiator its events name (a customer initiator without a customer is the actor {@code
   * customer}, which reads back as the journey's customer).
   */
  private static Map<Initiator, String> actors(Journey j) {
    Map<Initiator, String> actors = new LinkedHashMap<>();
    String customer =
        j.events().stream()
            .map(JourneyEvent::customer)
            .flatMap(Optional::stream)
            .findFirst()
            .orElse("");
    if (!customer.isEmpty()) {
      actors.put(Initiator.CUSTOMER, customer);
    }
    for (JourneyEvent e : j.events()) {
      e.initiator().ifPresent(i -> actors.computeIfAbsent(i, k -> actorId(k, customer)));
    }
    return actors;
  }

  /** The actor id of an initiator that is not the journey's own customer. */
  private static String actorId(Initiator who, String customer) {
    String id = who.name().toLowerCase(Locale.ROOT).replace('_', '-');
    return id.equals(customer) ? id + "-1" : id;
  }

  @Override
  public String toString() {
    return "CjmlXml[" + touchpoints + ", " + policy + ", " + limits + "]";
  }

  /**
   * Configures a {@link CjmlXml} reader.
   *
   * @since 0.1
   */
  public static final class Builder {
    private BadInput policy = BadInput.failFast();
    private XmlLimits limits = XmlLimits.DEFAULTS;
    private final Map<String, TouchpointId> mapping = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Maps a CJML touchpoint id to a designed touchpoint. Once any is mapped, a touchpoint id that
     * is not is read as an ad hoc step instead of being slugged.
     *
     * @param cjmlId the {@code <touchpointID>}, exactly as the document writes it
     * @param touchpoint the designed touchpoint's id slug
     * @return this builder
     * @throws IllegalArgumentException if {@code touchpoint} is not a valid id or the CJML id is
     *     already mapped
     */
    public Builder touchpoint(String cjmlId, String touchpoint) {
      Activities.map(mapping, cjmlId, "cjmlId", touchpoint);
      return this;
    }

    /**
     * Sets what happens to a bad touchpoint or journey: {@link BadInput#failFast()} (the default)
     * or {@link BadInput#collect(int)}.
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
     * Builds the reader.
     *
     * @return the reader
     */
    public CjmlXml build() {
      return new CjmlXml(this);
    }
  }
}
