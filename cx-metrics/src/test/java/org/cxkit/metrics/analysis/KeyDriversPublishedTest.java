package org.cxkit.metrics.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Key drivers against values printed by established implementations on a public data set, to 1e-6.
 *
 * <p>The data are R's {@code mtcars} (Henderson &amp; Velleman 1981, Biometrics 37(2), pp. 391-411,
 * from the 1974 Motor Trend US magazine; shipped with R's {@code datasets} package). The rows below
 * were typed for this test (miles per gallon, cylinders, displacement, horsepower, weight in 1000
 * lb, engine V/straight, transmission automatic/manual): that the printed R² values are matched to
 * seven digits checks the typing as well.
 *
 * <ul>
 *   <li>Johnson's relative weights: R package {@code rwa} (Martin Chan), vignette "Regression
 *       methods", {@code rwa_multiregress(mtcars, "mpg", c("cyl", "disp", "hp", "wt"))}: raw
 *       weights 0.2096904, 0.1883043, 0.1799590, 0.2706812, R² 0.8486
 *       (https://martinctc.github.io/rwa/articles/regression-methods.html).
 *   <li>Shapley/LMG, as general dominance of R²: R package {@code domir} (Joseph Luchman), README,
 *       {@code domir(mpg ~ am + vs + cyl, lm_wrapper, data = mtcars)}: overall value 0.7619773,
 *       general dominance am 0.1774892, vs 0.2027032, cyl 0.3817849
 *       (https://cran.r-project.org/web/packages/domir/readme/README.html).
 * </ul>
 *
 * <p>The published values have seven decimals, so they are exact to 5e-8; the tolerance 1e-6 leaves
 * room for that rounding only.
 */
class KeyDriversPublishedTest {
  static final double TOLERANCE = 1e-6;

  /** mpg, cyl, disp, hp, wt, vs, am: the 32 rows of mtcars in R's order. */
  static final double[][] MTCARS = {
    {21.0, 6, 160.0, 110, 2.620, 0, 1}, // Mazda RX4
    {21.0, 6, 160.0, 110, 2.875, 0, 1}, // Mazda RX4 Wag
    {22.8, 4, 108.0, 93, 2.320, 1, 1}, // Datsun 710
    {21.4, 6, 258.0, 110, 3.215, 1, 0}, // Hornet 4 Drive
    {18.7, 8, 360.0, 175, 3.440, 0, 0}, // Hornet Sportabout
    {18.1, 6, 225.0, 105, 3.460, 1, 0}, // Valiant
    {14.3, 8, 360.0, 245, 3.570, 0, 0}, // Duster 360
    {24.4, 4, 146.7, 62, 3.190, 1, 0}, // Merc 240D
    {22.8, 4, 140.8, 95, 3.150, 1, 0}, // Merc 230
    {19.2, 6, 167.6, 123, 3.440, 1, 0}, // Merc 280
    {17.8, 6, 167.6, 123, 3.440, 1, 0}, // Merc 280C
    {16.4, 8, 275.8, 180, 4.070, 0, 0}, // Merc 450SE
    {17.3, 8, 275.8, 180, 3.730, 0, 0}, // Merc 450SL
    {15.2, 8, 275.8, 180, 3.780, 0, 0}, // Merc 450SLC
    {10.4, 8, 472.0, 205, 5.250, 0, 0}, // Cadillac Fleetwood
    {10.4, 8, 460.0, 215, 5.424, 0, 0}, // Lincoln Continental
    {14.7, 8, 440.0, 230, 5.345, 0, 0}, // Chrysler Imperial
    {32.4, 4, 78.7, 66, 2.200, 1, 1}, // Fiat 128
    {30.4, 4, 75.7, 52, 1.615, 1, 1}, // Honda Civic
    {33.9, 4, 71.1, 65, 1.835, 1, 1}, // Toyota Corolla
    {21.5, 4, 120.1, 97, 2.465, 1, 0}, // Toyota Corona
    {15.5, 8, 318.0, 150, 3.520, 0, 0}, // Dodge Challenger
    {15.2, 8, 304.0, 150, 3.435, 0, 0}, // AMC Javelin
    {13.3, 8, 350.0, 245, 3.840, 0, 0}, // Camaro Z28
    {19.2, 8, 400.0, 175, 3.845, 0, 0}, // Pontiac Firebird
    {27.3, 4, 79.0, 66, 1.935, 1, 1}, // Fiat X1-9
    {26.0, 4, 120.3, 91, 2.140, 0, 1}, // Porsche 914-2
    {30.4, 4, 95.1, 113, 1.513, 1, 1}, // Lotus Europa
    {15.8, 8, 351.0, 264, 3.170, 0, 1}, // Ford Pantera L
    {19.7, 6, 145.0, 175, 2.770, 0, 1}, // Ferrari Dino
    {15.0, 8, 301.0, 335, 3.570, 0, 1}, // Maserati Bora
    {21.4, 4, 121.0, 109, 2.780, 1, 1}, // Volvo 142E
  };

  static final int MPG = 0;
  static final int CYL = 1;
  static final int DISP = 2;
  static final int HP = 3;
  static final int WT = 4;
  static final int VS = 5;
  static final int AM = 6;

  static KeyDriversResult run(String[] names, int... columns) {
    KeyDrivers.State state = KeyDrivers.of("mpg", names).newState();
    for (double[] car : MTCARS) {
      double[] drivers = new double[columns.length];
      for (int j = 0; j < columns.length; j++) {
        drivers[j] = car[columns[j]];
      }
      state.add(car[MPG], drivers);
    }
    return state.result();
  }

  @Test
  void johnsonWeightsMatchRwaOnMtcars() {
    KeyDriversResult r = run(new String[] {"cyl", "disp", "hp", "wt"}, CYL, DISP, HP, WT);

    assertThat(r.n()).isEqualTo(32);
    assertThat(r.rSquared().orElseThrow()).isCloseTo(0.8486, within(5e-5));
    assertThat(r.weight("cyl").johnson()).isCloseTo(0.2096904, within(TOLERANCE));
    assertThat(r.weight("disp").johnson()).isCloseTo(0.1883043, within(TOLERANCE));
    assertThat(r.weight("hp").johnson()).isCloseTo(0.1799590, within(TOLERANCE));
    assertThat(r.weight("wt").johnson()).isCloseTo(0.2706812, within(TOLERANCE));
    // rwa's rescaled weights are percentages of R²
    assertThat(r.weight("wt").johnsonShare()).isCloseTo(0.3189607, within(TOLERANCE));
    assertThat(r.weight("cyl").johnsonShare()).isCloseTo(0.2470914, within(TOLERANCE));
  }

  @Test
  void shapleyValuesMatchDomirGeneralDominanceOnMtcars() {
    KeyDriversResult r = run(new String[] {"am", "vs", "cyl"}, AM, VS, CYL);

    assertThat(r.rSquared().orElseThrow()).isCloseTo(0.7619773, within(TOLERANCE));
    assertThat(r.weight("am").shapley()).isCloseTo(0.1774892, within(TOLERANCE));
    assertThat(r.weight("vs").shapley()).isCloseTo(0.2027032, within(TOLERANCE));
    assertThat(r.weight("cyl").shapley()).isCloseTo(0.3817849, within(TOLERANCE));
    // domir's standardized general dominance is the share of R²
    assertThat(r.weight("cyl").shapleyShare()).isCloseTo(0.5010450, within(TOLERANCE));
    // its conditional dominance "include at 1" is each driver's r² alone
    assertThat(Math.pow(r.weight("am").pearsonR(), 2)).isCloseTo(0.3597989, within(TOLERANCE));
  }
}
