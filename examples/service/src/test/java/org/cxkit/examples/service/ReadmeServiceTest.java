package org.cxkit.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README's Service section shows the wiring from this module's sources: every line of its
 * {@code ```java spring} block (which the README test cannot run: it needs a Spring context) is a
 * line of the sources, so the README cannot drift from the code it quotes.
 */
class ReadmeServiceTest {
  private static final Pattern BLOCK = Pattern.compile("(?ms)^```java spring\\n(.*?)^```");

  /** A line without its trailing {@code //} comment and surrounding blanks. */
  static String code(String line) {
    int comment = line.indexOf("//");
    return (comment < 0 ? line : line.substring(0, comment)).strip();
  }

  @Test
  void theReadmesServiceBlockQuotesTheSources() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    Matcher m = BLOCK.matcher(readme);
    assertThat(m.find()).as("a ```java spring block in README.md").isTrue();
    List<String> quoted =
        m.group(1)
            .lines()
            .map(ReadmeServiceTest::code)
            .filter(l -> l.length() > 1 && !l.equals("..."))
            .toList();
    assertThat(quoted).hasSizeGreaterThan(5);

    Set<String> sources;
    try (Stream<Path> files = Files.walk(Path.of("examples/service/src/main/java"))) {
      sources =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .flatMap(
                  f -> {
                    try {
                      return Files.readAllLines(f, StandardCharsets.UTF_8).stream();
                    } catch (IOException e) {
                      throw new java.io.UncheckedIOException(e);
                    }
                  })
              .map(ReadmeServiceTest::code)
              .collect(Collectors.toSet());
    }
    assertThat(sources).as("the service's source lines").containsAll(quoted);
  }
}
