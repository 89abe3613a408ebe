/**
 * Other tools' formats in and out of cxkit: survey exports as their tools write them (long and wide
 * CSV, labels, extra columns) and journey event logs, read streaming and in constant memory into
 * cx-metrics' {@code Response} and cx-core's {@code JourneyEvent}.
 *
 * <p>Bad input is reported in cx-metrics' vocabulary: a {@code BadInput} policy, {@code Reject}s
 * with their row and column, a {@code ReadReport}, and a {@code BadInputException}.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.formats {
  requires transitive org.cxkit.core;
  requires transitive org.cxkit.metrics;
  requires com.fasterxml.jackson.core;
  requires java.xml;
  requires static transitive org.jspecify;

  exports org.cxkit.formats;
}
