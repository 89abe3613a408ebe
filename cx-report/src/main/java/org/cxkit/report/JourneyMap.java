package org.cxkit.report;

import static java.util.Objects.requireNonNull;
import static org.cxkit.report.Markup.esc;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.PersonaId;
import org.cxkit.core.Scale;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.Activity;
import org.cxkit.core.blueprint.Dependency;
import org.cxkit.core.blueprint.DependencyKind;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.EmotionScale;
import org.cxkit.core.blueprint.Lane;
import org.cxkit.core.blueprint.PersonaCurve;
import org.cxkit.core.blueprint.SupportProcess;
import org.cxkit.core.graph.JourneyGraph;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.ParallelGroup;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.ScaleHistogram;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.jspecify.annotations.Nullable;

/**
 * A journey drawn as an SVG journey map in the manner of a service blueprint: a column per
 * touchpoint, grouped under its stage and the stages under their phase; above the cards, the
 * intended level (the target) and the measured score as two curves on a common 0–100 % scale; the
 * cards (channel, owner, controllable, score against target with its status written out, moment of
 * truth, fail points, the weakest link); below them the frontstage and backstage lanes split by the
 * line of visibility. A journey laid out in blueprint lanes (its touchpoints have {@linkplain
 * Activity activities}) is drawn with Bitner, Ostrom and Morgan's four lanes instead (customer,
 * onstage, backstage, support) and their three lines (interaction, visibility, internal
 * interaction); a journey that states an experience curve on an {@link EmotionScale} has that curve
 * drawn in the feeling lane (intended and measured emotion) in place of the scores, which stay on
 * the cards, and beside it each other persona's {@linkplain PersonaCurve curve}, dotted with
 * diamonds in a colour of its own and named at its end. The journey's {@linkplain Dependency
 * dependencies} (one element triggers or enables another) are arrows in bluish green, solid for
 * triggers and dashed for enables, from card to card or between a support process in its lane and a
 * card. Under the lanes, the designed non-linear moves of the journey's {@link JourneyGraph} as
 * arcs; a {@linkplain ParallelGroup parallel group} is a bracket over its members' cards labelled
 * "in either order" (its moves, every order of the members, are not drawn as arcs: the bracket says
 * it).
 *
 * <p>Ids and coordinates depend on the journey and the scores only, so the output is stable: ids
 * are {@code tp-<touchpoint>}, {@code stage-<stage>}, {@code phase-<PHASE>}, {@code move-<n>} in
 * the graph's order, {@code dependency-<n>} and {@code parallel-<n>} in the journey's order.
 * Columns have a fixed width, so 60 touchpoints make a wide map that scrolls rather than an
 * unreadable one.
 *
 * <p>Colours are from the Okabe–Ito palette (blue for met, vermillion for missed, grey for not
 * judged), which readers with the common colour-vision deficiencies can tell apart; the status is
 * also written on each card and the two curves differ in dash and marker shape.
 */
final class JourneyMap {
  static final int COLUMN = 180;
  static final int CARD_WIDTH = 168;
  static final int LEFT = 124;
  static final int PHASE_Y = 8;
  static final int STAGE_Y = 38;
  static final int CHART_Y = 80;
  static final int CHART_HEIGHT = 110;
  static final int CARD_Y = 212;
  static final int CARD_HEIGHT = 196;
  static final int FRONT_Y = CARD_Y + CARD_HEIGHT + 12;
  static final int LANE_HEIGHT = 62;
  static final int VISIBILITY_Y = FRONT_Y + LANE_HEIGHT + 8;
  static final int BACK_Y = VISIBILITY_Y + 8;
  static final int MOVES_Y = BACK_Y + LANE_HEIGHT + 6;

  /** Characters per line on a card (12 px text in 152 px). */
  static final int CARD_CHARS = 21;

  static final String MET = "#0072B2";
  static final String MISSED = "#D55E00";
  static final String UNJUDGED = "#6E6E6E";
  static final String INTENDED = "#E69F00";
  static final String DEPENDENCY = "#009E73";

  /** Other personas' curves, from the Okabe–Ito palette: reddish purple, sky blue, black. */
  static final String[] PERSONA_COLOURS = {"#CC79A7", "#56B4E9", "#000000"};

  private final Journey journey;
  private final Optional<ScorecardResult> scores;
  private final Messages messages;
  private final Locale locale;
  private final Map<TouchpointId, Integer> column = new HashMap<>();
  private final Map<PersonaId, String> personaNames;

  /** Whether the journey is laid out in blueprint lanes: then four lanes and three lines. */
  private final boolean blueprint;

  /** The experience curve's scale, when the journey states emotion values on one. */
  private final Optional<EmotionScale> emotion;

