package org.cxkit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.DelightUplift.Customer;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The coders of the uplift's customers and the key drivers' rows. */
class AnalysisInputCodersTest {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void customersRoundTripDeterministically(long seed) throws Exception {
    roundTrips(CustomerCoder.binary(), AnalysesPipelineTest.binaryCustomers(seed, 30));
    roundTrips(CustomerCoder.nps(), AnalysesPipelineTest.npsCustomers(seed, 30));
    roundTrips(CustomerCoder.numeric(), AnalysesPipelineTest.numericCustomers(seed, 30));
    roundTrips(
        CustomerCoder.numeric(),
        List.of(
            new Customer<>(-7, -0.0),
            new Customer<>(Integer.MAX_VALUE, Double.MAX_VALUE),
            new Customer<>(Integer.MIN_VALUE, Double.NaN)));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void rowsRoundTripDeterministically(long seed) throws Exception {
    roundTrips(DriverRowCoder.of(), AnalysesPipelineTest.driverRows(seed, 30));
  }

  private static <T> void roundTrips(Coder<T> coder, List<T> values) throws Exception {
    for (T v : values) {
      CoderProperties.coderDecodeEncodeEqual(coder, v);
      CoderProperties.coderDeterministic(coder, v, CoderUtils.clone(coder, v));
      CoderProperties.coderConsistentWithEquals(coder, v, CoderUtils.clone(coder, v));
    }
    CoderProperties.coderSerializable(coder);
    coder.verifyDeterministic();
  }

  @Test
  void everyNanIsWrittenAlike() throws Exception {
    double otherNan = Double.longBitsToDouble(0x7ff0_0000_0000_0001L);
    assertThat(Double.isNaN(otherNan)).isTrue();
    assertThat(CoderUtils.encodeToByteArray(CustomerCoder.numeric(), new Customer<>(3, otherNan)))
        .isEqualTo(
            CoderUtils.encodeToByteArray(CustomerCoder.numeric(), new Customer<>(3, Double.NaN)));
    assertThat(CoderUtils.encodeToByteArray(DriverRowCoder.of(), KeyDrivers.Row.of(otherNan, 1)))
        .isEqualTo(
            CoderUtils.encodeToByteArray(DriverRowCoder.of(), KeyDrivers.Row.of(Double.NaN, 1)));
  }

  @Test
  void theCodersOfTheThreeOutcomeKindsDifferAndRejectEachOthersBytes() throws Exception {
    assertThat(CustomerCoder.binary()).isNotEqualTo(CustomerCoder.nps());
    assertThat(CustomerCoder.nps()).isNotEqualTo(CustomerCoder.numeric());
    assertThat(CustomerCoder.binary().outcome()).isEqualTo(DelightUplift.Outcome.BINARY);
    byte[] nps = CoderUtils.encodeToByteArray(CustomerCoder.nps(), new Customer<>(5, 1));
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(CustomerCoder.binary(), nps))
        .isInstanceOf(CoderException.class)
        .hasMessage("Customer: the bytes are not of a customer with a BINARY outcome");
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"}) // a raw coder given the wrong outcome on purpose
  void anOutcomeOfAnotherKindIsNotWritten() {
    Coder raw = CustomerCoder.binary();
    assertThatThrownBy(() -> raw.encode(new Customer<>(5, 7), new ByteArrayOutputStream()))
        .isInstanceOf(CoderException.class)
        .hasMessage(
            "Customer: an outcome of type Integer cannot be written by the coder of BINARY outcomes");
  }

  @Test
  void badBytesAreNamedWithoutTheirValues() throws Exception {
    byte[] yes = CoderUtils.encodeToByteArray(CustomerCoder.binary(), new Customer<>(5, true));
    byte[] maybe = yes.clone();
    maybe[maybe.length - 1] = 2;
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(CustomerCoder.binary(), maybe))
        .isInstanceOf(CoderException.class)
        .hasMessage("Customer: the yes/no outcome is neither 0 nor 1");

    byte[] row =
        CoderUtils.encodeToByteArray(DriverRowCoder.of(), KeyDrivers.Row.of(9, 4, 5).withWeight(2));
    // the weight is the last 8 bytes: +infinity is not a weight
    byte[] infinite = row.clone();
    System.arraycopy(
        CoderUtils.encodeToByteArray(
            org.apache.beam.sdk.coders.BigEndianLongCoder.of(),
            Double.doubleToLongBits(Double.POSITIVE_INFINITY)),
        0,
        infinite,
        infinite.length - 8,
        8);
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(DriverRowCoder.of(), infinite))
        .isInstanceOf(CoderException.class)
        .hasMessage("KeyDrivers.Row: the weight must be positive and finite");
    // the driver count is the second byte
    byte[] noDrivers = row.clone();
    noDrivers[1] = 0;
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(DriverRowCoder.of(), noDrivers))
        .isInstanceOf(CoderException.class)
        .hasMessage("KeyDrivers.Row: the driver count is not in 1..16");
    byte[] truncated = java.util.Arrays.copyOf(row, row.length - 3);
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(DriverRowCoder.of(), truncated))
        .isInstanceOf(CoderException.class);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> CustomerCoder.binary().encode(null, new ByteArrayOutputStream()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
    assertThatThrownBy(() -> DriverRowCoder.of().encode(null, new ByteArrayOutputStream()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("row");
    assertThatThrownBy(() -> CxTransforms.uplift(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("factory");
  }
}
