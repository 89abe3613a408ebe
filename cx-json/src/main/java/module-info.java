/**
 * JSON and CSV interchange for cxkit models, responses and metric results: a versioned, documented
 * format with a JSON Schema, and readers hardened against hostile input.
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
  requires com.fasterxml.jackson.dataformat.csv;
  requires static transitive org.jspecify;

  exports org.cxkit.json;

  // Jackson reads the annotations of the id mix-ins (nested classes of CxJacksonModule).
  opens org.cxkit.json to
      com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with
      org.cxkit.json.CxJacksonModule;
}
