package org.cxkit.formats;

import java.util.List;

/**
 * Finds the position of a touchpoint id in a fixed list by its text, for the CSV hot path: an
 * open-addressing table over one array of characters, so a lookup reads a few small arrays that
 * stay in cache instead of following a hash map's entries, keys and boxed values. The first
 * occurrence of an id wins, as with {@code Map.putIfAbsent}.
 */
final class SlugTable {
  private final char[] chars;
  private final int[] start; // per slot: offset in chars, or -1 for an empty slot
  private final int[] length;
  private final int[] value;
  private final int mask;

  SlugTable(List<String> keys) {
    int total = 0;
    for (String k : keys) {
      total += k.length();
    }
    int slots = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
    chars = new char[total];
    start = new int[slots];
    length = new int[slots];
    value = new int[slots];
    mask = slots - 1;
    java.util.Arrays.fill(start, -1);
    int at = 0;
    for (int i = 0; i < keys.size(); i++) {
      String k = keys.get(i);
      if (get(k) >= 0) {
        continue;
      }
      int slot = hash(k) & mask;
      while (start[slot] >= 0) {
        slot = (slot + 1) & mask;
      }
      k.getChars(0, k.length(), chars, at);
      start[slot] = at;
      length[slot] = k.length();
      value[slot] = i;
      at += k.length();
    }
  }

  private static int hash(String s) {
    int h = s.length();
    for (int i = 0; i < s.length(); i++) {
      h = 31 * h + s.charAt(i);
    }
    return h ^ (h >>> 15);
  }

  /** Returns the position of {@code s} in the list, or -1. */
  int get(String s) {
    int n = s.length();
    for (int slot = hash(s) & mask; ; slot = (slot + 1) & mask) {
      int from = start[slot];
      if (from < 0) {
        return -1;
      }
      if (length[slot] == n && same(from, s, n)) {
        return value[slot];
      }
    }
  }

  /** Returns the position of the text {@code buf[from, from + n)} in the list, or -1. */
  int get(char[] buf, int from, int n) {
    int h = n;
    for (int i = 0; i < n; i++) {
      h = 31 * h + buf[from + i];
    }
    h ^= h >>> 15;
    for (int slot = h & mask; ; slot = (slot + 1) & mask) {
      int at = start[slot];
      if (at < 0) {
        return -1;
      }
      if (length[slot] == n && java.util.Arrays.equals(chars, at, at + n, buf, from, from + n)) {
        return value[slot];
      }
    }
  }

  private boolean same(int from, String s, int n) {
    for (int i = 0; i < n; i++) {
      if (chars[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
