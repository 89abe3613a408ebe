package org.cxkit.core.internal;

import com.google.common.collect.Maps;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cxkit.core.ModelPath;
import org.cxkit.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The one duplicate check of cx-core: finds the keys of a list that occurred before. Ids of
 * measures, personas, journeys, strategy parts, stages and touchpoints, the touchpoint ids across a
 * journey's stages, a touchpoint's targets and a journey's transitions all go through it.
 */
public final class Dupes {
  /** Up to this many keys a pairwise scan, which allocates nothing, beats a hash map. */
  private static final int SMALL = 8;

  private Dupes() {}

  /** Receives one repeat. */
  @FunctionalInterface
  public interface Repeat {
    /**
     * Called for a key that occurred before.
     *
     * @param index the position of the repeat
     * @param first the position where the key occurred first
     */
    void at(int index, int first);
  }

  /**
   * Calls {@code repeat} for every key that occurred earlier in {@code keys}, in order. Null keys
   * (of elements that failed on their own) are skipped.
   *
   * @param keys the keys, compared with {@code equals}
   * @param repeat what to do with each repeat
   */
  public static void forEachRepeat(List<? extends @Nullable Object> keys, Repeat repeat) {
    int n = keys.size();
    if (n <= SMALL) {
      for (int i = 1; i < n; i++) {
        Object key = keys.get(i);
        if (key == null) {
          continue;
        }
        for (int k = 0; k < i; k++) {
          if (key.equals(keys.get(k))) {
            repeat.at(i, k);
            break;
          }
        }
      }
      return;
    }
    firsts(keys, repeat);
  }

  /**
   * As {@link #forEachRepeat}, and returns the keys that occur, for lookups after the check.
   *
   * @param keys the keys, compared with {@code equals}
   * @param repeat what to do with each repeat
   * @return the distinct non-null keys
   */
  public static Set<Object> distinct(List<? extends @Nullable Object> keys, Repeat repeat) {
    return firsts(keys, repeat).keySet();
  }

  private static Map<Object, Integer> firsts(List<? extends @Nullable Object> keys, Repeat repeat) {
    Map<Object, Integer> first = Maps.newHashMapWithExpectedSize(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      Object key = keys.get(i);
      if (key != null) {
        Integer before = first.putIfAbsent(key, i);
        if (before != null) {
          repeat.at(i, before);
        }
      }
    }
    return first;
  }

  /**
   * Reports every element of a list field whose id occurred before, at {@code field[i].id}: {@code
   * duplicate stage id 'pay' (also stages[0])}.
   *
   * @param keys the elements' ids in order (their {@code toString} is the slug), null where unknown
   * @param parent the path of the element that holds the list
   * @param field the list field's name, such as {@code stages}
   * @param kind what the elements are, such as {@code stage}
   * @param problems where problems are recorded
   */
  public static void check(
      List<? extends @Nullable Object> keys,
      ModelPath parent,
      String field,
      String kind,
      Problems problems) {
    check(keys, parent, field, kind, "", problems);
  }

  /**
   * As {@link #check(List, ModelPath, String, String, Problems)}, with a hint after the message.
   *
   * @param keys the elements' ids in order (their {@code toString} is the slug), null where unknown
   * @param parent the path of the element that holds the list
   * @param field the list field's name, such as {@code touchpoints}
   * @param kind what the elements are, such as {@code touchpoint}
   * @param hint appended to the message, such as {@code "; ids are unique within a journey"}
   * @param problems where problems are recorded
   */
  public static void check(
      List<? extends @Nullable Object> keys,
      ModelPath parent,
      String field,
      String kind,
      String hint,
      Problems problems) {
    // kind, field and hint are part of the template, not arguments: they are structure, so the
    // redacted message keeps them and withholds only the id.
    String template = "duplicate " + kind + " id '%s' (also " + field + "[%s])" + hint;
    forEachRepeat(
        keys,
        (i, first) -> {
          String key = String.valueOf(keys.get(i));
          problems.add(Problem.of(parent.element(field, i, key).field("id"), template, key, first));
        });
  }
}
