package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.CaseSeverity;
import org.cxkit.core.observed.FeedbackCase;
import org.cxkit.core.observed.RecoveryAction;
import org.cxkit.core.testing.Seeds;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.Reject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Feedback cases from CSV: the sample file (written for this test in the format the reader
 * documents: RFC 4180 quoting, CRLF line ends, ISO-8601 instants with Z or an offset), each bad
 * column's own reason, whole-row rule breaks, the shared CSV contract (BOM, blank lines, control
 * characters, missing and ambiguous columns, limits) and hostile input.
 */
class FeedbackCaseCsvTest {
  private static final String HEADER =
      "case,channels,touchpoint,category,severity,received,first_response,resolved,contacts,actions,rating\n";
  private static final String GOOD =
      "c1,forum|phone,online-application,upload,high,2026-06-09T10:05:00Z,"
          + "2026-06-09T13:20:00Z,2026-06-10T09:00:00Z,3,listening|fix,4\n";

  private static ReadReport read(FeedbackCaseCsv reader, String csv, List<FeedbackCase> out) {
    return reader.read(new StringReader(csv), out::add);
  }

  private static FeedbackCaseCsv collecting() {
    return FeedbackCaseCsv.builder().onBadInput(BadInput.collect(20)).build();
  }

  @Test
  void theSampleReadsIntoEveryField() throws Exception {
    Path sample =
        Path.of(Objects.requireNonNull(getClass().getResource("feedback-cases.csv")).toURI());
    List<FeedbackCase> cases = new ArrayList<>();
    ReadReport r = FeedbackCaseCsv.builder().build().read(sample, cases::add);
    assertThat(r.rows()).isEqualTo(4);
    assertThat(r.accepted()).isEqualTo(4);
    assertThat(r.rejected()).isZero();

    FeedbackCase forum = cases.get(0);
    assertThat(forum.id()).isEqualTo("case-101");
    assertThat(forum.channels()).containsExactly(Channel.FORUM, Channel.PHONE);
    assertThat(forum.channelSwitches()).isEqualTo(1);
    assertThat(forum.touchpoint()).contains(TouchpointId.of("online-application"));
    assertThat(forum.severity()).isEqualTo(CaseSeverity.HIGH);
    assertThat(forum.timeToFirstResponse()).contains(Duration.ofMinutes(195));
    assertThat(forum.contacts()).isEqualTo(3);
    assertThat(forum.resolvedAtFirstContact()).isFalse();
    assertThat(forum.actions()).containsExactly(RecoveryAction.LISTENING, RecoveryAction.FIX);
    assertThat(forum.ratingAfterRecovery()).hasValue(4);

    FeedbackCase letter = cases.get(1);
    // A quoted cell keeps its comma; an offset time is read as the instant it names.
    assertThat(letter.category()).isEqualTo("missing-documents, legal wording");
    assertThat(letter.firstResponse()).contains(Instant.parse("2026-06-16T05:30:00Z"));
    assertThat(letter.severity()).isEqualTo(CaseSeverity.MEDIUM);

    FeedbackCase email = cases.get(2);
    assertThat(email.touchpoint()).isEmpty();
    assertThat(email.actions()).isEmpty();
    assertThat(email.ratingAfterRecovery()).isEmpty();
    assertThat(email.resolvedAtFirstContact()).isTrue();

    FeedbackCase open = cases.get(3);
    assertThat(open.isResolved()).isFalse();
    assertThat(open.firstResponse()).isEmpty();
  }

