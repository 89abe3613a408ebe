package org.cxkit.metrics.host;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.zip.CRC32;
import org.cxkit.core.journey.Channel;
import org.cxkit.metrics.spi.Analysis;
import org.cxkit.metrics.spi.MergeableState;

/**
 * A host's own analysis, written against cx-metrics' exported API only (the {@link Analysis}
 * contract), with a byte encoding of its own: first-contact resolution per channel. The contract
 * kit runs against it in {@link ContactOutcomesContractTest}.
 *
 * <p>Byte format, version 1: {@code "ACME"}, a version byte, the number of channels (u8), per
 * channel its contacts and resolved contacts (i64 each), and a CRC-32 of everything before it.
 */
public final class ContactOutcomes
    implements Analysis<ContactOutcomes.Contact, ContactOutcomes.Result, ContactOutcomes.State> {
  static final byte[] MAGIC = {'A', 'C', 'M', 'E'};
  static final int VERSION = 1;
  private static final int CHANNELS = Channel.values().length;

  @Override
  public String id() {
    return "acme.contact-outcomes";
  }

  @Override
  public State newState() {
    return new State();
  }

  @Override
  public State decode(byte[] bytes) {
    return decode(bytes, true);
  }

  /** Decodes, checking the state's invariants only when asked (the planted bug turns it off). */
  static State decode(byte[] bytes, boolean checkInvariants) {
    requireNonNull(bytes, "bytes");
    String what = "cannot decode contact outcomes: ";
    int size = MAGIC.length + 1 + 1 + CHANNELS * 16 + 4;
    if (bytes.length != size) {
      throw new IllegalArgumentException(
          what + bytes.length + " bytes, expected " + size + " (truncated or trailing bytes)");
    }
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length - 4);
    ByteBuffer b = ByteBuffer.wrap(bytes);
    if (b.getInt(bytes.length - 4) != (int) crc.getValue()) {
      throw new IllegalArgumentException(what + "checksum mismatch");
    }
    byte[] magic = new byte[MAGIC.length];
    b.get(magic);
    if (!Arrays.equals(magic, MAGIC)) {
      throw new IllegalArgumentException(what + "not an ACME state");
    }
    if (b.get() != VERSION) {
      throw new IllegalArgumentException(what + "unsupported version");
    }
    if (Byte.toUnsignedInt(b.get()) != CHANNELS) {
      throw new IllegalArgumentException(what + "another number of channels");
    }
    State s = new State();
    long total = 0;
    for (int c = 0; c < CHANNELS; c++) {
      s.contacts[c] = b.getLong();
      s.resolved[c] = b.getLong();
      if (checkInvariants) {
        if (s.contacts[c] < 0 || s.resolved[c] < 0) {
          throw new IllegalArgumentException(what + "a negative count for channel " + c);
        }
        if (s.resolved[c] > s.contacts[c]) {
          throw new IllegalArgumentException(what + "more resolved than contacts, channel " + c);
        }
        try {
          total = Math.addExact(total, s.contacts[c]);
        } catch (ArithmeticException e) {
          throw new IllegalArgumentException(what + "more contacts than a long counts", e);
        }
      }
    }
    return s;
  }

  /**
   * One contact with the service.
   *
   * @param channel where it happened
   * @param resolvedFirstTime whether it resolved the customer's issue at the first contact
   */
  public record Contact(Channel channel, boolean resolvedFirstTime) {
    /**
     * Checks the channel.
     *
     * @param channel where it happened
     * @param resolvedFirstTime whether it resolved the customer's issue at the first contact
     */
    public Contact {
      requireNonNull(channel, "channel");
    }
  }

  /**
   * Contacts and first-contact resolutions per channel.
   *
   * @param contacts contacts per channel (channels without any are left out)
   * @param resolved resolved at first contact, per channel
   */
  public record Result(
      ImmutableSortedMap<Channel, Long> contacts, ImmutableSortedMap<Channel, Long> resolved) {
    /**
     * Returns the share resolved at first contact, in percent.
     *
     * @param channel the channel
     * @return the share, or empty without contacts
     */
    public OptionalDouble firstContactResolution(Channel channel) {
      long n = contacts.getOrDefault(channel, 0L);
      return n == 0
          ? OptionalDouble.empty()
          : OptionalDouble.of(100.0 * resolved.getOrDefault(channel, 0L) / n);
    }
  }

  /** The state: two counts per channel. */
  public static final class State implements MergeableState<Contact, Result, State> {
    final long[] contacts = new long[CHANNELS];
    final long[] resolved = new long[CHANNELS];

    @Override
    public void add(Contact contact) {
      requireNonNull(contact, "contact");
      int c = contact.channel().ordinal();
      long next = Math.addExact(contacts[c], 1);
      Math.addExact(total(), 1);
      contacts[c] = next;
      if (contact.resolvedFirstTime()) {
        resolved[c]++;
      }
    }

    private long total() {
      long t = 0;
      for (long x : contacts) {
        t = Math.addExact(t, x);
      }
      return t;
    }

    @Override
    public State merge(State other) {
      requireNonNull(other, "other");
      State next = copy();
      for (int c = 0; c < CHANNELS; c++) {
        next.contacts[c] = Math.addExact(contacts[c], other.contacts[c]);
        next.resolved[c] = resolved[c] + other.resolved[c];
      }
      next.total();
      System.arraycopy(next.contacts, 0, contacts, 0, CHANNELS);
      System.arraycopy(next.resolved, 0, resolved, 0, CHANNELS);
      return this;
    }

    @Override
    public Result result() {
      ImmutableSortedMap.Builder<Channel, Long> c = ImmutableSortedMap.naturalOrder();
      ImmutableSortedMap.Builder<Channel, Long> r = ImmutableSortedMap.naturalOrder();
      for (Channel ch : Channel.values()) {
        if (contacts[ch.ordinal()] > 0) {
          c.put(ch, contacts[ch.ordinal()]);
          r.put(ch, resolved[ch.ordinal()]);
        }
      }
      return new Result(c.build(), r.build());
    }

    @Override
    public State copy() {
      State s = new State();
      System.arraycopy(contacts, 0, s.contacts, 0, CHANNELS);
      System.arraycopy(resolved, 0, s.resolved, 0, CHANNELS);
      return s;
    }

    @Override
    public byte[] toBytes() {
      return encode(contacts, resolved);
    }

    @Override
    public String toString() {
      return "ContactOutcomes.State[" + total() + " contacts]";
    }
  }

  /** Encodes counts, valid or not (tests build impossible states with it). */
  static byte[] encode(long[] contacts, long[] resolved) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(MAGIC);
      out.writeByte(VERSION);
      out.writeByte(contacts.length);
      for (int c = 0; c < contacts.length; c++) {
        out.writeLong(contacts[c]);
        out.writeLong(resolved[c]);
      }
      CRC32 crc = new CRC32();
      crc.update(bytes.toByteArray());
      out.writeInt((int) crc.getValue());
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
