package org.cxkit.examples;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.formats.ResponseCsv;

/**
 * Writes the Waffle Wednesday survey export: <b>synthetic</b> responses, seeded and reproducible,
 * in the wide shape real survey tools export (one row per respondent, one column per question, full
 * question texts as headers, answers as labels where the survey showed labels, blank cells for
 * skipped questions, a free-text column with commas, quotes and line breaks).
 *
 * <p>What it simulates, so the analysis has something true to find:
 *
 * <ul>
 *   <li>Each respondent has a latent mood (normal, mean 0, sd 1) that lifts or lowers every answer
 *       a little.
 *   <li>Most touchpoints go well. <b>Networking is clearly the weakest</b>: newcomers are often
 *       left alone (mean around 3 of 5). <b>Arrival fails for about one visitor in six</b> (the
 *       street door locks at 17:00) and then scores 1 or 2. The waffles are loved.
 *   <li>About one in ten sign-ups hits a full event and answers the waitlist question.
 *   <li>The overall satisfaction item follows the mood and the touchpoint experiences; <b>delighted
 *       visitors (5 of 5) come back within three months far more often</b> (about 70 %) than merely
 *       satisfied ones (4 of 5, about 40 %) or the rest (about 15 %).
 *   <li>About 7 % of touchpoint questions are skipped (blank cells); the next-sign-up touchpoint is
 *       not asked about at all, so the scorecard lists it as having no data.
 * </ul>
 *
 * <p>Run: {@code java -cp examples/target/cx-examples.jar org.cxkit.examples.WaffleWednesdaySurvey
 * examples/waffle-wednesday/responses.csv [seed] [respondents]}.
 */
public final class WaffleWednesdaySurvey {
  /** The seed of the committed file. */
  public static final long SEED = 20261007L;

  /** How many respondents the committed file has. */
  public static final int RESPONDENTS = 480;

  static final String[] SATISFACTION = {
    "Very dissatisfied",
    "Dissatisfied",
    "Neither satisfied nor dissatisfied",
    "Satisfied",
    "Very satisfied"
  };
  static final String[] WAFFLE = {"Meh", "OK", "Good", "Great", "Yum!"};

  static final String[] HEADER = {
    "Response ID",
    "Submitted",
    "Which event did you attend?",
    "How easy was it to find the date, time and place on the event page? (1 = very hard, 7 = very easy)",
    "How easy was it to sign up? (1 = very hard, 7 = very easy)",
    "How satisfied were you with the waitlist offer, if you got one?",
    "How satisfied were you with the reminder e-mail?",
    "How satisfied were you with getting in: finding the door, being welcomed?",
    "How likely are you to recommend the talk to a friend or colleague?",
    "How were the waffles?",
    "How satisfied were you with meeting people, and with the introductions?",
    "How satisfied were you with the follow-up e-mail (slides, thanks, next date)?",
    "How likely are you to recommend Waffle Wednesday to a friend or colleague?",
    "Overall, how satisfied are you with Waffle Wednesday?",
    "Came back within 3 months",
    "Anything else you would like to tell us?"
  };

  private static final String[] COMMENTS = {
    "Loved the waffles, but I didn't know anyone and nobody introduced me.",
    "The door was locked when I arrived at 17:05, had to call \"the host\" to get in.",
    "Great talk! Could be 10 minutes shorter, though.",
    "More vegan toppings, please.",
    "I came for the topic, stayed for the people.\nSee you next month!",
    "Reminder e-mail had the door code, super helpful.",
    "Felt a bit cliquey; regulars, newcomers, two separate groups.",
    "Perfect length. Home by seven.",
    "Would love a name-tag colour for \"first time here\".",
    "Slides in the follow-up, thanks; the survey was short, good."
  };

  private WaffleWednesdaySurvey() {}

  /**
   * Returns the reader that maps this export's columns to touchpoints and measures: which question
   * is about which touchpoint, how its labels translate to scale points, and which columns ride
   * along as attributes ({@code event}, {@code returned}).
   *
   * @return the reader
   */
  public static ResponseCsv reader() {
    return ResponseCsv.builder()
        .wide(HEADER[0])
        .timeColumn(HEADER[1])
        .attribute(HEADER[2], "event")
        .question(HEADER[3], "event-page", "ces")
        .question(HEADER[4], "sign-up", "ces")
        .question(HEADER[5], "waitlist", "csat", ResponseCsv.CSAT_LABELS)
        .question(HEADER[6], "reminder", "csat", ResponseCsv.CSAT_LABELS)
        .question(HEADER[7], "arrival", "csat", ResponseCsv.CSAT_LABELS)
        .question(HEADER[8], "talk", "nps")
        .question(HEADER[9], "waffles", "waffle-rating", labels(WAFFLE))
        .question(HEADER[10], "networking", "csat", ResponseCsv.CSAT_LABELS)
        .question(HEADER[11], "follow-up", "csat", ResponseCsv.CSAT_LABELS)
        .overall(HEADER[12], "nps")
        .overall(HEADER[13], "csat")
        .attribute(HEADER[14], "returned")
        .build();
  }

