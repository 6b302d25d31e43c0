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
  private final ApplicationRegistry registry;

  public CaseStatus(AuditTrail trail, IdentityService identityService, ApplicationRegistry registry) {
    this.trail = trail;
    this.identityService = identityService;
    this.registry = registry;
  }

  public void enter(DelegateExecution execution, String status) {
    enter(execution, status, Actor.of(identityService));
  }

  /** For changes made on a user's behalf by Gatekeeper itself, such as a cancellation. */
  public void enter(DelegateExecution execution, String status, String actor) {
    Object previous = execution.getVariable(VARIABLE);
    if (status.equals(previous)) {
      return;
    }
    execution.setVariable(VARIABLE, status);
    if (execution.getProcessBusinessKey() != null) {
      registry.status(execution.getProcessBusinessKey(), status);
    }
    trail.record(actor, AuditEventType.STATUS_CHANGED, AuditSubject.of(execution),
        previous == null ? Map.of("to", status) : Map.of("from", previous, "to", status));
  }
}
