package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.metrics.internal.Frame;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.tck.AnalysisContract;
import org.junit.jupiter.api.Nested;

/** The contract kit run against key drivers, listwise and pairwise. */
class KeyDriversContractTest {
  static final KeyDrivers LISTWISE = KeyDrivers.of("overall", "arrival", "talk", "networking");
  static final KeyDrivers PAIRWISE = LISTWISE.missing(KeyDrivers.Missing.PAIRWISE);

  /** A survey-like row: answers 1..5 that share a mood, one in eight missing, a few weights. */
  static KeyDrivers.Row row(SplittableRandom r) {
    double mood = r.nextGaussian();
    double[] d = new double[3];
    for (int j = 0; j < 3; j++) {
      d[j] =
          r.nextInt(8) == 0
              ? Double.NaN
              : Math.max(1, Math.min(5, Math.round(3 + mood + r.nextGaussian())));
    }
    double y = r.nextInt(10) == 0 ? Double.NaN : Math.round(5 + 2 * mood + r.nextGaussian());
    KeyDrivers.Row row = KeyDrivers.Row.of(y, d);
    return r.nextInt(4) == 0 ? row.withWeight(0.5 + r.nextInt(4)) : row;
  }

  static void assertClose(KeyDriversResult actual, KeyDriversResult expected, String why) {
    assertThat(actual.rows()).as(why).isEqualTo(expected.rows());
    assertThat(actual.n()).as(why).isEqualTo(expected.n());
    assertThat(actual.status()).as(why).isEqualTo(expected.status());
    if (!expected.estimated()) {
      assertThat(actual).as(why).isEqualTo(expected);
      return;
    }
    assertThat(actual.rSquared().getAsDouble())
        .as(why)
        .isCloseTo(expected.rSquared().getAsDouble(), within(1e-9));
    for (int j = 0; j < expected.weights().size(); j++) {
      DriverWeight a = actual.weights().get(j);
      DriverWeight e = expected.weights().get(j);
      for (Importance m : Importance.values()) {
        assertThat(a.weight(m)).as(why).isCloseTo(e.weight(m), within(1e-9));
      }
      assertThat(a.mean()).as(why).isCloseTo(e.mean(), within(1e-9));
    }
  }

  /** A frame of the listwise analysis with one block written by {@code block}. */
  static byte[] listwise(long rows, long n, double w, double[] means, double[] c) {
    Frame.Writer f = Frame.writer("key-drivers", 1).putByte(0).putString("overall").putInt(3);
    for (String d : LISTWISE.drivers()) {
      f.putString(d);
    }
    f.putLong(rows).putLong(n).putLong(Double.doubleToLongBits(w));
    for (double m : means) {
      f.putDouble(m);
    }
    for (double v : c) {
      f.putLong(Double.doubleToLongBits(v));
    }
    return f.finish();
  }

  static double[] zeros(int n) {
    return new double[n];
  }

  /** What both rules share: survey-like rows, results equal to rounding. */
  abstract static class Kit
      extends AnalysisContract<KeyDrivers.Row, KeyDriversResult, KeyDrivers.State> {
    @Override
    protected KeyDrivers.Row observation(SplittableRandom random) {
      return row(random);
    }

    @Override
    protected boolean exact() {
      return false;
    }

    @Override
    protected void assertSameResult(
        KeyDriversResult actual, KeyDriversResult expected, String why) {
      assertClose(actual, expected, why);
    }
  }

  @Nested
  class Listwise extends Kit {
    @Override
    protected Analysis<KeyDrivers.Row, KeyDriversResult, KeyDrivers.State> analysis() {
      return LISTWISE;
    }

    @Override
    protected Map<String, List<KeyDrivers.Row>> specialSamples() {
      Map<String, List<KeyDrivers.Row>> m = new LinkedHashMap<>();
      List<KeyDrivers.Row> incomplete = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        incomplete.add(KeyDrivers.Row.of(i, i % 5, Double.NaN, 3));
      }
      m.put("no complete row", incomplete);
      List<KeyDrivers.Row> constant = new ArrayList<>();
      for (int i = 0; i < 30; i++) {
        constant.add(KeyDrivers.Row.of(i % 7, i % 5, 4, (i * 3) % 5));
      }
      m.put("a constant driver", constant);
      return m;
    }

    @Override
    protected Map<String, byte[]> impossibleStates() {
      Map<String, byte[]> m = new LinkedHashMap<>();
      double[] ones = {1, 1, 1, 1};
      double[] c = zeros(10);
      m.put("no rows but a weight", listwise(0, 0, 2, zeros(4), c));
      m.put("rows but no weight", listwise(3, 3, 0, ones, c));
      m.put("more complete rows than rows", listwise(2, 3, 3, ones, c));
      m.put("no rows but a mean", listwise(0, 0, 0, ones, c));
      double[] one = zeros(10);
      one[0] = 1;
      m.put("one row with a spread", listwise(1, 1, 1, ones, one));
      double[] negative = zeros(10);
      negative[0] = -1;
      m.put("a negative sum of squares", listwise(5, 5, 5, ones, negative));
      double[] cauchy = zeros(10);
      cauchy[0] = 1;
      cauchy[4] = 1;
      cauchy[1] = 3;
      m.put("a co-moment past Cauchy-Schwarz", listwise(5, 5, 5, ones, cauchy));
      m.put("a negative weight", listwise(5, 5, -5, ones, zeros(10)));
      Frame.Writer other = Frame.writer("key-drivers", 1).putByte(1).putString("overall").putInt(3);
      m.put("another missing-data rule", other.finish());
      Frame.Writer names = Frame.writer("key-drivers", 1).putByte(0).putString("overall").putInt(3);
      names.putString("arrival").putString("networking").putString("talk");
      m.put("other drivers", names.finish());
      return m;
    }
  }

  @Nested
  class Pairwise extends Kit {
    @Override
    protected Analysis<KeyDrivers.Row, KeyDriversResult, KeyDrivers.State> analysis() {
      return PAIRWISE;
    }

    @Override
    protected Map<String, byte[]> impossibleStates() {
      Map<String, byte[]> m = new LinkedHashMap<>();
      byte[] good = PAIRWISE.newState().addAll(List.of(KeyDrivers.Row.of(1, 2, 3, 4))).toBytes();
      // the same state claiming no rows were added, while its blocks count one
      Frame.Writer w = Frame.writer("key-drivers", 1).putByte(1).putString("overall").putInt(3);
      for (String d : PAIRWISE.drivers()) {
        w.putString(d);
      }
      w.putLong(0);
      for (int b = 0; b < 4; b++) {
        w.putLong(1).putDouble(1).putDouble(b + 1).putDouble(0);
      }
      for (int b = 0; b < 6; b++) {
        w.putLong(1).putDouble(1).putDouble(1).putDouble(2).putDouble(0).putDouble(0).putDouble(0);
      }
      m.put("blocks count more rows than were added", w.finish());
      assertThat(PAIRWISE.decode(good).result().rows()).isEqualTo(1);
      return m;
    }
  }
}
