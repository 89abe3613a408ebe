package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.Test;

class CsvTest {
  static final String Q_SIGNUP = "How easy was it to sign up? (1 = very hard, 7 = very easy)";

  static Path example(String name) {
    Path p = Path.of("../examples", name, "responses.csv");
    assertThat(Files.exists(p)).as("example data not found: %s", p.toAbsolutePath()).isTrue();
    return p;
  }

  /** The mapping of the Waffle Wednesday export (examples/waffle-wednesday). */
  static ResponseCsv waffle(ResponseCsv.Builder b) {
    Map<String, Integer> waffles = Map.of("Meh", 1, "OK", 2, "Good", 3, "Great", 4, "Yum!", 5);
    return b.timeColumn("Submitted")
        .attribute("Which event did you attend?", "event")
        .attribute("Came back within 3 months", "came-back")
        .question(
            "How easy was it to find the date, time and place on the event page? (1 = very hard, 7 = very easy)",
            "event-page",
            "ces")
        .question(Q_SIGNUP, "sign-up", "ces")
        .question(
            "How satisfied were you with the waitlist offer, if you got one?",
            "waitlist",
            "csat",
            ResponseCsv.CSAT_LABELS)
        .question(
            "How satisfied were you with the reminder e-mail?",
            "reminder",
            "csat",
            ResponseCsv.CSAT_LABELS)
        .question(
            "How satisfied were you with getting in: finding the door, being welcomed?",
            "arrival",
            "csat",
            ResponseCsv.CSAT_LABELS)
        .question(
            "How likely are you to recommend the talk to a friend or colleague?", "talk", "nps")
        .question("How were the waffles?", "waffles", "waffle", waffles)
        .question(
            "How satisfied were you with meeting people, and with the introductions?",
            "networking",
            "csat",
            ResponseCsv.CSAT_LABELS)
        .question(
            "How satisfied were you with the follow-up e-mail (slides, thanks, next date)?",
            "follow-up",
            "csat",
            ResponseCsv.CSAT_LABELS)
        .overall(
            "How likely are you to recommend Waffle Wednesday to a friend or colleague?", "nps")
        .overall("Overall, how satisfied are you with Waffle Wednesday?", "csat")
        .build();
  }

  @Test
  void readsTheWideWaffleExportWithoutEditingIt() {
    List<Response> out = new ArrayList<>();
    ReadReport r =
        waffle(ResponseCsv.builder().wide("Response ID"))
            .read(example("waffle-wednesday"), out::add);
    // Reference counts from Python's csv module over the same file (rows, non-blank and blank
    // answers).
    assertThat(r.rows()).isEqualTo(480);
    assertThat(r.rejected()).isZero();
    assertThat(r.values()).isEqualTo(4572).isEqualTo(out.size());
    assertThat(r.skipped()).isEqualTo(708);
    Response first = out.get(0);
    assertThat(first.respondent()).isEqualTo("r-0001");
    assertThat(first.touchpoint()).contains(TouchpointId.of("event-page"));
    assertThat(first.score()).isEqualTo(5);
    assertThat(first.time()).contains(Instant.parse("2026-05-08T04:41:00Z"));
    assertThat(first.attributes())
        .containsEntry("event", "2026-05-06")
        .containsEntry("came-back", "no");
    assertThat(out).filteredOn(x -> x.touchpoint().isEmpty()).isNotEmpty();
    assertThat(out).allMatch(x -> x.score() >= 0 && x.score() <= 10);
  }

  @Test
  void readsTheLongPermitExportWithSemicolons() {
    List<Response> out = new ArrayList<>();
    ReadReport r =
        ResponseCsv.builder()
            .delimiter(';')
            .timeColumn("submitted")
            .attribute("applicant")
            .build()
            .read(example("building-permit"), out::add);
    assertThat(r.rows()).isEqualTo(2256);
    assertThat(r.values()).isEqualTo(2132);
    assertThat(r.skipped()).isEqualTo(124);
    assertThat(r.rejected()).isZero();
    assertThat(out).filteredOn(x -> x.touchpoint().isEmpty()).hasSize(345);
    assertThat(out.get(0).attributes()).containsKey("applicant");
  }