  private final int interactionY;
  private final int onstageY;
  private final int visibilityY;
  private final int backY;
  private final int internalY;
  private final int supportY;
  private final int movesY;

  JourneyMap(Journey journey, Optional<ScorecardResult> scores, Messages messages) {
    this(journey, scores, messages, Map.of());
  }

  /**
   * A map that names other personas' curves by their names in {@code personaNames} (by id where a
   * name is missing).
   */
  JourneyMap(
      Journey journey,
      Optional<ScorecardResult> scores,
      Messages messages,
      Map<PersonaId, String> personaNames) {
    this.journey = journey;
    this.personaNames = personaNames;
    this.scores = scores;
    this.messages = messages;
    this.locale = messages.locale();
    this.blueprint = journey.touchpoints().stream().anyMatch(t -> !t.activities().isEmpty());
    this.emotion =
        journey
            .emotionScale()
            .filter(
                x ->
                    journey.touchpoints().stream().anyMatch(t -> !t.emotion().isEmpty())
                        || journey.personaCurves().stream().anyMatch(c -> !c.points().isEmpty()));
    if (blueprint) {
      // customer | line of interaction | onstage | line of visibility | backstage | line of
      // internal interaction | support, as Bitner, Ostrom and Morgan (2008) draw them
      interactionY = FRONT_Y + LANE_HEIGHT + 8;
      onstageY = interactionY + 8;
      visibilityY = onstageY + LANE_HEIGHT + 8;
      backY = visibilityY + 8;
      internalY = backY + LANE_HEIGHT + 8;
      supportY = internalY + 8;
      movesY = supportY + LANE_HEIGHT + 6;
    } else {
      interactionY = FRONT_Y;
      onstageY = FRONT_Y;
      visibilityY = VISIBILITY_Y;
      backY = BACK_Y;
      internalY = BACK_Y;
      supportY = BACK_Y;
      movesY = MOVES_Y;
    }
  }

  /** The map as an {@code <svg>} element, without an XML declaration (to be inlined). */
  String svg() {
    List<Column> columns = columns();
    int width = LEFT + Math.max(1, columns.size()) * COLUMN + 8;
    List<JourneyGraph.Move> moves = arcs();
    int deepest = 0;
    for (JourneyGraph.Move m : moves) {
      deepest = Math.max(deepest, depth(m));
    }
    int height = movesY + (moves.isEmpty() ? 0 : deepest + 30);
    String id = "journey-map-" + journey.id().value();
    StringBuilder s = new StringBuilder(16_384);
    Markup.svg(s, "journey-map", id, width, height, text("map.title", "journey", journey.name()));
    s.append("<defs><marker id=\"")
        .append(esc(id))
        .append("-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
        .append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\"")
        .append(" fill=\"#333\"/></marker>");
    if (!journey.dependencies().isEmpty()) {
      s.append("<marker id=\"")
          .append(esc(id))
          .append("-dependency\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\"")
          .append(" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10")
          .append(" z\" fill=\"")
          .append(DEPENDENCY)
          .append("\"/></marker>");
    }
    s.append("</defs>\n");
    phases(s, columns);
    stages(s, columns);
    lanes(s, width);
    chart(s, columns);
    for (Column c : columns) {
      c.touchpoint.ifPresent(t -> card(s, c, t));
    }
    for (int i = 0; i < moves.size(); i++) {
      arc(s, i, moves.get(i), id);
    }
    List<Dependency> dependencies = journey.dependencies();
    for (int i = 0; i < dependencies.size(); i++) {
      dependency(s, i, dependencies.get(i), id);
    }
    List<ParallelGroup> groups = journey.parallelGroups();
    for (int i = 0; i < groups.size(); i++) {
      parallelGroup(s, i, groups.get(i));
    }
    s.append("</svg>");
    return s.toString();
  }

  /** One column of the map: a touchpoint, or an empty stage's placeholder. */
  private record Column(int index, Stage stage, Optional<Touchpoint> touchpoint) {
    int x() {
      return LEFT + index * COLUMN;
    }

    int centre() {
      return x() + CARD_WIDTH / 2;
    }
  }

  private List<Column> columns() {
    List<Column> columns = new ArrayList<>();
    for (Stage st : journey.stages()) {
      if (st.touchpoints().isEmpty()) {
        columns.add(new Column(columns.size(), st, Optional.empty()));
      }
      for (Touchpoint t : st.touchpoints()) {
        column.put(t.id(), columns.size());
        columns.add(new Column(columns.size(), st, Optional.of(t)));
      }
    }
    return columns;
  }

