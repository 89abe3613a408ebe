package org.cxkit.beam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.stream.LongStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.CombineFnTester;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.cxkit.core.Measure;
import org.cxkit.core.Scale;
import org.cxkit.core.testing.Seeds;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.BadInput;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.DelightUplift.Customer;
import org.cxkit.metrics.analysis.DriverWeight;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.Trends;
import org.cxkit.metrics.analysis.UpliftResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The typed transforms of the delight uplift, key drivers and trends on the DirectRunner: for
 * random splits and orders of the same data, the pipeline's result equals the local one-pass
 * result, bit for bit where the state holds counts (yes/no and NPS uplift, trends), and to rounding
 * where it holds floating-point sums (numeric uplift, key drivers), as their states document.
 */
class AnalysesPipelineTest {
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  /** Three seeds (or the one of -Dcx.seed): each pipeline takes 2-3 s on the DirectRunner. */
  static LongStream pipelineSeeds() {
    return Seeds.seeds(3);
  }

  /** Customers with a CSAT answer 1–5 and an outcome that tends to grow with it. */
  static <O> List<Customer<O>> customers(
      long seed, int n, BiFunction<Integer, SplittableRandom, O> outcome) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Customer<O>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int sat = 1 + random.nextInt(5);
      out.add(new Customer<>(sat, outcome.apply(sat, random)));
    }
    return out;
  }

  static List<Customer<Boolean>> binaryCustomers(long seed, int n) {
    return customers(seed, n, (sat, random) -> random.nextInt(10) < 3 + sat);
  }

  static List<Customer<Integer>> npsCustomers(long seed, int n) {
    return customers(seed, n, (sat, random) -> Math.min(10, random.nextInt(7) + sat));
  }

  static List<Customer<Double>> numericCustomers(long seed, int n) {
    return customers(seed, n, (sat, random) -> 20 * sat + random.nextDouble() * 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void binaryAndNpsUpliftEqualTheLocalResultBitForBit(long seed) {
    List<Customer<Boolean>> binary = binaryCustomers(seed, 500);
    List<Customer<Integer>> nps = npsCustomers(seed, 500);
    UpliftResult localBinary = DelightUplift.binary(Scale.CSAT).newTally().addAll(binary).result();
    UpliftResult localNps = DelightUplift.nps(Scale.CSAT).newTally().addAll(nps).result();

    Pipeline p = PipelineTest.pipeline();
    PCollection<UpliftResult> b =
        PipelineTest.splitAndShuffled(p, binary, seed, CustomerCoder.binary())
            .apply("binary", CxTransforms.uplift(() -> DelightUplift.binary(Scale.CSAT)));
    PCollection<UpliftResult> n =
        PipelineTest.splitAndShuffled(p, nps, seed + 1, CustomerCoder.nps())
            .apply("nps", CxTransforms.uplift(() -> DelightUplift.nps(Scale.CSAT)));
    assertThat(b.getCoder()).isEqualTo(ResultCoder.of(UpliftResult.class));
    PAssert.thatSingleton("binary", b).isEqualTo(localBinary);
    PAssert.thatSingleton("nps", n).isEqualTo(localNps);
    p.run().waitUntilFinish();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void numericUpliftEqualsTheLocalResultToRounding(long seed) {
    List<Customer<Double>> customers = numericCustomers(seed, 500);
    UpliftResult local = DelightUplift.numeric(Scale.CSAT).newTally().addAll(customers).result();
    String expected = CxJson.defaults().writeUplift(local);

    Pipeline p = PipelineTest.pipeline();
    PCollection<UpliftResult> r =
        PipelineTest.splitAndShuffled(p, customers, seed, CustomerCoder.numeric())
            .apply(CxTransforms.uplift(() -> DelightUplift.numeric(Scale.CSAT)));
    PAssert.thatSingleton(r)
        .satisfies(
            got -> {
              UpliftResult want = CxJson.defaults().readResult(expected, UpliftResult.class);
              // the groups' sizes are counts, exact; their means and uplift to rounding
              assertThat(got.groups()).hasSameSizeAs(want.groups());
              for (int g = 0; g < want.groups().size(); g++) {
                assertThat(got.groups().get(g).n()).isEqualTo(want.groups().get(g).n());
              }
              assertThat(got.absoluteUplift().orElseThrow())
                  .isCloseTo(
                      want.absoluteUplift().orElseThrow(),
                      org.assertj.core.data.Offset.offset(1e-9));
              return null;
            });
    p.run().waitUntilFinish();
  }

  @Test
  void upliftPerKeyEqualsTheLocalResultOfEachGroup() {
    long seed = Seeds.seeds(1).findFirst().orElseThrow();
    List<Customer<Boolean>> customers = binaryCustomers(seed, 600);
    Map<String, List<Customer<Boolean>>> groups = new HashMap<>();
    for (int i = 0; i < customers.size(); i++) {
      groups
          .computeIfAbsent(market(customers.get(i)), k -> new ArrayList<>())
          .add(customers.get(i));
    }
    List<KV<String, UpliftResult>> expected = new ArrayList<>();
    groups.forEach(
        (k, v) ->
            expected.add(KV.of(k, DelightUplift.binary(Scale.CSAT).newTally().addAll(v).result())));

    Pipeline p = PipelineTest.pipeline();
    PCollection<KV<String, UpliftResult>> r =
        PipelineTest.splitAndShuffled(p, customers, seed, CustomerCoder.binary())
            .apply(WithKeys.of(AnalysesPipelineTest::market).withKeyType(TypeDescriptors.strings()))
            .apply(CxTransforms.upliftPerKey(() -> DelightUplift.binary(Scale.CSAT)));
    assertThat(r.getCoder())
        .isEqualTo(KvCoder.of(StringUtf8Coder.of(), ResultCoder.of(UpliftResult.class)));
    PAssert.that(r).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  /** A market derived from the customer, so the groups differ in size and outcome. */
  private static String market(Customer<Boolean> c) {
    return c.satisfaction() % 2 == 0 ? "fi" : (c.outcome() ? "se" : "no");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void trendsEqualTheLocalResultBitForBitGloballyAndPerSegment(long seed) {
    ImmutableList<Response> responses = Data.responses(seed, 600);
    Trends daily =
        Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.DAY, HELSINKI).minimumN(5);
    TrendResult local = responses.stream().collect(daily.collector());
    assertThat(local.overall()).isPresent(); // the data make a series with changes to test
    Map<String, List<Response>> bySegment = new HashMap<>();
    for (Response r : responses) {
      bySegment.computeIfAbsent(r.attributes().get("segment"), k -> new ArrayList<>()).add(r);
    }
    List<KV<String, TrendResult>> expected = new ArrayList<>();
    bySegment.forEach((k, v) -> expected.add(KV.of(k, v.stream().collect(daily.collector()))));

    Pipeline p = PipelineTest.pipeline();
    PCollection<Response> input = PipelineTest.splitAndShuffled(p, responses, seed);
    PCollection<TrendResult> all =
        input.apply(
            "trends",
            CxTransforms.trends(
                () ->
                    Trends.of(
                            Measure.NPS,
                            Trends.Statistic.NPS,
                            Trends.Period.DAY,
                            ZoneId.of("Europe/Helsinki"))
                        .minimumN(5)));
    PCollection<KV<String, TrendResult>> perSegment =
        input
            .apply(
                WithKeys.of((Response r) -> r.attributes().get("segment"))
                    .withKeyType(TypeDescriptors.strings()))
            .apply(
                "trends per segment",
                CxTransforms.trendsPerKey(
                    () ->
                        Trends.of(
                                Measure.NPS,
                                Trends.Statistic.NPS,
                                Trends.Period.DAY,
                                ZoneId.of("Europe/Helsinki"))
                            .minimumN(5)));
    assertThat(all.getCoder()).isEqualTo(ResultCoder.of(TrendResult.class));
    PAssert.thatSingleton(all).isEqualTo(local);
    PAssert.that(perSegment).containsInAnyOrder(expected);
    p.run().waitUntilFinish();
  }

  /**
   * A trend that counts bad answers ({@link BadInput#collect(int) collect(0)}: their indices are
   * relative to the bundle that saw them, their count is not) gives the local result on a pipeline,
   * rejects included.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void trendsCountingBadAnswersEqualTheLocalResult(long seed) {
    List<Response> responses = new ArrayList<>(Data.responses(seed, 400));
    Instant t = Instant.ofEpochSecond(1_780_000_000L);
    for (int i = 0; i < 12; i++) {
      Response bad = Response.of("bad-" + i, "nps", i % 2 == 0 ? 11 : -1);
      responses.add(i * 30, i % 3 == 0 ? bad : bad.withTime(t));
    }
    responses.add(Response.of("timeless", "nps", 8).withTime(Instant.MAX));
    Trends counting = dailyNps().onBadInput(BadInput.collect(0));
    TrendResult local = responses.stream().collect(counting.collector());
    assertThat(local.rejected()).isEqualTo(13);

    Pipeline p = PipelineTest.pipeline();
    PCollection<TrendResult> all =
        PipelineTest.splitAndShuffled(p, ImmutableList.copyOf(responses), seed)
            .apply("trends", CxTransforms.trends(() -> dailyNps().onBadInput(BadInput.collect(0))));
    PAssert.thatSingleton(all).isEqualTo(local);
    p.run().waitUntilFinish();
  }

  /** A daily NPS trend in Helsinki, minimum n 5, built where it runs (a worker, a test). */
  static Trends dailyNps() {
    return Trends.of(Measure.NPS, Trends.Statistic.NPS, Trends.Period.DAY, HELSINKI).minimumN(5);
  }

  static List<KeyDrivers.Row> driverRows(long seed, int n) {
    SplittableRandom random = new SplittableRandom(seed);
    List<KeyDrivers.Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      double ease = 1 + random.nextInt(7);
      double speed = 1 + random.nextInt(5);
      double staff = 1 + random.nextInt(5);
      double nps =
          Math.min(10, Math.max(0, Math.round(ease + 0.8 * speed + random.nextGaussian())));
      KeyDrivers.Row row =
          KeyDrivers.Row.of(
              random.nextInt(20) == 0 ? Double.NaN : nps,
              ease,
              random.nextInt(15) == 0 ? Double.NaN : speed,
              staff);
      rows.add(random.nextInt(4) == 0 ? row.withWeight(0.5 + random.nextInt(3)) : row);
    }
    return rows;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("pipelineSeeds")
  void keyDriversEqualTheLocalResultToRounding(long seed) {
    List<KeyDrivers.Row> rows = driverRows(seed, 400);
    KeyDriversResult local =
        rows.stream()
            .collect(
                KeyDrivers.of("nps", "ease", "speed", "staff")
                    .missing(KeyDrivers.Missing.PAIRWISE)
                    .collector());
    String expected = CxJson.defaults().writeResult(local);

    Pipeline p = PipelineTest.pipeline();
    PCollection<KeyDriversResult> r =
        PipelineTest.splitAndShuffled(p, rows, seed, DriverRowCoder.of())
            .apply(
                CxTransforms.keyDrivers(
                    () ->
                        KeyDrivers.of("nps", "ease", "speed", "staff")
                            .missing(KeyDrivers.Missing.PAIRWISE)));
    assertThat(r.getCoder()).isEqualTo(ResultCoder.of(KeyDriversResult.class));
    PAssert.thatSingleton(r)
        .satisfies(
            got -> {
              KeyDriversResult want =
                  CxJson.defaults().readResult(expected, KeyDriversResult.class);
              assertKeyDriversClose(got, want);
              return null;
            });
    p.run().waitUntilFinish();
  }

  /** Counts and status exactly, every estimate within 1e-9 (co-moments merge to rounding). */
  static void assertKeyDriversClose(KeyDriversResult got, KeyDriversResult want) {
    var close = org.assertj.core.data.Offset.offset(1e-9);
    assertThat(got.rows()).isEqualTo(want.rows());
    assertThat(got.n()).isEqualTo(want.n());
    assertThat(got.status()).isEqualTo(want.status());
    assertThat(got.rSquared().orElseThrow()).isCloseTo(want.rSquared().orElseThrow(), close);
    assertThat(got.weights()).hasSameSizeAs(want.weights());
    for (int i = 0; i < want.weights().size(); i++) {
      DriverWeight g = got.weights().get(i);
      DriverWeight w = want.weights().get(i);
      assertThat(g.driver()).isEqualTo(w.driver());
      assertThat(g.pearsonR()).isCloseTo(w.pearsonR(), close);
      assertThat(g.beta()).isCloseTo(w.beta(), close);
      assertThat(g.shapley()).isCloseTo(w.shapley(), close);
      assertThat(g.johnson()).isCloseTo(w.johnson(), close);
      assertThat(g.mean()).isCloseTo(w.mean(), close);
    }
  }

  @Test
  void aKeyDriversResultOffByOneRowIsCaught() {
    // the tolerance above still fails a result that lacks one row
    List<KeyDrivers.Row> rows = driverRows(11, 300);
    KeyDrivers kd = KeyDrivers.of("nps", "ease", "speed", "staff");
    KeyDriversResult all = rows.stream().collect(kd.collector());
    KeyDriversResult lessOne = rows.subList(1, rows.size()).stream().collect(kd.collector());
    assertThatThrownBy(() -> assertKeyDriversClose(lessOne, all))
        .isInstanceOf(AssertionError.class);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("org.cxkit.core.testing.Seeds#some")
  void combineFnTesterAgreesOnEverySplit(long seed) {
    List<Customer<Integer>> customers = npsCustomers(seed, 150);
    CombineFnTester.testCombineFn(
        AnalysisFn.of(() -> DelightUplift.nps(Scale.CSAT), ResultCoder.of(UpliftResult.class)),
        customers,
        DelightUplift.nps(Scale.CSAT).newTally().addAll(customers).result());
    ImmutableList<Response> responses = Data.responses(seed, 150);
    Trends weekly =
        Trends.of(Measure.CSAT, Trends.Statistic.GOOD_BOX, Trends.Period.WEEK, HELSINKI);
    CombineFnTester.testCombineFn(
        AnalysisFn.of(
            () ->
                Trends.of(
                    Measure.CSAT,
                    Trends.Statistic.GOOD_BOX,
                    Trends.Period.WEEK,
                    ZoneId.of("Europe/Helsinki")),
            ResultCoder.of(TrendResult.class)),
        new ArrayList<>(responses),
        responses.stream().collect(weekly.collector()));
  }

  @Test
  void theRegistryFindsTheCodersOfCustomersAndRows() throws Exception {
    Pipeline p = PipelineTest.pipeline();
    var registry = p.getCoderRegistry();
    assertThat(registry.getCoder(new TypeDescriptor<Customer<Boolean>>() {}))
        .isEqualTo(CustomerCoder.binary());
    assertThat(registry.getCoder(new TypeDescriptor<Customer<Integer>>() {}))
        .isEqualTo(CustomerCoder.nps());
    assertThat(registry.getCoder(new TypeDescriptor<Customer<Double>>() {}))
        .isEqualTo(CustomerCoder.numeric());
    assertThat(registry.getCoder(TypeDescriptor.of(KeyDrivers.Row.class)))
        .isEqualTo(DriverRowCoder.of());
    assertThat(registry.getCoder(TypeDescriptor.of(TrendResult.class)))
        .isEqualTo(ResultCoder.of(TrendResult.class));
    assertThat(registry.getCoder(TypeDescriptor.of(KeyDriversResult.class)))
        .isEqualTo(ResultCoder.of(KeyDriversResult.class));
    // a Create without a coder finds the customer coder through the registry, not Java
    // serialization
    PCollection<Customer<Boolean>> c =
        p.apply(
            Create.of(List.of(new Customer<>(5, true)))
                .withType(new TypeDescriptor<Customer<Boolean>>() {}));
    assertThat(c.getCoder()).isEqualTo(CustomerCoder.binary());
  }

  @Test
  void anEmptyInputGivesTheEmptyResult() {
    Pipeline p = PipelineTest.pipeline();
    PCollection<UpliftResult> r =
        p.apply(Create.empty(CustomerCoder.binary()))
            .apply(CxTransforms.uplift(() -> DelightUplift.binary(Scale.CSAT)));
    PAssert.thatSingleton(r).isEqualTo(DelightUplift.binary(Scale.CSAT).newTally().result());
    p.run().waitUntilFinish();
  }
}
