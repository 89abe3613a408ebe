package org.cxkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.cxkit.core.strategy.Segment;
import org.jspecify.annotations.Nullable;

/**
 * Where something is in a model, such as {@code
 * journeys[onboarding].stages[discover].touchpoints[sign-up].id}.
 *
 * <p>A path is a list of {@linkplain Segment segments}: a field name, and for a list element its
 * index and, where the element has a well-formed id, that id. {@link #toString()} shows the id when
 * there is one (readable), {@link #toJsonPointer()} always uses the index (as an RFC 6901 JSON
 * Pointer into cxkit's JSON format, whose property names are the field names used here).
 *
 * <pre>{@code
 * ModelPath p = ModelPath.root().element("journeys", 0, "onboarding").field("status");
 * p.toString();       // journeys[onboarding].status
 * p.toJsonPointer();  // /journeys/0/status
 * }</pre>
 */
public final class ModelPath {
  private static final ModelPath ROOT = new ModelPath(ImmutableList.of());

  private final ImmutableList<Segment> segments;

  private ModelPath(ImmutableList<Segment> segments) {
    this.segments = segments;
  }

  /**
   * One step of a path: a field, optionally an element of it.
   *
   * @param field the field (JSON property) name
   * @param index the element's position in the list, or {@code -1} for a plain field
   * @param key the element's id, if it has a well-formed one
   */
  public record Segment(String field, int index, Optional<String> key) {
    /**
     * Validates the components.
     *
     * @param field the field (JSON property) name
     * @param index the element's position in the list, or {@code -1} for a plain field
     * @param key the element's id, if it has a well-formed one
     * @throws IllegalArgumentException if the field is blank or the index below -1
     */
    public Segment {
      requireNonNull(field, "field");
      requireNonNull(key, "key");
      checkArgument(!field.isBlank(), "field must not be blank");
      checkArgument(index >= -1, "index must be -1 (no element) or >= 0, got %s", index);
      checkArgument(key.isEmpty() || index >= 0, "a key needs an index");
    }

    /**
     * Returns whether this segment names a list element rather than a plain field.
     *
     * @return true for {@code field[i]}
     */
    public boolean isElement() {
      return index >= 0;
    }

    @Override
    public String toString() {
      if (index < 0) {
        return field;
      }
      return field + "[" + key.orElse(Integer.toString(index)) + "]";
    }
  }

  /**
   * Returns the empty path: the model itself.
   *
   * @return the root path
   */
  public static ModelPath root() {
    return ROOT;
  }

