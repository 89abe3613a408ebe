package org.cxkit.json;

import com.fasterxml.jackson.core.Version;
import org.jspecify.annotations.Nullable;

/**
 * The oldest Jackson 2 that cx-json runs on, checked where cx-json starts ({@link CxJson}'s class
 * initialization, {@link CxJacksonModule} registration) so that an older Jackson pinned by a host
 * fails with one clear message naming the version found and the minimum, instead of a {@code
 * NoSuchMethodError} deep inside a parser.
 */
final class JacksonFloor {
  private JacksonFloor() {}

  /** The oldest supported Jackson 2 minor version: 2.{@value}. */
  static final int MINIMUM_MINOR = 21;

  /** The minimum, for messages and documentation. */
  static final String MINIMUM = "2." + MINIMUM_MINOR;

  /** Checks the Jackson core and databind on the class path. */
  static void checkRuntime() {
    check("jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION);
    check("jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION);
  }

  /**
   * Checks one Jackson artifact's version.
   *
   * @throws IllegalStateException if it is older than the minimum
   */
  static void check(String artifact, Version found) {
    String problem = problem(artifact, found);
    if (problem != null) {
      throw new IllegalStateException(problem);
    }
  }

  /** What is wrong with the version found, or null if it is supported (or cannot be told). */
  static @Nullable String problem(String artifact, Version found) {
    if (found.isUnknownVersion()
        || found.getMajorVersion() > 2
        || (found.getMajorVersion() == 2 && found.getMinorVersion() >= MINIMUM_MINOR)) {
      return null;
    }
    return "cx-json needs Jackson "
        + MINIMUM
        + " or later (Jackson 2.x); found "
        + artifact
        + " "
        + found.toString()
        + " on the class path. Align every Jackson artifact to "
        + MINIMUM
        + " or later with com.fasterxml.jackson:jackson-bom (Spring Boot 3: the"
        + " jackson-bom.version property), or use cx-json3 on Jackson 3.";
  }
}
