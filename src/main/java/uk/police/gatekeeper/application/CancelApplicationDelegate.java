package uk.police.gatekeeper.application;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.identity.CurrentUser;

/** The Tasklist action "Cancel a communications data application" (process {@code cd-cancellation}). */
@Component
public class CancelApplicationDelegate implements JavaDelegate {

  private final Cancellation cancellation;
  private final CurrentUser currentUser;

  public CancelApplicationDelegate(Cancellation cancellation, CurrentUser currentUser) {
    this.cancellation = cancellation;
    this.currentUser = currentUser;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = (String) execution.getVariable("applicationReference");
    execution.setProcessBusinessKey(reference);
    cancellation.cancel(reference, (String) execution.getVariable("requester"), currentUser.groups(),
        (String) execution.getVariable("cancellationReason"));
  }
}
