package org.cxkit.formats;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.text.Normalizer;
import java.util.Map;
import org.cxkit.core.Ids;
import org.cxkit.core.TouchpointId;
import org.jspecify.annotations.Nullable;

/**
 * How the event-log readers (XES, OCEL) turn an activity name into a touchpoint: through the user's
 * mapping if one is given (an activity missing from it is an ad hoc touchpoint, named by its
 * label), else by slugging the name ({@code "Register Request"} becomes {@code register-request});
 * a name that slugs to nothing valid is an ad hoc touchpoint.
 */
final class Activities {
  private final ImmutableMap<String, TouchpointId> mapping;

  Activities(Map<String, TouchpointId> mapping) {
    this.mapping = ImmutableMap.copyOf(mapping);
  }

  /**
   * Adds a builder's mapping of a name to a touchpoint.
   *
   * @param what the parameter's name, for the errors
   * @throws IllegalArgumentException if the touchpoint is not a valid id or the name is mapped
   */
  static void map(Map<String, TouchpointId> mapping, String name, String what, String touchpoint) {
    requireNonNull(name, what);
    TouchpointId id = TouchpointId.of(requireNonNull(touchpoint, "touchpoint"));
    if (mapping.putIfAbsent(name, id) != null) {
      throw new IllegalArgumentException(what + " mapped twice");
    }
  }

  /** The touchpoint of an activity, or null if it is ad hoc. */
  @Nullable TouchpointId touchpoint(String activity) {
    if (!mapping.isEmpty()) {
      return mapping.get(activity);
    }
    String slug = slug(activity);
    return slug.isEmpty() ? null : TouchpointId.of(slug);
  }

  /**
   * The slug of a name, or {@code ""} if it has none: accents are dropped, letters lower-cased,
   * every run of other characters becomes one {@code -}, and the result is cut to the longest id at
   * a separator.
   */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    StringBuilder sb = new StringBuilder(Math.min(plain.length(), Ids.MAX_LENGTH + 1));
    boolean gap = false;
    for (int i = 0; i < plain.length() && sb.length() <= Ids.MAX_LENGTH; i++) {
      char c = plain.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && sb.length() > 0) {
          sb.append('-');
        }
        sb.append(c);
        gap = false;
      } else {
        gap = true;
      }
    }
    if (sb.length() > Ids.MAX_LENGTH) {
      int cut = sb.lastIndexOf("-", Ids.MAX_LENGTH);
      sb.setLength(cut > 0 ? cut : Ids.MAX_LENGTH);
    }
    String s = sb.toString();
    return Ids.isValid(s) ? s : "";
  }

  @Override
  public String toString() {
    return mapping.isEmpty() ? "slugged activities" : mapping.size() + " mapped activities";
  }
}
