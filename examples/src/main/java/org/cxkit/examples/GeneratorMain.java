package org.cxkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The command line shared by the seeded example-data generators: OUT.csv [seed] [respondents]. */
final class GeneratorMain {
  /** Writes {@code respondents} rows from {@code seed} to a writer. */
  interface Generator {
    void write(Writer w, long seed, int respondents) throws IOException;
  }

  private GeneratorMain() {}

  static void run(
      String name, String[] args, long defaultSeed, int defaultRespondents, Generator generator)
      throws IOException {
    if (args.length < 1) {
      System.err.println("usage: " + name + " OUT.csv [seed] [respondents]");
      System.exit(2);
    }
    long seed = args.length > 1 ? Long.parseLong(args[1]) : defaultSeed;
    int n = args.length > 2 ? Integer.parseInt(args[2]) : defaultRespondents;
    Path out = Path.of(args[0]);
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      generator.write(w, seed, n);
    }
    System.err.println("wrote " + n + " synthetic respondents to " + out + " (seed " + seed + ")");
  }
}
