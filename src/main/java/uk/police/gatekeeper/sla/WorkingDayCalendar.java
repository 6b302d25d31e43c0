package uk.police.gatekeeper.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The one working-day calendar of Gatekeeper: a working day is Monday to Friday and not a UK bank
 * holiday of the chosen jurisdiction (England and Wales unless configured otherwise). Used for the
 * 10-working-day error report deadline and CSP response targets (domain.md sections 2 and 3).
 */
public class WorkingDayCalendar {

  /** Working-day deadlines are reckoned in UK local time, whatever offset a moment arrives with. */
  public static final ZoneId UK = ZoneId.of("Europe/London");

  /** Parsing jollyday's holiday XML is expensive; one manager serves every calendar instance. */
  private static final class Manager {
    static final HolidayManager UNITED_KINGDOM =
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
  }

  private final UkJurisdiction jurisdiction;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  public WorkingDayCalendar() {
    this(UkJurisdiction.ENGLAND_AND_WALES);
  }

  public WorkingDayCalendar(UkJurisdiction jurisdiction) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
  }

  public UkJurisdiction jurisdiction() {
    return jurisdiction;
  }

  public boolean isWorkingDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isBankHoliday(date);
  }

  /** A bank holiday as observed: a holiday falling at a weekend counts on its substitute day. */
  public boolean isBankHoliday(LocalDate date) {
    return holidaysByYear.computeIfAbsent(date.getYear(), this::loadHolidays).contains(date);
  }

  /**
   * The date {@code workingDays} working days after {@code date}; the start date itself is never
   * counted, so Friday plus one is Monday (or later after a holiday). Zero returns the date
   * unchanged.
   */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate result = date;
    int remaining = workingDays;
    while (remaining > 0) {
      result = result.plusDays(1);
      if (isWorkingDay(result)) {
        remaining--;
      }
    }
    return result;
  }

  /**
   * A moment {@code workingDays} working days after {@code moment}, at the same UK time of day
   * ("due within one working day" of 16:30 on a Friday is 16:30 on the next working day). The
   * result carries the UK offset of its own date, so it is right across a BST/GMT change.
   */
  public OffsetDateTime plusWorkingDays(OffsetDateTime moment, int workingDays) {
    ZonedDateTime local = moment.atZoneSameInstant(UK);
    LocalDate dueDate = plusWorkingDays(local.toLocalDate(), workingDays);
    return ZonedDateTime.of(dueDate, local.toLocalTime(), UK).toOffsetDateTime();
  }

  private Set<LocalDate> loadHolidays(int year) {
    return Manager.UNITED_KINGDOM.getHolidays(Year.of(year), jurisdiction.jollydayCode()).stream()
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet());
  }
}
