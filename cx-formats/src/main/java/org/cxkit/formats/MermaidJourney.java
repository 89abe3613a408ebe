package org.cxkit.formats;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;

/**
 * Writes a journey as a Mermaid {@code journey} diagram (a "user journey"), which code hosts render
 * in Markdown: the journey's name is the title, each stage a section, each touchpoint a task with a
 * score from 1 (worst) to 5 (best) and the journey's persona as its actor.
 *
 * <pre>{@code
 * String mermaid = MermaidJourney.render(journey, scorecardResult);
 * Files.writeString(Path.of("journey.md"), "```mermaid\n" + mermaid + "```\n");
 * }</pre>
 *
 * <p><b>Scores.</b> A touchpoint's score comes from its first scorecard row (the scorecard puts
 * rows with a target first), using the gap to the target relative to the measure's range ({@link
 * TouchpointScore#relativeGap()}: 0.1 is a tenth of the range, such as 20 NPS points or 10
 * percentage points) when the target was judged:
 *
 * <table>
 *   <caption>Score from a judged target</caption>
 *   <tr><th>score</th><th>relative gap to the target</th></tr>
 *   <tr><td>5</td><td>met by 0.10 or more</td></tr>
 *   <tr><td>4</td><td>met by less than 0.10</td></tr>
 *   <tr><td>3</td><td>missed by less than 0.10</td></tr>
 *   <tr><td>2</td><td>missed by 0.10 up to 0.25</td></tr>
 *   <tr><td>1</td><td>missed by 0.25 or more</td></tr>
 * </table>
 *
 * <p>Without a judged target (no target, or too few answers to judge it) the score is the value's
 * place in its measure's range, from worst to best, in fifths: below 0.2 scores 1, from 0.8 up
 * scores 5 (NPS −100..100, a percentage 0..100, a mean on its scale, turned round when lower is
 * better). A touchpoint without any value scores 3, the middle, and a comment line ({@code %% no
 * score: <touchpoint id>}) above it says so. Without a scorecard every touchpoint is unscored.
 *
 * <p><b>Parallel groups.</b> The journey diagram has sections and tasks and nothing between them
 * (Mermaid's user-journey syntax: {@code section <name>} lines, each task {@code name: score:
 * actors}), so a {@linkplain ParallelGroup parallel group} gets a section of its own, named after
 * its stage with " (in either order)" added, holding its members; the stage's section resumes after
 * it for the stage's other touchpoints. A reader sees the band over the group's tasks.
 *
 * <p><b>Names.</b> Mermaid's journey grammar ends a title at {@code #}, {@code ;} or a line break,
 * and a section or task name also at {@code :}; {@code %%} starts a comment, and a name starting
 * with a keyword ({@code journey}, {@code title }, {@code section }, {@code accDescr}) is read as
 * that keyword. So names are written with line breaks and other control characters as spaces, runs
 * of spaces as one, {@code #}, {@code ;}, {@code :} and {@code %} (in {@code %%}) as their
 * full-width forms ＃ ； ∶ ％, and a WORD JOINER (U+2060, invisible) before a leading keyword.
 *
 * @since 0.1
 */
public final class MermaidJourney {
  /** The score of a touchpoint without a value. */
  static final int UNSCORED = 3;

  private static final Pattern KEYWORD =
      Pattern.compile("(?i)^(journey|title\\s|section\\s|acctitle|accdescr)");

  /** What a parallel group's band adds to its stage's name. */
  static final String EITHER_ORDER = " (in either order)";

  private MermaidJourney() {}

  /**
   * Writes a journey without scores: every touchpoint scores 3.
   *
   * @param journey the journey
   * @return the diagram, lines ending in {@code \n}
   * @since 0.1
   */
  public static String render(Journey journey) {
    return render(requireNonNull(journey, "journey"), Optional.empty());
  }

  /**
   * Writes a journey with its touchpoints scored from a scorecard of that journey.
   *
   * @param journey the journey
   * @param scores the journey's scorecard
   * @return the diagram, lines ending in {@code \n}
   * @throws IllegalArgumentException if the scorecard is of another journey
   * @since 0.1
   */
  public static String render(Journey journey, ScorecardResult scores) {
    requireNonNull(journey, "journey");
    requireNonNull(scores, "scores");
    checkArgument(
        scores.journey().equals(journey.id()),
        "scores: the scorecard is of another journey than the one to render");
    return render(journey, Optional.of(scores));
  }

