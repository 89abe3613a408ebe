package org.cxkit.benchmarks.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.PathsResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The benchmark measures what it says, on a small input. */
class JourneysBenchTest {
  @Test
  void computesOverEveryJourneyOfTheOperation() {
    JourneysBench b = new JourneysBench();
    b.touchpoints = 50;
    b.journeys = 2000;
    b.distinct = 500;
    b.setup();
    assertThat(b.design.touchpoints()).hasSize(50);
    assertThat(b.first().value()).isEqualTo("tp-0");
    // about 10 events per journey
    assertThat(b.events()).isBetween(2000L * 8, 2000L * 12);
    ConformanceResult c = b.conformance();
    assertThat(c.journeys()).isEqualTo(2000);
    assertThat(c.events()).isEqualTo(b.events());
    assertThat(c.fitness().orElseThrow()).isBetween(0.0, 1.0);
    PathsResult p = b.paths();
    assertThat(p.journeys()).isEqualTo(2000);
    assertThat(p.events()).isEqualTo(b.events());
    long follows = p.directlyFollows().stream().mapToLong(m -> m.count()).sum();
    assertThat(follows).isEqualTo(b.events() - 2000);
    DirectlyFollowsResult g = b.directlyFollows();
    assertThat(g.journeys()).isEqualTo(2000);
    assertThat(g.events()).isEqualTo(b.events());
    assertThat(g.directlyFollows()).isEqualTo(p.directlyFollows());
    assertThat(b.directlyFollowsCoded()).isEqualTo(g);
  }

  /** The design has the groups asked for, and conformance aligns every journey over them. */
  @ParameterizedTest(name = "{0} groups")
  @ValueSource(ints = {1, 6})
  void theDesignHasItsParallelGroups(int groups) {
    JourneysBench b = new JourneysBench();
    b.touchpoints = 50;
    b.journeys = 1000;
    b.distinct = 500;
    b.groups = groups;
    b.setup();
    assertThat(b.design.parallelGroups()).hasSize(groups);
    assertThat(b.design.parallelGroups())
        .allSatisfy(g -> assertThat(g.touchpoints().size()).isBetween(2, 6));
    ConformanceResult c = b.conformance();
    assertThat(c.journeys()).isEqualTo(1000);
    assertThat(c.events()).isEqualTo(b.events());
    assertThat(c.fitness().orElseThrow()).isBetween(0.0, 1.0);
  }
}
