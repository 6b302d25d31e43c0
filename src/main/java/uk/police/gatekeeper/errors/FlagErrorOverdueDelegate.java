package uk.police.gatekeeper.errors;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.audit.Actor;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;

/** The reporting deadline passed with no report: the record is flagged overdue in the register. */
@Component
public class FlagErrorOverdueDelegate implements JavaDelegate {

  private final ErrorRecordTable table;
  private final AuditTrail trail;

  public FlagErrorOverdueDelegate(ErrorRecordTable table, AuditTrail trail) {
    this.table = table;
    this.trail = trail;
  }

  @Override
  public void execute(DelegateExecution execution) {
    table.overdue((String) execution.getVariable("errorReference"));
    execution.setVariable("overdue", true);
    trail.record(Actor.SYSTEM, AuditEventType.STATUS_CHANGED, AuditSubject.of(execution),
        Map.of("overdue", true, "reportDueDate", execution.getVariable("reportDueDate")));
  }
}
