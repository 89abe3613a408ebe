package org.cxkit.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * Writes values through their property tables ({@link ObjectCodec}) to a {@link JsonSink}: each
 * object's properties in the table's pinned order, each left out when its getter gives no value. A
 * model document's extensions (properties a newer 1.y writer added) are written after the known
 * properties of the object that held them.
 */
final class TableWriter {
  final JsonSink out;
  final JsonPointer path = new JsonPointer();
  private final ImmutableMap<String, ImmutableMap<String, RawJson>> extensions;

  /** The result kinds, for the kind of each result written. */
  final ResultKinds kinds;

  TableWriter(
      JsonSink out,
      ImmutableMap<String, ImmutableMap<String, RawJson>> extensions,
      ResultKinds kinds) {
    this.out = out;
    this.extensions = extensions;
    this.kinds = kinds;
  }

  /** Writes the properties of {@code value} that it has, in the table's order. */
  <T> void properties(ObjectCodec<T, ?> type, T value) {
    ImmutableList<Prop<? super T, ?, ?>> props = type.props;
    for (int i = 0, n = props.size(); i < n; i++) {
      property(props.get(i), value);
    }
  }

  private <T, W> void property(Prop<T, W, ?> p, T object) {
    W w = p.written(object);
    if (w != null) {
      out.name(p.name);
      if (p.nests) { // only objects hold extensions: a scalar needs no pointer
        path.push(p.name);
        p.codec.write(this, w);
        path.pop();
      } else {
        p.codec.write(this, w);
      }
    }
  }

  /** Writes the extensions of the current object, then ends it. */
  void end() {
    if (!extensions.isEmpty()) {
      ImmutableMap<String, RawJson> here = extensions.get(path.current());
      if (here != null) {
        for (Map.Entry<String, RawJson> e : here.entrySet()) {
          out.name(e.getKey());
          e.getValue().writeTo(out);
        }
      }
    }
    out.endObject();
  }
}
