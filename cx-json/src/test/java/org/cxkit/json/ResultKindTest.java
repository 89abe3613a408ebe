package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import org.cxkit.core.JourneyId;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.StageId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Phase;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.MetricResult;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TargetStatus;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.junit.jupiter.api.Test;

/**
 * A host's own analysis results round-trip through cx-json once their kind is registered: written
 * with their kind and properties, read back equal and re-written byte for byte, nested in a
 * scorecard's rows, through a host's own {@code ObjectMapper}, and checked as strictly as cxkit's
 * own kinds.
 */
class ResultKindTest {

  /** A host's first-contact-resolution result: its data are two counts, its rate is derived. */
  record FcrResult(long contacts, long resolved, Optional<String> team) implements MetricResult {
    FcrResult {
      if (resolved < 0 || resolved > contacts) {
        throw new IllegalArgumentException("resolved must be in 0..contacts");
      }
    }

    @Override
    public String metric() {
      return "fcr";
    }

    @Override
    public long n() {
      return contacts;
    }

    @Override
    public OptionalDouble headline() {
      return contacts == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * resolved / n());
    }
  }

  static final ResultProperty<FcrResult, Long> CONTACTS =
      ResultProperty.required("contacts", ResultType.count(), FcrResult::contacts);
  static final ResultProperty<FcrResult, Long> RESOLVED =
      ResultProperty.required("resolved", ResultType.count(), FcrResult::resolved);
  static final ResultProperty<FcrResult, String> TEAM =
      ResultProperty.optional("team", ResultType.string(), FcrResult::team);
  static final ResultProperty<FcrResult, Double> UNRESOLVED_SHARE =
      ResultProperty.derived(
          "unresolvedShare",
          ResultType.number(),
          r ->
              r.contacts() == 0
                  ? Optional.empty()
                  : Optional.of((r.contacts() - r.resolved()) / (double) r.contacts()));

  static final ResultKind<FcrResult> FCR =
      ResultKind.builder("acme.fcr", FcrResult.class)
          .property(ResultProperty.N)
          .property(ResultProperty.HEADLINE)
          .property(ResultProperty.REASON)
          .property(CONTACTS)
          .property(RESOLVED)
          .property(TEAM)
          .property(UNRESOLVED_SHARE)
          .build(v -> new FcrResult(v.get(CONTACTS), v.get(RESOLVED), v.find(TEAM)));

  /** A host result that is no metric result: counts of journeys by how they ended. */
  record Endings(long finished, long abandoned, List<Long> perStage) {}

  static final ResultProperty<Endings, Long> FINISHED =
      ResultProperty.required("finished", ResultType.count(), Endings::finished);
  static final ResultProperty<Endings, Long> ABANDONED =
      ResultProperty.required("abandoned", ResultType.count(), Endings::abandoned);
  static final ResultProperty<Endings, List<Long>> PER_STAGE =
      ResultProperty.required("perStage", ResultType.listOf(ResultType.count()), Endings::perStage);
  static final ResultKind<Endings> ENDINGS =
      ResultKind.builder("acme.journey-endings", Endings.class)
          .property(FINISHED)
          .property(ABANDONED)
          .property(PER_STAGE)
          .property(
              ResultProperty.derived(
                  "total",
                  ResultType.count(),
                  (Endings e) -> Optional.of(e.finished() + e.abandoned())))
          .build(
              v -> new Endings(v.get(FINISHED), v.get(ABANDONED), List.copyOf(v.get(PER_STAGE))));

  static final CxJson JSON = CxJson.builder().resultKind(FCR).resultKind(ENDINGS).build();

  @Test
  void aHostResultRoundTripsByteForByte() {
    FcrResult r = new FcrResult(40, 31, Optional.of("north"));
    String text = JSON.writeResult(r);
    assertThat(text)
        .startsWith("{\n  \"cxkit\": \"1.0\",\n  \"kind\": \"acme.fcr\",\n  \"n\": 40,\n")
        .contains("\"headline\": 77.5", "\"unresolvedShare\": 0.225", "\"team\": \"north\"")
        .doesNotContain("reason");
    assertThat(JSON.readResult(text, FcrResult.class)).isEqualTo(r);
    assertThat(JSON.readResult(text, MetricResult.class)).isEqualTo(r);
    assertThat(JSON.writeResult(JSON.readResult(text, FcrResult.class))).isEqualTo(text);
    ResultSchemaTest.assertValid(text, "host result");

    FcrResult empty = new FcrResult(0, 0, Optional.empty());
    String none = JSON.writeResult(empty);
    assertThat(none).contains("\"reason\": \"no responses\"").doesNotContain("headline", "team");
    assertThat(JSON.readResult(none, FcrResult.class)).isEqualTo(empty);
  }

  @Test
  void aHostResultThatIsNoMetricResultRoundTrips() {
    Endings e = new Endings(12, 5, List.of(3L, 0L, 2L));
    String text = JSON.writeResult(e);
    assertThat(text).contains("\"kind\": \"acme.journey-endings\"", "\"total\": 17");
    assertThat(JSON.readResult(text, Endings.class)).isEqualTo(e);
    assertThat(JSON.writeResult(JSON.readResult(text, Endings.class))).isEqualTo(text);
    ResultSchemaTest.assertValid(text, "host result");
    assertThatThrownBy(() -> JSON.readResult(text, MetricResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class, x -> assertThat(x.pointer()).hasValue("/kind"));
    assertThatThrownBy(() -> JSON.readResult(text.replace("17", "18"), Endings.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            x -> {
              assertThat(x.kind()).isEqualTo(Kind.MODEL);
              assertThat(x.pointer()).hasValue("/total");
            });
  }

  @Test
  void derivedFiguresAreCheckedAndMayBeLeftOut() {
    FcrResult r = new FcrResult(40, 31, Optional.empty());
    String text = JSON.writeResult(r);
    String minimal =
        "{\"cxkit\": \"1.0\", \"kind\": \"acme.fcr\", \"contacts\": 40, \"resolved\": 31}";
    assertThat(JSON.readResult(minimal, FcrResult.class)).isEqualTo(r);
    assertThatThrownBy(
            () ->
                JSON.readResult(
                    text.replace("\"unresolvedShare\": 0.225", "\"unresolvedShare\": 0.3"),
                    FcrResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.MODEL);
              assertThat(e.pointer()).hasValue("/unresolvedShare");
              assertThat(e.line()).hasValue(8);
            });
    assertThatThrownBy(
            () -> JSON.readResult(text.replace("\"n\": 40", "\"n\": 41"), FcrResult.class))
        .isInstanceOfSatisfying(CxJsonException.class, e -> assertThat(e.pointer()).hasValue("/n"));
    assertThatThrownBy(
            () ->
                JSON.readResult(
                    minimal.replace("31}", "31, \"reason\": \"no responses\"}"), FcrResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
              assertThat(e.pointer()).hasValue("/reason");
            });
  }

  @Test
  void aHostResultIsReadAsStrictlyAsCxkitsOwn() {
    String minimal =
        "{\"cxkit\": \"1.0\", \"kind\": \"acme.fcr\", \"contacts\": 40, \"resolved\": 31}";
    List<List<String>> bad =
        List.of(
            List.of("\"contacts\": 40, ", ""),
            List.of("40", "\"40\""),
            List.of("31}", "31, \"colour\": \"red\"}"),
            List.of("31}", "31, \"resolved\": 31}"),
            List.of("\"resolved\": 31", "\"resolved\": -31"),
            List.of("\"resolved\": 31", "\"resolved\": 31.0"),
            List.of("\"resolved\": 31", "\"resolved\": null"));
    for (List<String> fromTo : bad) {
      String doc = minimal.replace(fromTo.get(0), fromTo.get(1));
      assertThat(doc).isNotEqualTo(minimal);
      assertThatThrownBy(() -> JSON.readResult(doc, FcrResult.class))
          .as(doc)
          .isInstanceOfSatisfying(
              CxJsonException.class, e -> assertThat(e.kind()).isEqualTo(Kind.STRUCTURE));
    }
    // what the kind's create function rejects, without its message (it may quote the input)
    assertThatThrownBy(() -> JSON.readResult(minimal.replace("31}", "41}"), FcrResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(Kind.MODEL);
              assertThat(e.pointer()).hasValue("");
              assertThat(e.getMessage())
                  .contains("acme.fcr", "IllegalArgumentException")
                  .doesNotContain("0..contacts");
            });
    // a newer minor version may add properties
    assertThat(
            JSON.readResult(
                minimal.replace("1.0", "1.2").replace("31}", "31, \"colour\": \"red\"}"),
                FcrResult.class))
        .isEqualTo(new FcrResult(40, 31, Optional.empty()));
  }

  @Test
  void theKindMayComeAnywhereInTheObject() {
    String last =
        "{\"cxkit\": \"1.0\", \"contacts\": 40, \"resolved\": 31, \"kind\": \"acme.fcr\"}";
    assertThat(JSON.readResult(last, MetricResult.class))
        .isEqualTo(new FcrResult(40, 31, Optional.empty()));
    String nps = CxJson.defaults().writeResult(NpsResult.ofCounts(1, 2, 3));
    String moved =
        nps.replace("\"kind\": \"nps-result\",\n", "")
            .replace("\n}\n", ",\n  \"kind\": \"nps-result\"\n}\n");
    assertThat(moved).isNotEqualTo(nps);
    assertThat(CxJson.defaults().readResult(moved, MetricResult.class))
        .isEqualTo(NpsResult.ofCounts(1, 2, 3));
    // what came before the kind is checked as strictly, at its own place
    assertThatThrownBy(() -> JSON.readResult(last.replace("40", "\"40\""), FcrResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.pointer()).hasValue("/contacts");
              assertThat(e.line()).hasValue(1);
              assertThat(e.column()).hasValue(last.indexOf("40") + 1);
            });
    assertThatThrownBy(
            () ->
                JSON.readResult(
                    last.replace("\"kind\": \"acme.fcr\"", "\"k\": 1"), FcrResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> assertThat(e.getMessage()).contains("missing required property \"kind\""));
  }

  static ScorecardResult scorecardOf(MetricResult result) {
    TouchpointScore row =
        new TouchpointScore(
            TouchpointId.of("call"),
            StageId.of("help"),
            Phase.AFTER,
            MeasureId.of("fcr"),
            result,
            Optional.of(
                MetricTarget.of(MeasureId.of("fcr"), MetricTarget.Unit.GOOD_BOX_PERCENT, 70)),
            TargetStatus.MET,
            OptionalDouble.of(7.5),
            OptionalDouble.of(0.075),
            OptionalDouble.of(0.25));
    return new ScorecardResult(
        JourneyId.of("support"),
        10,
        org.cxkit.metrics.analysis.Trends.Correction.HOLM,
        0.05,
        ImmutableList.of(row),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableSortedMap.of(),
        0,
        0,
        ImmutableList.of(),
        ImmutableList.of(),
        40);
  }

  @Test
  void aHostResultNestedInAScorecardRoundTrips() {
    ScorecardResult card = scorecardOf(new FcrResult(40, 31, Optional.of("north")));
    String text = JSON.writeScorecard(card);
    assertThat(text).contains("\"kind\": \"acme.fcr\"");
    assertThat(JSON.readResult(text, ScorecardResult.class)).isEqualTo(card);
    assertThat(JSON.writeScorecard(JSON.readResult(text, ScorecardResult.class))).isEqualTo(text);
    ResultSchemaTest.assertValid(text, "scorecard with a host result");
    // an instance without the kind writes the common figures, and cannot read it back
    String plain = CxJson.defaults().writeScorecard(card);
    assertThat(plain).contains("\"kind\": \"metric-result\"").doesNotContain("contacts");
    ResultSchemaTest.assertValid(plain, "scorecard with an unregistered result");
    assertThatThrownBy(() -> CxJson.defaults().readResult(text, ScorecardResult.class))
        .isInstanceOfSatisfying(
            CxJsonException.class,
            e -> {
              assertThat(e.pointer()).hasValue("/rows/0/result/kind");
              assertThat(e.getMessage()).contains("closed list").doesNotContain("acme");
            });
  }

  @Test
  void aHostMapperWithTheInstancesModuleReadsAndWritesHostResults() throws Exception {
    ObjectMapper host = JsonMapper.builder().addModule(JSON.jacksonModule()).build();
    FcrResult r = new FcrResult(8, 8, Optional.empty());
    String text = host.writeValueAsString(r);
    assertThat(text).startsWith("{\"kind\":\"acme.fcr\"");
    assertThat(host.readValue(text, FcrResult.class)).isEqualTo(r);
    assertThat(host.readValue(text, MetricResult.class)).isEqualTo(r);
    ScorecardResult card = scorecardOf(r);
    assertThat(host.readValue(host.writeValueAsString(card), ScorecardResult.class))
        .isEqualTo(card);
    Endings e = new Endings(1, 2, List.of());
    assertThat(host.readValue(host.writeValueAsString(e), Endings.class)).isEqualTo(e);
    assertThat(JSON.objectMapper().readValue(JSON.writeResult(r), FcrResult.class)).isEqualTo(r);
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void registrationIsCheckedAtOnce() {
    assertThatThrownBy(() -> CxJson.builder().resultKind(FCR).resultKind(FCR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("acme.fcr");
    ResultKind<FcrResult> again =
        ResultKind.builder("acme.fcr2", FcrResult.class)
            .property(CONTACTS)
            .build(v -> new FcrResult(v.get(CONTACTS), 0, Optional.empty()));
    assertThatThrownBy(() -> CxJson.builder().resultKind(FCR).resultKind(again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(FcrResult.class.getName());
    for (String name : List.of("nps-result", "fcr", "Acme.fcr", "acme..fcr", "acme.fcr.", "")) {
      assertThatThrownBy(() -> ResultKind.builder(name, FcrResult.class))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
    for (String name : List.of("kind", "cxkit", "Contacts", "first contact", "")) {
      assertThatThrownBy(() -> ResultProperty.required(name, ResultType.count(), FcrResult::n))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(
            () ->
                ResultKind.builder("acme.x", FcrResult.class).property(CONTACTS).property(CONTACTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contacts");
    assertThatThrownBy(() -> ResultKind.builder("acme.x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> CxJson.builder().resultKind(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }

  @Test
  void theValuesGiveWhatWasRead() {
    ResultKind<FcrResult> strict =
        ResultKind.builder("acme.strict", FcrResult.class)
            .property(CONTACTS)
            .property(RESOLVED)
            .property(TEAM)
            .property(UNRESOLVED_SHARE)
            .build(
                v -> {
                  assertThat(v.find(TEAM)).isEmpty();
                  assertThatThrownBy(() -> v.get(TEAM)).isInstanceOf(NoSuchElementException.class);
                  assertThatThrownBy(() -> v.get(UNRESOLVED_SHARE))
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessageContaining("derived");
                  assertThatThrownBy(() -> v.get(FINISHED))
                      .isInstanceOf(IllegalArgumentException.class)
                      .hasMessageContaining("not a property");
                  return new FcrResult(v.get(CONTACTS), v.get(RESOLVED), Optional.empty());
                });
    CxJson json = CxJson.builder().resultKind(strict).build();
    assertThat(
            json.readResult(
                "{\"cxkit\": \"1.0\", \"kind\": \"acme.strict\", \"contacts\": 2, \"resolved\": 1}",
                FcrResult.class))
        .isEqualTo(new FcrResult(2, 1, Optional.empty()));
  }

  @Test
  void writingAnUnregisteredTypeSaysWhichKindsThereAre() {
    assertThatThrownBy(() -> JSON.writeResult("not a result"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String")
        .hasMessageContaining("acme.fcr");
    assertThatThrownBy(() -> JSON.readResult("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FcrResult")
        .hasMessageContaining("Endings");
    assertThat(JSON.toString()).contains("acme.fcr", "acme.journey-endings");
    assertThat(FCR).hasToString("ResultKind[acme.fcr, " + FcrResult.class.getName() + "]");
  }
}
