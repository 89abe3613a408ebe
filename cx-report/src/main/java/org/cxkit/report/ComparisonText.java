package org.cxkit.report;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.blueprint.Emotion;
import org.cxkit.core.blueprint.JourneyComparison;

/**
 * The text view of an as-is journey beside its to-be version: what was added, removed and moved,
 * then one table of the curves' points (the journey's own curve, then each persona's), with where
 * each curve rose and fell, and the persona curves drawn on one side only.
 */
final class ComparisonText {
  private final Messages messages;
  private final Locale locale;

  ComparisonText(Messages messages) {
    this.messages = messages;
    this.locale = messages.locale();
  }

  /**
   * A curve both journeys draw, as both views show it: its label, the rows it has (each touchpoint
   * both journeys have where either curve has a point; none: the curve says so in one row), and
   * where it rose and fell, as the comparison says.
   */
  record Curve(
      String label,
      List<JourneyComparison.CurveChange> rows,
      ImmutableList<TouchpointId> rose,
      ImmutableList<TouchpointId> fell) {}

  String table(JourneyComparison c) {
    StringBuilder s = new StringBuilder();
    s.append(title(c));
    s.append("\n  ").append(messages.format("comparison.added", "touchpoints", ids(c.added())));
    s.append("\n  ").append(messages.format("comparison.removed", "touchpoints", ids(c.removed())));
    s.append("\n  ").append(messages.format("comparison.moved", "touchpoints", ids(c.moved())));
    Table t =
        new Table(
            locale,
            messages.format("comparison.column.curve"),
            messages.format("comparison.column.touchpoint"),
            ">" + messages.format("comparison.column.asIs"),
            ">" + messages.format("comparison.column.toBe"),
            ">" + messages.format("comparison.column.rise"));
    StringBuilder moves = new StringBuilder();
    List<Curve> curves = curves(c);
    for (int k = 0; k < curves.size(); k++) {
      Curve curve = curves.get(k);
      if (k > 0) {
        t.gap();
      }
      if (curve.rows().isEmpty()) {
        t.row(curve.label(), messages.format("comparison.noPoints"), "", "", "");
        continue;
      }
      for (int i = 0; i < curve.rows().size(); i++) {
        JourneyComparison.CurveChange x = curve.rows().get(i);
        t.row(
            i == 0 ? curve.label() : "",
            x.touchpoint().value(),
            value(x.before(), true),
            value(x.after(), false),
            x.rise().<Object>map(r -> Table.signed(r, 1)).orElse("-"));
      }
      moves.append("\n  ").append(moves(curve, ids(curve.rose()), ids(curve.fell())));
    }
    s.append('\n').append(t).append(moves);
    for (String note : oneSided(c)) {
      s.append("\n  ").append(note);
    }
    return s.append("\n  ").append(messages.format("comparison.rule")).toString();
  }

  /** The comparison's title: the as-is journey's id beside the to-be one's. */
  String title(JourneyComparison c) {
    return messages.format("comparison.title", "asIs", c.asIs().value(), "toBe", c.toBe().value());
  }

  /**
   * The journey's own curve, then each persona curve both journeys draw, in the comparison's order.
   */
  List<Curve> curves(JourneyComparison c) {
    List<Curve> curves = new ArrayList<>();
    curves.add(
        new Curve(
            messages.format("comparison.curve.journey"), shown(c.changes()), c.rose(), c.fell()));
    for (JourneyComparison.PersonaChange p : c.personas()) {
      if (p.side() == JourneyComparison.Side.BOTH) {
        curves.add(new Curve(label(p), shown(p.changes()), p.rose(), p.fell()));
      }
    }
    return curves;
  }

  /** A note for each persona curve drawn on one journey only, saying on which. */
  List<String> oneSided(JourneyComparison c) {
    return c.personas().stream()
        .filter(p -> p.side() != JourneyComparison.Side.BOTH)
        .map(p -> messages.format("comparison.side." + p.side().name(), "curve", label(p)))
        .toList();
  }

  /** Where a curve rose and fell, as one line, the touchpoints already written out. */
  String moves(Curve curve, String rose, String fell) {
    return messages.format("comparison.moves", "curve", curve.label(), "rose", rose, "fell", fell);
  }

  private String label(JourneyComparison.PersonaChange p) {
    return messages.format("comparison.curve.persona", "persona", p.persona().value());
  }

  /** The changes where either curve has a value: the rows a curve shows. */
  private static List<JourneyComparison.CurveChange> shown(
      List<JourneyComparison.CurveChange> all) {
    return all.stream()
        .filter(x -> !x.before().equals(Emotion.NONE) || !x.after().equals(Emotion.NONE))
        .toList();
  }

  /**
   * A point's value as the rise uses it, with what it is: the as-is side's measured value (else its
   * intended one), the to-be side's intended value (else its measured one).
   */
  String value(Emotion e, boolean asIs) {
    Optional<Double> first = asIs ? e.measured() : e.intended();
    Optional<Double> second = asIs ? e.intended() : e.measured();
    boolean measured = asIs == first.isPresent();
    Optional<Double> v = first.or(() -> second);
    return v.map(
            x ->
                messages.format(
                    measured ? "comparison.value.measured" : "comparison.value.intended",
                    "value",
                    Table.fixed(locale, x, 1, false)))
        .orElse("-");
  }

  static String ids(List<TouchpointId> ids) {
    return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(TouchpointId::value).toList());
  }
}
