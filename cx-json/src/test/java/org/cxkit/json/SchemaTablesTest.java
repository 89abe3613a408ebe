package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.cxkit.metrics.MetricResult;
import org.junit.jupiter.api.Test;

/**
 * The property tables that drive the readers and writers and the committed JSON Schemas name the
 * same properties: for every object type reachable from a document's root, the schema lists exactly
 * the table's properties, requires exactly its required ones, and gives each the JSON type (and,
 * for enumerated strings, the constants) of its codec. A property added to a table and not to the
 * schema, or the other way round, fails here.
 */
class SchemaTablesTest {
  static final ObjectMapper TREE = new ObjectMapper();

  /** Walks a table and the schema of its objects side by side, collecting every disagreement. */
  static final class Walk {
    final JsonNode root;
    final List<String> problems = new ArrayList<>();
    final Set<String> walked = new LinkedHashSet<>();

    Walk(String schema) throws Exception {
      this.root = TREE.readTree(schema);
    }

    /** Follows {@code $ref}s within the document. */
    JsonNode resolve(JsonNode s) {
      while (s.has("$ref")) {
        String ref = s.get("$ref").asText();
        assertThat(ref).startsWith("#/");
        s = root.at(ref.substring(1));
        assertThat(s.isMissingNode()).as("$ref %s", ref).isFalse();
      }
      return s;
    }

    void object(ObjectCodec<?, ?> table, JsonNode schema, String at, Set<String> envelope) {
      JsonNode s = resolve(schema);
      walked.add(table.what);
      Set<String> declared = new TreeSet<>();
      Set<String> required = new TreeSet<>();
      for (Prop<?, ?, ?> p : table.props) {
        declared.add(p.name);
        if (p.mode == Prop.Mode.REQUIRED) {
          required.add(p.name);
        }
      }
      Set<String> inSchema = new TreeSet<>();
      s.path("properties").fieldNames().forEachRemaining(inSchema::add);
      inSchema.removeAll(envelope);
      if (!inSchema.equals(declared)) {
        problems.add(at + " (" + table.what + "): schema " + inSchema + ", table " + declared);
      }
      if (!"object".equals(s.path("type").asText())) {
        problems.add(at + " (" + table.what + "): schema type is not object");
      }
      if (!s.path("additionalProperties").isBoolean()
          || s.path("additionalProperties").asBoolean()) {
        problems.add(at + " (" + table.what + "): schema allows additional properties");
      }
      Set<String> schemaRequired = new TreeSet<>();
      s.path("required").forEach(n -> schemaRequired.add(n.asText()));
      schemaRequired.removeAll(envelope);
      if (!schemaRequired.equals(required)) {
        problems.add(
            at
                + " ("
                + table.what
                + "): schema requires "
                + schemaRequired
                + ", table "
                + required);
      }
      for (Prop<?, ?, ?> p : table.props) {
        JsonNode ps = s.path("properties").path(p.name);
        if (!ps.isMissingNode()) {
          value(p.codec, ps, at + "/" + p.name);
        }
      }
    }

    @SuppressWarnings("ReferenceEquality") // the one nested-result codec
    void value(Codec<?, ?> codec, JsonNode schema, String at) {
      JsonNode s = resolve(schema);
      if (codec == ResultFormat.RESULT) {
        metricResult(s, at);
        return;
      }
      if (!s.has("type") && !s.has("enum") && !s.has("const") && s.has("allOf")) {
        s = resolve(s.get("allOf").get(0)); // a type narrowed by further constraints
      }
      String type =
          s.has("type")
              ? s.get("type").asText()
              : s.has("enum") || s.path("const").isTextual() ? "string" : "";
      String expected = codec.jsonType();
      if (!type.equals(expected) && !(expected.equals("number") && type.equals("integer"))) {
        problems.add(at + ": schema type " + type + ", codec " + expected);
      }
      ObjectCodec<?, ?> table = codec.table();
      if (table != null) {
        object(table, s, at, Set.of());
        return;
      }
      Codec<?, ?> elements = codec.elements();
      if (elements != null && expected.equals("array")) {
        if (s.has("items")) {
          value(elements, s.get("items"), at + "/*");
        } else {
          int i = 0;
          for (JsonNode item : s.path("prefixItems")) {
            value(elements, item, at + "/" + i++);
          }
          if (i == 0) {
            problems.add(at + ": schema gives no items");
          }
        }
        return;
      }
      if (!codec.constants().isEmpty()) {
        Set<String> constants = new TreeSet<>(codec.constants());
        Set<String> inSchema = new TreeSet<>();
        if (expected.equals("object")) { // an object keyed by the constants
          s.path("properties").fieldNames().forEachRemaining(inSchema::add);
          for (String k : inSchema) {
            value(
                java.util.Objects.requireNonNull(elements),
                s.path("properties").path(k),
                at + "/" + k);
          }
        } else {
          s.path("enum").forEach(n -> inSchema.add(n.asText()));
        }
        if (!inSchema.equals(constants)) {
          problems.add(at + ": schema " + inSchema + ", codec " + constants);
        }
      }
    }

