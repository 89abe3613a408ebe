package org.cxkit.core.internal;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.cxkit.core.ModelPath;
import org.cxkit.core.ModelValidationException;
import org.cxkit.core.Problem;
import org.jspecify.annotations.Nullable;

/**
 * Collects problems while a part of the model is validated, then throws them all at once. The list
 * is allocated with the first problem: a valid value costs nothing.
 */
public final class Problems {
  private @Nullable List<Problem> list;

  /** Records a problem. */
  public void add(Problem problem) {
    List<Problem> l = list;
    if (l == null) {
      l = new ArrayList<>();
      list = l;
    }
    l.add(problem);
  }

  /** Records a problem at {@code path} whose message quotes no value from the model. */
  public void add(ModelPath path, String message) {
    add(new Problem(path, message));
  }

  /** Records a problem at {@code path} with a formatted message. */
  @FormatMethod
  public void add(ModelPath path, @FormatString String template, @Nullable Object... args) {
    add(Problem.of(path, template, args));
  }

  /** Records every problem of {@code found}, moved below {@code prefix}. */
  private void addAll(ModelPath prefix, List<Problem> found) {
    for (Problem p : found) {
      add(p.under(prefix));
    }
  }

  /**
   * Runs {@code build}, typically a constructor or a builder that validates; if it rejects its
   * input, records the problems below {@code prefix} and returns null. A {@link
   * ModelValidationException} or an {@link InvalidValueException} brings its problems with their
   * own paths; any other {@link IllegalArgumentException} becomes one problem at {@code prefix}.
   */
  public <T> @Nullable T collect(ModelPath prefix, Supplier<T> build) {
    try {
      return build.get();
    } catch (ModelValidationException e) {
      addAll(prefix, e.problems());
      return null;
    } catch (InvalidValueException e) {
      addAll(prefix, e.problems());
      return null;
    } catch (IllegalArgumentException e) {
      add(Problem.of(prefix, e));
      return null;
    }
  }

  /** Returns whether no problem was recorded. */
  public boolean isEmpty() {
    return list == null;
  }

  /** Throws a {@link ModelValidationException} about {@code what} if any problem was recorded. */
  public void throwIfAny(String what) {
    if (list != null) {
      throw new ModelValidationException(what, list);
    }
  }

  /**
   * Returns the {@link ModelValidationException} about {@code what} with the problems recorded, for
   * a builder to throw once it knows some were.
   *
   * @throws IllegalStateException if none was recorded
   */
  public ModelValidationException exception(String what) {
    List<Problem> l = list;
    if (l == null) {
      throw new IllegalStateException("no problem was recorded");
    }
    return new ModelValidationException(what, l);
  }

  /**
   * Throws an {@link InvalidValueException}, an {@link IllegalArgumentException}, if any problem
   * was recorded: for values whose API promises that exception.
   */
  public void throwIfAnyAsArgument() {
    if (list != null) {
      throw new InvalidValueException(ImmutableList.copyOf(list));
    }
  }
}
