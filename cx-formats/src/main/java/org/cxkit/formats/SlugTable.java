package org.cxkit.formats;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the position of a touchpoint id in a fixed list by its text, for the CSV hot path: an
 * open-addressing table over the ids' UTF-8 bytes, so a lookup hashes and compares the bytes of a
 * cell where they lie in the reader's buffer, without making a string. An id of at most eight bytes
 * (most ids) is kept as one {@code long} beside its position in one small array that stays in cache
 * (a slot's two numbers share a cache line), at most a quarter full so that nearly every lookup
 * ends at its first slot; it is hashed and compared as one number. A longer id is compared byte by
 * byte in a second table. The first occurrence of an id wins, as with {@code Map.putIfAbsent}.
 */
final class SlugTable {
  /**
   * Ids of at most eight bytes: slot {@code s} is {@code shorts[2s]}, the id as a word, and {@code
   * shorts[2s + 1]}, its position {@code << 4 | length}, or -1 for an empty slot.
   */
  private final long[] shorts;

  private final int shortMask;

  /** Longer ids: their bytes, and per slot an offset in them (-1: empty), length and position. */
  private final byte[] bytes;

  private final int[] start;
  private final int[] length;
  private final int[] value;
  private final int longMask;

  /** The number of ids given, duplicates included: positions are below it. */
  private final int size;

  SlugTable(List<String> keys) {
    this.size = keys.size();
    if (keys.size() >= 1 << 27) {
      throw new IllegalArgumentException("too many ids for one table: " + keys.size());
    }
    byte[][] utf8 = new byte[keys.size()][];
    int total = 0;
    int shortKeys = 0;
    for (int i = 0; i < utf8.length; i++) {
      utf8[i] = keys.get(i).getBytes(StandardCharsets.UTF_8);
      if (utf8[i].length <= 8) {
        shortKeys++;
      } else {
        total += utf8[i].length;
      }
    }
    // Short ids: at most a quarter full, so a lookup mostly ends at its first slot (a probe past
    // it is a branch the processor cannot predict). Long ids: at most half full.
    int shortSlots = slots(2 * shortKeys);
    int longSlots = slots(utf8.length - shortKeys);
    shorts = new long[2 * shortSlots];
    shortMask = shortSlots - 1;
    bytes = new byte[total];
    start = new int[longSlots];
    length = new int[longSlots];
    value = new int[longSlots];
    longMask = longSlots - 1;
    for (int slot = 0; slot < shortSlots; slot++) {
      shorts[2 * slot + 1] = -1;
    }
    Arrays.fill(start, -1);
    int at = 0;
    for (int i = 0; i < utf8.length; i++) {
      byte[] k = utf8[i];
      int n = k.length;
      if (get(k, 0, n) >= 0) {
        continue;
      }
      if (n <= 8) {
        long w = Utf8.word(k, 0, n);
        int slot = mix(w, n) & shortMask;
        while (shorts[2 * slot + 1] >= 0) {
          slot = (slot + 1) & shortMask;
        }
        shorts[2 * slot] = w;
        shorts[2 * slot + 1] = (long) i << 4 | n;
      } else {
        int slot = hash(k, 0, n) & longMask;
        while (start[slot] >= 0) {
          slot = (slot + 1) & longMask;
        }
        System.arraycopy(k, 0, bytes, at, n);
        start[slot] = at;
        length[slot] = n;
        value[slot] = i;
        at += n;
      }
    }
  }

  /** A power of two at least twice {@code keys} (and at least 4). */
  private static int slots(int keys) {
    return Integer.highestOneBit(Math.max(4, keys * 2) - 1) << 1;
  }

  /** Fibonacci hashing (Knuth, TAOCP vol. 3, 6.4): the high half of a multiplication. */
  private static int mix(long w, int n) {
    return (int) (((w ^ n) * 0x9E3779B97F4A7C15L) >>> 32);
  }

  private static int hash(byte[] b, int from, int n) {
    int h = n;
    for (int i = 0; i < n; i++) {
      h = 31 * h + b[from + i];
    }
    return h ^ (h >>> 15);
  }

  /** The number of ids the table was made from: every position it returns is below it. */
  int size() {
    return size;
  }

  /** Returns the position of {@code s} in the list, or -1. */
  int get(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return get(b, 0, b.length);
  }

  /** Returns the position of the UTF-8 text {@code buf[from, from + n)} in the list, or -1. */
  int get(byte[] buf, int from, int n) {
    if (n > 8) {
      return getLong(buf, from, n);
    }
    long w = Utf8.word(buf, from, n);
    long[] t = shorts;
    for (int slot = mix(w, n) & shortMask; ; slot = (slot + 1) & shortMask) {
      long info = t[2 * slot + 1];
      if (t[2 * slot] == w && (info & 15) == n) {
        return (int) (info >>> 4);
      }
      if (info < 0) {
        return -1;
      }
    }
  }

  private int getLong(byte[] buf, int from, int n) {
    for (int slot = hash(buf, from, n) & longMask; ; slot = (slot + 1) & longMask) {
      int at = start[slot];
      if (at < 0) {
        return -1;
      }
      if (length[slot] == n && Arrays.equals(bytes, at, at + n, buf, from, from + n)) {
        return value[slot];
      }
    }
  }
}
