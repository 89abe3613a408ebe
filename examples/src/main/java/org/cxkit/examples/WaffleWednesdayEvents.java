package org.cxkit.examples;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the Waffle Wednesday event log: <b>synthetic</b> journey events of first visits, seeded
 * and reproducible, one CSV row per event (customer, touchpoint or ad hoc step, time with its
 * Helsinki offset, channel, initiator, outcome), customers one after another and each customer's
 * events in time order.
 *
 * <p>What it simulates, against the first-visit design (social post, event page, sign-up, reminder,
 * arrival, talk, waffles, networking, follow-up, photos, next sign-up; a waitlist when the event is
 * full; a loop back from the reminder to the event page):
 *
 * <ul>
 *   <li>About 30 % of visitors <b>loop back to compare dates</b>: after the reminder they go back
 *       to the event page and sign up again (a designed LOOP_BACK, so it costs nothing).
 *   <li>About 10 % find the event full, join the waitlist and take a seat next month (the designed
 *       alternative); their journey ends there.
 *   <li><b>Arrival fails for about one visitor in six</b> (the street door locks at 17:00). Half of
 *       them first try the organisers' chat, which nobody answers (an ad hoc step on CHAT, FAILED),
 *       and then phone the host (an ad hoc step on PHONE): the <b>channel switch after a failed
 *       chat</b>. The others phone straight away.
 *   <li>About 25 % skip networking (a missing touchpoint); about 35 % leave after the event (the
 *       follow-up, photos and next sign-up are missing); about 10 % of those who stay see the
 *       photos before the follow-up e-mail (an irregular sequence).
 *   <li>About 5 % heard of the event from a friend rather than the social post (an ad hoc first
 *       step).
 * </ul>
 *
 * <p>Run: {@code java -cp examples/target/cx-examples.jar org.cxkit.examples.WaffleWednesdayEvents
 * examples/waffle-wednesday/events.csv [seed] [customers]}.
 */
public final class WaffleWednesdayEvents {
  /** The seed of the committed file. */
  public static final long SEED = 20261104L;

  /** How many customers the committed file has. */
  public static final int CUSTOMERS = 200;

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  static final List<String> HEADER =
      List.of("customer", "touchpoint", "ad_hoc", "time", "channel", "initiator", "outcome");

  private WaffleWednesdayEvents() {}

  /**
   * Writes the log.
   *
   * @param args OUT.csv [seed] [customers]
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    GeneratorMain.run("WaffleWednesdayEvents", args, SEED, CUSTOMERS, WaffleWednesdayEvents::write);
  }

  /** One customer's events as they are written. */
  private static final class Visit {
    final String customer;
    final List<List<String>> rows = new ArrayList<>();
    ZonedDateTime at;

    Visit(String customer, ZonedDateTime start) {
      this.customer = customer;
      this.at = start;
    }

    void event(String tp, String adHoc, String channel, String initiator, String outcome) {
      rows.add(
          List.of(
              customer,
              tp,
              adHoc,
              at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
              channel,
              initiator,
              outcome));
    }

    void touchpoint(String tp, String channel, String initiator) {
      event(tp, "", channel, initiator, "completed");
    }

    void after(SplittableRandom r, Duration min, Duration spread) {
      at = at.plus(min).plusSeconds(r.nextLong(Math.max(1, spread.toSeconds())));
    }
  }

