package org.cxkit.beam;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.cxkit.json.CxJson;
import org.cxkit.json.CxJsonException;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.jspecify.annotations.Nullable;

/**
 * The coder of a cxkit result: its cxkit JSON document (cx-json's results format, UTF-8,
 * length-prefixed), read back exactly ({@code decode(encode(r)).equals(r)}) and checked as strictly
 * as any cxkit JSON. The result of a combine is one small value per key, so a readable, versioned
 * format costs nothing that matters, and what a pipeline moves is what it would write.
 *
 * <p>Readable types: {@link ScorecardResult}, {@link UpliftResult}, {@link KeyDriversResult},
 * {@link TrendResult}, {@link NpsResult}, {@link ScaleResult}, {@link MetricResult} (an NPS or a
 * scale result), and the observed-journey results {@link PathsResult}, {@link ConformanceResult}
 * and {@link DirectlyFollowsResult}. A host's own result type needs its own coder.
 *
 * <pre>{@code
 * ResultCoder<ScorecardResult> coder = ResultCoder.of(ScorecardResult.class);
 * }</pre>
 *
 * @param <R> the result type
 * @since 0.1
 */
public final class ResultCoder<R> extends CustomCoder<R> {
  private static final long serialVersionUID = 1L;

  /** The result type. */
  private final Class<R> type;

  private transient @Nullable CxJson json;

  private ResultCoder(Class<R> type) {
    this.type = type;
  }

  /**
   * Returns the coder of a result type.
   *
   * @param <R> the result type
   * @param type one of {@link ScorecardResult}, {@link UpliftResult}, {@link KeyDriversResult},
   *     {@link TrendResult}, {@link NpsResult}, {@link ScaleResult}, {@link MetricResult}, {@link
   *     PathsResult}, {@link ConformanceResult} or {@link DirectlyFollowsResult}
   * @return the coder
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if cxkit JSON cannot read the type back
   */
  public static <R> ResultCoder<R> of(Class<R> type) {
    requireNonNull(type, "type");
    checkArgument(
        type == ScorecardResult.class
            || type == UpliftResult.class
            || type == KeyDriversResult.class
            || type == TrendResult.class
            || type == NpsResult.class
            || type == ScaleResult.class
            || type == MetricResult.class
            || type == PathsResult.class
            || type == ConformanceResult.class
            || type == DirectlyFollowsResult.class,
        "no result coder for %s; readable: ScorecardResult, UpliftResult, KeyDriversResult,"
            + " TrendResult, NpsResult, ScaleResult, MetricResult, PathsResult, ConformanceResult,"
            + " DirectlyFollowsResult",
        type.getName());
    return new ResultCoder<>(type);
  }

  /**
   * Returns the result type.
   *
   * @return the type
   */
  public Class<R> type() {
    return type;
  }

  private CxJson json() {
    CxJson j = json;
    if (j == null) {
      j = CxJson.defaults();
      json = j;
    }
    return j;
  }

  /**
   * Writes the result as its cxkit JSON document.
   *
   * @param result the result
   * @param out where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the result is not of this coder's type
   */
  @Override
  public void encode(R result, OutputStream out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    checkArgument(
        type.isInstance(result),
        "a %s cannot be written by the coder of %s",
        result.getClass().getSimpleName(),
        type.getSimpleName());
    String text;
    if (result instanceof ScorecardResult s) {
      text = json().writeScorecard(s);
    } else if (result instanceof UpliftResult u) {
      text = json().writeUplift(u);
    } else {
      text = json().writeResult(result);
    }
    ByteArrayCoder.of().encode(text.getBytes(StandardCharsets.UTF_8), out);
  }

  /**
   * Reads a result written by {@link #encode}.
   *
   * @param in where to read
   * @return the result
   * @throws CoderException if the document is not a valid result of this type (the message is
   *     cx-json's: where and what, never the content)
   * @throws IOException if reading fails
   */
  @Override
  public R decode(InputStream in) throws IOException {
    byte[] bytes = ByteArrayCoder.of().decode(requireNonNull(in, "in"));
    try {
      return json().readResult(bytes, type);
    } catch (CxJsonException e) {
      throw new CoderException(
          "not a valid " + type.getSimpleName() + " document: " + e.getMessage(), e);
    }
  }

  /** Passes: cxkit JSON writes equal results as equal bytes (byte-stable on re-write). */
  @Override
  public void verifyDeterministic() {}

  /**
   * Returns true: results are values, equal exactly when their documents are.
   *
   * @return true
   */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResultCoder<?> other && type == other.type;
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return "ResultCoder[" + type.getSimpleName() + "]";
  }
}
