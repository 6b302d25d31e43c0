package uk.police.gatekeeper.authorisation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * How long an authorisation lasts (domain.md section 2, step 3): sets {@code
 * authorisationExpiresAt}.
 *
 * <p>A standard authorisation lasts one calendar month by the Code of Practice's arithmetic: it
 * ends at the end of the day before the corresponding date in the following month. A corresponding
 * date that does not exist rolls over into the month after by the missing days, as in "30 February
 * = 2 March" (1 March in a leap year). So:
 *
 * <ul>
 *   <li>7 June ends 6 July (corresponding 7 July);
 *   <li>30 January ends 29 February in a leap year (30 Feb = 1 Mar), otherwise 1 March (30 Feb =
 *       2 Mar);
 *   <li>31 January ends 1 March in a leap year (31 Feb = 2 Mar), otherwise 2 March (31 Feb =
 *       3 Mar);
 *   <li>31 March ends 30 April (31 Apr = 1 May).
 * </ul>
 *
 * <p>Days are UK calendar days: the grant date is the Europe/London date of {@code authorisedAt},
 * and the last day ends at 23:59:59 UK local time, returned with the UK offset in force then (BST
 * or GMT), whatever offset the grant was recorded with.
 */
public class AuthorisationValidity {

  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** The last second of the last day; UK clocks never change at this time, so it always exists. */
  static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  /** An urgent DSO authorisation (IPA s61A) lasts three days, counted to the minute. */
  static final Duration URGENT_VALIDITY = Duration.ofDays(3);

  /** End of a one-month authorisation granted at {@code authorisedAt}. */
  public OffsetDateTime expiresAt(OffsetDateTime authorisedAt) {
    LocalDate firstDay = authorisedAt.atZoneSameInstant(UK).toLocalDate();
    return endOfUkDay(lastDayOfMonthStartingOn(firstDay));
  }

  /** End of an urgent DSO authorisation: exactly 72 hours after the grant, in UK offset. */
  public OffsetDateTime urgentExpiresAt(OffsetDateTime authorisedAt) {
    return authorisedAt.toInstant().plus(URGENT_VALIDITY).atZone(UK).toOffsetDateTime();
  }

  /**
   * End of a renewal of a one-month authorisation that currently ends at {@code currentExpiry}: the
   * new month starts at the end of the current one, i.e. on the day after the current expiry day,
   * so no day is lost or counted twice (6 July 23:59:59 renews to 6 August 23:59:59).
   */
  public OffsetDateTime renewedExpiresAt(OffsetDateTime currentExpiry) {
    LocalDate firstDay = currentExpiry.atZoneSameInstant(UK).toLocalDate().plusDays(1);
    return endOfUkDay(lastDayOfMonthStartingOn(firstDay));
  }

  /** The day before the corresponding date in the next month, overflow rolling forward. */
  static LocalDate lastDayOfMonthStartingOn(LocalDate firstDay) {
    LocalDate correspondingDate =
        firstDay.withDayOfMonth(1).plusMonths(1).plusDays(firstDay.getDayOfMonth() - 1L);
    return correspondingDate.minusDays(1);
  }

  private static OffsetDateTime endOfUkDay(LocalDate day) {
    return ZonedDateTime.of(day, END_OF_DAY, UK).toOffsetDateTime();
  }
}
