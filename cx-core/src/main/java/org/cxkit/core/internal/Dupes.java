package org.cxkit.core.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cxkit.core.ModelPath;

/** Finds elements of a list whose ids repeat, reporting each repeat with its path. */
public final class Dupes {
  private Dupes() {}

  /** Reports every element of {@code items} whose id was seen before, at {@code field[i].id}. */
  public static <T, K> void check(
      List<T> items,
      Function<T, K> id,
      ModelPath parent,
      String field,
      String kind,
      Problems problems) {
    Map<K, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      K key = id.apply(items.get(i));
      Integer before = first.putIfAbsent(key, i);
      if (before != null) {
        problems.add(
            parent.element(field, i, key.toString()).field("id"),
            "duplicate %s id '%s' (also %s[%s])",
            kind,
            key,
            field,
            before);
      }
    }
  }
}
