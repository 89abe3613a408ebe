package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.JourneyEvent;
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
 * }</pre>
 *
 * <p>Response properties: {@code respondent}, {@code measure}, {@code score} (required), {@code
 * touchpoint}, {@code time} (ISO-8601), {@code attributes} (an object of strings). Event
 * properties: {@code customer}, {@code touchpoint}, {@code time} (required), {@code channel}. A bad
 * line fails the read with a {@link CxJsonException} (the default, {@link BadInput#failFast()}) or,
 * with {@link Builder#onBadInput onBadInput(BadInput.collect(n))}, is left out, counted, and listed
 * as a {@link Reject} located by its line and the JSON Pointer of the offending value within it.
 * Every non-blank line is accepted or rejected.
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
    return lines(in, Records.RESPONSE, sink);
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
    return lines(in, Records.EVENT, sink);
  }

  /**
   * Reads feedback cases from UTF-8 JSON Lines in a file.
   *
   * <pre>{@code
   * {"id":"case-7","channels":["FORUM","PHONE"],"category":"missing-documents","severity":"HIGH","received":"2026-03-02T08:10:00Z","firstResponse":"2026-03-02T09:40:00Z","resolved":"2026-03-03T11:00:00Z","contacts":3,"actions":["LISTENING","FIX"],"ratingAfterRecovery":4}
   * }</pre>
   *
   * <p>Properties: {@code id}, {@code channels} (the first is where the case came in), {@code
   * category}, {@code severity}, {@code received}, {@code contacts} (required); {@code touchpoint},
   * {@code firstResponse}, {@code resolved}, {@code actions}, {@code ratingAfterRecovery}
   * (optional). A line breaking a rule of {@link FeedbackCase} is a bad line.
   *
   * @param file the file
   * @param sink receives each case
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   * @since 0.1
   */
  public ReadReport readFeedbackCases(Path file, Consumer<? super FeedbackCase> sink) {
    requireNonNull(file, "file");
    return Inputs.readFile(file, in -> readFeedbackCases(in, sink));
  }

  /**
   * Reads feedback cases from a UTF-8 stream, which is read to its end and closed.
   *
   * @param in the stream
   * @param sink receives each case
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   * @since 0.1
   */
  public ReadReport readFeedbackCases(InputStream in, Consumer<? super FeedbackCase> sink) {
    return readFeedbackCases(utf8(requireNonNull(in, "in")), sink);
  }

  /**
   * Reads feedback cases from characters, which are read to their end and closed.
   *
   * @param in the characters
   * @param sink receives each case
   * @return what was read
   * @throws CxJsonException on a bad line (unless rejects are collected), encoding or I/O
   * @since 0.1
   */
  public ReadReport readFeedbackCases(Reader in, Consumer<? super FeedbackCase> sink) {
    requireNonNull(in, "in");
    requireNonNull(sink, "sink");
    return lines(in, Records.FEEDBACK_CASE, sink);
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  /** What is wrong with a line, with what was expected: a reject's reason. */
  private static String reasonOf(CxJsonException e) {
    return e.problems().size() == 1 ? e.problems().get(0).message() : e.reason();
  }

  private <T> ReadReport lines(Reader in, ObjectCodec<T, T> type, Consumer<? super T> sink) {
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
        T value;
        try (JsonSource src = json.source(chars, 0, chars.length)) {
          value = Records.read(src, type, true);
        } catch (CxJsonException e) {
          String pointer = e.pointer().orElse("");
          String reason = reasonOf(e);
          if (policy.failsFast()) {
            throw new CxJsonException.Details(e.kind(), reason)
                .at(pointer, lineNumber(lineNo), 0)
                .build();
          }
          rejected++;
          if (rejects.size() < policy.maxListed()) {
            rejects.add(new Reject(InputLocation.document(pointer, lineNo, 0), reason));
          }
          continue;
        }
        sink.accept(value);
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
