package uk.police.gatekeeper.results;

import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.csp.CspMessages;
import uk.police.gatekeeper.csp.CspRequestMessage;
import uk.police.gatekeeper.csp.CspRequests;
import uk.police.gatekeeper.csp.CspResponseMessage;

/**
 * Checks a CSP's delivery against what was authorised before any person sees it. A mismatch
 * quarantines the whole delivery; the outcome ({@code resultOutcome}) routes the case.
 */
@Component
public class CheckCspResultDelegate implements JavaDelegate {

  private final CspRequests requests;
  private final ResultCheck check = new ResultCheck();

  public CheckCspResultDelegate(CspRequests requests) {
    this.requests = requests;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable("cspRequestReference");
    CspRequestMessage request = CspMessages.requestFromJson((String) requests.find(reference).orElseThrow()
        .get("message"));
    Map<String, Object> response = requests.latestResponse(reference).orElseThrow(
        () -> new IllegalStateException("No delivery stored for CSP request " + reference));
    CspResponseMessage delivered = CspMessages.responseFromJson((String) response.get("body")).message();

    CheckResult result = check.check(new AuthorisedRequirement(request.identifierType(), request.identifier(),
        request.dataType(), request.from(), request.to(), request.port()), delivered);
    String findings = result.findings().stream()
        .map(f -> f.errorType() + (f.recordIndex() >= 0 ? " in record " + (f.recordIndex() + 1) : "") + ": " + f.detail())
        .collect(Collectors.joining("; "));
    requests.checked(((Number) response.get("id")).longValue(), result.outcome().name(),
        findings.isEmpty() ? null : findings, result.isQuarantined());
    execution.setVariableLocal("resultOutcome", result.outcome().name());
    if (result.isQuarantined()) {
      execution.setVariableLocal("resultErrorType", result.findings().get(0).errorType());
      execution.setVariableLocal("resultFindings", findings);
    }
  }
}
