package uk.police.gatekeeper.application;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Cancels an application for its applicant or a SPoC: message {@code CancelApplication}, correlated by
 * the reference, stops all outstanding work. Gatekeeper checks who may cancel and then correlates as
 * itself, because applicants and SPoCs hold no engine right to change process instances at large.
 */
@Component
public class Cancellation {

  static final String MESSAGE = "CancelApplication";
  static final int MIN_REASON = 10;

  private final CaseAccess access;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public Cancellation(CaseAccess access, RuntimeService runtimeService, IdentityService identityService) {
    this.access = access;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  public void cancel(String reference, String user, List<String> groups, String reason) {
    if (access.cancellable(reference, user, groups).isEmpty()) {
      throw new UnknownApplicationException(reference);
    }
    if (reason == null || reason.strip().length() < MIN_REASON) {
      throw Refusal.because("cancellationReason: at least " + MIN_REASON + " characters on why it is no longer needed");
    }
    var caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      if (runtimeService.createProcessInstanceQuery().processDefinitionKey("cd-application")
          .processInstanceBusinessKey(reference).active().count() == 0) {
        throw Refusal.because("applicationReference: " + reference + " is already closed and cannot be cancelled");
      }
      runtimeService.createMessageCorrelation(MESSAGE)
          .processInstanceBusinessKey(reference)
          .setVariable("cancelledBy", user)
          .setVariable("cancellationReason", reason.strip())
          .correlate();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}
