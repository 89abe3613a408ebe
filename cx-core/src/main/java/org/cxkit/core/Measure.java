package org.cxkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import org.cxkit.core.internal.Args;

/**
 * A measure a model uses, such as the Net Promoter Score: its id, a human name, and the {@link
 * Scale} its answers are given on. The built-in measures {@link #NPS}, {@link #CSAT} and {@link
 * #CES} are always available to a model; a model may declare its own (or redeclare a built-in id on
 * another scale).
 *
 * <pre>{@code
 * Measure fcr = Measure.of("fcr", "First-contact resolution", Scale.higherIsBetter(0, 1, 1, 1, 1));
 * }</pre>
 *
 * <p>cx-metrics finds the calculator for a measure by its id.
 *
 * @param id the measure's id, such as {@code nps}
 * @param name a human-readable name
 * @param scale the scale answers are given on
 */
public record Measure(MeasureId id, String name, Scale scale) {
  /** Net Promoter Score: "How likely are you to recommend us to a friend?" on 0..10. */
  public static final Measure NPS = of("nps", "Net Promoter Score", Scale.NPS);

  /** Customer satisfaction on a five-point scale (1 very dissatisfied .. 5 very satisfied). */
  public static final Measure CSAT = of("csat", "Customer satisfaction", Scale.CSAT);

  /** Customer Effort Score on the seven-point CES 2.0 agreement scale (7: very easy). */
  public static final Measure CES = of("ces", "Customer Effort Score", Scale.CES);

  private static final ImmutableList<Measure> BUILT_INS = ImmutableList.of(NPS, CSAT, CES);

  /**
   * Validates the components.
   *
   * @param id the measure's id, such as {@code nps}
   * @param name a human-readable name
   * @param scale the scale answers are given on
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public Measure {
    requireNonNull(id, "id");
    Args.text(name, "name");
    requireNonNull(scale, "scale");
  }

  /**
   * Returns a measure.
   *
   * @param id the id slug, such as {@code fcr}
   * @param name a human-readable name
   * @param scale its scale
   * @return the measure
   */
  public static Measure of(String id, String name, Scale scale) {
    return new Measure(MeasureId.of(id), name, scale);
  }

  /**
   * Returns the measures every model has without declaring them: NPS, CSAT and CES.
   *
   * @return the built-in measures
   */
  public static ImmutableList<Measure> builtIns() {
    return BUILT_INS;
  }

  @Override
  public String toString() {
    return "Measure[" + id + " \"" + name + "\" " + scale.min() + ".." + scale.max() + "]";
  }
}