  private void phases(StringBuilder s, List<Column> columns) {
    int i = 0;
    while (i < columns.size()) {
      Phase phase = columns.get(i).stage().phase();
      int j = i;
      while (j < columns.size() && columns.get(j).stage().phase() == phase) {
        j++;
      }
      int x = columns.get(i).x();
      int w = (j - i) * COLUMN - (COLUMN - CARD_WIDTH);
      s.append("<g class=\"phase\" id=\"phase-").append(phase.name()).append("\">");
      rect(s, x, PHASE_Y, w, 24, "#2f3b4c", "none");
      label(s, x + 8, PHASE_Y + 17, "phase-label", text("map.phase." + phase.name()), "#fff");
      s.append("</g>\n");
      i = j;
    }
  }

  private void stages(StringBuilder s, List<Column> columns) {
    int i = 0;
    while (i < columns.size()) {
      Stage stage = columns.get(i).stage();
      int j = i;
      while (j < columns.size() && columns.get(j).stage().equals(stage)) {
        j++;
      }
      int x = columns.get(i).x();
      int w = (j - i) * COLUMN - (COLUMN - CARD_WIDTH);
      s.append("<g class=\"stage\" id=\"stage-")
          .append(esc(stage.id().value()))
          .append("\"><title>")
          .append(esc(stage.name()))
          .append("</title>");
      rect(s, x, STAGE_Y, w, 30, "#dde3ea", "none");
      int chars = Math.max(4, w / 8);
      label(s, x + 8, STAGE_Y + 20, "stage-label", Markup.wrap(stage.name(), chars, 1).get(0), "");
      s.append("</g>\n");
      i = j;
    }
  }

  private void lanes(StringBuilder s, int width) {
    label(s, 8, CHART_Y + 14, "lane-label", text("map.lane.feeling"), "");
    label(s, 8, CARD_Y + 14, "lane-label", text("map.lane.touchpoints"), "");
    if (blueprint) {
      label(s, 8, FRONT_Y + 14, "lane-label", text("map.lane.customer"), "");
      line(s, width, "line-of-interaction", interactionY, text("map.lineOfInteraction"));
      label(s, 8, onstageY + 14, "lane-label", text("map.lane.onstage"), "");
      line(s, width, "line-of-visibility", visibilityY, text("map.lineOfVisibility"));
      label(s, 8, backY + 14, "lane-label", text("map.lane.backstage"), "");
      line(
          s,
          width,
          "line-of-internal-interaction",
          internalY,
          text("map.lineOfInternalInteraction"));
      label(s, 8, supportY + 14, "lane-label", text("map.lane.support"), "");
      return;
    }
    label(s, 8, FRONT_Y + 14, "lane-label", text("map.lane.frontstage"), "");
    label(s, 8, BACK_Y + 14, "lane-label", text("map.lane.backstage"), "");
    line(s, width, "line-of-visibility", VISIBILITY_Y, text("map.lineOfVisibility"));
  }

  private static void line(StringBuilder s, int width, String cls, int y, String name) {
    s.append("<line class=\"")
        .append(cls)
        .append("\" x1=\"8\" y1=\"")
        .append(y)
        .append("\" x2=\"")
        .append(width - 8)
        .append("\" y2=\"")
        .append(y)
        .append("\" stroke=\"#333\" stroke-dasharray=\"8 4\"/>");
    s.append("<text class=\"")
        .append(cls.equals("line-of-visibility") ? "lov" : cls)
        .append("-label\" x=\"8\" y=\"")
        .append(y - 3)
        .append("\" font-size=\"10\">")
        .append(esc(name))
        .append("</text>\n");
  }

