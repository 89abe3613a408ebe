package org.cxkit.report;

import com.google.common.collect.ImmutableList;
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

  String table(JourneyComparison c) {
    StringBuilder s = new StringBuilder();
    s.append(
        messages.format("comparison.title", "asIs", c.asIs().value(), "toBe", c.toBe().value()));
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
    String journey = messages.format("comparison.curve.journey");
    StringBuilder moves = new StringBuilder();
    moves(moves, journey, rows(t, journey, c.changes()), c.rose(), c.fell());
    StringBuilder oneSided = new StringBuilder();
    for (JourneyComparison.PersonaChange p : c.personas()) {
      String curve = messages.format("comparison.curve.persona", "persona", p.persona().value());
      if (p.side() != JourneyComparison.Side.BOTH) {
        oneSided
            .append("\n  ")
            .append(messages.format("comparison.side." + p.side().name(), "curve", curve));
        continue;
      }
      t.gap();
      moves(moves, curve, rows(t, curve, p.changes()), p.rose(), p.fell());
    }
    s.append('\n').append(t).append(moves).append(oneSided);
    return s.append("\n  ").append(messages.format("comparison.rule")).toString();
  }

  /**
   * A row per touchpoint both journeys have where either curve has a value; a curve with none says
   * so in one row.
   *
   * @return the changes shown
   */
  private List<JourneyComparison.CurveChange> rows(
      Table t, String curve, List<JourneyComparison.CurveChange> all) {
    List<JourneyComparison.CurveChange> changes =
        all.stream()
            .filter(x -> !x.before().equals(Emotion.NONE) || !x.after().equals(Emotion.NONE))
            .toList();
    if (changes.isEmpty()) {
      t.row(curve, messages.format("comparison.noPoints"), "", "", "");
      return changes;
    }
    for (int i = 0; i < changes.size(); i++) {
      JourneyComparison.CurveChange x = changes.get(i);
      Optional<Double> rise = x.rise();
      t.row(
          i == 0 ? curve : "",
          x.touchpoint().value(),
          value(x.before(), true),
          value(x.after(), false),
          rise.<Object>map(r -> Table.signed(r, 1)).orElse("-"));
    }
    return changes;
  }

  /** Where a curve rose and fell, as one line; nothing for a curve without points shown. */
  private void moves(
      StringBuilder s,
      String curve,
      List<JourneyComparison.CurveChange> changes,
      ImmutableList<TouchpointId> rose,
      ImmutableList<TouchpointId> fell) {
    if (!changes.isEmpty()) {
      s.append("\n  ")
          .append(
              messages.format(
                  "comparison.moves", "curve", curve, "rose", ids(rose), "fell", ids(fell)));
    }
  }

  /**
   * A point's value as the rise uses it, with what it is: the as-is side's measured value (else its
   * intended one), the to-be side's intended value (else its measured one).
   */
  private String value(Emotion e, boolean asIs) {
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

  private static String ids(List<TouchpointId> ids) {
    return ids.isEmpty() ? "-" : String.join(", ", ids.stream().map(TouchpointId::value).toList());
  }
}
