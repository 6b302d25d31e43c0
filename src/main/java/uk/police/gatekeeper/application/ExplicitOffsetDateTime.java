package uk.police.gatekeeper.application;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;

/**
 * Date-times in data requirements: ISO-8601 with an explicit offset ({@code
 * 2026-11-03T14:05:00+00:00}, {@code 2026-11-03T14:05+01:00}, {@code ...Z}). A time without an
 * offset is refused, never guessed: a one-hour time-zone slip once led to an innocent person's
 * arrest (domain.md section 2).
 */
public final class ExplicitOffsetDateTime {

  /** The contract's written form: seconds always shown, offset as +00:00 rather than Z. */
  private static final DateTimeFormatter WRITTEN =
      new DateTimeFormatterBuilder()
          .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .appendOffset("+HH:MM:ss", "+00:00")
          .toFormatter();

  private ExplicitOffsetDateTime() {}

  public static Parsed<OffsetDateTime> parse(String text) {
    if (text == null || text.isBlank()) {
      return Parsed.rejected("is required");
    }
    String trimmed = text.trim();
    try {
      return Parsed.ok(OffsetDateTime.parse(trimmed, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    } catch (DateTimeParseException notWithOffset) {
      try {
        LocalDateTime.parse(trimmed);
        return Parsed.rejected(
            "the time zone is required: add the offset, e.g. +00:00, +01:00 or Z");
      } catch (DateTimeParseException notADateTime) {
        return Parsed.rejected("must be a date and time such as 2026-11-03T14:05:00+00:00");
      }
    }
  }

  /** Normalised text, keeping the applicant's offset so the time reads as they meant it. */
  public static String format(OffsetDateTime dateTime) {
    return WRITTEN.format(dateTime);
  }
}
