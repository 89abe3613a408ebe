package org.cxkit.json;

import static org.cxkit.json.Codecs.INT;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Codecs.id;
import static org.cxkit.json.Prop.optional;
import static org.cxkit.json.Prop.required;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.core.observed.Step;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/**
 * The property tables of the records a service receives in bulk, {@link Response} and {@link
 * JourneyEvent}: the one declaration that {@link JsonLines}, the Jackson module's serializers and
 * deserializers, and the JSON array readers share, so that a new property is added in one place.
 * Reading is as strict as the other tables' (no coercion, duplicate and unknown properties
 * rejected) and stops at the first problem of a record.
 */
final class Records {
  private Records() {}

  /** An ISO-8601 instant: {@code Z} or an offset such as {@code +02:00}; written with {@code Z}. */
  static final Codec<Instant, Instant> INSTANT =
      new Codec<>() {
        @Override
        Instant read(TableReader r) {
          String s = r.str();
          try {
            return Instant.parse(s);
          } catch (DateTimeParseException e) {
            try {
              return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException e2) {
              r.shape(
                  "malformed time",
                  "an ISO-8601 time such as 2026-05-08T04:41:00Z",
                  "a string of another form");
              throw TableReader.SKIPPED;
            }
          }
        }

        @Override
        void write(TableWriter w, Instant value) {
          w.out.string(value.toString());
        }

        @Override
        String jsonType() {
          return "string";
        }
      };

  /** An object whose property values are strings (a response's attributes), in name order. */
  static final Codec<Map<String, String>, Map<String, String>> STRING_MAP =
      new Codec<>() {
        @Override
        Map<String, String> read(TableReader r) {
          Tok t = r.src.current();
          if (t != Tok.START_OBJECT) {
            throw r.wrongType("an object of strings", t);
          }
          ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
          Set<String> seen = new HashSet<>();
          while (r.src.next() == Tok.NAME) {
            String key = r.src.text();
            r.src.next();
            r.path.push(key);
            try {
              if (!TableReader.wellFormed(key)) {
                r.shape("property name with an unpaired surrogate", "well-formed text", null);
                throw TableReader.SKIPPED;
              }
              if (!seen.add(key)) {
                r.shape("duplicate property", null, null);
                throw TableReader.SKIPPED;
              }
              b.put(key, r.str());
            } finally {
              r.path.pop();
            }
          }
          return b.buildOrThrow();
        }

        @Override
        void write(TableWriter w, Map<String, String> values) {
          w.out.startObject();
          for (Map.Entry<String, String> e : values.entrySet()) {
            w.out.name(e.getKey());
            w.out.string(e.getValue());
          }
          w.out.endObject();
        }

        @Override
        String jsonType() {
          return "object";
        }

        @Override
        Codec<?, ?> elements() {
          return STRING;
        }
      };

  private static final Codec<TouchpointId, TouchpointId> TOUCHPOINT_ID =
      id("touchpoint id", TouchpointId::of, TouchpointId::value);

  // ---- responses -----------------------------------------------------------------------------

  private static final Prop<Response, String, String> RESPONDENT =
      required("respondent", STRING, Response::respondent);
  private static final Prop<Response, TouchpointId, TouchpointId> RESPONSE_TOUCHPOINT =
      optional("touchpoint", TOUCHPOINT_ID, r -> r.touchpoint().orElse(null));
  private static final Prop<Response, MeasureId, MeasureId> MEASURE =
      required("measure", id("measure id", MeasureId::of, MeasureId::value), Response::measure);
  private static final Prop<Response, Integer, Integer> SCORE =
      required("score", INT, Response::score);
  private static final Prop<Response, Instant, Instant> RESPONSE_TIME =
      optional("time", INSTANT, r -> r.time().orElse(null));
  private static final Prop<Response, Map<String, String>, Map<String, String>> ATTRIBUTES =
      Prop.unlessEmpty("attributes", STRING_MAP, Response::attributes, ImmutableMap.of());

