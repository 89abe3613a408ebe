package org.cxkit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.Nps;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.spi.Accumulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodersTest {
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void responsesRoundTripDeterministically(long seed) throws Exception {
    for (Response r : Data.responses(seed, 50)) {
      CoderProperties.coderDecodeEncodeEqual(ResponseCoder.of(), r);
      CoderProperties.coderDeterministic(ResponseCoder.of(), r, copy(r));
      CoderProperties.coderConsistentWithEquals(ResponseCoder.of(), r, copy(r));
    }
    CoderProperties.coderSerializable(ResponseCoder.of());
  }

  private static Response copy(Response r) {
    return new Response(
        new String(r.respondent().toCharArray()),
        r.touchpoint(),
        r.measure(),
        r.score(),
        r.time(),
        ImmutableSortedMap.copyOf(r.attributes()));
  }

  @Test
  void everyOptionalPartOfAResponseRoundTrips() throws Exception {
    Response full =
        new Response(
            "r-1",
            Optional.of(TouchpointId.of("sign-up")),
            MeasureId.of("nps"),
            -3,
            Optional.of(Instant.parse("2026-11-04T17:02:00.123456789Z")),
            ImmutableSortedMap.of("b", "2", "a", "ä", "", ""));
    CoderProperties.coderDecodeEncodeEqual(ResponseCoder.of(), full);
    CoderProperties.coderDecodeEncodeEqual(ResponseCoder.of(), Response.of("r-1", "nps", 9));
    CoderProperties.coderDecodeEncodeEqual(
        ResponseCoder.of(), Response.of("r", "nps", 1).withTime(Instant.MIN));
  }

  @Test
  void eventsRoundTripDeterministically() throws Exception {
    JourneyEvent bare = JourneyEvent.of("c-42", "sign-up", Instant.parse("2026-11-04T17:02:00Z"));
    JourneyEvent full =
        JourneyEvent.builder()
            .customer("c-42")
            .caseId("order-7")
            .session("s-1")
            .adHoc("asked a friend")
            .time(Instant.parse("2026-11-04T17:09:00.5Z"))
            .channel(Channel.CHAT)
            .initiator(Initiator.ORGANISATION)
            .outcome(Outcome.FAILED)
            .attribute("b", "2")
            .attribute("a", "1")
            .build();
    JourneyEvent caseOnly =
        JourneyEvent.builder().caseId("order-7").touchpoint("pay").time(Instant.EPOCH).build();
    for (JourneyEvent e :
        new JourneyEvent[] {bare, bare.withChannel(Channel.SOCIAL_MEDIA), full, caseOnly}) {
      CoderProperties.coderDecodeEncodeEqual(JourneyEventCoder.of(), e);
      JourneyEvent.Builder copy = e.toBuilder();
      e.customer().ifPresent(c -> copy.customer(new String(c.toCharArray())));
      CoderProperties.coderDeterministic(JourneyEventCoder.of(), e, copy.build());
    }
    // Attributes given in another order encode to the same bytes.
    assertThat(
            CoderUtils.encodeToByteArray(
                JourneyEventCoder.of(),
                full.toBuilder().attributes(java.util.Map.of("a", "1", "b", "2")).build()))
        .isEqualTo(CoderUtils.encodeToByteArray(JourneyEventCoder.of(), full));
    JourneyEventCoder.of().verifyDeterministic();
  }

  @Test
  void beamFindsTheCoders() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertThat(registry.getCoder(Response.class)).isSameAs(ResponseCoder.of());
    assertThat(registry.getCoder(JourneyEvent.class)).isSameAs(JourneyEventCoder.of());
    assertThat(registry.getCoder(ScorecardResult.class))
        .isEqualTo(ResultCoder.of(ScorecardResult.class));
    assertThat(registry.getCoder(NpsResult.class)).isEqualTo(ResultCoder.of(NpsResult.class));
  }

  @Test
  void aBadFieldIsNamedWithoutItsContent() throws Exception {
    byte[] good =
        CoderUtils.encodeToByteArray(
            ResponseCoder.of(), Response.of("secret-person", "nps", 9).withTouchpoint("sign-up"));
    // the touchpoint id "sign-up" becomes "SIGN-UP", which is not a slug
    String text = new String(good, java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] bad =
        text.replace("sign-up", "SIGN-UP").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(ResponseCoder.of(), bad))
        .isInstanceOf(CoderException.class)
        .hasMessage("Response: the touchpoint is not valid");

    byte[] otherVersion = good.clone();
    otherVersion[0] = 9;
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(ResponseCoder.of(), otherVersion))
        .isInstanceOf(CoderException.class)
        .hasMessageContaining("format version 9");

    byte[] event =
        CoderUtils.encodeToByteArray(
            JourneyEventCoder.of(),
            JourneyEvent.of("secret-person", "sign-up", Instant.EPOCH).withChannel(Channel.WEB));
    byte[] badChannel =
        new String(event, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("WEB", "WEX")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(JourneyEventCoder.of(), badChannel))
        .isInstanceOf(CoderException.class)
        .hasMessage("JourneyEvent: the channel is not valid")
        .hasMessageNotContaining("secret");
  }

  @Test
  void stateCoderUsesTheStatesOwnBytesAndRejectsCorruptOnes() throws Exception {
    StateCoder<Integer, NpsResult, Accumulator<NpsResult>> coder = StateCoder.of(Nps::metric);
    coder.verifyDeterministic();
    CoderProperties.coderSerializable(coder);
    Accumulator<NpsResult> state = Nps.metric().newState();
    for (int s : new int[] {0, 7, 9, 10, 10}) {
      state.add(s);
    }
    byte[] encoded = CoderUtils.encodeToByteArray(coder, state);
    // a varint length prefix, then exactly the state's own bytes
    byte[] own = state.toBytes();
    assertThat(Arrays.copyOfRange(encoded, encoded.length - own.length, encoded.length))
        .isEqualTo(own);
    assertThat(encoded.length - own.length).isEqualTo(own.length < 128 ? 1 : 2);
    assertThat(CoderUtils.decodeFromByteArray(coder, encoded).result()).isEqualTo(state.result());

    byte[] corrupt = encoded.clone();
    corrupt[corrupt.length - 1] ^= 1;
    assertThatThrownBy(() -> CoderUtils.decodeFromByteArray(coder, corrupt))
        .isInstanceOf(CoderException.class)
        .hasMessageStartingWith("not a valid state of analysis 'nps': ");
  }

  @Test
  void resultCoderRoundTripsExactly() throws Exception {
    Scorecard card = Scorecard.builder(Data.model().journey(Data.JOURNEY).orElseThrow()).build();
    ScorecardResult r = card.compute(Data.responses(Seeds.DEFAULT_BASE, 500));
    ResultCoder<ScorecardResult> coder = ResultCoder.of(ScorecardResult.class);
    CoderProperties.coderDecodeEncodeEqual(coder, r);
    coder.verifyDeterministic();
    CoderProperties.coderSerializable(coder);
    CoderProperties.coderDecodeEncodeEqual(ResultCoder.of(NpsResult.class), Nps.of(0, 9, 10));
    assertThatThrownBy(() -> ResultCoder.of(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreNamed() {
    assertThatThrownBy(() -> ResponseCoder.of().encode(null, new java.io.ByteArrayOutputStream()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("response");
    assertThatThrownBy(() -> JourneyEventCoder.of().decode(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("in");
    assertThatThrownBy(() -> StateCoder.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("factory");
    assertThatThrownBy(() -> ResponseCoder.of().decode(new ByteArrayInputStream(new byte[0])))
        .isInstanceOf(CoderException.class)
        .hasMessage("Response: the input ends before the value");
  }
}
