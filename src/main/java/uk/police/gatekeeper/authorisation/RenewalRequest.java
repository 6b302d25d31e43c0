package uk.police.gatekeeper.authorisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.TaskDecision;

/** The applicant's request to renew, with why the data is still necessary and proportionate. */
@Component("renewalRequest")
public class RenewalRequest extends TaskDecision {

  static final int MIN_JUSTIFICATION = 20;

  private final ApplicationRegistry registry;

  public RenewalRequest(IdentityService identityService, ApplicationRegistry registry) {
    super(identityService);
    this.registry = registry;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.setVariable("renewalRequested", false);
    task.removeVariable("renewalJustification");
  }

  @Override
  protected void decide(DelegateExecution task, String actor) {
    if (!actor.equals(task.getVariable("applicant"))) {
      throw Refusal.because("Only the applicant can ask for a renewal of their authorisation");
    }
    boolean requested = ApplicationFacts.flag(task, "renewalRequested");
    task.setVariable("renewalRequested", requested);
    if (!requested) {
      registry.decision(ApplicationFacts.reference(task), "RENEWAL_REQUEST", "NOT_REQUESTED", actor, null);
      return;
    }
    Object justification = task.getVariable("renewalJustification");
    if (justification == null || justification.toString().strip().length() < MIN_JUSTIFICATION) {
      throw Refusal.because("renewalJustification: at least " + MIN_JUSTIFICATION
          + " characters on why the data is still necessary and proportionate");
    }
    registry.decision(ApplicationFacts.reference(task), "RENEWAL_REQUEST", "REQUESTED", actor,
        justification.toString());
  }
}
