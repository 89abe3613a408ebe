package org.cxkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Ids#isValid(String)} is a hand-written scan; it must agree with the documented regular
 * expression {@link Ids#PATTERN} (plus the length limit) on every string.
 */
class IdsTest {
  private static final Pattern REGEX = Pattern.compile(Ids.PATTERN);

  private static boolean byRegex(String s) {
    return !s.isEmpty() && s.length() <= Ids.MAX_LENGTH && REGEX.matcher(s).matches();
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @ValueSource(
      strings = {
        "",
        "a",
        "z",
        "0",
        "9",
        "-",
        "_",
        ".",
        "a-",
        "-a",
        "a.",
        ".a",
        "a_",
        "_a",
        "a-b",
        "a_b",
        "a.b",
        "a--b",
        "a-.b",
        "a._b",
        "a-b-c",
        "sign-up",
        "tp_12",
        "custom.fcr",
        "A",
        "aB",
        "a b",
        " a",
        "a ",
        "\t",
        "é",
        "a\u0000",
        "a\n",
        "ａ",
        "a/b",
        "a+b",
        "a:b",
        "`",
        "{",
        "@",
        "[",
        "/",
        ":",
        "1-2.3_4",
        "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqr",
        "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrs",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-0-1-2-3-4-5-6",
        "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y-z-0-1-2-3-4-5-",
      })
  void edgeCasesAgreeWithThePattern(String s) {
    assertThat(Ids.isValid(s)).as("'%s'", s).isEqualTo(byRegex(s));
  }

  /** Alphabets biased towards slugs, so that both valid and nearly valid strings come up often. */
  private static final List<String> ALPHABETS =
      List.of("ab09", "ab-_.", "a-", "az09-_.AZ `{/:@[", "a\u00e9\u0000\uffff-.");

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void randomStringsAgreeWithThePattern(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int valid = 0;
    for (int round = 0; round < 2_000; round++) {
      String alphabet = ALPHABETS.get(r.nextInt(ALPHABETS.size()));
      int length = r.nextInt(10) == 0 ? 60 + r.nextInt(8) : r.nextInt(8);
      StringBuilder sb = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        sb.append(
            r.nextInt(20) == 0
                ? (char) r.nextInt(0x10000)
                : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      boolean expected = byRegex(s);
      valid += expected ? 1 : 0;
      assertThat(Ids.isValid(s))
          .as("%s, round %s, '%s'", Seeds.describe(seed), round, s)
          .isEqualTo(expected);
    }
    // The generator must exercise both outcomes, or the property proves little.
    assertThat(valid).as(Seeds.describe(seed)).isBetween(1, 1_999);
  }
}
