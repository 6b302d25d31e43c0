package uk.police.gatekeeper.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audits the start of every case (with the variables it was submitted with) and its end, for every
 * deployed process, from the execution events the Camunda starter publishes.
 */
@Component
public class CaseAudit {

  private final AuditTrail trail;
  private final IdentityService identityService;

  public CaseAudit(AuditTrail trail, IdentityService identityService) {
    this.trail = trail;
    this.identityService = identityService;
  }

  @EventListener
  public void on(DelegateExecution execution) {
    if (isProcessInstanceStart(execution)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("variables", VariableSummary.of(execution.getVariablesTyped(false), execution.getVariableNames()));
      trail.record(Actor.of(identityService), AuditEventType.CASE_STARTED, AuditSubject.of(execution), details);
    } else if (isProcessInstanceEnd(execution)) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("canceled", execution.isCanceled());
      details.put("status", execution.getVariable("status"));
      trail.record(Actor.of(identityService), AuditEventType.CASE_ENDED, AuditSubject.of(execution), details);
    }
  }

  /**
   * Process-level listeners run on the process instance itself: at its start before any activity
   * instance exists, at its end with the process instance as the activity instance. The same events
   * on the start and end events carry their own activity instance ids and are not audited twice.
   */
  private static boolean isProcessInstanceStart(DelegateExecution execution) {
    return ExecutionListener.EVENTNAME_START.equals(execution.getEventName())
        && execution.getId().equals(execution.getProcessInstanceId())
        && execution.getActivityInstanceId() == null;
  }

  private static boolean isProcessInstanceEnd(DelegateExecution execution) {
    return ExecutionListener.EVENTNAME_END.equals(execution.getEventName())
        && execution.getId().equals(execution.getProcessInstanceId())
        && execution.getProcessInstanceId().equals(execution.getActivityInstanceId());
  }
}
