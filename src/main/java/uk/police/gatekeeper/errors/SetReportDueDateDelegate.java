package uk.police.gatekeeper.errors;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Keeps the table's class and, for a reportable error, sets {@code reportDueDate} (an ISO date). */
@Component
public class SetReportDueDateDelegate implements JavaDelegate {

  private final ErrorDeadlines deadlines;
  private final ErrorRecordTable table;

  public SetReportDueDateDelegate(ErrorDeadlines deadlines, ErrorRecordTable table) {
    this.deadlines = deadlines;
    this.table = table;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String errorClass = (String) execution.getVariable("errorClass");
    if (errorClass == null) {
      throw new IllegalStateException("error-classification gave no class for this error: the process owner must add "
          + "a rule");
    }
    LocalDate due = null;
    if ("REPORTABLE".equals(errorClass)) {
      due = deadlines.reportDueDate(OffsetDateTime.parse((String) execution.getVariable("establishedAt")),
          (String) execution.getVariable("regime"));
      execution.setVariable("reportDueDate", due.toString());
    }
    table.classified((String) execution.getVariable("errorReference"), errorClass, due);
  }
}