  @Test
  void everyBadColumnHasItsOwnReasonAndNeverRepeatsTheCell() {
    String csv =
        HEADER
            + GOOD
            + " ,forum,,upload,high,2026-06-09T10:05:00Z,,,,,\n"
            + "c3,forum|pigeon,,upload,high,2026-06-09T10:05:00Z,,,,,\n"
            + "c4,forum,Secret Place,upload,high,2026-06-09T10:05:00Z,,,,,\n"
            + "c5,forum,,,high,2026-06-09T10:05:00Z,,,,,\n"
            + "c6,forum,,upload,apocalyptic,2026-06-09T10:05:00Z,,,,,\n"
            + "c7,forum,,upload,high,last tuesday,,,,,\n"
            + "c8,forum,,upload,high,2026-06-09T10:05:00Z,soon,,,,\n"
            + "c9,forum,,upload,high,2026-06-09T10:05:00Z,2026-06-09T10:05:00Z,never,,,\n"
            + "c10,forum,,upload,high,2026-06-09T10:05:00Z,,,0,,\n"
            + "c11,forum,,upload,high,2026-06-09T10:05:00Z,,,,bribe,\n"
            + "c12,forum,,upload,high,2026-06-09T10:05:00Z,,,,,4.5\n"
            + "c13,forum,,upload,high,2026-06-09T10:05:00Z,,,many,,\n";
    List<FeedbackCase> out = new ArrayList<>();
    ReadReport r = read(collecting(), csv, out);
    assertThat(r.rows()).isEqualTo(13);
    assertThat(r.accepted()).isEqualTo(1);
    assertThat(r.rejected()).isEqualTo(12);
    assertThat(r.rejects())
        .extracting(Reject::location)
        .containsExactly(
            InputLocation.cell(2, "case"),
            InputLocation.cell(3, "channels"),
            InputLocation.cell(4, "touchpoint"),
            InputLocation.cell(5, "category"),
            InputLocation.cell(6, "severity"),
            InputLocation.cell(7, "received"),
            InputLocation.cell(8, "first_response"),
            InputLocation.cell(9, "resolved"),
            InputLocation.cell(10, "contacts"),
            InputLocation.cell(11, "actions"),
            InputLocation.cell(12, "rating"),
            InputLocation.cell(13, "contacts"));
    assertThat(r.rejects().get(1).reason())
        .startsWith("not a list of channels: expected channel names separated by '|'");
    assertThat(r.rejects().get(4).reason())
        .isEqualTo("not a severity: expected one of [LOW, MEDIUM, HIGH, CRITICAL]");
    for (Reject x : r.rejects()) {
      assertThat(x.reason())
          .doesNotContain("pigeon", "Secret", "apocalyptic", "tuesday", "soon", "bribe", "many");
    }
  }

  @Test
  void aCaseBreakingARuleIsRejectedWholeWithTheRule() {
    String csv =
        HEADER
            // resolved before received
            + "c1,forum,,upload,high,2026-06-09T10:05:00Z,2026-06-09T10:05:00Z,2026-06-08T10:00:00Z,,,\n"
            // two channels but one contact
            + "c2,forum|phone,,upload,high,2026-06-09T10:05:00Z,,,1,,\n"
            // a channel twice
            + "c3,forum|phone|forum,,upload,high,2026-06-09T10:05:00Z,,,3,,\n"
            // resolved without a first response
            + "c4,forum,,upload,high,2026-06-09T10:05:00Z,,2026-06-10T10:00:00Z,,,\n";
    ReadReport r = read(collecting(), csv, new ArrayList<>());
    assertThat(r.rejects())
        .containsExactly(
            new Reject(InputLocation.row(1), "inconsistent case: resolved is before received"),
            new Reject(
                InputLocation.row(2),
                "inconsistent case: contacts (1) must be at least the number of channels used (2)"),
            new Reject(
                InputLocation.row(3),
                "inconsistent case: channels must not repeat: list each channel the case used"
                    + " once, in the order first used"),
            new Reject(
                InputLocation.row(4),
                "inconsistent case: a resolved case needs its firstResponse (the resolving answer"
                    + " may be the first: give the same time)"));
  }

  @Test
  void failFastStopsAtTheFirstBadRowWithItsCell() {
    BadInputException e =
        catchThrowableOfType(
            BadInputException.class,
            () ->
                read(
                    FeedbackCaseCsv.builder().build(),
                    HEADER + GOOD + "c2,forum,,upload,dire,2026-06-09T10:05:00Z,,,,,\n" + GOOD,
                    new ArrayList<>()));
    assertThat(e.kind()).isEqualTo(Kind.STRUCTURE);
    assertThat(e.location()).contains(InputLocation.cell(2, "severity"));
    assertThat(e.getMessage()).doesNotContain("dire");
  }

