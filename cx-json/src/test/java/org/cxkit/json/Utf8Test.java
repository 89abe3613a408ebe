package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.cxkit.metrics.BadInputException;
import org.junit.jupiter.api.Test;

/** The byte-level UTF-8 check agrees with the JDK's strict decoder (RFC 3629) on random input. */
class Utf8Test {
  static boolean jdkValid(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  static boolean ownValid(byte[] b) {
    try {
      Inputs.validateUtf8(b, 0, b.length);
      return true;
    } catch (CxJsonException e) {
      assertThat(e.kind()).isEqualTo(BadInputException.Kind.ENCODING);
      return false;
    }
  }

  @Test
  void agreesWithTheJdkDecoder() {
    long seed = MutationFuzzTest.seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    int valid = 0;
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[1 + rnd.nextInt(6)];
      for (int i = 0; i < b.length; i++) {
        // Bias towards the interesting lead and continuation bytes.
        int r = rnd.nextInt(4);
        b[i] =
            (byte)
                (r == 0
                    ? rnd.nextInt(0x80)
                    : r == 1 ? 0x80 + rnd.nextInt(0x40) : 0xC0 + rnd.nextInt(0x40));
      }
      if (b.length >= 3
          && (b[0] & 0xff) == 0xEF
          && (b[1] & 0xff) == 0xBB
          && (b[2] & 0xff) == 0xBF) {
        continue; // a BOM is skipped by the check, decoded by the JDK
      }
      boolean jdk = jdkValid(b);
      assertThat(ownValid(b))
          .as("seed %s, bytes %s", seed, java.util.HexFormat.of().formatHex(b))
          .isEqualTo(jdk);
      valid += jdk ? 1 : 0;
    }
    assertThat(valid).isGreaterThan(1000);
  }

  @Test
  void knownCases() {
    assertThat(ownValid("aé€😀".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(ownValid(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse(); // overlong '/'
    assertThat(ownValid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // surrogate
    assertThat(ownValid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
        .isFalse(); // > U+10FFFF
    assertThat(ownValid(new byte[] {(byte) 0xE2, (byte) 0x82})).isFalse(); // truncated
    assertThat(Inputs.validateUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{'}, 0, 4))
        .isEqualTo(3);
  }
}
