package org.cxkit.metrics.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import org.cxkit.core.Scale;
import org.jspecify.annotations.Nullable;

/**
 * Which answers of a satisfaction item count as <em>delighted</em>: a definition of its own, apart
 * from the scale's good box. One {@link Scale} can then serve both a CSAT top-2-box headline (its
 * good box) and a delight classification on the same item (its top point): a {@link DelightUplift}
 * sorts each customer into three groups by their answer,
 *
 * <ul>
 *   <li><b>delighted</b>: the answer is one of the delighted answers;
 *   <li><b>satisfied</b> (merely): the answer is in the scale's good box but not delighted;
 *   <li><b>dissatisfied</b>: every other answer (neutral and bottom).
 * </ul>
 *
 * <p>The delighted answers must lie in the good box and leave at least one good answer that is not
 * delighted, or there would be no one to compare the delighted with; both are checked when the
 * definition is built. The three groups' names default to {@code delighted}, {@code satisfied} and
 * {@code dissatisfied} and can be {@linkplain #named(String, String, String) renamed}; results,
 * their one-line text and their JSON carry the names.
 *
 * <pre>{@code
 * Scale csat = Scale.higherIsBetter(1, 5, 2, 2, 2);      // top-2 box = good box: the CSAT headline
 * Delight delight = Delight.top(csat, 1);                // but only a 5 is delighted
 * DelightUplift.binary(delight);                         // 5 vs 4 vs 1..3
 * Delight.answers(Scale.NPS, 10).named("tens", "nines", "others");
 * }</pre>
 *
 * <p>Immutable; equal when the scale, the delighted answers and the names are equal.
 *
 * @since 0.1
 */
public final class Delight {
  /** The default group names, in order: delighted, satisfied, dissatisfied. */
  static final ImmutableList<String> DEFAULT_NAMES =
      ImmutableList.of("delighted", "satisfied", "dissatisfied");

  /** The longest group name, in characters. */
  public static final int MAX_NAME_LENGTH = 64;

  private final Scale scale;
  private final ImmutableSortedSet<Integer> answers;
  private final ImmutableList<String> names;
  // one entry per scale point, min first: the group of an answer, read on the hot path
  private final byte[] groupOf;

  private Delight(Scale scale, ImmutableSortedSet<Integer> answers, ImmutableList<String> names) {
    this.scale = scale;
    this.answers = answers;
    this.names = names;
    this.groupOf = new byte[scale.points()];
    boolean anySatisfied = false;
    for (int p = scale.min(); p <= scale.max(); p++) {
      int g;
      if (answers.contains(p)) {
        g = DelightUplift.DELIGHTED;
      } else if (scale.isGood(p)) {
        g = DelightUplift.SATISFIED;
        anySatisfied = true;
      } else {
        g = DelightUplift.DISSATISFIED;
      }
      groupOf[p - scale.min()] = (byte) g;
    }
    checkArgument(
        anySatisfied,
        "the delighted answers take the whole good box of %s: no answer is left for the satisfied"
            + " group to compare with (give fewer delighted answers, or a scale with a wider good"
            + " box)",
        scale);
  }

  /**
   * Returns the definition that counts the scale's top box as delighted: the classification of
   * {@link DelightUplift#binary(Scale)} and its siblings.
   *
   * @param scale the satisfaction item's scale; its good box must be wider than its top box
   * @return the definition
   * @throws NullPointerException if the scale is null
   * @throws IllegalArgumentException if the top box is the whole good box
   */
  public static Delight topBox(Scale scale) {
    requireNonNull(scale, "scale");
    return top(scale, scale.topBox());
  }

  /**
   * Returns the definition that counts the best {@code points} answers of the scale as delighted
   * (its better end, whichever way the scale runs).
   *
   * @param scale the satisfaction item's scale
   * @param points how many of the best answers are delighted, at least 1 and fewer than the good
   *     box's points
   * @return the definition
   * @throws NullPointerException if the scale is null
   * @throws IllegalArgumentException if {@code points} is not in 1..goodBox − 1
   */
  public static Delight top(Scale scale, int points) {
    requireNonNull(scale, "scale");
    checkArgument(
        points >= 1 && points < scale.goodBox(),
        "points: the best %s answers cannot be delighted on %s: give 1..%s, fewer than the good"
            + " box's %s points, so that some good answers are merely satisfied",
        points,
        scale,
        scale.goodBox() - 1,
        scale.goodBox());
    ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
    for (int p = scale.min(); p <= scale.max(); p++) {
      if (scale.rank(p) >= scale.points() - points) {
        b.add(p);
      }
    }
    return new Delight(scale, b.build(), DEFAULT_NAMES);
  }