    /** A nested metric result: the schema offers every kind that writes a metric result. */
    void metricResult(JsonNode s, String at) {
      Set<String> inSchema = new TreeSet<>();
      for (JsonNode branch : s.path("oneOf")) {
        JsonNode b = resolve(branch);
        JsonNode kind = b.path("properties").path("kind");
        inSchema.add(kind.has("const") ? kind.get("const").asText() : "(host kinds)");
      }
      Set<String> kinds = new TreeSet<>();
      for (ResultKind<?> k : ResultFormat.KINDS) {
        if (MetricResult.class.isAssignableFrom(k.type())) {
          kinds.add(k.name());
        }
      }
      kinds.add("(host kinds)");
      if (!inSchema.equals(kinds)) {
        problems.add(at + ": schema offers " + inSchema + ", kinds " + kinds);
      }
    }
  }

  @Test
  void theModelSchemaNamesTheTablesProperties() throws Exception {
    Walk w = new Walk(CxJson.schema());
    w.object(ModelFormat.ROOT, w.root, "", Set.of());
    assertThat(w.problems).isEmpty();
    assertThat(w.walked)
        .contains(
            "cxkit document",
            "strategy",
            "business goal",
            "offering",
            "value proposition",
            "segment",
            "market analysis",
            "competitor",
            "insight",
            "experience intent",
            "maturity",
            "measure",
            "scale",
            "persona",
            "profile",
            "journey",
            "provenance",
            "stage",
            "touchpoint",
            "frontstage",
            "backstage",
            "touchpoint goals",
            "metric target",
            "transition");
  }

  @Test
  void theResultsSchemaNamesEveryKindsProperties() throws Exception {
    Walk w = new Walk(CxJson.resultsSchema());
    List<String> kindsInSchema = new ArrayList<>();
    for (JsonNode branch : w.root.path("oneOf")) {
      JsonNode b = w.resolve(branch);
      JsonNode kind = b.path("properties").path("kind");
      if (kind.has("const")) {
        kindsInSchema.add(kind.get("const").asText());
        ResultKind<?> k =
            ResultFormat.KINDS.stream()
                .filter(x -> x.name().equals(kind.get("const").asText()))
                .findFirst()
                .orElseThrow();
        w.object(k.codec(), b, "(" + k.name() + ")", Set.of(TableReader.VERSION_PROPERTY));
      } else {
        assertThat(kind.path("pattern").asText()).as("the host kinds' branch").isNotEmpty();
      }
    }
    assertThat(w.problems).isEmpty();
    assertThat(kindsInSchema)
        .containsExactlyInAnyOrderElementsOf(
            ResultFormat.KINDS.stream().map(ResultKind::name).toList());
    assertThat(w.walked)
        .contains(
            "histogram",
            "interval",
            "scorecard row",
            "rollup",
            "reject",
            "metric target",
            "uplift group");
  }

  /** The walk is not vacuous: a property the schema lacks, or an extra one, is found. */
  @Test
  void aDisagreementIsFound() throws Exception {
    ObjectNode schema = (ObjectNode) TREE.readTree(CxJson.schema());
    ObjectNode touchpoint = (ObjectNode) schema.path("$defs").path("touchpoint");
    ((ObjectNode) touchpoint.get("properties")).remove("momentOfTruth");
    ((ArrayNode) touchpoint.get("required")).add("name");
    ((ObjectNode) schema.path("$defs").path("stage").get("properties"))
        .putObject("colour")
        .put("type", "string");
    ((ObjectNode) schema.path("$defs").path("channel")).withArray("enum").add("PIGEON");
    Walk w = new Walk(TREE.writeValueAsString(schema));
    w.object(ModelFormat.ROOT, w.root, "", Set.of());
    assertThat(w.problems)
        .anySatisfy(p -> assertThat(p).contains("touchpoint").contains("momentOfTruth"))
        .anySatisfy(p -> assertThat(p).contains("requires").contains("name"))
        .anySatisfy(p -> assertThat(p).contains("stage").contains("colour"))
        .anySatisfy(p -> assertThat(p).contains("PIGEON"));
  }

  /** The tables themselves refuse to declare a property twice. */
  @Test
  void aTableDeclaresEachPropertyOnce() {
    Prop<String, String, String> a = Prop.required("a", Codecs.STRING, x -> x);
    Prop<String, String, String> b = Prop.required("a", Codecs.STRING, x -> x);
    assertThatThrownBy(() -> ObjectCodec.of("thing", (v, r) -> "", a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"a\" declared twice");
  }
}
