package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * cxkit's modules, as built, resolve on the module path with their real dependencies and export
 * only their API packages: no {@code internal} package is visible to users.
 */
class ModulesTest {
  private static final Set<String> CX =
      Set.of(
          "org.cxkit.core",
          "org.cxkit.metrics",
          "org.cxkit.json",
          "org.cxkit.json3",
          "org.cxkit.report",
          "org.cxkit.formats");

  private static Path[] runtimePath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isBlank())
        .map(Path::of)
        .filter(
            p ->
                !p.toString().contains("test-classes")
                    && !p.getFileName().toString().startsWith("cx-examples"))
        .filter(
            p ->
                !p.toString()
                    .matches(
                        ".*(junit|assertj|opentest4j|apiguardian|guava-testlib|byte-buddy|jazzer|json-schema-validator|jmh|-tests\\.jar|hamcrest).*"))
        .filter(
            p ->
                !p.endsWith("classes")
                    || p.getParent().getParent().getFileName().toString().startsWith("cx-"))
        .toArray(Path[]::new);
  }

  @Test
  void cxModulesResolveAndExportOnlyTheirApi() {
    ModuleFinder finder = ModuleFinder.of(runtimePath());
    Configuration cf =
        Configuration.resolve(
            finder,
            List.of(ModuleLayer.boot().configuration()),
            ModuleFinder.of(),
            List.of("org.cxkit.json", "org.cxkit.json3", "org.cxkit.report", "org.cxkit.formats"));
    Set<String> resolved =
        cf.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
    assertThat(resolved).containsAll(CX);
    for (ResolvedModule m : cf.modules()) {
      if (!CX.contains(m.name())) {
        continue;
      }
      ModuleDescriptor d = m.reference().descriptor();
      assertThat(d.isAutomatic()).as("%s has a module-info", m.name()).isFalse();
      Set<String> exported =
          d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
      assertThat(exported).as("exports of %s", m.name()).allMatch(p -> p.startsWith(m.name()));
      assertThat(exported).as("exports of %s", m.name()).noneMatch(p -> p.contains("internal"));
      assertThat(d.packages()).as("packages of %s", m.name()).contains(m.name());
    }
    // Data flows one way: core <- metrics <- {json, formats}; formats never needs cx-json.
    assertThat(cf.findModule("org.cxkit.formats").orElseThrow().reference().descriptor().requires())
        .extracting(ModuleDescriptor.Requires::name)
        .contains("org.cxkit.metrics")
        .doesNotContain("org.cxkit.json");
  }
}
