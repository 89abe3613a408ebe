package org.cxkit.beam.example;

import java.nio.file.Path;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.cxkit.beam.AnalysisFn;
import org.cxkit.core.MeasureId;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one byte range of a long-shape responses file straight into a scorecard tally with
 * cx-formats' {@link ResponseCsv#readRangeInto} and emits the tally, a partial state: no element
 * per response, so a worker's memory is one tally whatever the file's size. The ranges of a file
 * ({@link #split}) tile it, each row is read by the range it starts in, and merging the tallies
 * ({@code CxTransforms.mergeStates}) gives the one-pass result. The elements are (file, first byte
 * of the range); the file must be a local path, which every worker can open.
 *
 * <p>Bad rows fail the read (fail fast, the reader's message: the row in the whole file and the
 * column, never the content), or with {@code maxRejects > 0} are counted in the {@code rejected}
 * counter and the first ones per range logged by location and reason. The counters {@code rows},
 * {@code values}, {@code skipped} and {@code rejected} add up to the local read's report.
 */
final class CsvRanges extends DoFn<KV<String, Long>, Scorecard.Tally> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(CsvRanges.class);

  private final AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn;
  private final char delimiter;
  private final String measure;
  private final long rangeBytes;
  private final int maxRejects;

  private final Counter rows = Metrics.counter(CsvRanges.class, "rows");
  private final Counter values = Metrics.counter(CsvRanges.class, "values");
  private final Counter skipped = Metrics.counter(CsvRanges.class, "skipped");
  private final Counter rejected = Metrics.counter(CsvRanges.class, "rejected");

  private transient @Nullable ResponseCsv csv;

  /**
   * @param fn the scorecard's combine function, whose analysis the tallies belong to
   * @param delimiter the column delimiter
   * @param measure the measure to read
   * @param rangeBytes the size of a range
   * @param maxRejects 0: fail fast; else collect bad rows and log up to this many per range
   */
  CsvRanges(
      AnalysisFn<Response, ScorecardResult, Scorecard.Tally> fn,
      char delimiter,
      String measure,
      long rangeBytes,
      int maxRejects) {
    if (rangeBytes < 1) {
      throw new IllegalArgumentException("--rangeBytes must be at least 1, got " + rangeBytes);
    }
    if (maxRejects < 0) {
      throw new IllegalArgumentException("--maxRejects must be 0 or more, got " + maxRejects);
    }
    if (!(fn.analysis() instanceof Scorecard card)) {
      throw new IllegalArgumentException("CsvRanges reads into a scorecard's tallies");
    }
    if (card.measure(MeasureId.of(measure)).isEmpty()) {
      throw new IllegalArgumentException(
          "--measure: the journey has no target on measure '" + measure + "'");
    }
    this.fn = fn;
    this.delimiter = delimiter;
    this.measure = measure;
    this.rangeBytes = rangeBytes;
    this.maxRejects = maxRejects;
  }

  /** Splits each matched file into the (file, first byte) of its ranges. */
  static DoFn<MatchResult.Metadata, KV<String, Long>> split(long rangeBytes) {
    return new Split(rangeBytes);
  }

  private static final class Split extends DoFn<MatchResult.Metadata, KV<String, Long>> {
    private static final long serialVersionUID = 1L;
    private final long rangeBytes;

    Split(long rangeBytes) {
      this.rangeBytes = rangeBytes;
    }

    @ProcessElement
    public void processElement(
        @Element MatchResult.Metadata file, OutputReceiver<KV<String, Long>> out) {
      String path = file.resourceId().toString();
      // One range at least, so a file of only a header still has its header checked.
      long from = 0;
      do {
        out.output(KV.of(path, from));
        from += rangeBytes;
      } while (from < file.sizeBytes());
    }
  }

  @Setup
  public void setup() {
    csv = reader();
  }

  private ResponseCsv reader() {
    return ResponseCsv.builder()
        .delimiter(delimiter)
        .parallelism(1)
        .onBadInput(maxRejects == 0 ? BadInput.failFast() : BadInput.collect(maxRejects))
        .build();
  }

  @ProcessElement
  public void processElement(@Element KV<String, Long> range, OutputReceiver<Scorecard.Tally> out) {
    ResponseCsv reader = csv != null ? csv : reader();
    Scorecard card = (Scorecard) fn.analysis();
    Scorecard.Tally tally = fn.createAccumulator();
    long from = range.getValue();
    ReadReport report =
        reader.readRangeInto(
            Path.of(range.getKey()), from, from + rangeBytes, card, MeasureId.of(measure), tally);
    rows.inc(report.rows());
    values.inc(report.values());
    skipped.inc(report.skipped());
    rejected.inc(report.rejected());
    for (Reject r : report.rejects()) {
      LOG.warn("bad row, {}", r);
    }
    out.output(tally);
  }
}
