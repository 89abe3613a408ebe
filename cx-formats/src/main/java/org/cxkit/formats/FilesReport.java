package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cxkit.metrics.ReadReport;

/**
 * What {@link ResponseCsv#read(java.util.List, java.util.function.Consumer)} read from several
 * files of one survey (exports per wave or per market): each file's report, in the order given,
 * with its rejects (whose rows are that file's rows), the counts of all of them, and how many
 * respondents appear in more than one file, which the analysis then counts more than once.
 *
 * @param files each file's report, in the order given
 * @param total the counts of all files together (rejects are listed per file)
 * @param repeatedRespondents respondents with answers in more than one file (0 when rows are
 *     numbered: they have no id to compare)
 * @since 0.1
 */
public record FilesReport(
    ImmutableList<ReadReport> files, ReadReport total, long repeatedRespondents) {

  /**
   * Validates the components.
   *
   * @param files each file's report, in the order given
   * @param total the counts of all files together
   * @param repeatedRespondents respondents with answers in more than one file
   * @throws IllegalArgumentException if there are no files or the count is negative
   */
  public FilesReport {
    files = ImmutableList.copyOf(requireNonNull(files, "files"));
    requireNonNull(total, "total");
    checkArgument(!files.isEmpty(), "no files");
    checkArgument(repeatedRespondents >= 0, "repeatedRespondents must not be negative");
  }

  /**
   * The warnings a reader of these files should see: respondents who appear in more than one file.
   *
   * @return the warnings, without any respondent's id
   */
  public ImmutableList<String> warnings() {
    return repeatedRespondents == 0
        ? ImmutableList.of()
        : ImmutableList.of(
            repeatedRespondents
                + (repeatedRespondents == 1 ? " respondent appears" : " respondents appear")
                + " in more than one file: their answers are counted once per file");
  }

  @Override
  public String toString() {
    return "FilesReport["
        + files.size()
        + " files: "
        + total
        + (repeatedRespondents == 0 ? "" : "; " + warnings().get(0))
        + "]";
  }
}
