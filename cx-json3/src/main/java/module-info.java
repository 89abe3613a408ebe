/**
 * A Jackson 3 ({@code tools.jackson}) module for hosts that bring their own {@code JsonMapper},
 * such as Spring Boot 4 services: {@link org.cxkit.json3.CxJackson3Module} reads and writes cxkit's
 * values in the cxkit JSON format, with cx-json's strictness, limits and errors.
 */
@org.jspecify.annotations.NullMarked
module org.cxkit.json3 {
  requires transitive org.cxkit.json;
  requires transitive tools.jackson.databind;
  requires tools.jackson.core;
  requires static transitive org.jspecify;

  exports org.cxkit.json3;

  provides tools.jackson.databind.JacksonModule with
      org.cxkit.json3.CxJackson3Module;
}
