package org.cxkit.metrics.journeys;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cxkit.core.observed.Step;
import org.jspecify.annotations.Nullable;

/**
 * Dense int codes for steps, in the order they were first met: an open-addressing table (linear
 * probing, power-of-two capacity, load at most 1/2) keyed by the step, so the hot path neither
 * boxes nor follows a map entry. A {@link Step}'s hash is its label's, which {@link String} caches.
 */
final class StepCodes {
  private @Nullable Step[] keys = new Step[32];
  private int[] hashes = new int[32];
  private int[] values = new int[32];
  private final List<Step> steps = new ArrayList<>();

  private static int slot(int hash, int mask) {
    int h = hash * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }

  /** The step's code, or −1 if it has none. */
  int find(Step step) {
    int mask = keys.length - 1;
    int h = step.hashCode();
    for (int i = slot(h, mask); ; i = (i + 1) & mask) {
      Step k = keys[i];
      if (k == null) {
        return -1;
      }
      if (hashes[i] == h && k.equals(step)) {
        return values[i];
      }
    }
  }

  /** The step's code, given the next free one if it has none. */
  int code(Step step) {
    int mask = keys.length - 1;
    int h = step.hashCode();
    int i = slot(h, mask);
    while (true) {
      Step k = keys[i];
      if (k == null) {
        int c = steps.size();
        keys[i] = step;
        hashes[i] = h;
        values[i] = c;
        steps.add(step);
        if (steps.size() * 2 > keys.length) {
          grow();
        }
        return c;
      }
      if (hashes[i] == h && k.equals(step)) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
  }

  private void grow() {
    @Nullable Step[] oldKeys = keys;
    int[] oldHashes = hashes;
    int[] oldValues = values;
    keys = new Step[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      Step k = oldKeys[j];
      if (k != null) {
        int i = slot(oldHashes[j], mask);
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        hashes[i] = oldHashes[j];
        values[i] = oldValues[j];
      }
    }
  }

  /** How many steps have a code. */
  int size() {
    return steps.size();
  }

  /** The step of a code. */
  Step step(int code) {
    return steps.get(code);
  }

  StepCodes copy() {
    StepCodes c = new StepCodes();
    c.keys = Arrays.copyOf(keys, keys.length);
    c.hashes = hashes.clone();
    c.values = values.clone();
    c.steps.addAll(steps);
    return c;
  }
}
