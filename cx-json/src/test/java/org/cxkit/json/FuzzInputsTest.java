package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Jazzer fuzz tests run, in a plain build, over the inputs checked in next to them; without
 * them (a renamed class or method, a lost directory) they quietly run the empty input only. This
 * fails instead, naming the directory it looked for.
 */
class FuzzInputsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ModelReaderFuzzTest, readDocument, 5",
    "ResultReaderFuzzTest, readResult, 4",
    "JsonLinesFuzzTest, lines, 2",
  })
  void regressionInputsArePresent(String testClass, String method, int atLeast)
      throws IOException, URISyntaxException, ClassNotFoundException {
    String dir = testClass + "Inputs/" + method;
    URL url = FuzzInputsTest.class.getResource(dir);
    assertThat(url)
        .as(
            "fuzz regression inputs of %s.%s: resource org/cxkit/json/%s"
                + " (src/test/resources/org/cxkit/json/%s)",
            testClass, method, dir, dir)
        .isNotNull();
    Class<?> test =
        Class.forName("org.cxkit.json." + testClass, false, getClass().getClassLoader());
    assertThat(test.getDeclaredMethods()).extracting("name").as("fuzz method").contains(method);
    Path path = Path.of(url.toURI());
    try (Stream<Path> files = Files.list(path)) {
      assertThat(files.filter(Files::isRegularFile).count())
          .as("inputs in %s", path)
          .isGreaterThanOrEqualTo(atLeast);
    }
  }
}
