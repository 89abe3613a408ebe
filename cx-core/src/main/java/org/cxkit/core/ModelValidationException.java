package org.cxkit.core;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;

/**
 * Thrown when a model, or a part of it, cannot be built because something in it can never be right:
 * a blank or malformed id, a duplicate id in one scope, a reference that does not resolve, stages
 * whose phases go backwards, and so on. It lists <em>every</em> problem found, each with its {@link
 * ModelPath}, rather than stopping at the first.
 *
 * <pre>{@code
 * try {
 *   model = builder.build();
 * } catch (ModelValidationException e) {
 *   e.problems().forEach(p -> System.out.println(p.path() + " -> " + p.message()));
 * }
 * }</pre>
 *
 * <p>Problems inside an element are reported together with those of its siblings; references
 * between elements are checked once every element they connect is itself well formed.
 */
public final class ModelValidationException extends CxException {
  private static final long serialVersionUID = 1L;

  private final transient ImmutableList<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param what what was being built, for the message ("model", "journey 'onboarding'")
   * @param problems the problems; at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public ModelValidationException(String what, Iterable<Problem> problems) {
    this(what, ImmutableList.copyOf(requireNonNull(problems, "problems")));
  }

  private ModelValidationException(String what, ImmutableList<Problem> problems) {
    super(message(requireNonNull(what, "what"), problems));
    this.problems = problems;
  }

  private static String message(String what, ImmutableList<Problem> problems) {
    Preconditions.checkArgument(!problems.isEmpty(), "problems must not be empty");
    StringBuilder sb = new StringBuilder();
    sb.append("invalid ").append(what).append(": ").append(problems.size());
    sb.append(problems.size() == 1 ? " problem" : " problems");
    for (Problem p : problems) {
      sb.append("\n  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, in the order they were found: the problems inside each part
   * (strategy, journeys, their stages and touchpoints) in model order, then those between parts
   * (names, duplicate ids, references).
   *
   * @return the problems; never empty
   */
  public ImmutableList<Problem> problems() {
    return problems == null ? ImmutableList.of() : problems;
  }
}
