package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * The feedback mode of cx.jsh prints a long result whole: JShell's own normal mode would cut it
   * in the middle ({@code "999 ... 999.125"}).
   */
  @Test
  void theCxFeedbackModePrintsLongResultsWhole() throws Exception {
    Path root = ReadmeTest.repoRoot();
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(jshell), "needs a JDK");
    Path modeOnly = Files.createTempFile("cx-mode", ".jsh");
    try {
      List<String> commands =
          Files.readAllLines(root.resolve("examples/cx.jsh"), StandardCharsets.UTF_8).stream()
              .filter(l -> l.startsWith("/set"))
              .toList();
      assertThat(commands).anyMatch(l -> l.startsWith("/set truncation cx "));
      Files.write(modeOnly, commands, StandardCharsets.UTF_8);
      String value = "9".repeat(300) + ".125";
      Process p =
          new ProcessBuilder(
                  jshell.toString(),
                  "--feedback",
                  "cx",
                  "--startup",
                  "DEFAULT",
                  "--startup",
                  modeOnly.toString())
              .redirectErrorStream(true)
              .start();
      try (var in = p.outputWriter(StandardCharsets.UTF_8)) {
        in.write("var p = \"" + value + "\"\n/exit\n");
      }
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
      assertThat(out).contains("p ==> \"" + value + "\"").doesNotContain("Does not match");
    } finally {
      Files.deleteIfExists(modeOnly);
    }
  }
}
