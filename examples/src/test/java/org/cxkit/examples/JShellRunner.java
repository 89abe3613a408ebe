package org.cxkit.examples;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
  private final StringBuilder echoes = new StringBuilder();

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
   * What one snippet printed: the line (0-based, in the source given) where its code starts, its
   * code, and its standard output, without the value JShell echoes for expressions and variables.
   */
  record Ran(int line, String code, String printed) {}

  /**
   * Evaluates Java source, as in a file of Java code (snippets may span lines freely); returns what
   * it printed, JShell's echoes of values included.
   */
  String run(String source, String origin) {
    runSnippets(source, origin);
    return takeEchoes();
  }

  /** Like {@link #run}, but returns what each snippet printed, in order. */
  List<Ran> runSnippets(String source, String origin) {
    List<Ran> ran = new ArrayList<>();
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
      int at = source.length() - remaining.length();
      ran.add(
          new Ran(
              lineOf(source, codeStart(source, at)), info.source(), eval(info.source(), origin)));
      remaining = info.remaining();
    }
    return ran;
  }

  /**
   * Evaluates a JShell script as the {@code jshell} tool reads it: line by line, a snippet ending
   * at the first line where it is complete; JShell commands ({@code /exit}) are left out. Returns
   * what it printed, JShell's echoes of values included.
   */
  String runScript(String script, String origin) {
    runScriptSnippets(script, origin);
    return takeEchoes();
  }

  /** Like {@link #runScript}, but returns what each snippet printed, in order. */
  List<Ran> runScriptSnippets(String script, String origin) {
    List<Ran> ran = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = 0;
    String[] lines = script.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (pending.length() == 0 && line.startsWith("/")) {
        continue;
      }
      if (pending.toString().isBlank()) {
        start = i;
      }
      pending.append(line).append('\n');
      SourceCodeAnalysis.CompletionInfo info =
          shell.sourceCodeAnalysis().analyzeCompletion(pending.toString());
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        pending.setLength(0);
      } else if (info.completeness().isComplete()) {
        ran.add(new Ran(start, info.source(), eval(info.source(), origin)));
        pending.setLength(0);
        pending.append(info.remaining());
      }
    }
    if (!pending.toString().isBlank()) {
      fail("%s: incomplete snippet at the end: %s", origin, pending.toString().strip());
    }
    return ran;
  }

  /** Everything printed since the last call, JShell's echoes of values included. */
  private String takeEchoes() {
    String all = echoes.toString();
    echoes.setLength(0);
    return all;
  }

  /** The first character at or after {@code at} that is neither white space nor a comment. */
  static int codeStart(String source, int at) {
    int i = at;
    while (i < source.length()) {
      if (Character.isWhitespace(source.charAt(i))) {
        i++;
      } else if (source.startsWith("//", i)) {
        int eol = source.indexOf('\n', i);
        i = eol < 0 ? source.length() : eol + 1;
      } else if (source.startsWith("/*", i)) {
        int close = source.indexOf("*/", i + 2);
        i = close < 0 ? source.length() : close + 2;
      } else {
        break;
      }
    }
    return i;
  }

  static int lineOf(String source, int offset) {
    int line = 0;
    for (int i = 0; i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Evaluates one snippet and returns what it printed; its output, followed by the value JShell
   * echoes, also goes to what {@link #run} and {@link #runScript} return.
   */
  private String eval(String snippet, String origin) {
    PrintStream realOut = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    List<SnippetEvent> events;
    try {
      events = shell.eval(snippet);
    } finally {
      System.setOut(realOut);
    }
    String printed = out.toString(StandardCharsets.UTF_8);
    echoes.append(printed);
    for (SnippetEvent e : events) {
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
          echoes.append(v.name()).append(" ==> ").append(e.value()).append('\n');
        } else if (e.snippet().kind() == Snippet.Kind.EXPRESSION) {
          echoes.append(e.value()).append('\n');
        }
      }
    }
    return printed;
  }

  @Override
  public void close() {
    shell.close();
  }
}