  private static String render(Journey journey, Optional<ScorecardResult> scores) {
    StringBuilder s = new StringBuilder(1024);
    s.append("journey\n");
    s.append("  title ").append(name(journey.name(), true)).append('\n');
    String actor = journey.persona().value();
    for (Stage stage : journey.stages()) {
      String section = name(stage.name(), false);
      s.append("  section ").append(section).append('\n');
      List<Touchpoint> tps = stage.touchpoints();
      Set<ParallelGroup> written = new HashSet<>();
      boolean reopen = false;
      for (Touchpoint t : tps) {
        Optional<ParallelGroup> group = journey.graph().groupOf(t.id());
        if (group.isEmpty()) {
          if (reopen) {
            s.append("  section ").append(section).append('\n');
            reopen = false;
          }
          task(s, t, actor, scores);
        } else if (written.add(group.get())) {
          // the whole group under its own band; the stage's band again for what follows
          s.append("  section ").append(section).append(EITHER_ORDER).append('\n');
          for (Touchpoint m : tps) {
            if (group.get().contains(m.id())) {
              task(s, m, actor, scores);
            }
          }
          reopen = true;
        }
      }
    }
    return s.toString();
  }

  private static void task(
      StringBuilder s, Touchpoint t, String actor, Optional<ScorecardResult> scores) {
    Optional<TouchpointScore> row = scores.flatMap(r -> r.rows(t.id()).stream().findFirst());
    Optional<Integer> score = row.flatMap(MermaidJourney::score);
    if (score.isEmpty()) {
      s.append("    %% no score: ").append(t.id().value()).append('\n');
    }
    s.append("    ")
        .append(name(t.name(), false))
        .append(": ")
        .append(score.orElse(UNSCORED))
        .append(": ")
        .append(actor)
        .append('\n');
  }

  /** A row's score, 1 to 5, as the class documents, or empty when it has no value. */
  static Optional<Integer> score(TouchpointScore row) {
    boolean judged = row.status() == TargetStatus.MET || row.status() == TargetStatus.MISSED;
    if (judged && row.relativeGap().isPresent()) {
      double g = row.relativeGap().getAsDouble();
      return Optional.of(g >= 0.10 ? 5 : g >= 0 ? 4 : g > -0.10 ? 3 : g > -0.25 ? 2 : 1);
    }
    MetricResult result = row.result();
    if (result.headline().isEmpty()) {
      return Optional.empty();
    }
    double level = level(result, result.headline().getAsDouble());
    return Optional.of(Math.min(5, 1 + (int) Math.floor(level * 5)));
  }

  /** Where a value lies between the worst (0) and the best (1) its measure allows. */
  static double level(MetricResult result, double value) {
    double worst;
    double best;
    if (result instanceof NpsResult) {
      worst = -100;
      best = 100;
    } else if (result instanceof ScaleResult sr && sr.headlineKind() == ScaleResult.Headline.MEAN) {
      Scale scale = sr.scale();
      boolean higherIsBetter = scale.isBetter(scale.max(), scale.min());
      worst = higherIsBetter ? scale.min() : scale.max();
      best = higherIsBetter ? scale.max() : scale.min();
    } else {
      worst = 0;
      best = result.headlineSpan();
    }
    return Math.max(0, Math.min(1, (value - worst) / (best - worst)));
  }

  /** A name as the grammar can carry it (see the class comment). */
  static String name(String text, boolean colonAllowed) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)
                  || Character.isWhitespace(c)
                  || c == '\u2028'
                  || c == '\u2029') {
                b.append(' ');
              } else if (c == '#') {
                b.append('\uFF03');
              } else if (c == ';') {
                b.append('\uFF1B');
              } else if (c == ':' && !colonAllowed) {
                b.append('\u2236');
              } else {
                b.appendCodePoint(c);
              }
            });
    String out = b.toString().strip().replaceAll(" {2,}", " ").replace("%%", "%\uFF05");
    if (out.isEmpty()) {
      return "-";
    }
    return KEYWORD.matcher(out).find() ? "\u2060" + out : out;
  }
}
