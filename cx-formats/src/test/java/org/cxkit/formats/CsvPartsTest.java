package org.cxkit.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.cxkit.core.MeasureId;
import org.cxkit.core.MetricTarget;
import org.cxkit.core.journey.Actor;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Phase;
import org.cxkit.core.journey.Stage;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.BadInputException;
import org.cxkit.metrics.InputLocation;
import org.cxkit.metrics.ReadReport;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ResponseCsv#readInto} in parts (the file cut at line ends), on any executor, gives exactly
 * what one part on the calling thread gives: the scorecard, the counts, the rejects with their row
 * numbers, and in fail-fast mode the same error. The executors: a same-thread one, a real pool, the
 * common pool, one that never runs what it is given, and one that refuses it. The cutting is made
 * small here (parts of a few hundred bytes) so that cuts land next to quoted cells, multi-line
 * cells, CRLF line ends, empty lines and bad rows. Replay a failure with {@code -Dcx.seed=N}.
 */
// A read that waits for a task the executor never runs would hang: fail it instead.
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CsvPartsTest {
  /** Four touchpoints in three stages; targets on NPS and CSAT (built-in measures). */
  static final Journey JOURNEY =
      Journey.builder("onboarding")
          .persona("busy-parent")
          .stage(
              Stage.builder("discover", Phase.BEFORE)
                  .touchpoint(
                      Touchpoint.builder("ad").communication(Actor.ORGANISATION, Actor.CUSTOMER)))
          .stage(
              Stage.builder("sign-up", Phase.DURING)
                  .touchpoint(
                      Touchpoint.builder("order")
                          .action(Actor.CUSTOMER)
                          .measure(MetricTarget.mean("csat", 4.2)))
                  .touchpoint(Touchpoint.builder("call-help").action(Actor.CUSTOMER)))
          .stage(
              Stage.builder("use", Phase.AFTER)
                  .touchpoint(
                      Touchpoint.builder("install")
                          .action(Actor.CUSTOMER)
                          .measure(MetricTarget.npsPoints("nps", 30))))
          .build();

  static final Scorecard CARD = Scorecard.of(JOURNEY);
  private static final MeasureId NPS = MeasureId.of("nps");
  private static final ExecutorService POOL = Executors.newFixedThreadPool(3);

  /** Executors that must all give the one-part result. */
  private static final List<Executor> EXECUTORS =
      List.of(
          Runnable::run,
          POOL,
          ForkJoinPool.commonPool(),
          task -> {}, // never runs the task: the calling thread reads every part
          task -> {
            throw new RejectedExecutionException("full");
          });

  @AfterAll
  static void stopPool() {
    POOL.shutdownNow();
  }

  @TempDir Path dir;

  static LongStream seeds() {
    String fixed = System.getProperty("cx.seed", "").trim();
    return fixed.isEmpty()
        ? LongStream.range(0, 60).map(i -> 0x5EEDL * 31 + i * 7919)
        : LongStream.of(Long.decode(fixed));
  }

  private static String file(SplittableRandom r, boolean clean) {
    List<String> tps = JOURNEY.touchpoints().stream().map(t -> t.id().value()).toList();
    String nl = r.nextInt(4) == 0 ? "\r\n" : "\n";
    StringBuilder sb = new StringBuilder(r.nextBoolean() ? "\uFEFF" : "");
    sb.append("respondent,touchpoint,measure,score,comment").append(nl);
    int rows = r.nextInt(20, 400);
    boolean quotes = r.nextBoolean(); // without quotes, every cut holds and the parts are used
    for (int i = 0; i < rows; i++) {
      int kind = clean ? 0 : r.nextInt(20);
      String tp = tps.get(r.nextInt(tps.size()));
      String resp = "r" + r.nextInt(1000);
      String measure = r.nextInt(8) == 0 ? "csat" : "nps";
      String score = Integer.toString(r.nextInt(11));
      String comment =
          switch (quotes ? r.nextInt(24) : 2) {
            case 0 -> "\"quoted, with a comma\"";
            case 1 -> "\"two" + nl + "lines \"\"quoted\"\"\"";
            case 2, 3, 4, 5 -> "";
            default -> "plain";
          };
      switch (kind) {
        case 1 -> score = "11"; // off the NPS scale
        case 2 -> tp = "not-a-touchpoint";
        case 3 -> tp = ""; // no touchpoint
        case 4 -> resp = " ";
        case 5 -> score = "";
        case 6 -> score = "x";
        case 7 -> {
          sb.append(nl); // an empty line
          continue;
        }
        case 8 -> comment = "too,many";
        default -> {}
      }
      sb.append(resp)
          .append(',')
          .append(tp)
          .append(',')
          .append(measure)
          .append(',')
          .append(score)
          .append(',')
          .append(comment)
          .append(nl);
    }
    return sb.toString();
  }

  private record Outcome(ReadReport report, ScorecardResult result) {}

  private Object read(Path file, int parts, boolean collect, long minPart, int window) {
    return read(file, parts, Runnable::run, collect, false, minPart, window);
  }

  private Object read(
      Path file,
      int parallelism,
      Executor executor,
      boolean collect,
      boolean r7,
      long minPart,
      int window) {
    ResponseCsv csv =
        ResponseCsv.builder()
            .parallelism(parallelism)
            .executor(executor)
            .onBadInput(collect ? BadInput.collect(r7 ? 7 : 10_000) : BadInput.failFast())
            .build();
    Scorecard.Tally tally = CARD.newTally();
    try {
      ReadReport report = csv.readInto(file, CARD, NPS, tally, minPart, window);
      assertThat(report.accepted() + report.rejected()).isEqualTo(report.rows());
      return new Outcome(report, tally.result());
    } catch (BadInputException e) {
      assertThat(tally.result().rows()).allSatisfy(row -> assertThat(row.result().n()).isZero());
      return String.valueOf(e.getMessage());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void partsReadLikeOneThread(long seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Path file = dir.resolve("r.csv");
    Files.writeString(file, file(r, r.nextInt(4) == 0), StandardCharsets.UTF_8);
    boolean collect = r.nextInt(3) != 0;
    boolean fewListed = r.nextInt(4) == 0; // the list of rejects cut short, across parts
    Object one = read(file, 1, Runnable::run, collect, fewListed, 1, 1);
    for (int parallelism = 2; parallelism <= 4; parallelism++) {
      long minPart = 1 + r.nextInt(200);
      int window = 1 + r.nextInt(24);
      for (int e = 0; e < EXECUTORS.size(); e++) {
        Object many =
            read(file, parallelism, EXECUTORS.get(e), collect, fewListed, minPart, window);
        assertThat(many)
            .as(
                "seed %s (replay: -Dcx.seed=%s), parallelism %s, executor %s",
                seed, seed, parallelism, e)
            .isEqualTo(one);
      }
    }
  }

  @Test
  void aQuotedCellAcrossTheCutFallsBackToOneThread() throws IOException {
    StringBuilder sb = new StringBuilder("respondent,touchpoint,measure,score,comment\n");
    for (int i = 0; i < 50; i++) {
      sb.append("r").append(i).append(",ad,nps,").append(i % 11).append(",x\n");
    }
    // A cell of many lines in the middle: a line feed near the midpoint is inside quotes.
    sb.append("q,order,nps,3,\"").append("line\n".repeat(200)).append("\"\n");
    for (int i = 0; i < 50; i++) {
      sb.append("s").append(i).append(",install,nps,").append(i % 11).append(",\n");
    }
    sb.append("t,install,nps,12,\n"); // a bad row after the cut
    Path file = dir.resolve("q.csv");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    Object one = read(file, 1, true, 1, 1);
    Object two = read(file, 2, true, 16, 1);
    assertThat(two).isEqualTo(one);
    Outcome o = (Outcome) two;
    assertThat(o.report().accepted()).isEqualTo(101);
    assertThat(o.report().rejects())
        .singleElement()
        .satisfies(x -> assertThat(x.location()).isEqualTo(InputLocation.cell(102, "score")));
    Object failFast = read(file, 2, false, 16, 1);
    assertThat(failFast).isEqualTo(read(file, 1, false, 1, 1));
    assertThat((String) failFast).contains("row 102");
  }

  @Test
  void measureUnknownToTheScorecardIsRefusedUpFront() throws IOException {
    Path file = dir.resolve("m.csv");
    Files.writeString(
        file, "respondent,touchpoint,measure,score\nr,ad,nps,3\n", StandardCharsets.UTF_8);
    Throwable t =
        catchThrowable(
            () ->
                ResponseCsv.builder()
                    .build()
                    .readInto(file, CARD, MeasureId.of("unknown-x"), CARD.newTally()));
    assertThat(t).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'unknown-x'");
  }

  @Test
  void partsAreReadByTheExecutorsTasks() throws IOException {
    StringBuilder sb = new StringBuilder("respondent,touchpoint,measure,score\n");
    for (int i = 0; i < 2000; i++) {
      sb.append("r").append(i).append(",install,nps,").append(i % 11).append('\n');
    }
    Path file = dir.resolve("p.csv");
    Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    java.util.Set<String> threads = java.util.concurrent.ConcurrentHashMap.newKeySet();
    java.util.concurrent.atomic.AtomicInteger handed =
        new java.util.concurrent.atomic.AtomicInteger();
    Executor recording =
        task -> {
          handed.incrementAndGet();
          POOL.execute(
              () -> {
                threads.add(Thread.currentThread().getName());
                task.run();
              });
        };
    Object pooled = read(file, 4, recording, true, false, 64, 64);
    // Up to parallelism - 1 tasks, each handed only while parts are left: tasks that start at once
    // may take every part before the last is handed (more likely the faster a part is read).
    assertThat(handed.get()).as("tasks handed to the executor").isBetween(1, 3);
    assertThat(threads)
        .as("pool threads that ran a task")
        .isNotEmpty()
        .allMatch(t -> t.startsWith("pool-"));
    assertThat(pooled).isEqualTo(read(file, 1, true, 1, 1));
    Outcome o = (Outcome) pooled;
    assertThat(o.report().rows()).isEqualTo(2000);
    assertThat(o.result().rows(org.cxkit.core.TouchpointId.of("install")).get(0).result().n())
        .isEqualTo(2000);
  }
}
