package uk.police.gatekeeper.application;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.police.gatekeeper.audit.Actor;

/**
 * A user task whose outcome Gatekeeper checks on the server, whatever the client. Bound twice in the
 * diagram: as a task listener on "create", to prepare the form, and as an execution listener on the
 * activity's "end", to enforce the rules. The check runs at "end" because the engine wraps a task
 * listener's exception into an internal error, while one thrown here reaches REST (400) and Tasklist
 * with its message intact; either way the task stays open. A task ended by cancellation or expiry is
 * not a decision and is not checked.
 */
public abstract class TaskDecision implements TaskListener, ExecutionListener {

  private final IdentityService identityService;

  protected TaskDecision(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public final void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    }
  }

  @Override
  public final void notify(DelegateExecution execution) {
    if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName()) && !execution.isCanceled()) {
      decide(execution, Actor.of(identityService));
    }
  }

  /** Clears what an earlier round left, so the form does not offer last round's answer as this one's. */
  protected void prepare(VariableScope task) {
  }

  /** Checks and records the decision of {@code actor}; throws {@link RefusedInput} to refuse it. */
  protected abstract void decide(DelegateExecution execution, String actor);
}
