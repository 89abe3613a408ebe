package org.cxkit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation.DocumentPosition;
import org.cxkit.metrics.InputLocation.RecordPosition;
import org.cxkit.metrics.InputLocation.TablePosition;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;

/** The one vocabulary for bad input: policy, location, reject, exception and read report. */
class BadInputTest {
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void aBadInputFailureIsFoundBehindTheWrappersOfAFramework() {
    BadInputException bad = new BadInputException(Kind.STRUCTURE, "wrong type");
    assertThat(BadInputException.in(bad)).containsSame(bad);
    RuntimeException wrapped = new RuntimeException("mapping", new IllegalStateException(bad));
    assertThat(BadInputException.in(wrapped)).containsSame(bad);
    assertThat(BadInputException.in(new IllegalStateException("no"))).isEmpty();
    // A cause chain that loops ends the search instead of running forever.
    RuntimeException a = new RuntimeException("a");
    RuntimeException b = new RuntimeException("b", a);
    a.initCause(b);
    assertThat(BadInputException.in(a)).isEmpty();
    assertThatThrownBy(() -> BadInputException.in(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("failure");
  }

  @Test
  void policyIsAValue() {
    new EqualsTester()
        .addEqualityGroup(BadInput.failFast(), BadInput.failFast())
        .addEqualityGroup(BadInput.collect(0), BadInput.collect(0))
        .addEqualityGroup(BadInput.collect(100), BadInput.collect(100))
        .testEquals();
    assertThat(BadInput.failFast().failsFast()).isTrue();
    assertThat(BadInput.failFast().maxListed()).isZero();
    assertThat(BadInput.collect(7).failsFast()).isFalse();
    assertThat(BadInput.collect(7).maxListed()).isEqualTo(7);
    assertThat(BadInput.collect(7)).hasToString("BadInput[collect, list up to 7]");
    assertThat(BadInput.failFast()).hasToString("BadInput[fail fast]");
    assertThatThrownBy(() -> BadInput.collect(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxListed");
  }

  @Test
  void locationsSayWhereInOneLine() {
    assertThat(InputLocation.row(0)).hasToString("header row");
    assertThat(InputLocation.row(3)).hasToString("row 3");
    assertThat(InputLocation.cell(3, "score")).hasToString("row 3, column 'score'");
    assertThat(InputLocation.pointer("")).hasToString("(document)");
    assertThat(InputLocation.pointer("/name")).hasToString("/name");
    assertThat(InputLocation.document("/a/0", 2, 14)).hasToString("/a/0 (line 2, column 14)");
    assertThat(InputLocation.document("", 7, 0)).hasToString("line 7");
    assertThat(InputLocation.record(4, "score")).hasToString("record 4, field 'score'");
    assertThat(new RecordPosition(4, Optional.empty())).hasToString("record 4");
    assertThat(InputLocation.document("/x", 0, 0)).isEqualTo(InputLocation.pointer("/x"));
    assertThat(InputLocation.document("/x", 3, 1))
        .isEqualTo(new DocumentPosition("/x", OptionalLong.of(3), OptionalLong.of(1)));
    new EqualsTester()
        .addEqualityGroup(InputLocation.row(1), new TablePosition(1, Optional.empty()))
        .addEqualityGroup(InputLocation.cell(1, "score"))
        .addEqualityGroup(InputLocation.record(1, "score"))
        .addEqualityGroup(InputLocation.pointer("/score"))
        .testEquals();
  }

  @Test
  void locationsAreValidated() {
    assertThatThrownBy(() -> InputLocation.row(-1)).hasMessageContaining("row");
    assertThatThrownBy(() -> InputLocation.record(-1, "score")).hasMessageContaining("index");
    assertThatThrownBy(() -> InputLocation.pointer("name")).hasMessageContaining("pointer");
    assertThatThrownBy(() -> InputLocation.document("", -1, 0)).hasMessageContaining("line");
    assertThatThrownBy(() -> new DocumentPosition("", OptionalLong.of(0), OptionalLong.empty()))
        .hasMessageContaining("line");
    assertThatThrownBy(() -> new DocumentPosition("", OptionalLong.empty(), OptionalLong.of(0)))
        .hasMessageContaining("column");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreNamed() {
    NullPointerTester t =
        new NullPointerTester()
            .setDefault(InputLocation.class, InputLocation.row(1))
            .setDefault(Kind.class, Kind.SYNTAX);
    t.testAllPublicStaticMethods(InputLocation.class);
    t.testAllPublicConstructors(TablePosition.class);
    t.testAllPublicConstructors(DocumentPosition.class);
    t.testAllPublicConstructors(RecordPosition.class);
    t.testAllPublicConstructors(Reject.class);
    t.testAllPublicConstructors(BadInputException.class);
    assertThatThrownBy(() -> new Reject(InputLocation.row(1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reason");
  }

  @Test
  void exceptionCarriesKindLocationAndReason() {
    BadInputException e =
        new BadInputException(Kind.STRUCTURE, InputLocation.cell(2, "score"), "not an integer");
    assertThat(e).isInstanceOf(org.cxkit.core.CxException.class);
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.location()).contains(InputLocation.cell(2, "score"));
    assertThat(e.reason()).isEqualTo("not an integer");
    assertThat(e).hasMessage("row 2, column 'score': not an integer");
    assertThat(e.expected()).isEmpty();
    assertThat(e.found()).isEmpty();
    assertThat(e.getCause()).isNull();
    BadInputException io = new BadInputException(Kind.IO, "reading failed", new Exception("x"));
    assertThat(io.location()).isEmpty();
    assertThat(io).hasMessage("reading failed").hasCauseInstanceOf(Exception.class);
    assertThat(new BadInputException(Kind.STRUCTURE, "no place")).hasMessage("no place");
  }

  @Test
  void readReportAccountsForEveryRow() {
    ImmutableList<Reject> one = ImmutableList.of(new Reject(InputLocation.row(2), "bad"));
    ReadReport r = new ReadReport(3, 2, 1, 5, 1, one);
    assertThat(r)
        .hasToString(
            "ReadReport[3 rows: 2 accepted, 1 rejected; 5 values, 1 skipped; first reject: row 2: bad]");
    assertThatThrownBy(() -> new ReadReport(3, 1, 1, 0, 0, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must equal rows");
    assertThatThrownBy(
            () -> new ReadReport(1, 0, 1, 0, 0, ImmutableList.of(one.get(0), one.get(0))))
        .hasMessageContaining("more rejects listed");
    assertThatThrownBy(() -> new ReadReport(-1, -1, 0, 0, 0, ImmutableList.of()))
        .hasMessageContaining("negative");
  }

  @Test
  void collectingCountsEveryRejectAndListsTheFirstFew() {
    List<Response> rs =
        List.of(
            Response.of("a", "nps", 11),
            Response.of("b", "nps", 10),
            Response.of("c", "csat", 4),
            Response.of("d", "nps", -1));
    Computation<NpsResult> none = Nps.metric().compute(rs, BadInput.collect(0));
    assertThat(none.rejected()).isEqualTo(3);
    assertThat(none.rejects()).isEmpty();
    assertThat(none.result().n()).isEqualTo(1);
    Computation<NpsResult> two = Nps.metric().compute(rs, BadInput.collect(2));
    assertThat(two.rejects())
        .extracting(Reject::location)
        .containsExactly(InputLocation.record(0, "score"), InputLocation.record(2, "measure"));
    assertThatThrownBy(() -> Nps.metric().compute(rs))
        .isInstanceOfSatisfying(
            BadInputException.class,
            e -> assertThat(e.location()).contains(InputLocation.record(0, "score")));
    assertThatThrownBy(() -> rs.stream().collect(Nps.metric().responseCollector()))
        .isInstanceOf(BadInputException.class)
        .hasMessage("score off the nps scale 0..10");
  }

  @Test
  void mergedTalliesKeepTheCountAndTheListLimit() {
    Scorecard card = ScorecardTest.card(BadInput.collect(3));
    Scorecard.Tally a = card.newTally();
    Scorecard.Tally b = card.newTally();
    for (int i = 0; i < 3; i++) {
      a.add(Response.of("r" + i, "nps", 11).withTouchpoint("event-page"));
      b.add(Response.of("s" + i, "loyalty", 3).withTouchpoint("event-page"));
    }
    Scorecard.Tally ab = card.newTally().merge(a).merge(b);
    Scorecard.Tally ba = card.newTally().merge(b).merge(a);
    assertThat(ab.result())
        .as("merging lists the same rejects in any order")
        .isEqualTo(ba.result());
    ScorecardResult r = a.merge(b).result();
    assertThat(r.rejected()).isEqualTo(6);
    assertThat(r.rejects())
        .extracting(Reject::location)
        .containsExactly(
            InputLocation.record(0, "measure"),
            InputLocation.record(0, "score"),
            InputLocation.record(1, "measure"));
    assertThat(r.toString()).doesNotContain("r0").doesNotContain("s0");
  }
}
