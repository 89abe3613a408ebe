package org.cxkit.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;
import org.cxkit.core.Problem;

/**
 * The {@link IllegalArgumentException} of a value whose API promises one (such as a transition's
 * constructor) while it checks its components as {@linkplain Problem problems}: its message reads
 * as a plain argument error ({@code note must not be blank when present}), and a builder that
 * constructs the value records the problems at their exact paths (see {@link Problems#collect}).
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  InvalidValueException(ImmutableList<Problem> problems) {
    super(problems.stream().map(InvalidValueException::sentence).collect(Collectors.joining("; ")));
    this.problems = problems;
  }

  private static String sentence(Problem p) {
    return p.path().isRoot() ? p.message() : p.path() + " " + p.message();
  }

  /**
   * Returns the problems, with paths relative to the value.
   *
   * @return the problems; never empty
   */
  public ImmutableList<Problem> problems() {
    return problems == null ? ImmutableList.of() : problems;
  }
}