  /**
   * Writes {@code customers} customers' events from {@code seed}.
   *
   * @param w where to write
   * @param seed the seed
   * @param customers how many customers
   * @throws IOException if writing fails
   */
  public static void write(Writer w, long seed, int customers) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    Csv.row(w, HEADER);
    // the event night: Wednesday 4 November 2026, doors at 17:00 Helsinki time
    ZonedDateTime night = LocalDateTime.of(2026, 11, 4, 17, 0).atZone(HELSINKI);
    for (int c = 1; c <= customers; c++) {
      Visit v =
          new Visit(
              String.format(java.util.Locale.ROOT, "c%03d", c),
              night
                  .minusDays(14 + r.nextInt(14))
                  .withHour(8 + r.nextInt(12))
                  .withMinute(r.nextInt(60)));
      if (r.nextInt(100) < 5) {
        v.event("", "heard from a friend", "FACE_TO_FACE", "THIRD_PARTY", "completed");
      } else {
        v.touchpoint("social-post", "SOCIAL_MEDIA", "ORGANISATION");
      }
      v.after(r, Duration.ofMinutes(2), Duration.ofHours(20));
      v.touchpoint("event-page", "WEB", "CUSTOMER");
      v.after(r, Duration.ofMinutes(1), Duration.ofMinutes(30));
      v.touchpoint("sign-up", "WEB", "CUSTOMER");
      if (r.nextInt(100) < 10) {
        v.after(r, Duration.ofSeconds(10), Duration.ofMinutes(1));
        v.touchpoint("waitlist", "EMAIL", "ORGANISATION");
        v.after(r, Duration.ofDays(20), Duration.ofDays(5));
        v.touchpoint("next-sign-up", "WEB", "CUSTOMER");
        write(w, v);
        continue;
      }
      v.after(r, Duration.ofDays(5), Duration.ofDays(3));
      v.touchpoint("reminder", "EMAIL", "ORGANISATION");
      if (r.nextInt(100) < 30) {
        // back to the event page to compare dates, and a new sign-up
        v.after(r, Duration.ofMinutes(1), Duration.ofHours(3));
        v.touchpoint("event-page", "WEB", "CUSTOMER");
        v.after(r, Duration.ofMinutes(1), Duration.ofMinutes(20));
        v.touchpoint("sign-up", "WEB", "CUSTOMER");
        v.after(r, Duration.ofMinutes(1), Duration.ofMinutes(2));
        v.touchpoint("reminder", "EMAIL", "ORGANISATION");
      }
      v.at = night.plusMinutes(r.nextInt(25));
      if (r.nextInt(6) == 0) {
        v.event("arrival", "", "FACE_TO_FACE", "CUSTOMER", "failed");
        if (r.nextBoolean()) {
          v.after(r, Duration.ofMinutes(1), Duration.ofMinutes(3));
          v.event("", "chat with the organisers", "CHAT", "CUSTOMER", "failed");
        }
        v.after(r, Duration.ofMinutes(2), Duration.ofMinutes(5));
        v.event("", "phone the host", "PHONE", "CUSTOMER", "completed");
      } else {
        v.touchpoint("arrival", "FACE_TO_FACE", "CUSTOMER");
      }
      v.at = night.plusMinutes(30 + r.nextInt(3));
      v.touchpoint("talk", "EVENT", "ORGANISATION");
      v.after(r, Duration.ofMinutes(40), Duration.ofMinutes(10));
      v.touchpoint("waffles", "EVENT", "ORGANISATION");
      if (r.nextInt(100) >= 25) {
        v.after(r, Duration.ofMinutes(10), Duration.ofMinutes(20));
        v.touchpoint("networking", "FACE_TO_FACE", "CUSTOMER");
      }
      if (r.nextInt(100) < 35) {
        write(w, v);
        continue;
      }
      ZonedDateTime nextMorning = night.plusDays(1).withHour(9);
      boolean photosFirst = r.nextInt(100) < 10;
      v.at = nextMorning.plusMinutes(r.nextInt(600));
      if (photosFirst) {
        v.touchpoint("photos", "SOCIAL_MEDIA", "ORGANISATION");
        v.after(r, Duration.ofHours(2), Duration.ofHours(10));
        v.touchpoint("follow-up", "EMAIL", "ORGANISATION");
      } else {
        v.touchpoint("follow-up", "EMAIL", "ORGANISATION");
        v.after(r, Duration.ofHours(1), Duration.ofHours(10));
        v.touchpoint("photos", "SOCIAL_MEDIA", "ORGANISATION");
      }
      v.after(r, Duration.ofDays(1), Duration.ofDays(20));
      v.touchpoint("next-sign-up", "WEB", "CUSTOMER");
      write(w, v);
    }
  }

  private static void write(Writer w, Visit v) throws IOException {
    for (List<String> row : v.rows) {
      Csv.row(w, row);
    }
  }
}
