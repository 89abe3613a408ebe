package org.cxkit.report;

import java.util.EnumSet;
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
  /** Paths longer than this push their message right instead of widening every line. */
  static final int PATH_COLUMN_LIMIT = 72;

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
    for (Finding f : report.findings()) {
      sb.append('\n')
          .append(
              String.format(
                  Locale.ROOT,
                  "  %-6s %s  %-" + width + "s  %s",
                  f.severity(),
                  f.code(),
                  f.path(),
                  message(messages, f)));
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

  /** The finding's sentence: its rule's message pattern with the finding's arguments. */
  static String message(Messages messages, Finding finding) {
    return messages.format(finding.code() + ".message", finding.arguments());
  }
}
