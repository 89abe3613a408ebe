package org.cxkit.beam.internal;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.cxkit.beam.CustomerCoder;
import org.cxkit.beam.DriverRowCoder;
import org.cxkit.beam.JourneyEventCoder;
import org.cxkit.beam.ResponseCoder;
import org.cxkit.beam.ResultCoder;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.DelightUplift;
import org.cxkit.metrics.analysis.KeyDrivers;
import org.cxkit.metrics.analysis.KeyDriversResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.TrendResult;
import org.cxkit.metrics.analysis.UpliftResult;
import org.cxkit.metrics.journeys.ConformanceResult;
import org.cxkit.metrics.journeys.DirectlyFollowsResult;
import org.cxkit.metrics.journeys.PathsResult;

/**
 * Tells Beam's coder registry (through {@link java.util.ServiceLoader}, as Beam finds every
 * registrar) the coders of cxkit's inputs and results, so a pipeline never falls back to Java
 * serialization for them even where no coder is set by hand. Public only because the service loader
 * needs it; not API.
 */
public final class CxCoderRegistrar implements CoderProviderRegistrar {
  /** Creates the registrar (for the service loader). */
  public CxCoderRegistrar() {}

  @Override
  public List<CoderProvider> getCoderProviders() {
    return ImmutableList.of(
        CoderProviders.forCoder(TypeDescriptor.of(Response.class), ResponseCoder.of()),
        CoderProviders.forCoder(TypeDescriptor.of(JourneyEvent.class), JourneyEventCoder.of()),
        CoderProviders.forCoder(
            TypeDescriptor.of(ScorecardResult.class), ResultCoder.of(ScorecardResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(UpliftResult.class), ResultCoder.of(UpliftResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(NpsResult.class), ResultCoder.of(NpsResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(ScaleResult.class), ResultCoder.of(ScaleResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(KeyDriversResult.class), ResultCoder.of(KeyDriversResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(TrendResult.class), ResultCoder.of(TrendResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(PathsResult.class), ResultCoder.of(PathsResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(ConformanceResult.class), ResultCoder.of(ConformanceResult.class)),
        CoderProviders.forCoder(
            TypeDescriptor.of(DirectlyFollowsResult.class),
            ResultCoder.of(DirectlyFollowsResult.class)),
        CoderProviders.forCoder(TypeDescriptor.of(KeyDrivers.Row.class), DriverRowCoder.of()),
        new CustomerCoders());
  }

  /**
   * Finds the coder of a {@code DelightUplift.Customer<O>} by its outcome type: {@code Boolean},
   * {@code Integer} or {@code Double}.
   */
  private static final class CustomerCoders extends CoderProvider {
    @Override
    @SuppressWarnings("unchecked") // the coder is of exactly the asked type
    public <T> Coder<T> coderFor(TypeDescriptor<T> type, List<? extends Coder<?>> componentCoders)
        throws CannotProvideCoderException {
      if (type.getRawType() == DelightUplift.Customer.class
          && type.getType() instanceof ParameterizedType p) {
        Type outcome = p.getActualTypeArguments()[0];
        if (outcome == Boolean.class) {
          return (Coder<T>) CustomerCoder.binary();
        } else if (outcome == Integer.class) {
          return (Coder<T>) CustomerCoder.nps();
        } else if (outcome == Double.class) {
          return (Coder<T>) CustomerCoder.numeric();
        }
      }
      throw new CannotProvideCoderException(
          "not a DelightUplift.Customer of Boolean, Integer or Double");
    }
  }
}
