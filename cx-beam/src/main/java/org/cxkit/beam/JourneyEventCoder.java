package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.Initiator;
import org.cxkit.core.observed.JourneyEvent;
import org.cxkit.core.observed.Outcome;
import org.cxkit.core.observed.Step;

/**
 * The deterministic coder of a {@link JourneyEvent}: a version byte (2), a byte of flags (which of
 * customer, case, session, channel, initiator and outcome are present; whether the step is ad hoc),
 * the present ids, the step's touchpoint id or label, the time (epoch seconds and nanoseconds), the
 * channel, initiator and outcome by name when present (so reordering constants never changes what
 * old bytes mean), and the attributes sorted by name. Equal events give equal bytes; decoding
 * validates every field and names a bad one without its content.
 *
 * <pre>{@code
 * PCollection<JourneyEvent> events = pipeline.apply(Create.of(list).withCoder(JourneyEventCoder.of()));
 * }</pre>
 *
 * <p>With cx-beam on the class path, Beam's coder registry also finds this coder by itself.
 *
 * @since 0.1
 */
public final class JourneyEventCoder extends AtomicCoder<JourneyEvent> {
  private static final long serialVersionUID = 1L;
  private static final JourneyEventCoder INSTANCE = new JourneyEventCoder();
  private static final String TYPE = "JourneyEvent";
  private static final int VERSION = 2;
  private static final int HAS_CUSTOMER = 1;
  private static final int HAS_CASE = 1 << 1;
  private static final int HAS_SESSION = 1 << 2;
  private static final int AD_HOC = 1 << 3;
  private static final int HAS_CHANNEL = 1 << 4;
  private static final int HAS_INITIATOR = 1 << 5;
  private static final int HAS_OUTCOME = 1 << 6;
  private static final int ALL_FLAGS = (1 << 7) - 1;
  private static final int MAX_ATTRIBUTES = 10_000;

  private JourneyEventCoder() {}

  /**
   * Returns the coder.
   *
   * @return the coder
   */
  public static JourneyEventCoder of() {
    return INSTANCE;
  }

  /**
   * Writes an event.
   *
   * @param event the event
   * @param out where to write
   * @throws IOException if writing fails
   * @throws NullPointerException if an argument is null
   */
  @Override
  public void encode(JourneyEvent event, OutputStream out) throws IOException {
    requireNonNull(event, "event");
    requireNonNull(out, "out");
    Wire.version(VERSION, out);
    int flags =
        (event.customer().isPresent() ? HAS_CUSTOMER : 0)
            | (event.caseId().isPresent() ? HAS_CASE : 0)
            | (event.session().isPresent() ? HAS_SESSION : 0)
            | (event.step().isAdHoc() ? AD_HOC : 0)
            | (event.channel().isPresent() ? HAS_CHANNEL : 0)
            | (event.initiator().isPresent() ? HAS_INITIATOR : 0)
            | (event.outcome().isPresent() ? HAS_OUTCOME : 0);
    out.write(flags);
    if (event.customer().isPresent()) {
      Wire.string(event.customer().get(), out);
    }
    if (event.caseId().isPresent()) {
      Wire.string(event.caseId().get(), out);
    }
    if (event.session().isPresent()) {
      Wire.string(event.session().get(), out);
    }
    Wire.string(event.step().label(), out);
    Wire.instant(event.time(), out);
    if (event.channel().isPresent()) {
      Wire.string(event.channel().get().name(), out);
    }
    if (event.initiator().isPresent()) {
      Wire.string(event.initiator().get().name(), out);
    }
    if (event.outcome().isPresent()) {
      Wire.string(event.outcome().get().name(), out);
    }
    // Sorted by name: equal events give equal bytes.
    Wire.varInt(event.attributes().size(), out);
    for (Map.Entry<String, String> a : event.attributes().entrySet()) {
      Wire.string(a.getKey(), out);
      Wire.string(a.getValue(), out);
    }
  }

  /**
   * Reads an event written by {@link #encode}.
   *
   * @param in where to read
   * @return the event
   * @throws CoderException if the bytes are not a valid event (the message names the field)
   * @throws IOException if reading fails
   */
  @Override
  public JourneyEvent decode(InputStream in) throws IOException {
    requireNonNull(in, "in");
    Wire.checkVersion(TYPE, VERSION, in);
    int flags = Wire.flags(TYPE, ALL_FLAGS, in);
    if ((flags & (HAS_CUSTOMER | HAS_CASE | HAS_SESSION)) == 0) {
      throw new CoderException(TYPE + ": no customer, case or session");
    }
    JourneyEvent.Builder b = JourneyEvent.builder();
    if ((flags & HAS_CUSTOMER) != 0) {
      b.customer(Wire.nonBlank(TYPE, "customer", in));
    }
    if ((flags & HAS_CASE) != 0) {
      b.caseId(Wire.nonBlank(TYPE, "case", in));
    }
    if ((flags & HAS_SESSION) != 0) {
      b.session(Wire.nonBlank(TYPE, "session", in));
    }
    if ((flags & AD_HOC) != 0) {
      b.step(Wire.field(TYPE, "ad hoc label", Wire.string(in), Step::adHoc));
    } else {
      b.step(Wire.field(TYPE, "touchpoint", Wire.string(in), t -> Step.of(TouchpointId.of(t))));
    }
    b.time(Wire.instant(TYPE, "time", in));
    if ((flags & HAS_CHANNEL) != 0) {
      b.channel(Wire.field(TYPE, "channel", Wire.string(in), Channel::valueOf));
    }
    if ((flags & HAS_INITIATOR) != 0) {
      b.initiator(Wire.field(TYPE, "initiator", Wire.string(in), Initiator::valueOf));
    }
    if ((flags & HAS_OUTCOME) != 0) {
      b.outcome(Wire.field(TYPE, "outcome", Wire.string(in), Outcome::valueOf));
    }
    int attributes = Wire.varInt(in);
    if (attributes < 0 || attributes > MAX_ATTRIBUTES) {
      throw new CoderException(TYPE + ": the attribute count is out of range");
    }
    String previous = null;
    for (int i = 0; i < attributes; i++) {
      String name = Wire.nonBlank(TYPE, "attribute name", in);
      if (previous != null && previous.compareTo(name) >= 0) {
        throw new CoderException(TYPE + ": the attribute names are not sorted and distinct");
      }
      b.attribute(name, Wire.string(in));
      previous = name;
    }
    return b.build();
  }

  /** Passes: equal events give equal bytes. */
  @Override
  public void verifyDeterministic() {}

  /**
   * Returns true: two events are equal exactly when their encodings are.
   *
   * @return true
   */
  @Override
  public boolean consistentWithEquals() {
    return true;
  }

  @Override
  public String toString() {
    return "JourneyEventCoder";
  }
}
