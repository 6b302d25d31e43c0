package uk.police.gatekeeper.csp;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;
import uk.police.gatekeeper.errors.ErrorRecords;

/**
 * Takes a CSP's delivery: stores it once, and hands it to the case waiting for it (message
 * {@code CspResponse}, correlated by the request reference) in the same transaction. A repeated
 * delivery is acknowledged and not processed again; data for a cancelled or expired request is kept
 * quarantined and raised as an error, never shown to anyone.
 */
@Service
public class CspDeliveries {

  public enum Outcome { ACCEPTED, DUPLICATE, NOT_YET_SENT, LATE }

  static final String MESSAGE = "CspResponse";

  private final CspRequests requests;
  private final RuntimeService runtimeService;
  private final ErrorRecords errors;
  private final AuditTrail trail;

  public CspDeliveries(CspRequests requests, RuntimeService runtimeService, ErrorRecords errors, AuditTrail trail) {
    this.requests = requests;
    this.runtimeService = runtimeService;
    this.errors = errors;
    this.trail = trail;
  }

  /** The request behind a reference, if it was made to this CSP. */
  public Optional<Map<String, Object>> request(String cspId, String reference) {
    return requests.find(reference).filter(request -> cspId.equals(request.get("csp")));
  }

  @Transactional
  public Outcome deliver(Map<String, Object> request, CspResponseMessage message, String body) {
    String reference = (String) request.get("reference");
    String applicationReference = (String) request.get("application_reference");
    String status = (String) request.get("status");
    if ("PREPARED".equals(status)) {
      // The send has not committed yet, so the case is not listening: the CSP is asked to retry.
      return Outcome.NOT_YET_SENT;
    }
    if ("ANSWERED".equals(status)) {
      requests.delivered(reference, message.deliveryId(), body, "DUPLICATE");
      return Outcome.DUPLICATE;
    }
    if ("CANCELLED".equals(status)) {
      if (requests.delivered(reference, message.deliveryId(), body, "LATE")) {
        errors.raise(applicationReference, "WITHOUT_AUTHORITY", "CSP", true, "CSP " + request.get("csp")
            + " delivered data for request " + reference + " after it was cancelled or its authorisation ended; "
            + "the data is quarantined", "system");
      }
      return Outcome.LATE;
    }
    if (!requests.delivered(reference, message.deliveryId(), body, "RECEIVED")) {
      return Outcome.DUPLICATE;
    }
    requests.answered(reference);
    // The request is SENT, so its case committed to waiting for it; a failure here rolls the delivery
    // back and the CSP delivers again.
    runtimeService.createMessageCorrelation(MESSAGE)
        .localVariableEquals(PrepareCspRequestDelegate.REFERENCE, reference)
        .correlate();
    trail.record("csp:" + request.get("csp"), AuditEventType.CSP_DELIVERY,
        new AuditSubject(applicationReference, null, "cd-application", null, null, null),
        Map.of("requestReference", reference, "deliveryId", message.deliveryId(), "status", message.status()));
    return Outcome.ACCEPTED;
  }
}
