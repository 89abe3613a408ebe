package org.cxkit.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checker of Mermaid's {@code journey} grammar, written from its Jison source
 * (mermaid-js/mermaid, {@code packages/mermaid/src/diagrams/user-journey/parser/journey.jison}, and
 * {@code journeyDb.ts}'s {@code addTask}): the lexer's rules in their order (the first that matches
 * at a position wins, case-insensitively, as Jison's lexer does), the parser's statements, and how
 * a task's data splits into a score and actors. A document it cannot read throws {@link
 * IllegalArgumentException}.
 */
final class MermaidJourneyGrammar {
  /** A task: its name as the parser keeps it, its score as {@code Number(...)} reads it, actors. */
  record Task(String name, double score, List<String> actors) {}

  /** A section and its tasks. */
  record Section(String name, List<Task> tasks) {}

  /** What the parser keeps of a document. */
  record Diagram(String title, List<Section> sections, List<String> comments) {}

  /** JavaScript's {@code \s} (Java's is ASCII only). */
  private static final String S =
      "[\\s\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF]";

  private enum Kind {
    SKIP_COMMENT,
    NEWLINE,
    SKIP,
    JOURNEY,
    TITLE,
    ACC_TITLE,
    ACC_DESCR,
    ACC_DESCR_MULTILINE,
    SECTION,
    TASK_NAME,
    TASK_DATA,
    COLON,
    INVALID
  }

  private record Rule(Pattern pattern, Kind kind) {}

  private static final List<Rule> RULES =
      List.of(
          rule("%%(?!\\{)[^\\n]*", Kind.SKIP_COMMENT),
          rule("[^}]%%[^\\n]*", Kind.SKIP_COMMENT),
          rule("[\\n]+", Kind.NEWLINE),
          rule(S + "+", Kind.SKIP),
          rule("#[^\\n]*", Kind.SKIP_COMMENT),
          rule("journey", Kind.JOURNEY),
          rule("title" + S + "[^#\\n;]+", Kind.TITLE),
          rule("accTitle" + S + "*:" + S + "*", Kind.ACC_TITLE),
          rule("accDescr" + S + "*:" + S + "*", Kind.ACC_DESCR),
          rule("accDescr" + S + "*\\{" + S + "*", Kind.ACC_DESCR_MULTILINE),
          rule("section" + S + "[^#:\\n;]+", Kind.SECTION),
          rule("[^#:\\n;]+", Kind.TASK_NAME),
          rule(":[^#\\n;]+", Kind.TASK_DATA),
          rule(":", Kind.COLON),
          rule("[^\\n\\r\\u2028\\u2029]", Kind.INVALID));

  private static Rule rule(String regex, Kind kind) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), kind);
  }

  private record Token(Kind kind, String text) {}

  private MermaidJourneyGrammar() {}

  static List<String> comments(String doc) {
    List<String> out = new ArrayList<>();
    for (String line : doc.split("\n", -1)) {
      if (line.strip().startsWith("%%")) {
        out.add(line.strip().substring(2).strip());
      }
    }
    return out;
  }

  private static List<Token> lex(String doc) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    while (at < doc.length()) {
      Token found = null;
      for (Rule r : RULES) {
        Matcher m = r.pattern().matcher(doc).region(at, doc.length());
        if (m.lookingAt() && m.end() > at) {
          found = new Token(r.kind(), m.group());
          at = m.end();
          break;
        }
      }
      if (found == null || found.kind() == Kind.INVALID) {
        throw new IllegalArgumentException("no token at offset " + at);
      }
      if (found.kind() == Kind.ACC_TITLE || found.kind() == Kind.ACC_DESCR) {
        // <acc_title>/<acc_descr> state: the value runs to the end of the line.
        int end = doc.indexOf('\n', at);
        at = end < 0 ? doc.length() : end;
        continue;
      }
      if (found.kind() == Kind.ACC_DESCR_MULTILINE) {
        int end = doc.indexOf('}', at);
        if (end < 0) {
          throw new IllegalArgumentException("an accDescr { is not closed");
        }
        at = end + 1;
        continue;
      }
      if (found.kind() != Kind.SKIP && found.kind() != Kind.SKIP_COMMENT) {
        tokens.add(found);
      }
    }
    return tokens;
  }

  /** Parses a document: {@code journey}, then lines of title, section or task statements. */
  static Diagram parse(String doc) {
    List<Token> tokens = lex(doc);
    if (tokens.isEmpty() || tokens.get(0).kind() != Kind.JOURNEY) {
      throw new IllegalArgumentException("a journey diagram starts with 'journey'");
    }
    String title = "";
    List<Section> sections = new ArrayList<>();
    List<Task> tasks = null;
    for (int i = 1; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      switch (t.kind()) {
        case NEWLINE -> {}
        case TITLE -> title = t.text().substring(6);
        case SECTION -> {
          tasks = new ArrayList<>();
          sections.add(new Section(t.text().substring(8), tasks));
        }
        case TASK_NAME -> {
          if (i + 1 >= tokens.size() || tokens.get(i + 1).kind() != Kind.TASK_DATA) {
            throw new IllegalArgumentException("a task name without its data, token " + i);
          }
          String data = tokens.get(++i).text();
          String[] pieces = data.substring(1).split(":", -1);
          double score = number(pieces[0]);
          List<String> actors = new ArrayList<>();
          if (pieces.length > 1) {
            for (String a : pieces[1].split(",", -1)) {
              actors.add(a.strip());
            }
          }
          if (tasks == null) {
            tasks = new ArrayList<>();
            sections.add(new Section("", tasks));
          }
          tasks.add(new Task(t.text(), score, actors));
        }
        default -> throw new IllegalArgumentException("unexpected " + t.kind() + ", token " + i);
      }
    }
    return new Diagram(title, sections, comments(doc));
  }

  /** JavaScript's {@code Number(text)} for the decimal forms: trimmed, empty is 0, else NaN. */
  private static double number(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return 0;
    }
    try {
      return s.matches("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?")
          ? Double.parseDouble(s)
          : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
