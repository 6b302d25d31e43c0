package uk.police.gatekeeper.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
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
    if (isTopLevelStartEvent(execution)) {
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

  private static boolean isTopLevelStartEvent(DelegateExecution execution) {
    if (!ExecutionListener.EVENTNAME_START.equals(execution.getEventName())) {
      return false;
    }
    FlowElement element = execution.getBpmnModelElementInstance();
    return element instanceof StartEvent && element.getParentElement() instanceof Process;
  }

  /** The process-level end listener runs on the process instance with no current flow element. */
  private static boolean isProcessInstanceEnd(DelegateExecution execution) {
    return ExecutionListener.EVENTNAME_END.equals(execution.getEventName())
        && execution.getId().equals(execution.getProcessInstanceId())
        && execution.getCurrentActivityId() == null;
  }
}
