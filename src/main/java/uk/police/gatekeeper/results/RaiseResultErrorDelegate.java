package uk.police.gatekeeper.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.errors.ErrorRecords;

/**
 * A delivery failed its check: it is already quarantined (the applicant can never see it); this raises
 * the error, with the first finding's type and every finding in the description, caused by the CSP.
 */
@Component
public class RaiseResultErrorDelegate implements JavaDelegate {

  private final ErrorRecords errors;

  public RaiseResultErrorDelegate(ErrorRecords errors) {
    this.errors = errors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    errors.raise(ApplicationFacts.reference(execution), (String) execution.getVariable("resultErrorType"), "CSP", true,
        "The delivery for CSP request " + execution.getVariable("cspRequestReference")
            + " did not match the authorisation and is quarantined: " + execution.getVariable("resultFindings"),
        "system");
  }
}
