package uk.police.gatekeeper.results;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.csp.CspRequests;
import uk.police.gatekeeper.errors.ErrorRecords;

/** The SPoC found the results wrong: all of the application's data is quarantined and an error raised. */
@Component
public class ReportResultsErrorDelegate implements JavaDelegate {

  private final CspRequests requests;
  private final ErrorRecords errors;

  public ReportResultsErrorDelegate(CspRequests requests, ErrorRecords errors) {
    this.requests = requests;
    this.errors = errors;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = ApplicationFacts.reference(execution);
    requests.quarantineAll(reference);
    errors.raise(reference, "OTHER", "CSP", true, "Reported by the SPoC on review of the results: "
        + execution.getVariable("resultsNotes"), String.valueOf(execution.getVariable("resultsReviewer")));
  }
}
