package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.io.Serializable;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;
import org.jspecify.annotations.Nullable;

/**
 * One analysis per JVM for every copy of a combine function and its coders. Beam deserializes the
 * function and each coder separately (the DirectRunner clones them for every bundle), and a state
 * only merges with states of the same analysis instance ({@code Scorecard.Tally} checks this); so
 * every copy made from one {@code SharedAnalysis} looks its analysis up by the id fixed when the
 * pipeline was built. The analyses are held weakly: once no copy is left, the entry goes.
 */
final class SharedAnalysis<I, R, S extends MergeableState<I, R, S>> implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Cache<UUID, Analysis<?, ?, ?>> BUILT =
      CacheBuilder.newBuilder().weakValues().build();

  private final UUID id;
  private final AnalysisFactory<I, R, S> factory;
  private transient @Nullable Analysis<I, R, S> analysis;

  private SharedAnalysis(UUID id, AnalysisFactory<I, R, S> factory) {
    this.id = id;
    this.factory = factory;
  }

  /** Builds the analysis once here, so a factory that fails does so when the pipeline is built. */
  static <I, R, S extends MergeableState<I, R, S>> SharedAnalysis<I, R, S> of(
      AnalysisFactory<I, R, S> factory) {
    SharedAnalysis<I, R, S> shared =
        new SharedAnalysis<>(UUID.randomUUID(), requireNonNull(factory, "factory"));
    shared.get();
    return shared;
  }

  @SuppressWarnings("unchecked")
  Analysis<I, R, S> get() {
    Analysis<I, R, S> a = analysis;
    if (a == null) {
      try {
        a =
            (Analysis<I, R, S>)
                BUILT.get(
                    id,
                    () -> requireNonNull(factory.create(), "the analysis factory returned null"));
      } catch (ExecutionException | UncheckedExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) {
          throw re;
        }
        throw new IllegalStateException("the analysis factory failed", cause);
      }
      analysis = a;
    }
    return a;
  }

  UUID id() {
    return id;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof SharedAnalysis<?, ?, ?> other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return get().id();
  }
}
