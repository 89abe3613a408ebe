package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object type, declared once for the reader, the writer and the schema check:
 * its name, its {@link Codec}, whether it is required, optional or derived, the getter the writer
 * takes it from, and the value the reader gives when it is missing.
 *
 * <ul>
 *   <li>{@link Mode#REQUIRED}: always written; the reader requires it.
 *   <li>{@link Mode#OPTIONAL}: written when the getter gives a value; the reader gives {@link
 *       #absent} (or nothing) when it is missing.
 *   <li>{@link Mode#DERIVED}: a figure of a result that its primary data determine; written when
 *       the getter gives a value, never read into the result, and checked against the rebuilt
 *       result when present.
 * </ul>
 *
 * @param <T> the type of the object the property belongs to
 * @param <W> the type written
 * @param <R> the type read
 */
final class Prop<T, W, R> {
  enum Mode {
    REQUIRED,
    OPTIONAL,
    DERIVED
  }

  /** Gives the value of a property of an object, or null if the object has none. */
  @FunctionalInterface
  interface Getter<T, W> {
    @Nullable W get(T object);
  }

  final String name;
  final Mode mode;
  final Codec<W, R> codec;
  private final Getter<? super T, ? extends W> getter;

  /** What the reader gives for a missing property; null if it gives nothing (see Values#find). */
  final @Nullable R absent;

  /** Whether the value is an object or array (which a JSON Pointer enters while writing it). */
  final boolean nests;

  /** Whether a value the getter gives may still be left out (a non-finite number). */
  private final boolean checksWritable;

  /**
   * The first table that declared the property, and its position there: lets the reader's values
   * find it without a lookup. Set once, while that table is built (in a class initializer, so every
   * thread sees it); a property shared by several tables is looked up in the others.
   */
  @Nullable ObjectCodec<?, ?> owner;

  int index = -1;

  private Prop(
      String name,
      Mode mode,
      Codec<W, R> codec,
      Getter<? super T, ? extends W> getter,
      @Nullable R absent) {
    this.name = name;
    this.mode = mode;
    this.codec = codec;
    this.getter = getter;
    this.absent = absent;
    String type = codec.jsonType();
    this.nests = type.equals("object") || type.equals("array");
    this.checksWritable = !codec.alwaysWritable();
  }

  /** A property every object has: always written, required on reading. */
  static <T, W, R> Prop<T, W, R> required(
      String name, Codec<W, R> codec, Function<? super T, ? extends W> getter) {
    return new Prop<>(name, Mode.REQUIRED, codec, getter::apply, null);
  }

  /**
   * A property that may be missing: written when {@code getter} gives a value (not null); a missing
   * one reads as nothing.
   */
  static <T, W, R> Prop<T, W, R> optional(
      String name, Codec<W, R> codec, Getter<? super T, ? extends W> getter) {
    return new Prop<>(name, Mode.OPTIONAL, codec, getter, null);
  }

  /**
   * A property with an empty value: left out when the value equals {@code empty}, which is what a
   * missing one reads as.
   */
  static <T, V> Prop<T, V, V> unlessEmpty(
      String name, Codec<V, V> codec, Function<? super T, ? extends V> getter, V empty) {
    return new Prop<>(
        name,
        Mode.OPTIONAL,
        codec,
        t -> {
          V v = getter.apply(t);
          return empty.equals(v) ? null : v;
        },
        empty);
  }

  /** An array property: left out when empty, and an empty list when missing. */
  static <T, W, R> Prop<T, List<W>, List<R>> list(
      String name, Codec<W, R> element, Function<? super T, ? extends List<W>> getter) {
    return new Prop<>(
        name,
        Mode.OPTIONAL,
        Codec.list(element),
        t -> {
          List<W> v = getter.apply(t);
          return v.isEmpty() ? null : v;
        },
        ImmutableList.of());
  }

  /** A derived figure: written when {@code getter} gives a value, checked when read. */
  static <T, W, R> Prop<T, W, R> derived(
      String name, Codec<W, R> codec, Getter<? super T, ? extends W> getter) {
    return new Prop<>(name, Mode.DERIVED, codec, getter, null);
  }

  /** The value to write for {@code object}, or null if the property is left out. */
  @Nullable W written(T object) {
    W w = getter.get(object);
    return w == null || (checksWritable && !codec.writable(w)) ? null : w;
  }

  @Override
  public String toString() {
    return name + " (" + mode.name().toLowerCase(java.util.Locale.ROOT) + ")";
  }
}