  private static ImmutableMap<String, Integer> labels(String[] labels) {
    ImmutableMap.Builder<String, Integer> b = ImmutableMap.builder();
    for (int i = 0; i < labels.length; i++) {
      b.put(labels[i], i + 1);
    }
    return b.buildOrThrow();
  }

  /**
   * Writes the survey export.
   *
   * @param args the output file, then optionally a seed and a number of respondents
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    GeneratorMain.run(
        "WaffleWednesdaySurvey", args, SEED, RESPONDENTS, WaffleWednesdaySurvey::write);
  }

  /**
   * Writes the export to {@code w}.
   *
   * @param w where to write
   * @param seed the seed
   * @param respondents how many rows
   * @throws IOException if writing fails
   */
  public static void write(Writer w, long seed, int respondents) throws IOException {
    SplittableRandom rnd = new SplittableRandom(seed);
    Csv.row(w, List.of(HEADER));
    LocalDate firstEvent = LocalDate.of(2026, 5, 6);
    for (int i = 1; i <= respondents; i++) {
      double mood = gaussian(rnd);
      LocalDate event = firstEvent.plusWeeks(4L * rnd.nextInt(6));
      Instant submitted =
          event
              .atTime(19, 0)
              .toInstant(ZoneOffset.ofHours(3))
              .plusSeconds(60L * rnd.nextInt(60 * 48));
      boolean waitlisted = rnd.nextDouble() < 0.10;
      boolean doorLocked = rnd.nextDouble() < 0.17;

      int eventPage = point(rnd, 5.9 + 0.5 * mood, 1, 7);
      int signUp = point(rnd, 6.1 + 0.4 * mood, 1, 7);
      int waitlist = point(rnd, 3.3 + 0.5 * mood, 1, 5);
      int reminder = point(rnd, 4.3 + 0.4 * mood, 1, 5);
      int arrival = doorLocked ? 1 + rnd.nextInt(2) : point(rnd, 4.4 + 0.4 * mood, 1, 5);
      int talk = point(rnd, 7.9 + 1.1 * mood, 0, 10);
      int waffles = point(rnd, 4.6 + 0.3 * mood, 1, 5);
      int networking = point(rnd, 3.0 + 0.7 * mood, 1, 5);
      int followUp = point(rnd, 4.0 + 0.5 * mood, 1, 5);
      double experience = (arrival + networking + waffles + reminder) / 4.0;
      int overall = point(rnd, 0.55 * experience + 2.2 + 0.6 * mood, 1, 5);
      int nps = point(rnd, 2.0 * overall - 0.4 + 0.8 * mood, 0, 10);
      double pReturn = overall == 5 ? 0.70 : overall == 4 ? 0.40 : overall == 3 ? 0.18 : 0.08;
      boolean returned = rnd.nextDouble() < pReturn;

      List<String> row = new ArrayList<>();
      row.add(String.format("r-%04d", i));
      row.add(submitted.toString());
      row.add(event.toString());
      row.add(maybe(rnd, 0.07, Integer.toString(eventPage)));
      row.add(maybe(rnd, 0.07, Integer.toString(signUp)));
      row.add(waitlisted ? maybe(rnd, 0.07, SATISFACTION[waitlist - 1]) : "");
      row.add(maybe(rnd, 0.07, SATISFACTION[reminder - 1]));
      row.add(maybe(rnd, 0.07, SATISFACTION[arrival - 1]));
      row.add(maybe(rnd, 0.07, Integer.toString(talk)));
      row.add(maybe(rnd, 0.07, WAFFLE[waffles - 1]));
      row.add(maybe(rnd, 0.07, SATISFACTION[networking - 1]));
      row.add(maybe(rnd, 0.07, SATISFACTION[followUp - 1]));
      row.add(maybe(rnd, 0.02, Integer.toString(nps)));
      row.add(maybe(rnd, 0.02, Integer.toString(overall)));
      row.add(returned ? "yes" : "no");
      row.add(rnd.nextDouble() < 0.25 ? COMMENTS[rnd.nextInt(COMMENTS.length)] : "");
      Csv.row(w, row);
    }
  }

  private static String maybe(SplittableRandom rnd, double skip, String value) {
    return rnd.nextDouble() < skip ? "" : value;
  }

  /** A point on min..max around {@code mean}, with normal noise of sd 0.9, rounded and clamped. */
  static int point(SplittableRandom rnd, double mean, int min, int max) {
    long v = Math.round(mean + 0.9 * gaussian(rnd));
    return (int) Math.max(min, Math.min(max, v));
  }

  /** A standard normal draw (Box-Muller). */
  static double gaussian(SplittableRandom rnd) {
    double u = 1.0 - rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }
}
