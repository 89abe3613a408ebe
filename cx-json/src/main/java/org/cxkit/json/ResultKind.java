package org.cxkit.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.MetricResult;

/**
 * A kind of result that cx-json writes and reads back: its {@code "kind"} name, its Java type, and
 * its properties ({@link ResultProperty}), from which it is written and rebuilt. cxkit's own kinds
 * ({@code nps-result}, {@code scale-result}, {@code scorecard}, {@code delight-uplift}) are kinds
 * like any other; a host registers its own analysis results the same way, and they round-trip
 * through {@link CxJson#writeResult} and {@link CxJson#readResult(String, Class)}, also nested in a
 * scorecard's rows when the result is a {@link MetricResult}.
 *
 * <pre>{@code
 * record FcrResult(long contacts, long resolved) implements MetricResult { ... }
 *
 * static final ResultProperty<FcrResult, Long> CONTACTS =
 *     ResultProperty.required("contacts", ResultType.count(), FcrResult::contacts);
 * static final ResultProperty<FcrResult, Long> RESOLVED =
 *     ResultProperty.required("resolved", ResultType.count(), FcrResult::resolved);
 * static final ResultKind<FcrResult> FCR =
 *     ResultKind.builder("acme.fcr", FcrResult.class)
 *         .property(ResultProperty.N)
 *         .property(ResultProperty.HEADLINE)
 *         .property(CONTACTS)
 *         .property(RESOLVED)
 *         .build(v -> new FcrResult(v.get(CONTACTS), v.get(RESOLVED)));
 *
 * CxJson json = CxJson.builder().resultKind(FCR).build();
 * String text = json.writeResult(new FcrResult(40, 31));   // "kind": "acme.fcr", "n": 40, ...
 * FcrResult back = json.readResult(text, FcrResult.class);
 * }</pre>
 *
 * <p>A document names its kind, never a Java type, and a reader reads only the kinds its {@link
 * CxJson} was built with: a closed list per instance. A host's kind names are namespaced (at least
 * one dot, such as {@code acme.fcr}), so they never collide with cxkit's own; the results schema
 * accepts them without knowing their properties.
 *
 * @param <R> the result type
 * @since 0.1
 */
public final class ResultKind<R> {
  /** The property that names a result's kind. */
  static final String KIND = "kind";

  private static final Pattern HOST_NAME =
      Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?:\\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+");

  private final String name;
  private final Class<R> type;
  private final Prop<R, String, String> kindProperty;
  private final ObjectCodec<R, R> codec;
  private final boolean readable;

  private ResultKind(
      String name,
      Class<R> type,
      ObjectCodec.Create<R> create,
      List<? extends Prop<? super R, ?, ?>> properties,
      boolean readable) {
    this.name = name;
    this.type = type;
    this.readable = readable;
    this.kindProperty = Prop.required(KIND, Codecs.STRING, r -> name);
    List<Prop<? super R, ?, ?>> all = new ArrayList<>();
    all.add(kindProperty);
    all.addAll(properties);
    this.codec = ObjectCodec.checked("result of kind \"" + name + "\"", create, all);
  }

  /** One of cxkit's own kinds; {@code readable} is false for one that is only written. */
  static <R> ResultKind<R> builtIn(
      String name,
      Class<R> type,
      ObjectCodec.Create<R> create,
      List<? extends Prop<? super R, ?, ?>> properties,
      boolean readable) {
    return new ResultKind<>(name, type, create, properties, readable);
  }

  /**
   * Starts declaring a kind.
   *
   * @param <R> the result type
   * @param name the kind's name, as written in {@code "kind"}: lower-case letters, digits and
   *     single hyphens, in at least two parts separated by dots (such as {@code acme.fcr} or {@code
   *     acme.first-contact}), at most 64 characters
   * @param type the result type; results of it (or of a subtype) are written as this kind
   * @return a builder
   * @throws IllegalArgumentException if the name is not of that form
   */
  public static <R> Builder<R> builder(String name, Class<R> type) {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    checkArgument(
        name.length() <= 64 && HOST_NAME.matcher(name).matches(),
        "a result kind's name is lower-case letters, digits and single hyphens in two or more parts"
            + " separated by dots, such as acme.fcr (at most 64 characters); got %s",
        name);
    return new Builder<>(name, type);
  }

