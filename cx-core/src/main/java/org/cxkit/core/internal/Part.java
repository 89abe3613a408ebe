package org.cxkit.core.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cxkit.core.Ids;
import org.cxkit.core.ModelPath;
import org.jspecify.annotations.Nullable;

/**
 * A part of a model that its parent builds: a value that is already built, or a builder that is
 * built together with its parent. Every level uses it the same way: the model holds its strategy
 * and journeys as parts, a journey its stages and transitions, a stage its touchpoints.
 *
 * <p>A part is built at its path below the parent and records what is wrong in the parent's {@link
 * Problems} instead of throwing, so the parent goes on and reports every problem at once. A part
 * that cannot be built returns null; the parent then skips the checks that would only repeat its
 * problem (see {@link #key()}).
 *
 * @param <T> the type of the built value
 */
public interface Part<T> {
  /**
   * Returns the part's id as written, if it is a well-formed id: the key of its path ({@code
   * journeys[onboarding]}) and of the duplicate-id check, known even when the part fails for
   * another reason.
   *
   * @return the id slug, or null if the part has no id or a malformed one
   */
  @Nullable String key();

  /**
   * Builds the part, recording every problem at or below {@code at}.
   *
   * @param at the part's path
   * @param problems where problems are recorded
   * @return the value, or null if it cannot be built (its problems are recorded)
   */
  @Nullable T build(ModelPath at, Problems problems);

  /**
   * Returns a part that is already built.
   *
   * @param value the value
   * @param key the value's id slug, or null if it has none
   * @return the part
   */
  static <T> Part<T> of(T value, @Nullable String key) {
    requireNonNull(value, "value");
    return new Part<T>() {
      @Override
      public @Nullable String key() {
        return key;
      }

      @Override
      public T build(ModelPath at, Problems problems) {
        return value;
      }
    };
  }

  /**
   * Returns a part built by a public builder of another level, whose {@code build()} throws its
   * problems: they are recorded below the part's path.
   *
   * @param rawId the id the builder was created with, unchecked; null if the part has no id
   * @param build the builder's {@code build} method; read when the part is built
   * @return the part
   */
  static <T> Part<T> building(@Nullable String rawId, Supplier<T> build) {
    requireNonNull(build, "build");
    String key = rawId != null && Ids.isValid(rawId) ? rawId : null;
    return new Part<T>() {
      @Override
      public @Nullable String key() {
        return key;
      }

      @Override
      public @Nullable T build(ModelPath at, Problems problems) {
        return problems.collect(at, build);
      }
    };
  }

  /**
   * Builds every part of a list field at {@code field[i]} below {@code parent}.
   *
   * @param parts the parts in order
   * @param parent the path of the element that holds the list
   * @param field the list field's name
   * @param problems where problems are recorded
   * @return the values in order, null for each part that could not be built
   */
  static <T> List<@Nullable T> buildAll(
      List<? extends Part<T>> parts, ModelPath parent, String field, Problems problems) {
    List<@Nullable T> built = new ArrayList<>(parts.size());
    for (int i = 0; i < parts.size(); i++) {
      Part<T> p = parts.get(i);
      built.add(p.build(parent.element(field, i, p.key()), problems));
    }
    return built;
  }

  /**
   * Returns the built values if every part was built.
   *
   * @param built the values from {@link #buildAll}
   * @return the values, or null if one part could not be built
   */
  static <T> @Nullable ImmutableList<T> allBuilt(List<@Nullable T> built) {
    ImmutableList.Builder<T> all = ImmutableList.builderWithExpectedSize(built.size());
    for (T value : built) {
      if (value == null) {
        return null;
      }
      all.add(value);
    }
    return all.build();
  }

  /**
   * Returns the keys of parts, in order.
   *
   * @param parts the parts
   * @return each part's {@link #key()}
   */
  static List<@Nullable String> keys(List<? extends Part<?>> parts) {
    List<@Nullable String> keys = new ArrayList<>(parts.size());
    for (Part<?> p : parts) {
      keys.add(p.key());
    }
    return keys;
  }
}
