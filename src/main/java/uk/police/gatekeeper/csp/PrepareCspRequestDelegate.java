package uk.police.gatekeeper.csp;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.application.RequirementsVariable;
import uk.police.gatekeeper.sla.Grade;

/**
 * Draws the request's reference and writes the request once, committed before the first send: every
 * retry of the send then carries the same reference, so the CSP can deduplicate.
 */
@Component
public class PrepareCspRequestDelegate implements JavaDelegate {

  static final String REFERENCE = "cspRequestReference";

  private final CspRequests requests;
  private final CspSettings settings;
  private final IdentityService identityService;
  private final Clock clock;

  public PrepareCspRequestDelegate(CspRequests requests, CspSettings settings, IdentityService identityService,
      Clock clock) {
    this.requests = requests;
    this.settings = settings;
    this.identityService = identityService;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int position = ((Number) execution.getVariable("requirementPosition")).intValue();
    Map<String, Object> requirement = RequirementsVariable.read(execution.getVariable(RequirementsVariable.NAME))
        .get(position - 1);
    String cspId = (String) requirement.get("csp");
    Object to = requirement.get("to");
    Object port = requirement.get("port");
    CspRequestMessage message = CspRequestMessage.create(settings.getCountryCode(), settings.getOrganisationId(),
        requests.nextNumber(), cspId, OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
        Grade.parse(execution.getVariable("priority")).orElse(Grade.ROUTINE),
        IdentifierType.valueOf((String) requirement.get("identifierType")),
        (String) requirement.get("identifierNormalised"), DataType.valueOf((String) requirement.get("dataType")),
        OffsetDateTime.parse((String) requirement.get("from")),
        to == null ? null : OffsetDateTime.parse(to.toString()),
        port == null ? null : ((Number) port).intValue(),
        spocPin((String) execution.getVariable("spocReviewer")));
    requests.prepared(message.requestReference(), ApplicationFacts.reference(execution), position, cspId,
        CspMessages.toJson(message));
    execution.setVariableLocal(REFERENCE, message.requestReference());
  }

  /** The accredited SPoC's PIN, which CSPs check: the user attribute {@code spocPin} of the reviewer. */
  private String spocPin(String spoc) {
    String pin = spoc == null ? null : identityService.getUserInfo(spoc, "spocPin");
    if (pin == null || pin.isBlank()) {
      throw new IllegalStateException("SPoC " + spoc + " has no SPoC PIN: set gatekeeper.spoc-pins." + spoc
          + " and restart, then retry this job in Cockpit");
    }
    return pin;
  }
}
