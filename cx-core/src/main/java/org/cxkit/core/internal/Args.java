package org.cxkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.Collection;
import java.util.Optional;

/** Argument checks and defensive copies that name the argument in their messages. */
public final class Args {
  private Args() {}

  /** Checks that {@code value} is non-null and not blank. */
  public static String text(String value, String name) {
    requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  /** Checks that an optional text, when present, is not blank. */
  public static Optional<String> optionalText(Optional<String> value, String name) {
    requireNonNull(value, name);
    value.ifPresent(v -> checkArgument(!v.isBlank(), "%s must not be blank when present", name));
    return value;
  }

  /** Copies a list of non-blank texts, naming the bad element. */
  public static ImmutableList<String> texts(Iterable<String> values, String name) {
    requireNonNull(values, name);
    ImmutableList<String> copy = list(values, name);
    for (int i = 0; i < copy.size(); i++) {
      checkArgument(!copy.get(i).isBlank(), "%s[%s] must not be blank", name, i);
    }
    return copy;
  }

  /** Copies a list, naming the null element if there is one. */
  public static <T> ImmutableList<T> list(Iterable<T> values, String name) {
    requireNonNull(values, name);
    if (values instanceof ImmutableList<T> l) {
      return l;
    }
    ImmutableList.Builder<T> b =
        values instanceof Collection<?> c
            ? ImmutableList.builderWithExpectedSize(c.size())
            : ImmutableList.builder();
    int i = 0;
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(name + "[" + i + "]");
      }
      b.add(v);
      i++;
    }
    return b.build();
  }

  /** Copies a set of enum constants into an immutable enum set, naming a null element. */
  public static <E extends Enum<E>> ImmutableSet<E> enums(Iterable<E> values, String name) {
    requireNonNull(values, name);
    for (E v : values) {
      requireNonNull(v, () -> name + " must not contain null");
    }
    return Sets.immutableEnumSet(values);
  }
}
