package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/**
 * The deterministic coder of a {@link Response}: a version byte, the respondent, a flags byte
 * (touchpoint, time), the measure, the score, the touchpoint and time when present, then the
 * attributes in key order. Equal responses give equal bytes, so {@link #verifyDeterministic()}
 * passes and responses may be grouping keys. Decoding rebuilds the response through its validating
 * constructor; a bad field fails with a {@link CoderException} naming the field, never its content.
 *
 * <pre>{@code
 * PCollection<Response> responses = pipeline.apply(Create.of(list).withCoder(ResponseCoder.of()));
 * }</pre>
 *
 * <p>With cx-beam on the class path, Beam's coder registry also finds this coder by itself.
 *
 * @since 0.1
 */
public final class ResponseCoder extends AtomicCoder<Response> {
  private static final long serialVersionUID = 1L;
  private static final ResponseCoder INSTANCE = new ResponseCoder();
  private static final String TYPE = "Response";
  private static final int VERSION = 1;
  private static final int HAS_TOUCHPOINT = 1;
  private static final int HAS_TIME = 2;

  private ResponseCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static ResponseCoder of() {
    return INSTANCE;
  }

  /**
   * Writes a response.
   *
   * @param response the response
   * @param out where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void encode(Response response, OutputStream out) throws IOException {
    requireNonNull(response, "response");
    requireNonNull(out, "out");
    Wire.version(VERSION, out);
    Wire.string(response.respondent(), out);
    out.write(
        (response.touchpoint().isPresent() ? HAS_TOUCHPOINT : 0)
            | (response.time().isPresent() ? HAS_TIME : 0));
    Wire.string(response.measure().value(), out);
    Wire.varInt(response.score(), out);
    if (response.touchpoint().isPresent()) {
      Wire.string(response.touchpoint().get().value(), out);
    }
    if (response.time().isPresent()) {
      Wire.instant(response.time().get(), out);
    }
    Wire.varInt(response.attributes().size(), out);
    for (Map.Entry<String, String> e : response.attributes().entrySet()) {
      Wire.string(e.getKey(), out);
      Wire.string(e.getValue(), out);
    }
  }

  /**
   * Reads a response written by {@link #encode}.
   *
   * @param in where to read
   * @return the response
   * @throws CoderException if the bytes are not a valid response (the message names the field)
   * @throws IOException if reading fails
   */
  @Override
  public Response decode(InputStream in) throws IOException {
    requireNonNull(in, "in");
    Wire.checkVersion(TYPE, VERSION, in);
    String respondent = Wire.nonBlank(TYPE, "respondent", in);
    int flags = Wire.flags(TYPE, HAS_TOUCHPOINT | HAS_TIME, in);
    MeasureId measure = Wire.field(TYPE, "measure", Wire.string(in), MeasureId::of);
    int score = Wire.varInt(in);
    Optional<TouchpointId> touchpoint =
        (flags & HAS_TOUCHPOINT) != 0
            ? Optional.of(Wire.field(TYPE, "touchpoint", Wire.string(in), TouchpointId::of))
            : Optional.empty();
    Optional<Instant> time =
        (flags & HAS_TIME) != 0 ? Optional.of(Wire.instant(TYPE, "time", in)) : Optional.empty();
    int size = Wire.varInt(in);
    if (size < 0) {
      throw new CoderException(TYPE + ": the attribute count is negative");
    }
    ImmutableSortedMap.Builder<String, String> attributes = ImmutableSortedMap.naturalOrder();
    @Nullable String previous = null;
    for (int i = 0; i < size; i++) {
      String key = Wire.string(in);
      if (previous != null && previous.compareTo(key) >= 0) {
        throw new CoderException(TYPE + ": attribute " + (i + 1) + " is out of key order");
      }
      attributes.put(key, Wire.string(in));
      previous = key;
    }
    return new Response(respondent, touchpoint, measure, score, time, attributes.buildOrThrow());
  }

  /** Passes: equal responses give equal bytes (attributes are written in key order). */
  @Override
  public void verifyDeterministic() {}

  /**
   * Returns true: two responses are equal exactly when their encodings are.
   *
   * @return true
   */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public String toString() {
    return "ResponseCoder";
  }
}
