package uk.police.gatekeeper.application;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.audit.Actor;

/**
 * Records a cancellation: who asked, why, and status {@code CANCELLED}. Outstanding tasks were already
 * ended by the interrupting event sub-process, each audited as cancelled.
 */
@Component
public class RecordCancellationDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final CaseStatus caseStatus;
  private final IdentityService identityService;

  public RecordCancellationDelegate(ApplicationRegistry registry, CaseStatus caseStatus,
      IdentityService identityService) {
    this.registry = registry;
    this.caseStatus = caseStatus;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object requestedBy = execution.getVariable("cancelledBy");
    String by = requestedBy == null ? Actor.of(identityService) : requestedBy.toString();
    Object reason = execution.getVariable("cancellationReason");
    registry.decision(ApplicationFacts.reference(execution), "CANCELLATION", "CANCELLED", by,
        reason == null ? null : reason.toString());
    caseStatus.enter(execution, "CANCELLED", by);
  }
}
