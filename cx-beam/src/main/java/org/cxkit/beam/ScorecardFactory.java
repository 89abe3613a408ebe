package org.cxkit.beam;

import static com.google.common.base.Preconditions.checkArgument;

import org.cxkit.core.CxModel;
import org.cxkit.core.journey.Journey;
import org.cxkit.json.CxJson;
import org.cxkit.metrics.Response;
import org.cxkit.metrics.analysis.Scorecard;
import org.cxkit.metrics.analysis.ScorecardResult;
import org.cxkit.metrics.spi.Analysis;

/**
 * Builds the scorecard of one journey of a model on a worker: the model travels as its cxkit JSON
 * (lossless), read back once per worker JVM.
 */
final class ScorecardFactory
    implements AnalysisFactory<Response, ScorecardResult, Scorecard.Tally> {
  private static final long serialVersionUID = 1L;

  private final String modelJson;
  private final String journey;
  private final long minimumN;

  ScorecardFactory(CxModel model, String journey, long minimumN) {
    checkArgument(minimumN >= 1, "minimumN must be at least 1, got %s", minimumN);
    checkArgument(
        model.journey(journey).isPresent(),
        "the model has no journey '%s' (journeys: %s)",
        journey,
        model.journeys().stream().map(j -> j.id().value()).toList());
    this.modelJson = CxJson.defaults().write(model);
    this.journey = journey;
    this.minimumN = minimumN;
  }

  @Override
  public Analysis<Response, ScorecardResult, Scorecard.Tally> create() {
    CxModel model = CxJson.defaults().readModel(modelJson);
    Journey j =
        model
            .journey(journey)
            .orElseThrow(() -> new IllegalStateException("the model lost journey " + journey));
    return Scorecard.builder(j).model(model).minimumN(minimumN).build();
  }
}
