package uk.police.gatekeeper.application;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The Tasklist action "Cancel a communications data application" (process {@code cd-cancellation}). */
@Component
public class CancelApplicationDelegate implements JavaDelegate {

  private final Cancellation cancellation;
  private final IdentityService identityService;

  public CancelApplicationDelegate(Cancellation cancellation, IdentityService identityService) {
    this.cancellation = cancellation;
    this.identityService = identityService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = identityService.getCurrentAuthentication();
    List<String> groups = authentication == null || authentication.getGroupIds() == null ? List.of()
        : authentication.getGroupIds();
    String reference = (String) execution.getVariable("applicationReference");
    execution.setProcessBusinessKey(reference);
    cancellation.cancel(reference, (String) execution.getVariable("requester"), groups,
        (String) execution.getVariable("cancellationReason"));
  }
}
