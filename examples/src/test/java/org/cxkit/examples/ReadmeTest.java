package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code ```java} block of the README, in order, in one JShell session, and checks that
 * what the README says a line prints (a {@code // ...} comment after a {@code println}) is printed.
 */
class ReadmeTest {
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(java|jshell)\\n(.*?)^```");
  private static final Pattern PRINTED =
      Pattern.compile("(?m)^\\s*(?:System\\.out\\.println\\(.*\\);\\s*)?// (.*)$");

  static Path repoRoot() {
    String root = System.getProperty("cx.repo.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  /**
   * A fenced code block: {@code java} (a file of Java code) or {@code jshell} (typed into JShell).
   */
  record Block(String language, String code) {}

  static List<Block> codeBlocks(Path markdown) throws IOException {
    String text = Files.readString(markdown, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(text);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  /** Claims of the form {@code // text} that the README makes about output, without "...". */
  static List<String> claims(String block) {
    List<String> claims = new ArrayList<>();
    Matcher m = PRINTED.matcher(block);
    while (m.find()) {
      String claim = m.group(1).strip();
      if (!claim.contains("...")) {
        claims.add(claim);
      }
    }
    return claims;
  }

  @Test
  void everyCodeBlockOfTheReadmeRunsAndPrintsWhatItSays() throws IOException {
    List<Block> blocks = codeBlocks(repoRoot().resolve("README.md"));
    assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(6);
    try (JShellRunner shell = new JShellRunner()) {
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        String origin = "README.md " + b.language() + " block " + (i + 1);
        String printed =
            b.language().equals("jshell")
                ? shell.runScript(b.code(), origin)
                : shell.run(b.code(), origin);
        for (String claim : claims(b.code())) {
          assertThat(printed).as("%s claims it prints '%s'", origin, claim).contains(claim);
        }
      }
    }
  }
}
