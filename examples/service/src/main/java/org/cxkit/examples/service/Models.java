package org.cxkit.examples.service;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.cxkit.core.CxModel;

/**
 * The models the service knows, by id; immutable, so shared by every request.
 *
 * @param byId the models by id
 */
public record Models(ImmutableMap<String, CxModel> byId) {
  /** Checks the models. */
  public Models {
    requireNonNull(byId, "byId");
  }

  /**
   * Returns the model of an id.
   *
   * @param id the id
   * @return the model, or empty if there is none of that id
   */
  public Optional<CxModel> get(String id) {
    return Optional.ofNullable(byId.get(requireNonNull(id, "id")));
  }

  @Override
  public String toString() {
    return "Models" + byId.keySet();
  }
}