  /**
   * Parses a path written the way {@link #toString()} writes it, for tests and host-side filters.
   * Bracketed parts that are all digits (without a leading zero) are read as indexes, others as
   * keys with an unknown index (recorded as 0); keys may contain {@code .}, as ids do.
   *
   * @param text a path such as {@code journeys[onboarding].stages[2].name}; empty for the root
   * @return the path
   * @throws IllegalArgumentException if the text is not a path
   */
  public static ModelPath parse(String text) {
    requireNonNull(text, "text");
    ModelPath p = ROOT;
    int n = text.length();
    int i = 0;
    while (i < n) {
      // Ids may contain '.', so a key is read up to its closing bracket, not up to the next dot.
      int start = i;
      while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[' && text.charAt(i) != ']') {
        i++;
      }
      String field = text.substring(start, i);
      checkArgument(!field.isEmpty(), "expected a field name at index %s of '%s'", start, text);
      if (i < n && text.charAt(i) == '[') {
        int close = text.indexOf(']', i);
        checkArgument(close > 0, "unclosed '[' at index %s of '%s'", i, text);
        String inner = text.substring(i + 1, close);
        checkArgument(!inner.isEmpty(), "empty brackets at index %s of '%s'", i, text);
        boolean digits = inner.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && inner.length() < 10 && (inner.length() == 1 || inner.charAt(0) != '0')) {
          p = p.element(field, Integer.parseInt(inner));
        } else {
          p = p.element(field, 0, inner);
        }
        i = close + 1;
      } else {
        p = p.field(field);
      }
      if (i < n) {
        checkArgument(text.charAt(i) == '.', "expected '.' at index %s of '%s'", i, text);
        i++;
        checkArgument(i < n, "'%s' ends with '.'", text);
      }
    }
    return p;
  }

  /**
   * Returns this path followed by a plain field.
   *
   * @param name the field name
   * @return the longer path
   */
  public ModelPath field(String name) {
    requireNonNull(name, "name");
    return append(new Segment(name, -1, Optional.empty()));
  }

  /**
   * Returns this path followed by an element of a list field, identified by its position.
   *
   * @param field the list field's name
   * @param index the element's position
   * @return the longer path
   */
  public ModelPath element(String field, int index) {
    checkArgument(index >= 0, "index must be >= 0, got %s", index);
    return append(new Segment(field, index, Optional.empty()));
  }

  /**
   * Returns this path followed by an element of a list field, identified by its position and, when
   * it has one, its id.
   *
   * @param field the list field's name
   * @param index the element's position
   * @param key the element's id, or null if it has none (or a malformed one)
   * @return the longer path
   */
  public ModelPath element(String field, int index, @Nullable String key) {
    checkArgument(index >= 0, "index must be >= 0, got %s", index);
    return append(new Segment(field, index, Optional.ofNullable(key)));
  }

  /**
   * Returns this path followed by {@code relative}.
   *
   * @param relative a path relative to the element this path points at
   * @return the joined path
   */
  public ModelPath resolve(ModelPath relative) {
    requireNonNull(relative, "relative");
    if (relative.segments.isEmpty()) {
      return this;
    }
    if (segments.isEmpty()) {
      return relative;
    }
    return new ModelPath(
        ImmutableList.<Segment>builderWithExpectedSize(segments.size() + relative.segments.size())
            .addAll(segments)
            .addAll(relative.segments)
            .build());
  }

  private ModelPath append(Segment s) {
    return new ModelPath(
        ImmutableList.<Segment>builderWithExpectedSize(segments.size() + 1)
            .addAll(segments)
            .add(s)
            .build());
  }

  /**
   * Returns the segments, outermost first.
   *
   * @return the segments; empty for the root
   */
  public ImmutableList<Segment> segments() {
    return segments;
  }

  /**
   * Returns whether this is the root (empty) path.
   *
   * @return true for the model itself
   */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * Returns whether this path starts with {@code prefix} (segment by segment; keys are compared
   * only where both have one).
   *
   * @param prefix the candidate prefix
   * @return true if this path is at or below {@code prefix}
   */
  public boolean startsWith(ModelPath prefix) {
    requireNonNull(prefix, "prefix");
    if (prefix.segments.size() > segments.size()) {
      return false;
    }
    for (int i = 0; i < prefix.segments.size(); i++) {
      Segment a = segments.get(i);
      Segment b = prefix.segments.get(i);
      if (!a.field().equals(b.field())) {
        return false;
      }
      if (a.key().isPresent() && b.key().isPresent()) {
        if (!a.key().equals(b.key())) {
          return false;
        }
      } else if (a.index() != b.index()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the path as an RFC 6901 JSON Pointer into cxkit's JSON format, using positions for list
   * elements: {@code /journeys/0/stages/2/touchpoints/1/id}.
   *
   * @return the JSON Pointer; {@code ""} for the root
   */
  public String toJsonPointer() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      sb.append('/').append(s.field().replace("~", "~0").replace("/", "~1"));
      if (s.isElement()) {
        sb.append('/').append(s.index());
      }
    }
    return sb.toString();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ModelPath other && segments.equals(other.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }

  /** Returns the path as {@code journeys[onboarding].stages[discover].name}; empty for the root. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s);
    }
    return sb.toString();
  }
}
