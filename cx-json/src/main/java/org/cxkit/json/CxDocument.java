package org.cxkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.cxkit.core.CxModel;
import org.jspecify.annotations.Nullable;

/**
 * A cxkit JSON document as read: its format version, the model, and the properties a newer 1.y
 * writer added that this reader does not know (its <em>extensions</em>), kept so that they are
 * written back unchanged. The core types stay free of JSON concerns; this wrapper carries them.
 *
 * <pre>{@code
 * CxDocument doc = CxJson.defaults().readDocument(Path.of("model.cx.json"));
 * CxModel model = doc.model();
 * String again = CxJson.defaults().write(doc.withModel(model.withStrategy(newStrategy)));
 * }</pre>
 *
 * <p>Extensions are keyed by the JSON Pointer of the object that held them ({@code ""} for the
 * document root, {@code "/journeys/0/stages/1"} for a stage). They attach by position: a model
 * changed with {@link #withModel} keeps them at the same pointers, so changing the order of
 * journeys, stages or touchpoints moves them to whatever is now at that position.
 *
 * @since 0.1
 */
public final class CxDocument {
  private final String formatVersion;
  private final CxModel model;
  private final ImmutableMap<String, ImmutableMap<String, RawJson>> extensions;

  CxDocument(
      String formatVersion,
      CxModel model,
      ImmutableMap<String, ImmutableMap<String, RawJson>> extensions) {
    this.formatVersion = formatVersion;
    this.model = model;
    this.extensions = extensions;
  }

  /**
   * Wraps a model as a document of the current format version, {@value CxJson#FORMAT_VERSION}, with
   * no extensions.
   *
   * @param model the model
   * @return the document
   */
  public static CxDocument of(CxModel model) {
    return new CxDocument(CxJson.FORMAT_VERSION, requireNonNull(model, "model"), ImmutableMap.of());
  }

  /**
   * Returns the format version the document declared ({@code "1.0"}, or a newer {@code "1.y"}).
   *
   * @return the format version
   */
  public String formatVersion() {
    return formatVersion;
  }

  /**
   * Returns the model.
   *
   * @return the model
   */
  public CxModel model() {
    return model;
  }

  /**
   * Returns the unknown properties kept from a newer 1.y document: for each JSON Pointer of an
   * object, its unknown properties in document order, each as compact JSON text.
   *
   * @return the extensions, empty for documents of this reader's version
   */
  public ImmutableMap<String, ImmutableMap<String, String>> extensions() {
    ImmutableMap.Builder<String, ImmutableMap<String, String>> b = ImmutableMap.builder();
    for (Map.Entry<String, ImmutableMap<String, RawJson>> e : extensions.entrySet()) {
      ImmutableMap.Builder<String, String> inner = ImmutableMap.builder();
      e.getValue().forEach((k, v) -> inner.put(k, v.json()));
      b.put(e.getKey(), inner.buildOrThrow());
    }
    return b.buildOrThrow();
  }

  /** Extensions with their token form, for the writer. */
  ImmutableMap<String, ImmutableMap<String, RawJson>> rawExtensions() {
    return extensions;
  }

  /**
   * Returns whether the document carries properties of a newer format version.
   *
   * @return true if there are extensions
   */
  public boolean hasExtensions() {
    return !extensions.isEmpty();
  }

  /**
   * Returns this document with another model, keeping the extensions and the format version, or
   * moving a document older than this writer's version up to it ({@value CxJson#FORMAT_VERSION}),
   * since the new model may use what that version added. A document read and written unchanged
   * keeps its version, byte for byte.
   *
   * @param newModel the model
   * @return the new document
   */
  public CxDocument withModel(CxModel newModel) {
    requireNonNull(newModel, "newModel");
    // A changed model may use what this writer's version added: an older document moves up to it.
    String version =
        TableReader.minorOf(formatVersion) < TableReader.MINOR
            ? CxJson.FORMAT_VERSION
            : formatVersion;
    return new CxDocument(version, newModel, extensions);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CxDocument d
        && formatVersion.equals(d.formatVersion)
        && model.equals(d.model)
        && extensions.equals(d.extensions);
  }

  @Override
  public int hashCode() {
    return (formatVersion.hashCode() * 31 + model.hashCode()) * 31 + extensions.hashCode();
  }

  @Override
  public String toString() {
    int n = extensions.values().stream().mapToInt(Map::size).sum();
    return "CxDocument[format "
        + formatVersion
        + ", "
        + model
        + (n == 0 ? "" : ", " + n + (n == 1 ? " extension" : " extensions"))
        + "]";
  }
}
