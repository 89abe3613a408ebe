package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What a CSV or JSON Lines reader did: how many data rows it read, accepted and rejected, how many
 * values it passed on, and how many answers were skipped (a blank cell is a skipped question:
 * counted here, never turned into a zero). Rejected rows are listed (up to the reader's limit) when
 * the reader was asked to collect them instead of failing fast.
 *
 * @param rows data rows read (the header is not counted)
 * @param accepted rows that produced values
 * @param rejected rows that were rejected
 * @param values values passed to the consumer (a wide survey row can give several responses)
 * @param skipped blank answers skipped
 * @param rejects the rejected rows, in order, up to the reader's limit
 * @since 0.1
 */
public record ReadReport(
    long rows,
    long accepted,
    long rejected,
    long values,
    long skipped,
    ImmutableList<RowReject> rejects) {

  /**
   * Creates a report.
   *
   * @param rows data rows read (the header is not counted)
   * @param accepted rows that produced values
   * @param rejected rows that were rejected
   * @param values values passed to the consumer
   * @param skipped blank answers skipped
   * @param rejects the rejected rows, in order, up to the reader's limit
   */
  public ReadReport {
    checkArgument(
        rows >= 0 && accepted >= 0 && rejected >= 0 && values >= 0 && skipped >= 0,
        "counts must not be negative");
    checkArgument(accepted + rejected <= rows, "accepted + rejected must not exceed rows");
    rejects = ImmutableList.copyOf(requireNonNull(rejects, "rejects"));
  }

  @Override
  public String toString() {
    return "ReadReport["
        + rows
        + " rows: "
        + accepted
        + " accepted, "
        + rejected
        + " rejected; "
        + values
        + " values, "
        + skipped
        + " skipped"
        + (rejects.isEmpty() ? "" : "; first reject: " + rejects.get(0))
        + "]";
  }
}
