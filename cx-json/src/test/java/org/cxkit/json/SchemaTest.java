package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.stream.Collectors;
import org.cxkit.core.CxModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed JSON Schema accepts everything the writer produces and rejects invalid documents.
 */
class SchemaTest {
  static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(CxJson.schema(), InputFormat.JSON);

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  static void assertValid(String json) {
    List<Error> errors = errors(json);
    assertThat(errors)
        .as(() -> errors.stream().map(Error::toString).collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void writtenDocumentsValidate() {
    for (CxModel m : List.of(Fixtures.rich(), Fixtures.minimal(), Fixtures.large(3, 20))) {
      assertValid(CxJson.defaults().write(m));
    }
  }

  @Test
  void goldenDocumentValidates() {
    assertValid(CxJsonTest.golden("rich-1.0.json"));
  }

  @Test
  void schemaHasAStableIdAndDialect() {
    assertThat(CxJson.schema())
        .contains("\"$id\": \"https://cxkit.org/schema/v1.1/cxkit-model.schema.json\"")
        .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
  }

  /** Each row: a replacement in the rich golden document that the schema must reject. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "\"cxkit\": \"1.0\"|\"cxkit\": \"2.0\"",
        "\"cxkit\": \"1.0\"|\"cxkit\": 1.0",
        "\"name\": \"Acme Telecom\"|\"name\": \"  \"",
        "\"name\": \"Acme Telecom\"|\"nmae\": \"Acme Telecom\"",
        "\"min\": 1|\"min\": 1.5",
        "\"min\": 1|\"min\": \"1\"",
        "\"min\": 1|\"min\": null",
        "\"topBox\": 1|\"topBox\": 0",
        "\"better\": \"LOWER_IS_BETTER\"|\"better\": \"lower\"",
        "\"id\": \"busy-parent\"|\"id\": \"Busy Parent\"",
        "\"channel\": \"WEB\"|\"channel\": \"web\"",
        "\"controllable\": true|\"controllable\": \"yes\"",
        "\"threshold\": 4.2|\"threshold\": \"4.2\"",
        "\"phase\": \"BEFORE\"|\"phase\": \"EARLY\"",
        "\"assessedOn\": \"2026-03-01\"|\"assessedOn\": \"1 March 2026\"",
        "\"CUSTOMER\": 8|\"CUSTOMER\": 0",
        "\"SURPRISES\": \"Faster than promised\"|\"SURPRISED\": \"Faster than promised\"",
        "\"APP\",|\"CHAT\",",
        "\"kind\": \"EXCEPTION\"|\"kind\": \"EXCEPTIONAL\"",
        "\"receiver\": \"customer\",|\"channelx\": \"customer\",",
      })
  void invalidDocumentsAreRejected(String from, String to) {
    String golden = CxJsonTest.golden("rich-1.0.json");
    assertThat(golden).contains(from);
    String bad =
        golden.replaceFirst(
            java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    assertThat(errors(bad)).as(bad).isNotEmpty();
  }

  @Test
  void communicationNeedsBothActorsAndActionHasNoReceiver() {
    String golden = CxJsonTest.golden("rich-1.0.json");
    assertThat(errors(golden.replaceFirst("\"receiver\": \"customer\",", ""))).isNotEmpty();
    assertThat(
            errors(
                golden.replaceFirst(
                    "\"initiator\": \"customer\",\n              \"channel\": \"WEB\"",
                    "\"initiator\": \"customer\",\n              \"receiver\": \"organisation\",\n              \"channel\": \"WEB\"")))
        .isNotEmpty();
  }
}
