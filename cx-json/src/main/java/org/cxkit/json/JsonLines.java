package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;
import org.cxkit.json.JsonSource.Tok;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads responses and journey events from JSON Lines (one JSON object per line, blank lines
 * ignored), streaming, with the same strictness as {@link CxJson}: each line is a document under
 * {@link CxJson}'s limits, with no coercion ({@code "score": 9.7}, {@code "9"} or {@code null} is a
 * bad line, as is a missing score), duplicate and unknown properties rejected.
 *
 * <pre>{@code
 * {"respondent":"r1","touchpoint":"sign-up","measure":"ces","score":6,"time":"2026-05-08T04:41:00Z","attributes":{"event":"may"}}
 * {"customer":"c1","touchpoint":"sign-up","time":"2026-05-08T04:41:00Z","channel":"WEB"}
 * {"customer":"c1","case":"o-7","touchpoint":"chat","time":"2026-05-08T04:45:00Z","channel":"CHAT","initiator":"CUSTOMER","outcome":"FAILED","attributes":{"agent":"bot"}}
 * {"session":"s-9","adHoc":"asked a friend","time":"2026-05-08T04:50:00Z"}
 * }</pre>
 *
 * <p>Response properties: {@code respondent}, {@code measure}, {@code score} (required), {@code
 * touchpoint}, {@code time} (ISO-8601), {@code attributes} (an object of strings). Event
 * properties: at least one of {@code customer}, {@code case} and {@code session}; exactly one of
 * {@code touchpoint} and {@code adHoc} (a label for a step the design does not have); {@code time}
 * (required); {@code channel}, {@code initiator} and {@code outcome} (constant names such as {@code
 * CHAT}, {@code CUSTOMER}, {@code FAILED}); {@code attributes} (an object of strings). A bad line
 * fails the read with a {@link CxJsonException} (the default, {@link BadInput#failFast()}) or, with
 * {@link Builder#onBadInput onBadInput(BadInput.collect(n))}, is left out, counted, and listed as a
 * {@link Reject} located by its line and the JSON Pointer of the offending value within it. Every
 * non-blank line is accepted or rejected.
 *
 * <pre>{@code
 * JsonLines lines = JsonLines.builder().onBadInput(BadInput.collect(100)).build();
 * ReadReport report = lines.readResponses(Path.of("responses.jsonl"), responses::add);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1
 */
public final class JsonLines {
  private final CxJson json;
  private final BadInput policy;

  private JsonLines(Builder b) {
    this.json =
        b.limits.equals(CxJson.defaults().limits())
            ? CxJson.defaults()
            : CxJson.builder().limits(b.limits).build();
    this.policy = b.policy;
  }

  /**
   * Starts a reader that fails on the first bad line, with {@link CxJson#defaults()}'s limits
   * applied to each line.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads responses from UTF-8 JSON Lines in a file.
   *
   * @param file the file
   * @param sink receives each response
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   */
  public ReadReport readResponses(Path file, Consumer<? super Response> sink) {
    requireNonNull(file, "file");
    return Inputs.readFile(file, in -> readResponses(in, sink));
  }

  /**
   * Reads responses from a UTF-8 stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each response
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   */
  public ReadReport readResponses(InputStream in, Consumer<? super Response> sink) {
    return readResponses(utf8(requireNonNull(in, "in")), sink);
  }

  /**
   * Reads responses from characters, which are read to their end and closed.
   *
   * @param in the characters
   * @param sink receives each response
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   */
  public ReadReport readResponses(Reader in, Consumer<? super Response> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return lines(in, JsonLines::response, sink);
  }

  /**
   * Reads journey events from a UTF-8 stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each event
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   */
  public ReadReport readEvents(InputStream in, Consumer<? super JourneyEvent> sink) {
    return readEvents(utf8(requireNonNull(in, "in")), sink);
  }

  /**
   * Reads journey events from characters, which are read to their end and closed.
   *
   * @param in the characters
   * @param sink receives each event
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   */
  public ReadReport readEvents(Reader in, Consumer<? super JourneyEvent> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return lines(in, JsonLines::event, sink);
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** A bad line: where (a pointer within the line) and why. */
  private static final class Bad extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String pointer;
    final Kind kind;

    Bad(Kind kind, String pointer, String reason) {
      super(reason, null, false, false);
      this.kind = kind;
      this.pointer = pointer;
    }
  }

  private <T> ReadReport lines(
      Reader in, java.util.function.Function<LineSource, T> parse, Consumer<? super T> sink) {
    long rows = 0;
    long rejected = 0;
    List<Reject> rejects = new ArrayList<>();
    long max = json.limits().maxDocumentBytes();
    try (BufferedReader r = new BufferedReader(in, 1 << 16)) {
      long lineNo = 0;
      String line;
      while ((line = readLine(r, max, lineNo + 1)) != null) {
        lineNo++;
        if (lineNo == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        rows++;
        char[] chars = line.toCharArray();
        try (JsonSource parsed = json.source(chars, 0, chars.length)) {
          LineSource src = new LineSource(parsed);
          try {
            if (src.next() != Tok.START_OBJECT) {
              throw new Bad(
                  Kind.STRUCTURE,
                  "",
                  "expected an object, found " + TableReader.found(src.current()));
            }
            T value = parse.apply(src);
            if (src.next() != Tok.EOF) {
              throw new Bad(Kind.SYNTAX, "", "trailing content after the object");
            }
            sink.accept(value);
          } catch (SourceFailure f) {
            throw new Bad(f.details.kind, "", f.details.message);
          }
        } catch (Bad b) {
          String reason = String.valueOf(b.getMessage());
          if (policy.failsFast()) {
            throw new CxJsonException.Details(b.kind, reason)
                .at(b.pointer, lineNumber(lineNo), 0)
                .build();
          }
          rejected++;
          if (rejects.size() < policy.maxListed()) {
            rejects.add(new Reject(InputLocation.document(b.pointer, lineNo, 0), reason));
          }
        }
      }
    } catch (CharacterCodingException e) {
      throw new CxJsonException.Details(Kind.ENCODING, "invalid UTF-8")
          .expected("UTF-8 text", "a malformed byte sequence")
          .build();
    } catch (IOException e) {
      throw Inputs.io(e);
    }
    long accepted = rows - rejected;
    return new ReadReport(rows, accepted, rejected, accepted, 0, ImmutableList.copyOf(rejects));
  }

  /** A line number as the exception's location takes it (0, unknown, past the int range). */
  private static int lineNumber(long lineNo) {
    return lineNo > Integer.MAX_VALUE ? 0 : (int) lineNo;
  }

  /** Reads a line of at most {@code max} characters (a longer line is a limit error). */
  private static @Nullable String readLine(BufferedReader r, long max, long lineNo)
      throws IOException {
    StringBuilder sb = null;
    int c;
    while ((c = r.read()) >= 0) {
      if (c == '\n') {
        break;
      }
      if (sb == null) {
        sb = new StringBuilder(128);
      }
      if (sb.length() >= max) {
        throw new CxJsonException.Details(
                Kind.LIMIT, "line longer than the document limit of " + max)
            .at("", lineNumber(lineNo), 0)
            .build();
      }
      sb.append((char) c);
    }
    if (c < 0 && sb == null) {
      return null;
    }
    String s = sb == null ? "" : sb.toString();
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }

  /** A source with the property name stack of one flat line object. */
  private static final class LineSource {
    final JsonSource src;

    LineSource(JsonSource src) {
      this.src = src;
    }

    Tok next() {
      return src.next();
    }

    Tok current() {
      return src.current();
    }
  }

  private static Response response(LineSource s) {
    String respondent = null;
    String touchpoint = null;
    String measure = null;
    Integer score = null;
    Instant time = null;
    ImmutableSortedMap<String, String> attributes = ImmutableSortedMap.of();
    List<String> seen = new ArrayList<>(6);
    while (s.next() == Tok.NAME) {
      String name = s.src.text();
      s.next();
      String at = "/" + JsonPointer.escape(name);
      if (seen.contains(name)) {
        throw new Bad(Kind.STRUCTURE, at, "duplicate property");
      }
      seen.add(name);
      switch (name) {
        case "respondent" -> respondent = text(s, at);
        case "touchpoint" -> touchpoint = text(s, at);
        case "measure" -> measure = text(s, at);
        case "score" -> {
          if (s.current() != Tok.INT || !s.src.intFits()) {
            throw new Bad(Kind.STRUCTURE, at, "expected an integer score, found " + found(s));
          }
          score = s.src.intValue();
        }
        case "time" -> time = instant(text(s, at), at);
        case "attributes" -> attributes = attributes(s, at);
        default -> throw new Bad(Kind.STRUCTURE, at, "unknown property of a response");
      }
    }
    if (respondent == null || measure == null || score == null) {
      String missing = respondent == null ? "respondent" : measure == null ? "measure" : "score";
      throw new Bad(Kind.STRUCTURE, "", "missing required property \"" + missing + "\"");
    }
    if (respondent.isBlank()) {
      throw new Bad(Kind.MODEL, "/respondent", "blank respondent");
    }
    Optional<TouchpointId> tp = Optional.empty();
    if (touchpoint != null) {
      tp = Optional.of(id(touchpoint, "/touchpoint", TouchpointId::of));
    }
    MeasureId m = id(measure, "/measure", MeasureId::of);
    return new Response(respondent, tp, m, score, Optional.ofNullable(time), attributes);
  }

  private static JourneyEvent event(LineSource s) {
    JourneyEvent.Builder b = JourneyEvent.builder();
    boolean who = false;
    boolean where = false;
    boolean when = false;
    List<String> seen = new ArrayList<>(8);
    while (s.next() == Tok.NAME) {
      String name = s.src.text();
      s.next();
      String at = "/" + JsonPointer.escape(name);
      if (seen.contains(name)) {
        throw new Bad(Kind.STRUCTURE, at, "duplicate property");
      }
      seen.add(name);
      switch (name) {
        case "customer" -> b.customer(nonBlank(text(s, at), at, "customer"));
        case "case" -> b.caseId(nonBlank(text(s, at), at, "case"));
        case "session" -> b.session(nonBlank(text(s, at), at, "session"));
        case "touchpoint" -> b.step(Step.of(id(text(s, at), at, TouchpointId::of)));
        case "adHoc" -> b.adHoc(nonBlank(text(s, at), at, "ad hoc label"));
        case "time" -> b.time(instant(text(s, at), at));
        case "channel" -> b.channel(constant(Channel.class, text(s, at), at, "channel"));
        case "initiator" -> b.initiator(constant(Initiator.class, text(s, at), at, "initiator"));
        case "outcome" -> b.outcome(constant(Outcome.class, text(s, at), at, "outcome"));
        case "attributes" -> b.attributes(attributes(s, at));
        default -> throw new Bad(Kind.STRUCTURE, at, "unknown property of an event");
      }
      who |= name.equals("customer") || name.equals("case") || name.equals("session");
      where |= name.equals("touchpoint") || name.equals("adHoc");
      when |= name.equals("time");
    }
    if (seen.contains("touchpoint") && seen.contains("adHoc")) {
      throw new Bad(
          Kind.STRUCTURE, "/adHoc", "an event has a touchpoint or an ad hoc label, not both");
    }
    if (!who || !where || !when) {
      String missing =
          !who ? "customer\", \"case\" or \"session" : !where ? "touchpoint\" or \"adHoc" : "time";
      throw new Bad(Kind.STRUCTURE, "", "missing required property \"" + missing + "\"");
    }
    return b.build();
  }

  private static String nonBlank(String text, String at, String what) {
    if (text.isBlank()) {
      throw new Bad(Kind.MODEL, at, "blank " + what);
    }
    return text;
  }

  private static <E extends Enum<E>> E constant(
      Class<E> type, String text, String at, String what) {
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw new Bad(
          Kind.STRUCTURE,
          at,
          "unknown " + what + ": expected one of " + List.of(type.getEnumConstants()));
    }
  }

  private static String found(LineSource s) {
    Tok t = s.current();
    return t == Tok.INT ? "an integer out of range" : TableReader.found(t);
  }

  private static String text(LineSource s, String at) {
    if (s.current() != Tok.STRING) {
      throw new Bad(Kind.STRUCTURE, at, "expected a string, found " + found(s));
    }
    String v = s.src.text();
    if (!TableReader.wellFormed(v)) {
      throw new Bad(Kind.ENCODING, at, "string with an unpaired surrogate");
    }
    return v;
  }

  private static Instant instant(String text, String at) {
    try {
      return parseInstant(text);
    } catch (DateTimeParseException e) {
      throw new Bad(
          Kind.STRUCTURE, at, "not a time: expected ISO-8601 such as 2026-05-08T04:41:00Z");
    }
  }

  private static <I> I id(String text, String at, java.util.function.Function<String, I> parse) {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new Bad(Kind.MODEL, at, "not an id: expected a slug such as 'sign-up'");
    }
  }

  private static ImmutableSortedMap<String, String> attributes(LineSource s, String at) {
    if (s.current() != Tok.START_OBJECT) {
      throw new Bad(Kind.STRUCTURE, at, "expected an object of strings, found " + found(s));
    }
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (s.next() == Tok.NAME) {
      String key = s.src.text();
      s.next();
      String here = at + "/" + JsonPointer.escape(key);
      if (!seen.add(key)) {
        throw new Bad(Kind.STRUCTURE, here, "duplicate property");
      }
      b.put(key, text(s, here));
    }
    return b.buildOrThrow();
  }

  /** Parses an ISO-8601 instant, with {@code Z} or an offset such as {@code +02:00}. */
  private static Instant parseInstant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return OffsetDateTime.parse(s).toInstant();
    }
  }

  @Override
  public String toString() {
    return "JsonLines[" + policy + "]";
  }

  /**
   * Configures a {@link JsonLines} reader.
   *
   * @since 0.1
   */
  public static final class Builder {
    private JsonLimits limits = CxJson.defaults().limits();
    private BadInput policy = BadInput.failFast();

    private Builder() {}

    /**
     * Sets the limits that apply to each line (default: {@link CxJson#defaults()}'s); a line longer
     * than the document limit fails the read.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(JsonLimits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets what happens to a bad line: {@link BadInput#failFast()} (the default) or {@link
     * BadInput#collect(int)}, which leaves it out, counts it and lists the first few.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder onBadInput(BadInput policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public JsonLines build() {
      return new JsonLines(this);
    }
  }
}
