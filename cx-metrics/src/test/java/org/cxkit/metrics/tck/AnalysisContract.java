package org.cxkit.metrics.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.testing.CollectorTester;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract kit for an {@link Analysis} and its {@link MergeableState} (in the style of
 * Micrometer's {@code MeterRegistryCompatibilityKit}): to check an analysis of your own, extend
 * this class in your tests and implement the abstract methods. Shipped in cx-metrics' test-jar
 * (package {@code org.cxkit.metrics.tck}, with cx-core's test-jar for the seeds).
 *
 * <p>It checks, on seeded random samples and on named special ones (always the empty sample and a
 * single-category sample, plus the {@link #specialSamples()} of the analysis):
 *
 * <ul>
 *   <li>any split of a sample, added and merged in any order, gives the sequential result (and, for
 *       an {@linkplain #exact() exact} state, the same bytes);
 *   <li>merge is commutative and associative, the new state is its identity, and it never changes
 *       its argument; a copy is independent;
 *   <li>the bytes round-trip, are deterministic, and every flipped byte, every truncation and
 *       trailing garbage is rejected with an {@link IllegalArgumentException};
 *   <li>every {@linkplain #impossibleStates() impossible state} (well framed, right checksum, but
 *       no sequence of adds and merges gives it) is rejected;
 *   <li>the {@linkplain Analysis#collector() collector} keeps the merge laws (Guava's {@link
 *       CollectorTester}) and a parallel stream gives the sequential result;
 *   <li>null arguments are rejected.
 * </ul>
 *
 * <p>Seeds follow cxkit's one convention ({@link Seeds}): every failure message starts with {@code
 * seed N (replay: -Dcx.seed=N)}, and {@code -Dcx.seed=N} runs exactly that seed.
 *
 * <pre>{@code
 * class ContactOutcomesContractTest
 *     extends AnalysisContract<Contact, ContactOutcomes.Result, ContactOutcomes.State> {
 *   protected ContactOutcomes analysis() { return new ContactOutcomes(); }
 *   protected Contact observation(SplittableRandom r) { return new Contact(...); }
 *   protected Map<String, byte[]> impossibleStates() { return Map.of("resolved > contacts", ...); }
 * }
 * }</pre>
 *
 * @param <I> the observation type
 * @param <R> the result type
 * @param <S> the state type
 */
public abstract class AnalysisContract<I, R, S extends MergeableState<I, R, S>> {
  /** Encodings longer than this get a sample of byte positions flipped, not every one. */
  private static final int EXHAUSTIVE = 2048;

  /**
   * Returns the analysis under test.
   *
   * @return the analysis
   */
  protected abstract Analysis<I, R, S> analysis();

  /**
   * Draws one observation the analysis accepts.
   *
   * @param random the source of randomness (use nothing else, so a seed replays the draw)
   * @return an observation
   */
  protected abstract I observation(SplittableRandom random);

  /**
   * Returns encoded states that are well formed (right frame, kind, version and checksum) but that
   * no sequence of adds and merges could produce, by what is wrong with them. The decoder must
   * reject each. Give at least one per invariant the decoder checks.
   *
   * @return impossible states by name; not empty
   */
  protected abstract Map<String, byte[]> impossibleStates();

  /**
   * Returns samples the random generator must not miss, by name (the kit adds the empty sample and
   * a single-category sample itself): for a score, all in the top box, all promoters, all
   * detractors.
   *
   * @return special samples by name; none by default
   */
  protected Map<String, List<I>> specialSamples() {
    return Map.of();
  }

  /**
   * Returns whether the state is exact (counts), so that any split and order gives the same bytes;
   * a state with floating-point sums returns false, and its results are then compared with {@link
   * #assertSameResult}.
   *
   * @return true by default
   */
  protected boolean exact() {
    return true;
  }

  /**
   * Returns whether a state that adds could reach may still have its {@link
   * MergeableState#result()} refuse with this exception, as its analysis documents (a trend
   * spanning more periods than it charts, say). The hostile-state check accepts such a refusal from
   * a decoded state. None by default.
   *
   * @param refusal what {@code result()} threw
   * @return true when the analysis documents this refusal
   */
  protected boolean resultMayRefuse(RuntimeException refusal) {
    return false;
  }

  /**
   * Asserts that two results are the same. The default is {@code equals}; a state that is not
   * {@linkplain #exact() exact} overrides it to allow rounding.
   *
   * @param actual the result of a split, merged
   * @param expected the result of a sequential run
   * @param why the failure message, starting with the seed
   */
  protected void assertSameResult(R actual, R expected, String why) {
    assertThat(actual).as(why).isEqualTo(expected);
  }

  // ---- samples -------------------------------------------------------------------------------

  private Map<String, List<I>> allSpecialSamples() {
    Map<String, List<I>> all = new LinkedHashMap<>();
    all.put("empty", List.of());
    SplittableRandom r = new SplittableRandom(Seeds.DEFAULT_BASE);
    I one = observation(r);
    all.put("one observation", List.of(one));
    all.put("single category", Collections.nCopies(17, one));
    all.putAll(specialSamples());
    return all;
  }

  /**
   * Draws a sample: empty, a single observation, a single category (one observation repeated), one
   * of the special samples, or (most often) a random sample of up to 300 observations.
   */
  private List<I> sample(SplittableRandom r) {
    return switch (r.nextInt(10)) {
      case 0 -> List.of();
      case 1 -> List.of(observation(r));
      case 2 -> Collections.nCopies(1 + r.nextInt(60), observation(r));
      case 3 -> {
        List<List<I>> special = new ArrayList<>(allSpecialSamples().values());
        yield special.get(r.nextInt(special.size()));
      }
      default -> {
        int n = r.nextInt(301);
        List<I> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          out.add(observation(r));
        }
        yield out;
      }
    };
  }

  private S stateOf(List<I> observations) {
    S s = analysis().newState();
    for (I o : observations) {
      s.add(o);
    }
    return s;
  }

  // ---- the laws --------------------------------------------------------------------------------

  /** Checks every merge law on one sample, splitting and shuffling with {@code r}. */
  private void checkLaws(List<I> data, SplittableRandom r, String why) {
    Analysis<I, R, S> a = analysis();
    S whole = stateOf(data);
    R expected = whole.result();

    // any split, in any order
    List<I> shuffled = new ArrayList<>(data);
    Collections.shuffle(shuffled, new Random(r.nextLong()));
    int k = 1 + r.nextInt(5);
    List<S> parts = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      parts.add(a.newState());
    }
    for (I o : shuffled) {
      parts.get(r.nextInt(k)).add(o);
    }
    Collections.shuffle(parts, new Random(r.nextLong()));
    S merged = a.newState();
    for (S p : parts) {
      byte[] before = p.toBytes();
      merged.merge(p);
      assertThat(p.toBytes()).as("%s: merge changed its argument", why).isEqualTo(before);
    }
    assertSameResult(merged.result(), expected, why + ": a split, merged, differs from one run");
    if (exact()) {
      assertThat(merged.toBytes())
          .as("%s: an exact state must not depend on the split or the order", why)
          .isEqualTo(whole.toBytes());
    }

    // commutative, associative, identity
    S x = parts.get(0);
    S y = parts.size() > 1 ? parts.get(1) : stateOf(data);
    S z = parts.size() > 2 ? parts.get(2) : a.newState();
    S xy = x.copy().merge(y);
    S yx = y.copy().merge(x);
    S left = x.copy().merge(y).merge(z);
    S right = x.copy().merge(y.copy().merge(z));
    if (exact()) {
      assertThat(xy.toBytes()).as("%s: merge is not commutative", why).isEqualTo(yx.toBytes());
      assertThat(left.toBytes()).as("%s: merge is not associative", why).isEqualTo(right.toBytes());
    } else {
      assertSameResult(xy.result(), yx.result(), why + ": merge is not commutative");
      assertSameResult(left.result(), right.result(), why + ": merge is not associative");
    }
    assertThat(a.newState().merge(x).toBytes())
        .as("%s: the new state is not a left identity", why)
        .isEqualTo(x.toBytes());
    assertThat(x.copy().merge(a.newState()).toBytes())
        .as("%s: the new state is not a right identity", why)
        .isEqualTo(x.toBytes());

    // copies are independent
    byte[] wholeBytes = whole.toBytes();
    S copy = whole.copy();
    copy.add(observation(r));
    copy.merge(y);
    assertThat(whole.toBytes())
        .as("%s: changing a copy changed the original", why)
        .isEqualTo(wholeBytes);

    // bytes: round trip, deterministic
    S back = a.decode(wholeBytes);
    assertThat(back.toBytes()).as("%s: bytes do not round-trip", why).isEqualTo(wholeBytes);
    assertSameResult(back.result(), expected, why + ": a decoded state gives another result");
    assertThat(stateOf(data).toBytes())
        .as("%s: equal states give different bytes", why)
        .isEqualTo(wholeBytes);
    assertThat(a.decode(wholeBytes).merge(y).toBytes())
        .as("%s: a decoded state merges differently", why)
        .isEqualTo(stateOf(data).merge(y).toBytes());
  }

  /**
   * Any sample, split any way and merged in any order, gives the sequential result; the merge laws
   * and the byte round trip hold.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void mergeLawsHoldOnRandomSamples(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<I> data = sample(r);
    checkLaws(data, r, Seeds.describe(seed) + ", " + data.size() + " observations");
  }

  /** The laws hold on the samples random draws could miss: empty, one category, one box. */
  @Test
  void mergeLawsHoldOnSpecialSamples() {
    SplittableRandom r = new SplittableRandom(Seeds.DEFAULT_BASE);
    for (Map.Entry<String, List<I>> e : allSpecialSamples().entrySet()) {
      checkLaws(e.getValue(), r, "special sample '" + e.getKey() + "'");
    }
  }

  /**
   * Every flipped byte, every truncation and trailing garbage is rejected with an {@link
   * IllegalArgumentException}, never another exception, never accepted.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void corruptAndTruncatedBytesAreRejected(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String why = Seeds.describe(seed);
    byte[] bytes = stateOf(sample(r)).toBytes();
    int positions = Math.min(bytes.length, EXHAUSTIVE);
    for (int i = 0; i < positions; i++) {
      int at = bytes.length <= EXHAUSTIVE ? i : r.nextInt(bytes.length);
      byte[] bad = bytes.clone();
      bad[at] ^= (byte) (1 + r.nextInt(255));
      expectRejected(bad, why + ", byte " + at + " of " + bytes.length + " flipped");
    }
    for (int i = 0; i < positions; i++) {
      int length = bytes.length <= EXHAUSTIVE ? i : r.nextInt(bytes.length);
      expectRejected(java.util.Arrays.copyOf(bytes, length), why + ", cut to " + length + " bytes");
    }
    byte[] longer = java.util.Arrays.copyOf(bytes, bytes.length + 1 + r.nextInt(8));
    expectRejected(longer, why + ", trailing bytes");
    byte[] garbage = new byte[r.nextInt(200)];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) r.nextInt(256);
    }
    expectRejected(garbage, why + ", random bytes");
  }

  private void expectRejected(byte[] bytes, String why) {
    try {
      analysis().decode(bytes);
    } catch (IllegalArgumentException expected) {
      assertThat(expected.getMessage()).as(why).isNotBlank();
      return;
    } catch (RuntimeException other) {
      throw new AssertionError(
          why + ": the decoder must reject with an IllegalArgumentException, threw " + other,
          other);
    }
    // nothing of the accepted state is touched here: its toString or result could throw
    fail(why + ": the decoder accepted the bytes");
  }

  /**
   * Every impossible state is rejected, for what it holds: the frame (kind, version, length,
   * checksum) is sound, so the rejection must not be the frame's. There is at least one.
   */
  @Test
  void impossibleStatesAreRejected() {
    Map<String, byte[]> impossible = impossibleStates();
    assertThat(impossible)
        .as("a contract test names at least one impossible state the decoder rejects")
        .isNotEmpty();
    impossible.forEach(
        (name, bytes) -> {
          String why = "impossible state '" + name + "'";
          expectRejected(bytes, why);
          assertThatThrownBy(() -> analysis().decode(bytes))
              .as(why + ": rejected for its content, not for its frame")
              .message()
              .doesNotContain("format version")
              .doesNotContain("checksum")
              .doesNotContain("payload bytes");
        });
  }

  /** Values a hostile state puts into a field: 8-byte longs and doubles, 4-byte ints. */
  private static final long[] HOSTILE_LONGS = {
    -1L,
    Long.MAX_VALUE,
    Long.MIN_VALUE,
    1L << 62,
    Double.doubleToRawLongBits(Double.NaN),
    Double.doubleToRawLongBits(Double.POSITIVE_INFINITY),
    Double.doubleToRawLongBits(Double.NEGATIVE_INFINITY),
    Double.doubleToRawLongBits(Double.MAX_VALUE),
    Double.doubleToRawLongBits(-Double.MAX_VALUE),
    Double.doubleToRawLongBits(-1.0)
  };

  private static final int[] HOSTILE_INTS = {-1, Integer.MAX_VALUE, Integer.MIN_VALUE};

  /** Hostile states get this many payload positions each, sampled when the payload is longer. */
  private static final int HOSTILE_POSITIONS = 48;

  /**
   * Hostile fields (issue #11, states that cannot lie): a sound frame (right kind, version, length
   * and checksum) whose payload has an extreme value written over a field at some position (a
   * negative or huge count, a non-finite or huge double, a negative or huge size) is either
   * rejected with an {@link IllegalArgumentException} or decodes to a state that behaves as one
   * reached by adds and merges: its result computes, it encodes to bytes that decode to the same
   * result, and merging it with itself either works or fails loudly with an {@link
   * ArithmeticException} that leaves it unchanged. Never another exception, never a wrapped count.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void hostileFieldsAreRejectedOrBehave(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String why = Seeds.describe(seed);
    byte[] bytes = stateOf(sample(r)).toBytes();
    int start = HostileFrames.payloadStart(bytes);
    int payload = bytes.length - 4 - start;
    int positions = Math.min(payload, HOSTILE_POSITIONS);
    for (int i = 0; i < positions; i++) {
      int at = start + (payload <= HOSTILE_POSITIONS ? i : r.nextInt(payload));
      for (long v : HOSTILE_LONGS) {
        if (at + 8 <= bytes.length - 4) {
          hostile(HostileFrames.withLong(bytes, at, v), why + ", long " + v + " at byte " + at);
        }
      }
      for (int v : HOSTILE_INTS) {
        if (at + 4 <= bytes.length - 4) {
          hostile(HostileFrames.withInt(bytes, at, v), why + ", int " + v + " at byte " + at);
        }
      }
    }
  }

  private void hostile(byte[] bytes, String why) {
    S s;
    try {
      s = analysis().decode(bytes);
    } catch (IllegalArgumentException rejected) {
      assertThat(rejected.getMessage()).as(why).isNotBlank();
      return;
    } catch (RuntimeException other) {
      throw new AssertionError(
          why + ": the decoder must reject with an IllegalArgumentException, threw " + other,
          other);
    }
    try {
      R result;
      try {
        result = s.result();
      } catch (RuntimeException refusal) {
        if (resultMayRefuse(refusal)) {
          return;
        }
        throw refusal;
      }
      byte[] again = s.toBytes();
      S back = analysis().decode(again);
      assertSameResult(back.result(), result, why + ": the accepted state re-encodes to another");
      assertThat(back.toBytes()).as(why + ": its encoding is stable").isEqualTo(again);
      S doubled = s.copy();
      try {
        doubled.merge(s.copy());
      } catch (ArithmeticException overflow) {
        assertThat(overflow.getMessage()).as(why + ": an overflow says what").isNotBlank();
        assertThat(doubled.toBytes())
            .as(why + ": a failed merge leaves the state unchanged")
            .isEqualTo(again);
        return;
      }
      assertThat(doubled.result()).as(why).isNotNull();
      assertThat(doubled.toString()).as(why).isNotBlank();
    } catch (AssertionError e) {
      throw e;
    } catch (RuntimeException e) {
      throw new AssertionError(why + ": the decoder accepted a state that then fails with " + e, e);
    }
  }

  /**
   * The collector keeps the merge laws, and a parallel stream gives the sequential result.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#few")
  void theCollectorRunsTheAnalysisInAnyStream(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String why = Seeds.describe(seed);
    List<I> data = sample(r);
    R expected = stateOf(data).result();
    assertSameResult(data.parallelStream().collect(analysis().collector()), expected, why);
    assertSameResult(analysis().newState().addAll(data).result(), expected, why);
    if (exact() && data.size() <= 12) {
      @SuppressWarnings("unchecked")
      I[] elements = (I[]) data.toArray();
      CollectorTester.of(analysis().collector()).expectCollects(expected, elements);
    }
  }

  /** Null arguments fail with a {@link NullPointerException}. */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreRejected() {
    S s = analysis().newState();
    assertThatThrownBy(() -> analysis().decode(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.merge(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.add(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> s.addAll(null)).isInstanceOf(NullPointerException.class);
    assertThat(s.toBytes())
        .as("a failed call leaves the state as it was")
        .isEqualTo(analysis().newState().toBytes());
  }
}
