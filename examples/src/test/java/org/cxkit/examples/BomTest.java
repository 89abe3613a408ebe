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
 * {@code cx-bom} names every published module (every {@code cx-} module of the build with Java
 * sources), at the build's version, and the README's "Depend on it" lists each of them.
 */
class BomTest {
  private static final Pattern ARTIFACT =
      Pattern.compile(
          "<artifactId>(cx-[a-z0-9-]+)</artifactId>\\s*<version>([^<]+)</version>", Pattern.DOTALL);

  @Test
  void theBomNamesEveryLibraryModuleAtTheBuildsVersion() throws IOException {
    Path root = ReadmeTest.repoRoot();
    String parent = Files.readString(root.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher v =
        Pattern.compile("<artifactId>cx-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(parent);
    assertThat(v.find()).isTrue();
    String version = v.group(1);

    // The published modules: every module the parent builds that has Java sources.
    List<String> libraries = new ArrayList<>();
    Matcher module = Pattern.compile("<module>(cx-[a-z0-9-]+)</module>").matcher(parent);
    while (module.find()) {
      if (Files.isDirectory(root.resolve(module.group(1)).resolve("src/main/java"))) {
        libraries.add(module.group(1));
      }
    }
    assertThat(libraries).contains("cx-core", "cx-metrics", "cx-json", "cx-beam");

    String bom = Files.readString(root.resolve("cx-bom/pom.xml"), StandardCharsets.UTF_8);
    assertThat(bom).doesNotContain("<parent>");
    List<String> named = new ArrayList<>();
    Matcher a = ARTIFACT.matcher(bom);
    while (a.find()) {
      assertThat(a.group(2)).as("version of %s in cx-bom", a.group(1)).isEqualTo(version);
      if (!a.group(1).equals("cx-bom")) {
        named.add(a.group(1));
      }
    }
    assertThat(named).containsExactlyInAnyOrderElementsOf(libraries);

    String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
    String depend =
        readme.substring(
            readme.indexOf("## Depend on it"),
            readme.indexOf("## ", readme.indexOf("## Depend") + 3));
    for (String m : libraries) {
      assertThat(depend).as("Depend on it lists %s", m).contains("`" + m + "`");
    }
    assertThat(depend).contains("cx-bom").contains("Java 17").contains("Jackson 2.21");
  }
}
