package org.cxkit.json;

import java.util.Arrays;

/**
 * The RFC 6901 JSON Pointer of the value a streaming reader or writer is at: a stack of property
 * names and array positions, rendered on demand (only when an error or an extension needs it).
 */
final class JsonPointer {
  private String[] names = new String[32];
  private int[] indices = new int[32];
  private int depth;

  /** Enters a property. */
  void push(String name) {
    grow();
    names[depth] = name;
    indices[depth] = -1;
    depth++;
  }

  /** Enters an array element. */
  void push(int index) {
    grow();
    names[depth] = "";
    indices[depth] = index;
    depth++;
  }

  /** Leaves the innermost property or element. */
  void pop() {
    depth--;
  }

  /** How many names and positions deep the current value is; 0 at the root. */
  int depth() {
    return depth;
  }

  /** Returns the pointer of the current value; {@code ""} at the root. */
  String current() {
    return render(depth);
  }

  /** Returns the pointer of the current value's parent. */
  String parent() {
    return render(depth - 1);
  }

  private void grow() {
    if (depth == names.length) {
      names = Arrays.copyOf(names, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
    }
  }

  private String render(int upTo) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < upTo; i++) {
      sb.append('/');
      if (indices[i] >= 0) {
        sb.append(indices[i]);
      } else {
        escape(sb, names[i]);
      }
    }
    return sb.toString();
  }

  /** Returns {@code name} as a pointer token ({@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
  static String escape(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 4);
    escape(sb, name);
    return sb.toString();
  }

  /** Appends {@code name} as a pointer token. */
  static void escape(StringBuilder sb, String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
  }
}
