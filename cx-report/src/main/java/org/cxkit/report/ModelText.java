package org.cxkit.report;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cxkit.core.CxModel;
import org.cxkit.core.check.CheckReport;
import org.cxkit.core.check.Finding;
import org.cxkit.core.check.Rule;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.journey.Transition;
import org.cxkit.core.strategy.Persona;

/** The model's texts: outlines of models and journeys, and the table of a check's findings. */
final class ModelText {
  /**
   * The widest the path column grows: a longer path wraps after a dot onto lines of its own under
   * the column, so every message starts in the same column.
   */
  static final int PATH_COLUMN_LIMIT = 44;

  private ModelText() {}

  /** The model's summary, its strategy, its personas, then each journey's outline, indented. */
  static String outline(CxModel model) {
    StringBuilder sb = new StringBuilder();
    sb.append(model).append('\n');
    sb.append("  ").append(model.strategy()).append('\n');
    for (Persona p : model.personas()) {
      sb.append("  ").append(p).append('\n');
    }
    for (Journey j : model.journeys()) {
      for (String line : outline(j).split("\n", -1)) {
        if (!line.isEmpty()) {
          sb.append("  ").append(line).append('\n');
        }
      }
    }
    return sb.toString();
  }

  /**
   * The journey's summary, its stages with their phases, each touchpoint (a {@code *} marks a
   * moment of truth) with its channel, ownership and measures, then the designed transitions.
   */
  static String outline(Journey journey) {
    StringBuilder sb = new StringBuilder();
    sb.append(journey).append('\n');
    for (Stage s : journey.stages()) {
      sb.append(String.format(Locale.ROOT, "  %-7s %s\n", s.phase(), s.name()));
      for (Touchpoint t : s.touchpoints()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "            %s%-24s %-13s %-8s %s\n",
                t.momentOfTruth() ? "*" : " ",
                t.id(),
                t.channel().name().toLowerCase(Locale.ROOT),
                t.ownership(),
                t.measures().isEmpty() ? "-" : t.measures().toString()));
      }
    }
    for (Transition t : journey.transitions()) {
      sb.append("  ").append(t).append('\n');
    }
    return sb.toString();
  }

  /**
   * The report's summary line, then one aligned line per finding: severity, code, path, message;
   * then, under "what to do:", each rule's advice once, in the order the findings name the rules.
   */
  static String table(Messages messages, CheckReport report) {
    StringBuilder sb = new StringBuilder();
    sb.append(report);
    int width = 1;
    for (Finding f : report.findings()) {
      width = Math.max(width, Math.min(PATH_COLUMN_LIMIT, f.path().toString().length()));
    }
    int codeWidth = 1;
    for (Finding f : report.findings()) {
      codeWidth = Math.max(codeWidth, f.code().length());
    }
    String indent = " ".repeat(2 + 6 + 1 + codeWidth + 2);
    for (Finding f : report.findings()) {
      List<String> path = wrapPath(f.path().toString(), width);
      sb.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "  %-6s %-" + codeWidth + "s  %-" + width + "s  %s",
                  f.severity(),
                  f.code(),
                  path.get(0),
                  message(messages, f)));
      for (String more : path.subList(1, path.size())) {
        sb.append('\n').append(indent).append(more);
      }
    }
    if (!report.findings().isEmpty()) {
      sb.append("\n  ").append(messages.format("check.advice"));
      Set<Rule> shown = EnumSet.noneOf(Rule.class);
      for (Finding f : report.findings()) {
        if (shown.add(f.rule())) {
          sb.append("\n    ")
              .append(f.code())
              .append("  ")
              .append(messages.format(f.code() + ".advice"));
        }
      }
    }
    return sb.toString();
  }

  /**
   * Splits a path into lines of at most {@code width} characters, breaking after a dot (between two
   * steps of the path) where it can and inside a step only when the step alone is wider.
   */
  static List<String> wrapPath(String path, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int start = 0;
    while (start < path.length()) {
      int dot = path.indexOf('.', start);
      String step = dot < 0 ? path.substring(start) : path.substring(start, dot + 1);
      start += step.length();
      if (line.length() + step.length() > width && line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      while (step.length() > width) {
        lines.add(step.substring(0, width));
        step = step.substring(width);
      }
      line.append(step);
    }
    if (line.length() > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The finding's sentence: its rule's message pattern with the finding's arguments. */
  static String message(Messages messages, Finding finding) {
    return messages.format(finding.code() + ".message", finding.arguments());
  }
}
