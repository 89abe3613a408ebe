package org.cxkit.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.cxkit.core.CxModel;
import org.cxkit.core.testing.Fixtures;
import org.cxkit.json.CxJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a model of 10,000 touchpoints (10 stages x 1,000) from UTF-8 bytes: cx-json's strict
 * reader into the cx-core builders (decode, parse, bind, validate) against Jackson parsing the same
 * bytes into a bare {@code JsonNode} tree. Target: cx-json at least half of Jackson's throughput.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 2,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ModelReadBenchmark {
  byte[] bytes;
  final ObjectMapper plain = new ObjectMapper();
  final CxJson json = CxJson.defaults();

  @Setup
  public void setUp() {
    CxModel m = Fixtures.large(10, 1000);
    bytes = json.writeBytes(m);
    if (!json.readModel(bytes).equals(m)) {
      throw new IllegalStateException("round trip failed");
    }
  }

  @Benchmark
  public CxModel cxJsonReadModel() {
    return json.readModel(bytes);
  }

  @Benchmark
  public JsonNode jacksonReadTree() throws IOException {
    return plain.readTree(bytes);
  }

  /**
   * The same model built from raw strings through the cx-core builders alone (no JSON): the share
   * of {@link #cxJsonReadModel()} that is cx-core's construction and validation.
   */
  @Benchmark
  public CxModel coreBuildersOnly() {
    return Fixtures.large(10, 1000);
  }

  @Benchmark
  public byte[] cxJsonWriteModel(WriteState s) {
    return json.writeBytes(s.model);
  }

  /** The model to write. */
  @State(Scope.Benchmark)
  public static class WriteState {
    CxModel model;

    @Setup
    public void setUp() {
      model = Fixtures.large(10, 1000);
    }
  }
}
