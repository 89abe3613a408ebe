package org.cxkit.formats;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The value rules the event-log readers (XES, OCEL, CJML) share. */
final class Values {
  private Values() {}

  /** ISO 8601 / {@code xs:dateTime}: a local date and time with an optional offset. */
  private static final DateTimeFormatter DATE_TIME =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT);

  /** A bad value inside a reader; its message is the reject's reason, never the value. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String reason) {
      super(reason, null, false, false);
    }

    @Override
    public String getMessage() {
      return requireNonNull(super.getMessage());
    }
  }

  /**
   * Parses a date and time ({@code 2010-12-30T11:02:00.000+01:00}, {@code ...Z}); one without an
   * offset is read in {@code zone}.
   *
   * @param field what the value is, for the reason
   */
  static Instant instant(String text, ZoneId zone, String field) throws BadValue {
    try {
      TemporalAccessor t = DATE_TIME.parse(text.strip());
      LocalDateTime local = LocalDateTime.from(t);
      return t.isSupported(ChronoField.OFFSET_SECONDS)
          ? local.atOffset(ZoneOffset.from(t)).toInstant()
          : local.atZone(zone).toInstant();
    } catch (DateTimeException e) {
      throw new BadValue(
          field
              + " is not a date and time: expected ISO 8601 such as 2010-12-30T11:02:00.000+01:00");
    }
  }

  /** An enum constant by its name, ignoring case and surrounding space. */
  static <E extends Enum<E>> E constant(Class<E> type, String value, String field) throws BadValue {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BadValue(field + " is not one of " + Arrays.toString(type.getEnumConstants()));
    }
  }

  /** The value, or null; a blank value is bad. */
  static @Nullable String nonBlank(@Nullable String value, String field) throws BadValue {
    if (value != null && value.isBlank()) {
      throw new BadValue(field + " is blank");
    }
    return value;
  }
}
