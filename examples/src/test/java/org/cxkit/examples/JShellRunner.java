package org.cxkit.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;

/**
 * Runs Java source the way a user's JShell session would, in this JVM with the test class path, and
 * returns what it printed. Any snippet that does not compile or throws fails the test, naming the
 * snippet.
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

  /**
   * Evaluates Java source, as in a file of Java code (snippets may span lines freely); returns what
   * it printed.
   */
  String run(String source, String origin) {
    return capture(
        () -> {
          String remaining = source;
          while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info =
                shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
              break;
            }
            if (!info.completeness().isComplete()) {
              fail("%s: incomplete snippet: %s", origin, remaining.strip());
            }
            eval(info.source(), origin);
            remaining = info.remaining();
          }
        });
  }

  /**
   * Evaluates a JShell script as the {@code jshell} tool reads it: line by line, a snippet ending
   * at the first line where it is complete; JShell commands ({@code /exit}) are left out.
   */
  String runScript(String script, String origin) {
    return capture(
        () -> {
          StringBuilder pending = new StringBuilder();
          for (String line : script.split("\n", -1)) {
            if (pending.length() == 0 && line.startsWith("/")) {
              continue;
            }
            pending.append(line).append('\n');
            SourceCodeAnalysis.CompletionInfo info =
                shell.sourceCodeAnalysis().analyzeCompletion(pending.toString());
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
              pending.setLength(0);
            } else if (info.completeness().isComplete()) {
              eval(info.source(), origin);
              pending.setLength(0);
              pending.append(info.remaining());
            }
          }
          if (!pending.toString().isBlank()) {
            fail("%s: incomplete snippet at the end: %s", origin, pending.toString().strip());
          }
        });
  }

  private String capture(Runnable body) {
    PrintStream realOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(realOut);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void eval(String snippet, String origin) {
    for (SnippetEvent e : shell.eval(snippet)) {
      if (e.status() == Snippet.Status.REJECTED) {
        String diags =
            shell
                .diagnostics(e.snippet())
                .map(d -> d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("; "));
        fail("%s: snippet does not compile: %s%n  %s", origin, snippet.strip(), diags);
      }
      if (e.exception() != null) {
        fail("%s: snippet threw %s: %s", origin, e.exception(), snippet.strip());
      }
      // Like the jshell tool: show the value of expressions and variable declarations.
      if (e.value() != null && !e.value().isEmpty()) {
        if (e.snippet() instanceof VarSnippet v) {
          System.out.println(v.name() + " ==> " + e.value());
        } else if (e.snippet().kind() == Snippet.Kind.EXPRESSION) {
          System.out.println(e.value());
        }
      }
    }
  }

  @Override
  public void close() {
    shell.close();
  }
}
