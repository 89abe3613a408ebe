package org.cxkit.json.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.metrics.Response;

/**
 * What a host's service exchanges with cxkit through its own JSON mapper, for the host-mapper tests
 * of cx-json (Jackson 2) and cx-json3 (Jackson 3): seeded generators of responses and events with
 * every optional part present or not, and the host's own request records that embed cxkit values.
 * Shipped in cx-json's test-jar (automatic module {@code org.cxkit.json.testing}), so both majors'
 * tests exchange the same values; replay a seed with {@code -Dcx.seed=N} (cx-core's {@code Seeds}).
 *
 * <pre>{@code
 * SplittableRandom rnd = new SplittableRandom(seed);
 * Response r = HostExchanges.response(rnd, 0);
 * String body = hostMapper.writeValueAsString(new HostExchanges.ScorecardRequest("m", List.of(r)));
 * }</pre>
 *
 * @since 0.1
 */
public final class HostExchanges {
  private HostExchanges() {}

  /**
   * A host's scorecard request: a model id and the responses, cxkit values inside a record of the
   * host's.
   *
   * @param model the model's id
   * @param responses the responses
   */
  public record ScorecardRequest(String model, List<Response> responses) {}

  /**
   * A host's check request: a label and a whole model embedded in the body.
   *
   * @param label the host's label
   * @param model the model
   */
  public record CheckRequest(String label, CxModel model) {}

  /**
   * A host's record whose map is keyed by a cxkit id.
   *
   * @param counts counts by touchpoint
   */
  public record Tagged(Map<TouchpointId, Integer> counts) {}

  /**
   * Returns a response with every optional part (touchpoint, time, attributes with characters that
   * JSON and JSON Pointer escape) present or not.
   *
   * @param rnd the seeded source
   * @param i the response's number, which makes its respondent
   * @return the response
   */
  public static Response response(SplittableRandom rnd, int i) {
    Response r = Response.of("r-" + i, rnd.nextBoolean() ? "nps" : "csat", rnd.nextInt(11));
    if (rnd.nextBoolean()) {
      r = r.withTouchpoint("tp-" + rnd.nextInt(5));
    }
    if (rnd.nextBoolean()) {
      r = r.withTime(Instant.ofEpochSecond(1_700_000_000L + rnd.nextInt(1_000_000)));
    }
    if (rnd.nextBoolean()) {
      r = r.withAttributes(Map.of("segment", "s" + rnd.nextInt(3), "a/b~c", "\u00e9 \"q\"\n"));
    }
    return r;
  }

  /**
   * Returns an event with every optional part present or not, designed (a touchpoint) or ad hoc.
   *
   * @param rnd the seeded source
   * @param i the event's number, which makes its customer, case and session
   * @return the event
   */
  public static JourneyEvent event(SplittableRandom rnd, int i) {
    JourneyEvent.Builder b =
        JourneyEvent.builder().time(Instant.ofEpochMilli(rnd.nextLong(1L << 42)));
    int who = 1 + rnd.nextInt(7); // a non-empty subset of customer, case, session
    if ((who & 1) != 0) {
      b.customer("c-" + i);
    }
    if ((who & 2) != 0) {
      b.caseId("case " + i);
    }
    if ((who & 4) != 0) {
      b.session("s/" + i);
    }
    if (rnd.nextBoolean()) {
      b.touchpoint("tp-" + rnd.nextInt(5));
    } else {
      b.adHoc("asked a friend \u00e9 " + i);
    }
    if (rnd.nextBoolean()) {
      b.channel(Channel.values()[rnd.nextInt(Channel.values().length)]);
    }
    if (rnd.nextBoolean()) {
      b.initiator(Initiator.values()[rnd.nextInt(Initiator.values().length)]);
    }
    if (rnd.nextBoolean()) {
      b.outcome(Outcome.values()[rnd.nextInt(Outcome.values().length)]);
    }
    if (rnd.nextBoolean()) {
      b.attribute("agent", "bot " + rnd.nextInt(3));
    }
    return b.build();
  }
}
