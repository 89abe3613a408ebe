package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation.DocumentPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardened XML layer: DTDs (and with them entity bombs and external entities) are refused,
 * depth, attributes and text runs are bounded, and every failure is a {@link BadInputException}
 * with a line and column that quotes nothing of the input. Payloads follow the classic attacks
 * (OWASP XML External Entity Prevention Cheat Sheet; "billion laughs", CVE-2003-1564).
 */
class XmlInputTest {
  static final XmlLimits SMALL = new XmlLimits(8, 4, 200, 10);

  /** Reads a document to its end, returning the local names of its start tags. */
  static List<String> names(String xml, XmlLimits limits) {
    List<String> names = new ArrayList<>();
    try (XmlInput in =
        XmlInput.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), limits)) {
      int e;
      while ((e = in.nextTag("")) != XMLStreamConstants.END_DOCUMENT) {
        if (e == XMLStreamConstants.START_ELEMENT) {
          names.add(in.name());
        }
      }
    }
    return names;
  }

  static BadInputException failure(String xml, XmlLimits limits) {
    BadInputException e = catchThrowableOfType(BadInputException.class, () -> names(xml, limits));
    assertThat(e).as("expected a failure").isNotNull();
    return e;
  }

  @Test
  void readsElementsIgnoringNamespacesAndSkippingText() {
    String xml =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<x:log xmlns:x=\"http://www.xes-standard.org/\"><!-- c < > --><trace a=\"1\">"
            + "t &amp; &#233;<![CDATA[<<]]><?pi x?></trace></x:log>";
    assertThat(names(xml, SMALL)).containsExactly("log", "trace");
  }

  @Test
  @Timeout(10)
  void refusesEntityExpansionBombs() {
    StringBuilder bomb =
        new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append(" <!ENTITY lol").append(i).append(" \"");
      bomb.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    bomb.append("]>\n<lolz>&lol9;</lolz>");
    BadInputException e = failure(bomb.toString(), XmlLimits.DEFAULTS);
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.getMessage()).contains("DTD").contains("line 2").doesNotContain("lol");
  }

  @Test
  void refusesExternalEntities(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "qzsecretmarker");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><r>&xxe;</r>";
    BadInputException e = failure(xxe, XmlLimits.DEFAULTS);
    assertThat(e.getMessage())
        .contains("DTD")
        .doesNotContain("qzsecretmarker")
        .doesNotContain("xxe");
    // an external DTD, and a DOCTYPE hidden behind the BOM and whitespace
    String external = "\uFEFF  <!DOCTYPE r SYSTEM \"" + secret.toUri() + "\"><r/>";
    assertThat(failure(external, XmlLimits.DEFAULTS).getMessage()).contains("DTD");
  }

  @Test
  void refusesUndeclaredEntityReferences() {
    BadInputException e = failure("<r>&qzname;</r>", XmlLimits.DEFAULTS);
    assertThat(e.kind()).isIn(Kind.STRUCTURE, Kind.SYNTAX);
    assertThat(e.getMessage()).doesNotContain("qzname");
  }

  @Test
  void aDoctypeInsideACommentOrCdataIsText() {
    assertThat(names("<r><!-- <!DOCTYPE x> --><![CDATA[<!DOCTYPE y>]]></r>", SMALL))
        .containsExactly("r");
  }

  @Test
  void boundsDepthAttributesAndTextRuns() {
    BadInputException deep = failure("<a>".repeat(9) + "</a>".repeat(9), SMALL);
    assertThat(deep.kind()).isEqualTo(Kind.LIMIT);
    assertThat(deep.reason()).contains("deeper than the limit of 8");

    BadInputException wide = failure("<a p=\"1\" q=\"2\" r=\"3\" s=\"4\" t=\"5\"/>", SMALL);
    assertThat(wide.kind()).isEqualTo(Kind.LIMIT);
    assertThat(wide.reason()).contains("attributes");

    for (String run :
        List.of(
            "<a>" + "x".repeat(300) + "</a>",
            "<a v=\"" + "x".repeat(300) + "\"/>",
            "<a><![CDATA[" + "<".repeat(300) + "]]></a>",
            "<a><!--" + "<".repeat(300) + "--></a>")) {
      BadInputException e = failure(run, SMALL);
      assertThat(e.kind()).as(run.substring(0, 12)).isEqualTo(Kind.LIMIT);
      assertThat(e.getMessage()).contains("limit of 200").contains("line 1").doesNotContain("xxx");
    }
    assertThat(names("<a>" + "x".repeat(190) + "</a>", SMALL)).containsExactly("a");
  }

  @Test
  void deepNestingFailsCleanlyNotWithAStackOverflow() {
    BadInputException e = failure("<a>".repeat(100_000), XmlLimits.DEFAULTS);
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
  }

  @Test
  void malformedXmlAndBadUtf8HaveALocationAndNoContent() {
    BadInputException e = failure("<r>\n  <qzopen></r>", XmlLimits.DEFAULTS);
    assertThat(e.kind()).isEqualTo(Kind.SYNTAX);
    DocumentPosition at = (DocumentPosition) e.location().orElseThrow();
    assertThat(at.line().orElse(0)).isEqualTo(2);
    assertThat(e.getMessage()).doesNotContain("qzopen");

    byte[] bad = {'<', 'r', '>', (byte) 0xC3, (byte) 0x28, '<', '/', 'r', '>'};
    BadInputException enc =
        catchThrowableOfType(
            BadInputException.class,
            () -> {
              try (XmlInput in = XmlInput.open(new ByteArrayInputStream(bad), SMALL)) {
                while (in.nextTag("") != XMLStreamConstants.END_DOCUMENT) {
                  // read to the end
                }
              }
            });
    assertThat(enc.kind()).isEqualTo(Kind.ENCODING);
    assertThat(failure("", SMALL).kind()).isEqualTo(Kind.SYNTAX);
  }

  @Test
  void readsSimpleTextWithinTheLimit() {
    String xml = "<r><id>a &amp; <![CDATA[b]]></id><n><m/></n></r>";
    try (XmlInput in =
        XmlInput.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SMALL)) {
      assertThat(in.nextTag("")).isEqualTo(XMLStreamConstants.START_ELEMENT);
      assertThat(in.nextTag("")).isEqualTo(XMLStreamConstants.START_ELEMENT);
      assertThat(in.text("/id")).isEqualTo("a & b");
      assertThat(in.nextTag("")).isEqualTo(XMLStreamConstants.START_ELEMENT);
      BadInputException e = catchThrowableOfType(BadInputException.class, () -> in.text("/n"));
      assertThat(e.getMessage()).startsWith("/n (line 1").contains("text only");
    }
  }
}
