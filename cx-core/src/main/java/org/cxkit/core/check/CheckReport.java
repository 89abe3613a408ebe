package org.cxkit.core.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cxkit.core.internal.Args;

/**
 * What {@link ModelCheck} found in a model, most severe first (then in model order).
 *
 * <pre>{@code
 * CheckReport report = model.check();
 * report.isClean();              // false
 * report.count(Severity.HIGH);   // 2
 * System.out.println(report);    // CheckReport[19 findings: 15 MEDIUM, 4 LOW]
 * }</pre>
 *
 * @param findings the findings
 */
public record CheckReport(ImmutableList<Finding> findings) {
  /**
   * Copies the findings.
   *
   * @param findings the findings
   * @throws NullPointerException if the list or an element is null
   */
  public CheckReport {
    findings = Args.list(findings, "findings");
  }

  /**
   * Returns whether nothing was found.
   *
   * @return true if there are no findings
   */
  public boolean isClean() {
    return findings.isEmpty();
  }

  /**
   * Returns how many findings have a severity.
   *
   * @param severity the severity
   * @return the count
   */
  public int count(Severity severity) {
    requireNonNull(severity, "severity");
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /**
   * Returns the findings of one rule.
   *
   * @param rule the rule
   * @return its findings, in report order
   */
  public ImmutableList<Finding> of(Rule rule) {
    requireNonNull(rule, "rule");
    return findings.stream().filter(f -> f.rule() == rule).collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings at or above a severity.
   *
   * @param severity the lowest severity to keep
   * @return the findings, in report order
   */
  public ImmutableList<Finding> atLeast(Severity severity) {
    requireNonNull(severity, "severity");
    return findings.stream()
        .filter(f -> f.severity().compareTo(severity) <= 0)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns one line: how many findings, by severity, such as {@code CheckReport[19 findings: 15
   * MEDIUM, 4 LOW]}. The table of findings with their sentences is rendered by the cx-report module
   * ({@code TextReport.table(report)}).
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("CheckReport[")
        .append(findings.size())
        .append(findings.size() == 1 ? " finding" : " findings");
    if (!findings.isEmpty()) {
      sb.append(": ");
      boolean first = true;
      for (Severity s : Severity.values()) {
        int n = count(s);
        if (n > 0) {
          sb.append(first ? "" : ", ").append(n).append(' ').append(s);
          first = false;
        }
      }
    }
    return sb.append(']').toString();
  }
}
