package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.KeyDriversResult.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Key drivers against references computed independently of the code under test.
 *
 * <p>Published values (R's {@code rwa} and {@code domir} on {@code mtcars}) are checked in {@link
 * KeyDriversPublishedTest}; here, on seeded data of any size, the references are computed by other
 * routes than the code's (the correlation matrix, its eigen decomposition, Cholesky solves of its
 * submatrices):
 *
 * <ul>
 *   <li>Shapley/LMG by its definition (Lindeman, Merenda &amp; Gold 1980; Grömping 2006, J. Stat.
 *       Softw. 17(1), eq. for LMG): the R² gain of each driver averaged over all p! orderings, each
 *       R² from an ordinary least-squares fit of the raw data (Commons Math's QR-based {@code
 *       OLSMultipleLinearRegression}).
 *   <li>Johnson's weights by Johnson's own construction (Johnson 2000, Multivariate Behav. Res.
 *       35(1), pp. 1-19): the singular value decomposition {@code X = P Δ Qᵀ} of the standardized
 *       data, the orthogonal {@code Z = P Qᵀ}, the outcome's coefficients on Z and the loadings
 *       {@code Λ = Q Δ Qᵀ}.
 *   <li>For two drivers, the closed forms: {@code R² = (r1² + r2² − 2 r1 r2 r12) / (1 − r12²)} and
 *       {@code LMG_1 = (r1² + R² − r2²) / 2}.
 * </ul>
 */
class KeyDriversTest {
  static final double TOLERANCE = 1e-9;