  /**
   * A response: {@code respondent}, {@code measure} and {@code score} required; {@code touchpoint},
   * {@code time} and {@code attributes} optional.
   */
  static final ObjectCodec<Response, Response> RESPONSE =
      ObjectCodec.of(
          "response",
          (v, r) ->
              new Response(
                  notBlank(v, RESPONDENT, r),
                  v.find(RESPONSE_TOUCHPOINT),
                  v.get(MEASURE),
                  v.get(SCORE),
                  v.find(RESPONSE_TIME),
                  ImmutableSortedMap.copyOf(v.get(ATTRIBUTES))),
          RESPONDENT,
          RESPONSE_TOUCHPOINT,
          MEASURE,
          SCORE,
          RESPONSE_TIME,
          ATTRIBUTES);

  // ---- events --------------------------------------------------------------------------------

  private static final Prop<JourneyEvent, String, String> CUSTOMER =
      optional("customer", STRING, e -> e.customer().orElse(null));
  private static final Prop<JourneyEvent, String, String> CASE =
      optional("case", STRING, e -> e.caseId().orElse(null));
  private static final Prop<JourneyEvent, String, String> SESSION =
      optional("session", STRING, e -> e.session().orElse(null));
  private static final Prop<JourneyEvent, TouchpointId, TouchpointId> EVENT_TOUCHPOINT =
      optional("touchpoint", TOUCHPOINT_ID, e -> e.touchpoint().orElse(null));
  private static final Prop<JourneyEvent, String, String> AD_HOC =
      optional("adHoc", STRING, e -> e.step().isAdHoc() ? e.step().label() : null);
  private static final Prop<JourneyEvent, Instant, Instant> EVENT_TIME =
      required("time", INSTANT, JourneyEvent::time);
  private static final Prop<JourneyEvent, Channel, Channel> CHANNEL =
      optional("channel", enumOf(Channel.class), e -> e.channel().orElse(null));
  private static final Prop<JourneyEvent, Initiator, Initiator> INITIATOR =
      optional("initiator", enumOf(Initiator.class), e -> e.initiator().orElse(null));
  private static final Prop<JourneyEvent, Outcome, Outcome> OUTCOME =
      optional("outcome", enumOf(Outcome.class), e -> e.outcome().orElse(null));
  private static final Prop<JourneyEvent, Map<String, String>, Map<String, String>>
      EVENT_ATTRIBUTES =
          Prop.unlessEmpty("attributes", STRING_MAP, JourneyEvent::attributes, ImmutableMap.of());

  /**
   * A journey event: at least one of {@code customer}, {@code case} and {@code session}; exactly
   * one of {@code touchpoint} and {@code adHoc} (a step the design does not have); {@code time}
   * required; {@code channel}, {@code initiator}, {@code outcome} and {@code attributes} optional.
   */
  static final ObjectCodec<JourneyEvent, JourneyEvent> EVENT =
      ObjectCodec.of(
          "journey event",
          Records::event,
          CUSTOMER,
          CASE,
          SESSION,
          EVENT_TOUCHPOINT,
          AD_HOC,
          EVENT_TIME,
          CHANNEL,
          INITIATOR,
          OUTCOME,
          EVENT_ATTRIBUTES);

