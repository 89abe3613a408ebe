/**
 * JSON and CSV interchange for cxkit models, responses and metric results: a versioned, documented
 * format with a JSON Schema, and readers hardened against hostile input.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.json {
  requires transitive org.cxkit.core;
  requires transitive org.cxkit.metrics;
  requires transitive com.fasterxml.jackson.databind;
  requires static transitive org.jspecify;

  exports org.cxkit.json;
}
