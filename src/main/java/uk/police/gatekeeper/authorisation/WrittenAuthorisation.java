package uk.police.gatekeeper.authorisation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.TaskDecision;

/** After an urgent oral authorisation, the written record, by an authorising officer other than the applicant. */
@Component("writtenAuthorisation")
public class WrittenAuthorisation extends TaskDecision {

  private final ApplicationRegistry registry;

  public WrittenAuthorisation(IdentityService identityService, ApplicationRegistry registry) {
    super(identityService);
    this.registry = registry;
  }

  @Override
  protected void decide(DelegateExecution task, String actor) {
    if (actor.equals(task.getVariable("applicant")) || actor.equals(task.getVariable("spocReviewer"))) {
      throw Refusal.because("Separation of duties: the written authorisation is recorded by an authorising officer, "
          + "not the applicant or the SPoC");
    }
    Refusal.requireText(task.getVariable("writtenAuthorisationNotes"), "writtenAuthorisationNotes",
        "summarise the written authorisation and why it was urgent");
    if (!ApplicationFacts.flag(task, "writtenAuthorisationConfirmed")) {
      throw Refusal.because("writtenAuthorisationConfirmed: confirm that the written authorisation is recorded");
    }
    registry.decision(ApplicationFacts.reference(task), "WRITTEN_AUTHORISATION", "RECORDED", actor,
        task.getVariable("writtenAuthorisationNotes").toString());
  }
}
