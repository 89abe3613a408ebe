package org.cxkit.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.cxkit.core.Measure;
import org.cxkit.metrics.internal.HistogramMetric;
import org.cxkit.metrics.spi.Metric;
import org.cxkit.metrics.spi.MetricProvider;

/**
 * The registry of calculators, found by measure id. It always knows the built-ins ({@code nps},
 * {@code csat}, {@code ces}); a host adds its own explicitly with {@link Builder#add} or, opting
 * in, through {@link ServiceLoader} with {@link #discover(ClassLoader)}. Nothing is discovered
 * implicitly. A measure without a provider of its own id gets the generic {@code mean} calculator
 * ({@link ScaleMetrics#mean}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Metrics metrics = Metrics.discover(Thread.currentThread().getContextClassLoader());
 * Metric<?> m = metrics.forMeasure(Measure.NPS);      // the NPS calculator
 * Metrics.builder().add(new FcrProvider()).build();    // explicit registration
 * }</pre>
 */
public final class Metrics {
  private static final Metrics BUILT_INS = new Builder().build();

  private final ImmutableSortedMap<String, MetricProvider> providers;

  private Metrics(Map<String, MetricProvider> providers) {
    this.providers = ImmutableSortedMap.copyOf(providers);
  }

  /**
   * Returns the registry of the built-in calculators only.
   *
   * @return the built-ins
   */
  public static Metrics builtIns() {
    return BUILT_INS;
  }

  /**
   * Returns the built-ins plus every {@link MetricProvider} the class loader's {@link
   * ServiceLoader} finds ({@code META-INF/services/org.cxkit.metrics.spi.MetricProvider} on the
   * class path, {@code provides} clauses on the module path).
   *
   * @param loader the class loader to search
   * @return the registry
   * @throws IllegalArgumentException if two providers claim the same id
   * @throws java.util.ServiceConfigurationError if a listed provider cannot be loaded
   */
  public static Metrics discover(ClassLoader loader) {
    return builder().discover(loader).build();
  }

  /**
   * Returns a builder that starts with the built-ins.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the ids of the registered providers.
   *
   * @return the ids, sorted
   */
  public ImmutableSortedSet<String> ids() {
    return providers.keySet();
  }

  /**
   * Returns the provider registered for an id.
   *
   * @param id a measure id, such as {@code nps}
   * @return the provider, or empty
   */
  public Optional<MetricProvider> find(String id) {
    return Optional.ofNullable(providers.get(requireNonNull(id, "id")));
  }

  /**
   * Returns the provider registered for an id.
   *
   * @param id a measure id, such as {@code nps}
   * @return the provider
   * @throws UnknownMetricException if none is registered; the message lists the known ids
   */
  public MetricProvider provider(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new UnknownMetricException(
                    "no calculator registered for '"
                        + id
                        + "'; known: "
                        + ids()
                        + " (register one with Metrics.builder().add(...) or discover(...))"));
  }

  /**
   * Returns the calculator for a measure: its own provider's, or the generic {@code mean}
   * calculator when there is none.
   *
   * @param measure the measure
   * @return the calculator
   */
  public Metric<? extends MetricResult> forMeasure(Measure measure) {
    requireNonNull(measure, "measure");
    MetricProvider p = providers.get(measure.id().value());
    if (p == null) {
      return ScaleMetrics.mean(measure);
    }
    return requireNonNull(
        p.create(measure), () -> "provider '" + p.id() + "' returned a null calculator");
  }

  @Override
  public String toString() {
    return "Metrics" + ids();
  }

  /** Collects providers; later registrations of an id already taken are rejected. */
  public static final class Builder {
    private final Map<String, MetricProvider> providers = new LinkedHashMap<>();

    private Builder() {
      put(
          new BuiltIn("nps") {
            @Override
            public Metric<? extends MetricResult> create(Measure measure) {
              return Nps.metric(measure);
            }
          });
      put(
          new BuiltIn("csat") {
            @Override
            public Metric<? extends MetricResult> create(Measure measure) {
              return ScaleMetrics.csat(measure);
            }
          });
      put(
          new BuiltIn("ces") {
            @Override
            public Metric<? extends MetricResult> create(Measure measure) {
              return ScaleMetrics.ces(measure);
            }
          });
    }

    private void put(MetricProvider p) {
      String id = HistogramMetric.checkId(requireNonNull(p.id(), "provider id"));
      MetricProvider before = providers.get(id);
      checkArgument(
          before == null,
          "two calculators for id '%s': %s and %s",
          id,
          before == null ? "" : before.description(),
          p.description());
      providers.put(id, p);
    }

    /**
     * Registers a provider.
     *
     * @param provider the provider
     * @return this builder
     * @throws IllegalArgumentException if its id is malformed or already registered
     */
    public Builder add(MetricProvider provider) {
      put(requireNonNull(provider, "provider"));
      return this;
    }

    /**
     * Registers every provider the class loader's {@link ServiceLoader} finds.
     *
     * @param loader the class loader
     * @return this builder
     * @throws IllegalArgumentException if a found provider's id is malformed or already registered
     */
    public Builder discover(ClassLoader loader) {
      requireNonNull(loader, "loader");
      for (MetricProvider p : ServiceLoader.load(MetricProvider.class, loader)) {
        put(p);
      }
      return this;
    }

    /**
     * Returns the registry.
     *
     * @return an immutable registry
     */
    public Metrics build() {
      return new Metrics(providers);
    }
  }

  private abstract static class BuiltIn implements MetricProvider {
    private final String id;

    BuiltIn(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String description() {
      return "built-in " + id;
    }
  }
}
