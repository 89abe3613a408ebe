package org.cxkit.beam;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Optional;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.CoderException;
import org.cxkit.core.TouchpointId;
import org.cxkit.core.journey.Channel;
import org.cxkit.core.observed.JourneyEvent;

/**
 * The deterministic coder of a {@link JourneyEvent}: a version byte, the customer, the touchpoint,
 * the time (epoch seconds and nanoseconds) and the channel by name when present (so reordering the
 * {@link Channel} constants never changes what old bytes mean). Equal events give equal bytes;
 * decoding validates every field and names a bad one without its content.
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
  private static final int VERSION = 1;
  private static final int HAS_CHANNEL = 1;

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
    Wire.string(event.customer(), out);
    Wire.string(event.touchpoint().value(), out);
    Wire.instant(event.time(), out);
    out.write(event.channel().isPresent() ? HAS_CHANNEL : 0);
    if (event.channel().isPresent()) {
      Wire.string(event.channel().get().name(), out);
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
    String customer = Wire.nonBlank(TYPE, "customer", in);
    TouchpointId touchpoint = Wire.field(TYPE, "touchpoint", Wire.string(in), TouchpointId::of);
    Instant time = Wire.instant(TYPE, "time", in);
    int flags = Wire.flags(TYPE, HAS_CHANNEL, in);
    Optional<Channel> channel =
        (flags & HAS_CHANNEL) != 0
            ? Optional.of(Wire.field(TYPE, "channel", Wire.string(in), Channel::valueOf))
            : Optional.empty();
    return new JourneyEvent(customer, touchpoint, time, channel);
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