  private static JourneyEvent event(Values v, TableReader r) {
    JourneyEvent.Builder b = JourneyEvent.builder();
    v.find(CUSTOMER).ifPresent(c -> b.customer(notBlank(v, CUSTOMER, r)));
    v.find(CASE).ifPresent(c -> b.caseId(notBlank(v, CASE, r)));
    v.find(SESSION).ifPresent(c -> b.session(notBlank(v, SESSION, r)));
    if (!v.has(CUSTOMER) && !v.has(CASE) && !v.has(SESSION)) {
      throw r.fail(
          v,
          null,
          Kind.STRUCTURE,
          "missing required property \"customer\", \"case\" or \"session\" of a journey event",
          null,
          null);
    }
    if (v.has(EVENT_TOUCHPOINT) == v.has(AD_HOC)) {
      throw r.fail(
          v,
          v.has(AD_HOC) ? AD_HOC : null,
          Kind.STRUCTURE,
          v.has(AD_HOC)
              ? "an event has a touchpoint or an ad hoc label, not both"
              : "missing required property \"touchpoint\" or \"adHoc\" of a journey event",
          null,
          null);
    }
    v.find(EVENT_TOUCHPOINT).ifPresent(t -> b.step(Step.of(t)));
    if (v.has(AD_HOC)) {
      b.adHoc(notBlank(v, AD_HOC, r));
    }
    b.time(v.get(EVENT_TIME));
    v.find(CHANNEL).ifPresent(b::channel);
    v.find(INITIATOR).ifPresent(b::initiator);
    v.find(OUTCOME).ifPresent(b::outcome);
    b.attributes(v.get(EVENT_ATTRIBUTES));
    return b.build(); // every rule of the builder is checked above
  }

  // ---- feedback cases ------------------------------------------------------------------------

  private static final Prop<FeedbackCase, String, String> CASE_ID =
      required("id", STRING, FeedbackCase::id);
  private static final Prop<FeedbackCase, List<Channel>, List<Channel>> CASE_CHANNELS =
      required("channels", Codec.list(enumOf(Channel.class)), FeedbackCase::channels);
  private static final Prop<FeedbackCase, TouchpointId, TouchpointId> CASE_TOUCHPOINT =
      optional("touchpoint", TOUCHPOINT_ID, c -> c.touchpoint().orElse(null));
  private static final Prop<FeedbackCase, String, String> CASE_CATEGORY =
      required("category", STRING, FeedbackCase::category);
  private static final Prop<FeedbackCase, CaseSeverity, CaseSeverity> CASE_SEVERITY =
      required("severity", enumOf(CaseSeverity.class), FeedbackCase::severity);
  private static final Prop<FeedbackCase, Instant, Instant> CASE_RECEIVED =
      required("received", INSTANT, FeedbackCase::received);
  private static final Prop<FeedbackCase, Instant, Instant> CASE_FIRST_RESPONSE =
      optional("firstResponse", INSTANT, c -> c.firstResponse().orElse(null));
  private static final Prop<FeedbackCase, Instant, Instant> CASE_RESOLVED =
      optional("resolved", INSTANT, c -> c.resolved().orElse(null));
  private static final Prop<FeedbackCase, Integer, Integer> CASE_CONTACTS =
      required("contacts", INT, FeedbackCase::contacts);
  private static final Prop<FeedbackCase, Set<RecoveryAction>, Set<RecoveryAction>> CASE_ACTIONS =
      Prop.unlessEmpty(
          "actions",
          Codecs.enumSet(RecoveryAction.class),
          FeedbackCase::actions,
          ImmutableSet.of());
  private static final Prop<FeedbackCase, Integer, Integer> CASE_RATING =
      optional(
          "ratingAfterRecovery",
          INT,
          c -> c.ratingAfterRecovery().isPresent() ? c.ratingAfterRecovery().getAsInt() : null);

  /**
   * A feedback case: {@code id}, {@code channels} (one or more, the first is where it came in),
   * {@code category}, {@code severity}, {@code received} and {@code contacts} required; {@code
   * touchpoint}, {@code firstResponse}, {@code resolved}, {@code actions} and {@code
   * ratingAfterRecovery} optional. The case's own rules (times in order, contacts at least the
   * channels, no channel twice) are model problems at the object.
   */
  static final ObjectCodec<FeedbackCase, FeedbackCase> FEEDBACK_CASE =
      ObjectCodec.of(
          "feedback case",
          Records::feedbackCase,
          CASE_ID,
          CASE_CHANNELS,
          CASE_TOUCHPOINT,
          CASE_CATEGORY,
          CASE_SEVERITY,
          CASE_RECEIVED,
          CASE_FIRST_RESPONSE,
          CASE_RESOLVED,
          CASE_CONTACTS,
          CASE_ACTIONS,
          CASE_RATING);

