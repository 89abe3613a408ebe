package org.cxkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs every {@code ```java} block of the README, in order, in one JShell session, and checks each
 * claim the README makes about output (a {@code // ...} comment after a {@code println}, or comment
 * lines of their own after a statement) against what that one statement printed, not against the
 * block's whole output.
 */
class ReadmeTest {
  private static final Pattern FENCE = Pattern.compile("(?ms)^```(java|jshell)\\n(.*?)^```");
  private static final Pattern PRINTED = Pattern.compile("^(?:\\s*|(.*\\);\\s*))// (.*)$");

  static Path repoRoot() {
    String root = System.getProperty("cx.repo.root");
    Path p = root != null ? Path.of(root) : Path.of("..");
    return p.toAbsolutePath().normalize();
  }

  /**
   * A fenced code block: {@code java} (a file of Java code) or {@code jshell} (typed into JShell).
   */
  record Block(String language, String code) {}

  static List<Block> codeBlocks(Path markdown) throws IOException {
    String text = Files.readString(markdown, StandardCharsets.UTF_8);
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(text);
    while (m.find()) {
      blocks.add(new Block(m.group(1), m.group(2)));
    }
    return blocks;
  }

  /**
   * A claim the README makes about output, at {@code line} (0-based) of its block: a comment line
   * of its own, or a {@code // text} comment {@code trailing} a line that ends in {@code );}, which
   * is a claim when that line ends a {@code System.out.println} statement.
   */
  record Claim(int line, String text, boolean trailing) {}

  /** The claims of a block, in order; none is left out. */
  static List<Claim> claims(String block) {
    List<Claim> claims = new ArrayList<>();
    String[] lines = block.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = PRINTED.matcher(lines[i]);
      if (m.matches()) {
        claims.add(new Claim(i, m.group(2).strip(), m.group(1) != null));
      }
    }
    return claims;
  }

  /**
   * Checks the claims about one snippet against what that snippet printed (JShell's echoes of
   * values are not part of it): claim after claim, printed line after printed line, from the first
   * line to the last. A claim ending in {@code ...} is the start of its line; a claim that is only
   * {@code ...} stands for any number of lines (at the end: for whatever follows).
   *
   * @return why the claims do not hold, or empty when they do
   */
  static Optional<String> mismatch(List<String> claims, String printed) {
    List<String> out = printed.lines().map(String::strip).toList();
    int at = 0;
    boolean skipping = false;
    for (String raw : claims) {
      String claim = raw.strip();
      if (claim.equals("...")) {
        skipping = true;
        continue;
      }
      int found = -1;
      for (int i = at; i < out.size(); i++) {
        if (matches(claim, out.get(i))) {
          found = i;
          break;
        }
        if (!skipping) {
          break;
        }
      }
      if (found < 0) {
        return Optional.of(
            "no printed line "
                + (skipping ? "from line " : "at line ")
                + (at + 1)
                + " matches '"
                + claim
                + "'; printed "
                + out);
      }
      at = found + 1;
      skipping = false;
    }
    if (!skipping && at < out.size()) {
      return Optional.of(
          "printed more than the README says, from line " + (at + 1) + ": printed " + out);
    }
    return Optional.empty();
  }

  private static boolean matches(String claim, String line) {
    if (claim.endsWith("...")) {
      return line.startsWith(claim.substring(0, claim.length() - 3).stripTrailing());
    }
    return line.equals(claim);
  }

  @Test
  void everyCodeBlockOfTheReadmeRunsAndPrintsWhatItSays() throws IOException {
    List<Block> blocks = codeBlocks(repoRoot().resolve("README.md"));
    assertThat(blocks).as("java blocks in README.md").hasSizeGreaterThanOrEqualTo(6);
    int checked = 0;
    try (JShellRunner shell = new JShellRunner()) {
      for (int i = 0; i < blocks.size(); i++) {
        Block b = blocks.get(i);
        String origin = "README.md " + b.language() + " block " + (i + 1);
        List<JShellRunner.Ran> ran =
            b.language().equals("jshell")
                ? shell.runScriptSnippets(b.code(), origin)
                : shell.runSnippets(b.code(), origin);
        Map<Integer, List<String>> bySnippet = new TreeMap<>();
        for (Claim c : claims(b.code())) {
          int owner = -1;
          for (int k = 0; k < ran.size() && ran.get(k).line() <= c.line(); k++) {
            owner = k;
          }
          assertThat(owner)
              .as("%s line %d: a claim before any statement: '%s'", origin, c.line() + 1, c.text())
              .isNotNegative();
          // A trailing comment is a claim on a line that prints, or on the last line of a
          // statement that prints (JShell's snippet source may start with the comments before it).
          String code = ran.get(owner).code();
          boolean prints =
              b.code().split("\n", -1)[c.line()].contains("System.out.println(")
                  || code.startsWith("System.out.println(", JShellRunner.codeStart(code, 0));
          if (c.trailing() && !prints) {
            continue; // a note on a statement that prints nothing, such as "// one per service"
          }
          bySnippet.computeIfAbsent(owner, k -> new ArrayList<>()).add(c.text());
        }
        for (Map.Entry<Integer, List<String>> e : bySnippet.entrySet()) {
          JShellRunner.Ran r = ran.get(e.getKey());
          Optional<String> wrong = mismatch(e.getValue(), r.printed());
          assertThat(wrong).as("%s, the statement at line %d", origin, r.line() + 1).isEmpty();
          checked += e.getValue().size();
        }
      }
    }
    assertThat(checked).as("claims checked in README.md").isGreaterThanOrEqualTo(20);
  }

  /** The claim matcher fails on what a wrong README would say. */
  @Test
  void claimsAreCheckedLineByLine() {
    assertThat(mismatch(List.of("true"), "true\n")).isEmpty();
    assertThat(mismatch(List.of("true"), "false\n")).isPresent();
    assertThat(mismatch(List.of("true"), "true\ntrue\n")).isPresent();
    assertThat(mismatch(List.of("true"), "")).isPresent();
    assertThat(mismatch(List.of("a b ..."), "a b c\n")).isEmpty();
    assertThat(mismatch(List.of("a b ..."), "x\na b c\n")).as("anchored").isPresent();
    assertThat(mismatch(List.of("a ...", "c ..."), "a 1\nc 2\n")).isEmpty();
    assertThat(mismatch(List.of("a ...", "c ..."), "a 1\nb\nc 2\n")).as("next line").isPresent();
    assertThat(mismatch(List.of("a ...", "c ..."), "a 1\nc 2\nd\n")).as("more").isPresent();
    assertThat(mismatch(List.of("a ...", "...", "c ..."), "a 1\nb\nc 2\n")).isEmpty();
    assertThat(mismatch(List.of("a ...", "..."), "a 1\nb\nc 2\n")).isEmpty();
    assertThat(mismatch(List.of("head", "  row", "..."), "head\nrow\nmore\n")).isEmpty();
    assertThat(mismatch(List.of("head", "row", "..."), "head\nother\nrow\n")).isPresent();
    assertThat(mismatch(List.of("head", "...", "last"), "head\nx\ny\nlast\n")).isEmpty();
  }
}