  /**
   * Returns the kind's name, as written in {@code "kind"}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the result type.
   *
   * @return the type
   */
  public Class<R> type() {
    return type;
  }

  /** The property table: {@code "kind"}, then the declared properties. */
  ObjectCodec<R, R> codec() {
    return codec;
  }

  Prop<R, String, String> kindProperty() {
    return kindProperty;
  }

  /** Whether a reader rebuilds results of this kind (cxkit's fallback for others is write-only). */
  boolean readable() {
    return readable;
  }

  @Override
  public String toString() {
    return "ResultKind[" + name + ", " + type.getName() + "]";
  }

  /**
   * Declares a {@link ResultKind}: its properties, in the order they are written (after {@code
   * "kind"}), then how a result is rebuilt from them.
   *
   * @param <R> the result type
   * @since 0.1
   */
  public static final class Builder<R> {
    private final String name;
    private final Class<R> type;
    private final List<Prop<? super R, ?, ?>> properties = new ArrayList<>();

    private Builder(String name, Class<R> type) {
      this.name = name;
      this.type = type;
    }

    /**
     * Adds a property.
     *
     * @param property the property
     * @return this builder
     * @throws IllegalArgumentException if the kind has a property of that name already
     */
    public Builder<R> property(ResultProperty<? super R, ?> property) {
      requireNonNull(property, "property");
      for (Prop<? super R, ?, ?> p : properties) {
        checkArgument(
            !p.name.equals(property.name()),
            "kind %s has a property \"%s\" already",
            name,
            property.name());
      }
      properties.add(property.prop);
      return this;
    }

    /**
     * Builds the kind.
     *
     * @param create rebuilds a result from the values of its required and optional properties; if
     *     it rejects them with an {@code IllegalArgumentException} (or {@code
     *     ArithmeticException}), reading fails with a {@link CxJsonException} of kind MODEL at the
     *     result's JSON Pointer, which names the exception's class but not its message (a message
     *     may quote the input)
     * @return the kind
     */
    public ResultKind<R> build(Function<? super Values, ? extends R> create) {
      requireNonNull(create, "create");
      return new ResultKind<>(
          name,
          type,
          (v, r) -> {
            try {
              return requireNonNull(create.apply(new Values(v)), "the result created");
            } catch (IllegalArgumentException | ArithmeticException e) {
              // The host's message may quote the input (ids and answers are personal data).
              throw r.fail(
                  v,
                  null,
                  BadInputException.Kind.MODEL,
                  "invalid result: the values do not make a result of kind "
                      + name
                      + " (its create function threw "
                      + e.getClass().getSimpleName()
                      + ")",
                  null,
                  null);
            }
          },
          properties,
          true);
    }
  }

  /**
   * The values read for the properties of one result, for rebuilding it: {@code v.get(CONTACTS)} is
   * a {@code Long} because {@code CONTACTS} is a count property.
   *
   * @since 0.1
   */
  public static final class Values {
    private final org.cxkit.json.Values values;

    private Values(org.cxkit.json.Values values) {
      this.values = values;
    }

    /**
     * Returns the value of a property: a required one, or an optional one that was present.
     *
     * @param <V> the value type
     * @param property a required or optional property of this kind
     * @return the value
     * @throws NoSuchElementException if the property is optional and was not present
     * @throws IllegalArgumentException if the property is not one of this kind's, or is derived
     */
    public <V> V get(ResultProperty<?, V> property) {
      V v = values.orNull(requireNonNull(property, "property").prop);
      if (v == null) {
        throw new NoSuchElementException(
            "optional property \"" + property.name() + "\" was not present: use find");
      }
      return v;
    }

    /**
     * Returns the value of a property if it was present.
     *
     * @param <V> the value type
     * @param property a required or optional property of this kind
     * @return the value, or empty
     * @throws IllegalArgumentException if the property is not one of this kind's, or is derived
     */
    public <V> Optional<V> find(ResultProperty<?, V> property) {
      return values.find(requireNonNull(property, "property").prop);
    }

    @Override
    public String toString() {
      return "ResultKind.Values[" + values.type.what + "]";
    }
  }
}
