/**
 * JSON interchange for cxkit models, responses, events and metric results: a versioned, documented
 * format with a JSON Schema, JSON Lines, and readers hardened against hostile input. Other tools'
 * formats (survey exports as CSV, event logs) are in {@code org.cxkit.formats}.
 *
 * <p>{@link org.cxkit.json.CxJson} is the front door; {@link org.cxkit.json.CxJacksonModule} is a
 * Jackson 2 module for hosts that bring their own {@code ObjectMapper}.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.json {
  requires transitive org.cxkit.core;
  requires transitive org.cxkit.metrics;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.annotation;
  requires static transitive org.jspecify;

  exports org.cxkit.json;

  // Jackson reads the annotations of the id mix-ins (nested classes of CxJacksonModule).
  opens org.cxkit.json to
      com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with
      org.cxkit.json.CxJacksonModule;
}
