package org.cxkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.cxkit.core.CxModel;
import org.cxkit.core.TouchpointId;
import org.junit.jupiter.api.Test;

class CxJacksonModuleTest {
  record Holder(String label, CxModel model, List<TouchpointId> focus) {}

  @Test
  void hostMapperReadsAndWritesModelsAndIds() throws Exception {
    ObjectMapper host = JsonMapper.builder().addModule(new CxJacksonModule()).build();
    CxModel m = Fixtures.rich();
    String text = host.writeValueAsString(m);
    assertThat(host.readValue(text, CxModel.class)).isEqualTo(m);
    // Inside a host's own types, with ids as plain strings.
    Holder h = new Holder("x", m, List.of(TouchpointId.of("order")));
    String json = host.writeValueAsString(h);
    assertThat(json).contains("\"focus\":[\"order\"]");
    assertThat(host.readValue(json, Holder.class)).isEqualTo(h);
    // The compact output of the host mapper reads back through CxJson too.
    assertThat(CxJson.defaults().readModel(text)).isEqualTo(m);
  }

  @Test
  void everyIdTypeIsAPlainStringInAHostMapper() throws Exception {
    ObjectMapper host = JsonMapper.builder().addModule(new CxJacksonModule()).build();
    List<Object> ids =
        List.of(
            org.cxkit.core.TouchpointId.of("sign-up"), org.cxkit.core.StageId.of("discover"),
            org.cxkit.core.JourneyId.of("first-visit"), org.cxkit.core.PersonaId.of("maria"),
            org.cxkit.core.SegmentId.of("freelancers"), org.cxkit.core.OfferingId.of("waffles"),
            org.cxkit.core.MeasureId.of("nps"), org.cxkit.core.BusinessGoalId.of("growth"));
    for (Object id : ids) {
      String json = host.writeValueAsString(id);
      assertThat(json).isEqualTo("\"" + id + "\"");
      assertThat(host.readValue(json, id.getClass())).isEqualTo(id);
    }
  }

  @Test
  void strictnessDoesNotDependOnTheHostsSettings() {
    ObjectMapper host = JsonMapper.builder().addModule(new CxJacksonModule()).build();
    Throwable t =
        catchThrowable(
            () ->
                host.readValue("{\"cxkit\":\"1.0\",\"name\":\"m\",\"name\":\"n\"}", CxModel.class));
    assertThat(t).isInstanceOf(CxJsonException.class).hasMessageContaining("duplicate property");
    Throwable nested =
        catchThrowable(
            () ->
                host.readValue(
                    "{\"label\":\"x\",\"model\":{\"cxkit\":\"1.0\",\"name\":7},\"focus\":[]}",
                    Holder.class));
    assertThat(nested).hasRootCauseInstanceOf(CxJsonException.class);
  }

  @Test
  void moduleIsFoundByServiceLoader() {
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).anyMatch(x -> x instanceof CxJacksonModule);
    assertThat(new CxJacksonModule().getModuleName()).isEqualTo("cxkit");
    assertThat(new CxJacksonModule().version().getArtifactId()).isEqualTo("cx-json");
    assertThat(new CxJacksonModule().version().isUnknownVersion()).isFalse();
  }

  @Test
  void ownMapperIsHardenedAndACopy() throws Exception {
    ObjectMapper a = CxJson.defaults().objectMapper();
    ObjectMapper b = CxJson.defaults().objectMapper();
    assertThat(a).isNotSameAs(b);
    // Each is refused as bad input (Jackson's own exception, as CxJson.objectMapper() documents),
    // not by some other failure: a string, a fraction or null for an int, trailing tokens, a
    // duplicate key.
    assertThat(catchThrowable(() -> a.readValue("{\"x\":\"9\"}", IntHolder.class)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(catchThrowable(() -> a.readValue("{\"x\":9.7}", IntHolder.class)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(catchThrowable(() -> a.readValue("{\"x\":null}", IntHolder.class)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(catchThrowable(() -> a.readValue("{\"x\":1} 2", IntHolder.class)))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
    assertThat(catchThrowable(() -> a.readValue("{\"x\":1,\"x\":2}", Map.class)))
        .isInstanceOf(StreamReadException.class)
        .hasMessageContaining("Duplicate field");
    // a copy: configuring one leaves the other, and the next one, hardened
    a.configure(
        com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS, false);
    assertThat(a.readValue("{\"x\":1} 2", IntHolder.class)).isEqualTo(new IntHolder(1));
    assertThat(catchThrowable(() -> b.readValue("{\"x\":1} 2", IntHolder.class)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(
            catchThrowable(
                () -> CxJson.defaults().objectMapper().readValue("{\"x\":1} 2", IntHolder.class)))
        .isInstanceOf(MismatchedInputException.class);
    assertThat(a.readValue("{\"x\":9}", IntHolder.class)).isEqualTo(new IntHolder(9));
  }

  record IntHolder(int x) {}
}
