package uk.police.gatekeeper.sla;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Due dates for user tasks by the case's grade: urgent grades in hours, the others in working days of
 * the unit's calendar. Settings {@code gatekeeper.sla.due.<GRADE>}: an ISO duration ({@code PT1H}) is
 * clock time, an ISO period ({@code P3D}) is that many working days.
 */
@Component("taskDeadlines")
public class TaskDeadlines {

  private final Map<Grade, String> targets = new EnumMap<>(Grade.class);
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  public TaskDeadlines(WorkingDayCalendar calendar, Clock clock,
      @Value("${gatekeeper.sla.due.GRADE_1:PT1H}") String grade1,
      @Value("${gatekeeper.sla.due.GRADE_2:PT4H}") String grade2,
      @Value("${gatekeeper.sla.due.GRADE_3:P1D}") String grade3,
      @Value("${gatekeeper.sla.due.ROUTINE:P3D}") String routine) {
    this.calendar = calendar;
    this.clock = clock;
    targets.put(Grade.GRADE_1, grade1);
    targets.put(Grade.GRADE_2, grade2);
    targets.put(Grade.GRADE_3, grade3);
    targets.put(Grade.ROUTINE, routine);
  }

  /** When a task of this case falls due, counted from now. Ungraded cases are routine. */
  public Date due(DelegateExecution execution) {
    Grade grade = Grade.parse(execution.getVariable("priority")).orElse(Grade.ROUTINE);
    return Date.from(after(OffsetDateTime.now(clock), targets.get(grade)).toInstant());
  }

  /** The written record of an urgent oral authorisation: one working day after it was given. */
  public Date writtenAuthorisationDue(DelegateExecution execution) {
    OffsetDateTime authorisedAt = OffsetDateTime.parse((String) execution.getVariable("authorisedAt"));
    return Date.from(calendar.plusWorkingDays(authorisedAt, 1).toInstant());
  }

  /** {@code start} plus a target: an ISO duration is clock time, an ISO period working days. */
  public OffsetDateTime after(OffsetDateTime start, String target) {
    if (target.startsWith("PT")) {
      return start.plus(Duration.parse(target));
    }
    return calendar.plusWorkingDays(start, Period.parse(target).getDays());
  }
}
