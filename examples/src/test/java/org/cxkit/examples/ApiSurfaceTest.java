package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules for every exported package of every cxkit module, read from the sources: its public API
 * fits on one screen (at most {@value #MAX_PUBLIC_TYPES} public top-level types; design.md), and
 * every public top-level type has a Javadoc comment. The build's doclint runs without its "missing"
 * group (so members are documented where it says something, and Error Prone's MissingSummary checks
 * that each comment has a summary); this test keeps the rule that no public type goes undocumented.
 */
class ApiSurfaceTest {
  static final int MAX_PUBLIC_TYPES = 25;

  private static final Pattern EXPORTS =
      Pattern.compile("^\\s*exports\\s+([a-z0-9_.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*"
              + "(?:class|record|interface|enum|@interface)\\s",
          Pattern.MULTILINE);

  /** The repository's root: the examples module's parent. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    Path root = here.getFileName().toString().equals("examples") ? here.getParent() : here;
    assertThat(root.resolve("pom.xml")).as("the repository root above %s", here).exists();
    return root;
  }

  private static List<Path> moduleInfos() {
    try (Stream<Path> dirs = Files.list(root())) {
      List<Path> infos = new ArrayList<>();
      dirs.filter(d -> d.getFileName().toString().startsWith("cx-"))
          .map(d -> d.resolve("src/main/java/module-info.java"))
          .filter(Files::isRegularFile)
          .sorted()
          .forEach(infos::add);
      return infos;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyExportedPackageFitsOnOneScreenAndDocumentsEveryPublicType() throws IOException {
    List<Path> infos = moduleInfos();
    assertThat(infos)
        .as("module-info.java files of the cx-* modules under %s", root())
        .hasSizeGreaterThanOrEqualTo(4);
    List<String> problems = new ArrayList<>();
    int packages = 0;
    for (Path info : infos) {
      Path src = info.getParent();
      Matcher m = EXPORTS.matcher(read(info));
      while (m.find()) {
        packages++;
        String pkg = m.group(1);
        Path dir = src.resolve(pkg.replace('.', '/'));
        assertThat(dir).as("exported package %s", pkg).isDirectory();
        int publicTypes = 0;
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f :
              (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
            String text = read(f);
            Matcher t = PUBLIC_TYPE.matcher(text);
            if (!t.find()) {
              continue;
            }
            publicTypes++;
            String before = text.substring(0, t.start());
            int doc = before.lastIndexOf("/**");
            int end = before.lastIndexOf("*/");
            // The comment must be the last thing before the declaration (annotations aside).
            if (doc < 0
                || end < doc
                || !before.substring(end + 2).replaceAll("@[\\w.]+(\\([^)]*\\))?", "").isBlank()) {
              problems.add(f.getFileName() + " in " + pkg + " has no Javadoc on its public type");
            }
          }
        }
        if (publicTypes > MAX_PUBLIC_TYPES) {
          problems.add(
              pkg
                  + " exports "
                  + publicTypes
                  + " public top-level types (at most "
                  + MAX_PUBLIC_TYPES
                  + ")");
        }
      }
    }
    assertThat(packages).as("exported packages found").isGreaterThanOrEqualTo(8);
    assertThat(problems).isEmpty();
  }
}
