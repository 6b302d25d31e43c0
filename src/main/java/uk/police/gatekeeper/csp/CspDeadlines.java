package uk.police.gatekeeper.csp;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.sla.Grade;
import uk.police.gatekeeper.sla.TaskDeadlines;

/**
 * When a silent CSP is chased, and when its silence goes to the unit managers, by the case's grade.
 * CSPs ordinarily answer within ten working days, urgent grades within hours. Settings
 * {@code gatekeeper.csp.chase.<GRADE>} and {@code gatekeeper.csp.escalate.<GRADE>}, written as for
 * task due dates ({@code PT1H} clock time, {@code P10D} working days).
 */
@Component("cspDeadlines")
public class CspDeadlines {

  private final Environment environment;
  private final TaskDeadlines deadlines;
  private final Clock clock;

  public CspDeadlines(Environment environment, TaskDeadlines deadlines, Clock clock) {
    this.environment = environment;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  public Date chaseAt(DelegateExecution execution) {
    return at(execution, "chase", switchDefault(execution, "PT30M", "PT2H", "P5D", "P10D"));
  }

  public Date escalateAt(DelegateExecution execution) {
    return at(execution, "escalate", switchDefault(execution, "PT1H", "PT4H", "P8D", "P15D"));
  }

  private Date at(DelegateExecution execution, String stage, String fallback) {
    String target = environment.getProperty("gatekeeper.csp." + stage + "." + grade(execution).name(), fallback);
    return Date.from(deadlines.after(OffsetDateTime.now(clock), target).toInstant());
  }

  private static String switchDefault(DelegateExecution execution, String g1, String g2, String g3, String routine) {
    return switch (grade(execution)) {
      case GRADE_1 -> g1;
      case GRADE_2 -> g2;
      case GRADE_3 -> g3;
      case ROUTINE -> routine;
    };
  }

  private static Grade grade(DelegateExecution execution) {
    return Grade.parse(execution.getVariable("priority")).orElse(Grade.ROUTINE);
  }
}
