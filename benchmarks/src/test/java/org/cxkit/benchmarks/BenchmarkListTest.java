package org.cxkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cxkit.benchmarks.json.ModelReadBenchmark;
import org.cxkit.benchmarks.metrics.DriversBench;
import org.cxkit.benchmarks.metrics.NpsBench;
import org.cxkit.benchmarks.metrics.ScorecardBench;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * JMH's annotation processor ran: the list it writes, which {@code benchmarks.jar} runs from, names
 * every {@code @Benchmark} method of every benchmark class, and nothing else.
 */
class BenchmarkListTest {
  private static final List<Class<?>> CLASSES =
      List.of(
          NpsBench.class,
          ScorecardBench.class,
          DriversBench.class,
          ModelReadBenchmark.class,
          org.cxkit.benchmarks.journeys.JourneysBench.class);

  @Test
  void listsEveryBenchmarkMethod() throws IOException {
    Set<String> declared = new TreeSet<>();
    for (Class<?> c : CLASSES) {
      for (var m : c.getMethods()) {
        if (m.isAnnotationPresent(Benchmark.class)) {
          declared.add(c.getName() + "." + m.getName());
        }
      }
    }
    assertThat(declared).hasSize(20);

    String list;
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream("META-INF/BenchmarkList")) {
      assertThat(in).as("META-INF/BenchmarkList (JMH's annotation processor)").isNotNull();
      list = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Each line: JMH S <len> <class> S <len> <generated class> S <len> <method> ...
    Pattern line =
        Pattern.compile("^JMH S \\d+ (\\S+) S \\d+ \\S+ S \\d+ (\\S+) ", Pattern.MULTILINE);
    Set<String> listed = new TreeSet<>();
    Matcher m = line.matcher(list);
    while (m.find()) {
      listed.add(m.group(1) + "." + m.group(2));
    }
    assertThat(listed).isEqualTo(declared);
  }
}
