package org.cxkit.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.function.Function;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * The field encodings shared by {@link ResponseCoder} and {@link JourneyEventCoder}: one version
 * byte per value, strings as length-prefixed UTF-8, whole numbers as variable-length integers, an
 * instant as epoch seconds and nanoseconds. A field that cannot be read back fails with a {@link
 * CoderException} naming the value type and the field, never its content.
 */
final class Wire {
  private Wire() {}

  static void version(int version, OutputStream out) throws IOException {
    out.write(version);
  }

  static void checkVersion(String type, int version, InputStream in) throws IOException {
    int v = in.read();
    if (v < 0) {
      throw new CoderException(type + ": the input ends before the value");
    }
    if (v != version) {
      throw new CoderException(
          type + ": format version " + v + " is not supported (this coder reads " + version + ")");
    }
  }

  static void string(String s, OutputStream out) throws IOException {
    StringUtf8Coder.of().encode(s, out);
  }

  static String string(InputStream in) throws IOException {
    return StringUtf8Coder.of().decode(in);
  }

  /** Reads a string that must not be blank; a blank one fails naming the field. */
  static String nonBlank(String type, String field, InputStream in) throws IOException {
    String s = string(in);
    if (s.isBlank()) {
      throw new CoderException(type + ": the " + field + " is blank");
    }
    return s;
  }

  static void varInt(int i, OutputStream out) throws IOException {
    VarIntCoder.of().encode(i, out);
  }

  static int varInt(InputStream in) throws IOException {
    return VarIntCoder.of().decode(in);
  }

  static void instant(Instant t, OutputStream out) throws IOException {
    VarLongCoder.of().encode(t.getEpochSecond(), out);
    VarIntCoder.of().encode(t.getNano(), out);
  }

  static Instant instant(String type, String field, InputStream in) throws IOException {
    long seconds = VarLongCoder.of().decode(in);
    int nanos = VarIntCoder.of().decode(in);
    if (nanos < 0 || nanos > 999_999_999) {
      throw new CoderException(type + ": the " + field + "'s nanoseconds are out of range");
    }
    try {
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException e) {
      throw new CoderException(type + ": the " + field + " is out of range", e);
    }
  }

  static int flags(String type, int allowed, InputStream in) throws IOException {
    int f = in.read();
    if (f < 0) {
      throw new CoderException(type + ": the input ends before the flags");
    }
    if ((f & ~allowed) != 0) {
      throw new CoderException(type + ": unknown flags " + Integer.toBinaryString(f));
    }
    return f;
  }

  /**
   * Builds a field's value from its text, turning a rejection into a {@link CoderException} that
   * names the field, not its content (an id's own message quotes the id).
   */
  static <T> T field(String type, String field, String text, Function<String, T> parse)
      throws CoderException {
    try {
      return parse.apply(text);
    } catch (IllegalArgumentException e) {
      throw new CoderException(type + ": the " + field + " is not valid");
    }
  }
}