  @Test
  void primitiveScorePathAgreesWithTheResponsePath() throws Exception {
    ResponseCsv csv = ResponseCsv.builder().delimiter(';').onBadInput(BadInput.collect(10)).build();
    List<Response> all = new ArrayList<>();
    csv.read(example("building-permit"), all::add);
    List<TouchpointId> tps =
        all.stream().flatMap(r -> r.touchpoint().stream()).distinct().sorted().toList();
    org.cxkit.core.MeasureId ces = org.cxkit.core.MeasureId.of("ces");
    long[] sums = new long[tps.size() + 1];
    long[] counts = new long[tps.size() + 1];
    ReadReport r =
        csv.readScores(
            example("building-permit"),
            tps,
            ces,
            (tp, score) -> {
              sums[tp + 1] += score;
              counts[tp + 1]++;
            });
    List<Response> cesOnly = all.stream().filter(x -> x.measure().equals(ces)).toList();
    assertThat(r.values()).isEqualTo(cesOnly.size());
    assertThat(r.rejected()).isZero();
    for (int i = -1; i < tps.size(); i++) {
      int at = i;
      List<Response> here =
          cesOnly.stream()
              .filter(
                  x ->
                      at < 0
                          ? x.touchpoint().isEmpty()
                          : x.touchpoint().equals(java.util.Optional.of(tps.get(at))))
              .toList();
      assertThat(counts[i + 1]).isEqualTo(here.size());
      assertThat(sums[i + 1]).isEqualTo(here.stream().mapToLong(Response::score).sum());
    }
    // An unknown touchpoint is a bad row.
    ReadReport bad =
        csv.readScores(
            new ByteArrayInputStream(
                "respondent;touchpoint;measure;score\nr;nope;ces;3\n"
                    .getBytes(StandardCharsets.UTF_8)),
            tps,
            ces,
            (tp, score) -> {});
    assertThat(bad.rejects())
        .extracting(Reject::location)
        .containsExactly(InputLocation.cell(1, "touchpoint"));
    assertThat(bad.accepted() + bad.rejected()).isEqualTo(bad.rows());
  }

  @Test
  void quotedFieldsBomOtherHeadersAndBlankCells() {
    String csv =
        "\uFEFFid;\"Q1: how easy; really?\";note\r\n"
            + "a;5;\"multi\nline \"\"quoted\"\" text\"\r\n"
            + "b;;plain\r\n"
            + "c;Very easy;\r\n";
    List<Response> out = new ArrayList<>();
    ReadReport r =
        ResponseCsv.builder()
            .wide("id")
            .delimiter(';')
            .question("Q1: how easy; really?", "sign-up", "ces", Map.of("very easy", 7))
            .attribute("note")
            .build()
            .read(new StringReader(csv), out::add);
    assertThat(r)
        .isEqualTo(new ReadReport(3, 3, 0, 2, 1, com.google.common.collect.ImmutableList.of()));
    assertThat(out.get(0).attributes()).containsEntry("note", "multi\nline \"quoted\" text");
    assertThat(out.get(1).score()).isEqualTo(7);
  }