  /** Seeded survey-like data: correlated drivers on a 1..5-ish scale, an outcome that uses them. */
  static double[][] data(long seed, int n, int p) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] rows = new double[n][p + 1];
    double[] effect = new double[p];
    for (int j = 0; j < p; j++) {
      effect[j] = r.nextDouble(-0.3, 1.0);
    }
    for (int i = 0; i < n; i++) {
      double mood = r.nextGaussian();
      double y = 0;
      for (int j = 0; j < p; j++) {
        double x = 3 + 0.6 * mood + r.nextGaussian() * (0.5 + 0.1 * j);
        rows[i][j + 1] = x;
        y += effect[j] * x;
      }
      rows[i][0] = y + 0.3 * mood + r.nextGaussian() * 1.5;
    }
    return rows;
  }

  static String[] names(int p) {
    String[] names = new String[p];
    for (int j = 0; j < p; j++) {
      names[j] = "d" + j;
    }
    return names;
  }

  static KeyDriversResult run(KeyDrivers kd, double[][] rows) {
    KeyDrivers.State s = kd.newState();
    for (double[] row : rows) {
      s.add(row[0], java.util.Arrays.copyOfRange(row, 1, row.length));
    }
    return s.result();
  }

  /** R² of the OLS regression of the outcome on the drivers in {@code subset} (bit j: driver j). */
  static double olsRSquared(double[][] rows, int subset) {
    if (subset == 0) {
      return 0;
    }
    int size = Integer.bitCount(subset);
    double[] y = new double[rows.length];
    double[][] x = new double[rows.length][size];
    for (int i = 0; i < rows.length; i++) {
      y[i] = rows[i][0];
      for (int j = 0, m = 0; j < rows[i].length - 1; j++) {
        if ((subset & (1 << j)) != 0) {
          x[i][m++] = rows[i][j + 1];
        }
      }
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.newSampleData(y, x);
    return ols.calculateRSquared();
  }

  /** LMG by definition: each driver's R² gain averaged over all p! orderings. */
  static double[] shapleyByOrderings(double[][] rows, int p) {
    double[] phi = new double[p];
    List<int[]> orders = new ArrayList<>();
    permutations(new int[p], 0, new boolean[p], orders);
    java.util.Map<Integer, Double> r2 = new java.util.HashMap<>();
    for (int[] order : orders) {
      int in = 0;
      for (int j : order) {
        double before = r2.computeIfAbsent(in, s -> olsRSquared(rows, s));
        in |= 1 << j;
        double after = r2.computeIfAbsent(in, s -> olsRSquared(rows, s));
        phi[j] += (after - before) / orders.size();
      }
    }
    return phi;
  }

  static void permutations(int[] a, int at, boolean[] used, List<int[]> out) {
    if (at == a.length) {
      out.add(a.clone());
      return;
    }
    for (int j = 0; j < a.length; j++) {
      if (!used[j]) {
        used[j] = true;
        a[at] = j;
        permutations(a, at + 1, used, out);
        used[j] = false;
      }
    }
  }

  /** Johnson's weights by his construction, from the SVD of the standardized data. */
  static double[] johnsonBySvd(double[][] rows, int p) {
    int n = rows.length;
    double[][] z = standardize(rows);
    double[][] x = new double[n][p];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = z[i][0];
      System.arraycopy(z[i], 1, x[i], 0, p);
    }
    SingularValueDecomposition svd = new SingularValueDecomposition(new Array2DRowRealMatrix(x));
    RealMatrix pq = svd.getU().multiply(svd.getVT()); // orthogonal counterparts, columns of norm 1
    RealMatrix lambda = svd.getV().multiply(svd.getS()).multiply(svd.getVT()); // Q Δ Qᵀ
    double[] betaStar = pq.transpose().operate(y); // regression of y on the orthonormal columns
    double[] eps = new double[p];
    for (int j = 0; j < p; j++) {
      for (int k = 0; k < p; k++) {
        eps[j] += lambda.getEntry(j, k) * lambda.getEntry(j, k) * betaStar[k] * betaStar[k];
      }
    }
    return eps;
  }

  /** Columns scaled to mean 0 and sum of squares 1. */
  static double[][] standardize(double[][] rows) {
    int n = rows.length;
    int k = rows[0].length;
    double[][] z = new double[n][k];
    for (int j = 0; j < k; j++) {
      double mean = 0;
      for (double[] row : rows) {
        mean += row[j] / n;
      }
      double ss = 0;
      for (double[] row : rows) {
        ss += (row[j] - mean) * (row[j] - mean);
      }
      for (int i = 0; i < n; i++) {
        z[i][j] = (rows[i][j] - mean) / Math.sqrt(ss);
      }
    }
    return z;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void shapleyEqualsTheAverageGainOverAllOrderingsOfOlsFits(long seed) {
    int p = 2 + (int) Math.floorMod(seed, 4L);
    double[][] rows = data(seed, 200, p);
    KeyDriversResult r = run(KeyDrivers.of("y", names(p)), rows);
    double[] expected = shapleyByOrderings(rows, p);
    assertThat(r.rSquared().getAsDouble())
        .as(Seeds.describe(seed))
        .isCloseTo(olsRSquared(rows, (1 << p) - 1), within(TOLERANCE));
    for (int j = 0; j < p; j++) {
      assertThat(r.weights().get(j).shapley())
          .as("%s, driver %s", Seeds.describe(seed), j)
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void johnsonEqualsJohnsonsConstructionFromTheSvdOfTheData(long seed) {
    int p = 2 + (int) Math.floorMod(seed, 6L);
    double[][] rows = data(seed, 150, p);
    KeyDriversResult r = run(KeyDrivers.of("y", names(p)), rows);
    double[] expected = johnsonBySvd(rows, p);
    for (int j = 0; j < p; j++) {
      assertThat(r.weights().get(j).johnson())
          .as("%s, driver %s", Seeds.describe(seed), j)
          .isCloseTo(expected[j], within(TOLERANCE));
    }
  }

  @Test
  void betaAndPearsonRMatchOlsOnStandardizedData() {
    double[][] rows = data(7, 120, 3);
    KeyDriversResult r = run(KeyDrivers.of("y", names(3)), rows);
    double[][] z = standardize(rows);
    double[] y = new double[z.length];
    double[][] x = new double[z.length][3];
    for (int i = 0; i < z.length; i++) {
      y[i] = z[i][0];
      System.arraycopy(z[i], 1, x[i], 0, 3);
    }
    OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
    ols.setNoIntercept(true);
    ols.newSampleData(y, x);
    double[] beta = ols.estimateRegressionParameters();
    for (int j = 0; j < 3; j++) {
      double rj = 0;
      for (int i = 0; i < z.length; i++) {
        rj += z[i][0] * z[i][j + 1];
      }
      assertThat(r.weights().get(j).beta()).isCloseTo(beta[j], within(TOLERANCE));
      assertThat(r.weights().get(j).pearsonR()).isCloseTo(rj, within(TOLERANCE));
    }
    int n = rows.length;
    double r2 = r.rSquared().getAsDouble();
    assertThat(r.adjustedRSquared().getAsDouble())
        .isCloseTo(1 - (1 - r2) * (n - 1) / (n - 3 - 1), within(1e-12));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void twoDriversFollowTheClosedFormsAndJohnsonEqualsShapley(long seed) {
    double[][] rows = data(seed, 80, 2);
    KeyDriversResult r = run(KeyDrivers.of("y", "a", "b"), rows);
    double r1 = r.weights().get(0).pearsonR();
    double r2 = r.weights().get(1).pearsonR();
    double[][] z = standardize(rows);
    double r12 = 0;
    for (double[] row : z) {
      r12 += row[1] * row[2];
    }
    double rSquared = (r1 * r1 + r2 * r2 - 2 * r1 * r2 * r12) / (1 - r12 * r12);
    String why = Seeds.describe(seed);
    assertThat(r.rSquared().getAsDouble()).as(why).isCloseTo(rSquared, within(TOLERANCE));
    double lmg1 = (r1 * r1 + rSquared - r2 * r2) / 2;
    assertThat(r.weights().get(0).shapley()).as(why).isCloseTo(lmg1, within(TOLERANCE));
    for (DriverWeight w : r.weights()) {
      assertThat(w.johnson()).as(why).isCloseTo(w.shapley(), within(TOLERANCE));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void weightsAreNonNegativeAndSumToRSquared(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int p = 1 + random.nextInt(8);
    KeyDriversResult r = run(KeyDrivers.of("y", names(p)), data(seed, 40 + random.nextInt(200), p));
    String why = Seeds.describe(seed) + ", " + p + " drivers";
    assertThat(r.status()).as(why).isEqualTo(Status.ESTIMATED);
    double johnson = 0;
    double shapley = 0;
    double shares = 0;
    for (DriverWeight w : r.weights()) {
      assertThat(w.johnson()).as(why).isGreaterThanOrEqualTo(0);
      assertThat(w.shapley()).as(why).isGreaterThanOrEqualTo(0);
      johnson += w.johnson();
      shapley += w.shapley();
      shares += w.shapleyShare();
    }
    double r2 = r.rSquared().getAsDouble();
    assertThat(johnson).as(why).isCloseTo(r2, within(TOLERANCE));
    assertThat(shapley).as(why).isCloseTo(r2, within(TOLERANCE));
    assertThat(shares).as(why).isCloseTo(1, within(TOLERANCE));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void reorderingTheDriversReordersTheWeights(long seed) {
    int p = 5;
    double[][] rows = data(seed, 100, p);
    int[] order = {3, 0, 4, 1, 2};
    double[][] shuffled = new double[rows.length][p + 1];
    String[] names = new String[p];
    for (int j = 0; j < p; j++) {
      names[j] = "d" + order[j];
    }
    for (int i = 0; i < rows.length; i++) {
      shuffled[i][0] = rows[i][0];
      for (int j = 0; j < p; j++) {
        shuffled[i][j + 1] = rows[i][order[j] + 1];
      }
    }
    KeyDriversResult a = run(KeyDrivers.of("y", names(p)), rows);
    KeyDriversResult b = run(KeyDrivers.of("y", names), shuffled);
    for (String d : names(p)) {
      for (Importance m : Importance.values()) {
        assertThat(b.weight(d).weight(m))
            .as("%s, %s of %s", Seeds.describe(seed), m, d)
            .isCloseTo(a.weight(d).weight(m), within(TOLERANCE));
      }
    }
    assertThat(b.ranking(Importance.SHAPLEY)).isEqualTo(a.ranking(Importance.SHAPLEY));
  }

  @Test
  void uncorrelatedDriversEachGetTheirSquaredCorrelation() {
    // a 2^3 factorial design, replicated: the three drivers are exactly uncorrelated
    List<double[]> rows = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(11);
    for (int rep = 0; rep < 10; rep++) {
      for (int cell = 0; cell < 8; cell++) {
        double a = (cell & 1) == 0 ? 1 : 5;
        double b = (cell & 2) == 0 ? 2 : 4;
        double c = (cell & 4) == 0 ? 1 : 3;
        rows.add(new double[] {a + 0.5 * b + r.nextGaussian(), a, b, c});
      }
    }
    KeyDriversResult result = run(KeyDrivers.of("y", "a", "b", "c"), rows.toArray(double[][]::new));
    for (DriverWeight w : result.weights()) {
      double r2 = w.pearsonR() * w.pearsonR();
      assertThat(w.johnson()).as(w.driver()).isCloseTo(r2, within(TOLERANCE));
      assertThat(w.shapley()).as(w.driver()).isCloseTo(r2, within(TOLERANCE));
      assertThat(w.beta()).as(w.driver()).isCloseTo(w.pearsonR(), within(TOLERANCE));
    }
  }

  @Test
  void fifteenDriversGetExactShapleyValues() {
    int p = 15;
    double[][] rows = data(15, 400, p);
    KeyDriversResult r = run(KeyDrivers.of("y", names(p)), rows);
    double sum = r.weights().stream().mapToDouble(DriverWeight::shapley).sum();
    assertThat(sum).isCloseTo(r.rSquared().getAsDouble(), within(TOLERANCE));
    assertThat(r.rSquared().getAsDouble())
        .isCloseTo(olsRSquared(rows, (1 << p) - 1), within(TOLERANCE));
  }

  @Test
  void integerCaseWeightsEqualRepeatedRows() {
    double[][] rows = data(3, 60, 3);
    KeyDrivers kd = KeyDrivers.of("y", names(3));
    KeyDrivers.State weighted = kd.newState();
    List<double[]> repeated = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      int w = 1 + i % 3;
      weighted.addWeighted(w, rows[i][0], java.util.Arrays.copyOfRange(rows[i], 1, 4));
      for (int c = 0; c < w; c++) {
        repeated.add(rows[i]);
      }
    }
    KeyDriversResult a = weighted.result();
    KeyDriversResult b = run(kd, repeated.toArray(double[][]::new));
    assertThat(a.rSquared().getAsDouble()).isCloseTo(b.rSquared().getAsDouble(), within(TOLERANCE));
    for (int j = 0; j < 3; j++) {
      assertThat(a.weights().get(j).shapley())
          .isCloseTo(b.weights().get(j).shapley(), within(TOLERANCE));
      assertThat(a.weights().get(j).mean()).isCloseTo(b.weights().get(j).mean(), within(1e-12));
    }
    assertThat(a.n()).as("n counts rows, not weight").isEqualTo(60);
  }

  @Test
  void listwiseAndPairwiseDifferWhenValuesAreMissing() {
    double[][] rows = data(5, 200, 3);
    SplittableRandom r = new SplittableRandom(5);
    for (double[] row : rows) {
      if (r.nextInt(4) == 0) {
        row[1 + r.nextInt(3)] = Double.NaN;
      }
    }
    KeyDrivers kd = KeyDrivers.of("y", names(3));
    KeyDriversResult listwise = run(kd, rows);
    KeyDriversResult pairwise = run(kd.missing(KeyDrivers.Missing.PAIRWISE), rows);
    long complete =
        java.util.Arrays.stream(rows)
            .filter(row -> java.util.Arrays.stream(row).noneMatch(Double::isNaN))
            .count();
    assertThat(listwise.n()).isEqualTo(complete);
    assertThat(pairwise.n()).isGreaterThan(complete);
    assertThat(listwise.rows()).isEqualTo(200);
    assertThat(pairwise.rSquared().getAsDouble())
        .isNotCloseTo(listwise.rSquared().getAsDouble(), within(1e-6));
    // pairwise r of driver 0 with the outcome: over the rows that have both, by the textbook
    // formula
    List<double[]> both = new ArrayList<>();
    for (double[] row : rows) {
      if (!Double.isNaN(row[1])) {
        both.add(new double[] {row[0], row[1]});
      }
    }
    double[][] z = standardize(both.toArray(double[][]::new));
    double expected = 0;
    for (double[] row : z) {
      expected += row[0] * row[1];
    }
    assertThat(pairwise.weights().get(0).pearsonR()).isCloseTo(expected, within(TOLERANCE));
  }

  @Test
  void tooLittleDataIsAVisibleState() {
    KeyDrivers kd = KeyDrivers.of("y", "a", "b");
    KeyDrivers.State s = kd.newState();
    assertThat(s.result().status()).isEqualTo(Status.TOO_FEW_ROWS);
    s.add(1, 2, 3);
    s.add(2, 3, 1);
    s.add(3, 1, 2);
    assertThat(s.result().status()).isEqualTo(Status.TOO_FEW_ROWS);
    s.add(4, 5, 5);
    KeyDriversResult r = s.result();
    assertThat(r.status()).isEqualTo(Status.ESTIMATED);
    assertThat(r.n()).isEqualTo(4);

    KeyDrivers.State constant = kd.newState();
    for (int i = 0; i < 10; i++) {
      constant.add(i, 3, i % 4);
    }
    KeyDriversResult c = constant.result();
    assertThat(c.status()).isEqualTo(Status.NO_VARIANCE);
    assertThat(c.rSquared()).isEmpty();
    assertThat(c.weights()).isEmpty();
    assertThat(c.toString()).contains("NO_VARIANCE");
    assertThatThrownBy(() -> c.weight("a")).isInstanceOf(IllegalStateException.class);

    KeyDrivers.State collinear = kd.newState();
    for (int i = 0; i < 10; i++) {
      collinear.add(i % 3 + i, i, 2.0 * i + 1);
    }
    assertThat(collinear.result().status()).isEqualTo(Status.COLLINEAR);
  }

  @Test
  void rowsComeFromResponsesGroupedByRespondent() {
    List<Response> responses =
        List.of(
            Response.of("ana", "nps", 9),
            Response.of("ana", "csat", 5).withTouchpoint("arrival"),
            Response.of("ben", "csat", 2).withTouchpoint("networking"),
            Response.of("ana", "csat", 3).withTouchpoint("networking"),
            Response.of("ben", "nps", 4),
            Response.of("cai", "ces", 6).withTouchpoint("sign-up"));
    KeyDrivers.Item outcome = KeyDrivers.Item.overall("nps");
    List<KeyDrivers.Item> drivers =
        List.of(KeyDrivers.Item.at("csat", "arrival"), KeyDrivers.Item.at("csat", "networking"));
    List<KeyDrivers.Row> rows = KeyDrivers.rows(responses, outcome, drivers);
    assertThat(rows)
        .containsExactly(KeyDrivers.Row.of(9, 5, 3), KeyDrivers.Row.of(4, Double.NaN, 2));
    assertThat(KeyDrivers.of(outcome, drivers).drivers()).containsExactly("arrival", "networking");

    List<Response> returned =
        List.of(
            Response.of("ana", "csat", 5)
                .withTouchpoint("arrival")
                .withAttributes(java.util.Map.of("returned", "yes")),
            Response.of("ana", "csat", 3)
                .withTouchpoint("networking")
                .withAttributes(java.util.Map.of("returned", "yes")),
            Response.of("ben", "csat", 1)
                .withTouchpoint("arrival")
                .withAttributes(java.util.Map.of("returned", "no")));
    assertThat(KeyDrivers.rows(returned, KeyDrivers.Item.attributeIs("returned", "yes"), drivers))
        .containsExactly(KeyDrivers.Row.of(1, 5, 3), KeyDrivers.Row.of(0, 1, Double.NaN));

    List<Response> twice =
        List.of(
            Response.of("secret-person", "csat", 5).withTouchpoint("arrival"),
            Response.of("secret-person", "csat", 4).withTouchpoint("arrival"));
    assertThatThrownBy(() -> KeyDrivers.rows(twice, outcome, drivers))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("record 1, field 'respondent'")
        .hasMessageContaining("arrival")
        .hasMessageNotContaining("secret-person");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void badInputIsRejectedWithWhatWasExpected() {
    assertThatThrownBy(() -> KeyDrivers.of("y", "a", "a"))
        .hasMessageContaining("driver 1")
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> KeyDrivers.of("y", names(17))).hasMessageContaining("1..16");
    assertThatThrownBy(() -> KeyDrivers.of("y")).hasMessageContaining("got 0");
    KeyDrivers.State s = KeyDrivers.of("y", "a", "b").newState();
    assertThatThrownBy(() -> s.add(1, 2)).hasMessageContaining("expected 2 driver values, got 1");
    assertThatThrownBy(() -> s.add(1, 2, Double.POSITIVE_INFINITY))
        .hasMessageContaining("driver 1");
    assertThatThrownBy(() -> s.addWeighted(0, 1, 2, 3)).hasMessageContaining("weight");
    assertThatThrownBy(
            () ->
                s.addColumns(
                    new double[] {1, 2, 3},
                    new double[] {1, 2, 3},
                    new double[] {1, Double.NEGATIVE_INFINITY, 3}))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("record 1: driver 1");
    assertThat(s.toBytes()).isEqualTo(KeyDrivers.of("y", "a", "b").newState().toBytes());
    assertThatThrownBy(() -> KeyDrivers.of(null, "a"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcome");
    assertThatThrownBy(() -> s.merge(KeyDrivers.of("y", "b", "a").newState()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void columnsGiveTheResultOfRows() {
    double[][] rows = data(9, 50, 2);
    double[] y = new double[50];
    double[] a = new double[50];
    double[] b = new double[50];
    for (int i = 0; i < 50; i++) {
      y[i] = rows[i][0];
      a[i] = rows[i][1];
      b[i] = rows[i][2];
    }
    KeyDrivers kd = KeyDrivers.of("y", names(2));
    assertThat(kd.newState().addColumns(y, a, b).toBytes())
        .isEqualTo(
            kd.newState()
                .addAll(
                    java.util.Arrays.stream(rows)
                        .map(r -> KeyDrivers.Row.of(r[0], r[1], r[2]))
                        .toList())
                .toBytes());
  }

  @Test
  void resultsPrintOneLine() {
    KeyDriversResult r =
        run(KeyDrivers.of("overall", "arrival", "talk", "networking", "waffles"), data(1, 100, 4));
    assertThat(r.toString())
        .doesNotContain("\n")
        .startsWith("KeyDriversResult[overall on 4 drivers, n=100 of 100 listwise, R²=")
        .contains("by Shapley: ")
        .endsWith(", …]");
    assertThat(r.weights().get(0).toString()).startsWith("DriverWeight[arrival: r=");
    assertThat(r.ranking(Importance.PEARSON_R)).hasSize(4);
  }
}