  /**
   * The intended level (the target) and the measured score, as two curves of points; or, when the
   * journey states an experience curve, its intended and measured emotion on the journey's scale.
   */
  private void chart(StringBuilder s, List<Column> columns) {
    if (emotion.isPresent()) {
      emotionChart(s, columns, emotion.get());
      return;
    }
    int top = CHART_Y;
    int bottom = CHART_Y + CHART_HEIGHT;
    for (int pct : new int[] {0, 50, 100}) {
      int y = bottom - pct * CHART_HEIGHT / 100;
      s.append("<line class=\"grid\" x1=\"")
          .append(LEFT - 8)
          .append("\" y1=\"")
          .append(y)
          .append("\" x2=\"")
          .append(LEFT + columns.size() * COLUMN)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#ccc\" stroke-width=\"0.5\"/>");
      label(s, LEFT - 38, y + 4, "axis", pct + "\u00a0%", "");
    }
    s.append('\n');
    List<double[]> intended = new ArrayList<>();
    List<double[]> measured = new ArrayList<>();
    for (Column c : columns) {
      Optional<TouchpointScore> row = c.touchpoint().flatMap(t -> primary(t.id()));
      if (row.isEmpty()) {
        intended.add(null);
        measured.add(null);
        continue;
      }
      TouchpointScore r = row.get();
      intended.add(
          r.target().isPresent()
              ? new double[] {c.centre(), level(r, r.target().get().threshold())}
              : null);
      OptionalDouble h = r.value();
      measured.add(h.isPresent() ? new double[] {c.centre(), level(r, h.getAsDouble())} : null);
    }
    curve(s, "curve-intended", intended, INTENDED, "6 4", top);
    curve(s, "curve-measured", measured, MET, "", top);
    for (int i = 0; i < columns.size(); i++) {
      double[] p = intended.get(i);
      if (p != null) {
        double y = top + (1 - p[1]) * CHART_HEIGHT;
        s.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"point-intended\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\""
                    + " fill=\"%s\"/>",
                p[0] - 4,
                y - 4,
                INTENDED));
        Optional<Touchpoint> t = columns.get(i).touchpoint();
        if (t.isPresent() && !t.get().goals().feels().isEmpty()) {
          String feel = Markup.wrap(t.get().goals().feels().get(0), CARD_CHARS - 4, 1).get(0);
          label(s, (int) p[0] + 8, (int) Math.min(bottom - 2, y + 14), "feel", feel, "#7a5200");
        }
      }
      double[] m = measured.get(i);
      if (m != null) {
        s.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"point-measured\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>",
                m[0],
                top + (1 - m[1]) * CHART_HEIGHT,
                MET));
      }
    }
    s.append('\n');
  }

  /** The model's experience curve: intended (dashed, squares) and measured (solid, circles). */
  private void emotionChart(StringBuilder s, List<Column> columns, EmotionScale scale) {
    int top = CHART_Y;
    double[] marks = {scale.min(), scale.neutral(), scale.max()};
    for (double v : marks) {
      int y =
          (int)
              Math.round(
                  top + (1 - (v - scale.min()) / (scale.max() - scale.min())) * CHART_HEIGHT);
      s.append("<line class=\"grid\" x1=\"")
          .append(LEFT - 8)
          .append("\" y1=\"")
          .append(y)
          .append("\" x2=\"")
          .append(LEFT + columns.size() * COLUMN)
          .append("\" y2=\"")
          .append(y)
          .append("\" stroke=\"#ccc\" stroke-width=\"0.5\"/>");
      label(s, LEFT - 38, y + 4, "axis", text("map.emotionValue", "value", v), "");
    }
    s.append('\n');
    List<double[]> intended = new ArrayList<>();
    List<double[]> measured = new ArrayList<>();
    for (Column c : columns) {
      Optional<Touchpoint> t = c.touchpoint();
      intended.add(point(c, scale, t.flatMap(x -> x.emotion().intended())));
      measured.add(point(c, scale, t.flatMap(x -> x.emotion().measured())));
    }
    curve(s, "emotion-intended", intended, INTENDED, "6 4", top);
    curve(s, "emotion-measured", measured, MET, "", top);
    List<PersonaCurve> curves = journey.personaCurves();
    for (int k = 0; k < curves.size(); k++) {
      personaCurve(s, columns, scale, curves.get(k), PERSONA_COLOURS[k % PERSONA_COLOURS.length]);
    }
    for (int i = 0; i < columns.size(); i++) {
      double[] p = intended.get(i);
      if (p != null) {
        s.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"point-intended\" x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\""
                    + " fill=\"%s\"/>",
                p[0] - 4,
                top + (1 - p[1]) * CHART_HEIGHT - 4,
                INTENDED));
      }
      double[] m = measured.get(i);
      if (m != null) {
        s.append(
            String.format(
                Locale.ROOT,
                "<circle class=\"point-measured\" cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>",
                m[0],
                top + (1 - m[1]) * CHART_HEIGHT,
                MET));
      }
    }
    s.append('\n');
  }

  /**
   * Another persona's curve: its measured values (or, where none is measured, its intended ones) as
   * a dotted line with diamonds in the persona's colour, named at its last point.
   */
  private void personaCurve(
      StringBuilder s, List<Column> columns, EmotionScale scale, PersonaCurve c, String colour) {
    List<double[]> points = new ArrayList<>();
    for (Column col : columns) {
      Optional<Emotion> e =
          col.touchpoint().flatMap(t -> Optional.ofNullable(c.points().get(t.id())));
      points.add(point(col, scale, e.flatMap(x -> x.measured().or(x::intended))));
    }
    String persona = personaNames.getOrDefault(c.persona(), c.persona().value());
    s.append("<g class=\"emotion-persona\" data-persona=\"")
        .append(esc(c.persona().value()))
        .append("\"><title>")
        .append(esc(text("map.personaCurve", "persona", persona)))
        .append("</title>");
    curve(s, "emotion-persona-line", points, colour, "2 3", CHART_Y);
    double @Nullable [] last = null;
    for (double[] p : points) {
      if (p == null) {
        continue;
      }
      last = p;
      double y = CHART_Y + (1 - p[1]) * CHART_HEIGHT;
      s.append(
          String.format(
              Locale.ROOT,
              "<path class=\"point-persona\" d=\"M%.1f,%.1f l5,5 l-5,5 l-5,-5 z\" fill=\"%s\"/>",
              p[0],
              y - 5,
              colour));
    }
    if (last != null) {
      label(
          s,
          (int) last[0] + 10,
          (int) (CHART_Y + (1 - last[1]) * CHART_HEIGHT) + 4,
          "persona-label",
          Markup.wrap(persona, CARD_CHARS - 4, 1).get(0),
          colour);
    }
    s.append("</g>\n");
  }

  private static double @Nullable [] point(Column c, EmotionScale scale, Optional<Double> v) {
    return v.map(x -> new double[] {c.centre(), (x - scale.min()) / (scale.max() - scale.min())})
        .orElse(null);
  }

  private static void curve(
      StringBuilder s, String cls, List<double[]> points, String colour, String dash, int top) {
    StringBuilder d = new StringBuilder();
    boolean pen = false;
    for (double[] p : points) {
      if (p == null) {
        pen = false;
        continue;
      }
      d.append(pen ? " L" : (d.length() == 0 ? "M" : " M"))
          .append(String.format(Locale.ROOT, "%.1f,%.1f", p[0], top + (1 - p[1]) * CHART_HEIGHT));
      pen = true;
    }
    if (d.length() > 0) {
      s.append("<path class=\"")
          .append(cls)
          .append("\" d=\"")
          .append(d)
          .append("\" fill=\"none\" stroke=\"")
          .append(colour)
          .append("\" stroke-width=\"2\"")
          .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
          .append("/>\n");
    }
  }

  private void card(StringBuilder s, Column c, Touchpoint t) {
    Optional<TouchpointScore> row = primary(t.id());
    TargetStatus status = row.map(TouchpointScore::status).orElse(TargetStatus.NOT_ENOUGH_DATA);
    boolean weakest =
        scores
            .flatMap(ScorecardResult::weakestLink)
            .map(w -> w.touchpoint().equals(t.id()))
            .orElse(false);
    String colour =
        status == TargetStatus.MET ? MET : status == TargetStatus.MISSED ? MISSED : UNJUDGED;
    String fill =
        status == TargetStatus.MET
            ? "#e3f0fa"
            : status == TargetStatus.MISSED ? "#fbe4d6" : "#f2f2f2";
    int x = c.x();
    s.append("<g class=\"card ")
        .append(status.name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append(weakest ? " weakest" : "")
        .append(t.momentOfTruth() ? " moment-of-truth" : "")
        .append("\" id=\"tp-")
        .append(esc(t.id().value()))
        .append("\" data-stage=\"")
        .append(esc(c.stage().id().value()))
        .append("\">");
    s.append("<title>").append(esc(t.name())).append("</title>");
    rect(s, x, CARD_Y, CARD_WIDTH, CARD_HEIGHT, fill, colour);
    if (weakest) {
      s.append("<rect class=\"weakest-outline\" x=\"")
          .append(x - 4)
          .append("\" y=\"")
          .append(CARD_Y - 4)
          .append("\" width=\"")
          .append(CARD_WIDTH + 8)
          .append("\" height=\"")
          .append(CARD_HEIGHT + 8)
          .append("\" rx=\"8\" fill=\"none\" stroke=\"#000\" stroke-width=\"3\"")
          .append(" stroke-dasharray=\"10 3\"/>");
    }
    int tx = x + 8;
    int y = CARD_Y + 17;
    for (String line : Markup.wrap(t.name(), CARD_CHARS - 2, 2)) {
      label(s, tx, y, "card-name", line, "");
      y += 15;
    }
    y = CARD_Y + 52;
    label(s, tx, y, "card-channel", text("map.channel." + t.channel().name()), "");
    String owner =
        t.owner()
            .map(o -> Markup.wrap(o, CARD_CHARS - 2, 1).get(0))
            .orElseGet(() -> text("map.ownership." + t.ownership().name()));
    label(s, tx, y + 16, "card-owner", owner, "");
    label(
        s,
        tx,
        y + 32,
        "card-control",
        text(t.controllable() ? "map.controllable" : "map.notControllable"),
        "");
    label(s, tx, y + 52, "card-score", scoreLine(row), "");
    label(s, tx, y + 68, "card-target", targetLine(row), "");
    label(s, tx, y + 84, "card-status", statusLine(row), colour.equals(UNJUDGED) ? "" : colour);
    List<String> marks = new ArrayList<>();
    if (t.momentOfTruth()) {
      marks.add("\u2605 " + text("map.momentOfTruth"));
    }
    if (!t.failPoints().isEmpty()) {
      marks.add("\u26A0 " + messages.format("map.failPoints", "count", t.failPoints().size()));
    }
    int my = y + 104;
    for (String m : marks) {
      label(s, tx, my, "card-mark", m, "");
      my += 16;
    }
    if (weakest) {
      label(
          s,
          tx,
          CARD_Y + CARD_HEIGHT - 6,
          "weakest-label",
          "\u25BC " + text("map.weakestLink"),
          "#000");
    }
    s.append("</g>\n");
    List<String> back = new ArrayList<>();
    if (blueprint) {
      lane(s, "customer", x, FRONT_Y, activities(t, Lane.CUSTOMER));
      lane(s, "onstage", x, onstageY, activities(t, Lane.ONSTAGE));
      back.addAll(activities(t, Lane.BACKSTAGE));
    } else {
      lane(
          s,
          "frontstage",
          x,
          FRONT_Y,
          t.frontstage().description().map(List::of).orElse(List.of()));
    }
    back.addAll(t.backstage().actions());
    back.addAll(t.backstage().systems());
    back.addAll(t.backstage().roles());
    lane(s, "backstage", x, backY, back);
    if (blueprint) {
      lane(s, "support", x, supportY, activities(t, Lane.SUPPORT));
    }
  }

  /** A touchpoint's activities in one lane, each as "actor: what" or "what (process)". */
  private List<String> activities(Touchpoint t, Lane lane) {
    List<String> out = new ArrayList<>();
    for (Activity a : t.activities()) {
      if (a.lane() == lane) {
        String what = a.actor().map(who -> who.name() + ": ").orElse("") + a.description();
        String process =
            a.process()
                .flatMap(
                    id ->
                        journey.supportProcesses().stream()
                            .filter(p -> p.id().equals(id))
                            .findFirst())
                .filter(p -> !p.name().equals(a.description()))
                .map(p -> " (" + p.name() + ")")
                .orElse("");
        out.add(what + process);
      }
    }
    return out;
  }

  private void lane(StringBuilder s, String cls, int x, int y, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    s.append("<g class=\"")
        .append(cls)
        .append("\"><title>")
        .append(esc(String.join("; ", items)))
        .append("</title>");
    rect(s, x, y, CARD_WIDTH, LANE_HEIGHT, "#fafafa", "#bbb");
    int ly = y + 15;
    for (String line : Markup.wrap(String.join("; ", items), CARD_CHARS + 2, 3)) {
      label(s, x + 6, ly, "lane-text", line, "");
      ly += 15;
    }
    s.append("</g>\n");
  }

  private String scoreLine(Optional<TouchpointScore> row) {
    if (row.isEmpty()) {
      return text("map.noScore");
    }
    TouchpointScore r = row.get();
    OptionalDouble h = r.value();
    String value = h.isPresent() ? value(messages, r, h.getAsDouble()) : "\u2013";
    String measure = r.measure().value();
    return messages.format("map.score", "measure", measure, "value", value, "n", r.n());
  }

  private String targetLine(Optional<TouchpointScore> row) {
    return row.flatMap(TouchpointScore::target)
        .map(x -> text("map.target", "target", value(messages, row.get(), x.threshold())))
        .orElse("");
  }

  private String statusLine(Optional<TouchpointScore> row) {
    if (row.isEmpty()) {
      return "";
    }
    TargetStatus st = row.get().status();
    String mark = st == TargetStatus.MET ? "\u2713 " : st == TargetStatus.MISSED ? "\u2717 " : "";
    return mark + text("scorecard.status." + st.name());
  }

  /** A number in the row's unit: NPS points, a percentage, or a mean on the scale. */
  static String value(Messages messages, TouchpointScore row, double v) {
    String number = Table.num(messages.locale(), v);
    return messages.format("unit." + unit(row), "value", number);
  }

  /** The message key of a row's unit: {@code nps}, {@code percent}, {@code mean} or other. */
  static String unit(TouchpointScore row) {
    return row.unit()
        .map(
            u ->
                switch (u) {
                  case NPS_POINTS -> "nps";
                  case MEAN -> "mean";
                  case TOP_BOX_PERCENT, GOOD_BOX_PERCENT -> "percent";
                  case MEDIAN, P90 -> "other";
                })
        .orElse(row.result().headlineSpan() == 100.0 ? "percent" : "other");
  }

  /** Where a value in the row's unit lies between the worst (0) and best (1) it allows. */
  static double level(TouchpointScore row, double v) {
    Optional<ScaleHistogram> h = row.result().scaleHistogram();
    Optional<MetricTarget.Unit> u = row.unit();
    double level;
    if (u.isEmpty() || h.isEmpty()) {
      level = v / row.result().headlineSpan();
    } else {
      Scale sc = h.get().scale();
      level = (v - u.get().lowest(sc)) / u.get().span(sc);
      if (!u.get().higherIsBetter(sc)) {
        level = 1 - level;
      }
    }
    return Math.max(0, Math.min(1, level));
  }

  /** The touchpoint's row the card shows: its first (targets come first), if scored. */
  private Optional<TouchpointScore> primary(TouchpointId t) {
    return scores.flatMap(r -> r.rows(t).stream().findFirst());
  }

  /** The designed moves that are not the main path's next step, in the graph's order. */
  private List<JourneyGraph.Move> arcs() {
    List<JourneyGraph.Move> arcs = new ArrayList<>();
    ImmutableList<JourneyGraph.Move> moves = journey.graph().moves();
    for (JourneyGraph.Move m : moves) {
      if (!m.implicit()) {
        arcs.add(m);
      }
    }
    return arcs;
  }

  /** The column of a touchpoint of the journey (every move's ends are its touchpoints). */
  private int columnOf(TouchpointId id) {
    return requireNonNull(column.get(id), "a move's touchpoint is not on the map");
  }

  private int depth(JourneyGraph.Move m) {
    int span = Math.abs(columnOf(m.from()) - columnOf(m.to()));
    return Math.min(150, 26 + 18 * span);
  }

  private void arc(StringBuilder s, int i, JourneyGraph.Move m, String mapId) {
    int a = LEFT + columnOf(m.from()) * COLUMN + CARD_WIDTH / 2;
    int b = LEFT + columnOf(m.to()) * COLUMN + CARD_WIDTH / 2;
    // Leave a touchpoint right of its centre, arrive left of it: arcs in and out do not overlap.
    a += 10;
    b -= 10;
    int depth = depth(m);
    int y0 = movesY;
    String kind = text("map.move." + m.kind().name());
    s.append("<g class=\"move ")
        .append(m.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append("\" id=\"move-")
        .append(i)
        .append("\" data-from=\"tp-")
        .append(esc(m.from().value()))
        .append("\" data-to=\"tp-")
        .append(esc(m.to().value()))
        .append("\"><title>")
        .append(esc(kind + m.transition().note().map(n -> ": " + n).orElse("")))
        .append("</title>");
    String dash =
        switch (m.kind()) {
          case LOOP_BACK -> "6 3";
          case ALTERNATIVE -> "2 3";
          case EXCEPTION -> "10 3 2 3";
          default -> "";
        };
    // A cubic curve whose control points lie 4/3 of the depth down reaches the depth at its middle.
    int c = y0 + depth * 4 / 3;
    s.append("<path d=\"M")
        .append(a)
        .append(',')
        .append(y0)
        .append(" C")
        .append(a)
        .append(',')
        .append(c)
        .append(' ')
        .append(b)
        .append(',')
        .append(c)
        .append(' ')
        .append(b)
        .append(',')
        .append(y0)
        .append("\" fill=\"none\" stroke=\"")
        .append(m.kind().name().equals("EXCEPTION") ? MISSED : "#333")
        .append("\" stroke-width=\"1.5\"")
        .append(dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"")
        .append(" marker-end=\"url(#")
        .append(esc(mapId))
        .append("-arrow)\"/>");
    int mid = (a + b) / 2;
    label(s, mid - 4 * kind.length() / 2, y0 + depth + 14, "move-label", kind, "");
    s.append("</g>\n");
  }

  /**
   * Where one end of a dependency is drawn: a touchpoint's card (the middle of its lower edge), or
   * a support process in the support lane (the backstage lane of a map without blueprint lanes),
   * under the first touchpoint whose activity runs in it, or else under the arrow's other end. Null
   * if neither end places it (a process no touchpoint uses, depending on another such).
   */
  private int @Nullable [] anchor(String element, String other) {
    Integer col = column(element);
    if (col != null) {
      return new int[] {LEFT + col * COLUMN + CARD_WIDTH / 2, CARD_Y + CARD_HEIGHT};
    }
    for (Touchpoint t : journey.touchpoints()) {
      if (t.activities().stream().anyMatch(a -> a.process().filter(element::equals).isPresent())) {
        col = column.get(t.id());
        break;
      }
    }
    if (col == null) {
      col = column(other);
    }
    if (col == null) {
      return null;
    }
    return new int[] {LEFT + col * COLUMN + CARD_WIDTH / 2, supportY + LANE_HEIGHT / 2};
  }

  /** The column of a touchpoint given by its id as a string, or null if it is not a touchpoint. */
  private @Nullable Integer column(String element) {
    for (Touchpoint t : journey.touchpoints()) {
      if (t.id().value().equals(element)) {
        return column.get(t.id());
      }
    }
    return null;
  }

  /** A touchpoint's or support process's name, for an arrow's title. */
  private String elementName(String element) {
    for (Touchpoint t : journey.touchpoints()) {
      if (t.id().value().equals(element)) {
        return t.name();
      }
    }
    return journey.supportProcesses().stream()
        .filter(p -> p.id().equals(element))
        .map(SupportProcess::name)
        .findFirst()
        .orElse(element);
  }

  /**
   * A dependency as an arrow: straight up or down within a column (a support process and the
   * touchpoint it serves), a curve dipping below the cards between columns.
   */
  private void dependency(StringBuilder s, int i, Dependency d, String mapId) {
    int[] from = anchor(d.from(), d.to());
    int[] to = anchor(d.to(), d.from());
    if (from == null || to == null) {
      return;
    }
    String kind = d.kind().name().toLowerCase(Locale.ROOT);
    s.append("<g class=\"dependency ")
        .append(kind)
        .append("\" id=\"dependency-")
        .append(i)
        .append("\" data-from=\"")
        .append(esc(d.from()))
        .append("\" data-to=\"")
        .append(esc(d.to()))
        .append("\"><title>")
        .append(
            esc(
                text(
                    "map.dependency." + d.kind().name(),
                    "from",
                    elementName(d.from()),
                    "to",
                    elementName(d.to()))))
        .append("</title><path d=\"");
    if (from[0] == to[0]) {
      // right of the lane's text, so the arrow does not run through it
      int x = from[0] + CARD_WIDTH / 2 - 12;
      s.append('M').append(x).append(',').append(from[1]);
      s.append(" L").append(x).append(',').append(to[1]);
    } else {
      int dip = 36;
      s.append('M').append(from[0]).append(',').append(from[1]);
      s.append(" C").append(from[0]).append(',').append(from[1] + dip);
      s.append(' ').append(to[0]).append(',').append(to[1] + dip);
      s.append(' ').append(to[0]).append(',').append(to[1]);
    }
    s.append("\" fill=\"none\" stroke=\"")
        .append(DEPENDENCY)
        .append("\" stroke-width=\"2\"")
        .append(d.kind() == DependencyKind.ENABLES ? " stroke-dasharray=\"5 3\"" : "")
        .append(" marker-end=\"url(#")
        .append(esc(mapId))
        .append("-dependency)\"/></g>\n");
  }

  /**
   * A parallel group as a bracket over its members' cards, between the chart and the cards,
   * labelled "in either order" (with the group's note in its title).
   */
  private void parallelGroup(StringBuilder s, int i, ParallelGroup g) {
    int first = Integer.MAX_VALUE;
    int last = -1;
    for (TouchpointId t : g.touchpoints()) {
      first = Math.min(first, columnOf(t));
      last = Math.max(last, columnOf(t));
    }
    int x1 = LEFT + first * COLUMN + 4;
    int x2 = LEFT + last * COLUMN + CARD_WIDTH - 4;
    int y = CARD_Y - 16;
    String label = text("map.parallel");
    s.append("<g class=\"parallel-group\" id=\"parallel-")
        .append(i)
        .append("\" data-touchpoints=\"");
    for (int k = 0; k < g.touchpoints().size(); k++) {
      s.append(k == 0 ? "tp-" : " tp-").append(esc(g.touchpoints().get(k).value()));
    }
    s.append("\"><title>")
        .append(esc(label + g.note().map(n -> ": " + n).orElse("")))
        .append("</title><path d=\"M")
        .append(x1)
        .append(',')
        .append(y + 12)
        .append(" V")
        .append(y)
        .append(" H")
        .append(x2)
        .append(" V")
        .append(y + 12)
        .append("\" fill=\"none\" stroke=\"#2f3b4c\" stroke-width=\"1.5\"/>");
    int w = Math.max(40, Math.min(x2 - x1 - 16, 7 * label.length() + 10));
    rect(s, x1 + 8, y - 7, w, 14, "#fff", "none");
    label(s, x1 + 12, y + 4, "parallel-label", label, "#2f3b4c");
    s.append("</g>\n");
  }

  private static void rect(
      StringBuilder s, int x, int y, int w, int h, String fill, String stroke) {
    s.append("<rect x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(w)
        .append("\" height=\"")
        .append(h)
        .append("\" rx=\"4\" fill=\"")
        .append(fill)
        .append("\" stroke=\"")
        .append(stroke)
        .append("\"/>");
  }

  private static void label(StringBuilder s, int x, int y, String cls, String text, String fill) {
    if (text.isEmpty()) {
      return;
    }
    s.append("<text class=\"")
        .append(cls)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append('"')
        .append(fill.isEmpty() ? "" : " fill=\"" + fill + "\"")
        .append('>')
        .append(esc(text))
        .append("</text>");
  }

  private String text(String key, Object... args) {
    return messages.format(key, args);
  }
}