  @Test
  void badRowsFailFastWithRowAndColumnButNotContent() {
    String csv = "respondent,touchpoint,measure,score\nr1,t,nps,9\nr2,t,nps,9.7\nr3,t,nps,\"9\"\n";
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> ResponseCsv.builder().build().read(new StringReader(csv), x -> {}));
    assertThat(e.location()).contains(InputLocation.cell(2, "score"));
    assertThat(e.getMessage()).contains("row 2").contains("'score'").doesNotContain("9.7");
    // The same row, collected instead, is the same place and the same reason.
    ReadReport r =
        ResponseCsv.builder()
            .onBadInput(BadInput.collect(1))
            .build()
            .read(new StringReader(csv), x -> {});
    assertThat(r.rejects()).containsExactly(new Reject(e.location().orElseThrow(), e.reason()));
  }

  @Test
  void badRowsCanBeCollectedAsRejects() {
    String csv =
        "respondent,touchpoint,measure,score\n"
            + "r1,t,nps,9\nr2,t,nps,9.7\n,t,nps,3\nr4,Bad Id,nps,1\nr5,t,nps,\nr6,t,nps,null\nr7,t,nps,10\n";
    List<Response> out = new ArrayList<>();
    ReadReport r =
        ResponseCsv.builder()
            .onBadInput(BadInput.collect(2))
            .build()
            .read(new StringReader(csv), out::add);
    assertThat(r.rows()).isEqualTo(7);
    assertThat(r.accepted()).isEqualTo(3); // r1, r7 and r5 (a skipped answer is no bad row)
    assertThat(r.rejected()).isEqualTo(4);
    assertThat(r.skipped()).isEqualTo(1);
    assertThat(r.rejects()).hasSize(2);
    assertThat(r.rejects().get(0))
        .isEqualTo(new Reject(InputLocation.cell(2, "score"), "not an integer score"));
    assertThat(r.rejects().get(1).location()).isEqualTo(InputLocation.cell(3, "respondent"));
    assertThat(out).extracting(Response::score).containsExactly(9, 10);
  }

  @Test
  void rowsOfTheWrongWidthAreMalformedAndEmptyLinesAreIgnored() {
    String csv = "respondent,measure,score\nr1,nps,9\n\nr2,nps\nr3,nps,7,extra\nr4,nps,8\n";
    List<Response> out = new ArrayList<>();
    ReadReport r =
        ResponseCsv.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .read(new StringReader(csv), out::add);
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.rejects())
        .extracting(Reject::location)
        .containsExactly(InputLocation.row(3), InputLocation.row(4));
    assertThat(r.rejects().get(0).reason()).isEqualTo("row has 2 cells, the header has 3");
    assertThat(out).extracting(Response::score).containsExactly(9, 8);
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> ResponseCsv.builder().build().read(new StringReader(csv), x -> {}));
    assertThat(e.location()).contains(InputLocation.row(3));
  }

  @Test
  void unmappedLabelRejectsTheWholeRow() {
    String csv = "id,q1,q2\na,Satisfied,Meh\nb,Satisfied,4\n";
    List<Response> out = new ArrayList<>();
    ReadReport r =
        ResponseCsv.builder()
            .wide("id")
            .question("q1", "t1", "csat", ResponseCsv.CSAT_LABELS)
            .question("q2", "t2", "csat", ResponseCsv.CSAT_LABELS)
            .onBadInput(BadInput.collect(10))
            .build()
            .read(new StringReader(csv), out::add);
    assertThat(r.rejects())
        .containsExactly(
            new Reject(InputLocation.cell(1, "q2"), "neither a mapped label nor an integer score"));
    assertThat(out).hasSize(2);
  }

  @Test
  void headerProblemsAreStructureErrorsOnRowZero() {
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                ResponseCsv.builder()
                    .build()
                    .read(new StringReader("who,measure,score\n"), x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.location()).contains(InputLocation.cell(0, "respondent"));
    assertThat(e.getMessage()).startsWith("header row, column 'respondent': missing column");
    assertThat(
            catchThrowableOfType(
                    BadInputException.class,
                    () -> ResponseCsv.builder().build().read(new StringReader(""), x -> {}))
                .kind())
        .isEqualTo(Kind.SYNTAX);
  }

  @Test
  void invalidUtf8IsAnEncodingError() {
    byte[] bytes =
        "respondent,measure,score\nr\u00e9,nps,1\n".getBytes(StandardCharsets.ISO_8859_1);
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () -> ResponseCsv.builder().build().read(new ByteArrayInputStream(bytes), x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.ENCODING);
    // The bad byte's own line and column, not the decoder's read-ahead.
    assertThat(e.location()).contains(InputLocation.row(1));
    assertThat(e.reason()).startsWith("invalid UTF-8 at line 2, column 2:");
  }

  @Test
  void overlongCellIsALimitError() {
    String csv = "respondent,measure,score\n" + "r".repeat(2000) + ",nps,1\n";
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                ResponseCsv.builder()
                    .maxCellLength(1000)
                    .build()
                    .read(new StringReader(csv), x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(e.reason()).contains("1000").doesNotContain("rrr");
  }

  @Test
  void readsEventsWithCasesAdHocStepsAndOutcomes() {
    String csv =
        "case,touchpoint,ad_hoc,time,channel,initiator,outcome\n"
            + "o-1,chat,,2026-01-01T10:00:00Z,chat,customer,failed\n"
            + "o-1,,phone the host,2026-01-01T10:05:00Z,PHONE,,completed\n"
            + ",chat,,2026-01-01T10:06:00Z,,,\n"
            + "o-2,chat,walk in,2026-01-01T10:07:00Z,,,\n"
            + "o-3,chat,,2026-01-01T10:08:00Z,,,maybe\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r =
        EventCsv.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .read(new StringReader(csv), out::add);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(out.get(0).caseId()).contains("o-1");
    assertThat(out.get(0).failed()).isTrue();
    assertThat(out.get(1).step().isAdHoc()).isTrue();
    assertThat(r.rejects())
        .extracting(Reject::location)
        .containsExactly(
            InputLocation.cell(3, "case"),
            InputLocation.cell(4, "ad_hoc"),
            InputLocation.cell(5, "outcome"));
    assertThat(r.rejects())
        .extracting(Reject::reason)
        .noneMatch(m -> m.contains("maybe") || m.contains("walk in"));
  }

  @Test
  void readsEvents() {
    String csv =
        "customer,touchpoint,time,channel\n"
            + "c1,ad,2026-01-01T10:00:00Z,social_media\nc1,order,2026-01-01T10:05:00+02:00,\nc2,order,yesterday,WEB\n";
    List<JourneyEvent> out = new ArrayList<>();
    ReadReport r =
        EventCsv.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .read(new StringReader(csv), out::add);
    assertThat(r.accepted()).isEqualTo(2);
    assertThat(r.rejects())
        .extracting(Reject::location)
        .containsExactly(InputLocation.cell(3, "time"));
    assertThat(out.get(0).channel()).contains(Channel.SOCIAL_MEDIA);
    assertThat(out.get(1).time()).isEqualTo(Instant.parse("2026-01-01T08:05:00Z"));
    assertThatThrownBy(() -> EventCsv.builder().build().read(new StringReader(csv), out::add))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("row 3")
        .hasMessageNotContaining("yesterday");
  }

  @Test
  void strictIntegers() {
    assertThat(ResponseCsv.parseIntStrict("0")).isZero();
    assertThat(ResponseCsv.parseIntStrict("-12")).isEqualTo(-12);
    for (String s : new String[] {"", "-", "+1", "1.0", "1e1", " 1", "1234567890", "٣"}) {
      assertThat(ResponseCsv.parseIntStrict(s)).as(s).isEqualTo(Integer.MIN_VALUE);
    }
  }

  @Test
  void oneBuilderForBothShapesRefusesOptionsOfTheOtherShape() {
    assertThatThrownBy(
            () ->
                ResponseCsv.builder()
                    .wide("id")
                    .measureColumn("m")
                    .question("q", "t", "nps")
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("measureColumn")
        .hasMessageContaining("long shape");
    assertThatThrownBy(() -> ResponseCsv.builder().question("q", "t", "nps").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("wide(respondentColumn)");
    assertThatThrownBy(() -> ResponseCsv.builder().wide("id").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one question");
    assertThatThrownBy(() -> ResponseCsv.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parallelism");
    ResponseCsv wide = ResponseCsv.builder().wide("id").question("q", "t", "nps").build();
    assertThatThrownBy(
            () ->
                wide.readScores(
                    new ByteArrayInputStream(new byte[0]),
                    List.of(),
                    org.cxkit.core.MeasureId.of("nps"),
                    (t, s) -> {}))
        .isInstanceOf(IllegalStateException.class);
    assertThat(wide.toString())
        .isEqualTo(
            "ResponseCsv[wide, delimiter ',', 1 questions, BadInput[fail fast], parallelism "
                + Math.min(4, Runtime.getRuntime().availableProcessors())
                + "]");
    assertThat(EventCsv.builder().onBadInput(BadInput.collect(3)).build().toString())
        .isEqualTo("EventCsv[delimiter ',', BadInput[collect, list up to 3]]");
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullArgumentsAreNamed() {
    com.google.common.testing.NullPointerTester t =
        new com.google.common.testing.NullPointerTester()
            .setDefault(BadInput.class, BadInput.failFast())
            .setDefault(java.util.concurrent.Executor.class, Runnable::run)
            .setDefault(org.cxkit.metrics.analysis.Scorecard.class, CsvPartsTest.CARD)
            .setDefault(
                org.cxkit.metrics.analysis.Scorecard.Tally.class, CsvPartsTest.CARD.newTally())
            .setDefault(org.cxkit.core.MeasureId.class, org.cxkit.core.MeasureId.of("nps"))
            .setDefault(Path.class, Path.of("no-such-file.csv"));
    t.testAllPublicInstanceMethods(ResponseCsv.builder());
    t.testAllPublicInstanceMethods(EventCsv.builder());
    t.testAllPublicInstanceMethods(ResponseCsv.builder().build());
    t.testAllPublicInstanceMethods(EventCsv.builder().build());
    assertThatThrownBy(() -> ResponseCsv.builder().executor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("executor");
  }

  @Test
  void everyRowIsAcceptedOrRejected() {
    String csv =
        "id,q1,q2\n"
            + "a,,\n" // all answers blank: accepted, no values
            + "b,3,\n"
            + "c,x,4\n" // rejected
            + "d,,5\n";
    ReadReport r =
        ResponseCsv.builder()
            .wide("id")
            .question("q1", "t1", "csat")
            .question("q2", "t2", "csat")
            .onBadInput(BadInput.collect(0))
            .build()
            .read(new StringReader(csv), x -> {});
    assertThat(r)
        .isEqualTo(new ReadReport(4, 3, 1, 2, 4, com.google.common.collect.ImmutableList.of()));
  }

  @Test
  void csvStreamsIntoTheScorecardsPrimitivePath(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    org.cxkit.core.journey.Journey j = CsvPartsTest.JOURNEY;
    SplittableRandom rnd = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("respondent,touchpoint,measure,score\n");
    List<Response> responses = new ArrayList<>();
    String[] tps = {"ad", "order", "call-help", "install"};
    for (int i = 0; i < 5000; i++) {
      String tp = tps[rnd.nextInt(tps.length)];
      int score = rnd.nextInt(11);
      csv.append("r").append(i).append(',').append(tp).append(",nps,").append(score).append('\n');
      responses.add(Response.of("r" + i, "nps", score).withTouchpoint(tp));
    }
    csv.append("bad,order,nps,11\n"); // outside the NPS scale
    java.nio.file.Path file = dir.resolve("r.csv");
    java.nio.file.Files.writeString(file, csv);
    Scorecard card = Scorecard.of(j);
    Scorecard.Tally tally = card.newTally();
    ReadReport report =
        ResponseCsv.builder()
            .onBadInput(BadInput.collect(5))
            .build()
            .readInto(file, card, org.cxkit.core.MeasureId.of("nps"), tally);
    assertThat(report.accepted()).isEqualTo(5000);
    assertThat(report.rejected()).isEqualTo(1);
    ScorecardResult viaCsv = tally.result();
    ScorecardResult viaObjects = card.compute(responses);
    assertThat(viaCsv.rows()).isEqualTo(viaObjects.rows());
    assertThat(viaCsv.stages()).isEqualTo(viaObjects.stages());
  }
}
