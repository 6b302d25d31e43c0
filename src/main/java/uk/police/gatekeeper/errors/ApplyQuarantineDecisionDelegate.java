package uk.police.gatekeeper.errors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.csp.CspRequests;

/**
 * Carries out the SRO's decision on the application's quarantined data: destroyed means its content
 * is deleted while the fact of the delivery and the decision are kept; retained means it stays
 * quarantined, with the SRO's justification on record.
 */
@Component
public class ApplyQuarantineDecisionDelegate implements JavaDelegate {

  private final CspRequests requests;
  private final ApplicationRegistry applications;

  public ApplyQuarantineDecisionDelegate(CspRequests requests, ApplicationRegistry applications) {
    this.requests = requests;
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object applicationReference = execution.getVariable("applicationReference");
    String decision = (String) execution.getVariable("quarantineDecision");
    if (applicationReference == null || applicationReference.toString().isBlank() || "NONE".equals(decision)) {
      return;
    }
    String sro = (String) execution.getVariable("signedOffBy");
    String errorReference = (String) execution.getVariable("errorReference");
    if ("DESTROY".equals(decision)) {
      int destroyed = requests.destroyQuarantined(applicationReference.toString(), sro, errorReference);
      applications.decision(applicationReference.toString(), "QUARANTINE", "DESTROYED", sro,
          destroyed + " quarantined deliveries destroyed on the SRO's decision for " + errorReference);
    } else {
      applications.decision(applicationReference.toString(), "QUARANTINE", "RETAINED", sro,
          execution.getVariable("quarantineJustification") + " (" + errorReference + ")");
    }
  }
}
