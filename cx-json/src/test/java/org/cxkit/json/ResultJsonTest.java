package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.cxkit.core.CxModel;
import org.cxkit.core.Scale;
import org.cxkit.core.journey.Journey;
import org.cxkit.core.journey.Touchpoint;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TouchpointScore;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;

/** Metric results as dashboard JSON: every figure the result has, nothing it does not. */
class ResultJsonTest {
  static final CxJson JSON = CxJson.defaults();
  static final ObjectMapper TREE = new ObjectMapper();

  static ScorecardResult scorecard(CxModel model, long seed) {
    Journey j = model.journeys().get(0);
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Response> responses = new ArrayList<>();
    for (Touchpoint t : j.touchpoints()) {
      for (var target : t.measures()) {
        int max = model.measure(target.measure()).orElseThrow().scale().max();
        int min = model.measure(target.measure()).orElseThrow().scale().min();
        int n = t.id().value().equals("install") ? 3 : 40; // one row with too few responses
        for (int i = 0; i < n; i++) {
          responses.add(
              Response.of("r" + i, target.measure().value(), min + rnd.nextInt(max - min + 1))
                  .withTouchpoint(t.id().value()));
        }
      }
    }
    responses.add(Response.of("x", "nps", 9).withTouchpoint("not-in-journey"));
    return Scorecard.builder(j).model(model).minimumN(10).build().compute(responses);
  }

  @Test
  void scorecardJsonCarriesEveryRowWithItsFigures() throws Exception {
    ScorecardResult s = scorecard(Fixtures.rich(), 7);
    String text = JSON.writeScorecard(s);
    assertThat(JSON.writeScorecard(s)).isEqualTo(text);
    JsonNode root = TREE.readTree(text);
    assertThat(root.get("cxkit").asText()).isEqualTo("1.0");
    assertThat(root.get("kind").asText()).isEqualTo("scorecard");
    assertThat(root.get("journey").asText()).isEqualTo("onboarding");
    assertThat(root.get("rows")).hasSize(s.rows().size());
    for (int i = 0; i < s.rows().size(); i++) {
      TouchpointScore row = s.rows().get(i);
      JsonNode r = root.get("rows").get(i);
      assertThat(r.get("touchpoint").asText()).isEqualTo(row.touchpoint().value());
      assertThat(r.get("status").asText()).isEqualTo(row.status().name());
      assertThat(r.get("result").get("n").asLong()).isEqualTo(row.result().n());
      if (row.result().headline().isPresent()) {
        assertThat(r.get("result").get("headline").asDouble())
            .isCloseTo(row.result().headline().getAsDouble(), within(0.0));
      } else {
        assertThat(r.get("result").has("headline")).isFalse();
        assertThat(r.get("result").get("reason").asText()).contains("too few");
      }
    }
    assertThat(root.get("unknownTouchpoints").get("not-in-journey").asLong()).isEqualTo(1);
    assertThat(root.get("noData")).hasSize(s.noData().size());
    assertThat(text).doesNotContain("null").doesNotContain("NaN");
  }

  @Test
  void npsResultJson() throws Exception {
    NpsResult r = NpsResult.ofCounts(10, 20, 30);
    JsonNode n = TREE.readTree(JSON.writeResult(r));
    assertThat(n.get("kind").asText()).isEqualTo("nps-result");
    assertThat(n.get("metric").asText()).isEqualTo("nps");
    assertThat(n.get("n").asLong()).isEqualTo(60);
    assertThat(n.get("headline").asDouble()).isCloseTo(100.0 * (30 - 10) / 60, within(1e-12));
    assertThat(n.get("promoters").asLong()).isEqualTo(30);
    assertThat(n.get("interval").get("level").asDouble()).isEqualTo(0.95);
    assertThat(n.get("histogram").get("counts")).hasSize(11);
    JsonNode empty = TREE.readTree(JSON.writeResult(NpsResult.ofCounts(0, 0, 0)));
    assertThat(empty.has("headline")).isFalse();
    assertThat(empty.get("reason").asText()).isEqualTo("no responses");
  }

  @Test
  void upliftJson() throws Exception {
    DelightUplift.BinaryTally t = DelightUplift.binary(Scale.CSAT).newTally();
    SplittableRandom rnd = new SplittableRandom(3);
    for (int i = 0; i < 500; i++) {
      int sat = 1 + rnd.nextInt(5);
      t.add(sat, rnd.nextInt(10) < sat * 2);
    }
    UpliftResult u = t.result();
    JsonNode n = TREE.readTree(JSON.writeUplift(u));
    assertThat(n.get("kind").asText()).isEqualTo("delight-uplift");
    assertThat(n.get("outcome").asText()).isEqualTo("BINARY");
    assertThat(n.get("n").asLong()).isEqualTo(u.n());
    assertThat(n.get("groups")).hasSize(u.groups().size());
    assertThat(n.get("absoluteUplift").asDouble()).isEqualTo(u.absoluteUplift().getAsDouble());
    assertThat(n.get("interval").get("lower").asDouble())
        .isEqualTo(u.interval(0.95).orElseThrow().lower());
  }

  @Test
  void hostMapperWritesResultsWithoutTheEnvelope() throws Exception {
    ObjectMapper host =
        com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .addModule(new CxJacksonModule())
            .build();
    JsonNode n = TREE.readTree(host.writeValueAsString(NpsResult.ofCounts(1, 2, 3)));
    assertThat(n.has("cxkit")).isFalse();
    assertThat(n.get("n").asLong()).isEqualTo(6);
    JsonNode s = TREE.readTree(host.writeValueAsString(scorecard(Fixtures.rich(), 1)));
    assertThat(s.get("journey").asText()).isEqualTo("onboarding");
  }
}