  /**
   * Returns the definition that counts the given answers of the scale as delighted.
   *
   * @param scale the satisfaction item's scale
   * @param delighted the delighted answers: at least one, each on the scale and in its good box
   *     (repeats are ignored)
   * @return the definition
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no answer, an answer is off the scale or outside
   *     its good box, or the answers take the whole good box
   */
  public static Delight answers(Scale scale, int... delighted) {
    requireNonNull(scale, "scale");
    requireNonNull(delighted, "delighted");
    checkArgument(delighted.length > 0, "delighted: give at least one delighted answer");
    ImmutableSortedSet.Builder<Integer> b = ImmutableSortedSet.naturalOrder();
    for (int i = 0; i < delighted.length; i++) {
      int a = delighted[i];
      checkArgument(
          scale.contains(a),
          "delighted[%s]: %s is off the scale %s..%s",
          i,
          a,
          scale.min(),
          scale.max());
      checkArgument(
          scale.isGood(a),
          "delighted[%s]: %s is not in the good box of %s; a delighted answer must be a good one",
          i,
          a,
          scale);
      b.add(a);
    }
    return new Delight(scale, b.build(), DEFAULT_NAMES);
  }

  /**
   * Returns this definition with its three groups renamed, for results, their text and their JSON
   * (for example {@code "5 (delighted)", "4", "1–3"}).
   *
   * @param delighted the delighted group's name
   * @param satisfied the merely satisfied group's name
   * @param dissatisfied the other customers' name
   * @return the renamed definition
   * @throws NullPointerException if a name is null
   * @throws IllegalArgumentException if a name is blank, longer than {@value #MAX_NAME_LENGTH}
   *     characters, has a control character, or two names are equal
   */
  public Delight named(String delighted, String satisfied, String dissatisfied) {
    return new Delight(scale, answers, checkNames(delighted, satisfied, dissatisfied));
  }

  /**
   * Checks three group names: present, short, printable and distinct.
   *
   * @throws IllegalArgumentException naming the bad name's role, never its content
   */
  static ImmutableList<String> checkNames(String delighted, String satisfied, String dissatisfied) {
    String[] names = {
      requireNonNull(delighted, "delighted"),
      requireNonNull(satisfied, "satisfied"),
      requireNonNull(dissatisfied, "dissatisfied")
    };
    for (int i = 0; i < 3; i++) {
      String role = DEFAULT_NAMES.get(i);
      String s = names[i];
      checkArgument(!s.isBlank(), "%s: the group name is blank", role);
      checkArgument(
          s.length() <= MAX_NAME_LENGTH,
          "%s: the group name has %s characters, more than %s",
          role,
          s.length(),
          MAX_NAME_LENGTH);
      checkArgument(
          s.chars().noneMatch(Character::isISOControl),
          "%s: the group name has a control character",
          role);
    }
    checkArgument(
        !names[0].equals(names[1]) && !names[0].equals(names[2]) && !names[1].equals(names[2]),
        "the three group names must differ");
    return ImmutableList.copyOf(names);
  }

  /**
   * Returns the satisfaction item's scale.
   *
   * @return the scale
   */
  public Scale scale() {
    return scale;
  }

  /**
   * Returns the answers that count as delighted.
   *
   * @return the answers, ascending
   */
  public ImmutableSortedSet<Integer> answers() {
    return answers;
  }

  /**
   * Returns the names of the delighted, satisfied and dissatisfied groups, in that order.
   *
   * @return three names
   */
  public ImmutableList<String> groupNames() {
    return names;
  }

  /**
   * Returns whether an answer counts as delighted.
   *
   * @param answer a satisfaction answer
   * @return true when the answer is one of the delighted answers
   */
  public boolean isDelighted(int answer) {
    return answers.contains(answer);
  }

  /**
   * Returns the group of a satisfaction answer: delighted, satisfied or dissatisfied.
   *
   * @throws IllegalArgumentException if the answer is off the scale (the message does not repeat
   *     it)
   */
  int group(int answer) {
    if (!scale.contains(answer)) {
      throw new IllegalArgumentException(
          "the satisfaction answer is off the scale " + scale.min() + ".." + scale.max());
    }
    return groupOf[answer - scale.min()];
  }

  /** Returns whether both classify every answer alike (names aside): states may then merge. */
  boolean classifiesAs(Delight other) {
    return scale.equals(other.scale) && answers.equals(other.answers);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Delight d
        && d.scale.equals(scale)
        && d.answers.equals(answers)
        && d.names.equals(names);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(new Object[] {scale, answers, names});
  }

  /**
   * Returns one line: the delighted answers, the scale and the group names, such as {@code
   * Delight[answers [5] of 1..5 ..., groups delighted/satisfied/dissatisfied]}.
   */
  @Override
  public String toString() {
    return "Delight[answers "
        + answers
        + " of "
        + scale
        + ", groups "
        + String.join("/", names)
        + "]";
  }
}