  private static FeedbackCase feedbackCase(Values v, TableReader r) {
    FeedbackCase.Builder b =
        FeedbackCase.builder()
            .id(notBlank(v, CASE_ID, r))
            .category(notBlank(v, CASE_CATEGORY, r))
            .severity(v.get(CASE_SEVERITY))
            .received(v.get(CASE_RECEIVED))
            .contacts(v.get(CASE_CONTACTS));
    List<Channel> channels = v.get(CASE_CHANNELS);
    if (channels.isEmpty()) {
      throw r.fail(
          v, CASE_CHANNELS, Kind.MODEL, "no channel", "at least one channel", "an empty array");
    }
    b.channel(channels.get(0));
    channels.subList(1, channels.size()).forEach(b::alsoVia);
    v.find(CASE_TOUCHPOINT).ifPresent(b::touchpoint);
    v.find(CASE_FIRST_RESPONSE).ifPresent(b::firstResponse);
    v.find(CASE_RESOLVED).ifPresent(b::resolved);
    v.get(CASE_ACTIONS).forEach(b::action);
    v.find(CASE_RATING).ifPresent(b::ratingAfterRecovery);
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      // FeedbackCase's messages name fields and counts, never the id or category
      throw r.fail(v, null, Kind.MODEL, "invalid feedback case: " + Messages.safe(e), null, null);
    }
  }

  private static <T> String notBlank(Values v, Prop<T, String, String> p, TableReader r) {
    String s = v.get(p);
    if (s.isBlank()) {
      throw r.fail(v, p, Kind.MODEL, "blank " + p.name, "a non-blank string", "a blank string");
    }
    return s;
  }

  /**
   * The table of a record type: {@code table} if known, else looked up (after a Jackson module was
   * deserialized, which keeps no tables).
   */
  @SuppressWarnings("unchecked") // each table is of the type it is looked up for
  static <T> ObjectCodec<T, T> table(Class<?> type, @Nullable ObjectCodec<T, T> table) {
    if (table != null) {
      return table;
    }
    if (type == Response.class) {
      return (ObjectCodec<T, T>) RESPONSE;
    }
    if (type == JourneyEvent.class) {
      return (ObjectCodec<T, T>) EVENT;
    }
    if (type == FeedbackCase.class) {
      return (ObjectCodec<T, T>) FEEDBACK_CASE;
    }
    throw new IllegalArgumentException("not a record type of cx-json: " + type.getName());
  }

  // ---- reading and writing -------------------------------------------------------------------

  /**
   * Reads one record of {@code type}. If {@code requireEnd}, the source is before the record and
   * must hold nothing after it; otherwise (in a Jackson deserializer or an array) the source is on
   * the record's first token and is left on its last.
   *
   * @throws CxJsonException at the record's first problem
   */
  static <T> T read(JsonSource src, ObjectCodec<T, T> type, boolean requireEnd) {
    TableReader r = TableReader.forRecords(src);
    return r.run(
        () -> {
          r.start(requireEnd);
          T value = type.read(r);
          if (value == null) {
            r.throwProblems();
            throw new IllegalStateException("a record failed without a problem: " + type.what);
          }
          r.end(requireEnd);
          return value;
        });
  }

  /** Writes one record as a JSON object (no envelope). */
  static <T> void write(T value, ObjectCodec<T, ?> type, JsonSink out) {
    type.write(new TableWriter(out, ImmutableMap.of(), ResultKinds.BUILT_IN), value);
  }
}
