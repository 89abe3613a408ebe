package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;

/**
 * What a reader of rows or lines (CSV, JSON Lines) did: how many data rows it read, how many it
 * accepted and rejected (every row is one or the other: {@code accepted + rejected == rows}), how
 * many values it passed on, how many answers were skipped (a blank cell is a skipped question:
 * counted here, never turned into a zero), and how many answers meant <i>not applicable</i> (a code
 * or label such as "N/A" or Qualtrics' -1: counted on their own, neither a score nor a skipped
 * question nor a bad row). An accepted row may give no values (all its answers blank or not
 * applicable, or a measure the reader was not asked for). Under {@link BadInput#collect(int)} the
 * rejected rows are listed, up to the policy's limit, with their location and reason.
 *
 * <pre>{@code
 * ReadReport report = reader.read(file, responses::add);
 * System.out.println(report);   // ReadReport[2 rows: 2 accepted, 0 rejected; 1 values, 1 skipped]
 * }</pre>
 *
 * @param rows data rows read (the header and empty lines are not counted)
 * @param accepted rows read without a problem
 * @param rejected rows left out as bad
 * @param values values passed to the consumer (a wide survey row can give several responses)
 * @param skipped blank answers skipped
 * @param notApplicable answers that meant not applicable
 * @param rejects the first rejected rows, in input order, up to the policy's limit
 * @since 0.1
 */
public record ReadReport(
    long rows,
    long accepted,
    long rejected,
    long values,
    long skipped,
    long notApplicable,
    ImmutableList<Reject> rejects) {

  /**
   * Validates the components.
   *
   * @param rows data rows read (the header and empty lines are not counted)
   * @param accepted rows read without a problem
   * @param rejected rows left out as bad
   * @param values values passed to the consumer
   * @param skipped blank answers skipped
   * @param notApplicable answers that meant not applicable
   * @param rejects the first rejected rows, in input order, up to the policy's limit
   * @throws IllegalArgumentException if a count is negative, {@code accepted + rejected} is not
   *     {@code rows}, or more rejects are listed than were counted
   */
  public ReadReport {
    checkArgument(
        rows >= 0
            && accepted >= 0
            && rejected >= 0
            && values >= 0
            && skipped >= 0
            && notApplicable >= 0,
        "counts must not be negative");
    checkArgument(
        accepted + rejected == rows,
        "accepted (%s) + rejected (%s) must equal rows (%s)",
        accepted,
        rejected,
        rows);
    rejects = ImmutableList.copyOf(requireNonNull(rejects, "rejects"));
    checkArgument(rejects.size() <= rejected, "more rejects listed than rejected");
  }

  /**
   * A report of a reader that met no answer meaning not applicable.
   *
   * @param rows data rows read (the header and empty lines are not counted)
   * @param accepted rows read without a problem
   * @param rejected rows left out as bad
   * @param values values passed to the consumer
   * @param skipped blank answers skipped
   * @param rejects the first rejected rows, in input order, up to the policy's limit
   * @throws IllegalArgumentException as the canonical constructor
   */
  public ReadReport(
      long rows,
      long accepted,
      long rejected,
      long values,
      long skipped,
      ImmutableList<Reject> rejects) {
    this(rows, accepted, rejected, values, skipped, 0, rejects);
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
        + (notApplicable == 0 ? "" : ", " + notApplicable + " not applicable")
        + (rejects.isEmpty() ? "" : "; first reject: " + rejects.get(0))
        + "]";
  }
}
