package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.testing.ReferenceModels;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;

/**
 * The contract kit run against the operational figures on Shostack's shoeshine steps: the sketches
 * merge exactly, the means and sums of squares to rounding.
 */
class OperationalFiguresContractTest
    extends AnalysisContract<
        OperationalFigures.Value, OperationalResult, OperationalFigures.State> {
  static final CxModel MODEL = ReferenceModels.shoeshine();
  static final Journey STEPS = MODEL.journey("shoeshine-steps").orElseThrow();
  static final String[] IDS = {"brush-shoes", "apply-polish", "buff", "collect-payment"};

  @Override
  protected Analysis<OperationalFigures.Value, OperationalResult, OperationalFigures.State>
      analysis() {
    return OperationalFigures.of(STEPS, MODEL.operationalMeasures().get(0)).withMinimumN(3);
  }

  @Override
  protected OperationalFigures.Value observation(SplittableRandom random) {
    // handling times in seconds, skewed as service times are; now and then exactly zero
    double v = random.nextInt(20) == 0 ? 0 : 5 + 60 * -Math.log(1 - random.nextDouble());
    return new OperationalFigures.Value(TouchpointId.of(IDS[random.nextInt(IDS.length)]), v);
  }

  @Override
  protected Map<String, List<OperationalFigures.Value>> specialSamples() {
    TouchpointId buff = TouchpointId.of("buff");
    return Map.of(
        "all zero",
        List.of(new OperationalFigures.Value(buff, 0), new OperationalFigures.Value(buff, 0)),
        "one touchpoint, one value",
        List.of(new OperationalFigures.Value(buff, 45)));
  }

  /** A frame of this analysis with four touchpoints, each written by {@code group}. */
  private static byte[] state(String journey, GroupWriter group) {
    Frame.Writer w =
        Frame.writer("operational", 1).putString(journey).putString("execution-time").putInt(4);
    for (int i = 0; i < 4; i++) {
      group.write(w, i);
    }
    return w.finish();
  }

  interface GroupWriter {
    void write(Frame.Writer w, int touchpoint);
  }

  private static void empty(Frame.Writer w) {
    w.putDouble(0).putDouble(0).putLong(0).putInt(0);
  }

  /** One value of 30 at touchpoint 0 (bucket index is arbitrary but valid), the rest empty. */
  private static byte[] withFirst(double mean, double m2, long n, long bucketCount) {
    return state(
        "shoeshine-steps",
        (w, i) -> {
          if (i == 0) {
            w.putDouble(mean).putDouble(m2).putLong(n).putInt(1).putInt(500).putLong(bucketCount);
          } else {
            empty(w);
          }
        });
  }

  @Override
  protected Map<String, byte[]> impossibleStates() {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("buckets that do not add up to n", withFirst(30, 0, 2, 1));
    m.put("a spread from a single value", withFirst(30, 5, 1, 1));
    m.put("a negative sum of squares", withFirst(30, -5, 2, 2));
    m.put("a negative mean", withFirst(-30, 0, 2, 2));
    m.put(
        "a non-finite mean",
        state(
            "shoeshine-steps",
            (w, i) -> {
              if (i == 0) {
                w.putLong(Double.doubleToRawLongBits(Double.POSITIVE_INFINITY))
                    .putDouble(0)
                    .putLong(1)
                    .putInt(1)
                    .putInt(500)
                    .putLong(1);
              } else {
                empty(w);
              }
            }));
    m.put(
        "moments without values (n = 0)",
        state("shoeshine-steps", (w, i) -> w.putDouble(30).putDouble(0).putLong(0).putInt(0)));
    m.put("a state of another journey", state("corner-shoeshine", (w, i) -> empty(w)));
    return m;
  }

  @Override
  protected boolean exact() {
    return false;
  }

  @Override
  protected void assertSameResult(
      OperationalResult actual, OperationalResult expected, String why) {
    assertThat(actual.rows()).as(why).hasSameSizeAs(expected.rows());
    for (int i = 0; i < actual.rows().size(); i++) {
      OperationalResult.Row a = actual.rows().get(i);
      OperationalResult.Row e = expected.rows().get(i);
      assertThat(a.touchpoint()).as(why).isEqualTo(e.touchpoint());
      assertThat(a.n()).as(why).isEqualTo(e.n());
      // the sketch merges exactly, so the quantiles and their intervals are bit for bit
      assertThat(a.median()).as(why).isEqualTo(e.median());
      assertThat(a.p90()).as(why).isEqualTo(e.p90());
      assertThat(a.medianInterval()).as(why).isEqualTo(e.medianInterval());
      assertThat(a.p90Interval()).as(why).isEqualTo(e.p90Interval());
      if (e.n() > 0) {
        double mean = e.mean().getAsDouble();
        assertThat(a.mean().getAsDouble()).as(why).isCloseTo(mean, within(1e-9 * (1 + mean)));
      }
      if (e.n() > 1) {
        double sd = e.standardDeviation().getAsDouble();
        assertThat(a.standardDeviation().getAsDouble())
            .as(why)
            .isCloseTo(sd, within(1e-9 * (1 + sd)));
      }
      assertThat(a.judged().stream().map(OperationalResult.Judged::status).toList())
          .as(why)
          .isEqualTo(e.judged().stream().map(OperationalResult.Judged::status).toList());
    }
  }
}
