package org.cxkit.json;

import static org.cxkit.json.Codecs.COUNT;
import static org.cxkit.json.Codecs.NUMBER;
import static org.cxkit.json.Codecs.STRING;
import static org.cxkit.json.Codecs.enumOf;
import static org.cxkit.json.Prop.derived;
import static org.cxkit.json.Prop.required;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.cxkit.metrics.BadInputException.Kind;
import org.cxkit.metrics.Interval;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.StratifiedUplift;
import org.cxkit.metrics.analysis.UpliftResult;
import org.jspecify.annotations.Nullable;

/**
 * The result kind {@code "stratified-uplift"} ({@code StratifiedUplift}): the segments' uplift
 * results, each a nested {@code "delight-uplift"} with its own kind, are the data. Everything else
 * (the outcome type, n, the uplift's unit, the excluded segments, the pooled uplift with its
 * standard error, z, p-value and 95 % interval) is derived: written for dashboards, checked against
 * the segments when a document carries it.
 */
final class StratifiedFormat {
  private StratifiedFormat() {}

  static final String STRATIFIED_UPLIFT_KIND = "stratified-uplift";

  private static final Prop<Map.Entry<String, UpliftResult>, String, String> SEGMENT_NAME =
      required("segment", STRING, Map.Entry::getKey);
  private static final Prop<Map.Entry<String, UpliftResult>, UpliftResult, UpliftResult>
      SEGMENT_RESULT =
          required(
              "result",
              ResultFormat.nested(UpliftResult.class, "an object (delight uplift)"),
              Map.Entry::getValue);

  /** One segment: its name and its uplift result. */
  static final ObjectCodec<Map.Entry<String, UpliftResult>, Map.Entry<String, UpliftResult>>
      SEGMENT =
          ObjectCodec.of(
              "uplift segment",
              (v, r) -> new SimpleImmutableEntry<>(v.get(SEGMENT_NAME), v.get(SEGMENT_RESULT)),
              SEGMENT_NAME,
              SEGMENT_RESULT);

  private static final Prop<
          StratifiedUplift,
          List<Map.Entry<String, UpliftResult>>,
          List<Map.Entry<String, UpliftResult>>>
      SEGMENTS =
          required("segments", Codec.list(SEGMENT), s -> new ArrayList<>(s.strata().entrySet()));

  static final ResultKind<StratifiedUplift> STRATIFIED_UPLIFT =
      ResultKind.builtIn(
          STRATIFIED_UPLIFT_KIND,
          StratifiedUplift.class,
          StratifiedFormat::read,
          List.of(
              Prop.<StratifiedUplift, DelightUplift.Outcome, DelightUplift.Outcome>derived(
                  "outcome", enumOf(DelightUplift.Outcome.class), StratifiedUplift::outcome),
              Prop.<StratifiedUplift, Long, Long>derived("n", COUNT, StratifiedUplift::n),
              Prop.<StratifiedUplift, String, String>derived(
                  "upliftUnit", STRING, StratifiedUplift::upliftUnit),
              SEGMENTS,
              Prop.<StratifiedUplift, List<String>, List<String>>derived(
                  "excluded", Codec.list(STRING), StratifiedUplift::excluded),
              figure("pooledUplift", StratifiedUplift::pooledUplift),
              figure("standardError", StratifiedUplift::standardError),
              figure("z", StratifiedUplift::z),
              figure("pValue", StratifiedUplift::pValue),
              Prop.<StratifiedUplift, Interval, Interval>derived(
                  "interval",
                  ResultFormat.INTERVAL,
                  s -> s.interval(ResultFormat.LEVEL).orElse(null))),
          true);

  private static StratifiedUplift read(Values v, TableReader r) {
    List<Map.Entry<String, UpliftResult>> segments = v.get(SEGMENTS);
    Map<String, UpliftResult> strata = new LinkedHashMap<>();
    for (int i = 0; i < segments.size(); i++) {
      Map.Entry<String, UpliftResult> e = segments.get(i);
      if (strata.putIfAbsent(e.getKey(), e.getValue()) != null) {
        // the name is personal data at worst: say which position repeats, not what
        throw r.fail(
            v,
            SEGMENTS,
            Kind.STRUCTURE,
            "segment " + i + " repeats an earlier segment's name",
            "distinct segment names",
            null);
      }
    }
    return r.build(v, SEGMENTS, () -> StratifiedUplift.of(strata));
  }

  private static Prop<StratifiedUplift, Double, Double> figure(
      String name, java.util.function.Function<StratifiedUplift, OptionalDouble> getter) {
    return derived(name, NUMBER, s -> boxed(getter.apply(s)));
  }

  private static @Nullable Double boxed(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }
}
