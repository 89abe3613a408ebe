package org.cxkit.beam.internal;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviderRegistrar;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.cxkit.beam.JourneyEventCoder;
import org.cxkit.beam.ResponseCoder;
import org.cxkit.beam.ResultCoder;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.metrics.NpsResult;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.ScaleResult;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.analysis.UpliftResult;

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
            TypeDescriptor.of(ScaleResult.class), ResultCoder.of(ScaleResult.class)));
  }
}
