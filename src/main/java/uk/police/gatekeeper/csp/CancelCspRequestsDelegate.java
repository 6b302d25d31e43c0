package uk.police.gatekeeper.csp;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;

/**
 * When an application is cancelled or its authorisation expires, tells each CSP still working on one
 * of its requests to stop ({@code POST <endpoint>/cancellations}). Runs as a job: an unreachable CSP
 * is retried, then shows as an incident, and requests already cancelled are not sent again.
 */
@Component
public class CancelCspRequestsDelegate implements JavaDelegate {

  private final CspRequests requests;
  private final ConfiguredCsps csps;
  private final CspClient client;

  public CancelCspRequestsDelegate(CspRequests requests, ConfiguredCsps csps, CspClient client) {
    this.requests = requests;
    this.csps = csps;
    this.client = client;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Map<String, Object> request : requests.outstanding(ApplicationFacts.reference(execution))) {
      String reference = (String) request.get("reference");
      if ("SENT".equals(request.get("status"))) {
        client.post(csps.get((String) request.get("csp")), "/cancellations",
            "{\"requestReference\": \"" + reference + "\", \"action\": \"CANCEL\"}");
      }
      requests.cancelled(reference);
    }
  }
}
