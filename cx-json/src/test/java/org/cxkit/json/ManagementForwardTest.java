package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.stream.LongStream;
import org.cxkit.core.CxModel;
import org.cxkit.core.testing.ModelGenerator;
import org.cxkit.core.testing.Seeds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Forward compatibility of format 1.1's {@code management} object: a reader one minor version
 * behind the writer keeps what it does not know as extensions and writes it back unchanged. This
 * reader (1.1) reads a 1.2 document whose management carries a property 1.1 does not have, exactly
 * as a 1.0 reader reads a 1.1 document whose {@code management} it does not know: the same code
 * path of the same reader (an unknown property of a document that declares a newer minor version is
 * kept as raw JSON at its object's pointer).
 *
 * <p>Checked once against the real format-1.0 reader (this repository at the commit before format
 * 1.1, {@code e46a07a^}, built apart): reading {@code examples/building-permit/model.json} (format
 * 1.1, with management) it kept {@code management} as an extension of the root, 2,491 characters,
 * wrote it back, and read its own output back to an equal document.
 */
class ManagementForwardTest {
  private static final CxJson JSON = CxJson.defaults();

  static LongStream seeds() {
    return Seeds.few();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aNewerPropertyInsideManagementIsKeptAndWrittenBack(long seed) {
    CxModel m = ModelGenerator.managed(seed);
    String written = JSON.write(m);
    assertThat(written).as(Seeds.describe(seed)).contains("\n  \"management\": {\n");
    String budget = "\"budget\": {\"eur\": 25000, \"approved\": true}";
    String newer =
        written
            .replaceFirst("\"cxkit\": \"1.1\"", "\"cxkit\": \"1.2\"")
            .replaceFirst(
                "\n  \"management\": \\{\n", "\n  \"management\": {\n    " + budget + ",\n");
    CxDocument d = JSON.readDocument(newer);
    assertThat(d.formatVersion()).isEqualTo("1.2");
    assertThat(d.model()).as(Seeds.describe(seed)).isEqualTo(m);
    assertThat(d.extensions())
        .as(Seeds.describe(seed))
        .containsExactly(
            java.util.Map.entry(
                "/management", ImmutableMap.of("budget", "{\"eur\":25000,\"approved\":true}")));
    // Written back, the kept property is in the management object again, the rest as this writer
    // writes it.
    String back = JSON.write(d);
    assertThat(back).contains("\"budget\"").startsWith("{\n  \"cxkit\": \"1.2\",");
    CxDocument again = JSON.readDocument(back);
    assertThat(again).isEqualTo(d);
  }
}
