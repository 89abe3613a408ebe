package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.cxkit.core.Scale;
import org.cxkit.metrics.analysis.DelightUplift.Customer;
import org.cxkit.metrics.analysis.UpliftResult.GroupStatistics;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;
import org.junit.jupiter.api.Nested;

/** The contract kit run against the delight uplift's three tallies. */
class UpliftContractTest {
  /** A satisfaction scale whose delighted, satisfied and dissatisfied groups all have points. */
  static final Scale SATISFACTION = Scale.CSAT;

  /** Writes {@code count} longs, all 0 but the one at {@code at}, which is {@code v}. */
  static Frame.Writer longs(Frame.Writer w, int count, int at, long v) {
    for (int i = 0; i < count; i++) {
      w.putLong(i == at ? v : 0);
    }
    return w;
  }

  static byte[] frame(String kind, Scale scale, Consumer<Frame.Writer> groups) {
    Frame.Writer w = Frame.writer(kind, 2).putScale(scale);
    w.putInt(Delight.topBox(scale).answers().size());
    for (int a : Delight.topBox(scale).answers()) {
      w.putInt(a);
    }
    groups.accept(w);
    return w.finish();
  }

  @Nested
  class Binary
      extends AnalysisContract<Customer<Boolean>, UpliftResult, DelightUplift.BinaryTally> {
    @Override
    protected Analysis<Customer<Boolean>, UpliftResult, DelightUplift.BinaryTally> analysis() {
      return DelightUplift.binary(SATISFACTION);
    }

    @Override
    protected Customer<Boolean> observation(SplittableRandom random) {
      return new Customer<>(random.nextInt(1, 6), random.nextBoolean());
    }

    @Override
    protected Map<String, List<Customer<Boolean>>> specialSamples() {
      Map<String, List<Customer<Boolean>>> m = new LinkedHashMap<>();
      m.put("all delighted, all yes", Collections.nCopies(20, new Customer<>(5, true)));
      m.put("all dissatisfied, all no", Collections.nCopies(7, new Customer<>(1, false)));
      return m;
    }

    @Override
    protected Map<String, byte[]> impossibleStates() {
      String kind = "delight-uplift.binary";
      Map<String, byte[]> m = new LinkedHashMap<>();
      m.put(
          "more yes than customers",
          frame(kind, SATISFACTION, w -> longs(w.putLong(2).putLong(3), 4, 0, 0)));
      m.put("a negative count", frame(kind, SATISFACTION, w -> longs(w, 6, 2, -1)));
      m.put(
          "more customers than a long counts",
          frame(
              kind,
              SATISFACTION,
              w ->
                  w.putLong(Long.MAX_VALUE)
                      .putLong(0)
                      .putLong(1)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)));
      m.put("another satisfaction scale", frame(kind, Scale.CES, w -> longs(w, 6, 0, 0)));
      m.put("a group missing", frame(kind, SATISFACTION, w -> w.putLong(0).putLong(0)));
      m.put(
          "another outcome kind",
          frame("delight-uplift.nps", SATISFACTION, w -> longs(w, 9, 0, 0)));
      return m;
    }
  }

  @Nested
  class Nps extends AnalysisContract<Customer<Integer>, UpliftResult, DelightUplift.NpsTally> {
    @Override
    protected Analysis<Customer<Integer>, UpliftResult, DelightUplift.NpsTally> analysis() {
      return DelightUplift.nps(SATISFACTION);
    }

    @Override
    protected Customer<Integer> observation(SplittableRandom random) {
      return new Customer<>(random.nextInt(1, 6), random.nextInt(0, 11));
    }

    @Override
    protected Map<String, List<Customer<Integer>>> specialSamples() {
      Map<String, List<Customer<Integer>>> m = new LinkedHashMap<>();
      m.put("all delighted promoters", Collections.nCopies(15, new Customer<>(5, 10)));
      m.put("all satisfied detractors", Collections.nCopies(8, new Customer<>(4, 0)));
      return m;
    }

    @Override
    protected Map<String, byte[]> impossibleStates() {
      String kind = "delight-uplift.nps";
      Map<String, byte[]> m = new LinkedHashMap<>();
      m.put("a negative count", frame(kind, SATISFACTION, w -> longs(w, 9, 4, -3)));
      m.put(
          "a group with more customers than a long counts",
          frame(kind, SATISFACTION, w -> longs(w.putLong(Long.MAX_VALUE), 8, 0, Long.MAX_VALUE)));
      return m;
    }
  }

  @Nested
  class Numeric
      extends AnalysisContract<Customer<Double>, UpliftResult, DelightUplift.NumericTally> {
    @Override
    protected Analysis<Customer<Double>, UpliftResult, DelightUplift.NumericTally> analysis() {
      return DelightUplift.numeric(SATISFACTION);
    }

    @Override
    protected Customer<Double> observation(SplittableRandom random) {
      double v =
          random.nextInt(4) == 0
              ? 1e9 + random.nextDouble(0, 1)
              : Math.round(random.nextDouble(-100, 1000) * 100) / 100.0;
      return new Customer<>(random.nextInt(1, 6), v);
    }

    @Override
    protected Map<String, List<Customer<Double>>> specialSamples() {
      Map<String, List<Customer<Double>>> m = new LinkedHashMap<>();
      m.put("one value, delighted", Collections.nCopies(11, new Customer<>(5, 42.5)));
      List<Customer<Double>> far = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        far.add(new Customer<>(4 + i % 2, 1e12 + i * 0.25));
      }
      m.put("large values with small differences", far);
      return m;
    }

    @Override
    protected boolean exact() {
      return false;
    }

    @Override
    protected void assertSameResult(UpliftResult actual, UpliftResult expected, String why) {
      assertThat(actual.outcome()).as(why).isEqualTo(expected.outcome());
      for (int g = 0; g < 3; g++) {
        GroupStatistics.Numeric a = (GroupStatistics.Numeric) actual.statistics().get(g);
        GroupStatistics.Numeric e = (GroupStatistics.Numeric) expected.statistics().get(g);
        assertThat(a.n()).as(why).isEqualTo(e.n());
        // the mean comes from compensated sums: a few units in the last place
        assertThat(a.mean()).as(why).isCloseTo(e.mean(), within(8 * Math.ulp(e.mean())));
        // the sum of squares is updated from means, whose rounding scales with their magnitude
        double slack =
            1e-9 * e.sumOfSquares() + 16 * e.n() * Math.ulp(e.mean()) * Math.sqrt(e.sumOfSquares());
        assertThat(a.sumOfSquares()).as(why).isCloseTo(e.sumOfSquares(), within(slack + 1e-12));
      }
    }

    @Override
    protected Map<String, byte[]> impossibleStates() {
      String kind = "delight-uplift.numeric";
      Map<String, byte[]> m = new LinkedHashMap<>();
      m.put(
          "an empty group with a sum",
          frame(
              kind,
              SATISFACTION,
              w ->
                  group(w, 0, 5, 0, 0)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)
                      .putLong(0)));
      m.put(
          "a group of one with a sum of squares",
          frame(kind, SATISFACTION, w -> empty(empty(group(w, 1, 5, 0, 2)))));
      m.put(
          "a negative sum of squares",
          frame(kind, SATISFACTION, w -> empty(empty(group(w, 3, 5, 0, -2)))));
      m.put(
          "a negative count", frame(kind, SATISFACTION, w -> empty(empty(group(w, -2, 0, 0, 0)))));
      m.put(
          "a negative zero",
          frame(
              kind,
              SATISFACTION,
              w ->
                  empty(
                      empty(
                          w.putLong(3)
                              .putLong(Double.doubleToLongBits(-0.0))
                              .putDouble(0)
                              .putDouble(1)))));
      m.put(
          "a sum that is not a number",
          frame(
              kind,
              SATISFACTION,
              w ->
                  empty(
                      empty(
                          w.putLong(3)
                              .putLong(Double.doubleToLongBits(Double.NaN))
                              .putDouble(0)
                              .putDouble(1)))));
      return m;
    }

    private Frame.Writer group(Frame.Writer w, long n, double sum, double c, double m2) {
      return w.putLong(n).putDouble(sum).putDouble(c).putLong(Double.doubleToLongBits(m2));
    }

    private Frame.Writer empty(Frame.Writer w) {
      return w.putLong(0).putDouble(0).putDouble(0).putDouble(0);
    }
  }
}