  @Test
  void headersBlankLinesControlCharactersAndTheBomAreTreatedAsByTheOtherReaders() {
    // A byte-order mark is skipped; blank lines are no rows; a control character rejects its row;
    // optional columns may be missing and other columns are ignored, in any order.
    String csv =
        "\uFEFFreceived,extra,severity,category,channels,case\r\n"
            + "2026-06-09T10:05:00Z,x,low,upload,web,c1\r\n"
            + "\r\n"
            + "2026-06-09T10:05:00Z,x\u0007,low,upload,web,c2\r\n"
            + "2026-06-09T10:05:00Z,x,low,upload,web,c3\r\n";
    List<FeedbackCase> out = new ArrayList<>();
    ReadReport r =
        collecting().read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), out::add);
    assertThat(r.rows()).isEqualTo(3);
    assertThat(out).extracting(FeedbackCase::id).containsExactly("c1", "c3");
    assertThat(r.rejects()).hasSize(1);
    assertThat(r.rejects().get(0).location()).isEqualTo(InputLocation.row(3));
    assertThat(r.rejects().get(0).reason()).startsWith("malformed CSV: a control character U+0007");

    BadInputException missing =
        catchThrowableOfType(
            BadInputException.class,
            () -> read(collecting(), "case,channels,category,severity\n", new ArrayList<>()));
    assertThat(missing.location()).contains(InputLocation.cell(0, "received"));
    assertThat(missing.reason()).startsWith("missing column");
    BadInputException twice =
        catchThrowableOfType(
            BadInputException.class,
            () -> read(collecting(), HEADER.strip() + ",rating\n", new ArrayList<>()));
    assertThat(twice.location()).contains(InputLocation.cell(0, "rating"));
    assertThat(twice.reason()).startsWith("ambiguous column");

    // A short row is a shape problem of the row, not a crash.
    ReadReport shortRow = read(collecting(), HEADER + "c1,forum\n", new ArrayList<>());
    assertThat(shortRow.rejected()).isEqualTo(1);
    assertThat(shortRow.rejects().get(0).location()).isEqualTo(InputLocation.row(1));
  }

  @Test
  void aHugeCellIsALimitErrorInBoundedMemory() {
    long[] served = {0};
    InputStream endless =
        new InputStream() {
          private final byte[] head = (HEADER + "c1,").getBytes(StandardCharsets.UTF_8);

          @Override
          public int read() {
            long at = served[0]++;
            return at < head.length ? head[(int) at] : at < 50_000_000L ? 'a' : -1;
          }
        };
    BadInputException e =
        catchThrowableOfType(BadInputException.class, () -> collecting().read(endless, x -> {}));
    assertThat(e.kind()).isEqualTo(Kind.LIMIT);
    assertThat(served[0]).isLessThan(10_000_000L);
  }

  static LongStream seeds() {
    return Seeds.few();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void randomTextNeverEscapesAsAnythingButBadInput(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String alphabet = ",|\"\n\r abcZ019:-T\u0000\uFEFF\u00e4";
    for (int round = 0; round < 500; round++) {
      StringBuilder s = new StringBuilder(round % 2 == 0 ? HEADER : "");
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        ReadReport r = read(collecting(), s.toString(), new ArrayList<>());
        assertThat(r.accepted() + r.rejected()).as(Seeds.describe(seed)).isEqualTo(r.rows());
      } catch (BadInputException expected) {
        assertThat(expected.getMessage()).as(Seeds.describe(seed)).isNotBlank();
      }
    }
  }

  @Test
  @SuppressWarnings("NullAway") // passes null on purpose
  void nullsAndUnusableDelimitersAreRefused() {
    FeedbackCaseCsv csv = FeedbackCaseCsv.builder().build();
    assertThatThrownBy(() -> csv.read((Reader) null, x -> {})).hasMessage("in");
    assertThatThrownBy(() -> csv.read(new StringReader(HEADER), null)).hasMessage("sink");
    assertThatThrownBy(() -> FeedbackCaseCsv.builder().onBadInput(null)).hasMessage("policy");
    assertThatThrownBy(() -> FeedbackCaseCsv.builder().delimiter('|'))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FeedbackCaseCsv.builder().delimiter(';').build().toString())
        .startsWith("FeedbackCaseCsv[delimiter ';'");
  }
}
