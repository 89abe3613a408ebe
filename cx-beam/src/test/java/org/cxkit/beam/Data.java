package org.cxkit.beam;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.MeasureId;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.metrics.Response;

/** Seeded responses to the meetup fixture's journey {@code first-visit}. */
final class Data {
  static final String JOURNEY = "first-visit";
  static final String[] SEGMENTS = {"new", "returning", "speaker"};

  private Data() {}

  static CxModel model() {
    return Fixtures.meetup();
  }

  /**
   * Returns {@code n} valid responses: NPS 0–10, CSAT 1–5, CES 1–7, on the journey's touchpoints or
   * on none, from a pool of respondents small enough that respondents repeat, some with a time and
   * a segment attribute.
   */
  static ImmutableList<Response> responses(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<TouchpointId> touchpoints = new ArrayList<>();
    for (Touchpoint t : model().journey(JOURNEY).orElseThrow().touchpoints()) {
      touchpoints.add(t.id());
    }
    String[] measures = {"nps", "csat", "ces"};
    int[] max = {10, 5, 7};
    int[] min = {0, 1, 1};
    ImmutableList.Builder<Response> out = ImmutableList.builder();
    for (int i = 0; i < n; i++) {
      int m = random.nextInt(measures.length);
      Optional<TouchpointId> tp =
          random.nextInt(10) == 0
              ? Optional.empty()
              : Optional.of(touchpoints.get(random.nextInt(touchpoints.size())));
      Optional<Instant> time =
          random.nextBoolean()
              ? Optional.of(Instant.ofEpochSecond(1_780_000_000L + random.nextInt(1_000_000), 0))
              : Optional.empty();
      out.add(
          new Response(
              "r-" + random.nextInt(Math.max(1, n / 3)),
              tp,
              MeasureId.of(measures[m]),
              min[m] + random.nextInt(max[m] - min[m] + 1),
              time,
              ImmutableSortedMap.of("segment", SEGMENTS[random.nextInt(SEGMENTS.length)])));
    }
    return out.build();
  }
}
