package org.cxkit.core.internal;

import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.Problem;
import org.jspecify.annotations.Nullable;

/** Collects problems while a part of the model is validated, then throws them all at once. */
public final class Problems {
  private final List<Problem> list = new ArrayList<>();

  /** Records a problem at {@code path}. */
  public void add(ModelPath path, String message) {
    list.add(new Problem(path, message));
  }

  /** Records a problem at {@code path} with a formatted message. */
  @FormatMethod
  public void add(ModelPath path, @FormatString String template, @Nullable Object... args) {
    list.add(Problem.of(path, template, args));
  }

  /** Records every problem of {@code e}, moved below {@code prefix}. */
  public void addAll(ModelPath prefix, ModelValidationException e) {
    for (Problem p : e.problems()) {
      list.add(p.under(prefix));
    }
  }

  /**
   * Runs {@code build}; on a validation failure records its problems below {@code prefix} and
   * returns null.
   */
  public <T> @Nullable T collect(ModelPath prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (ModelValidationException e) {
      addAll(prefix, e);
      return null;
    } catch (IllegalArgumentException e) {
      list.add(Problem.of(prefix, e));
      return null;
    }
  }

  /** Returns whether no problem was recorded. */
  public boolean isEmpty() {
    return list.isEmpty();
  }

  /** Throws a {@link ModelValidationException} about {@code what} if any problem was recorded. */
  public void throwIfAny(String what) {
    if (!list.isEmpty()) {
      throw new ModelValidationException(what, list);
    }
  }
}
