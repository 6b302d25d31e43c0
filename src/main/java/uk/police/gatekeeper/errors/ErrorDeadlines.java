package uk.police.gatekeeper.errors;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.sla.WorkingDayCalendar;

/**
 * The Commissioner's deadline for a reportable error: {@code gatekeeper.errors.report-days.<REGIME>}
 * UK working days after the error was established (10 under the IPA, 5 in the RIPA era), counted on
 * the unit's working-day calendar. Managers are alerted two working days before; after the due day
 * the record is overdue.
 */
@Component("errorDeadlines")
public class ErrorDeadlines {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final LocalTime ALERT_TIME = LocalTime.of(9, 0);
  static final int ALERT_WORKING_DAYS_BEFORE = 2;

  private final WorkingDayCalendar calendar;
  private final Environment environment;

  public ErrorDeadlines(WorkingDayCalendar calendar, Environment environment) {
    this.calendar = calendar;
    this.environment = environment;
  }

  public LocalDate reportDueDate(OffsetDateTime establishedAt, String regime) {
    int days = environment.getProperty("gatekeeper.errors.report-days." + regime, Integer.class,
        "RIPA".equals(regime) ? 5 : 10);
    return calendar.plusWorkingDays(establishedAt.atZoneSameInstant(UK).toLocalDate(), days);
  }

  /** The end of the due day, UK time: the report is on time until then. */
  public Date dueDate(DelegateExecution execution) {
    return Date.from(due(execution).atTime(LocalTime.of(23, 59, 59)).atZone(UK).toInstant());
  }

  public Date alertAt(DelegateExecution execution) {
    LocalDate day = due(execution);
    for (int left = ALERT_WORKING_DAYS_BEFORE; left > 0; ) {
      day = day.minusDays(1);
      if (calendar.isWorkingDay(day)) {
        left--;
      }
    }
    return Date.from(day.atTime(ALERT_TIME).atZone(UK).toInstant());
  }

  public Date overdueAt(DelegateExecution execution) {
    return Date.from(due(execution).plusDays(1).atStartOfDay(UK).toInstant());
  }

  private static LocalDate due(DelegateExecution execution) {
    return LocalDate.parse((String) execution.getVariable("reportDueDate"));
  }
}
