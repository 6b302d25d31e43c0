package uk.police.gatekeeper.csp;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Sends the prepared request to its CSP. Runs as a job after an async boundary: a failure is retried
 * on the configured cycle, then becomes an incident that a SPoC or manager retries in Cockpit. Every
 * attempt sends the message stored when it was prepared, same reference and time stamp.
 */
@Component
public class SendCspRequestDelegate implements JavaDelegate {

  private final CspRequests requests;
  private final ConfiguredCsps csps;
  private final CspClient client;

  public SendCspRequestDelegate(CspRequests requests, ConfiguredCsps csps, CspClient client) {
    this.requests = requests;
    this.csps = csps;
    this.client = client;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable(PrepareCspRequestDelegate.REFERENCE);
    Map<String, Object> request = requests.find(reference)
        .orElseThrow(() -> new IllegalStateException("CSP request " + reference + " was never prepared"));
    client.post(csps.get((String) request.get("csp")), "", (String) request.get("message"));
    requests.sent(reference);
  }
}
