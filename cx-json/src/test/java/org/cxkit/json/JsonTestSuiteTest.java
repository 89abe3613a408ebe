package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxkit.core.CxModel;
import org.cxkit.metrics.BadInputException.Kind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parsing cases of nst/JSONTestSuite (in {@code ../shared/testdata/JSONTestSuite}, or where
 * {@code -Dcx.testdata} says; a missing suite fails the build, see {@link #suite()}) through every
 * JSON entry point: {@code y_} must parse, {@code n_} must be rejected, {@code i_} may go either
 * way; whatever happens, it is a model or a {@link CxJsonException}, nothing else.
 *
 * <p>A bare JSON value is not a cxkit document, so each case is also embedded as the value of an
 * unknown property of a format 1.2 document (kept as an extension): there a {@code y_} case must be
 * read and an {@code n_} case must fail as malformed, which tests the parser itself.
 */
class JsonTestSuiteTest {
  static final CxJson JSON = CxJson.defaults();
  static final ObjectMapper HARDENED = JSON.objectMapper();
  static final ObjectMapper HOST = JsonMapper.builder().addModule(new CxJacksonModule()).build();

  /** System property naming the directory that holds {@code JSONTestSuite/test_parsing}. */
  static final String DATA_PROPERTY = "cx.testdata";

  /**
   * Finds {@code JSONTestSuite/test_parsing}: under the directory {@code -Dcx.testdata} names, or
   * else under {@code shared/testdata} of the working directory or any directory above it (the
   * checkout's sibling {@code ../shared/testdata}, from a module, a worktree or the checkout root).
   * Fails, saying every place it looked, if the data is in none of them: a missing suite is a
   * broken build, never a test that quietly runs zero cases.
   */
  static Path suite() {
    return suite(System.getProperty(DATA_PROPERTY, ""), Path.of("").toAbsolutePath());
  }

  static Path suite(String configured, Path start) {
    List<Path> tried = new ArrayList<>();
    if (!configured.isBlank()) {
      tried.add(Path.of(configured.trim(), "JSONTestSuite", "test_parsing"));
    } else {
      for (Path d = start; d != null; d = d.getParent()) {
        tried.add(d.resolve(Path.of("shared", "testdata", "JSONTestSuite", "test_parsing")));
      }
    }
    for (Path dir : tried) {
      if (Files.isDirectory(dir)) {
        return dir;
      }
    }
    throw new AssertionError(
        "JSONTestSuite data not found (nst/JSONTestSuite, its test_parsing directory); looked in:\n  "
            + String.join("\n  ", tried.stream().map(Path::toString).toList())
            + "\nPut the suite at ../shared/testdata/JSONTestSuite next to the checkout, or pass -D"
            + DATA_PROPERTY
            + "=<directory that holds JSONTestSuite>.");
  }

  /** Every entry point; each returns normally or throws. */
  static List<ThrowingRunnable> entryPoints(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<ThrowingRunnable> l = new ArrayList<>();
    l.add(() -> JSON.readDocument(bytes));
    l.add(() -> JSON.readDocument(new ByteArrayInputStream(bytes)));
    l.add(() -> JSON.readDocument(text));
    l.add(() -> JSON.readDocument(new StringReader(text)));
    l.add(() -> HARDENED.readValue(bytes, CxModel.class));
    l.add(() -> HARDENED.readValue(bytes, CxDocument.class));
    l.add(() -> HOST.readValue(bytes, CxModel.class));
    l.add(
        () ->
            JsonLines.builder()
                .onBadInput(org.cxkit.metrics.BadInput.collect(10))
                .build()
                .readResponses(new ByteArrayInputStream(bytes), x -> {}));
    l.add(() -> JsonLines.builder().build().readEvents(new StringReader(text), x -> {}));
    l.add(() -> JSON.readResult(bytes, org.cxkit.metrics.MetricResult.class));
    l.add(() -> JSON.readResult(text, org.cxkit.metrics.analysis.ScorecardResult.class));
    l.add(
        () ->
            JSON.readResult(
                new ByteArrayInputStream(bytes), org.cxkit.metrics.analysis.UpliftResult.class));
    return l;
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @TestFactory
  Stream<DynamicTest> parsingCases() throws IOException {
    Path dir = suite();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("JSONTestSuite cases in " + dir).hasSizeGreaterThan(300);
    return files.stream()
        .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  @Test
  void aMissingSuiteFailsAndSaysWhereItLooked(@TempDir Path empty) {
    assertThatThrownBy(() -> suite(empty.toString(), empty))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(empty.resolve("JSONTestSuite").resolve("test_parsing").toString())
        .hasMessageContaining("-Dcx.testdata=");
    Path deep = empty.resolve("a").resolve("b");
    // A machine may hold the suite above the temporary directory (a shared/ beside /tmp): then the
    // walk up must find that one; otherwise it fails naming every directory it tried.
    Path above = null;
    for (Path d = empty; d != null && above == null; d = d.getParent()) {
      Path candidate = d.resolve(Path.of("shared", "testdata", "JSONTestSuite", "test_parsing"));
      above = Files.isDirectory(candidate) ? candidate : null;
    }
    if (above != null) {
      assertThat(suite("", deep)).isEqualTo(above);
      return;
    }
    assertThatThrownBy(() -> suite("", deep))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(deep.resolve("shared").resolve("testdata").toString())
        .hasMessageContaining(empty.resolve("shared").resolve("testdata").toString());
  }

  @Test
  void theSuiteIsFoundAboveTheWorkingDirectory(@TempDir Path root) throws IOException {
    Path data = Files.createDirectories(root.resolve("shared/testdata/JSONTestSuite/test_parsing"));
    Path module = Files.createDirectories(root.resolve("wt/json/cx-json"));
    assertThat(suite("", module)).isEqualTo(data);
    assertThat(suite(root.resolve("shared/testdata").toString(), module)).isEqualTo(data);
  }

  static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    byte[] bytes = Files.readAllBytes(file);
    long start = System.nanoTime();
    // 1. Every entry point: a model or CxJsonException. An ObjectMapper (CxJson.objectMapper() or a
    //    host's) may also throw Jackson's own exceptions before cxkit's deserializer is reached.
    List<ThrowingRunnable> points = entryPoints(bytes);
    for (int i = 0; i < points.size(); i++) {
      try {
        points.get(i).run();
      } catch (CxJsonException e) {
        if (name.startsWith("y_") && !name.startsWith("y_object_duplicated_key") && i < 4) {
          assertThat(e.kind())
              .as(name + " via entry point " + i + ": " + e.getMessage())
              .isNotIn(Kind.SYNTAX, Kind.ENCODING);
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        if (i < 4) {
          fail(name + " via entry point " + i + " threw " + e.getClass().getName());
        }
      } catch (Exception | Error e) {
        fail(name + " via entry point " + i + " threw " + e, e);
      }
    }
    // 2. Embedded as an extension value: y_ must be read, n_ must be rejected as malformed.
    byte[] prefix = "{\"cxkit\":\"1.2\",\"name\":\"m\",\"x\":".getBytes(StandardCharsets.UTF_8);
    byte[] suffix = "}".getBytes(StandardCharsets.UTF_8);
    byte[] doc = new byte[prefix.length + bytes.length + suffix.length];
    System.arraycopy(prefix, 0, doc, 0, prefix.length);
    System.arraycopy(bytes, 0, doc, prefix.length, bytes.length);
    System.arraycopy(suffix, 0, doc, prefix.length + bytes.length, suffix.length);
    try {
      CxDocument d = JSON.readDocument(doc);
      assertThat(name).as("accepted " + name).doesNotStartWith("n_");
      // What was kept is written back and reads to the same document.
      assertThat(JSON.readDocument(JSON.write(d))).as(name).isEqualTo(d);
    } catch (CxJsonException e) {
      if (name.startsWith("y_")
          && !name.startsWith("y_object_duplicated_key")
          && e.kind() != Kind.LIMIT) {
        fail(name + " embedded was rejected: " + e.getMessage());
      }
    } catch (RuntimeException | Error e) {
      fail(name + " embedded threw " + e, e);
    }
    // 3. Embedded as an unknown property of a newer-minor results document: the same rule.
    byte[] rprefix =
        ("{\"cxkit\":\"1.1\",\"kind\":\"nps-result\",\"histogram\":{\"min\":0,\"max\":10,"
                + "\"better\":\"HIGHER_IS_BETTER\",\"topBox\":2,\"goodBox\":2,\"bottomBox\":7,"
                + "\"counts\":[1,0,0,0,0,0,0,2,0,0,3]},\"x\":")
            .getBytes(StandardCharsets.UTF_8);
    byte[] rdoc = new byte[rprefix.length + bytes.length + suffix.length];
    System.arraycopy(rprefix, 0, rdoc, 0, rprefix.length);
    System.arraycopy(bytes, 0, rdoc, rprefix.length, bytes.length);
    System.arraycopy(suffix, 0, rdoc, rprefix.length + bytes.length, suffix.length);
    try {
      assertThat(JSON.readResult(rdoc, org.cxkit.metrics.NpsResult.class))
          .as(name)
          .isEqualTo(org.cxkit.metrics.NpsResult.ofCounts(1, 2, 3));
      assertThat(name).as("accepted in a result " + name).doesNotStartWith("n_");
    } catch (CxJsonException e) {
      if (name.startsWith("y_")
          && !name.startsWith("y_object_duplicated_key")
          && e.kind() != Kind.LIMIT) {
        fail(name + " embedded in a result was rejected: " + e.getMessage());
      }
    } catch (RuntimeException | Error e) {
      fail(name + " embedded in a result threw " + e, e);
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .as(name)
        .isLessThan(Duration.ofSeconds(5));
  }
}
