package org.cxkit.metrics.journeys;

import java.util.Arrays;
import org.cxkit.metrics.internal.Exact;

/**
 * Counts by a non-negative long key in an open-addressing table (linear probing, power-of-two
 * capacity, load at most 1/2): no boxing on the hot path. Key −1 marks an empty slot.
 */
final class LongCounts {
  private long[] keys;
  private long[] counts;
  private int size;

  LongCounts() {
    this(16);
  }

  private LongCounts(int capacity) {
    keys = new long[capacity];
    counts = new long[capacity];
    Arrays.fill(keys, -1);
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** Adds {@code n} to the key's count. */
  void add(long key, long n) {
    int mask = keys.length - 1;
    int i = slot(key, mask);
    while (true) {
      long k = keys[i];
      if (k == key) {
        counts[i] = Exact.add(counts[i], n);
        return;
      }
      if (k == -1) {
        keys[i] = key;
        counts[i] = n;
        if (++size * 2 > keys.length) {
          grow();
        }
        return;
      }
      i = (i + 1) & mask;
    }
  }

  long get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      long k = keys[i];
      if (k == key) {
        return counts[i];
      }
      if (k == -1) {
        return 0;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    counts = new long[oldKeys.length * 2];
    Arrays.fill(keys, -1);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != -1) {
        int i = slot(oldKeys[j], mask);
        while (keys[i] != -1) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        counts[i] = oldCounts[j];
      }
    }
  }

  int size() {
    return size;
  }

  /** The keys, sorted ascending. */
  long[] sortedKeys() {
    long[] out = new long[size];
    int n = 0;
    for (long k : keys) {
      if (k != -1) {
        out[n++] = k;
      }
    }
    Arrays.sort(out);
    return out;
  }

  LongCounts copy() {
    LongCounts c = new LongCounts(1);
    c.keys = keys.clone();
    c.counts = counts.clone();
    c.size = size;
    return c;
  }
}
