package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A seeded mutation fuzzer over valid documents: byte-level (flip, insert, delete, duplicate,
 * truncate, invalid UTF-8) and structure-level (drop, duplicate, retype a property, nest deeply,
 * huge strings and numbers) mutations. Each case must either read to a valid model, which then
 * re-writes byte-identically, or fail with {@link CxJsonException}: nothing else, and quickly.
 *
 * <p>Replay a failure with {@code -Dcx.seed=<seed>} (the seed is in the assertion message).
 */
class MutationFuzzTest {
  static final int CASES = 10_000;
  static final CxJson JSON = CxJson.defaults();
  static final ObjectMapper PLAIN = new ObjectMapper();

  static long seed() {
    String s = System.getProperty("cx.seed", "");
    return s.isBlank() ? 0x5EED_C0FFEEL : Long.parseLong(s.trim());
  }

  @Test
  void mutatedDocumentsReadOrFailCleanly() throws Exception {
    long seed = seed();
    SplittableRandom rnd = new SplittableRandom(seed);
    List<byte[]> seeds = new ArrayList<>();
    seeds.add(JSON.writeBytes(Fixtures.rich()));
    seeds.add(JSON.writeBytes(Fixtures.minimal()));
    seeds.add(JSON.writeBytes(Fixtures.large(3, 4)));
    seeds.add(CxJsonTest.golden("newer-1.3.json").getBytes(StandardCharsets.UTF_8));
    for (long s = 0; s < 4; s++) {
      seeds.add(JSON.writeBytes(org.cxkit.core.testing.ModelGenerator.model(seed + s)));
    }
    int accepted = 0;
    int rejected = 0;
    long worst = 0;
    long start = System.nanoTime();
    for (int i = 0; i < CASES; i++) {
      byte[] base = seeds.get(rnd.nextInt(seeds.size()));
      int op = rnd.nextInt(16);
      byte[] input;
      try {
        input = mutate(base, op, rnd);
      } catch (Exception e) {
        throw new AssertionError(
            "mutation " + op + " failed (seed " + seed + ", case " + i + ")", e);
      }
      long t0 = System.nanoTime();
      try {
        CxDocument d = JSON.readDocument(input);
        String again = JSON.write(d);
        assertThat(JSON.write(JSON.readDocument(again)))
            .as("re-write of an accepted mutant (seed %s, case %s, op %s)", seed, i, op)
            .isEqualTo(again);
        accepted++;
      } catch (CxJsonException e) {
        assertThat(e.getMessage()).isNotBlank();
        rejected++;
      } catch (Throwable t) {
        fail("seed " + seed + ", case " + i + ", op " + op + ": " + t, t);
      }
      worst = Math.max(worst, System.nanoTime() - t0);
    }
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "MutationFuzzTest: %d cases (%d read, %d rejected) in %d ms, slowest %.1f ms, seed %d%n",
        CASES, accepted, rejected, ms, worst / 1e6, seed);
    assertThat(accepted + rejected).isEqualTo(CASES);
    assertThat(accepted).as("some mutants stay valid").isPositive();
    assertThat(rejected).as("most mutants are rejected").isGreaterThan(CASES / 2);
    assertThat(worst).as("slowest case (ns), seed " + seed).isLessThan(2_000_000_000L);
  }

  static byte[] mutate(byte[] b, int op, SplittableRandom rnd) throws Exception {
    switch (op) {
      case 0:
        { // flip a byte
          byte[] c = b.clone();
          c[rnd.nextInt(c.length)] ^= (byte) (1 + rnd.nextInt(255));
          return c;
        }
      case 1:
        { // insert a random byte (often invalid UTF-8)
          int at = rnd.nextInt(b.length + 1);
          return splice(b, at, at, new byte[] {(byte) rnd.nextInt(256)});
        }
      case 2:
        { // delete a range
          int at = rnd.nextInt(b.length);
          return splice(b, at, Math.min(b.length, at + 1 + rnd.nextInt(20)), new byte[0]);
        }
      case 3:
        { // duplicate a range
          int at = rnd.nextInt(b.length);
          int end = Math.min(b.length, at + 1 + rnd.nextInt(60));
          byte[] range = java.util.Arrays.copyOfRange(b, at, end);
          return splice(b, end, end, range);
        }
      case 4: // truncate
        return java.util.Arrays.copyOf(b, rnd.nextInt(b.length));
      case 5:
        { // invalid or overlong UTF-8 inside a string
          byte[][] bad = {
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82}
          };
          int q = indexOfQuote(b, rnd);
          return splice(b, q + 1, q + 1, bad[rnd.nextInt(bad.length)]);
        }
      default:
        return structural(b, op, rnd);
    }
  }

  static byte[] structural(byte[] b, int op, SplittableRandom rnd) throws Exception {
    JsonNode root = PLAIN.readTree(b);
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(rnd.nextInt(containers.size()));
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (op) {
      case 6: // drop a property or element
        if (target instanceof ObjectNode o && o.size() > 0) {
          o.remove(nth(o.fieldNames(), rnd.nextInt(o.size())));
        } else if (target instanceof ArrayNode a && a.size() > 0) {
          a.remove(rnd.nextInt(a.size()));
        }
        break;
      case 7:
        { // retype a value
          JsonNode[] values = {
            f.nullNode(), f.textNode("9"), f.numberNode(9.7), f.numberNode(9), f.booleanNode(true),
            f.arrayNode(), f.objectNode(), f.textNode(""), f.textNode(" "), f.numberNode(-1)
          };
          set(target, rnd, values[rnd.nextInt(values.length)]);
          break;
        }
      case 8:
        { // nest deeply
          JsonNode v = f.textNode("x");
          int depth = 10 + rnd.nextInt(200);
          for (int d = 0; d < depth; d++) {
            v = rnd.nextBoolean() ? f.arrayNode().add(v) : f.objectNode().set("a", v);
          }
          set(target, rnd, v);
          break;
        }
      case 9: // huge string (over or under the 1 MB limit)
        set(target, rnd, f.textNode("é".repeat(rnd.nextInt(10) == 0 ? 1_000_001 : 10_000)));
        break;
      case 10: // huge or extreme number
        set(
            target,
            rnd,
            rnd.nextBoolean()
                ? f.numberNode(new java.math.BigInteger("9".repeat(1 + rnd.nextInt(120))))
                : f.numberNode(new java.math.BigDecimal("1e" + (rnd.nextInt(800) - 400))));
        break;
      case 11: // add an unknown property
        if (target instanceof ObjectNode o) {
          o.put("unknown" + rnd.nextInt(3), rnd.nextInt());
        }
        break;
      case 12:
        { // duplicate a property (textually, as a tree cannot hold it)
          String text = PLAIN.writeValueAsString(root);
          int q = text.indexOf("\":", rnd.nextInt(Math.max(1, text.length() - 2)));
          if (q > 0) {
            int open = text.lastIndexOf('"', q - 1);
            int comma = text.indexOf(',', q);
            if (open > 0 && comma > 0) {
              String pair = text.substring(open, comma + 1);
              return (text.substring(0, open) + pair + text.substring(open))
                  .getBytes(StandardCharsets.UTF_8);
            }
          }
          return text.getBytes(StandardCharsets.UTF_8);
        }
      case 13: // swap the version
        if (root instanceof ObjectNode o) {
          String[] v = {"1.0", "1.1", "2.0", "0.9", "1", "1.0.0", "01.0", "1.99999"};
          o.put("cxkit", v[rnd.nextInt(v.length)]);
        }
        break;
      case 14: // trailing content
        return (PLAIN.writeValueAsString(root) + (rnd.nextBoolean() ? " {}" : "x"))
            .getBytes(StandardCharsets.UTF_8);
      default: // reorder: move a property to the end
        if (target instanceof ObjectNode o && o.size() > 1) {
          String n = nth(o.fieldNames(), rnd.nextInt(o.size()));
          JsonNode v = o.remove(n);
          o.set(n, v);
        }
        break;
    }
    return PLAIN.writeValueAsBytes(root);
  }

  static void set(JsonNode target, SplittableRandom rnd, JsonNode value) {
    if (target instanceof ObjectNode o && o.size() > 0) {
      o.set(nth(o.fieldNames(), rnd.nextInt(o.size())), value);
    } else if (target instanceof ArrayNode a && a.size() > 0) {
      a.set(rnd.nextInt(a.size()), value);
    } else if (target instanceof ArrayNode a) {
      a.add(value);
    }
  }

  static String nth(Iterator<String> names, int n) {
    String s = names.next();
    for (int i = 0; i < n; i++) {
      s = names.next();
    }
    return s;
  }

  static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isContainerNode()) {
      out.add(n);
      for (JsonNode c : n) {
        collect(c, out);
      }
    }
  }

  static int indexOfQuote(byte[] b, SplittableRandom rnd) {
    for (int tries = 0; tries < 100; tries++) {
      int i = rnd.nextInt(b.length);
      if (b[i] == '"') {
        return i;
      }
    }
    return 0;
  }

  static byte[] splice(byte[] b, int from, int to, byte[] insert) {
    byte[] c = new byte[b.length - (to - from) + insert.length];
    System.arraycopy(b, 0, c, 0, from);
    System.arraycopy(insert, 0, c, from, insert.length);
    System.arraycopy(b, to, c, from + insert.length, b.length - to);
    return c;
  }
}
