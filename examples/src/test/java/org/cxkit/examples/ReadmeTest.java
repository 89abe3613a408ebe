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
  private static final Pattern FENCE = Pattern.compile("(?ms)^```java\\n(.*?)^```");
  private static final Pattern PRINTED = Pattern.compile("(?m)^\\s*(?:System\\.out\\.println\\(.*\\);\\s*)?// (.*)$");

  static Path repoRoot() {
    String root = System.getProperty("cx.repo.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  static List<String> javaBlocks(Path markdown) throws IOException {
    String text = Files.readString(markdown, StandardCharsets.UTF_8);
    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(text);
    while (m.find()) {
      blocks.add(m.group(1));
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
  void everyJavaBlockOfTheReadmeRunsAndPrintsWhatItSays() throws IOException {
    List<String> blocks = javaBlocks(repoRoot().resolve("README.md"));
    assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(4);
    try (JShellRunner shell = new JShellRunner()) {
      for (int i = 0; i < blocks.size(); i++) {
        String printed = shell.run(blocks.get(i), "README.md java block " + (i + 1));
        for (String claim : claims(blocks.get(i))) {
          assertThat(printed).as("README java block %s claims it prints '%s'", i + 1, claim).contains(claim);
        }
      }
    }
  }
}
