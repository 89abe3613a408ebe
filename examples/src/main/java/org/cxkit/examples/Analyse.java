package org.cxkit.examples;

import java.io.PrintStream;
import org.cxkit.core.CxModel;

/**
 * The README's main job: analyses the bundled Waffle Wednesday example and prints what a CX team
 * looks at first: the model's outline and the findings of its check.
 *
 * <p>Run it with {@code examples/analyse} from the repository root.
 */
public final class Analyse {
  private Analyse() {}

  /**
   * Runs the analysis.
   *
   * @param args none yet
   */
  public static void main(String[] args) {
    run(WaffleWednesday.model(), System.out);
  }

  /**
   * Prints the analysis of a model.
   *
   * @param model the model
   * @param out where to print
   */
  public static void run(CxModel model, PrintStream out) {
    out.println("== Model");
    out.print(model.outline());
    out.println();
    out.println("== Model check");
    out.println(model.check());
  }
}
