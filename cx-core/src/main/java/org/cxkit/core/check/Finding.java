package org.cxkit.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import org.cxkit.core.ModelPath;

/**
 * Something legal but unwise that {@link ModelCheck} found: which rule, where, and the arguments
 * that say what exactly (named by the rule's {@link Rule#parameters() parameters}). A finding holds
 * no sentence: the cx-report module renders one from the rule's code and the arguments, in the
 * reader's language.
 *
 * <pre>{@code
 * Finding f = model.check().of(Rule.TOUCHPOINT_NO_MEASURE).get(0);
 * System.out.println(f);              // Finding[MEDIUM CX403 journeys[first-visit]...touchpoints[talk].measures]
 * System.out.println(f.arguments());  // {touchpoint=talk}
 * // with cx-report: TextReport.message(f) is "touchpoint 'talk' is controllable but has no measure"
 * }</pre>
 *
 * @param rule the rule that found it
 * @param path where in the model
 * @param arguments the rule's arguments by name, in the order of {@link Rule#parameters()}
 */
public record Finding(Rule rule, ModelPath path, ImmutableMap<String, Object> arguments) {
  /**
   * Validates the components and puts the arguments in the rule's order.
   *
   * @param rule the rule that found it
   * @param path where in the model
   * @param arguments the rule's arguments by name: exactly its parameters, each an id, an enum
   *     constant or an {@link Integer} of the declared type, or a list of the declared enum
   * @throws NullPointerException if an argument, a name or a value is null
   * @throws IllegalArgumentException if the names are not the rule's parameters or a value is not
   *     of its parameter's type
   * @since 0.1
   */
  public Finding {
    requireNonNull(rule, "rule");
    requireNonNull(path, "path");
    requireNonNull(arguments, "arguments");
    ImmutableMap.Builder<String, Object> ordered = ImmutableMap.builder();
    for (Rule.Parameter p : rule.declaredParameters()) {
      Object value = arguments.get(p.name());
      checkArgument(
          value != null,
          "%s needs argument '%s'; its parameters are %s",
          rule.code(),
          p.name(),
          rule.parameters());
      ordered.put(p.name(), checked(rule, p, value));
    }
    checkArgument(
        arguments.size() == rule.parameters().size(),
        "%s takes only the arguments %s, got %s",
        rule.code(),
        rule.parameters(),
        arguments.keySet());
    arguments = ordered.buildOrThrow();
  }

  /**
   * Returns a finding with the rule's arguments given in the order of {@link Rule#parameters()}.
   *
   * <pre>{@code
   * Finding.of(Rule.STAGE_EMPTY, path, StageId.of("wrap-up"));
   * Finding.of(Rule.JOURNEY_MISSING_PHASE, path, JourneyId.of("j"), List.of(Phase.AFTER));
   * }</pre>
   *
   * @param rule the rule that found it
   * @param path where in the model
   * @param arguments one value per parameter of the rule, in order
   * @return the finding
   * @throws NullPointerException if an argument or a value is null
   * @throws IllegalArgumentException if the count or a type does not fit the rule's parameters
   * @since 0.1
   */
  public static Finding of(Rule rule, ModelPath path, Object... arguments) {
    requireNonNull(rule, "rule");
    requireNonNull(path, "path");
    requireNonNull(arguments, "arguments");
    ImmutableList<String> names = rule.parameters();
    checkArgument(
        arguments.length == names.size(),
        "%s takes %s arguments %s, got %s",
        rule.code(),
        names.size(),
        names,
        arguments.length);
    ImmutableMap.Builder<String, Object> map = ImmutableMap.builder();
    for (int i = 0; i < arguments.length; i++) {
      map.put(names.get(i), requireNonNull(arguments[i], names.get(i)));
    }
    return new Finding(rule, path, map.buildOrThrow());
  }

  private static Object checked(Rule rule, Rule.Parameter p, Object value) {
    if (!p.isList()) {
      checkArgument(
          p.type().isInstance(value),
          "%s argument '%s' must be of type %s, got %s",
          rule.code(),
          p.name(),
          p.type().getSimpleName(),
          value.getClass().getSimpleName());
      return value;
    }
    checkArgument(
        value instanceof Collection<?>,
        "%s argument '%s' must be a list of %s, got %s",
        rule.code(),
        p.name(),
        p.type().getSimpleName(),
        value.getClass().getSimpleName());
    ImmutableList<?> list = ImmutableList.copyOf((Collection<?>) value);
    for (Object element : list) {
      checkArgument(
          p.type().isInstance(element),
          "%s argument '%s' must be a list of %s, got one holding %s",
          rule.code(),
          p.name(),
          p.type().getSimpleName(),
          element.getClass().getSimpleName());
    }
    return list;
  }

  /**
   * Returns the rule's stable code.
   *
   * @return the code, such as {@code CX301}
   */
  public String code() {
    return rule.code();
  }

  /**
   * Returns the rule's severity.
   *
   * @return the severity
   */
  public Severity severity() {
    return rule.severity();
  }

  /**
   * Returns one line: severity, code and path, such as {@code Finding[MEDIUM CX305
   * journeys[first-visit].stages[wrap-up]]}.
   */
  @Override
  public String toString() {
    return "Finding[" + rule.severity() + " " + rule.code() + " " + path + "]";
  }
}
