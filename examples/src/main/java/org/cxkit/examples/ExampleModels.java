package org.cxkit.examples;

import java.nio.file.Path;
import org.cxkit.core.CxModel;
import org.cxkit.json.CxJson;

/**
 * Writes the examples' models as JSON ({@code examples/*}{@code /model.json}) from their Java
 * definitions ({@link WaffleWednesday}, {@link BuildingPermit}); a test keeps the committed files
 * and the Java definitions equal.
 *
 * <p>Run: {@code java -cp examples/target/cx-examples.jar:examples/target/lib/*
 * org.cxkit.examples.ExampleModels examples}.
 */
public final class ExampleModels {
  private ExampleModels() {}

  /**
   * Writes both models.
   *
   * @param args the examples directory (default {@code examples})
   */
  public static void main(String[] args) {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples");
    write(WaffleWednesday.model(), dir.resolve("waffle-wednesday/model.json"));
    write(BuildingPermit.model(), dir.resolve("building-permit/model.json"));
  }

  private static void write(CxModel model, Path file) {
    CxJson.defaults().write(model, file);
    System.err.println("wrote " + file);
  }
}
