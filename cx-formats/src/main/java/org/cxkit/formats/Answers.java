package org.cxkit.formats;

import com.google.common.collect.ImmutableMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * An export layout's answer conventions, applied the same way by every path of {@link ResponseCsv}:
 * labels, codes and labels meaning not applicable, integral decimals, end point labels, and times.
 */
final class Answers {
  /** {@link #score} of an answer that is no score. */
  static final int BAD = Integer.MIN_VALUE;

  /** {@link #score} of an answer meaning not applicable. */
  static final int NOT_APPLICABLE = Integer.MIN_VALUE + 1;

  private static final Pattern LABEL_THEN_POINT = Pattern.compile("^\\S.*?\\s+-\\s+(-?\\d{1,9})$");
  private static final Pattern POINT_THEN_LABEL = Pattern.compile("^(-?\\d{1,9})\\s+-\\s+\\S.*$");
  private static final Pattern DECIMAL = Pattern.compile("^(-?\\d{1,9})\\.0+$");

  private final ExportLayout layout;
  private final boolean codes;

  Answers(ExportLayout layout) {
    this.layout = layout;
    this.codes = layout.negativeNotApplicable() || !layout.notApplicableCodes().isEmpty();
  }

  /** Whether some integer answers mean not applicable. */
  boolean codes() {
    return codes;
  }

  /** Whether an integer answer means not applicable. */
  boolean notApplicable(int v) {
    return codes
        && ((layout.negativeNotApplicable() && v < 0) || layout.notApplicableCodes().contains(v));
  }

  /**
   * The scale point of a non-blank answer: a question's own label, the layout's labels, an integer
   * (or an integral decimal, or an end point label, as the layout allows); {@link #NOT_APPLICABLE}
   * for a code or label meaning not applicable; {@link #BAD} for anything else.
   */
  int score(String answer, ImmutableMap<String, Integer> labels) {
    String t = answer.strip();
    int n = ResponseCsv.parseIntStrict(t);
    if (n != BAD) {
      return notApplicable(n) ? NOT_APPLICABLE : n;
    }
    String folded = null;
    if (!labels.isEmpty() || !layout.labels().isEmpty()) {
      folded = ExportLayout.fold(t);
      Integer v = labels.get(folded);
      if (v == null) {
        v = layout.labels().get(folded);
      }
      if (v != null) {
        return v;
      }
    }
    if (layout.integralDecimals()) {
      Matcher m = DECIMAL.matcher(t);
      if (m.matches()) {
        return checked(Integer.parseInt(m.group(1)));
      }
    }
    if (layout.endPointLabels()) {
      Matcher m = LABEL_THEN_POINT.matcher(t);
      if (!m.matches()) {
        m = POINT_THEN_LABEL.matcher(t);
      }
      if (m.matches()) {
        return checked(Integer.parseInt(m.group(1)));
      }
    }
    if (folded == null) {
      folded = ExportLayout.fold(t);
    }
    if (layout.notApplicableLabels().contains(folded) || folded.endsWith("(n/a)")) {
      return NOT_APPLICABLE;
    }
    return BAD;
  }

  private int checked(int v) {
    return notApplicable(v) ? NOT_APPLICABLE : v;
  }

  /** Why an answer is no score, for a question with or without labels. */
  String badScore(boolean hasLabels) {
    return hasLabels || !layout.labels().isEmpty()
        ? "neither a mapped label nor an integer score"
        : "not an integer score";
  }

  /**
   * Parses a non-blank time: with the layout's patterns (a time without an offset is in {@code
   * zone}), or ISO-8601 if it has none.
   *
   * @throws DateTimeException if the text is no time
   */
  Instant time(String s, ZoneId zone) {
    if (layout.timeFormats().isEmpty()) {
      try {
        return Instant.parse(s);
      } catch (DateTimeParseException e) {
        try {
          return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e2) {
          return LocalDateTime.parse(s).atZone(zone).toInstant();
        }
      }
    }
    @Nullable DateTimeException last = null;
    for (DateTimeFormatter f : layout.timeFormats()) {
      try {
        TemporalAccessor t = f.parse(s);
        if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
          return ZonedDateTime.from(t).toInstant();
        }
        return LocalDateTime.from(t).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        last = e;
      }
    }
    throw last == null ? new DateTimeException("no time pattern") : last;
  }

  /** What a time was expected to look like. */
  String expectedTime() {
    return layout.timePatterns().isEmpty()
        ? "ISO-8601 such as 2026-05-08T04:41:00Z"
        : "a time written as " + String.join(" or ", layout.timePatterns());
  }
}
