package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The JShell start-up and the Waffle Wednesday walkthrough run as a JShell user would run them. */
class JShellScriptTest {
  @Test
  void waffleWednesdayWalkthroughRunsAndPrintsTheAnalysis() throws IOException {
    Path root = ReadmeTest.repoRoot();
    System.setProperty("cx.examples", root.resolve("examples").toString());
    try (JShellRunner shell = new JShellRunner()) {
      shell.runScript(
          Files.readString(root.resolve("examples/cx.jsh"), StandardCharsets.UTF_8),
          "examples/cx.jsh");
      String out =
          shell.runScript(
              Files.readString(
                  root.resolve("examples/waffle-wednesday.jsh"), StandardCharsets.UTF_8),
              "examples/waffle-wednesday.jsh");
      assertThat(out)
          .contains("CxModel[Waffle Wednesday: 3 segments, 3 personas, 1 journey, 12 touchpoints]")
          .contains("Journey[first-visit:")
          .contains("CheckReport[")
          .contains("ReadReport[480 rows: 480 accepted")
          .contains("NPS (n=475)")
          .contains("networking")
          .contains("Delight uplift (binary outcome");
    } finally {
      System.clearProperty("cx.examples");
    }
  }
}
