package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.cxkit.core.observed.ActualJourney;
import org.cxkit.core.observed.EventLog;
import org.cxkit.core.observed.Grain;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.spi.MergeableState;
import org.jspecify.annotations.Nullable;

/**
 * Groups journey events into {@link ActualJourney}s by a {@link Grain} and runs an analysis of
 * actual journeys over them: events are keyed by the grain's key (events without one belong to no
 * journey and are left out, as an {@link EventLog} leaves them out of its journeys), grouped, split
 * into journeys as {@link EventLog} splits them, and the journeys (each as its events in order,
 * {@code ListCoder} of {@link JourneyEventCoder}) are combined by the analysis into one result.
 *
 * <p>A group-by-key hands a key's events over in no particular order, so they are put in a
 * deterministic order first: by time, and events at the same instant by their {@link
 * JourneyEventCoder} bytes. Where the events of one journey have distinct times the result equals
 * the local one-pass result of {@link EventLog#of} over the same events; where two of them share an
 * instant, the local result keeps their input order and this one the byte order.
 */
final class Journeys<R, S extends MergeableState<ActualJourney, R, S>>
    extends PTransform<PCollection<JourneyEvent>, PCollection<R>> {
  private static final long serialVersionUID = 1L;

  private final GrainSpec grain;
  private final AnalysisFactory<ActualJourney, R, S> factory;
  private final Coder<R> resultCoder;

  Journeys(Grain grain, AnalysisFactory<ActualJourney, R, S> factory, Coder<R> resultCoder) {
    super("Journeys(" + requireNonNull(grain, "grain").kind() + ")");
    this.grain = GrainSpec.of(grain);
    this.factory = requireNonNull(factory, "factory");
    this.resultCoder = requireNonNull(resultCoder, "resultCoder");
  }

  @Override
  public PCollection<R> expand(PCollection<JourneyEvent> events) {
    return events
        .apply("KeyByJourney", ParDo.of(new KeyFn(grain)))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), JourneyEventCoder.of()))
        .apply("GroupByJourney", GroupByKey.create())
        .apply("SplitIntoJourneys", ParDo.of(new JourneysFn(grain)))
        .setCoder(ListCoder.of(JourneyEventCoder.of()))
        .apply(
            "Analyse",
            new Globally<>(
                "Combine.globally(journeys)", new AnalyseFn<>(grain, factory, resultCoder)));
  }

  /** A grain as plain values, since a {@link Grain} is not serializable; built once per copy. */
  static final class GrainSpec implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Grain.Kind kind;
    private final long gapNanos;
    private transient @Nullable Grain grain;

    private GrainSpec(Grain.Kind kind, long gapNanos) {
      this.kind = kind;
      this.gapNanos = gapNanos;
    }

    static GrainSpec of(Grain grain) {
      return new GrainSpec(grain.kind(), grain.gap().map(Duration::toNanos).orElse(0L));
    }

    Grain grain() {
      Grain g = grain;
      if (g == null) {
        g =
            switch (kind) {
              case CUSTOMER -> Grain.CUSTOMER;
              case CASE -> Grain.CASE;
              case SESSION -> Grain.session(Duration.ofNanos(gapNanos));
            };
        grain = g;
      }
      return g;
    }
  }

  private static final class KeyFn extends DoFn<JourneyEvent, KV<String, JourneyEvent>> {
    private static final long serialVersionUID = 1L;
    private final GrainSpec spec;

    KeyFn(GrainSpec spec) {
      this.spec = spec;
    }

    @ProcessElement
    public void processElement(
        @Element JourneyEvent event, OutputReceiver<KV<String, JourneyEvent>> out) {
      Grain g = spec.grain();
      g.key(event).ifPresent(k -> out.output(KV.of(k, event)));
    }
  }

  /** Splits a key's events into journeys, each as its events in order. */
  private static final class JourneysFn
      extends DoFn<KV<String, Iterable<JourneyEvent>>, List<JourneyEvent>> {
    private static final long serialVersionUID = 1L;
    private final GrainSpec spec;

    JourneysFn(GrainSpec spec) {
      this.spec = spec;
    }

    @ProcessElement
    public void processElement(
        @Element KV<String, Iterable<JourneyEvent>> group, OutputReceiver<List<JourneyEvent>> out) {
      Grain g = spec.grain();
      List<Keyed> keyed = new ArrayList<>();
      for (JourneyEvent e : group.getValue()) {
        keyed.add(new Keyed(e, bytes(e)));
      }
      keyed.sort(
          (a, b) -> {
            int c = a.event.time().compareTo(b.event.time());
            return c != 0 ? c : Arrays.compareUnsigned(a.bytes, b.bytes);
          });
      List<JourneyEvent> ordered = new ArrayList<>(keyed.size());
      for (Keyed k : keyed) {
        ordered.add(k.event);
      }
      for (ActualJourney j : EventLog.of(g, ordered).journeys()) {
        out.output(j.events());
      }
    }

    private static byte[] bytes(JourneyEvent e) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      try {
        JourneyEventCoder.of().encode(e, b);
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      return b.toByteArray();
    }

    private record Keyed(JourneyEvent event, byte[] bytes) {}
  }

  /**
   * The analysis over journeys, each given as its events in order (rebuilt with {@link
   * ActualJourney#of}, so every journey's {@link ActualJourney#sequence()} is 0).
   */
  private static final class AnalyseFn<R, S extends MergeableState<ActualJourney, R, S>>
      extends Combine.CombineFn<List<JourneyEvent>, S, R> {
    private static final long serialVersionUID = 1L;
    private final GrainSpec spec;
    private final SharedAnalysis<ActualJourney, R, S> analysis;
    private final Coder<R> resultCoder;

    AnalyseFn(GrainSpec spec, AnalysisFactory<ActualJourney, R, S> factory, Coder<R> resultCoder) {
      this.spec = spec;
      this.analysis = SharedAnalysis.of(factory);
      this.resultCoder = resultCoder;
    }

    @Override
    public S createAccumulator() {
      return analysis.get().newState();
    }

    @Override
    public S addInput(S state, List<JourneyEvent> events) {
      Grain g = spec.grain();
      String key = g.key(events.get(0)).orElseThrow();
      state.add(ActualJourney.of(g, key, events));
      return state;
    }

    @Override
    public S mergeAccumulators(Iterable<S> states) {
      Iterator<S> it = states.iterator();
      S merged = it.hasNext() ? it.next() : createAccumulator();
      while (it.hasNext()) {
        merged.merge(it.next());
      }
      return merged;
    }

    @Override
    public R extractOutput(S state) {
      return state.result();
    }

    @Override
    public Coder<S> getAccumulatorCoder(CoderRegistry registry, Coder<List<JourneyEvent>> input) {
      return StateCoder.shared(analysis);
    }

    @Override
    public Coder<R> getDefaultOutputCoder(CoderRegistry registry, Coder<List<JourneyEvent>> input) {
      return resultCoder;
    }
  }
}
