package org.cxkit.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * Runs Java source the way a user's JShell session would, in this JVM with the test class path,
 * and returns what it printed. Any snippet that does not compile or throws fails the test, naming
 * the snippet.
 */
final class JShellRunner implements AutoCloseable {
  private final JShell shell;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

  JShellRunner() {
    PrintStream sink = new PrintStream(captured, true, StandardCharsets.UTF_8);
    shell = JShell.builder().executionEngine("local").out(sink).err(sink).build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
  }

  /** Evaluates every snippet of {@code source} in order; returns what they printed. */
  String run(String source, String origin) {
    PrintStream realOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      String remaining = source;
      SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
        if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
          break;
        }
        if (!info.completeness().isComplete()) {
          fail("%s: incomplete snippet: %s", origin, remaining.strip());
        }
        String snippet = info.source();
        remaining = info.remaining();
        for (SnippetEvent e : shell.eval(snippet)) {
          if (e.status() == Snippet.Status.REJECTED) {
            String diags = shell.diagnostics(e.snippet())
                .map(d -> d.getMessage(null))
                .collect(Collectors.joining("; "));
            fail("%s: snippet does not compile: %s%n  %s", origin, snippet.strip(), diags);
          }
          if (e.exception() != null) {
            fail("%s: snippet threw %s: %s", origin, e.exception(), snippet.strip());
          }
        }
      }
    } finally {
      System.setOut(realOut);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    shell.close();
  }

  @SuppressWarnings("unused")
  private static String describe(Diag d) {
    return d.getMessage(null);
  }
}
