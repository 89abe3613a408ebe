package org.cxkit.beam.example;

import java.io.IOException;
import java.io.StringReader;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.cxkit.formats.ExportMapping;
import org.cxkit.formats.ResponseCsv;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Response;
import org.jspecify.annotations.Nullable;

/**
 * Reads each matched responses file through cx-formats' {@link ResponseCsv}, so a pipeline reads
 * every shape a local run reads (long format, or any survey tool's wide export through an {@link
 * ExportMapping}) with the same header handling, labels, limits and error messages. Beam ships
 * DoFns with Java serialization and a reader is not serializable, so this carries the recipe (the
 * long shape's delimiter and time column, or the mapping's JSON text) and builds the reader once
 * per worker in {@code @Setup}.
 *
 * <p>A file is read whole by one worker, as a local run reads it: a CSV row may span lines inside
 * quotes, so a file cannot be split at arbitrary offsets. Parallelism comes from several files (a
 * glob), and from everything after the read. Bad rows fail the read (fail fast), with the reader's
 * own message: the row and column, never the cell's content.
 */
final class CsvResponses extends DoFn<FileIO.ReadableFile, Response> {
  private static final long serialVersionUID = 1L;

  private final char delimiter;
  private final String timeColumn;
  private final @Nullable String mappingJson;

  private final Counter rows = Metrics.counter(CsvResponses.class, "rows");
  private final Counter values = Metrics.counter(CsvResponses.class, "values");
  private final Counter skipped = Metrics.counter(CsvResponses.class, "skipped");

  private transient @Nullable ResponseCsv csv;

  private CsvResponses(char delimiter, String timeColumn, @Nullable String mappingJson) {
    this.delimiter = delimiter;
    this.timeColumn = timeColumn;
    this.mappingJson = mappingJson;
  }

  /** The long shape: respondent, touchpoint, measure, score, optionally a time column. */
  static CsvResponses longFormat(char delimiter, String timeColumn) {
    return new CsvResponses(delimiter, timeColumn, null);
  }

  /** Any export an {@link ExportMapping} describes, given as the mapping's JSON text. */
  static CsvResponses mapped(String mappingJson) {
    ExportMapping.read(new StringReader(mappingJson)); // a bad mapping fails while building
    return new CsvResponses(',', "", mappingJson);
  }

  /** The reader this recipe describes. */
  ResponseCsv reader() {
    if (mappingJson != null) {
      return ExportMapping.read(new StringReader(mappingJson)).reader().build();
    }
    ResponseCsv.Builder b = ResponseCsv.builder().delimiter(delimiter);
    if (!timeColumn.isEmpty()) {
      b.timeColumn(timeColumn);
    }
    return b.build();
  }

  @Setup
  public void setup() {
    csv = reader();
  }

  @ProcessElement
  public void processElement(@Element FileIO.ReadableFile file, OutputReceiver<Response> out)
      throws IOException {
    ResponseCsv reader = csv != null ? csv : reader();
    ReadReport report = reader.read(Channels.newInputStream(file.open()), out::output);
    rows.inc(report.rows());
    values.inc(report.values());
    skipped.inc(report.skipped());
  }
}
