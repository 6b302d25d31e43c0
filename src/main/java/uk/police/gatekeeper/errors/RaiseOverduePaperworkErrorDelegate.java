package uk.police.gatekeeper.errors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;

/**
 * An urgent oral authorisation's written record was not made within a working day: data is being
 * acquired on an authorisation with no written record, which is an error for the SRO to review.
 */
@Component
public class RaiseOverduePaperworkErrorDelegate implements JavaDelegate {

  private final ErrorRecords errors;

  public RaiseOverduePaperworkErrorDelegate(ErrorRecords errors) {
    this.errors = errors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    errors.raise(ApplicationFacts.reference(execution), "WITHOUT_AUTHORITY", "AUTHORISER", true,
        "The written record of the urgent oral authorisation given by " + execution.getVariable("authoriser")
            + " at " + execution.getVariable("authorisedAt") + " was not made within one working day",
        "system");
  }
}
