package uk.police.gatekeeper.application;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.audit.Actor;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;

/**
 * Keeps the case variable {@code status} current and audits every change. Diagrams call it from
 * execution listeners: {@code ${caseStatus.enter(execution, 'SPOC_REVIEW')}}.
 */
@Component("caseStatus")
public class CaseStatus {

  public static final String VARIABLE = "status";

  private final AuditTrail trail;
  private final IdentityService identityService;

  public CaseStatus(AuditTrail trail, IdentityService identityService) {
    this.trail = trail;
    this.identityService = identityService;
  }

  public void enter(DelegateExecution execution, String status) {
    Object previous = execution.getVariable(VARIABLE);
    if (status.equals(previous)) {
      return;
    }
    execution.setVariable(VARIABLE, status);
    trail.record(Actor.of(identityService), AuditEventType.STATUS_CHANGED, AuditSubject.of(execution),
        previous == null ? Map.of("to", status) : Map.of("from", previous, "to", status));
  }
}
