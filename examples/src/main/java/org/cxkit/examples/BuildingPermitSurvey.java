package org.cxkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.formats.ResponseCsv;

/**
 * Writes the building-permit feedback export: <b>synthetic</b> responses, seeded and reproducible,
 * in the long shape (one row per answer) with a {@code ;} delimiter, as a spreadsheet set to a
 * Finnish locale would save it. Columns: respondent, touchpoint, measure, score, submitted,
 * applicant (an attribute carried along).
 *
 * <p>What it simulates: applicants whose site plan upload fails (about 30 %) find the online
 * application hard (effort 2-3 of 7) and most of them switch channel and call the adviser, who
 * usually solves it (satisfaction 4-5). About 40 % get a request for missing documents, and that
 * letter is <b>the weakest link</b> (legal language: satisfaction around 2.5 of 5). Professional
 * builders are a little more satisfied than homeowners throughout.
 *
 * <p>Run: {@code java -cp examples/target/cx-examples.jar org.cxkit.examples.BuildingPermitSurvey
 * examples/building-permit/responses.csv [seed] [respondents]}.
 */
public final class BuildingPermitSurvey {
  /** The seed of the committed file. */
  public static final long SEED = 20260815L;

  /** How many respondents the committed file has. */
  public static final int RESPONDENTS = 360;

  private BuildingPermitSurvey() {}

  /**
   * Returns the reader for this export: long shape, {@code ;} delimiter, the submission time and
   * the applicant type carried along.
   *
   * @return the reader
   */
  public static ResponseCsv reader() {
    return ResponseCsv.builder()
        .delimiter(';')
        .timeColumn("submitted")
        .attribute("applicant")
        .build();
  }

  /**
   * Writes the export.
   *
   * @param args the output file, then optionally a seed and a number of respondents
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    GeneratorMain.run("BuildingPermitSurvey", args, SEED, RESPONDENTS, BuildingPermitSurvey::write);
  }

  /**
   * Writes the export to {@code w}.
   *
   * @param w where to write
   * @param seed the seed
   * @param respondents how many applicants
   * @throws IOException if writing fails
   */
  public static void write(Writer w, long seed, int respondents) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    Csv.row(
        w, List.of("respondent", "touchpoint", "measure", "score", "submitted", "applicant"), ';');
    LocalDate start = LocalDate.of(2026, 3, 2);
    for (int i = 1; i <= respondents; i++) {
      String id = String.format("a-%04d", i);
      boolean builder = rnd.nextDouble() < 0.3;
      String applicant = builder ? "builder" : "homeowner";
      double lift = builder ? 0.3 : 0.0;
      double mood = WaffleWednesdaySurvey.gaussian(rnd);
      Instant t = start.plusDays(rnd.nextInt(240)).atTime(10, 0).toInstant(ZoneOffset.UTC);
      boolean uploadFails = rnd.nextDouble() < 0.30;
      boolean called = uploadFails ? rnd.nextDouble() < 0.8 : rnd.nextDouble() < 0.1;
      boolean missing = rnd.nextDouble() < 0.41;

      answer(
          w,
          rnd,
          id,
          "permit-pages",
          "ces",
          WaffleWednesdaySurvey.point(rnd, 5.0 + lift + 0.5 * mood, 1, 7),
          t,
          applicant);
      int effort =
          uploadFails
              ? WaffleWednesdaySurvey.point(rnd, 2.6 + 0.3 * mood, 1, 7)
              : WaffleWednesdaySurvey.point(rnd, 5.6 + lift + 0.5 * mood, 1, 7);
      answer(w, rnd, id, "online-application", "ces", effort, t.plusSeconds(86_400), applicant);
      if (called) {
        answer(
            w,
            rnd,
            id,
            "adviser-call",
            "csat",
            WaffleWednesdaySurvey.point(rnd, 4.4 + 0.3 * mood, 1, 5),
            t.plusSeconds(2 * 86_400),
            applicant);
      }
      if (missing) {
        answer(
            w,
            rnd,
            id,
            "missing-documents",
            "csat",
            WaffleWednesdaySurvey.point(rnd, 2.5 + lift + 0.4 * mood, 1, 5),
            t.plusSeconds(9 * 86_400),
            applicant);
      }
      answer(
          w,
          rnd,
          id,
          "status-page",
          "csat",
          WaffleWednesdaySurvey.point(rnd, 3.7 + lift + 0.4 * mood, 1, 5),
          t.plusSeconds(20 * 86_400),
          applicant);
      answer(
          w,
          rnd,
          id,
          "decision-letter",
          "csat",
          WaffleWednesdaySurvey.point(rnd, 3.9 + lift + 0.5 * mood, 1, 5),
          t.plusSeconds(45 * 86_400),
          applicant);
      if (rnd.nextDouble() < 0.6) {
        answer(
            w,
            rnd,
            id,
            "final-inspection",
            "csat",
            WaffleWednesdaySurvey.point(rnd, 4.2 + 0.4 * mood, 1, 5),
            t.plusSeconds(200 * 86_400),
            applicant);
      }
      // The overall satisfaction item: no touchpoint.
      answer(
          w,
          rnd,
          id,
          "",
          "csat",
          WaffleWednesdaySurvey.point(rnd, 3.6 + lift + 0.6 * mood - (missing ? 0.4 : 0), 1, 5),
          t.plusSeconds(200 * 86_400),
          applicant);
    }
  }

  private static void answer(
      Writer w,
      SplittableRandom rnd,
      String id,
      String touchpoint,
      String measure,
      int score,
      Instant time,
      String applicant)
      throws IOException {
    boolean skipped = rnd.nextDouble() < 0.05;
    Csv.row(
        w,
        List.of(
            id,
            touchpoint,
            measure,
            skipped ? "" : Integer.toString(score),
            time.toString(),
            applicant),
        ';');
  }
}
