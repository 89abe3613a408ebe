package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cxkit.json.JsonSource.Tok;
import org.jspecify.annotations.Nullable;

/**
 * The property table of one JSON object type: its properties in the pinned order the writer writes
 * them, and how the reader turns the values it read into a value. One table drives the reader, the
 * writer and the check that the JSON Schema names the same properties.
 *
 * @param <T> the type written
 * @param <B> the type read (the same type, or a cx-core builder of it)
 */
class ObjectCodec<T, B> extends Codec<T, B> {

  /** Turns the values read for an object's properties into the object. */
  @FunctionalInterface
  interface Create<B> {
    /**
     * Returns the object, or null after recording a problem with it (in {@code r}). Called only if
     * every required property was read without a problem.
     */
    @Nullable B create(Values values, TableReader r);
  }

  /** What the object is, for messages: "touchpoint", "scorecard row". */
  final String what;

  final ImmutableList<Prop<? super T, ?, ?>> props;
  private final Create<B> create;

  /** Bit i is set if property i is required. */
  final long required;

  private final Map<String, Integer> byName = new HashMap<>();
  private final IdentityHashMap<Prop<?, ?, ?>, Integer> byProp = new IdentityHashMap<>();
  private final String[] lastSeen;
  final boolean hasDerived;

  ObjectCodec(String what, Create<B> create, List<? extends Prop<? super T, ?, ?>> props) {
    this.what = what;
    this.create = create;
    this.props = ImmutableList.copyOf(props);
    if (this.props.size() > 64) {
      throw new IllegalArgumentException(what + ": more than 64 properties");
    }
    long r = 0;
    boolean derived = false;
    String[] names = new String[this.props.size()];
    for (int i = 0; i < names.length; i++) {
      Prop<? super T, ?, ?> p = this.props.get(i);
      names[i] = p.name;
      if (byName.put(p.name, i) != null || byProp.put(p, i) != null) {
        throw new IllegalArgumentException(what + ": property \"" + p.name + "\" declared twice");
      }
      if (p.owner == null) {
        p.owner = this;
        p.index = i;
      }
      if (p.mode == Prop.Mode.REQUIRED) {
        r |= 1L << i;
      }
      derived |= p.mode == Prop.Mode.DERIVED;
    }
    this.required = r;
    this.hasDerived = derived;
    this.lastSeen = names;
  }

  /** A table whose reader gives what its writer takes (no builder in between). */
  @SafeVarargs
  static <T> ObjectCodec<T, T> of(String what, Create<T> create, Prop<? super T, ?, ?>... props) {
    List<Prop<? super T, ?, ?>> list = new ArrayList<>(props.length);
    for (Prop<? super T, ?, ?> p : props) {
      list.add(p);
    }
    return new Checked<T>(what, create, list);
  }

  /** A table whose reader gives what its writer takes, checking derived figures on reading. */
  static <T> ObjectCodec<T, T> checked(
      String what, Create<T> create, List<? extends Prop<? super T, ?, ?>> props) {
    return new Checked<>(what, create, props);
  }

  /** A table whose reader gives something else than its writer takes (a builder). */
  @SafeVarargs
  static <T, B> ObjectCodec<T, B> building(
      String what, Create<B> create, Prop<? super T, ?, ?>... props) {
    List<Prop<? super T, ?, ?>> list = new ArrayList<>(props.length);
    for (Prop<? super T, ?, ?> p : props) {
      list.add(p);
    }
    return new ObjectCodec<T, B>(what, create, list);
  }

  /** The position of a property name in the table, or -1. */
  @SuppressWarnings("ReferenceEquality") // on purpose: see below
  int index(String name) {
    // Jackson's symbol table hands out one String instance per property name (canonical, not
    // interned), so an identity scan of the instances last seen finds a name without hashing.
    // The cache is shared between threads without locking: a reference write is atomic and a
    // String is immutable, so a thread sees an old or a new instance, and a miss only costs the
    // map lookup.
    String[] seen = lastSeen;
    for (int k = 0; k < seen.length; k++) {
      if (seen[k] == name) {
        return k;
      }
    }
    Integer i = byName.get(name);
    if (i == null) {
      return -1;
    }
    seen[i] = name;
    return i;
  }

  /** The position of a property in the table. */
  @SuppressWarnings("ReferenceEquality") // a table is its own identity
  int index(Prop<?, ?, ?> p) {
    if (p.owner == this) {
      return p.index;
    }
    Integer i = byProp.get(p);
    if (i == null) {
      throw new IllegalArgumentException("\"" + p.name + "\" is not a property of a " + what);
    }
    return i;
  }

  int size() {
    return props.size();
  }

  @Override
  @Nullable B read(TableReader r) {
    Tok t = r.src.current();
    if (t != Tok.START_OBJECT) {
      r.shape("wrong type", "an object (" + what + ")", t);
      r.src.skipChildren();
      throw TableReader.SKIPPED;
    }
    Values v = r.readObject(this, 0L, r.src.line(), r.src.column());
    return v == null ? null : complete(v, r);
  }

  /** Turns the values of a fully read object into the object. */
  @Nullable B complete(Values v, TableReader r) {
    return create.create(v, r);
  }

  @Override
  void write(TableWriter w, T value) {
    w.out.startObject();
    w.properties(this, value);
    w.end();
  }

  @Override
  void check(TableReader r, T expected) {
    r.checkObject(this, expected);
  }

  @Override
  String jsonType() {
    return "object";
  }

  @Override
  ObjectCodec<?, ?> table() {
    return this;
  }

  @Override
  public String toString() {
    return what + " " + props;
  }

  /**
   * A table whose reader gives what its writer takes: once an object is rebuilt, the derived
   * figures it was read with are checked against it.
   */
  private static final class Checked<T> extends ObjectCodec<T, T> {
    Checked(String what, Create<T> create, List<? extends Prop<? super T, ?, ?>> props) {
      super(what, create, props);
    }

    @Override
    @Nullable T complete(Values v, TableReader r) {
      T built = super.complete(v, r);
      if (built != null && hasDerived) {
        r.checkDerived(this, v, built);
      }
      return built;
    }
  }
}
