package org.cxkit.examples.service;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cxkit.core.CxModel;
import org.cxkit.json.CxJson;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The service's entry point and wiring: one {@link CxJson} (thread-safe, hardened) and the models
 * {@code /scorecard} knows, read at startup from {@code cxkit.models} (a directory whose
 * subdirectories hold a {@code model.json}; the id is the subdirectory's name).
 *
 * <pre>
 * mvn -pl examples/service spring-boot:run
 * curl -X POST -H 'Content-Type: application/json' \
 *   --data-binary @examples/waffle-wednesday/model.json localhost:8080/check
 * </pre>
 */
@SpringBootApplication
public class CxServiceApplication {
  /** Creates the configuration; Spring calls it. */
  public CxServiceApplication() {}

  /**
   * Starts the service.
   *
   * @param args Spring Boot's arguments ({@code --server.port=8081}, {@code --cxkit.models=dir})
   */
  public static void main(String[] args) {
    SpringApplication.run(CxServiceApplication.class, args);
  }

  /**
   * cxkit's JSON reader and writer, one per service.
   *
   * @return the instance
   */
  @Bean
  public CxJson cxJson() {
    return CxJson.defaults();
  }

  /**
   * The models by id, read once at startup.
   *
   * @param json the reader
   * @param dir the directory of the models
   * @return the models
   * @throws IOException if the directory cannot be listed or a model cannot be read
   */
  @Bean
  public Models models(CxJson json, @Value("${cxkit.models:examples}") Path dir)
      throws IOException {
    Map<String, CxModel> models = new TreeMap<>();
    try (DirectoryStream<Path> subdirs = Files.newDirectoryStream(dir, Files::isDirectory)) {
      for (Path d : subdirs) {
        Path file = d.resolve("model.json");
        if (Files.isRegularFile(file)) {
          models.put(d.getFileName().toString(), json.readModel(file));
        }
      }
    }
    return new Models(ImmutableMap.copyOf(models));
  }
}
